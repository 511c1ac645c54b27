//! Async context: async-hooks resources for native callbacks, calling back
//! into JavaScript within them, and callback scopes.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The async context functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! async_context_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Creates an async context for a resource object and name.
            [1] fn napi_async_init(env: napi_env, async_resource: napi_value, async_resource_name: napi_value, result: *mut napi_async_context) -> napi_status;
            /// Destroys an async context.
            [1] fn napi_async_destroy(env: napi_env, async_context: napi_async_context) -> napi_status;
            /// Calls a function from native code inside an async context, then drains microtasks.
            [1] fn napi_make_callback(env: napi_env, async_context: napi_async_context, recv: napi_value, func: napi_value, argc: usize, argv: *const napi_value, result: *mut napi_value) -> napi_status;
            /// Opens a callback scope, as if running inside a callback of the resource.
            [3] fn napi_open_callback_scope(env: napi_env, resource_object: napi_value, context: napi_async_context, result: *mut napi_callback_scope) -> napi_status;
            /// Closes a callback scope.
            [3] fn napi_close_callback_scope(env: napi_env, scope: napi_callback_scope) -> napi_status;
        }
    };
}

async_context_table!(declare_functions);
