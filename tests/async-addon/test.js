'use strict';
// Exercises the async parts of rnode-addon through tests/async-addon.
// Usage: node test.js <path to async_addon.node> [tokio]   ("tokio": the addon was built with that feature)
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Worker } = require('worker_threads');

const addonPath = process.argv[2];
const withTokio = process.argv[3] === 'tokio';
const a = require(addonPath);

const tests = [];
function test(name, fn) {
  tests.push({ name, fn });
}

/** Runs `body` (JS source using `a`) in a child process; returns its status, stdout and stderr. */
function child(body, timeoutMs = 20000) {
  const script = `const a = require(${JSON.stringify(addonPath)});\n${body}`;
  const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: timeoutMs });
  return { status: out.status, signal: out.signal, stdout: out.stdout, stderr: out.stderr, error: out.error };
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('async fn: a Promise of the result, computed off the JS thread', async () => {
  const p = a.addLater(2, 3);
  assert.ok(p instanceof Promise);
  assert.strictEqual(await p, 5);
  assert.strictEqual(await a.addLater(1, 1, 30), 2);
  const worker = await a.threadName();
  assert.notStrictEqual(worker, a.jsThreadName());
  assert.match(worker, withTokio ? /^rnode-addon-tokio/ : /^rnode-addon-async-/);
});

test('async fn: arguments are checked on the call, before any Promise', () => {
  assert.throws(() => a.addLater('1', 2), (e) => e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message.startsWith('The "a" argument must be of type number'));
});

test('async fn: Err rejects with the error, a panic with its message, () resolves undefined', async () => {
  await assert.rejects(a.failLater('nope'), (e) => e instanceof RangeError && e.message === 'nope' && e.code === 'LATER');
  await assert.rejects(a.panicLater('kaboom'), (e) => e instanceof Error && e.code === 'ERR_RUST_PANIC' &&
    e.message.includes('kaboom'));
  assert.strictEqual(await a.nothing(), undefined);
});

test('async fn: many concurrent calls settle independently', async () => {
  const n = 200;
  const results = await Promise.all(Array.from({ length: n }, (_, i) => a.addLater(i, 1, i % 7)));
  results.forEach((r, i) => assert.strictEqual(r, i + 1));
});

test('an async static method returns a Promise', async () => {
  const p = a.Clock.after(5);
  assert.ok(p instanceof Promise);
  assert.strictEqual(await p, 5);
  assert.strictEqual(new a.Clock(3).ms, 3);
});

if (withTokio) {
  test('tokio feature: tokio timers work inside async fns', async () => {
    const start = Date.now();
    assert.strictEqual(await a.tokioSleep(50), 50);
    assert.ok(Date.now() - start >= 45);
  });
}

test('Task: compute on the thread pool, then resolve; finally runs each time', async () => {
  const before = a.finallyRuns();
  assert.strictEqual(await a.steps(21, 'none'), 42);
  await assert.rejects(a.steps(1, 'compute-error'), (e) => e.message === 'compute failed' && e.code === 'COMPUTE');
  assert.strictEqual(await a.steps(1, 'reject'), -1);
  assert.strictEqual(a.finallyRuns(), before + 3);
});

test('Task: panics in compute or resolve reject the Promise with the panic message', async () => {
  await assert.rejects(a.steps(1, 'compute'), (e) => e.code === 'ERR_RUST_PANIC' && e.message.includes('compute blew up'));
  await assert.rejects(a.steps(1, 'resolve'), (e) => e.code === 'ERR_RUST_PANIC' && e.message.includes('resolve blew up'));
});

test('Task with an AbortSignal: abort cancels a queued task with an AbortError; a running one completes', async () => {
  const isAbortError = (reason) => (e) => e.name === 'AbortError' && e.code === 'ABORT_ERR' &&
    e.message === 'The operation was aborted' && e.cause === reason;
  // Already aborted: rejects at once, nothing is computed.
  const done = new AbortController();
  done.abort('early');
  await assert.rejects(a.stepsWithSignal(1, 'none', done.signal), isAbortError('early'));
  // libuv's 4 pool threads are busy with slow tasks: the next task waits in the queue and can be cancelled.
  const busy = Array.from({ length: 4 }, () => a.stepsWithSignal(5, 'slow', new AbortController().signal));
  const controller = new AbortController();
  const queued = a.stepsWithSignal(1, 'none', controller.signal);
  const running = new AbortController();
  const reason = new Error('stop');
  controller.abort(reason);
  await assert.rejects(queued, isAbortError(reason));
  assert.deepStrictEqual(await Promise.all(busy), [10, 10, 10, 10]);
  // Aborting after completion changes nothing.
  assert.strictEqual(await a.stepsWithSignal(3, 'none', running.signal), 6);
  running.abort();
  assert.strictEqual(await a.stepsWithSignal(4, 'none'), 8);
  assert.throws(() => a.stepsWithSignal(1, 'none', {}), (e) => e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "signal" argument must be an instance of AbortSignal. Received an instance of Object');
});

test('ThreadsafeFunction argument: calls from a thread arrive in order on the JS thread', async () => {
  const seen = [];
  const values = Array.from({ length: 100 }, (_, i) => `v${i}`);
  await new Promise((resolve) => {
    a.callEach((v) => {
      seen.push(v);
      if (seen.length === values.length) resolve();
    }, values);
  });
  assert.deepStrictEqual(seen, values);
});

test('clones on many threads, a bounded queue and blocking calls: every call arrives, in order per thread', async () => {
  const threads = 8;
  const perThread = 500;
  const seen = Array.from({ length: threads }, () => []);
  let total = 0;
  await new Promise((resolve) => {
    a.callFromThreads((thread, i) => {
      seen[thread].push(i);
      if (++total === threads * perThread) resolve();
    }, threads, perThread);
  });
  for (const list of seen) assert.deepStrictEqual(list, Array.from({ length: perThread }, (_, i) => i));
});

test('ThreadsafeFunction argument: a non-function is an ERR_INVALID_ARG_TYPE naming it', () => {
  assert.throws(() => a.callEach(5, []), (e) => e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "callback" argument must be of type function. Received type number (5)');
});

test('call_with_return_value brings the result, or the exception, back to the calling thread', async () => {
  assert.strictEqual(await a.doubleOf((x) => x + 1, 4), 10);
  await assert.rejects(a.doubleOf(() => { throw new TypeError('bad callback'); }, 1),
    (e) => e instanceof TypeError && e.message === 'bad callback');
  await assert.rejects(a.doubleOf(() => { throw Object.assign(new RangeError('coded'), { code: 'E_CODED' }); }, 1),
    (e) => e instanceof RangeError && e.message === 'coded' && e.code === 'E_CODED');
  await assert.rejects(a.doubleOf(() => 'not a number', 1),
    (e) => e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE');
});

test('call_with_return_value on the JS thread fails instead of deadlocking', () => {
  assert.throws(() => a.returnOnJsThread(() => 1), (e) => e.code === 'ERR_RUST_TSFN_DEADLOCK');
});

test('a full queue: non-blocking calls report it; blocking ones on the JS thread do not wait', async () => {
  const seen = [];
  assert.deepStrictEqual(a.fillQueue((x) => seen.push(x)), ['ok', 'queue-full', 'queue-full']);
  await delay(20);
  assert.deepStrictEqual(seen, [1]);
});

test('abort: later calls report closing and queued calls are dropped', async () => {
  const seen = [];
  assert.deepStrictEqual(a.abortThenCall((x) => seen.push(x)), ['ok', 'ok', 'closing']);
  await delay(20);
  assert.deepStrictEqual(seen, []);
});

test('a throwing callback of a plain call is an uncaught exception', () => {
  const out = child(`
    process.on('uncaughtException', (e) => console.log('caught', e.message));
    a.callOnce(() => { throw new Error('from the callback'); });
  `);
  assert.strictEqual(out.status, 0, out.stderr);
  assert.strictEqual(out.stdout.trim(), 'caught from the callback');
  const crash = child(`a.callOnce(() => { throw new Error('nobody listens'); });`);
  assert.notStrictEqual(crash.status, 0);
  assert.match(crash.stderr, /nobody listens/);
});

test('a handler error or panic of a plain call is an uncaught exception with its message and code', () => {
  const out = child(`
    process.on('uncaughtException', (e) => console.log(e.code, e.message));
    a.handlerError('handler said no');
    a.handlerPanic('handler panicked');
  `);
  assert.strictEqual(out.status, 0, out.stderr);
  const lines = out.stdout.trim().split('\n').sort();
  assert.deepStrictEqual(lines, ['ERR_RUST_PANIC Rust panic: handler panicked', 'HANDLER handler said no']);
});

test('a ref\'d function keeps the process alive until released; an unref\'d one does not', () => {
  const kept = child(`a.hold((ms) => console.log('called after', ms), 300, false);`);
  assert.strictEqual(kept.status, 0, kept.stderr);
  assert.strictEqual(kept.stdout.trim(), 'called after 300');
  const start = Date.now();
  const free = child(`a.hold(() => console.log('called'), 10000, true);`);
  assert.strictEqual(free.status, 0, free.stderr);
  assert.strictEqual(free.stdout, '');
  assert.ok(Date.now() - start < 8000, 'the unref\'d function kept the process alive');
});

test('processes using async fns and tasks exit by themselves', () => {
  const out = child(`
    Promise.all([a.addLater(1, 2, 50), a.steps(2, 'none'), a.doubleOf((x) => x, 3)])
      .then((r) => console.log(r.join(',')));
  `);
  assert.strictEqual(out.status, 0, out.stderr);
  assert.strictEqual(out.stdout.trim(), '3,4,6');
});

test('a worker that shuts down with pending work: calling threads see Closing, nothing crashes', async () => {
  const before = a.stoppedCallers();
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    const a = require(${JSON.stringify(addonPath)});
    let calls = 0;
    // Still pending when the worker stops: their Promises go away with the worker's env, and the future
    // completes later, after its env is gone (the main thread waits for that below).
    a.addLater(1, 2, 300);
    a.steps(1, 'none');
    a.callUntilClosed(() => { if (++calls === 5) parentPort.postMessage('running'); });
  `, { eval: true });
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const deadline = Date.now() + 10000;
  while (a.stoppedCallers() === before && Date.now() < deadline) await delay(10);
  assert.strictEqual(a.stoppedCallers(), before + 1);
  await delay(500);
});

test('a thread blocked on a full queue wakes up with Closing when the worker shuts down', async () => {
  const before = a.stoppedCallers();
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    const a = require(${JSON.stringify(addonPath)});
    let calls = 0;
    a.blockUntilClosed(() => {
      if (++calls === 3) {
        parentPort.postMessage('running');
        // The JS thread stops taking items: the calling thread fills the queue and waits for room.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      }
    });
  `, { eval: true });
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await delay(50);
  await worker.terminate();
  const deadline = Date.now() + 10000;
  while (a.stoppedCallers() === before && Date.now() < deadline) await delay(10);
  assert.strictEqual(a.stoppedCallers(), before + 1);
});

(async () => {
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of tests) {
    try {
      await fn();
      passed++;
      console.log(`ok - ${name}`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${name}\n${String(e && e.stack).replace(/^/gm, '    ')}`);
    }
  }
  console.log(`async-addon: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
})();
