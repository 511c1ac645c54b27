use rnode_addon::prelude::*;

#[class]
pub struct Point {
    x: f64,
}

#[methods]
impl Point {
    #[constructor]
    fn new(x: f64) -> Self {
        Point { x }
    }

    #[constructor]
    fn origin() -> Self {
        Point { x: 0.0 }
    }
}

fn main() {}
