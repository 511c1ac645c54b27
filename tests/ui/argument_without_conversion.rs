use rnode_addon::prelude::*;

pub struct Secret {
    pub code: u32,
}

#[function]
fn open(secret: Secret) -> u32 {
    secret.code
}

fn main() {}
