//! rnode: a Node.js-style JavaScript runtime on V8.
//!
//! The runtime itself (isolate, bindings, loader, event loop) arrives with V8. Until then this crate
//! carries the builtin JavaScript library in `lib/`, which is tested on Node.js through
//! `tests/support/lib-on-node.js`.
