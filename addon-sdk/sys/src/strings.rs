//! Strings: creation from Latin-1, UTF-8 and UTF-16, external strings,
//! property keys, and copying a string's contents out.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The string functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! strings_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Creates a string from Latin-1 bytes (`NAPI_AUTO_LENGTH` for NUL-terminated).
            [1] fn napi_create_string_latin1(env: napi_env, str: *const c_char, length: usize, result: *mut napi_value) -> napi_status;
            /// Creates a string from UTF-8 bytes (`NAPI_AUTO_LENGTH` for NUL-terminated).
            [1] fn napi_create_string_utf8(env: napi_env, str: *const c_char, length: usize, result: *mut napi_value) -> napi_status;
            /// Creates a string from UTF-16 code units (`NAPI_AUTO_LENGTH` for NUL-terminated).
            [1] fn napi_create_string_utf16(env: napi_env, str: *const u16, length: usize, result: *mut napi_value) -> napi_status;
            /// Creates a string over caller-owned Latin-1 bytes, or copies them (`copied` tells which).
            [10] fn node_api_create_external_string_latin1(env: napi_env, str: *mut c_char, length: usize, finalize_callback: node_api_basic_finalize, finalize_hint: *mut c_void, result: *mut napi_value, copied: *mut bool) -> napi_status;
            /// Creates a string over caller-owned UTF-16 units, or copies them (`copied` tells which).
            [10] fn node_api_create_external_string_utf16(env: napi_env, str: *mut u16, length: usize, finalize_callback: node_api_basic_finalize, finalize_hint: *mut c_void, result: *mut napi_value, copied: *mut bool) -> napi_status;
            /// Creates an internalized string from Latin-1, fast to use as a property key.
            [10] fn node_api_create_property_key_latin1(env: napi_env, str: *const c_char, length: usize, result: *mut napi_value) -> napi_status;
            /// Creates an internalized string from UTF-8, fast to use as a property key.
            [10] fn node_api_create_property_key_utf8(env: napi_env, str: *const c_char, length: usize, result: *mut napi_value) -> napi_status;
            /// Creates an internalized string from UTF-16, fast to use as a property key.
            [10] fn node_api_create_property_key_utf16(env: napi_env, str: *const u16, length: usize, result: *mut napi_value) -> napi_status;
            /// Copies a string as Latin-1 into `buf` (NUL-terminated); with null `buf`, reports the length.
            [1] fn napi_get_value_string_latin1(env: napi_env, value: napi_value, buf: *mut c_char, bufsize: usize, result: *mut usize) -> napi_status;
            /// Copies a string as UTF-8 into `buf` (NUL-terminated); with null `buf`, reports the length in bytes.
            [1] fn napi_get_value_string_utf8(env: napi_env, value: napi_value, buf: *mut c_char, bufsize: usize, result: *mut usize) -> napi_status;
            /// Copies a string as UTF-16 into `buf` (NUL-terminated); with null `buf`, reports the length in units.
            [1] fn napi_get_value_string_utf16(env: napi_env, value: napi_value, buf: *mut u16, bufsize: usize, result: *mut usize) -> napi_status;
        }
    };
}

strings_table!(declare_functions);
