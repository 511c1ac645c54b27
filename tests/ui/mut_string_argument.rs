use rnode_addon::prelude::*;

#[function]
fn push(s: &mut String) {
    s.push(1 as char);
}

fn main() {}
