//! Arithmetic with errors, optional values and a panic that reaches JavaScript as an `Error`.

use rnode_addon::prelude::*;

/// `add(a, b)`: the sum.
#[function]
fn add(a: f64, b: f64) -> f64 {
    a + b
}

/// `divide(a, b)`: throws an `Error` with code `DIVIDE_BY_ZERO` when `b` is 0.
#[function]
fn divide(a: f64, b: f64) -> Result<f64> {
    if b == 0.0 {
        return Err(Error::new("Division by zero").with_code("DIVIDE_BY_ZERO"));
    }
    Ok(a / b)
}

/// `half(x?)`: half of `x`, or `undefined` without one.
#[function]
fn half(x: Option<f64>) -> Option<f64> {
    x.map(|x| x / 2.0)
}

/// `explode(message)`: panics; JavaScript gets an `Error` whose message contains `message`.
#[function]
fn explode(message: String) -> ! {
    panic!("{message}")
}
