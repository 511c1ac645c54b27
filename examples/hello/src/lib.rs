//! The smallest addon: `greet(name: string): string`.

use rnode_addon::prelude::*;

/// `greet("Ada")` returns `"Hello, Ada!"`.
#[function]
fn greet(name: String) -> String {
    format!("Hello, {name}!")
}
