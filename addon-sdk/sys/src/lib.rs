//! The Node-API C ABI.
