//! Binary data: new Buffers, and typed arrays that borrow the caller's memory.

use rnode_addon::prelude::*;

/// `reversed(data)`: a new Buffer with the bytes in reverse order.
#[function]
fn reversed(data: Buffer) -> Buffer {
    let mut out = data.to_vec();
    out.reverse();
    Buffer::from(out)
}

/// `fill(target, value)`: writes `value` into every byte of the caller's array (no copy). Like
/// `Uint8Array.prototype.fill`, the value is taken modulo 256.
#[function]
fn fill(mut target: Uint8Array, value: u32) {
    target.fill(value as u8);
}

/// `sum(values)`: the sum of a Float64Array.
#[function]
fn sum(values: Float64Array) -> f64 {
    // `Iterator::sum` of floats starts at -0.0, which JS would see for an empty array.
    values.iter().fold(0.0, |total, v| total + v)
}

/// The largest `zeros` size: 4 GiB - 1, so a mistaken huge or negative size fails fast instead of
/// exhausting memory.
const MAX_SIZE: f64 = u32::MAX as f64;

/// `zeros(size)`: a new zero-filled Buffer of `size` bytes.
#[function]
fn zeros(size: f64) -> Result<Buffer> {
    if size.fract() != 0.0 {
        return Err(out_of_range(format!(
            "It must be an integer. Received {size}"
        )));
    }
    if !(0.0..=MAX_SIZE).contains(&size) {
        return Err(out_of_range(format!(
            "It must be >= 0 && <= {MAX_SIZE}. Received {size}"
        )));
    }
    Ok(Buffer::zeroed(size as usize))
}

fn out_of_range(detail: String) -> Error {
    Error::range_error(format!("The value of \"size\" is out of range. {detail}"))
        .with_code("ERR_OUT_OF_RANGE")
}
