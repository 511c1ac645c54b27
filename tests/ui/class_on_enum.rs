use rnode_addon::prelude::*;

#[class]
pub enum Shape {
    Circle,
}

fn main() {}
