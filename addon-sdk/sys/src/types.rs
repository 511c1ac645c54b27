//! The data types of Node-API: opaque handles, status and enum codes, callback
//! pointer types and the `#[repr(C)]` structs.
//!
//! C enums are plain integer aliases with one `pub const` per enumerator,
//! named exactly as in C (`napi_ok`, `napi_number_expected`, ...). A Rust
//! `enum` would be undefined behaviour the day a newer host returns a value
//! this crate does not list; an integer never is.
//!
//! Types are not gated by Cargo feature: they cost nothing, and the runtime
//! that implements every version needs all of them.

use core::ffi::{c_char, c_int, c_uint, c_void};

macro_rules! opaque {
    ($($(#[$meta:meta])* $name:ident;)*) => {
        $(
            $(#[$meta])*
            ///
            /// Never constructed in Rust: only pointers to it exist.
            #[repr(C)]
            pub struct $name {
                _private: [u8; 0],
                // Keeps the type !Send, !Sync and !Unpin: the host owns it.
                _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
            }
        )*
    };
}

opaque! {
    /// The per-module environment a host hands to every call.
    napi_env__;
    /// A JavaScript value slot, valid inside its handle scope.
    napi_value__;
    /// A reference that can keep a value alive across calls.
    napi_ref__;
    /// An open handle scope.
    napi_handle_scope__;
    /// An open handle scope that can let one value escape.
    napi_escapable_handle_scope__;
    /// The arguments, receiver and data of a native callback invocation.
    napi_callback_info__;
    /// The resolve/reject side of a promise.
    napi_deferred__;
    /// A unit of work run on the thread pool.
    napi_async_work__;
    /// A function that other threads may call through the event loop.
    napi_threadsafe_function__;
    /// An async context created by `napi_async_init`.
    napi_async_context__;
    /// An open callback scope.
    napi_callback_scope__;
    /// A registered asynchronous cleanup hook.
    napi_async_cleanup_hook_handle__;
    /// The libuv event loop (`struct uv_loop_s`).
    uv_loop_s;
}

/// The environment handle passed to every function that may touch the JS heap.
pub type napi_env = *mut napi_env__;
/// The environment handle of the functions that never touch the JS heap
/// (safe to call from a finalizer while the garbage collector runs).
///
/// A `*const` pointer to the same struct as [`napi_env`]: a `napi_env`
/// coerces to it implicitly, the reverse needs an explicit cast, which is the
/// compile-time check the C header achieves with `const`.
pub type node_api_basic_env = *const napi_env__;
/// Former name of [`node_api_basic_env`].
pub type node_api_nogc_env = node_api_basic_env;
/// A JavaScript value.
pub type napi_value = *mut napi_value__;
/// A reference to a JavaScript value.
pub type napi_ref = *mut napi_ref__;
/// An open handle scope.
pub type napi_handle_scope = *mut napi_handle_scope__;
/// An open escapable handle scope.
pub type napi_escapable_handle_scope = *mut napi_escapable_handle_scope__;
/// The information about one native callback call.
pub type napi_callback_info = *mut napi_callback_info__;
/// The deferred side of a promise.
pub type napi_deferred = *mut napi_deferred__;
/// A unit of work for the thread pool.
pub type napi_async_work = *mut napi_async_work__;
/// A thread-safe function.
pub type napi_threadsafe_function = *mut napi_threadsafe_function__;
/// An async context.
pub type napi_async_context = *mut napi_async_context__;
/// An open callback scope.
pub type napi_callback_scope = *mut napi_callback_scope__;
/// A handle for removing an asynchronous cleanup hook.
pub type napi_async_cleanup_hook_handle = *mut napi_async_cleanup_hook_handle__;

/// The result code every Node-API function returns.
pub type napi_status = c_int;
pub const napi_ok: napi_status = 0;
pub const napi_invalid_arg: napi_status = 1;
pub const napi_object_expected: napi_status = 2;
pub const napi_string_expected: napi_status = 3;
pub const napi_name_expected: napi_status = 4;
pub const napi_function_expected: napi_status = 5;
pub const napi_number_expected: napi_status = 6;
pub const napi_boolean_expected: napi_status = 7;
pub const napi_array_expected: napi_status = 8;
pub const napi_generic_failure: napi_status = 9;
pub const napi_pending_exception: napi_status = 10;
pub const napi_cancelled: napi_status = 11;
pub const napi_escape_called_twice: napi_status = 12;
pub const napi_handle_scope_mismatch: napi_status = 13;
pub const napi_callback_scope_mismatch: napi_status = 14;
pub const napi_queue_full: napi_status = 15;
pub const napi_closing: napi_status = 16;
pub const napi_bigint_expected: napi_status = 17;
pub const napi_date_expected: napi_status = 18;
pub const napi_arraybuffer_expected: napi_status = 19;
pub const napi_detachable_arraybuffer_expected: napi_status = 20;
/// Reserved by the header; no host returns it.
pub const napi_would_deadlock: napi_status = 21;
pub const napi_no_external_buffers_allowed: napi_status = 22;
pub const napi_cannot_run_js: napi_status = 23;

/// Bit flags describing a property in a [`napi_property_descriptor`].
pub type napi_property_attributes = c_int;
pub const napi_default: napi_property_attributes = 0;
pub const napi_writable: napi_property_attributes = 1 << 0;
pub const napi_enumerable: napi_property_attributes = 1 << 1;
pub const napi_configurable: napi_property_attributes = 1 << 2;
/// Marks a static member in `napi_define_class`; ignored by `napi_define_properties`.
pub const napi_static: napi_property_attributes = 1 << 10;
/// The attributes of a class method (Node-API 8 name, usable with any host).
pub const napi_default_method: napi_property_attributes = napi_writable | napi_configurable;
/// The attributes of a property created by `obj[key] = value` (Node-API 8 name).
pub const napi_default_jsproperty: napi_property_attributes =
    napi_writable | napi_enumerable | napi_configurable;

/// The result of `napi_typeof`.
pub type napi_valuetype = c_int;
pub const napi_undefined: napi_valuetype = 0;
pub const napi_null: napi_valuetype = 1;
pub const napi_boolean: napi_valuetype = 2;
pub const napi_number: napi_valuetype = 3;
pub const napi_string: napi_valuetype = 4;
pub const napi_symbol: napi_valuetype = 5;
pub const napi_object: napi_valuetype = 6;
pub const napi_function: napi_valuetype = 7;
pub const napi_external: napi_valuetype = 8;
pub const napi_bigint: napi_valuetype = 9;

/// The element type of a typed array.
pub type napi_typedarray_type = c_int;
pub const napi_int8_array: napi_typedarray_type = 0;
pub const napi_uint8_array: napi_typedarray_type = 1;
pub const napi_uint8_clamped_array: napi_typedarray_type = 2;
pub const napi_int16_array: napi_typedarray_type = 3;
pub const napi_uint16_array: napi_typedarray_type = 4;
pub const napi_int32_array: napi_typedarray_type = 5;
pub const napi_uint32_array: napi_typedarray_type = 6;
pub const napi_float32_array: napi_typedarray_type = 7;
pub const napi_float64_array: napi_typedarray_type = 8;
pub const napi_bigint64_array: napi_typedarray_type = 9;
pub const napi_biguint64_array: napi_typedarray_type = 10;
/// `Float16Array`: only hosts whose JS engine ships it (Node.js 24 does) use it.
pub const napi_float16_array: napi_typedarray_type = 11;

/// Whether `napi_get_all_property_names` walks the prototype chain (Node-API 6).
pub type napi_key_collection_mode = c_int;
pub const napi_key_include_prototypes: napi_key_collection_mode = 0;
pub const napi_key_own_only: napi_key_collection_mode = 1;

/// Bit flags selecting keys in `napi_get_all_property_names` (Node-API 6).
pub type napi_key_filter = c_int;
pub const napi_key_all_properties: napi_key_filter = 0;
pub const napi_key_writable: napi_key_filter = 1;
pub const napi_key_enumerable: napi_key_filter = 1 << 1;
pub const napi_key_configurable: napi_key_filter = 1 << 2;
pub const napi_key_skip_strings: napi_key_filter = 1 << 3;
pub const napi_key_skip_symbols: napi_key_filter = 1 << 4;

/// Whether `napi_get_all_property_names` turns index keys into strings (Node-API 6).
pub type napi_key_conversion = c_int;
pub const napi_key_keep_numbers: napi_key_conversion = 0;
pub const napi_key_numbers_to_strings: napi_key_conversion = 1;

/// How `napi_release_threadsafe_function` lets go (Node-API 4).
pub type napi_threadsafe_function_release_mode = c_int;
pub const napi_tsfn_release: napi_threadsafe_function_release_mode = 0;
pub const napi_tsfn_abort: napi_threadsafe_function_release_mode = 1;

/// Whether `napi_call_threadsafe_function` waits when the queue is full (Node-API 4).
pub type napi_threadsafe_function_call_mode = c_int;
pub const napi_tsfn_nonblocking: napi_threadsafe_function_call_mode = 0;
pub const napi_tsfn_blocking: napi_threadsafe_function_call_mode = 1;

/// `SIZE_MAX` as a length: the string is NUL-terminated.
pub const NAPI_AUTO_LENGTH: usize = usize::MAX;
/// The `nm_version` of a [`napi_module`] and the `1` in `napi_register_module_v1`.
pub const NAPI_MODULE_VERSION: c_int = 1;
/// The version a module built against experimental APIs reports.
pub const NAPI_VERSION_EXPERIMENTAL: i32 = i32::MAX;
/// The symbol an addon exports as its [`napi_addon_register_func`]; the host
/// looks it up after loading the file.
pub const NAPI_MODULE_INITIALIZER: &str = "napi_register_module_v1";
/// The symbol an addon exports as its [`node_api_addon_get_api_version_func`];
/// without it the host assumes Node-API 8.
pub const NODE_API_MODULE_GET_API_VERSION: &str = "node_api_module_get_api_version_v1";

/// A native function callable from JavaScript.
pub type napi_callback =
    Option<unsafe extern "C" fn(env: napi_env, info: napi_callback_info) -> napi_value>;
/// Releases native data when its JavaScript owner is collected.
pub type napi_finalize = Option<
    unsafe extern "C" fn(env: napi_env, finalize_data: *mut c_void, finalize_hint: *mut c_void),
>;
/// The finalizer type of the functions that accept a "basic" finalizer.
///
/// In the stable ABI it is the same type as [`napi_finalize`]: a module that
/// reports a stable version gets its finalizers called outside garbage
/// collection, with a full environment.
pub type node_api_basic_finalize = napi_finalize;
/// Former name of [`node_api_basic_finalize`].
pub type node_api_nogc_finalize = node_api_basic_finalize;
/// A finalizer that gets no environment and may run on any thread.
pub type node_api_noenv_finalize =
    Option<unsafe extern "C" fn(finalize_data: *mut c_void, finalize_hint: *mut c_void)>;
/// The thread-pool half of an async work item.
pub type napi_async_execute_callback =
    Option<unsafe extern "C" fn(env: napi_env, data: *mut c_void)>;
/// The main-thread half of an async work item, run after `execute` or on cancellation.
pub type napi_async_complete_callback =
    Option<unsafe extern "C" fn(env: napi_env, status: napi_status, data: *mut c_void)>;
/// Calls into JavaScript for one queued item of a thread-safe function.
pub type napi_threadsafe_function_call_js = Option<
    unsafe extern "C" fn(
        env: napi_env,
        js_callback: napi_value,
        context: *mut c_void,
        data: *mut c_void,
    ),
>;
/// A hook run when the environment shuts down.
pub type napi_cleanup_hook = Option<unsafe extern "C" fn(arg: *mut c_void)>;
/// A shutdown hook that finishes later by calling `napi_remove_async_cleanup_hook`.
pub type napi_async_cleanup_hook =
    Option<unsafe extern "C" fn(handle: napi_async_cleanup_hook_handle, data: *mut c_void)>;
/// The module initializer: receives `exports`, returns the module's exports.
pub type napi_addon_register_func =
    Option<unsafe extern "C" fn(env: napi_env, exports: napi_value) -> napi_value>;
/// The type of `node_api_module_get_api_version_v1`.
pub type node_api_addon_get_api_version_func = Option<unsafe extern "C" fn() -> i32>;

/// One property for `napi_define_properties` or `napi_define_class`.
///
/// Exactly one of `utf8name` and `name` is set; `method`, the
/// `getter`/`setter` pair, or `value` defines the property.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct napi_property_descriptor {
    pub utf8name: *const c_char,
    pub name: napi_value,
    pub method: napi_callback,
    pub getter: napi_callback,
    pub setter: napi_callback,
    pub value: napi_value,
    pub attributes: napi_property_attributes,
    pub data: *mut c_void,
}

/// The details of the last failed call, from `napi_get_last_error_info`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct napi_extended_error_info {
    pub error_message: *const c_char,
    pub engine_reserved: *mut c_void,
    pub engine_error_code: u32,
    pub error_code: napi_status,
}

/// The host's version, from `napi_get_node_version`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct napi_node_version {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
    pub release: *const c_char,
}

/// A 128-bit tag for `napi_type_tag_object` (Node-API 8).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct napi_type_tag {
    pub lower: u64,
    pub upper: u64,
}

/// The descriptor of the legacy registration `napi_module_register`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct napi_module {
    pub nm_version: c_int,
    pub nm_flags: c_uint,
    pub nm_filename: *const c_char,
    pub nm_register_func: napi_addon_register_func,
    pub nm_modname: *const c_char,
    pub nm_priv: *mut c_void,
    pub reserved: [*mut c_void; 4],
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::{align_of, offset_of, size_of};

    // Offsets below are worked out by hand from the C declarations with
    // P = pointer size, so the same expectations hold on 32- and 64-bit targets.
    const P: usize = size_of::<*const u8>();

    #[test]
    fn handles_and_callbacks_are_one_pointer() {
        assert_eq!(size_of::<napi_env>(), P);
        assert_eq!(size_of::<node_api_basic_env>(), P);
        assert_eq!(size_of::<napi_value>(), P);
        assert_eq!(size_of::<napi_callback>(), P);
        assert_eq!(size_of::<napi_finalize>(), P);
        assert_eq!(size_of::<napi_threadsafe_function_call_js>(), P);
        assert_eq!(size_of::<napi_status>(), 4);
        assert_eq!(size_of::<napi_property_attributes>(), 4);
    }

    #[test]
    fn property_descriptor_layout() {
        assert_eq!(offset_of!(napi_property_descriptor, utf8name), 0);
        assert_eq!(offset_of!(napi_property_descriptor, name), P);
        assert_eq!(offset_of!(napi_property_descriptor, method), 2 * P);
        assert_eq!(offset_of!(napi_property_descriptor, getter), 3 * P);
        assert_eq!(offset_of!(napi_property_descriptor, setter), 4 * P);
        assert_eq!(offset_of!(napi_property_descriptor, value), 5 * P);
        assert_eq!(offset_of!(napi_property_descriptor, attributes), 6 * P);
        // `attributes` is a 4-byte int; on 64-bit targets `data` is padded to 8.
        assert_eq!(offset_of!(napi_property_descriptor, data), 6 * P + P.max(4));
        assert_eq!(size_of::<napi_property_descriptor>(), 8 * P.max(4));
        assert_eq!(align_of::<napi_property_descriptor>(), P);
    }

    #[test]
    fn extended_error_info_layout() {
        assert_eq!(offset_of!(napi_extended_error_info, error_message), 0);
        assert_eq!(offset_of!(napi_extended_error_info, engine_reserved), P);
        assert_eq!(
            offset_of!(napi_extended_error_info, engine_error_code),
            2 * P
        );
        assert_eq!(offset_of!(napi_extended_error_info, error_code), 2 * P + 4);
        assert_eq!(size_of::<napi_extended_error_info>(), 2 * P + 8);
    }

    #[test]
    fn node_version_layout() {
        assert_eq!(offset_of!(napi_node_version, major), 0);
        assert_eq!(offset_of!(napi_node_version, minor), 4);
        assert_eq!(offset_of!(napi_node_version, patch), 8);
        // Three u32 then a pointer: 12 on 32-bit, padded to 16 on 64-bit.
        assert_eq!(
            offset_of!(napi_node_version, release),
            12usize.next_multiple_of(P)
        );
        assert_eq!(
            size_of::<napi_node_version>(),
            12usize.next_multiple_of(P) + P
        );
    }

    #[test]
    fn type_tag_layout() {
        assert_eq!(offset_of!(napi_type_tag, lower), 0);
        assert_eq!(offset_of!(napi_type_tag, upper), 8);
        assert_eq!(size_of::<napi_type_tag>(), 16);
        assert_eq!(align_of::<napi_type_tag>(), align_of::<u64>());
    }

    #[test]
    fn module_layout() {
        assert_eq!(offset_of!(napi_module, nm_version), 0);
        assert_eq!(offset_of!(napi_module, nm_flags), 4);
        assert_eq!(
            offset_of!(napi_module, nm_filename),
            8usize.next_multiple_of(P)
        );
        let first_pointer = 8usize.next_multiple_of(P);
        assert_eq!(offset_of!(napi_module, nm_register_func), first_pointer + P);
        assert_eq!(offset_of!(napi_module, nm_modname), first_pointer + 2 * P);
        assert_eq!(offset_of!(napi_module, nm_priv), first_pointer + 3 * P);
        assert_eq!(offset_of!(napi_module, reserved), first_pointer + 4 * P);
        assert_eq!(size_of::<napi_module>(), first_pointer + 8 * P);
    }
}
