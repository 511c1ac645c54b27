//! Async work: a job run on the libuv thread pool, completed on the
//! JavaScript thread.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The async work functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! async_work_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Creates a work item: `execute` on a pool thread, then `complete` on the JavaScript thread.
            [1] fn napi_create_async_work(env: napi_env, async_resource: napi_value, async_resource_name: napi_value, execute: napi_async_execute_callback, complete: napi_async_complete_callback, data: *mut c_void, result: *mut napi_async_work) -> napi_status;
            /// Frees a work item that is not queued or running.
            [1] fn napi_delete_async_work(env: napi_env, work: napi_async_work) -> napi_status;
            /// Queues a work item for the thread pool.
            [1] fn napi_queue_async_work(env: node_api_basic_env, work: napi_async_work) -> napi_status;
            /// Cancels a queued work item that has not started; `complete` then gets `napi_cancelled`.
            [1] fn napi_cancel_async_work(env: node_api_basic_env, work: napi_async_work) -> napi_status;
        }
    };
}

async_work_table!(declare_functions);
