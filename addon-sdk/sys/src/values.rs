//! Primitive values: singletons, numbers, booleans, symbols, BigInts and
//! dates; type checks, conversions to C and coercions.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The value functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! values_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Gets the `undefined` value.
            [1] fn napi_get_undefined(env: napi_env, result: *mut napi_value) -> napi_status;
            /// Gets the `null` value.
            [1] fn napi_get_null(env: napi_env, result: *mut napi_value) -> napi_status;
            /// Gets the global object (`globalThis`).
            [1] fn napi_get_global(env: napi_env, result: *mut napi_value) -> napi_status;
            /// Gets the JavaScript boolean for a C `bool`.
            [1] fn napi_get_boolean(env: napi_env, value: bool, result: *mut napi_value) -> napi_status;
            /// Creates a number from an `f64`.
            [1] fn napi_create_double(env: napi_env, value: f64, result: *mut napi_value) -> napi_status;
            /// Creates a number from an `i32`.
            [1] fn napi_create_int32(env: napi_env, value: i32, result: *mut napi_value) -> napi_status;
            /// Creates a number from a `u32`.
            [1] fn napi_create_uint32(env: napi_env, value: u32, result: *mut napi_value) -> napi_status;
            /// Creates a number from an `i64` (precision lost beyond 2^53).
            [1] fn napi_create_int64(env: napi_env, value: i64, result: *mut napi_value) -> napi_status;
            /// Creates a new symbol with an optional string description.
            [1] fn napi_create_symbol(env: napi_env, description: napi_value, result: *mut napi_value) -> napi_status;
            /// Gets the registry symbol `Symbol.for(description)` from UTF-8 text.
            [9] fn node_api_symbol_for(env: napi_env, utf8description: *const c_char, length: usize, result: *mut napi_value) -> napi_status;
            /// Reports the `typeof` category of a value.
            [1] fn napi_typeof(env: napi_env, value: napi_value, result: *mut napi_valuetype) -> napi_status;
            /// Reads a number as an `f64`.
            [1] fn napi_get_value_double(env: napi_env, value: napi_value, result: *mut f64) -> napi_status;
            /// Reads a number as an `i32` (truncated like `ToInt32`).
            [1] fn napi_get_value_int32(env: napi_env, value: napi_value, result: *mut i32) -> napi_status;
            /// Reads a number as a `u32` (truncated like `ToUint32`).
            [1] fn napi_get_value_uint32(env: napi_env, value: napi_value, result: *mut u32) -> napi_status;
            /// Reads a number as an `i64` (non-finite values give 0).
            [1] fn napi_get_value_int64(env: napi_env, value: napi_value, result: *mut i64) -> napi_status;
            /// Reads a boolean.
            [1] fn napi_get_value_bool(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
            /// Converts any value to a boolean (`Boolean(value)`).
            [1] fn napi_coerce_to_bool(env: napi_env, value: napi_value, result: *mut napi_value) -> napi_status;
            /// Converts any value to a number (`Number(value)`); may run JavaScript.
            [1] fn napi_coerce_to_number(env: napi_env, value: napi_value, result: *mut napi_value) -> napi_status;
            /// Converts any value to an object (`Object(value)`).
            [1] fn napi_coerce_to_object(env: napi_env, value: napi_value, result: *mut napi_value) -> napi_status;
            /// Converts any value to a string (`String(value)`); may run JavaScript.
            [1] fn napi_coerce_to_string(env: napi_env, value: napi_value, result: *mut napi_value) -> napi_status;
            /// Compares two values with `===`.
            [1] fn napi_strict_equals(env: napi_env, lhs: napi_value, rhs: napi_value, result: *mut bool) -> napi_status;
            /// Creates a BigInt from an `i64`.
            [6] fn napi_create_bigint_int64(env: napi_env, value: i64, result: *mut napi_value) -> napi_status;
            /// Creates a BigInt from a `u64`.
            [6] fn napi_create_bigint_uint64(env: napi_env, value: u64, result: *mut napi_value) -> napi_status;
            /// Creates a BigInt from a sign and little-endian 64-bit words.
            [6] fn napi_create_bigint_words(env: napi_env, sign_bit: c_int, word_count: usize, words: *const u64, result: *mut napi_value) -> napi_status;
            /// Reads a BigInt as an `i64`, reporting whether it fit.
            [6] fn napi_get_value_bigint_int64(env: napi_env, value: napi_value, result: *mut i64, lossless: *mut bool) -> napi_status;
            /// Reads a BigInt as a `u64`, reporting whether it fit.
            [6] fn napi_get_value_bigint_uint64(env: napi_env, value: napi_value, result: *mut u64, lossless: *mut bool) -> napi_status;
            /// Reads a BigInt's sign and words; with null `words`, reports the word count only.
            [6] fn napi_get_value_bigint_words(env: napi_env, value: napi_value, sign_bit: *mut c_int, word_count: *mut usize, words: *mut u64) -> napi_status;
            /// Creates a `Date` from milliseconds since the epoch.
            [5] fn napi_create_date(env: napi_env, time: f64, result: *mut napi_value) -> napi_status;
            /// Checks whether a value is a `Date`.
            [5] fn napi_is_date(env: napi_env, value: napi_value, is_date: *mut bool) -> napi_status;
            /// Reads a `Date`'s time value in milliseconds since the epoch.
            [5] fn napi_get_date_value(env: napi_env, value: napi_value, result: *mut f64) -> napi_status;
        }
    };
}

values_table!(declare_functions);
