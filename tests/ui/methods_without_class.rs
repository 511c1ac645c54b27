use rnode_addon::prelude::*;

pub struct Plain {
    v: f64,
}

#[methods]
impl Plain {
    fn v(&self) -> f64 {
        self.v
    }
}

fn main() {}
