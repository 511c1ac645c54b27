use rnode_addon::prelude::*;

#[function(name = "x")]
fn f() {}

fn main() {}
