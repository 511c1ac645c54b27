use rnode_addon::prelude::*;

#[function]
async fn shout(text: &str) -> String {
    text.to_uppercase()
}

fn main() {}
