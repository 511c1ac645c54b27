'use strict';

// Differential scenarios for the stream tests: the same scenario runs once against rnode's stream module and once
// against Node's, each recording a log of what it observed (events, callbacks, data, errors, tick markers); the
// two logs must be identical.

const assert = require('assert');
const { builtin, reference } = require('../../support/builtin.js');
const { test } = require('../../support/runner.js');

const mine = {
  stream: builtin('stream'),
  promises: builtin('stream/promises'),
  Buffer: builtin('buffer').Buffer,
  Blob: builtin('buffer').Blob,
  events: builtin('events'),
};
const theirs = {
  stream: reference('stream'),
  promises: reference('stream/promises'),
  Buffer: reference('buffer').Buffer,
  Blob: reference('buffer').Blob,
  events: reference('events'),
};

// Values are reduced to plain data that means the same on both sides (the two Buffer classes differ, and so do
// error stacks).
function norm(value, seen = new Set()) {
  if (value === null || value === undefined) return value;
  if (typeof value === 'bigint' || typeof value === 'symbol') return String(value);
  if (typeof value === 'function') return `[function ${value.name}]`;
  if (typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Uint8Array) return `<bytes ${Buffer.from(value.buffer, value.byteOffset, value.length).toString('hex')}>`;
  if (value instanceof Error) {
    const out = { error: value.name, message: value.message };
    if (value.code !== undefined) out.code = value.code;
    if (value.cause !== undefined) out.cause = norm(value.cause, seen);
    if (Array.isArray(value.errors)) out.errors = value.errors.map((e) => norm(e, seen));
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => norm(v, seen));
  if (typeof value.pipe === 'function' && typeof value.on === 'function') return '[stream]';
  const out = {};
  for (const key of Object.keys(value)) out[key] = norm(value[key], seen);
  return out;
}

function makeLog() {
  const entries = [];
  const log = (...args) => {
    if (log.closed) return;
    entries.push(args.length === 1 ? norm(args[0]) : args.map((a) => norm(a)));
  };
  log.entries = entries;
  return log;
}

const kAllEvents = ['data', 'readable', 'end', 'finish', 'prefinish', 'close', 'error', 'pause', 'resume', 'drain',
  'pipe', 'unpipe'];

// Records the given events of `stream` under `name`. 'data' and 'readable' change a stream's mode, so they are
// recorded only when asked for.
function record(log, stream, name, events = ['end', 'finish', 'close', 'error']) {
  for (const ev of events) {
    stream.on(ev, (...args) => {
      if (ev === 'pipe' || ev === 'unpipe') args = [];
      log(`${name}:${ev}`, ...args);
    });
  }
  return stream;
}

function tick(n = 1) {
  return new Promise((resolve) => {
    let left = n;
    const step = () => (--left <= 0 ? setImmediate(resolve) : setImmediate(step));
    setImmediate(step);
  });
}

// Logs a few nextTick and microtask markers, so that the log shows on which tick each event happened.
function markTicks(log, count = 4) {
  let i = 0;
  const nt = () => {
    log(`tick ${i}`);
    if (++i < count) process.nextTick(nt);
  };
  process.nextTick(nt);
}

const kTimeoutMs = 5000;

async function runOne(impl, scenario) {
  const log = makeLog();
  const onUncaught = (err) => log('uncaught', err);
  process.on('uncaughtException', onUncaught);
  // A scenario that waits for an event that never comes would let the process exit quietly: time it out.
  let timer;
  const timeout = new Promise((resolve, reject) => {
    const which = impl === mine ? "rnode's module" : "node's module";
    timer = setTimeout(() => reject(new Error(`scenario did not finish within ${kTimeoutMs} ms (${which})`)),
      kTimeoutMs);
  });
  try {
    await Promise.race([scenario(impl, log), timeout]);
  } catch (err) {
    if (err.message.startsWith('scenario did not finish')) throw err;
    log('threw', err);
  } finally {
    clearTimeout(timer);
  }
  await tick(6);
  process.off('uncaughtException', onUncaught);
  // Whatever the scenario still does later must not leak into the comparison.
  log.closed = true;
  return log.entries;
}

// Registers a differential test. `scenario(impl, log)` gets { stream, promises, Buffer } and a log function.
function diff(name, scenario) {
  test(name, async () => {
    const expected = await runOne(theirs, scenario);
    const actual = await runOne(mine, scenario);
    assert.deepStrictEqual(actual, expected);
  });
}

// The outcome of a synchronous call, errors included, in comparable form.
function outcome(fn) {
  try {
    return { value: norm(fn()) };
  } catch (err) {
    return { threw: norm(err), type: err.constructor.name };
  }
}

module.exports = { diff, kAllEvents, markTicks, mine, norm, outcome, record, theirs, tick, test };
