use rnode_addon::prelude::*;

#[function]
fn area(&self) -> f64 {
    1.0
}

fn main() {}
