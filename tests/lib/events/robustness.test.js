'use strict';

// events, EventTarget and AbortController keep working when user code replaces built-in methods after loading.
// Each scenario runs once normally and once with the methods below replaced by throwing functions, and must give
// the same results. While patched, scenarios stay synchronous or wait on promises only (Node's own timers and
// console break under such patches); results are compared after the originals are back.

const { test } = require('../../support/runner.js');
const { builtin, builtinGlobal } = require('../../support/builtin.js');
const { assertSameWhenPatched } = require('../../support/patch-builtins.js');

const EventEmitter = builtin('events');
const EventTarget = builtinGlobal('EventTarget');
const Event = builtinGlobal('Event');
const CustomEvent = builtinGlobal('CustomEvent');
const AbortController = builtinGlobal('AbortController');
const AbortSignal = builtinGlobal('AbortSignal');

const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const patched = [
  [Array.prototype, ['push', 'pop', 'shift', 'unshift', 'splice', 'slice', 'map', 'filter', 'forEach', 'join',
    'indexOf', 'includes', 'concat', Symbol.iterator]],
  [ArrayIteratorPrototype, ['next']],
  [Function.prototype, ['call', 'apply', 'bind']],
  [Promise.prototype, ['then', 'catch', 'finally']],
  [Promise, ['resolve', 'reject']],
  [Object.prototype, ['hasOwnProperty']],
  [Object, ['keys', 'defineProperty', 'setPrototypeOf', 'getPrototypeOf', 'freeze']],
  [Reflect, ['apply', 'ownKeys']],
  [Map.prototype, ['get', 'set', 'has', 'delete']],
  [Set.prototype, ['add', 'has', 'delete']],
  [WeakRef.prototype, ['deref']],
  [String.prototype, ['slice', 'indexOf', 'split', 'replace', 'toLowerCase', 'startsWith']],
];

// AbortSignal.any() iterates its argument as Web IDL says, through the argument's own @@iterator: with the Array
// iterator patched, a generator stands in for the array.
function* iterate(...signals) {
  for (let i = 0; i < signals.length; i++) yield signals[i];
}

const scenarios = {
  emitter() {
    const log = [];
    const e = new EventEmitter();
    const f = (x) => { log[log.length] = `f${x}`; };
    const g = (x) => { log[log.length] = `g${x}`; };
    e.on('newListener', (type) => { log[log.length] = `new ${String(type)}`; });
    e.on('removeListener', (type) => { log[log.length] = `removed ${String(type)}`; });
    e.on('x', f);
    e.once('x', g);
    e.prependListener('x', g);
    e.prependOnceListener('x', f);
    e.on(Symbol.for('s'), f);
    e.emit('x', 1);
    e.emit('x', 2);
    e.on('x', () => { e.off('x', f); e.on('x', g); });
    e.emit('x', 3);
    e.emit('x', 4);
    const counts = [e.listenerCount('x'), e.listenerCount('x', g), e.listeners('x').length,
      e.rawListeners('x').length, e.eventNames().length];
    e.removeAllListeners('x');
    e.removeAllListeners();
    let unhandled;
    try { e.emit('error', 'plain value'); } catch (err) { unhandled = [err.code, err.context]; }
    const m = new EventEmitter();
    m.on(EventEmitter.errorMonitor, (err) => { log[log.length] = `monitor ${err.message}`; });
    m.on('error', (err) => { log[log.length] = `error ${err.message}`; });
    m.emit('error', new Error('handled'));
    return [log, counts, unhandled, EventEmitter.listenerCount(m, 'error'), m.getMaxListeners()];
  },
  async emitterStatics() {
    const e = new EventEmitter();
    const pending = EventEmitter.once(e, 'ready');
    e.emit('ready', 'a', 'b');
    const fromOnce = await pending;
    const it = EventEmitter.on(e, 'data', { close: ['end'] });
    e.emit('data', 1);
    e.emit('data', 2);
    e.emit('end');
    const seen = [];
    for await (const value of it) seen[seen.length] = value;
    const ac = new AbortController();
    const aborted = EventEmitter.once(e, 'never', { signal: ac.signal });
    ac.abort('stop');
    let reason;
    try { await aborted; } catch (err) { reason = [err.name, err.cause]; }
    const failing = EventEmitter.once(e, 'x');
    e.emit('error', new Error('rejects once'));
    let rejected;
    try { await failing; } catch (err) { rejected = err.message; }
    return [fromOnce, seen, reason, rejected, e.listenerCount('error'), e.listenerCount('data')];
  },
  eventTarget() {
    const log = [];
    const et = new EventTarget();
    const f = (ev) => { log[log.length] = `f ${ev.type} ${ev.eventPhase}`; };
    et.addEventListener('x', f);
    et.addEventListener('x', f);
    et.addEventListener('x', { handleEvent(ev) { log[log.length] = `object ${ev.type}`; } });
    et.addEventListener('x', (ev) => { ev.preventDefault(); }, { once: true });
    et.addEventListener('x', (ev) => { log[log.length] = `passive ${ev.defaultPrevented}`; }, { passive: true });
    const results = [et.dispatchEvent(new Event('x', { cancelable: true })), et.dispatchEvent(new Event('x'))];
    et.removeEventListener('x', f);
    et.dispatchEvent(new CustomEvent('x', { detail: 1 }));
    const ac = new AbortController();
    et.addEventListener('y', () => { log[log.length] = 'y'; }, { signal: ac.signal });
    et.dispatchEvent(new Event('y'));
    ac.abort();
    et.dispatchEvent(new Event('y'));
    EventEmitter.setMaxListeners(20, et);
    return [log, results, EventEmitter.getEventListeners(et, 'x').length, EventEmitter.getMaxListeners(et)];
  },
  abortSignals() {
    const log = [];
    const a = new AbortController();
    const b = new AbortController();
    const any = AbortSignal.any(iterate(a.signal, b.signal));
    const nested = AbortSignal.any(iterate(any, AbortSignal.any(iterate())));
    any.onabort = (ev) => { log[log.length] = `any ${ev.isTrusted}`; };
    nested.addEventListener('abort', () => { log[log.length] = `nested ${nested.reason}`; });
    const disposable = EventEmitter.addAbortListener(a.signal, () => { log[log.length] = 'addAbortListener'; });
    a.abort('first');
    b.abort('second');
    disposable[Symbol.dispose]();
    let thrown;
    try { a.signal.throwIfAborted(); } catch (err) { thrown = err; }
    const pre = AbortSignal.abort();
    return [log, any.reason, nested.reason, thrown, pre.aborted, pre.reason.name, b.signal.reason,
      typeof AbortSignal.timeout(1000)];
  },
};

for (const name of Object.keys(scenarios)) {
  test(`${name} works with patched built-ins`, () => assertSameWhenPatched(patched, scenarios[name]));
}
