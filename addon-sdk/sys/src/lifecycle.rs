//! The environment and the module's life: registration, versions, instance
//! data, cleanup hooks, the event loop, scripts and external memory.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The lifecycle and environment functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! lifecycle_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Registers a module the legacy way, from a static initializer run during `dlopen`.
            [1] fn napi_module_register(r#mod: *mut napi_module);
            /// Gets the highest Node-API version the host supports.
            [1] fn napi_get_version(env: node_api_basic_env, result: *mut u32) -> napi_status;
            /// Gets the host's version (static data owned by the host).
            [1] fn napi_get_node_version(env: node_api_basic_env, version: *mut *const napi_node_version) -> napi_status;
            /// Gets the `file://` URL of the module's file (valid while the module is loaded).
            [9] fn node_api_get_module_file_name(env: node_api_basic_env, result: *mut *const c_char) -> napi_status;
            /// Stores one pointer per module instance, with a finalizer for teardown.
            [6] fn napi_set_instance_data(env: node_api_basic_env, data: *mut c_void, finalize_cb: napi_finalize, finalize_hint: *mut c_void) -> napi_status;
            /// Gets the pointer stored by `napi_set_instance_data`.
            [6] fn napi_get_instance_data(env: node_api_basic_env, data: *mut *mut c_void) -> napi_status;
            /// Adds a hook run when the environment shuts down (most recent first).
            [3] fn napi_add_env_cleanup_hook(env: node_api_basic_env, fun: napi_cleanup_hook, arg: *mut c_void) -> napi_status;
            /// Removes a hook added with the same function and argument.
            [3] fn napi_remove_env_cleanup_hook(env: node_api_basic_env, fun: napi_cleanup_hook, arg: *mut c_void) -> napi_status;
            /// Adds a shutdown hook that may finish asynchronously.
            [8] fn napi_add_async_cleanup_hook(env: node_api_basic_env, hook: napi_async_cleanup_hook, arg: *mut c_void, remove_handle: *mut napi_async_cleanup_hook_handle) -> napi_status;
            /// Removes an asynchronous cleanup hook, or signals that it finished.
            [8] fn napi_remove_async_cleanup_hook(remove_handle: napi_async_cleanup_hook_handle) -> napi_status;
            /// Gets the environment's libuv event loop.
            [2] fn napi_get_uv_event_loop(env: node_api_basic_env, r#loop: *mut *mut uv_loop_s) -> napi_status;
            /// Tells the engine how much native memory JavaScript objects keep alive.
            [1] fn napi_adjust_external_memory(env: node_api_basic_env, change_in_bytes: i64, adjusted_value: *mut i64) -> napi_status;
            /// Compiles and runs a string as a script in the global scope.
            [1] fn napi_run_script(env: napi_env, script: napi_value, result: *mut napi_value) -> napi_status;
        }
    };
}

lifecycle_table!(declare_functions);
