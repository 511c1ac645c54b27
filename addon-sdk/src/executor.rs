//! Where the futures of `async fn` exports run: a small pool of worker threads (std only), or the tokio runtime
//! with the `tokio` feature.
//!
//! The pool is a run queue of woken tasks served by a few threads. A task is re-queued when its waker fires
//! and polled by whichever worker takes it; the `queued` flag keeps it in the queue at most once, and is
//! cleared before each poll so that a wake during the poll queues it again rather than being lost.

use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::task::{Context, Poll};

/// Runs `future` to completion off the JavaScript thread and drops its output. With the `tokio` feature it
/// runs on a multi-threaded tokio runtime created on first use (so tokio's timers and I/O work inside it);
/// without it, on the SDK's worker threads.
pub fn spawn<F>(future: F)
where
    F: Future<Output = ()> + Send + 'static,
{
    #[cfg(feature = "tokio")]
    {
        tokio_runtime().spawn(future);
    }
    #[cfg(not(feature = "tokio"))]
    {
        pool::spawn(future);
    }
}

/// The tokio runtime async exports run on, created on first use.
#[cfg(feature = "tokio")]
pub fn tokio_runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .thread_name("rnode-addon-tokio")
            .enable_all()
            .build()
            .expect("rnode-addon: cannot start the tokio runtime")
    })
}

/// A future that turns a panic while polling `F` into `Err(panic payload)`.
pub(crate) struct CatchUnwind<F>(pub(crate) F);

impl<F: Future> Future for CatchUnwind<F> {
    type Output = std::thread::Result<F::Output>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: structural pinning: the inner future is never moved out of `self`.
        let inner = unsafe { self.map_unchecked_mut(|s| &mut s.0) };
        match catch_unwind(AssertUnwindSafe(|| inner.poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(v)) => Poll::Ready(Ok(v)),
            Err(payload) => Poll::Ready(Err(payload)),
        }
    }
}

#[cfg(not(feature = "tokio"))]
mod pool {
    use std::collections::VecDeque;
    use std::future::Future;
    use std::pin::Pin;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Condvar, Mutex, OnceLock};
    use std::task::{Context, Poll, Wake, Waker};

    type BoxFuture = Pin<Box<dyn Future<Output = ()> + Send>>;

    struct Task {
        /// `None` once the future has completed.
        future: Mutex<Option<BoxFuture>>,
        queued: AtomicBool,
        pool: &'static Pool,
    }

    impl Wake for Task {
        fn wake(self: Arc<Self>) {
            self.wake_by_ref();
        }

        fn wake_by_ref(self: &Arc<Self>) {
            if !self.queued.swap(true, Ordering::AcqRel) {
                self.pool.push(self.clone());
            }
        }
    }

    pub(super) struct Pool {
        queue: Mutex<VecDeque<Arc<Task>>>,
        ready: Condvar,
    }

    impl Pool {
        fn push(&self, task: Arc<Task>) {
            self.queue
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push_back(task);
            self.ready.notify_one();
        }

        fn pop(&self) -> Arc<Task> {
            let mut queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                if let Some(task) = queue.pop_front() {
                    return task;
                }
                queue = self.ready.wait(queue).unwrap_or_else(|e| e.into_inner());
            }
        }

        fn work(&'static self) {
            loop {
                let task = self.pop();
                task.queued.store(false, Ordering::Release);
                let waker = Waker::from(task.clone());
                let mut slot = task.future.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(future) = slot.as_mut() {
                    // A panic would kill this worker: it is contained here and ends the future (async
                    // exports wrap their futures in `CatchUnwind` to report it to JavaScript first).
                    let polled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        future.as_mut().poll(&mut Context::from_waker(&waker))
                    }));
                    if !matches!(polled, Ok(Poll::Pending)) {
                        *slot = None;
                    }
                }
            }
        }
    }

    /// Worker count: enough to overlap a few blocking-ish futures, few enough to stay out of the way of
    /// libuv's own thread pool.
    fn worker_count() -> usize {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
            .clamp(2, 4)
    }

    fn pool() -> &'static Pool {
        static POOL: OnceLock<&'static Pool> = OnceLock::new();
        POOL.get_or_init(|| {
            // Leaked on purpose: the workers live as long as the process (an addon is never unloaded while
            // its code may still run on them).
            let pool: &'static Pool = Box::leak(Box::new(Pool {
                queue: Mutex::new(VecDeque::new()),
                ready: Condvar::new(),
            }));
            for i in 0..worker_count() {
                std::thread::Builder::new()
                    .name(format!("rnode-addon-async-{i}"))
                    .spawn(move || pool.work())
                    .expect("rnode-addon: cannot start an executor thread");
            }
            pool
        })
    }

    pub(super) fn spawn<F>(future: F)
    where
        F: Future<Output = ()> + Send + 'static,
    {
        let pool = pool();
        let task = Arc::new(Task {
            future: Mutex::new(Some(Box::pin(future))),
            queued: AtomicBool::new(true),
            pool,
        });
        pool.push(task);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::sync::{Arc, Mutex};
    use std::task::Waker;
    use std::time::Duration;

    /// A future that completes on its second poll, after waking itself from another thread.
    struct YieldOnce {
        woken: Arc<Mutex<bool>>,
    }

    impl Future for YieldOnce {
        type Output = ();
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            let mut woken = self.woken.lock().unwrap();
            if *woken {
                return Poll::Ready(());
            }
            *woken = true;
            let waker: Waker = cx.waker().clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(5));
                waker.wake();
            });
            Poll::Pending
        }
    }

    #[test]
    fn runs_futures_to_completion_after_wakes() {
        let (tx, rx) = mpsc::channel();
        for i in 0..50 {
            let tx = tx.clone();
            spawn(async move {
                YieldOnce {
                    woken: Arc::new(Mutex::new(false)),
                }
                .await;
                tx.send(i).unwrap();
            });
        }
        let mut got: Vec<i32> = (0..50)
            .map(|_| rx.recv_timeout(Duration::from_secs(10)).unwrap())
            .collect();
        got.sort();
        assert_eq!(got, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn catch_unwind_reports_the_panic() {
        let (tx, rx) = mpsc::channel();
        spawn(async move {
            let out = CatchUnwind(async { panic!("inside the future") }).await;
            let message = match out {
                Ok(()) => "no panic".to_owned(),
                Err(payload) => payload
                    .downcast_ref::<&str>()
                    .map_or("a non-string payload", |s| s)
                    .to_owned(),
            };
            tx.send(message).unwrap();
        });
        let message = rx.recv_timeout(Duration::from_secs(10)).unwrap();
        assert!(message.contains("inside the future"), "{message}");
    }

    #[test]
    fn workers_survive_an_uncaught_panic() {
        for _ in 0..8 {
            spawn(async { panic!("not wrapped") });
        }
        let (tx, rx) = mpsc::channel();
        spawn(async move { tx.send(()).unwrap() });
        rx.recv_timeout(Duration::from_secs(10)).unwrap();
    }
}
