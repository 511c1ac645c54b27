use rnode_addon::prelude::*;

#[function]
fn show(v: impl std::fmt::Display) -> String {
    v.to_string()
}

fn main() {}
