//! `Task`: work on libuv's thread pool (`napi_async_work`) that settles a Promise on the JavaScript thread.

use crate::env::Env;
use crate::error::{Error, Expected, Result};
use crate::promise::{Deferred, Promise};
use crate::sys;
use crate::value::JsValue;
use crate::{ToJs, TypeName};
use std::ffi::c_void;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr;

/// Work done off the JavaScript thread. Return [`AsyncTask::new(task)`](AsyncTask::new) from an exported
/// function and JavaScript gets a Promise:
///
/// 1. [`compute`](Task::compute) runs on libuv's thread pool (no JavaScript access there);
/// 2. on the JavaScript thread, [`resolve`](Task::resolve) turns its output into the fulfilment value, or
///    [`reject`](Task::reject) handles its error (by default the Promise rejects with it);
/// 3. [`finally`](Task::finally) runs last, on the JavaScript thread, whatever happened.
///
/// A panic in any of them rejects the Promise with an `Error` carrying the panic message
/// (code `ERR_RUST_PANIC`), as does an error converting the value.
///
/// ```ignore
/// struct Sum(Vec<f64>);
///
/// impl Task for Sum {
///     type Output = f64;
///     type Value = f64;
///     fn compute(&mut self) -> Result<f64> { Ok(self.0.iter().sum()) }
///     fn resolve(&mut self, _env: &Env, output: f64) -> Result<f64> { Ok(output) }
/// }
///
/// #[function]
/// fn sum(values: Vec<f64>) -> AsyncTask<Sum> { AsyncTask::new(Sum(values)) } // sum(values): Promise<number>
/// ```
pub trait Task: Send + Sized + 'static {
    /// What `compute` produces on the thread pool.
    type Output: Send + 'static;
    /// What the Promise resolves to (its TypeScript type is the Promise's).
    type Value: ToJs + TypeName;

    /// Runs on a libuv thread-pool thread.
    fn compute(&mut self) -> Result<Self::Output>;

    /// Runs on the JavaScript thread with the output of `compute`.
    fn resolve(&mut self, env: &Env, output: Self::Output) -> Result<Self::Value>;

    /// Runs on the JavaScript thread when `compute` failed. The default rejects with `error`; an `Ok`
    /// fulfils the Promise instead.
    fn reject(&mut self, env: &Env, error: Error) -> Result<Self::Value> {
        let _ = env;
        Err(error)
    }

    /// Runs on the JavaScript thread after `resolve` or `reject`, before the Promise settles.
    fn finally(&mut self, env: &Env) {
        let _ = env;
    }
}

/// A [`Task`] to run; returned to JavaScript, it queues the task and becomes its Promise.
pub struct AsyncTask<T: Task> {
    task: T,
}

impl<T: Task> AsyncTask<T> {
    pub fn new(task: T) -> Self {
        AsyncTask { task }
    }

    /// Queues the task now and returns its Promise (what returning the `AsyncTask` does).
    pub fn queue(self, env: &Env) -> Result<Promise<T::Value>> {
        let (deferred, promise) = Promise::<JsValue>::new(env)?;
        let work = Box::into_raw(Box::new(Work {
            task: self.task,
            outcome: None,
            deferred: Some(deferred),
            raw: ptr::null_mut(),
        }));
        let name = env.create_string("rnode_addon::Task")?;
        // SAFETY: `env` is live; `work` stays valid until `complete` frees it (after `execute`, or cancellation).
        let status = unsafe {
            sys::napi_create_async_work(
                env.raw(),
                ptr::null_mut(),
                name.raw(),
                Some(execute::<T>),
                Some(complete::<T>),
                work.cast(),
                &mut (*work).raw,
            )
        };
        if status != sys::napi_ok {
            // SAFETY: creation failed, so Node-API does not own `work`.
            drop(unsafe { Box::from_raw(work) });
            return Err(Error::from_status(env, status));
        }
        // SAFETY: `raw` was just created in `env`.
        let status = unsafe { sys::napi_queue_async_work(env.raw(), (*work).raw) };
        if status != sys::napi_ok {
            // SAFETY: the work never ran, so it is still ours to delete and free.
            unsafe {
                sys::napi_delete_async_work(env.raw(), (*work).raw);
                drop(Box::from_raw(work));
            }
            return Err(Error::from_status(env, status));
        }
        Ok(promise.cast())
    }
}

struct Work<T: Task> {
    task: T,
    /// Set by `execute`: the result of `compute`, or its panic as an error.
    outcome: Option<Result<T::Output>>,
    deferred: Option<Deferred<JsValue>>,
    raw: sys::napi_async_work,
}

unsafe extern "C" fn execute<T: Task>(_env: sys::napi_env, data: *mut c_void) {
    let work = data.cast::<Work<T>>();
    // SAFETY: `data` is the `Work<T>` of this async work; during `execute` only this thread touches its
    // `task` and `outcome` fields (the `Deferred`, which must stay on the JavaScript thread, is not touched).
    let (task, outcome) = unsafe { (&mut (*work).task, &mut (*work).outcome) };
    let result = catch_unwind(AssertUnwindSafe(|| task.compute()))
        .unwrap_or_else(|payload| Err(Error::from_panic(payload)));
    *outcome = Some(result);
}

unsafe extern "C" fn complete<T: Task>(
    env: sys::napi_env,
    status: sys::napi_status,
    data: *mut c_void,
) {
    // SAFETY: `data` is the `Work<T>` created by `queue`; Node-API calls `complete` once, after `execute`.
    let mut work = unsafe { Box::from_raw(data.cast::<Work<T>>()) };
    // SAFETY: Node-API runs `complete` on the JavaScript thread of `env`.
    let env = unsafe { Env::from_raw(env) };
    // SAFETY: the work has finished; deleting it here is the last use of the handle.
    unsafe { sys::napi_delete_async_work(env.raw(), work.raw) };
    let Some(deferred) = work.deferred.take() else {
        return;
    };
    let settled = catch_unwind(AssertUnwindSafe(|| {
        let task = &mut work.task;
        let value = match (status, work.outcome.take()) {
            (sys::napi_ok, Some(Ok(output))) => task.resolve(&env, output),
            (sys::napi_ok, Some(Err(error))) => task.reject(&env, error),
            (sys::napi_cancelled, _) => task.reject(
                &env,
                Error::new("the task was cancelled").with_code("ERR_RUST_TASK_CANCELLED"),
            ),
            _ => task.reject(&env, Error::from_status(&env, status)),
        }
        .and_then(|v| v.to_js(&env));
        task.finally(&env);
        value
    }))
    .unwrap_or_else(|payload| Err(Error::from_panic(payload)));
    // Settling can only fail while the env shuts down, when nobody can observe the Promise any more.
    let _ = deferred.settle(settled);
}

impl<T: Task> ToJs for AsyncTask<T> {
    fn to_js(self, env: &Env) -> Result<JsValue> {
        self.queue(env).map(|p| p.as_value())
    }
}

impl<T: Task> TypeName for AsyncTask<T> {
    const TS_TYPE: &'static str = "Promise<unknown>";
    fn expected(out: &mut Expected) {
        out.instance("Promise");
    }
}
