use rnode_addon::prelude::*;

#[object]
pub struct Pair(f64, f64);

fn main() {}
