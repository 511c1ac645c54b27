//! Handle scopes: bounding the lifetime of `napi_value` handles, and
//! letting one value escape to the enclosing scope.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The handle-scope functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! scopes_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Opens a handle scope; handles created after it die when it closes.
            [1] fn napi_open_handle_scope(env: napi_env, result: *mut napi_handle_scope) -> napi_status;
            /// Closes the innermost handle scope.
            [1] fn napi_close_handle_scope(env: napi_env, scope: napi_handle_scope) -> napi_status;
            /// Opens a handle scope from which one value may escape.
            [1] fn napi_open_escapable_handle_scope(env: napi_env, result: *mut napi_escapable_handle_scope) -> napi_status;
            /// Closes the innermost escapable handle scope.
            [1] fn napi_close_escapable_handle_scope(env: napi_env, scope: napi_escapable_handle_scope) -> napi_status;
            /// Moves `escapee` to the enclosing scope (at most once per scope).
            [1] fn napi_escape_handle(env: napi_env, scope: napi_escapable_handle_scope, escapee: napi_value, result: *mut napi_value) -> napi_status;
        }
    };
}

scopes_table!(declare_functions);
