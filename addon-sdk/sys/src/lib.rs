//! The Node-API C ABI, versions 1 to 10: types, status codes and the
//! signatures of every stable function, written from the Node.js 24 headers
//! (`js_native_api.h`, `js_native_api_types.h`, `node_api.h`,
//! `node_api_types.h`) and the Node-API documentation.
//!
//! Names are the C names, so the Node-API documentation maps one to one onto
//! this crate.
//!
//! # Two users, one definition
//!
//! * An **addon** (a `.node` file) calls the functions. This crate declares
//!   them in `unsafe extern "C"` blocks. Nothing here links against a Node
//!   library: the dynamic loader resolves `napi_*` against the host process
//!   (Node.js, or rnode) when the addon is loaded.
//! * The **runtime** (rnode) defines the same functions. It walks the same
//!   tables with its own callback macro to check its definitions and to list
//!   the symbols it must export.
//!
//! # Calling a function
//!
//! ```no_run
//! use rnode_napi_sys::*;
//!
//! /// A `napi_callback` that returns `42`.
//! # #[cfg(feature = "napi1")]
//! unsafe extern "C" fn answer(env: napi_env, _info: napi_callback_info) -> napi_value {
//!     let mut result = core::ptr::null_mut();
//!     // SAFETY: `env` is the live environment the host passed to this callback.
//!     let status = unsafe { napi_create_int32(env, 42, &mut result) };
//!     if status != napi_ok {
//!         return core::ptr::null_mut();
//!     }
//!     result
//! }
//! ```
//!
//! # Safety
//!
//! Every function is `unsafe`: the caller guarantees what the C API expects.
//! An `env` is only valid on the thread that runs its JavaScript and only for
//! the module it was given to; a `napi_value` only inside the handle scope it
//! was created in; out-pointers must be valid for writes (some may be null,
//! as each function's Node-API documentation says); lengths of
//! `NAPI_AUTO_LENGTH` mean a NUL-terminated string. Only the thread-safe
//! function calls (`napi_call_threadsafe_function` and its siblings that take
//! no `env`) may be made from other threads.
//!
//! # Linking
//!
//! The declarations carry no `#[link]`: an addon is a `cdylib` whose `napi_*`
//! symbols stay undefined until the host process provides them. ELF linkers
//! accept that by default; Mach-O needs `-undefined dynamic_lookup` (the
//! build tool passes it). Windows, where imports must name a DLL, is not
//! supported.
//!
//! # Features
//!
//! `napi1` ... `napi10`; each enables the one before. A function is declared
//! only when the feature of the version that introduced it is on, so an addon
//! built with `napi8` cannot call a Node-API 9 function by mistake. With no
//! feature (the default) the crate provides the types only. [`NAPI_VERSION`]
//! is the highest enabled version.
//!
//! # The function tables
//!
//! Each family module (`values`, `strings`, ...) owns one exported table
//! macro (`values_table!`, `strings_table!`, ...; [`for_each_table!`] names
//! them all). A table takes the path of a *callback macro* and expands to one
//! invocation of it, with one entry per function:
//!
//! ```text
//! values_table!(my_callback);
//! // expands to
//! my_callback! {
//!     /// Returns the `undefined` value.
//!     [1] fn napi_get_undefined(env: napi_env, result: *mut napi_value) -> napi_status;
//!     /// Returns the `Symbol.for(description)` symbol.
//!     [9] fn node_api_symbol_for(env: napi_env, utf8description: *const c_char, length: usize, result: *mut napi_value) -> napi_status;
//!     // ...
//! }
//! ```
//!
//! Each entry is: doc attributes, the Node-API version that introduced the
//! function in brackets (an integer literal), then a Rust function signature
//! without body. The return type is `napi_status` for nearly every function,
//! `!` for `napi_fatal_error` and absent for `napi_module_register`. A
//! callback matches it with
//!
//! ```text
//! $( $(#[$doc:meta])* [$version:tt] fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $(-> $ret:ty)?; )*
//! ```
//!
//! The types are written unqualified (`napi_env`, `c_char`, `c_void`), so the
//! callback's expansion site needs `use rnode_napi_sys::*;` in scope (this
//! crate re-exports `c_char`, `c_int` and `c_void` for that purpose).
//!
//! This crate ships two callbacks: [`declare_functions!`] (the gated extern
//! declarations every family module makes) and [`function_signatures!`] (a
//! `&'static [FunctionSignature]` describing every entry, ungated; collected
//! in [`FUNCTION_FAMILIES`]).
//!
//! A callback of your own, e.g. the names of one family:
//!
//! ```
//! macro_rules! names {
//!     ($( $(#[$doc:meta])* [$version:tt] fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $(-> $ret:ty)?; )*) => {
//!         [$(stringify!($name)),*]
//!     };
//! }
//! let promise_functions = rnode_napi_sys::promises_table!(names);
//! assert_eq!(promise_functions[0], "napi_create_promise");
//! assert_eq!(promise_functions.len(), 4);
//! ```
//!
//! The runtime side: a callback that makes the compiler check each definition
//! against the table (a missing or mistyped definition fails to compile).
//!
//! ```
//! use rnode_napi_sys::*;
//!
//! mod host {
//!     use rnode_napi_sys::*;
//!     # macro_rules! define {
//!     #     ($($name:ident($($arg:ident: $ty:ty),*);)*) => {$(
//!     #         pub unsafe extern "C" fn $name($($arg: $ty),*) -> napi_status { napi_generic_failure }
//!     #     )*};
//!     # }
//!     # define! {
//!     #     napi_create_promise(env: napi_env, deferred: *mut napi_deferred, promise: *mut napi_value);
//!     #     napi_resolve_deferred(env: napi_env, deferred: napi_deferred, resolution: napi_value);
//!     #     napi_reject_deferred(env: napi_env, deferred: napi_deferred, rejection: napi_value);
//!     #     napi_is_promise(env: napi_env, value: napi_value, is_promise: *mut bool);
//!     # }
//!     // pub unsafe extern "C" fn napi_create_promise(...) -> napi_status { ... }
//!     // ...
//! }
//!
//! macro_rules! check_definitions {
//!     ($( $(#[$doc:meta])* [$version:tt] fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $(-> $ret:ty)?; )*) => {
//!         $( const _: unsafe extern "C" fn($($ty),*) $(-> $ret)? = host::$name; )*
//!     };
//! }
//! promises_table!(check_definitions);
//! ```

#![no_std]
// The C names are the API: `napi_env`, `napi_ok`, ...
#![allow(non_camel_case_types, non_upper_case_globals)]

pub use core::ffi::{c_char, c_int, c_uint, c_void};

#[macro_use]
mod macros;

pub mod async_context;
pub mod async_work;
pub mod buffers;
pub mod classes;
pub mod errors;
pub mod functions;
pub mod lifecycle;
pub mod objects;
pub mod promises;
pub mod references;
pub mod scopes;
pub mod strings;
pub mod threadsafe;
pub mod types;
pub mod values;

pub use types::*;
#[allow(
    unused_imports,
    reason = "a family is empty when its version's feature is off"
)]
pub use {
    async_context::*, async_work::*, buffers::*, classes::*, errors::*, functions::*, lifecycle::*,
    objects::*, promises::*, references::*, scopes::*, strings::*, threadsafe::*, values::*,
};

/// The highest Node-API version whose functions are declared: the highest
/// enabled `napiN` feature, or 0 when none is (types only).
///
/// An addon reports it from `node_api_module_get_api_version_v1`, so it must
/// not exceed what the oldest supported host implements: Node.js 20
/// (Node-API 9) crashes loading an addon that reports 10.
pub const NAPI_VERSION: u32 = if cfg!(feature = "napi10") {
    10
} else if cfg!(feature = "napi9") {
    9
} else if cfg!(feature = "napi8") {
    8
} else if cfg!(feature = "napi7") {
    7
} else if cfg!(feature = "napi6") {
    6
} else if cfg!(feature = "napi5") {
    5
} else if cfg!(feature = "napi4") {
    4
} else if cfg!(feature = "napi3") {
    3
} else if cfg!(feature = "napi2") {
    2
} else if cfg!(feature = "napi1") {
    1
} else {
    0
};

/// The highest Node-API version this crate describes.
pub const NAPI_VERSION_MAX: u32 = 10;

/// One function of a table, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FunctionSignature {
    /// The C symbol name.
    pub name: &'static str,
    /// The Node-API version that introduced it.
    pub version: u32,
    /// Parameter names and Rust types, as written in the table
    /// (`stringify!`-spaced, e.g. `"* mut napi_value"`).
    pub params: &'static [(&'static str, &'static str)],
    /// The Rust return type as written, `"()"` when absent.
    pub ret: &'static str,
}

/// Every function of every table, grouped by family module name.
pub const FUNCTION_FAMILIES: &[(&str, &[FunctionSignature])] = &[
    ("values", values_table!(function_signatures)),
    ("strings", strings_table!(function_signatures)),
    ("objects", objects_table!(function_signatures)),
    ("functions", functions_table!(function_signatures)),
    ("classes", classes_table!(function_signatures)),
    ("errors", errors_table!(function_signatures)),
    ("scopes", scopes_table!(function_signatures)),
    ("references", references_table!(function_signatures)),
    ("buffers", buffers_table!(function_signatures)),
    ("promises", promises_table!(function_signatures)),
    ("lifecycle", lifecycle_table!(function_signatures)),
    ("async_work", async_work_table!(function_signatures)),
    ("async_context", async_context_table!(function_signatures)),
    ("threadsafe", threadsafe_table!(function_signatures)),
];

/// Every function of every table, in family order.
pub fn functions() -> impl Iterator<Item = &'static FunctionSignature> {
    FUNCTION_FAMILIES
        .iter()
        .flat_map(|(_, family)| family.iter())
}
