//! A JavaScript class backed by a Rust struct.

use rnode_addon::prelude::*;

/// `new Counter(start?)`.
#[class]
pub struct Counter {
    value: f64,
}

#[methods]
impl Counter {
    #[constructor]
    fn new(start: Option<f64>) -> Self {
        Counter {
            value: start.unwrap_or(0.0),
        }
    }

    /// Adds `by` (default 1) and returns the new value.
    fn increment(&mut self, by: Option<f64>) -> f64 {
        self.value += by.unwrap_or(1.0);
        self.value
    }

    #[getter]
    fn value(&self) -> f64 {
        self.value
    }

    #[setter]
    fn set_value(&mut self, value: f64) {
        self.value = value;
    }

    /// A new counter at 0.
    fn zero() -> Counter {
        Counter { value: 0.0 }
    }
}
