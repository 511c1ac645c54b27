//! Thread-safe functions: queue calls into JavaScript from any thread (Node-API 4).
//!
//! A [`ThreadsafeFunction<T>`] wraps one `napi_threadsafe_function`. Any thread may [`call`] it with a `T`;
//! the value travels to the JavaScript thread, where it is converted and passed to the JavaScript callback
//! (or to a Rust handler given at creation). All clones share one Node-API "thread" slot, released when the
//! last clone is dropped; once released, the function finishes the queued calls and is finalized, and the
//! event loop may exit.
//!
//! Node-API finalizes a thread-safe function when its env shuts down even while threads still hold it. The
//! SDK records that (under a lock that every Node-API call on the function takes), so a late call returns
//! [`CallStatus::Closing`] instead of touching freed memory.
//!
//! Errors: an exception thrown by the JavaScript callback (or an `Err`/panic of a handler) during a plain
//! [`call`] is reported as an uncaught exception (`napi_fatal_exception`: `process.on('uncaughtException')`
//! sees it, and without a listener the process exits with it), as node-addon-api does. To handle errors
//! yourself, either create the function with a handler that calls the callback and deals with its `Result`,
//! or use [`call_with_return_value`], which brings the callback's result, or its exception, back to the
//! calling thread.
//!
//! [`call`]: ThreadsafeFunction::call
//! [`call_with_return_value`]: ThreadsafeFunction::call_with_return_value

use crate::env::Env;
use crate::error::{Error, ErrorKind, Expected, Result};
use crate::function::Function;
use crate::object::Object;
use crate::sys;
use crate::value::JsValue;
use crate::{FromJs, ToJs, TypeName};
use std::ffi::c_void;
use std::marker::PhantomData;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, RwLock, mpsc};
use std::thread::ThreadId;

/// Whether [`ThreadsafeFunction::call`] waits for room when the queue is full.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallMode {
    /// Wait until the queue has room. On the JavaScript thread itself this acts as `NonBlocking`, since
    /// waiting there would wait forever.
    Blocking,
    /// Return [`CallStatus::QueueFull`] at once when the queue is full.
    NonBlocking,
}

/// The outcome of queueing a call.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallStatus {
    /// The value is queued; the callback will run on the JavaScript thread.
    Ok,
    /// The queue was full (non-blocking call); the value was dropped.
    QueueFull,
    /// The function was aborted, or its env shut down: no more calls will run; the value was dropped.
    Closing,
    /// Node-API refused the call with another status; the value was dropped.
    Failed(sys::napi_status),
}

impl CallStatus {
    pub fn is_ok(self) -> bool {
        self == CallStatus::Ok
    }
}

type Handler<T> = Box<dyn FnMut(&Env, Option<Function>, T) -> Result<JsValue>>;
type Reply = Box<dyn FnOnce(&Env, Result<JsValue>) + Send>;

/// One queued call.
struct Item<T> {
    value: T,
    /// Where the callback's result goes; `None`: an error is reported as an uncaught exception.
    reply: Option<Reply>,
}

/// Whether Node-API still holds the function. Every Node-API call on it takes the read lock and checks the
/// flag; the finalizer clears it under the write lock, so no call overlaps the function's destruction.
///
/// Also where blocking calls wait for room in a full queue. Node-API's own blocking mode wakes one waiter
/// only when an item is taken from a *full* queue, so with several blocked threads some can sleep forever
/// once the queue drains without filling up again. Here every item taken (and the finalizer) bumps `taken`
/// and wakes all waiters, who then retry.
struct Liveness {
    alive: RwLock<bool>,
    taken: Mutex<u64>,
    room: Condvar,
    waiters: AtomicUsize,
}

impl Liveness {
    fn taken(&self) -> MutexGuard<'_, u64> {
        self.taken.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// An item left the queue (or the function closed): wake the threads waiting for room.
    fn wake_waiters(&self) {
        if self.waiters.load(Ordering::Acquire) > 0 {
            *self.taken() += 1;
            self.room.notify_all();
        }
    }
}

/// What the JavaScript-thread callbacks see (Node-API's `context`), freed by the finalizer.
struct Context<T> {
    handler: Handler<T>,
    liveness: Arc<Liveness>,
}

/// The Node-API function and the slot the clones share.
struct Handle {
    raw: sys::napi_threadsafe_function,
    env: sys::napi_env,
    js_thread: ThreadId,
    liveness: Arc<Liveness>,
    /// The shared slot is given up: released, aborted, or consumed by a `napi_closing` answer.
    released: AtomicBool,
}

// SAFETY: the raw handles are only passed to Node-API functions documented as callable from any thread
// (call, release), under the liveness lock; `ref`/`unref` check that they run on the function's env, whose
// `Env` cannot leave its thread.
unsafe impl Send for Handle {}
// SAFETY: as above; every method takes `&self` and synchronizes through the lock and atomics.
unsafe impl Sync for Handle {}

impl Handle {
    fn alive(&self) -> std::sync::RwLockReadGuard<'_, bool> {
        self.liveness
            .alive
            .read()
            .unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        let alive = self.alive();
        if *alive && !self.released.swap(true, Ordering::AcqRel) {
            // SAFETY: the function is alive (checked under the lock) and this slot has not been given up.
            unsafe { sys::napi_release_threadsafe_function(self.raw, sys::napi_tsfn_release) };
        }
    }
}

/// A JavaScript function (or a Rust handler) that any thread can call through the event loop.
///
/// `Clone`, `Send` and `Sync`; dropping the last clone releases it. Create it on the JavaScript thread with
/// [`ThreadsafeFunction::new`] or [`ThreadsafeFunction::builder`], or receive it as an argument of an exported
/// function (a JavaScript function argument converts into one).
pub struct ThreadsafeFunction<T: Send + 'static> {
    handle: Arc<Handle>,
    _type: PhantomData<fn(T)>,
}

impl<T: Send + 'static> Clone for ThreadsafeFunction<T> {
    fn clone(&self) -> Self {
        ThreadsafeFunction {
            handle: self.handle.clone(),
            _type: PhantomData,
        }
    }
}

impl<T: Send + 'static> std::fmt::Debug for ThreadsafeFunction<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ThreadsafeFunction")
            .field("raw", &self.handle.raw)
            .finish()
    }
}

/// Options of a [`ThreadsafeFunction`] before it is created.
pub struct ThreadsafeFunctionBuilder<T> {
    callback: Option<Function>,
    max_queue_size: usize,
    _type: PhantomData<fn(T)>,
}

impl<T: Send + 'static> ThreadsafeFunctionBuilder<T> {
    /// The JavaScript function to call (required by [`build`](Self::build), optional with a handler).
    pub fn callback(mut self, callback: Function) -> Self {
        self.callback = Some(callback);
        self
    }

    /// The most calls waiting at once (default 0: unlimited). When it is reached, blocking calls wait and
    /// non-blocking calls return [`CallStatus::QueueFull`].
    pub fn max_queue_size(mut self, size: usize) -> Self {
        self.max_queue_size = size;
        self
    }

    /// Creates the function: each call passes its value, converted with [`ToJs`], as the only argument of
    /// the callback (with `this` undefined).
    pub fn build(self, env: &Env) -> Result<ThreadsafeFunction<T>>
    where
        T: ToJs,
    {
        if self.callback.is_none() {
            return Err(Error::type_error(
                "a thread-safe function without a handler needs a JavaScript callback",
            )
            .with_code("ERR_INVALID_ARG_TYPE"));
        }
        self.build_with_handler(env, |_env, callback, value| {
            let callback = callback.ok_or_else(|| Error::new("the callback is gone"))?;
            callback.call::<JsValue>((value,))
        })
    }

    /// Creates the function with a handler that runs on the JavaScript thread for each call, receiving the
    /// env, the JavaScript callback (if one was given) and the value. What it returns goes back to
    /// [`ThreadsafeFunction::call_with_return_value`]; for a plain call, an `Err` (or a panic) is reported as
    /// an uncaught exception.
    pub fn build_with_handler<R, H>(
        self,
        env: &Env,
        mut handler: H,
    ) -> Result<ThreadsafeFunction<T>>
    where
        R: ToJs,
        H: FnMut(&Env, Option<Function>, T) -> Result<R> + 'static,
    {
        let name = env.create_string("rnode_addon::ThreadsafeFunction")?;
        let liveness = Arc::new(Liveness {
            alive: RwLock::new(true),
            taken: Mutex::new(0),
            room: Condvar::new(),
            waiters: AtomicUsize::new(0),
        });
        let context = Box::into_raw(Box::new(Context::<T> {
            handler: Box::new(move |env, callback, value| {
                handler(env, callback, value)?.to_js(env)
            }),
            liveness: liveness.clone(),
        }));
        let mut raw = ptr::null_mut();
        // SAFETY: `env` is the live env; `context` stays valid until `finalize` frees it, and `call_js` reads it
        // only while Node-API holds the function (it passes a null env afterwards).
        let status = unsafe {
            sys::napi_create_threadsafe_function(
                env.raw(),
                self.callback.map_or(ptr::null_mut(), |f| f.raw()),
                ptr::null_mut(),
                name.raw(),
                self.max_queue_size,
                1,
                context.cast(),
                Some(finalize::<T>),
                context.cast(),
                Some(call_js::<T>),
                &mut raw,
            )
        };
        if status != sys::napi_ok {
            // SAFETY: creation failed, so Node-API does not own `context`.
            drop(unsafe { Box::from_raw(context) });
            return Err(Error::from_status(env, status));
        }
        Ok(ThreadsafeFunction {
            handle: Arc::new(Handle {
                raw,
                env: env.raw(),
                js_thread: std::thread::current().id(),
                liveness,
                released: AtomicBool::new(false),
            }),
            _type: PhantomData,
        })
    }
}

impl<T: Send + 'static> ThreadsafeFunction<T> {
    /// A thread-safe function that calls `callback(value)` on the JavaScript thread for each call.
    pub fn new(env: &Env, callback: Function) -> Result<Self>
    where
        T: ToJs,
    {
        Self::builder().callback(callback).build(env)
    }

    /// Options: a callback, a bounded queue, a handler.
    pub fn builder() -> ThreadsafeFunctionBuilder<T> {
        ThreadsafeFunctionBuilder {
            callback: None,
            max_queue_size: 0,
            _type: PhantomData,
        }
    }

    /// Queues a call with `value` from any thread. Calls queued from one thread run in their order.
    pub fn call(&self, value: T, mode: CallMode) -> CallStatus {
        self.enqueue(Item { value, reply: None }, mode)
    }

    /// Queues a call and waits for its result on this thread: the callback's return value converted to `R`,
    /// or its exception (as an `Error` with the exception's message). Must not be called on the JavaScript
    /// thread, which would wait for itself (that returns an error at once).
    pub fn call_with_return_value<R>(&self, value: T, mode: CallMode) -> Result<R>
    where
        R: FromJs + Send + 'static,
    {
        if std::thread::current().id() == self.handle.js_thread {
            return Err(Error::new(
                "call_with_return_value cannot wait on the JavaScript thread for its own call",
            )
            .with_code("ERR_RUST_TSFN_DEADLOCK"));
        }
        let (sender, receiver) = mpsc::sync_channel::<Result<R>>(1);
        let reply: Reply = Box::new(move |env, result| {
            let out = result
                .and_then(R::from_js)
                .map_err(|error| portable(env, error));
            let _ = sender.send(out);
        });
        match self.enqueue(
            Item {
                value,
                reply: Some(reply),
            },
            mode,
        ) {
            CallStatus::Ok => receiver.recv().unwrap_or_else(|_| Err(closing_error())),
            CallStatus::QueueFull => Err(Error::new("the thread-safe function's queue is full")
                .with_code("ERR_RUST_TSFN_QUEUE_FULL")),
            CallStatus::Closing => Err(closing_error()),
            CallStatus::Failed(status) => Err(Error::new(format!(
                "napi_call_threadsafe_function failed with status {status}"
            ))
            .with_code("ERR_NAPI_STATUS")),
        }
    }

    fn enqueue(&self, item: Item<T>, mode: CallMode) -> CallStatus {
        let handle = &*self.handle;
        let liveness = &*handle.liveness;
        let wait = mode == CallMode::Blocking && std::thread::current().id() != handle.js_thread;
        let data = Box::into_raw(Box::new(item));
        // Counted before the first attempt: an item taken after the attempt found the queue full must see
        // this waiter, or its wake-up would be lost.
        if wait {
            liveness.waiters.fetch_add(1, Ordering::AcqRel);
        }
        let status = loop {
            let seen = wait.then(|| *liveness.taken());
            let status = {
                let alive = handle.alive();
                if !*alive || handle.released.load(Ordering::Acquire) {
                    sys::napi_closing
                } else {
                    // SAFETY: the function is alive (read lock held); on success Node-API owns `data` until
                    // `call_js`.
                    unsafe {
                        sys::napi_call_threadsafe_function(
                            handle.raw,
                            data.cast(),
                            sys::napi_tsfn_nonblocking,
                        )
                    }
                }
            };
            let Some(seen) = seen.filter(|_| status == sys::napi_queue_full) else {
                break status;
            };
            // Wait without the liveness lock, so the finalizer can run (and wake us).
            let mut taken = liveness.taken();
            while *taken == seen {
                taken = liveness.room.wait(taken).unwrap_or_else(|e| e.into_inner());
            }
        };
        if wait {
            liveness.waiters.fetch_sub(1, Ordering::AcqRel);
        }
        if status != sys::napi_ok {
            // SAFETY: the call was refused, so `data` was not queued and is still ours.
            drop(unsafe { Box::from_raw(data) });
        }
        match status {
            sys::napi_ok => CallStatus::Ok,
            sys::napi_queue_full => CallStatus::QueueFull,
            // `napi_closing` consumed the slot; `napi_invalid_arg` means it was already consumed by a
            // concurrent call that got `napi_closing`.
            sys::napi_closing | sys::napi_invalid_arg => {
                handle.released.store(true, Ordering::Release);
                CallStatus::Closing
            }
            other => CallStatus::Failed(other),
        }
    }

    /// Closes the function now: queued calls that have not run are dropped, and further calls (from any
    /// clone) return [`CallStatus::Closing`].
    pub fn abort(self) -> CallStatus {
        let handle = &*self.handle;
        let alive = handle.alive();
        if !*alive || handle.released.swap(true, Ordering::AcqRel) {
            return CallStatus::Closing;
        }
        // SAFETY: the function is alive and this gives up the shared slot exactly once.
        match unsafe { sys::napi_release_threadsafe_function(handle.raw, sys::napi_tsfn_abort) } {
            sys::napi_ok => CallStatus::Ok,
            other => CallStatus::Failed(other),
        }
    }

    /// Lets the event loop exit while this function is alive (calls still run while the loop does).
    pub fn unref(&self, env: &Env) -> Result<()> {
        self.set_ref(env, false)
    }

    /// Keeps the event loop alive while this function is alive (the default).
    pub fn refer(&self, env: &Env) -> Result<()> {
        self.set_ref(env, true)
    }

    fn set_ref(&self, env: &Env, keep_alive: bool) -> Result<()> {
        let handle = &*self.handle;
        if env.raw() != handle.env {
            return Err(Error::new(
                "a thread-safe function can be ref'd or unref'd only in its own env",
            )
            .with_code("ERR_RUST_TSFN_WRONG_ENV"));
        }
        let alive = handle.alive();
        if !*alive {
            return Err(closing_error());
        }
        // SAFETY: on the function's own JavaScript thread (the env matches), and the function is alive.
        env.check(unsafe {
            if keep_alive {
                sys::napi_ref_threadsafe_function(env.raw(), handle.raw)
            } else {
                sys::napi_unref_threadsafe_function(env.raw(), handle.raw)
            }
        })
    }

    /// The raw Node-API handle.
    pub fn raw(&self) -> sys::napi_threadsafe_function {
        self.handle.raw
    }
}

fn closing_error() -> Error {
    Error::new("the thread-safe function is closing: the call did not run")
        .with_code("ERR_RUST_TSFN_CLOSING")
}

/// An error that can leave the JavaScript thread: a JavaScript exception, whose value must stay on its
/// thread, is replaced by a plain error with its message, its kind (from `name`) and its `code`.
fn portable(env: &Env, error: Error) -> Error {
    if !error.is_js_exception() {
        return error;
    }
    let message = error.message().into_owned();
    let object = error.to_js(env).and_then(Object::from_js).ok();
    let read = |key: &str| object.and_then(|o| o.get::<Option<String>>(key).ok().flatten());
    let kind = match read("name").as_deref() {
        Some("TypeError") => ErrorKind::TypeError,
        Some("RangeError") => ErrorKind::RangeError,
        Some("SyntaxError") => ErrorKind::SyntaxError,
        _ => ErrorKind::Error,
    };
    let out = Error::with_kind(kind, message);
    match read("code") {
        Some(code) => out.with_code(code),
        None => out,
    }
}

/// Reports an error of a call nobody waits for as an uncaught exception.
fn report_uncaught(env: &Env, error: Error) {
    let value = match error.to_js(env) {
        Ok(v) => v,
        Err(_) => return,
    };
    // SAFETY: on the JavaScript thread of `env`, inside the callback Node-API is running.
    unsafe { sys::napi_fatal_exception(env.raw(), value.raw()) };
}

unsafe extern "C" fn call_js<T: Send + 'static>(
    env: sys::napi_env,
    js_callback: sys::napi_value,
    context: *mut c_void,
    data: *mut c_void,
) {
    // SAFETY: `data` is an `Item<T>` queued by `enqueue`; Node-API hands each item over exactly once.
    let item = unsafe { Box::from_raw(data.cast::<Item<T>>()) };
    if env.is_null() {
        // The function is being destroyed: `context` is already freed and JavaScript cannot run.
        return;
    }
    // SAFETY: a non-null env here is the live env of the function, on its thread.
    let env = unsafe { Env::from_raw(env) };
    // SAFETY: with a non-null env, Node-API has not finalized the function, so `context` is alive; it is only
    // used on this thread.
    let context = unsafe { &mut *context.cast::<Context<T>>() };
    context.liveness.wake_waiters();
    let callback = if js_callback.is_null() {
        None
    } else {
        // SAFETY: a non-null `js_callback` is the function's live JavaScript callback.
        Some(unsafe { Function::from_raw(env, js_callback) })
    };
    let Item { value, reply } = *item;
    let result = catch_unwind(AssertUnwindSafe(|| {
        (context.handler)(&env, callback, value)
    }))
    .unwrap_or_else(|payload| Err(Error::from_panic(payload)));
    match reply {
        Some(reply) => {
            if let Err(payload) = catch_unwind(AssertUnwindSafe(|| reply(&env, result))) {
                report_uncaught(&env, Error::from_panic(payload));
            }
        }
        None => {
            if let Err(error) = result {
                report_uncaught(&env, error);
            }
        }
    }
}

unsafe extern "C" fn finalize<T: Send + 'static>(
    _env: sys::napi_env,
    data: *mut c_void,
    _hint: *mut c_void,
) {
    // SAFETY: `data` is the `Context<T>` given at creation; Node-API finalizes once.
    let context = unsafe { Box::from_raw(data.cast::<Context<T>>()) };
    *context
        .liveness
        .alive
        .write()
        .unwrap_or_else(|e| e.into_inner()) = false;
    context.liveness.wake_waiters();
    // Dropped after the lock is released: the handler may own clones of this very function, whose drop
    // takes the lock.
    let _ = catch_unwind(AssertUnwindSafe(move || drop(context)));
}

impl<T: ToJs + Send + 'static> TypeName for ThreadsafeFunction<T> {
    const TS_TYPE: &'static str = "(...args: any[]) => any";
    fn expected(out: &mut Expected) {
        out.type_name("function");
    }
}

/// A JavaScript function argument becomes a thread-safe function that calls it with one `T`.
impl<T: ToJs + Send + 'static> FromJs for ThreadsafeFunction<T> {
    fn from_js(value: JsValue) -> Result<Self> {
        let callback = Function::from_js(value)?;
        ThreadsafeFunction::new(&value.env(), callback)
    }
}

const _: fn() = || {
    fn send_sync<X: Send + Sync>() {}
    send_sync::<ThreadsafeFunction<String>>();
};
