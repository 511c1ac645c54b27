//! Exports exercising async fn, `Task` and thread-safe functions; `tests/async-addon/test.js` checks them.

use rnode_addon::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

/// Completes after `ms` milliseconds, woken from another thread (so the executor must handle wakes that
/// come from outside).
struct Delay {
    state: Arc<Mutex<(bool, Option<Waker>)>>,
}

impl Delay {
    fn new(ms: u64) -> Self {
        let state = Arc::new(Mutex::new((false, None::<Waker>)));
        let shared = state.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(ms));
            let mut s = shared.lock().unwrap();
            s.0 = true;
            if let Some(w) = s.1.take() {
                w.wake();
            }
        });
        Delay { state }
    }
}

impl Future for Delay {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut s = self.state.lock().unwrap();
        if s.0 {
            Poll::Ready(())
        } else {
            s.1 = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

#[function]
async fn add_later(a: f64, b: f64, delay_ms: Option<u32>) -> f64 {
    Delay::new(delay_ms.unwrap_or(1).into()).await;
    a + b
}

#[function]
async fn fail_later(message: String) -> Result<f64> {
    Delay::new(1).await;
    Err(Error::range_error(message).with_code("LATER"))
}

#[function]
async fn panic_later(message: String) -> f64 {
    Delay::new(1).await;
    panic!("{message}")
}

#[function]
async fn nothing() {}

/// The thread the future ran on, to check it is not the JavaScript thread.
#[function]
async fn thread_name() -> String {
    std::thread::current().name().unwrap_or("").to_owned()
}

#[function]
fn js_thread_name() -> String {
    std::thread::current().name().unwrap_or("").to_owned()
}

#[cfg(feature = "tokio")]
#[function]
async fn tokio_sleep(ms: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(ms.into())).await;
    ms
}

static FINALLY_RUNS: AtomicU32 = AtomicU32::new(0);

/// A task whose step `fail_in` fails or panics: "compute", "compute-error", "resolve", "reject" (compute
/// fails and `reject` recovers with -1) or "none".
struct Steps {
    fail_in: String,
    value: f64,
}

impl Task for Steps {
    type Output = f64;
    type Value = f64;

    fn compute(&mut self) -> Result<f64> {
        match self.fail_in.as_str() {
            "compute" => panic!("compute blew up"),
            "compute-error" | "reject" => Err(Error::new("compute failed").with_code("COMPUTE")),
            "slow" => {
                std::thread::sleep(Duration::from_millis(300));
                Ok(self.value * 2.0)
            }
            _ => Ok(self.value * 2.0),
        }
    }

    fn resolve(&mut self, _env: &Env, output: f64) -> Result<f64> {
        if self.fail_in == "resolve" {
            panic!("resolve blew up");
        }
        Ok(output)
    }

    fn reject(&mut self, _env: &Env, error: Error) -> Result<f64> {
        if self.fail_in == "reject" {
            return Ok(-1.0);
        }
        Err(error)
    }

    fn finally(&mut self, _env: &Env) {
        FINALLY_RUNS.fetch_add(1, Ordering::SeqCst);
    }
}

#[function]
fn steps(value: f64, fail_in: String) -> AsyncTask<Steps> {
    AsyncTask::new(Steps { fail_in, value })
}

/// `steps` with an optional `AbortSignal`.
#[function]
fn steps_with_signal(value: f64, fail_in: String, signal: Option<AbortSignal>) -> AsyncTask<Steps> {
    AsyncTask::new(Steps { fail_in, value }).with_signal(signal)
}

#[function]
fn finally_runs() -> u32 {
    FINALLY_RUNS.load(Ordering::SeqCst)
}

/// Calls `callback(v)` for each value from a new thread, in order.
#[function]
fn call_each(callback: ThreadsafeFunction<String>, values: Vec<String>) {
    std::thread::spawn(move || {
        for v in values {
            assert!(callback.call(v, CallMode::Blocking).is_ok());
        }
    });
}

/// Calls `callback(x)` from the executor and waits for its result: `2 * callback(x)`.
#[function]
async fn double_of(callback: ThreadsafeFunction<f64>, x: f64) -> Result<f64> {
    let answer: f64 = callback.call_with_return_value(x, CallMode::Blocking)?;
    Ok(answer * 2.0)
}

/// `call_with_return_value` on the JavaScript thread: an error, not a deadlock.
#[function]
fn return_on_js_thread(callback: ThreadsafeFunction<f64>) -> Result<f64> {
    callback.call_with_return_value(1.0, CallMode::Blocking)
}

fn status_name(status: CallStatus) -> String {
    match status {
        CallStatus::Ok => "ok".into(),
        CallStatus::QueueFull => "queue-full".into(),
        CallStatus::Closing => "closing".into(),
        CallStatus::Failed(s) => format!("failed {s}"),
    }
}

/// With a queue of one, from the JavaScript thread (which cannot drain the queue meanwhile): the first call
/// is queued, the next ones find the queue full, blocking mode included (it must not wait for itself).
#[function]
fn fill_queue(env: &Env, callback: Function) -> Result<Vec<String>> {
    let tsfn = ThreadsafeFunction::<f64>::builder()
        .callback(callback)
        .max_queue_size(1)
        .build(env)?;
    Ok(vec![
        status_name(tsfn.call(1.0, CallMode::NonBlocking)),
        status_name(tsfn.call(2.0, CallMode::NonBlocking)),
        status_name(tsfn.call(3.0, CallMode::Blocking)),
    ])
}

/// After `abort`, the other clones' calls return `Closing` and queued calls are dropped.
#[function]
fn abort_then_call(env: &Env, callback: Function) -> Result<Vec<String>> {
    let tsfn = ThreadsafeFunction::<f64>::new(env, callback)?;
    let other = tsfn.clone();
    let queued = status_name(tsfn.call(1.0, CallMode::NonBlocking));
    let aborted = status_name(tsfn.abort());
    let after = status_name(other.call(2.0, CallMode::NonBlocking));
    Ok(vec![queued, aborted, after])
}

/// A handler that returns an error for a plain call: reported as an uncaught exception.
#[function]
fn handler_error(env: &Env, message: String) -> Result<()> {
    let tsfn = ThreadsafeFunction::<String>::builder().build_with_handler(
        env,
        |_env, _callback, message: String| -> Result<()> {
            Err(Error::new(message).with_code("HANDLER"))
        },
    )?;
    std::thread::spawn(move || {
        let _ = tsfn.call(message, CallMode::Blocking);
    });
    Ok(())
}

/// A handler that panics: also an uncaught exception, carrying the panic message.
#[function]
fn handler_panic(env: &Env, message: String) -> Result<()> {
    let tsfn = ThreadsafeFunction::<String>::builder()
        .build_with_handler(env, |_env, _callback, message: String| -> Result<()> {
            panic!("{message}")
        })?;
    std::thread::spawn(move || {
        let _ = tsfn.call(message, CallMode::Blocking);
    });
    Ok(())
}

/// Calls `callback(1)` once from a thread; a throwing callback becomes an uncaught exception.
#[function]
fn call_once(callback: ThreadsafeFunction<f64>) {
    std::thread::spawn(move || {
        let _ = callback.call(1.0, CallMode::Blocking);
    });
}

/// Holds the function on a thread for `ms`, then calls `callback(ms)` and drops it. Unref'd, it does not
/// keep the process alive meanwhile.
#[function]
fn hold(env: &Env, callback: ThreadsafeFunction<f64>, ms: u32, unref: bool) -> Result<()> {
    if unref {
        callback.unref(env)?;
    }
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(ms.into()));
        let _ = callback.call(f64::from(ms), CallMode::Blocking);
    });
    Ok(())
}

static STOPPED_CALLERS: AtomicU32 = AtomicU32::new(0);

/// Calls `callback(n)` every few milliseconds until the function closes (its env shut down), then counts
/// itself in `stoppedCallers()`.
#[function]
fn call_until_closed(callback: ThreadsafeFunction<f64>) {
    std::thread::spawn(move || {
        let mut n = 0.0;
        while callback.call(n, CallMode::NonBlocking).is_ok() {
            n += 1.0;
            std::thread::sleep(Duration::from_millis(2));
        }
        STOPPED_CALLERS.fetch_add(1, Ordering::SeqCst);
    });
}

#[function]
fn stopped_callers() -> u32 {
    STOPPED_CALLERS.load(Ordering::SeqCst)
}

/// `threads` threads share clones of the function and each calls `callback(thread, i)` for i in
/// 0..per_thread, blocking on a queue of 4.
#[function]
fn call_from_threads(env: &Env, callback: Function, threads: u32, per_thread: u32) -> Result<()> {
    let tsfn = ThreadsafeFunction::<(u32, u32)>::builder()
        .callback(callback)
        .max_queue_size(4)
        .build_with_handler(env, |_env, callback, (thread, i)| {
            let callback = callback.ok_or_else(|| Error::new("no callback"))?;
            callback.call::<JsValue>((thread, i))
        })?;
    for thread in 0..threads {
        let tsfn = tsfn.clone();
        std::thread::spawn(move || {
            for i in 0..per_thread {
                assert!(tsfn.call((thread, i), CallMode::Blocking).is_ok());
            }
        });
    }
    Ok(())
}

/// Like `callUntilClosed`, with blocking calls on a queue of one: when the JavaScript thread stops taking
/// items, the calling thread waits for room until the env shuts down.
#[function]
fn block_until_closed(env: &Env, callback: Function) -> Result<()> {
    let tsfn = ThreadsafeFunction::<f64>::builder()
        .callback(callback)
        .max_queue_size(1)
        .build(env)?;
    std::thread::spawn(move || {
        let mut n = 0.0;
        while tsfn.call(n, CallMode::Blocking).is_ok() {
            n += 1.0;
        }
        STOPPED_CALLERS.fetch_add(1, Ordering::SeqCst);
    });
    Ok(())
}

/// A class whose static method is async.
#[class]
pub struct Clock {
    ms: f64,
}

#[methods]
impl Clock {
    #[constructor]
    fn new(ms: f64) -> Self {
        Clock { ms }
    }

    #[getter]
    fn ms(&self) -> f64 {
        self.ms
    }

    /// Resolves with `ms` after `ms` milliseconds.
    async fn after(ms: u32) -> u32 {
        Delay::new(ms.into()).await;
        ms
    }
}
