use rnode_addon::prelude::*;

#[class]
pub struct Clock {
    ms: f64,
}

#[methods]
impl Clock {
    async fn wait(&self) -> f64 {
        self.ms
    }
}

fn main() {}
