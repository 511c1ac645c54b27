use rnode_addon::prelude::*;

#[class]
pub struct Point {
    x: f64,
}

#[methods]
impl Point {
    #[getter]
    fn x(&self, scale: f64) -> f64 {
        self.x * scale
    }
}

fn main() {}
