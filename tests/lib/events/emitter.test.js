'use strict';

const { test } = require('../../support/runner.js');
const { layout, outcome, prng, same, tick } = require('./helpers.js');

test('module shape: keys, statics and prototype layout', () => same(({ events }) => {
  const statics = layout(events);
  // Node defines EventEmitterAsyncResource (on top of async_hooks); rnode's library does not have it yet.
  delete statics.EventEmitterAsyncResource;
  const keys = Object.keys(events).filter((k) => k !== 'EventEmitterAsyncResource');
  return {
    keys, statics, proto: layout(events.prototype),
    errorMonitor: String(events.errorMonitor),
    rejection: events.captureRejectionSymbol === Symbol.for('nodejs.rejection'),
    sameCtor: events.EventEmitter === events, name: events.name, length: events.length,
    instance: Object.keys(new events()), symbols: Object.getOwnPropertySymbols(new events()).map(String),
    usingDomains: events.usingDomains, defaultMax: events.defaultMaxListeners,
  };
}));

test('on/emit/once/prepend ordering, arguments and this', () => same(({ events: EE }) => {
  const e = new EE();
  const log = [];
  e.on('x', function(...args) { log.push(['a', this === e, args]); });
  e.prependListener('x', (...args) => log.push(['p', args]));
  e.once('x', (...args) => log.push(['o', args]));
  e.prependOnceListener('x', function() { log.push(['po', arguments.length, this === e]); });
  log.push(e.emit('x'), e.emit('x', 1), e.emit('x', 1, 2, 3), e.emit('nothing'), e.emit(Symbol.iterator));
  return log;
}));

test('chaining returns and listener validation', () => same(({ events: EE }) => {
  const e = new EE();
  const f = () => {};
  const r = [e.on('a', f) === e, e.addListener('a', f) === e, e.once('a', f) === e, e.prependListener('a', f) === e,
    e.prependOnceListener('a', f) === e, e.off('a', f) === e, e.removeListener('zz', f) === e,
    e.removeAllListeners('a') === e, e.removeAllListeners() === e, e.setMaxListeners(3) === e];
  const bad = [1, null, undefined, {}, 'f', Symbol('s'), 10n, [], true];
  for (const v of bad) {
    for (const m of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'removeListener', 'off']) {
      r.push(outcome(() => e[m]('x', v)));
    }
  }
  return r;
}));

test('listeners, rawListeners, listenerCount (with listener), eventNames with symbols', () => same(({ events: EE }) => {
  const e = new EE();
  const s = Symbol('sym');
  const f = () => {};
  const g = () => {};
  e.on('a', f); e.once('a', g); e.on(s, f); e.on('b', g); e.on('a', f);
  const ids = (list) => list.map((l) => (l === f ? 'f' : l === g ? 'g' : l.listener === g ? 'wrap(g)' : 'other'));
  const raw = e.rawListeners('a');
  return {
    names: e.eventNames().map(String), listeners: ids(e.listeners('a')), raw: ids(raw),
    rawName: raw[1].name, copies: e.listeners('a') !== e.listeners('a'),
    counts: [e.listenerCount('a'), e.listenerCount('a', f), e.listenerCount('a', g), e.listenerCount('a', raw[1]),
      e.listenerCount('b', g), e.listenerCount('b', f), e.listenerCount(s), e.listenerCount('none'),
      e.listenerCount('b', null), EE.listenerCount(e, 'a')],
    callRaw: (raw[1](), e.listenerCount('a')),
    single: ids(e.listeners('b')), none: e.listeners('zzz'),
  };
}));

test('removeListener removes the last match; once wrappers removable by original', () => same(({ events: EE }) => {
  const e = new EE();
  const log = [];
  const f = (x) => log.push(['f', x]);
  const g = (x) => log.push(['g', x]);
  e.on('removeListener', (type, l) => log.push(['removed', type, l === f ? 'f' : l === g ? 'g' : typeof l]));
  e.on('x', f); e.on('x', g); e.on('x', f);
  e.removeListener('x', f);
  e.emit('x', 1);
  e.once('y', g);
  e.off('y', g);
  log.push(e.emit('y', 2), e.eventNames());
  e.once('z', g);
  const [wrapper] = e.rawListeners('z');
  e.off('z', wrapper);
  e.on('w', f); e.once('w', g);
  const raw = e.rawListeners('w');
  e.off('w', raw[1]);
  log.push(e.eventNames(), e._eventsCount);
  return log;
}));

test('removal during emit affects the next emit only; once fires once under recursion', () => same(({ events: EE }) => {
  const e = new EE();
  const log = [];
  const b = () => log.push('b');
  e.on('x', () => { log.push('a'); e.off('x', b); e.on('x', () => log.push('late')); });
  e.on('x', b);
  e.emit('x');
  e.emit('x');
  let n = 0;
  e.once('r', () => { log.push(`once ${n}`); if (n++ < 3) e.emit('r'); });
  e.emit('r');
  log.push(e.listenerCount('r'));
  return log;
}));

test('newListener / removeListener events and removeAllListeners order', () => same(({ events: EE }) => {
  const e = new EE();
  const log = [];
  const fs = [1, 2, 3].map((i) => function named() { log.push(`f${i}`); });
  e.on('newListener', (type, l) => log.push(['new', String(type), fs.indexOf(l)]));
  e.on('x', fs[0]); e.once('x', fs[1]); e.on('y', fs[2]); e.on(Symbol('q'), fs[0]);
  e.on('removeListener', (type, l) => log.push(['rm', String(type), fs.indexOf(l)]));
  e.removeAllListeners('x');
  log.push(e.eventNames().map(String));
  e.on('x', fs[0]);
  e.removeAllListeners();
  log.push(e.eventNames(), e._eventsCount);
  // newListener fires before the listener is added.
  const e2 = new EE();
  e2.on('newListener', (type) => { if (type === 'x') log.push(['before', e2.listenerCount('x')]); });
  e2.on('x', () => {}); e2.on('x', () => {});
  e2.removeAllListeners('newListener');
  e2.removeAllListeners('nothing');
  log.push(e2.eventNames(), e2.listenerCount('x'));
  return log;
}));

test('unhandled error: Error thrown as is; other values wrapped with context', () => same(({ events: EE }) => {
  const r = [];
  const values = [undefined, null, 'foo', 42, { a: 1 }, [1, 2], Symbol('s'), 10n, () => {}, Object.create(null)];
  for (const v of values) {
    const e = new EE();
    try {
      e.emit('error', v, 'extra');
      r.push('no throw');
    } catch (err) {
      r.push({ code: err.code, message: err.message, ctor: err.constructor.name, same: err.context === v,
        keys: Object.keys(err), stackHead: err.stack.split('\n')[0] });
    }
  }
  const err = new TypeError('boom');
  try {
    new EE().emit('error', err);
  } catch (thrown) {
    r.push(thrown === err);
  }
  try {
    new EE().emit('error');
  } catch (thrown) {
    r.push(thrown.message);
  }
  const handled = new EE();
  handled.on('error', (x) => r.push(['handled', x]));
  r.push(handled.emit('error', 1));
  return r;
}));

test('errorMonitor sees errors first, also without error listeners', () => same(({ events: EE }) => {
  const log = [];
  const e = new EE();
  e.on(EE.errorMonitor, (err, x) => log.push(['monitor', err.message, x]));
  log.push(outcome(() => e.emit('error', new Error('one'), 'x')));
  e.on('error', (err) => log.push(['listener', err.message]));
  log.push(e.emit('error', new Error('two')));
  log.push(e.eventNames().map(String));
  return log;
}));

test('max listeners: warning text, properties, once per type, limits', () => same(({ events: EE }) => {
  const r = [];
  const e = new EE();
  for (let i = 0; i < 12; i++) e.on('x', () => {});
  for (let i = 0; i < 11; i++) e.on(Symbol('sym'), () => {});
  const s = Symbol('same');
  for (let i = 0; i < 11; i++) e.on(s, () => {});
  class Custom extends EE {}
  const c = new Custom();
  c.setMaxListeners(1);
  c.on('a', () => {}); c.prependListener('a', () => {}); c.once('a', () => {});
  const z = new EE().setMaxListeners(0);
  for (let i = 0; i < 20; i++) z.on('a', () => {});
  const inf = new EE().setMaxListeners(Infinity);
  for (let i = 0; i < 20; i++) inf.on('a', () => {});
  r.push(e.getMaxListeners(), c.getMaxListeners(), z.getMaxListeners(), inf.getMaxListeners());
  for (const v of [-1, NaN, 'a', null, undefined, 1.5, -0, Infinity]) {
    r.push(outcome(() => typeof new EE().setMaxListeners(v)));
  }
  return r;
}));

test('defaultMaxListeners: validated, read at add time', () => same(({ events: EE }) => {
  const r = [];
  const before = EE.defaultMaxListeners;
  for (const v of [-1, NaN, 'a', null, undefined, {}, 5, Infinity, 0]) {
    r.push(outcome(() => { EE.defaultMaxListeners = v; return EE.defaultMaxListeners; }));
  }
  EE.defaultMaxListeners = 2;
  const e = new EE();
  e.on('x', () => {}); e.on('x', () => {}); e.on('x', () => {});
  r.push(e.getMaxListeners(), EE.getMaxListeners(e));
  EE.defaultMaxListeners = before;
  return r;
}));

test('captureRejections: option, static switch, nodejs.rejection handler, error event', async () => {
  await same(async ({ events: EE }) => {
    const r = [];
    r.push(outcome(() => new EE({ captureRejections: 1 })), outcome(() => new EE({ captureRejections: 'yes' })));
    r.push(outcome(() => { EE.captureRejections = 1; }), EE.captureRejections);
    new EE({ captureRejections: false }); new EE(null); new EE(5); new EE({ captureRejections: 0 });

    const e = new EE({ captureRejections: true });
    e.on('x', async (v) => { throw new Error(`bad ${v}`); });
    e.on('error', (err) => r.push(['error event', err.message]));
    e.emit('x', 1);

    const h = new EE({ captureRejections: true });
    h[Symbol.for('nodejs.rejection')] = (err, type, ...args) => r.push(['handler', err.message, type, args]);
    h.on('y', () => Promise.reject(new Error('rej')));
    h.on('y', () => ({ then(resolve, reject) { reject(new Error('thenable')); } }));
    h.emit('y', 'a', 'b');

    EE.captureRejections = true;
    const g = new EE();
    EE.captureRejections = false;
    g.on('error', (err) => r.push(['static', err.message]));
    g.on('z', async () => { throw new Error('static on'); });
    g.emit('z');
    const off = new EE();
    off.on('z', async () => {}); off.emit('z');

    const badThen = new EE({ captureRejections: true });
    badThen.on('error', (err) => r.push(['then getter', err.message]));
    badThen.on('q', () => ({ get then() { throw new Error('getter'); } }));
    badThen.emit('q');

    await tick();
    await tick();
    return r;
  });
});

test('generated add/remove/emit sequences behave identically', async () => {
  for (let seed = 1; seed <= 40; seed++) {
    await same(({ events: EE }) => {
      const rand = prng(seed);
      const e = new EE();
      const log = [];
      const types = ['a', 'b', Symbol.for('c'), 'newListener', 'removeListener'];
      const fns = [];
      for (let i = 0; i < 6; i++) fns.push(function(...args) { log.push([i, String(this === e), args.length]); });
      const pick = (list) => list[Math.floor(rand() * list.length)];
      const id = (l) => { const i = fns.indexOf(l); return i >= 0 ? i : fns.indexOf(l.listener) + 100; };
      for (let step = 0; step < 60; step++) {
        const op = Math.floor(rand() * 9);
        const type = pick(types);
        const fn = pick(fns);
        switch (op) {
          case 0: e.on(type, fn); break;
          case 1: e.once(type, fn); break;
          case 2: e.prependListener(type, fn); break;
          case 3: e.prependOnceListener(type, fn); break;
          case 4: e.removeListener(type, fn); break;
          case 5: log.push(['emit', e.emit(type, step)]); break;
          case 6: if (rand() < 0.2) e.removeAllListeners(type); break;
          case 7: log.push(['count', e.listenerCount(type), e.listenerCount(type, fn)]); break;
          default: log.push(['raw', e.rawListeners(type).map(id), e.listeners(type).map(id)]);
        }
        log.push(e.eventNames().map(String), e._eventsCount);
      }
      return log;
    });
  }
});

test('subclassing, EventEmitter.call and init, shape mode', () => same(({ events: EE }) => {
  function Old() { EE.call(this); }
  Object.setPrototypeOf(Old.prototype, EE.prototype);
  const o = new Old();
  const log = [];
  o.on('x', (v) => log.push(v));
  o.emit('x', 1);
  class Pre extends EE {
    constructor() {
      super();
    }
  }
  const p = new Pre();
  // An object that set its own _events before the constructor ran keeps it ("shape mode").
  const shaped = Object.create(EE.prototype);
  shaped._events = { data: undefined, end: undefined };
  EE.call(shaped);
  const f = () => log.push('data');
  shaped.on('removeListener', (t) => log.push(['removed', t]));
  shaped.on('data', f);
  log.push(shaped.eventNames(), shaped._eventsCount, shaped.emit('data'), shaped.emit('end'));
  shaped.off('data', f);
  log.push(shaped.eventNames(), shaped._eventsCount, Object.keys(shaped._events), shaped.emit('data'));
  shaped.removeAllListeners();
  log.push(shaped.eventNames(), shaped._eventsCount);
  const init = Object.create(EE.prototype);
  EE.init.call(init, { captureRejections: true });
  log.push(Object.keys(init), init._maxListeners, p._maxListeners, Object.keys(p));
  return log;
}));

test('prototype methods are not reached through patched globals', () => same(({ events: EE }) => {
  const e = new EE();
  const log = [];
  e.on('x', (v) => log.push(v));
  e.on('x', (v) => log.push(v * 2));
  const saved = [Array.prototype.push, Function.prototype.apply, Function.prototype.call, Array.prototype.slice];
  let result;
  try {
    Array.prototype.slice = () => { throw new Error('patched slice'); };
    Function.prototype.apply = () => { throw new Error('patched apply'); };
    Function.prototype.call = () => { throw new Error('patched call'); };
    result = [e.emit('x', 3), e.listeners('x').length, e.rawListeners('x').length];
    e.removeAllListeners('x');
  } finally {
    [Array.prototype.push, Function.prototype.apply, Function.prototype.call, Array.prototype.slice] = saved;
  }
  return [result, log];
}));

test('inspected emitters look the same (listener arrays carry their emitting counter)', () => same(({ events: EE }) => {
  const { inspect } = require('util');
  const e = new EE();
  const named = function named() {};
  e.on('one', named);
  e.on('two', named); e.once('two', named);
  e.setMaxListeners(1);
  e.on('three', named); e.on('three', named);
  return [inspect(e), inspect(e, { showHidden: true }), inspect(new EE({ captureRejections: true }))];
}));

test('an unhandled Error carries the stack-enhancing function for the uncaught-exception report', () =>
  same(({ events: EE }) => {
    const r = [];
    class Foo extends EE {}
    // Headers and the first two frames under each, when they are frames of this file: deeper frames differ
    // between the two runs (the first runs synchronously from the test, the second after an await).
    const local = (text) => {
      const out = [];
      let frames = 0;
      for (const line of text.split('\n')) {
        if (!line.startsWith('    at ')) {
          out.push(line);
          frames = 0;
        } else if (frames++ < 2 && line.includes(__filename)) {
          out.push(line.replace(/:\d+:\d+\)$/, ')'));
        }
      }
      return out;
    };
    for (const make of [() => new EE(), () => new Foo(), () => Object.assign(new EE(), { constructor: null })]) {
      const err = new Error('boom');
      function emitIt(e) { e.emit('error', err); }
      try {
        emitIt(make());
      } catch (thrown) {
        r.push(thrown === err);
      }
      const symbols = Object.getOwnPropertySymbols(err);
      const desc = Object.getOwnPropertyDescriptor(err, symbols[0]);
      r.push(symbols.map(String), desc.enumerable, desc.writable, desc.configurable, desc.value.name,
        local(desc.value()), Object.keys(err));
    }
    const custom = new Error('custom');
    custom.stack = 'only a header';
    try { new EE().emit('error', custom); } catch {}
    r.push(local(custom[Object.getOwnPropertySymbols(custom)[0]]()));
    const frozen = Object.freeze(new Error('frozen'));
    r.push(outcome(() => new EE().emit('error', frozen)).threw.message);
    return r;
  }));
