//! Classes and native data: defining classes, wrapping native pointers in
//! objects, externals and finalizers.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The class, wrap and external functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! classes_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Defines a JavaScript class from a constructor callback and member descriptors.
            [1] fn napi_define_class(env: napi_env, utf8name: *const c_char, length: usize, constructor: napi_callback, data: *mut c_void, property_count: usize, properties: *const napi_property_descriptor, result: *mut napi_value) -> napi_status;
            /// Associates a native pointer with an object, with a finalizer for when it is collected.
            [1] fn napi_wrap(env: napi_env, js_object: napi_value, native_object: *mut c_void, finalize_cb: node_api_basic_finalize, finalize_hint: *mut c_void, result: *mut napi_ref) -> napi_status;
            /// Gets the native pointer wrapped in an object.
            [1] fn napi_unwrap(env: napi_env, js_object: napi_value, result: *mut *mut c_void) -> napi_status;
            /// Removes a wrap and returns its pointer; the finalizer will not run.
            [1] fn napi_remove_wrap(env: napi_env, js_object: napi_value, result: *mut *mut c_void) -> napi_status;
            /// Creates an external value carrying a native pointer.
            [1] fn napi_create_external(env: napi_env, data: *mut c_void, finalize_cb: node_api_basic_finalize, finalize_hint: *mut c_void, result: *mut napi_value) -> napi_status;
            /// Gets the native pointer of an external value.
            [1] fn napi_get_value_external(env: napi_env, value: napi_value, result: *mut *mut c_void) -> napi_status;
            /// Runs a finalizer for native data when an object is collected, without wrapping.
            [5] fn napi_add_finalizer(env: napi_env, js_object: napi_value, finalize_data: *mut c_void, finalize_cb: node_api_basic_finalize, finalize_hint: *mut c_void, result: *mut napi_ref) -> napi_status;
        }
    };
}

classes_table!(declare_functions);
