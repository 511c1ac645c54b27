use rnode_addon::prelude::*;

#[class]
pub struct Wrapper<T> {
    inner: T,
}

fn main() {}
