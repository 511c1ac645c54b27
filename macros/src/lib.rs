//! Attribute macros of the rnode addon toolkit.
