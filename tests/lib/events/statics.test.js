'use strict';

const { test } = require('../../support/runner.js');
const { asyncOutcome, outcome, same, tick } = require('./helpers.js');

const watermark = Symbol.for('nodejs.watermarkData');

test('once(): resolves with the arguments, rejects on error, validates', () => same(async ({ events: EE }) => {
  const r = [];
  const e = new EE();
  const p = EE.once(e, 'x');
  r.push(e.listenerCount('x'), e.listenerCount('error'));
  e.emit('x', 1, 2);
  r.push(await p, e.listenerCount('x'), e.listenerCount('error'));
  const q = EE.once(e, 'y');
  e.emit('error', new Error('bad'));
  r.push(await asyncOutcome(() => q), e.listenerCount('y'));
  const perr = EE.once(e, 'error');
  r.push(e.listenerCount('error'));
  e.emit('error', 'as value');
  r.push(await perr);
  for (const options of [5, null, 'x', { signal: 1 }, { signal: {} }, { signal: null }]) {
    r.push(await asyncOutcome(() => EE.once(e, 'z', options)));
  }
  r.push(await asyncOutcome(() => EE.once(1, 'x')), await asyncOutcome(() => EE.once(null, 'x')));
  r.push(EE.once.length, EE.once(e, 'w') instanceof Promise);
  return r;
}));

test('once(): abort signal, before and while waiting', () => same(async (impl) => {
  const { events: EE } = impl;
  const r = [];
  const e = new EE();
  r.push(await asyncOutcome(() => EE.once(e, 'x', { signal: impl.AbortSignal.abort('early') })));
  const ac = new impl.AbortController();
  const p = EE.once(e, 'x', { signal: ac.signal });
  r.push(e.listenerCount('x'), e.listenerCount('error'));
  ac.abort('later');
  const out = await asyncOutcome(() => p);
  r.push(out, e.listenerCount('x'), e.listenerCount('error'));
  try {
    await EE.once(e, 'x', { signal: impl.AbortSignal.abort('cause') });
  } catch (err) {
    r.push(err.cause, err.name, err.code, err.constructor.name);
  }
  const ac2 = new impl.AbortController();
  const p2 = EE.once(e, 'x', { signal: ac2.signal });
  e.emit('x', 'done');
  r.push(await p2);
  ac2.abort();
  return r;
}));

test('once(): EventTargets resolve with the event, stopImmediatePropagation does not stop it', () =>
  same(async (impl) => {
    const { events: EE } = impl;
    const et = new impl.EventTarget();
    et.addEventListener('foo', (ev) => ev.stopImmediatePropagation());
    const p = EE.once(et, 'foo');
    et.dispatchEvent(new impl.Event('foo'));
    const [ev] = await p;
    const et2 = new impl.EventTarget();
    const p2 = EE.once(et2, 'error');
    et2.dispatchEvent(new impl.Event('error'));
    return [ev instanceof impl.Event, ev.type, EE.getEventListeners(et, 'foo').length, (await p2).length];
  }));

test('on(): async iteration over events, errors and close events', () => same(async ({ events: EE }) => {
  const r = [];
  const e = new EE();
  const it = EE.on(e, 'x', { close: ['end'] });
  r.push(Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf(
    Object.getPrototypeOf((async function* () {})()))), Object.keys(it), it[Symbol.asyncIterator]() === it);
  r.push(e.listenerCount('x'), e.listenerCount('error'), e.listenerCount('end'));
  e.emit('x', 1);
  e.emit('x', 2, 3);
  r.push(await it.next(), await it.next());
  const pending = it.next();
  setImmediate(() => { e.emit('x', 4); e.emit('end'); e.emit('x', 5); });
  r.push(await pending, await it.next(), await it.next());
  r.push(e.listenerCount('x'), e.listenerCount('error'), e.listenerCount('end'));

  const it2 = EE.on(e, 'y');
  e.emit('y', 'a');
  e.emit('error', new Error('E1'));
  e.emit('y', 'b');
  r.push(await asyncOutcome(() => it2.next()), await asyncOutcome(() => it2.next()),
    await asyncOutcome(() => it2.next()));

  const it3 = EE.on(e, 'y');
  const w1 = it3.next();
  const w2 = it3.next();
  e.emit('error', new Error('E2'));
  r.push(await asyncOutcome(() => w1), await w2);

  const it4 = EE.on(e, 'y');
  r.push(await it4.return(), await it4.next(), e.listenerCount('y'));

  const it5 = EE.on(e, 'y');
  r.push(outcome(() => it5.throw(1)), outcome(() => it5.throw()), outcome(() => it5.throw(new Error('thrown'))));
  r.push(await asyncOutcome(() => it5.next()), await it5.next());

  const collected = [];
  const it6 = EE.on(e, 'z');
  setImmediate(() => { e.emit('z', 1); e.emit('z', 2); e.emit('z', 3); });
  for await (const value of it6) {
    collected.push(value);
    if (collected.length === 3) break;
  }
  r.push(collected, e.listenerCount('z'));

  const it7 = EE.on(e, 'error');
  e.emit('error', 'as event');
  r.push(await it7.next(), e.listenerCount('error'));
  await it7.return();
  return r;
}));

test('on(): validation and abort signal', () => same(async (impl) => {
  const { events: EE } = impl;
  const r = [];
  const e = new EE();
  for (const options of [5, null, 'x', { signal: 1 }, { highWaterMark: 0 }, { highWatermark: 0 }, { lowWaterMark: 'a' },
    { lowWatermark: 0 }, { highWaterMark: 1.5 }, { signal: 1, highWaterMark: 0 },
    { signal: impl.AbortSignal.abort(), highWaterMark: 0 }, { close: 'ab' }, { close: 5 }]) {
    r.push(outcome(() => typeof EE.on(e, 'x', options)));
  }
  r.push(EE.on.length, e.eventNames());
  e.removeAllListeners();
  const ac = new impl.AbortController();
  const it = EE.on(e, 'x', { signal: ac.signal });
  e.emit('x', 7);
  ac.abort('why');
  r.push(await asyncOutcome(() => it.next()));
  try {
    await it.next();
  } catch (err) {
    r.push(err.name, err.code, err.message, err.cause);
  }
  r.push(await it.next(), e.eventNames());
  const ac2 = new impl.AbortController();
  const it2 = EE.on(e, 'x', { signal: ac2.signal });
  const waiting = it2.next();
  ac2.abort();
  r.push((await asyncOutcome(() => waiting)).threw.name);
  return r;
}));

test('on(): high and low watermarks pause and resume the emitter', () => same(async ({ events: EE }) => {
  const log = [];
  const e = new EE();
  e.pause = () => log.push('pause');
  e.resume = () => log.push('resume');
  const it = EE.on(e, 'x', { highWaterMark: 3, lowWaterMark: 1 });
  const data = it[watermark];
  log.push(Object.keys(data), data.high, data.low);
  for (let i = 0; i < 6; i++) {
    e.emit('x', i);
    log.push(`${data.size}:${data.isPaused}`);
  }
  for (let i = 0; i < 6; i++) {
    const v = await it.next();
    log.push(`${JSON.stringify(v)}:${data.size}:${data.isPaused}`);
  }
  const it2 = EE.on(e, 'y', { highWatermark: 2, lowWatermark: 2 });
  e.emit('y'); e.emit('y'); e.emit('y');
  await it2.next();
  log.push(it2[watermark].size, it2[watermark].isPaused, it2[watermark].high, it2[watermark].low);
  return log;
}));

test('on(): EventTargets yield [event]', () => same(async (impl) => {
  const { events: EE } = impl;
  const et = new impl.EventTarget();
  const it = EE.on(et, 'foo');
  et.dispatchEvent(new impl.Event('foo'));
  et.dispatchEvent(new impl.CustomEvent('foo', { detail: 3 }));
  const a = await it.next();
  const b = await it.next();
  const before = EE.getEventListeners(et, 'foo').length;
  await it.return();
  return [a.value.length, a.value[0].type, b.value[0].detail, before, EE.getEventListeners(et, 'foo').length];
}));

test('getEventListeners / getMaxListeners / setMaxListeners on emitters and targets', () => same((impl) => {
  const { events: EE } = impl;
  const r = [];
  const e = new EE();
  const f = () => {};
  e.on('x', f); e.once('x', f);
  const et = new impl.EventTarget();
  const obj = { handleEvent() {} };
  et.addEventListener('x', f);
  et.addEventListener('x', obj, { once: true });
  et.addEventListener('x', f, { capture: true });
  r.push(EE.getEventListeners(e, 'x').map((l) => l === f), EE.getEventListeners(et, 'x').map((l) => l === f || l === obj),
    EE.getEventListeners(et, 'none'), EE.getEventListeners(e, 'none'));
  for (const bad of [{}, null, undefined, 5, 'x']) {
    r.push(outcome(() => EE.getEventListeners(bad, 'x')), outcome(() => EE.getMaxListeners(bad)),
      outcome(() => EE.setMaxListeners(3, bad)));
  }
  r.push(EE.getMaxListeners(e), EE.getMaxListeners(et));
  EE.setMaxListeners(3, e, et);
  r.push(EE.getMaxListeners(e), EE.getMaxListeners(et), e.getMaxListeners());
  for (const n of [-1, NaN, 'x', null]) r.push(outcome(() => EE.setMaxListeners(n, e)));
  const before = EE.defaultMaxListeners;
  EE.setMaxListeners(4);
  r.push(EE.defaultMaxListeners, new EE().getMaxListeners(), EE.getMaxListeners(new impl.EventTarget()));
  EE.setMaxListeners();
  r.push(EE.defaultMaxListeners);
  EE.defaultMaxListeners = before;
  const signal = new impl.AbortController().signal;
  r.push(EE.getMaxListeners(signal));
  EE.setMaxListeners(1, signal);
  signal.addEventListener('abort', () => {});
  signal.addEventListener('abort', () => {});
  return r;
}));

test('listenerCount static, including objects that are not emitters', () => same(({ events: EE }) => {
  const e = new EE();
  e.on('x', () => {});
  const fake = { listenerCount: (t) => `fake ${t}` };
  return [EE.listenerCount(e, 'x'), EE.listenerCount(e, 'y'), EE.listenerCount(fake, 'x'),
    EE.listenerCount({ _events: { x: [1, 2, 3] } }, 'x'), outcome(() => EE.listenerCount(null, 'x')).threw?.constructor];
}));

test('addAbortListener: validation, call on abort, dispose, already aborted', () => same(async (impl) => {
  const { events: EE } = impl;
  const r = [];
  for (const args of [[], [1], [undefined, () => {}], [{}, () => {}], [impl.AbortSignal.abort(), 1],
    [impl.AbortSignal.abort()]]) {
    r.push(outcome(() => typeof EE.addAbortListener(...args)));
  }
  const ac = new impl.AbortController();
  const disposable = EE.addAbortListener(ac.signal, (ev) => r.push(['called', ev.type, ev.isTrusted]));
  r.push(Object.getPrototypeOf(disposable), Reflect.ownKeys(disposable).map(String),
    typeof disposable[Symbol.dispose]);
  ac.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
  ac.abort();
  const ac2 = new impl.AbortController();
  const d2 = EE.addAbortListener(ac2.signal, () => r.push('never'));
  d2[Symbol.dispose]();
  d2[Symbol.dispose]();
  ac2.abort();
  const d3 = EE.addAbortListener(impl.AbortSignal.abort(), (...args) => r.push(['already', args.length]));
  r.push('sync end');
  d3[Symbol.dispose]();
  await tick();
  r.push(EE.addAbortListener.length);
  return r;
}));

test('once() and on() settle in the same microtask order as Node', () => same(async (impl) => {
  const { events: EE } = impl;
  const log = [];
  const e = new EE();
  const p = EE.once(e, 'x');
  e.emit('x', 1);
  PromiseResolveThen(p, () => log.push('once resolved'));
  for (let i = 0; i < 5; i++) PromiseResolveThen(Promise.resolve(), () => log.push(`tick ${i}`));
  const q = EE.once(e, 'y');
  e.emit('error', new Error('rejects'));
  PromiseResolveThen(q, undefined, () => log.push('once rejected'));
  const r = EE.once(e, 'z', 5);
  PromiseResolveThen(r, undefined, () => log.push('once invalid'));
  const ac = new impl.AbortController();
  const s = EE.once(e, 'w', { signal: ac.signal });
  ac.abort();
  PromiseResolveThen(s, undefined, () => log.push('once aborted'));
  const it = EE.on(e, 'v');
  e.emit('v', 1);
  PromiseResolveThen(it.next(), () => log.push('on next'));
  const pending = it.next();
  e.emit('v', 2);
  PromiseResolveThen(pending, () => log.push('on pending next'));
  for (let i = 5; i < 10; i++) PromiseResolveThen(Promise.resolve(), () => log.push(`tick ${i}`));
  await new Promise((resolve) => setImmediate(resolve));
  return log;
}));

function PromiseResolveThen(promise, onFulfilled, onRejected) {
  return Promise.prototype.then.call(promise, onFulfilled, onRejected);
}

test('on(): non-emitters, EventTarget close events, captureRejections with once', () => same(async (impl) => {
  const { events: EE } = impl;
  const r = [];
  for (const bad of [1, {}, null]) r.push(outcome(() => typeof EE.on(bad, 'x')));
  const et = new impl.EventTarget();
  const it = EE.on(et, 'data', { close: ['end'] });
  et.dispatchEvent(new impl.Event('data'));
  et.dispatchEvent(new impl.Event('end'));
  et.dispatchEvent(new impl.Event('data'));
  r.push((await it.next()).value[0].type, await it.next(), EE.getEventListeners(et, 'end').length,
    EE.getEventListeners(et, 'data').length);
  const e = new EE({ captureRejections: true });
  e.on('error', (err) => r.push(['error', err.message]));
  e.once('x', async () => { throw new Error('from once'); });
  e.prependOnceListener('x', () => Promise.reject(new Error('prepended')));
  e.emit('x');
  class WithHandler extends EE {
    [Symbol.for('nodejs.rejection')](err, type, ...args) {
      r.push(['handler', err.message, type, args]);
    }
  }
  const w = new WithHandler({ captureRejections: true });
  w.once('y', async (a) => { throw new Error(`once ${a}`); });
  w.emit('y', 'arg');
  const errorRejects = new EE({ captureRejections: true });
  errorRejects.on('error', async (err) => { r.push(['error listener', err.message]); });
  errorRejects.on('z', async () => { throw new Error('z'); });
  errorRejects.emit('z');
  await tick();
  await tick();
  return r;
}));

test('the constructor calls EventEmitter.init as it is at construction time, replaced or restored', () =>
  same(({ events: EE }) => {
    const r = [];
    const original = EE.init;
    try {
      EE.init = function (opts) {
        r.push(this instanceof EE, opts);
        this.custom = opts;
      };
      const a = new EE(7);
      r.push(a.custom, a._events === EE.prototype._events, a._eventsCount, a.listenerCount('x'));
      a.on('x', () => r.push('x ran'));
      r.push(a.emit('x'), a.listenerCount('x'));
    } finally {
      EE.init = original;
    }
    const b = new EE({ captureRejections: true });
    r.push(b.custom, Object.getPrototypeOf(b._events), b._eventsCount, b[Symbol.for('nodejs.rejection')]);
    r.push(outcome(() => new EE({ captureRejections: 1 })));
    return r;
  }));
