//! Thread-safe functions: queues that any thread may fill, drained on the
//! JavaScript thread.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The thread-safe function functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! threadsafe_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Creates a thread-safe function around `func` (or around `call_js_cb` alone).
            [4] fn napi_create_threadsafe_function(env: napi_env, func: napi_value, async_resource: napi_value, async_resource_name: napi_value, max_queue_size: usize, initial_thread_count: usize, thread_finalize_data: *mut c_void, thread_finalize_cb: napi_finalize, context: *mut c_void, call_js_cb: napi_threadsafe_function_call_js, result: *mut napi_threadsafe_function) -> napi_status;
            /// Gets the context pointer given at creation; callable from any thread.
            [4] fn napi_get_threadsafe_function_context(func: napi_threadsafe_function, result: *mut *mut c_void) -> napi_status;
            /// Queues `data` for a call on the JavaScript thread; from any thread.
            [4] fn napi_call_threadsafe_function(func: napi_threadsafe_function, data: *mut c_void, is_blocking: napi_threadsafe_function_call_mode) -> napi_status;
            /// Registers one more thread as a user of the function.
            [4] fn napi_acquire_threadsafe_function(func: napi_threadsafe_function) -> napi_status;
            /// Unregisters a thread; the function is finalized when none remain (or at once with `napi_tsfn_abort`).
            [4] fn napi_release_threadsafe_function(func: napi_threadsafe_function, mode: napi_threadsafe_function_release_mode) -> napi_status;
            /// Lets the event loop exit while the function is still alive.
            [4] fn napi_unref_threadsafe_function(env: node_api_basic_env, func: napi_threadsafe_function) -> napi_status;
            /// Keeps the event loop alive while the function is alive (the default).
            [4] fn napi_ref_threadsafe_function(env: node_api_basic_env, func: napi_threadsafe_function) -> napi_status;
        }
    };
}

threadsafe_table!(declare_functions);
