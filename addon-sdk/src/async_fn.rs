//! Futures as Promises: what an exported `async fn` returns.
//!
//! The future runs on the SDK's executor (or tokio, with the `tokio` feature), off the JavaScript thread. Its
//! output crosses back through a thread-safe function without a JavaScript callback, whose handler converts
//! it and settles the Promise on the JavaScript thread. That function also keeps the event loop alive while
//! the future is pending, as Node does for its own pending I/O.

use crate::ToJs;
use crate::env::Env;
use crate::error::{Error, Result};
use crate::executor::{self, CatchUnwind};
use crate::promise::Promise;
use crate::sys;
use crate::threadsafe_function::{CallMode, ThreadsafeFunction};
use crate::value::JsValue;
use std::future::Future;

impl<T: ToJs + Send + 'static> Promise<T> {
    /// Runs `future` off the JavaScript thread and returns a Promise of its output, converted with [`ToJs`]
    /// on the JavaScript thread. An `Err` output (for `T = Result<_>`) rejects the Promise, and so does a
    /// panic in the future (an `Error` with the panic message, code `ERR_RUST_PANIC`).
    ///
    /// Whatever the future captures must be `Send + 'static`: convert JavaScript values to owned Rust
    /// values before.
    pub fn spawn<F>(env: &Env, future: F) -> Result<Promise<T>>
    where
        F: Future<Output = T> + Send + 'static,
    {
        let (deferred, promise) = Promise::<JsValue>::new(env)?;
        let mut deferred = Some(deferred);
        let settle = ThreadsafeFunction::<std::thread::Result<T>>::builder().build_with_handler(
            env,
            move |env, _callback, outcome| {
                let result = match outcome {
                    Ok(value) => value.to_js(env),
                    Err(payload) => Err(Error::from_panic(payload)),
                };
                if let Some(deferred) = deferred.take() {
                    // Settling fails only while the env shuts down, when the Promise is unobservable.
                    let _ = deferred.settle(result);
                }
                Ok(())
            },
        )?;
        executor::spawn(async move {
            let outcome = CatchUnwind(future).await;
            // `Closing` means the env shut down: the output is dropped here and the Promise is gone with it.
            let _ = settle.call(outcome, CallMode::Blocking);
        });
        Ok(promise.cast())
    }
}

/// The body of an `async fn` export's callback: start the future, return its Promise.
#[doc(hidden)]
pub fn spawn_promise<F>(env: &Env, future: F) -> Result<sys::napi_value>
where
    F: Future + Send + 'static,
    F::Output: ToJs + Send + 'static,
{
    Promise::spawn(env, future).map(|p| p.as_value().raw())
}
