//! # rnode-addon: Node-API addons in Rust
//!
//! ```ignore
//! use rnode_addon::prelude::*;
//!
//! #[function]
//! fn greet(name: String) -> String {
//!     format!("Hello, {name}!")
//! }
//!
//! #[function]
//! fn divide(a: f64, b: f64) -> Result<f64> {
//!     if b == 0.0 {
//!         return Err(Error::new("Division by zero").with_code("DIVIDE_BY_ZERO"));
//!     }
//!     Ok(a / b)
//! }
//!
//! #[class]
//! pub struct Counter { value: f64 }
//!
//! #[methods]
//! impl Counter {
//!     #[constructor]
//!     fn new(start: Option<f64>) -> Self { Counter { value: start.unwrap_or(0.0) } }
//!     fn increment(&mut self, by: Option<f64>) -> f64 { self.value += by.unwrap_or(1.0); self.value }
//!     #[getter]
//!     fn value(&self) -> f64 { self.value }
//!     #[setter]
//!     fn set_value(&mut self, value: f64) { self.value = value }
//!     fn zero() -> Counter { Counter { value: 0.0 } }
//! }
//! ```
//!
//! Build the crate as a `cdylib` and load it with `require('./name.node')` (`cargo rnode-addon build` does
//! the copy and writes the `.d.ts`). Set `test = false` and `doctest = false` in its `[lib]` section: a test
//! executable of an addon cannot link, since only the host process defines the `napi_*` functions (test
//! the addon from JavaScript instead).
//!
//! ## Attributes
//! - `#[function]` (keys `js_name`, `ts_return`): a free fn. JavaScript name: camelCase of the Rust name.
//!   It may take `env: &Env` first. `-> !` is a function that never returns (TypeScript `never`).
//! - `#[class]` (key `js_name`) on a struct, `#[methods]` on its impl blocks: `#[constructor]` (at most one),
//!   methods (`&self`/`&mut self`), `#[getter]`/`#[getter(name = "x")]`, `#[setter]` (`set_x` sets `x`),
//!   static methods (no `self`; returning `Self` creates a real instance), `#[js(name = "..", ts_return = "..")]`.
//!   A method may take `this: This` (or `This<Object>`, `This<Function>`, ...: converted like an argument)
//!   and `env: &Env`. Receivers are checked with type tags, so another object (even another class's
//!   instance) is a `TypeError`; a method re-entered while `&mut self` is borrowed gets `ERR_RUST_BORROW`.
//! - `#[object]` on a struct with named fields: a plain object both ways (`Option` fields are optional).
//! - `#[js_enum]` on a fieldless enum: an object of numeric constants, or of strings with `#[value = ".."]`.
//!   (`enum` is a Rust keyword, so the attribute cannot be called `#[enum]`.)
//! - `#[module]` on `fn(env: &Env, exports: Object) -> Result<()>`: runs after the other exports are set.
//! - `#[ts_type = ".."]` on a parameter overrides its TypeScript type.
//!
//! ## Conversions
//! [`FromJs`] (argument), [`ToJs`] (return value) and [`TypeName`] (TypeScript name and the "must be ..."
//! wording of errors) are implemented for numbers (`f64`, `f32`, `i32`, `u32`, `i64`, and range-checked
//! `i8`/`u8`/`i16`/`u16`), `bool`, `String`/`&str`/`char`, `Option<T>` (`undefined`/`null`), `Vec<T>`
//! (arrays), `HashMap<String, T>`/`BTreeMap` (objects), `()` (`undefined`), `Result<T>` (return: `Err` is
//! thrown), [`Buffer`], [`ArrayBuffer`], typed arrays ([`Uint8Array`], [`Float64Array`], ...: they borrow
//! JavaScript memory, writes reach the caller), [`BigInt`] and `u64`/`i128`/`u128` (as `bigint`), [`Date`],
//! [`Object`], [`Function`], [`Promise`], [`External`], [`JsValue`], [`Either`], [`Error`] (as a value), and
//! every `#[object]`/`#[js_enum]` type; a `#[class]` converts to JavaScript by value (a new instance) and
//! is received as [`ClassRef<T>`](ClassRef) (borrow it; return it to give back the same object).
//! [`Function::call`] calls JavaScript back; [`Function::from_closure`] turns a Rust closure into a
//! JavaScript function.
//!
//! ## Env
//! [`Env`] creates values, runs scripts ([`Env::run_script`]), throws, holds typed per-env instance data
//! ([`Env::instance_data_or_init`]) and cleanup hooks ([`Env::add_cleanup_hook`]). [`Ref`] keeps values
//! (strong or weak) across calls; [`Object::add_finalizer`], [`External`] and class instances run Rust
//! drops when JavaScript collects their objects.
//!
//! ## Errors
//! An `Err(Error)` becomes a JavaScript exception (`Error`, `TypeError`, `RangeError` or `SyntaxError`
//! with `message`, `code`, `cause`). A wrong argument type throws Node's `ERR_INVALID_ARG_TYPE` TypeError
//! (`The "name" argument must be of type string. Received type number (42)`). A panic becomes an `Error`
//! with message `Rust panic: <message>` and code `ERR_RUST_PANIC`. An exception thrown by JavaScript that
//! Rust called comes back as an `Err` that, returned, is rethrown unchanged.
//!
//! ## Lifetimes of handles
//! [`JsValue`], [`Object`], [`Function`] and the typed arrays are handles valid during the current call
//! (Node-API's handle scope). Keep a value beyond it with [`Ref`]. Typed arrays and [`Buffer`] borrow
//! memory owned by JavaScript: do not keep a slice across a call back into JavaScript that could detach
//! it, and do not pass the same memory twice to get two mutable views of it.
//!
//! ## Async
//! Three ways to work off the JavaScript thread (the last two need Node-API 4):
//! - [`Task`] + [`AsyncTask`]: `compute` runs on libuv's thread pool (`napi_async_work`), `resolve`/`reject`/
//!   `finally` on the JavaScript thread; an exported fn returning `AsyncTask<T>` gives JavaScript a
//!   `Promise` (TypeScript `Promise<T::Value>`).
//! - `#[function] async fn f(a: String) -> Result<T>`: the arguments are converted on the JavaScript thread
//!   (they must be owned, `Send + 'static` types: `String`, `Vec<u8>`, numbers, `ThreadsafeFunction`, ... not
//!   `&str`, `Env` or handles such as `Buffer`), then the future runs on the SDK's executor (a few worker
//!   threads) or, with the `tokio` feature, on a tokio runtime created on first use; its output is
//!   converted and settles the returned `Promise<T>` on the JavaScript thread. [`Promise::spawn`] does the
//!   same for any future, and [`spawn`] runs a future without a Promise. A static method of a `#[class]`
//!   (no `self`) may be async too; a method taking `self` cannot, as the future cannot borrow the instance.
//! - [`AsyncTask::with_signal`] takes an optional [`AbortSignal`] argument: aborting cancels a task that has
//!   not started, rejecting with Node's `AbortError` (`ABORT_ERR`).
//! - [`ThreadsafeFunction<T>`]: call a JavaScript function (or a Rust handler on the JavaScript thread) from
//!   any thread, blocking or not ([`CallMode`], [`CallStatus`]); `call_with_return_value` waits for the
//!   result; `unref`/`refer` decide whether it keeps the process alive; dropping the last clone releases
//!   it. A JavaScript function argument converts into one directly (TypeScript `(value: T) => unknown`).
//!   An error in a plain call is an uncaught exception (`napi_fatal_exception`); handle errors in a handler
//!   or with `call_with_return_value` instead.
//!
//! A panic anywhere in these (compute, resolve, the future, a handler) rejects the Promise, or is reported,
//! as an `Error` carrying the panic message (code `ERR_RUST_PANIC`); it never aborts the process.
//!
//! ## Extension points (for the toolkit itself)
//! - Every generated callback is `__private::callback::<N>(env, info, |env, frame| ...)`: one
//!   `napi_get_cb_info` into `frame.argv` (N handles, missing ones `undefined`), the body under
//!   `catch_unwind`, `Err` and panics thrown as JavaScript exceptions. Arguments are converted with
//!   `__private::arg::<T>(env, raw, "name")`, results with `__private::ret(env, value)`.
//! - `async fn` exports (free fns, and static methods in `#[methods]`) convert their arguments on the
//!   JavaScript thread and hand the future to `__private::spawn_promise` (`macros/src/function.rs`). A
//!   [`Promise`] made with [`Promise::new`] is settled through its [`Deferred`] on the JavaScript thread
//!   (`Deferred::settle(Result<T>)`). [`Error`] is `Send`, so results can come back from other threads;
//!   `Deferred` and every handle are not.
//! - [`Env::raw`] and `unsafe` [`Env::from_raw`] bridge to raw Node-API (`rnode_addon::sys`) for async work
//!   and thread-safe functions.
//!
//! ## Features
//! `napi1` ... `napi10` select the Node-API version (default `napi8`: Node.js 20 and later, where type
//! tags check class receivers). APIs of a later version are absent below it. `tokio` runs `async fn`
//! exports on tokio (and exposes `tokio_runtime()`).

extern crate self as rnode_addon;

pub use rnode_napi_sys as sys;

#[cfg(feature = "napi4")]
mod async_fn;
#[cfg(feature = "napi6")]
mod bigint;
mod buffer;
mod callback;
mod class;
mod convert;
#[cfg(feature = "napi5")]
mod date;
mod either;
mod env;
mod error;
#[cfg(feature = "napi4")]
mod executor;
mod external;
mod function;
mod object;
mod promise;
mod reference;
mod registry;
mod state;
mod task;
#[cfg(feature = "napi4")]
mod threadsafe_function;
pub mod typedefs;
mod value;

#[cfg(feature = "napi6")]
pub use bigint::BigInt;
pub use buffer::{
    ArrayBuffer, BigInt64Array, BigUint64Array, Buffer, Float16Array, Float32Array, Float64Array,
    Int8Array, Int16Array, Int32Array, Uint8Array, Uint8ClampedArray, Uint16Array, Uint32Array,
};
pub use class::{Class, ClassRef};
pub use convert::{FromJs, ToJs, TypeName};
#[cfg(feature = "napi5")]
pub use date::Date;
pub use either::Either;
#[cfg(feature = "napi3")]
pub use env::CleanupHook;
pub use env::Env;
pub use error::{Error, ErrorKind, Expected, Received, Result};
#[cfg(feature = "napi4")]
pub use executor::spawn;
#[cfg(feature = "tokio")]
pub use executor::tokio_runtime;
pub use external::External;
pub use function::{CallArgs, Function, JsFunction, ToJsArgs};
pub use object::{Object, This};
pub use promise::{Deferred, Promise};
pub use reference::Ref;
pub use rnode_addon_macros::{class, function, js_enum, methods, module, object};
pub use task::{AbortSignal, AsyncTask, Task};
#[cfg(feature = "napi4")]
pub use threadsafe_function::{
    CallMode, CallStatus, ThreadsafeFunction, ThreadsafeFunctionBuilder,
};
pub use value::{JsValue, Unknown, ValueType};

/// Everything an addon usually needs: `use rnode_addon::prelude::*;`.
pub mod prelude {
    #[cfg(feature = "napi6")]
    pub use crate::BigInt;
    #[cfg(feature = "napi5")]
    pub use crate::Date;
    pub use crate::{
        AbortSignal, ArrayBuffer, AsyncTask, BigInt64Array, BigUint64Array, Buffer, ClassRef,
        Deferred, Either, Env, Error, ErrorKind, External, Float32Array, Float64Array, FromJs,
        Function, Int8Array, Int16Array, Int32Array, JsFunction, JsValue, Object, Promise, Ref,
        Result, Task, This, ToJs, TypeName, Uint8Array, Uint8ClampedArray, Uint16Array,
        Uint32Array, Unknown, ValueType, class, function, js_enum, methods, module, object,
    };
    #[cfg(feature = "napi4")]
    pub use crate::{CallMode, CallStatus, ThreadsafeFunction};
}

/// Support for generated code; not a stable API.
#[doc(hidden)]
pub mod __private {
    pub use crate::__rnode_typedef as typedef;
    #[cfg(feature = "napi4")]
    pub use crate::async_fn::spawn_promise;
    pub use crate::callback::{Frame, arg, callback, ret, undefined_return};
    pub use crate::class::{
        Class, ClassDef, HasConstructor, Instance, Member, MemberKind, MembersDef, TypeTag,
        class_type_id, construct, construct_default, instance, new_instance, type_tag,
    };
    pub use crate::registry::{EXPORTS, EnumDef, EnumValue, Export};
    pub use crate::task::Task;
    pub use crate::typedefs::{TsPart, typedef_bytes, typedef_len};
    pub use crate::{Env, Error, Expected, FromJs, JsValue, Result, This, ToJs, TypeName};
    pub use linkme;
    pub use rnode_napi_sys as sys;

    use crate::Object;

    /// The object a `#[object]` struct is read from; a `TypeError` for anything else.
    pub fn expect_object(value: JsValue) -> Result<Object> {
        match value.value_type()? {
            crate::ValueType::Object => Ok(Object::handle(value.env(), value.raw())),
            _ => Err(Error::invalid_type_expected(
                {
                    let mut e = Expected::default();
                    e.type_name("object");
                    e
                },
                value,
            )),
        }
    }

    /// A field of a `#[object]` struct; a conversion error names the property.
    pub fn field<T: FromJs>(object: Object, key: &std::ffi::CStr, name: &'static str) -> Result<T> {
        object.get_named::<T>(key).map_err(|e| e.at(name))
    }

    pub fn set_field<T: ToJs>(object: Object, key: &std::ffi::CStr, value: T) -> Result<()> {
        object.set_named(key, value)
    }

    pub fn new_object(env: &Env) -> Result<Object> {
        Object::new(env)
    }

    /// The integer a numeric `#[js_enum]` is read from.
    pub fn enum_number(value: JsValue) -> Result<i64> {
        let n = f64::from_js(value)?;
        if n.fract() == 0.0 && n.abs() < 9.007_199_254_740_992e15 {
            Ok(n as i64)
        } else {
            Err(Error::invalid_value(
                value,
                "must be an integer member of the enum",
            ))
        }
    }
}
