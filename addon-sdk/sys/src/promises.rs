//! Promises: a promise and its deferred, settled from native code.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The promise functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! promises_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Creates a pending promise and the deferred that settles it.
            [1] fn napi_create_promise(env: napi_env, deferred: *mut napi_deferred, promise: *mut napi_value) -> napi_status;
            /// Fulfils the promise of a deferred (and frees the deferred).
            [1] fn napi_resolve_deferred(env: napi_env, deferred: napi_deferred, resolution: napi_value) -> napi_status;
            /// Rejects the promise of a deferred (and frees the deferred).
            [1] fn napi_reject_deferred(env: napi_env, deferred: napi_deferred, rejection: napi_value) -> napi_status;
            /// Checks whether a value is a native promise.
            [1] fn napi_is_promise(env: napi_env, value: napi_value, is_promise: *mut bool) -> napi_status;
        }
    };
}

promises_table!(declare_functions);
