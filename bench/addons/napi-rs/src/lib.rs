//! The same two benchmark subjects written with napi-rs, as its documentation shows.

use napi_derive::napi;

#[napi]
pub fn noop() {}

#[napi]
pub fn add(a: f64, b: f64) -> f64 {
    a + b
}
