//! Exercises every TypeScript record kind; see Cargo.toml.

use std::collections::HashMap;

use rnode_addon::prelude::*;

#[object]
pub struct Point {
    pub x: f64,
    pub y: Option<f64>,
}

#[js_enum]
pub enum Color {
    Red,
    Green = 5,
}

#[js_enum]
pub enum Mode {
    #[value = "fast"]
    Fast,
    #[value = "slow"]
    Slow,
}

#[function]
fn midpoint(a: Point, b: Point) -> Point {
    Point {
        x: (a.x + b.x) / 2.0,
        y: None,
    }
}

#[function]
fn describe(color: Color, mode: Mode) -> Vec<String> {
    let mode = match mode {
        Mode::Fast => "fast",
        Mode::Slow => "slow",
    };
    vec![(color as i32).to_string(), mode.to_owned()]
}

#[function]
fn totals(values: HashMap<String, f64>) -> HashMap<String, f64> {
    values
}

#[function]
fn label(value: Either<f64, String>) -> String {
    match value {
        Either::A(n) => n.to_string(),
        Either::B(s) => s,
    }
}

#[function]
fn boxed(n: f64) -> External<f64> {
    External::new(n)
}

#[function]
fn unboxed(value: External<f64>) -> f64 {
    *value
}

#[function(js_name = "firstSome")]
fn first_some(values: Vec<Option<u32>>) -> Option<u32> {
    values.into_iter().flatten().next()
}

#[function]
fn invoke(callback: Function) -> Result<JsValue> {
    callback.call(())
}

#[class(js_name = "Bag")]
pub struct Holder {
    items: Vec<f64>,
}

#[methods]
impl Holder {
    #[constructor]
    fn new() -> Self {
        Holder { items: Vec::new() }
    }

    fn push(&mut self, value: f64) -> f64 {
        self.items.push(value);
        self.items.len() as f64
    }

    #[getter]
    fn size(&self) -> f64 {
        self.items.len() as f64
    }

    fn of(items: Vec<f64>) -> Holder {
        Holder { items }
    }
}

#[methods]
impl Holder {
    fn clear(&mut self) {
        self.items.clear();
    }
}
