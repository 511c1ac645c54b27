//! Binary data: `ArrayBuffer`s (including detaching), typed arrays,
//! `DataView`s and Node.js `Buffer`s.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The binary-data functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! buffers_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Checks whether a value is an `ArrayBuffer`.
            [1] fn napi_is_arraybuffer(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
            /// Creates a zero-filled `ArrayBuffer` and returns a pointer to its bytes.
            [1] fn napi_create_arraybuffer(env: napi_env, byte_length: usize, data: *mut *mut c_void, result: *mut napi_value) -> napi_status;
            /// Creates an `ArrayBuffer` over caller-owned memory, freed through the finalizer.
            [1] fn napi_create_external_arraybuffer(env: napi_env, external_data: *mut c_void, byte_length: usize, finalize_cb: node_api_basic_finalize, finalize_hint: *mut c_void, result: *mut napi_value) -> napi_status;
            /// Gets an `ArrayBuffer`'s data pointer and length.
            [1] fn napi_get_arraybuffer_info(env: napi_env, arraybuffer: napi_value, data: *mut *mut c_void, byte_length: *mut usize) -> napi_status;
            /// Detaches an `ArrayBuffer` (its length becomes 0).
            [7] fn napi_detach_arraybuffer(env: napi_env, arraybuffer: napi_value) -> napi_status;
            /// Checks whether an `ArrayBuffer` is detached.
            [7] fn napi_is_detached_arraybuffer(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
            /// Checks whether a value is a typed array.
            [1] fn napi_is_typedarray(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
            /// Creates a typed array of `length` elements over an `ArrayBuffer`.
            [1] fn napi_create_typedarray(env: napi_env, r#type: napi_typedarray_type, length: usize, arraybuffer: napi_value, byte_offset: usize, result: *mut napi_value) -> napi_status;
            /// Gets a typed array's type, length, data pointer, buffer and offset (each out-pointer optional).
            [1] fn napi_get_typedarray_info(env: napi_env, typedarray: napi_value, r#type: *mut napi_typedarray_type, length: *mut usize, data: *mut *mut c_void, arraybuffer: *mut napi_value, byte_offset: *mut usize) -> napi_status;
            /// Creates a `DataView` of `length` bytes over an `ArrayBuffer`.
            [1] fn napi_create_dataview(env: napi_env, length: usize, arraybuffer: napi_value, byte_offset: usize, result: *mut napi_value) -> napi_status;
            /// Checks whether a value is a `DataView`.
            [1] fn napi_is_dataview(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
            /// Gets a `DataView`'s length, data pointer, buffer and offset (each out-pointer optional).
            [1] fn napi_get_dataview_info(env: napi_env, dataview: napi_value, bytelength: *mut usize, data: *mut *mut c_void, arraybuffer: *mut napi_value, byte_offset: *mut usize) -> napi_status;
            /// Creates a `Buffer` of `length` bytes and returns a pointer to them.
            [1] fn napi_create_buffer(env: napi_env, length: usize, data: *mut *mut c_void, result: *mut napi_value) -> napi_status;
            /// Creates a `Buffer` over caller-owned memory, freed through the finalizer.
            [1] fn napi_create_external_buffer(env: napi_env, length: usize, data: *mut c_void, finalize_cb: node_api_basic_finalize, finalize_hint: *mut c_void, result: *mut napi_value) -> napi_status;
            /// Creates a `Buffer` sharing a range of an existing `ArrayBuffer`.
            [10] fn node_api_create_buffer_from_arraybuffer(env: napi_env, arraybuffer: napi_value, byte_offset: usize, byte_length: usize, result: *mut napi_value) -> napi_status;
            /// Creates a `Buffer` holding a copy of `length` bytes from `data`.
            [1] fn napi_create_buffer_copy(env: napi_env, length: usize, data: *const c_void, result_data: *mut *mut c_void, result: *mut napi_value) -> napi_status;
            /// Checks whether a value is a `Buffer` (or any `Uint8Array` on recent hosts).
            [1] fn napi_is_buffer(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
            /// Gets a `Buffer`'s data pointer and length.
            [1] fn napi_get_buffer_info(env: napi_env, value: napi_value, data: *mut *mut c_void, length: *mut usize) -> napi_status;
        }
    };
}

buffers_table!(declare_functions);
