//! `tick(count, callback)`: a Rust thread calls `callback(0)` ... `callback(count - 1)` through a thread-safe
//! function, and the returned Promise resolves with `count` after the last call.

use rnode_addon::prelude::*;

/// What the ticking thread sends to the JavaScript thread.
enum Message {
    Tick(u32),
    /// After the last tick: queued behind every tick from the same thread, so it runs after them.
    Done,
}

/// `tick(count, callback)`. If the callback throws, the remaining ticks are skipped and the Promise rejects
/// with the thrown value.
#[function]
fn tick(
    env: &Env,
    count: f64,
    #[ts_type = "(i: number) => void"] callback: Function,
) -> Result<Promise<u32>> {
    let count = tick_count(count)?;
    let (deferred, promise) = Promise::<u32>::new(env)?;
    let mut deferred = Some(deferred);
    let mut failure: Option<Error> = None;
    let ticks = ThreadsafeFunction::<Message>::builder()
        .callback(callback)
        .build_with_handler(env, move |_env, callback, message| {
            match message {
                Message::Tick(i) if failure.is_none() => {
                    let callback = callback.ok_or_else(|| Error::new("the callback is gone"))?;
                    if let Err(error) = callback.call::<JsValue>((i,)) {
                        failure = Some(error);
                    }
                }
                Message::Tick(_) => {}
                Message::Done => {
                    if let Some(deferred) = deferred.take() {
                        match failure.take() {
                            Some(error) => deferred.reject(error)?,
                            None => deferred.resolve(count)?,
                        }
                    }
                }
            }
            Ok(())
        })?;
    std::thread::Builder::new()
        .name("ticker".into())
        .spawn(move || {
            // Blocking calls from this one thread are queued, and so run, in order.
            for i in 0..count {
                if !ticks.call(Message::Tick(i), CallMode::Blocking).is_ok() {
                    return;
                }
            }
            let _ = ticks.call(Message::Done, CallMode::Blocking);
        })
        .map_err(|e| Error::new(format!("cannot start the ticker thread: {e}")))?;
    Ok(promise)
}

/// `count` must be an integer in 0..=2^32-1, as Node checks such arguments (`ERR_OUT_OF_RANGE`).
fn tick_count(count: f64) -> Result<u32> {
    if count.fract() != 0.0 || !(0.0..=f64::from(u32::MAX)).contains(&count) {
        return Err(Error::range_error(format!(
            "The value of \"count\" is out of range. It must be an integer >= 0 && <= {}. Received {count}",
            u32::MAX
        ))
        .with_code("ERR_OUT_OF_RANGE"));
    }
    Ok(count as u32)
}
