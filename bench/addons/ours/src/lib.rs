//! Benchmark subjects written with rnode-addon: the cost of a call with nothing to convert,
//! and with two numbers in and one out.

use rnode_addon::prelude::*;

#[function]
fn noop() {}

#[function]
fn add(a: f64, b: f64) -> f64 {
    a + b
}
