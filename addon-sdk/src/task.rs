//! `Task`: work on libuv's thread pool (`napi_async_work`) that settles a Promise on the JavaScript thread.

use crate::env::Env;
use crate::error::{Error, Expected, Result};
use crate::function::Function;
use crate::object::Object;
use crate::promise::{Deferred, Promise};
use crate::reference::Ref;
use crate::sys;
use crate::value::{JsValue, ValueType, wrong_type};
use crate::{FromJs, ToJs, TypeName};
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
    signal: Option<AbortSignal>,
}

impl<T: Task> AsyncTask<T> {
    pub fn new(task: T) -> Self {
        AsyncTask { task, signal: None }
    }

    /// Lets JavaScript abort the task with an `AbortSignal` (e.g. an optional `signal` argument). An abort
    /// before `compute` starts on the thread pool cancels it: the task's `reject` gets an `AbortError` (code
    /// `ABORT_ERR`, `cause`: the signal's reason), which by default rejects the Promise. Once `compute` runs
    /// it cannot be interrupted, and the task completes normally. An already aborted signal rejects at once.
    pub fn with_signal(mut self, signal: Option<AbortSignal>) -> Self {
        self.signal = signal;
        self
    }

    /// Queues the task now and returns its Promise (what returning the `AsyncTask` does).
    pub fn queue(self, env: &Env) -> Result<Promise<T::Value>> {
        let (deferred, promise) = Promise::<JsValue>::new(env)?;
        if let Some(signal) = &self.signal
            && signal.object.get::<bool>("aborted")?
        {
            let mut task = self.task;
            let error = abort_error(env, signal)?;
            let _ = deferred.settle(finish(env, &mut task, error_outcome(error)));
            return Ok(promise.cast());
        }
        let name = env.create_string("rnode_addon::Task")?;
        let work = Box::into_raw(Box::new(Work {
            task: self.task,
            outcome: None,
            deferred,
            raw: ptr::null_mut(),
            abort: None,
        }));
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
        let linked = match self.signal {
            // SAFETY: `work` is alive and not queued yet; the listener is removed before `work` is freed.
            Some(signal) => unsafe { link_signal::<T>(env, work, signal) },
            None => Ok(()),
        };
        let status = linked.and_then(|()| {
            // SAFETY: `raw` was just created in `env`.
            env.check(unsafe { sys::napi_queue_async_work(env.raw(), (*work).raw) })
        });
        if let Err(error) = status {
            // SAFETY: the work never ran, so it is still ours to unlink, delete and free.
            unsafe {
                if let Some(link) = (*work).abort.take() {
                    link.unlink();
                }
                sys::napi_delete_async_work(env.raw(), (*work).raw);
                drop(Box::from_raw(work));
            }
            return Err(error);
        }
        Ok(promise.cast())
    }
}

/// A JavaScript `AbortSignal` (checked with `instanceof AbortSignal`). Valid during the current call.
#[derive(Clone, Copy, Debug)]
pub struct AbortSignal {
    object: Object,
}

impl AbortSignal {
    /// Whether the signal has fired.
    pub fn aborted(&self) -> Result<bool> {
        self.object.get("aborted")
    }

    pub fn as_object(&self) -> Object {
        self.object
    }
}

impl TypeName for AbortSignal {
    const TS_TYPE: &'static str = "AbortSignal";
    fn expected(out: &mut Expected) {
        out.instance("AbortSignal");
    }
}

impl FromJs for AbortSignal {
    fn from_js(value: JsValue) -> Result<Self> {
        let env = value.env();
        if value.value_type()? == ValueType::Object {
            let class: Function = env.global()?.get("AbortSignal")?;
            if value.instance_of(&class)? {
                return Ok(AbortSignal {
                    object: Object::from_js(value)?,
                });
            }
        }
        Err(wrong_type::<AbortSignal>(value))
    }
}

impl ToJs for AbortSignal {
    fn to_js(self, _env: &Env) -> Result<JsValue> {
        Ok(self.object.as_value())
    }
}

/// The `'abort'` listener of a queued task, removed when the task completes.
struct AbortLink {
    signal: Ref<Object>,
    listener: Ref<Function>,
}

impl AbortLink {
    fn unlink(self) {
        let remove = || -> Result<()> {
            let (Some(signal), Some(listener)) = (self.signal.get()?, self.listener.get()?) else {
                return Ok(());
            };
            let remove: Function = signal.get("removeEventListener")?;
            remove.call_with_this::<JsValue>(signal, ("abort", listener))?;
            Ok(())
        };
        // Failing to remove the listener (a patched EventTarget) is harmless: it only cancels work that is
        // still queued, and this work is done.
        let _ = remove();
    }
}

/// Adds the listener that cancels `work` to `signal`.
///
/// # Safety
/// `work` must be alive, and stay alive until its `abort` link is removed (`complete` does both).
unsafe fn link_signal<T: Task>(env: &Env, work: *mut Work<T>, signal: AbortSignal) -> Result<()> {
    let mut listener = ptr::null_mut();
    // SAFETY: `env` is live; the callback reads `work` only while the listener is registered.
    env.check(unsafe {
        sys::napi_create_function(
            env.raw(),
            c"onabort".as_ptr(),
            sys::NAPI_AUTO_LENGTH,
            Some(on_abort::<T>),
            work.cast(),
            &mut listener,
        )
    })?;
    // SAFETY: `listener` was just created in `env`.
    let listener = unsafe { Function::from_raw(*env, listener) };
    // Recorded before the listener is added, so that whatever fails next, the caller's cleanup removes it
    // before freeing `work`.
    let link = AbortLink {
        signal: Ref::new(env, signal.object)?,
        listener: Ref::new(env, listener)?,
    };
    // SAFETY: `work` is alive and owned by this thread until it is queued.
    unsafe { (*work).abort = Some(link) };
    let options = Object::new(env)?;
    options.set("once", true)?;
    let add: Function = signal.object.get("addEventListener")?;
    add.call_with_this::<JsValue>(signal.object, ("abort", listener, options))?;
    Ok(())
}

unsafe extern "C" fn on_abort<T: Task>(
    env: sys::napi_env,
    info: sys::napi_callback_info,
) -> sys::napi_value {
    let mut data = ptr::null_mut();
    // SAFETY: Node-API calls the listener with its live env and callback info.
    let status = unsafe {
        sys::napi_get_cb_info(
            env,
            info,
            ptr::null_mut(),
            ptr::null_mut(),
            ptr::null_mut(),
            &mut data,
        )
    };
    if status == sys::napi_ok {
        let work = data.cast::<Work<T>>();
        // SAFETY: the listener is registered, so `work` is alive (see `link_signal`); only `raw` is read, which
        // the thread pool does not write. Cancelling fails harmlessly once `compute` has started.
        unsafe { sys::napi_cancel_async_work(env, (*work).raw) };
    }
    ptr::null_mut()
}

/// `AbortError` as Node's APIs reject with it: message `The operation was aborted`, code `ABORT_ERR`, the
/// signal's reason as `cause`.
fn abort_error(env: &Env, signal: &AbortSignal) -> Result<Error> {
    let error = Error::new("The operation was aborted").with_code("ABORT_ERR");
    let object = Object::from_js(error.to_js(env)?)?;
    object.set("name", "AbortError")?;
    object.set("cause", signal.object.get::<JsValue>("reason")?)?;
    Ok(Error::from_value(object.as_value()))
}

fn error_outcome<O>(error: Error) -> (sys::napi_status, Option<Result<O>>) {
    (sys::napi_ok, Some(Err(error)))
}

struct Work<T: Task> {
    task: T,
    /// Set by `execute`: the result of `compute`, or its panic as an error.
    outcome: Option<Result<T::Output>>,
    deferred: Deferred<JsValue>,
    raw: sys::napi_async_work,
    abort: Option<AbortLink>,
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
    let work = unsafe { Box::from_raw(data.cast::<Work<T>>()) };
    let Work {
        mut task,
        outcome,
        deferred,
        raw,
        abort,
    } = *work;
    // SAFETY: Node-API runs `complete` on the JavaScript thread of `env`.
    let env = unsafe { Env::from_raw(env) };
    // The listener goes first: it must not cancel the work once deleted.
    let signal = abort.map(|link| {
        let signal = link.signal.get();
        link.unlink();
        signal
    });
    // SAFETY: the work has finished and its listener is gone; deleting it is the last use of the handle.
    unsafe { sys::napi_delete_async_work(env.raw(), raw) };
    let outcome = match (status, signal) {
        (sys::napi_cancelled, Some(Ok(Some(object)))) => {
            error_outcome(abort_error(&env, &AbortSignal { object }).unwrap_or_else(|e| e))
        }
        _ => (status, outcome),
    };
    let settled = finish(&env, &mut task, outcome);
    // Settling can only fail while the env shuts down, when nobody can observe the Promise any more.
    let _ = deferred.settle(settled);
}

/// The JavaScript-thread half of a task: `resolve` or `reject`, then `finally`, panics caught.
fn finish<T: Task>(
    env: &Env,
    task: &mut T,
    (status, outcome): (sys::napi_status, Option<Result<T::Output>>),
) -> Result<JsValue> {
    catch_unwind(AssertUnwindSafe(|| {
        let value = match (status, outcome) {
            (sys::napi_ok, Some(Ok(output))) => task.resolve(env, output),
            (sys::napi_ok, Some(Err(error))) => task.reject(env, error),
            (sys::napi_cancelled, _) => task.reject(
                env,
                Error::new("the task was cancelled").with_code("ERR_RUST_TASK_CANCELLED"),
            ),
            _ => task.reject(env, Error::from_status(env, status)),
        }
        .and_then(|v| v.to_js(env));
        task.finally(env);
        value
    }))
    .unwrap_or_else(|payload| Err(Error::from_panic(payload)))
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
