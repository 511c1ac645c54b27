use rnode_addon::prelude::*;

// A Buffer borrows JavaScript memory for the duration of the call; the future outlives it.
#[function]
async fn checksum(data: Buffer) -> u32 {
    data.iter().map(|&b| u32::from(b)).sum()
}

fn main() {}
