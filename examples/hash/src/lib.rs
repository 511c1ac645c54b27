//! SHA-256 digests: `sha256(data)` on libuv's thread pool (a [`Task`]), `sha256Sync(data)` on the caller's
//! thread.

use rnode_addon::prelude::*;
use sha2::{Digest, Sha256};

fn hex_digest(data: &[u8]) -> String {
    format!("{:x}", Sha256::digest(data))
}

/// The bytes to hash, copied out of the Buffer: JavaScript may change or detach the Buffer while the thread
/// pool works, so the task owns its input.
struct HashTask {
    data: Vec<u8>,
}

impl Task for HashTask {
    type Output = String;
    type Value = String;

    fn compute(&mut self) -> Result<String> {
        Ok(hex_digest(&self.data))
    }

    fn resolve(&mut self, _env: &Env, digest: String) -> Result<String> {
        Ok(digest)
    }
}

/// `sha256(data)`: a Promise of the lowercase hex SHA-256 of `data`, computed on the thread pool.
#[function]
fn sha256(data: Buffer) -> AsyncTask<HashTask> {
    AsyncTask::new(HashTask {
        data: data.to_vec(),
    })
}

/// `sha256Sync(data)`: the lowercase hex SHA-256 of `data`.
#[function]
fn sha256_sync(data: Buffer) -> String {
    hex_digest(&data)
}
