//! The rnode addon toolkit.
