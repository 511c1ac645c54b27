//! Functions: creating native functions, calling JavaScript functions and
//! constructors, and reading a native callback's arguments.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The function and callback-info functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! functions_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Creates a JavaScript function that calls `cb` with `data`.
            [1] fn napi_create_function(env: napi_env, utf8name: *const c_char, length: usize, cb: napi_callback, data: *mut c_void, result: *mut napi_value) -> napi_status;
            /// Calls `func` with receiver `recv` and `argc` arguments.
            [1] fn napi_call_function(env: napi_env, recv: napi_value, func: napi_value, argc: usize, argv: *const napi_value, result: *mut napi_value) -> napi_status;
            /// Calls `new constructor(...argv)`.
            [1] fn napi_new_instance(env: napi_env, constructor: napi_value, argc: usize, argv: *const napi_value, result: *mut napi_value) -> napi_status;
            /// Reads a callback's arguments (`argc` is in: capacity, out: actual count), `this` and data.
            [1] fn napi_get_cb_info(env: napi_env, cbinfo: napi_callback_info, argc: *mut usize, argv: *mut napi_value, this_arg: *mut napi_value, data: *mut *mut c_void) -> napi_status;
            /// Gets `new.target` of a callback, or null when not called with `new`.
            [1] fn napi_get_new_target(env: napi_env, cbinfo: napi_callback_info, result: *mut napi_value) -> napi_status;
        }
    };
}

functions_table!(declare_functions);
