use rnode_addon::prelude::*;

pub struct Secret {
    pub code: u32,
}

#[function]
fn make() -> Secret {
    Secret { code: 1 }
}

fn main() {}
