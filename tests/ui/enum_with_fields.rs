use rnode_addon::prelude::*;

#[js_enum]
pub enum Shape {
    Circle(f64),
    Square,
}

fn main() {}
