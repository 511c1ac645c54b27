//! Errors and exceptions: the last error of the environment, creating and
//! throwing errors, pending exceptions and fatal errors.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The error and exception functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! errors_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Gets details of the last failed call on this environment (valid until the next call).
            [1] fn napi_get_last_error_info(env: node_api_basic_env, result: *mut *const napi_extended_error_info) -> napi_status;
            /// Creates an `Error` with message `msg` and an optional `code` property.
            [1] fn napi_create_error(env: napi_env, code: napi_value, msg: napi_value, result: *mut napi_value) -> napi_status;
            /// Creates a `TypeError` with message `msg` and an optional `code` property.
            [1] fn napi_create_type_error(env: napi_env, code: napi_value, msg: napi_value, result: *mut napi_value) -> napi_status;
            /// Creates a `RangeError` with message `msg` and an optional `code` property.
            [1] fn napi_create_range_error(env: napi_env, code: napi_value, msg: napi_value, result: *mut napi_value) -> napi_status;
            /// Creates a `SyntaxError` with message `msg` and an optional `code` property.
            [9] fn node_api_create_syntax_error(env: napi_env, code: napi_value, msg: napi_value, result: *mut napi_value) -> napi_status;
            /// Throws any value.
            [1] fn napi_throw(env: napi_env, error: napi_value) -> napi_status;
            /// Throws an `Error` built from C strings (`code` may be null).
            [1] fn napi_throw_error(env: napi_env, code: *const c_char, msg: *const c_char) -> napi_status;
            /// Throws a `TypeError` built from C strings (`code` may be null).
            [1] fn napi_throw_type_error(env: napi_env, code: *const c_char, msg: *const c_char) -> napi_status;
            /// Throws a `RangeError` built from C strings (`code` may be null).
            [1] fn napi_throw_range_error(env: napi_env, code: *const c_char, msg: *const c_char) -> napi_status;
            /// Throws a `SyntaxError` built from C strings (`code` may be null).
            [9] fn node_api_throw_syntax_error(env: napi_env, code: *const c_char, msg: *const c_char) -> napi_status;
            /// Checks whether a value is an `Error`.
            [1] fn napi_is_error(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
            /// Checks whether a JavaScript exception is pending.
            [1] fn napi_is_exception_pending(env: napi_env, result: *mut bool) -> napi_status;
            /// Takes the pending exception, leaving none (`undefined` when there was none).
            [1] fn napi_get_and_clear_last_exception(env: napi_env, result: *mut napi_value) -> napi_status;
            /// Reports an unrecoverable error and aborts the process.
            [1] fn napi_fatal_error(location: *const c_char, location_len: usize, message: *const c_char, message_len: usize) -> !;
            /// Raises an error as an uncaught exception (`'uncaughtException'`).
            [3] fn napi_fatal_exception(env: napi_env, err: napi_value) -> napi_status;
        }
    };
}

errors_table!(declare_functions);
