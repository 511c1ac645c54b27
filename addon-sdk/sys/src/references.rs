//! References: counted handles that outlive handle scopes; a count of 0
//! makes the reference weak.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The reference functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! references_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Creates a reference with an initial count (0 is weak).
            [1] fn napi_create_reference(env: napi_env, value: napi_value, initial_refcount: u32, result: *mut napi_ref) -> napi_status;
            /// Deletes a reference.
            [1] fn napi_delete_reference(env: node_api_basic_env, r#ref: napi_ref) -> napi_status;
            /// Increments a reference's count, optionally returning the new count.
            [1] fn napi_reference_ref(env: napi_env, r#ref: napi_ref, result: *mut u32) -> napi_status;
            /// Decrements a reference's count, optionally returning the new count.
            [1] fn napi_reference_unref(env: napi_env, r#ref: napi_ref, result: *mut u32) -> napi_status;
            /// Gets the referenced value, or null if a weak reference's value was collected.
            [1] fn napi_get_reference_value(env: napi_env, r#ref: napi_ref, result: *mut napi_value) -> napi_status;
        }
    };
}

references_table!(declare_functions);
