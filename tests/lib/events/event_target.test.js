'use strict';

const { test } = require('../../support/runner.js');
const { layout, outcome, same, tick } = require('./helpers.js');

function stripTimeStamps(text) {
  return text.replace(/timeStamp: [\d.]+/g, 'timeStamp: N');
}

test('class shapes: Event, CustomEvent, EventTarget prototypes and statics', () => same((impl) => {
  const shape = {};
  for (const name of ['Event', 'CustomEvent', 'EventTarget']) {
    const C = impl[name];
    const statics = layout(C);
    const proto = layout(C.prototype);
    // Node's internal hooks (kNewListener, kHybridDispatch, ...) are not part of the API.
    for (const k of Object.keys(proto)) if (/^Symbol\(k|^Symbol\(nodejs\.internal/.test(k)) delete proto[k];
    shape[name] = { statics, proto, tag: Object.prototype.toString.call(name === 'EventTarget' ? new C() : new C('x')) };
  }
  // Node keeps an Event's state in own symbol-keyed properties, rnode in private fields: Reflect.ownKeys differs.
  shape.targetIsEventTarget = impl.EventTarget[Symbol.for('nodejs.event_target')];
  return shape;
}));

test('Event: constructor options and validation', () => same(({ Event, CustomEvent }) => {
  const r = [];
  for (const args of [[], ['x', 5], ['x', null], ['x', []], ['x', () => {}], ['x', 'str'], [Symbol('s')],
    [Symbol('s'), 5], [undefined], [null], [12], [{ toString: () => 'custom' }], ['x', { cancelable: 1, bubbles: 'y',
      composed: {} }], ['x', { cancelable: 0 }]]) {
    for (const C of [Event, CustomEvent]) {
      r.push(outcome(() => {
        const e = new C(...args);
        return [e.type, e.cancelable, e.bubbles, e.composed, e.defaultPrevented, e.isTrusted, e.eventPhase,
          e.target, e.currentTarget, e.srcElement, e.returnValue, e.cancelBubble, e.composedPath(),
          typeof e.timeStamp, C === CustomEvent ? e.detail : 'n/a'];
      }));
    }
  }
  r.push(new CustomEvent('x', { detail: { a: 1 } }).detail, new CustomEvent('x', { detail: undefined }).detail,
    new CustomEvent('x', { detail: 0 }).detail, Event.length, CustomEvent.length);
  return r;
}));

test('Event: invalid this for every accessor and method', () => same(({ Event, CustomEvent }) => {
  const r = [];
  for (const key of Reflect.ownKeys(Event.prototype)) {
    const desc = Object.getOwnPropertyDescriptor(Event.prototype, key);
    if (key === 'constructor' || typeof key === 'symbol') continue;
    if (desc.get) r.push([key, outcome(() => desc.get.call({})), outcome(() => desc.get.call(undefined))]);
    if (desc.set) r.push([key, 'set', outcome(() => desc.set.call({}, true))]);
    if (typeof desc.value === 'function') r.push([key, outcome(() => desc.value.call({}))]);
  }
  const detail = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get;
  r.push(outcome(() => detail.call(new Event('x'))), outcome(() => detail.call({})));
  return r;
}));

test('Event: preventDefault, returnValue, cancelBubble, stopPropagation, initEvent', () => same(({ Event }) => {
  const r = [];
  const a = new Event('a');
  a.preventDefault();
  r.push(a.defaultPrevented, a.returnValue);
  const b = new Event('b', { cancelable: true });
  b.returnValue = true;
  r.push(b.defaultPrevented);
  b.returnValue = false;
  r.push(b.defaultPrevented, b.returnValue);
  const c = new Event('c');
  c.cancelBubble = false;
  r.push(c.cancelBubble);
  c.cancelBubble = true;
  r.push(c.cancelBubble);
  c.cancelBubble = false;
  r.push(c.cancelBubble);
  const d = new Event('d');
  d.stopPropagation();
  r.push(d.cancelBubble);
  const e = new Event('e');
  e.stopImmediatePropagation();
  r.push(e.cancelBubble);
  const f = new Event('f');
  r.push(outcome(() => f.initEvent()));
  f.initEvent('g', 1, 1);
  r.push(f.type, f.bubbles, f.cancelable);
  f.initEvent('h');
  r.push(f.type, f.bubbles, f.cancelable, Event.prototype.initEvent.length);
  return r;
}));

test('dispatchEvent: order, this, phase, target, return value, once, passive, capture', () => same((impl) => {
  const { EventTarget, Event } = impl;
  const et = new EventTarget();
  const log = [];
  const seen = (tag) => function(ev) {
    log.push([tag, this === et, ev.target === et, ev.currentTarget === et, ev.srcElement === et, ev.eventPhase,
      ev.composedPath().length, ev.type]);
  };
  const f = seen('f');
  et.addEventListener('x', f);
  et.addEventListener('x', f);
  et.addEventListener('x', f, true);
  et.addEventListener('x', f, { capture: true });
  et.addEventListener('x', seen('once'), { once: true });
  const handler = { handleEvent(ev) { log.push(['handleEvent', this === handler, ev.type]); } };
  et.addEventListener('x', handler);
  et.addEventListener('x', (ev) => { ev.preventDefault(); log.push(['passive', ev.defaultPrevented]); },
    { passive: true });
  const ev = new Event('x', { cancelable: true });
  log.push(et.dispatchEvent(ev), ev.defaultPrevented, ev.eventPhase, ev.target === et, ev.currentTarget,
    ev.composedPath());
  log.push(et.dispatchEvent(new Event('x')));
  et.removeEventListener('x', f);
  et.removeEventListener('x', f, { capture: true });
  log.push(et.dispatchEvent(new Event('x')));
  et.addEventListener('y', (e) => e.preventDefault());
  log.push(et.dispatchEvent(new Event('y')), et.dispatchEvent(new Event('y', { cancelable: true })));
  log.push(et.dispatchEvent(new Event('none')));
  return log;
}));

test('dispatchEvent: removal and addition during dispatch, stopImmediatePropagation', () => same((impl) => {
  const { EventTarget, Event } = impl;
  const et = new EventTarget();
  const log = [];
  const b = () => log.push('b');
  et.addEventListener('x', () => {
    log.push('a');
    et.removeEventListener('x', b);
    et.addEventListener('x', () => log.push('added'));
  });
  et.addEventListener('x', b);
  et.addEventListener('x', () => log.push('c'));
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('x'));
  et.addEventListener('s', (ev) => { log.push('s1'); ev.stopImmediatePropagation(); });
  et.addEventListener('s', () => log.push('s2'));
  et.dispatchEvent(new Event('s'));
  et.addEventListener('o', function self() { log.push('o'); et.dispatchEvent(new Event('o')); }, { once: true });
  et.dispatchEvent(new Event('o'));
  return log;
}));

test('dispatchEvent: recursion, validation, invalid this', () => same((impl) => {
  const { EventTarget, Event, CustomEvent } = impl;
  const et = new EventTarget();
  const r = [];
  const ev = new Event('x');
  et.addEventListener('x', (e) => r.push(outcome(() => et.dispatchEvent(e)), outcome(() => new EventTarget().dispatchEvent(e))));
  et.dispatchEvent(ev);
  r.push(outcome(() => et.dispatchEvent(ev)));
  for (const bad of [undefined, null, {}, { type: 'x' }, 'x', 5]) r.push(outcome(() => et.dispatchEvent(bad)));
  r.push(outcome(() => et.dispatchEvent()), outcome(() => et.dispatchEvent(new CustomEvent('c'))));
  for (const m of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    r.push(outcome(() => EventTarget.prototype[m].call({}, 'x', () => {})),
      outcome(() => EventTarget.prototype[m].call(undefined, new Event('x'))));
  }
  return r;
}));

test('addEventListener/removeEventListener: argument validation and warnings', () => same(async (impl) => {
  const { EventTarget } = impl;
  const et = new EventTarget();
  const r = [];
  const f = () => {};
  for (const args of [[], ['x'], ['x', 1], ['x', 'str'], ['x', null], ['x', undefined], ['x', {}], ['x', f, 5],
    ['x', f, null], ['x', f, 'str'], ['x', f, []], ['x', f, () => {}], ['x', f, { signal: 1 }],
    ['x', f, { signal: null }], ['x', f, { signal: {} }], [Symbol('s'), f], [Symbol('s'), 5], ['x', null, 5],
    [{ toString() { throw new Error('toString'); } }, 5], [{ toString: () => 'obj' }, f], [undefined, f]]) {
    r.push(outcome(() => et.addEventListener(...args)), outcome(() => et.removeEventListener(...args)));
  }
  r.push(EventTarget.prototype.addEventListener.length, EventTarget.prototype.removeEventListener.length);
  await tick();
  return r;
}));

test('listener errors and rejections are reported as uncaught exceptions', () => same(async (impl) => {
  const { EventTarget, Event } = impl;
  const et = new EventTarget();
  const log = [];
  et.addEventListener('x', () => { throw new Error('sync'); });
  et.addEventListener('x', () => log.push('second ran'));
  et.addEventListener('x', async () => { throw new Error('async'); });
  et.addEventListener('x', () => ({ then(ok, fail) { fail('thenable'); } }));
  et.addEventListener('x', { handleEvent: 5 });
  et.addEventListener('x', {});
  et.addEventListener('x', () => { throw 'string'; }); // eslint-disable-line no-throw-literal
  log.push(et.dispatchEvent(new Event('x')), 'after');
  await tick();
  return log;
}));

test('signal option removes the listener on abort', () => same((impl) => {
  const { EventTarget, Event, AbortController, AbortSignal, events } = impl;
  const et = new EventTarget();
  const log = [];
  const f = () => log.push('f');
  const dup = new AbortController();
  et.addEventListener('d', f);
  et.addEventListener('d', f, { signal: dup.signal });
  et.addEventListener('n', null, { signal: dup.signal });
  log.push(outcome(() => et.addEventListener('n', 1, { signal: dup.signal })));
  log.push(outcome(() => et.addEventListener('n', 1, { signal: AbortSignal.abort() })));
  log.push(outcome(() => et.addEventListener(Symbol('t'), f, { signal: AbortSignal.abort() })));
  log.push(events.getEventListeners(dup.signal, 'abort').length);
  dup.abort();
  log.push(events.getEventListeners(et, 'd').length);
  const ac = new AbortController();
  et.addEventListener('x', () => log.push('x'), { signal: ac.signal });
  et.addEventListener('x', () => log.push('never'), { signal: AbortSignal.abort() });
  et.dispatchEvent(new Event('x'));
  ac.abort();
  et.dispatchEvent(new Event('x'));
  return log;
}));

test('max listeners warning for targets: text, properties, once per target', () => same(async (impl) => {
  const { events, EventTarget } = impl;
  const et = new EventTarget();
  for (let i = 0; i < 12; i++) et.addEventListener('y', () => {});
  for (let i = 0; i < 12; i++) et.addEventListener('z', () => {});
  const small = new EventTarget();
  events.setMaxListeners(2, small);
  for (let i = 0; i < 3; i++) small.addEventListener('q', () => {});
  events.setMaxListeners(2, small);
  for (let i = 0; i < 3; i++) small.addEventListener('w', () => {});
  class Sub extends EventTarget {}
  const sub = new Sub();
  events.setMaxListeners(1, sub);
  sub.addEventListener('a', () => {}); sub.addEventListener('a', () => {});
  const none = new EventTarget();
  events.setMaxListeners(0, none);
  for (let i = 0; i < 20; i++) none.addEventListener('a', () => {});
  await tick();
  return events.getEventListeners(et, 'y').length;
}));

test('inspect output of Event, CustomEvent, EventTarget', () => same(({ Event, CustomEvent, EventTarget }) => {
  const { inspect } = require('util');
  const ev = new Event('x', { cancelable: true });
  ev.preventDefault();
  class MyEvent extends Event {}
  class MyTarget extends EventTarget {}
  const values = [ev, new CustomEvent('c', { detail: { deep: { deeper: 1 } } }), new EventTarget(), new MyEvent('m'),
    new MyTarget(), { nested: { deeper: new Event('n') } }, [new EventTarget()]];
  const out = [];
  for (const v of values) {
    for (const options of [{}, { depth: 0 }, { depth: -1 }, { depth: null }, { depth: Infinity }, { compact: false }]) {
      out.push(stripTimeStamps(inspect(v, options)));
    }
  }
  return out;
}));

test('handleEvent objects: looked up at each dispatch, errors reported after function listeners', () =>
  same(async (impl) => {
    const { EventTarget, Event } = impl;
    const log = [];
    let reads = 0;
    const obj = {
      get handleEvent() {
        reads++;
        return (ev) => { log.push(['call', ev.type, ev.eventPhase]); throw new Error(`from handleEvent ${reads}`); };
      },
    };
    const et = new EventTarget();
    et.addEventListener('x', obj);
    log.push(['reads after add', reads]);
    et.dispatchEvent(new Event('x'));
    et.dispatchEvent(new Event('x'));
    log.push(['reads after dispatch', reads]);
    const e2 = new EventTarget();
    e2.addEventListener('w', { handleEvent: () => { throw new Error('w'); } });
    e2.addEventListener('w', () => { throw new Error('w2'); });
    e2.addEventListener('w', { handleEvent: undefined });
    e2.addEventListener('w', { handleEvent: 5 });
    e2.dispatchEvent(new Event('w'));
    await tick();
    return log;
  }));

test('on<event> attribute keeps its place, accepts any value', () => same((impl) => {
  const { AbortController } = impl;
  const log = [];
  const ac = new AbortController();
  const s = ac.signal;
  const r = [s.onabort];
  s.addEventListener('abort', () => log.push('first'));
  s.onabort = () => log.push('handler 1');
  s.addEventListener('abort', () => log.push('last'));
  s.onabort = function(ev) { log.push(['handler 2', this === s, ev.type]); };
  r.push(typeof s.onabort);
  for (const v of [5, {}, null, 'x']) {
    s.onabort = v;
    r.push(s.onabort);
  }
  s.onabort = () => log.push('handler 3');
  ac.abort();
  return [r, log];
}));

test('options objects are read in Node\'s order', () => same((impl) => {
  const { EventTarget, Event, CustomEvent, AbortController } = impl;
  const reads = [];
  const spy = (values) => new Proxy(values, {
    get(target, key) {
      reads.push(String(key));
      return target[key];
    },
    has(target, key) {
      reads.push(`has ${String(key)}`);
      return key in target;
    },
  });
  const et = new EventTarget();
  const f = () => {};
  et.addEventListener('x', f, spy({ once: true, capture: true, passive: true, signal: new AbortController().signal }));
  reads.push('|');
  et.removeEventListener('x', f, spy({ capture: true }));
  reads.push('|');
  new Event('x', spy({ cancelable: true, bubbles: true, composed: true }));
  reads.push('|');
  new CustomEvent('x', spy({ detail: 1 }));
  reads.push('|');
  impl.events.once(new impl.events(), 'x', spy({}));
  reads.push('|');
  impl.events.on(new impl.events(), 'x', spy({ highWaterMark: 5 }));
  return reads.filter((k) => !k.startsWith('Symbol('));
}));

test('generated add/remove/dispatch sequences behave identically', async () => {
  const { prng } = require('./helpers.js');
  for (let seed = 1; seed <= 30; seed++) {
    await same((impl) => {
      const { EventTarget, Event, events } = impl;
      const rand = prng(seed);
      const et = new EventTarget();
      const log = [];
      const pick = (list) => list[Math.floor(rand() * list.length)];
      const types = ['a', 'b', 'c'];
      const callbacks = [];
      for (let i = 0; i < 5; i++) {
        callbacks.push(function(ev) {
          log.push([i, ev.type, ev.eventPhase]);
          // Listeners change the list while it is being dispatched.
          const r = rand();
          if (r < 0.15) et.removeEventListener(ev.type, pick(callbacks), rand() < 0.5);
          else if (r < 0.3) et.addEventListener(ev.type, pick(callbacks), { once: rand() < 0.5 });
          else if (r < 0.35) ev.stopImmediatePropagation();
          else if (r < 0.4) ev.preventDefault();
        });
      }
      callbacks.push({ handleEvent(ev) { log.push(['object', ev.type]); } });
      for (let step = 0; step < 50; step++) {
        const op = Math.floor(rand() * 4);
        const type = pick(types);
        const callback = pick(callbacks);
        if (op === 0) {
          et.addEventListener(type, callback, { once: rand() < 0.3, capture: rand() < 0.3 });
        } else if (op === 1) {
          et.removeEventListener(type, callback, { capture: rand() < 0.3 });
        } else {
          log.push(['dispatch', et.dispatchEvent(new Event(type, { cancelable: rand() < 0.5 }))]);
        }
        log.push(events.getEventListeners(et, type).map((l) => callbacks.indexOf(l)));
      }
      return log;
    });
  }
});

test('capture matching in removeEventListener', () => same(({ EventTarget, events }) => {
  const r = [];
  const f = () => {};
  const cases = [[false, true], [true, { capture: true }], [true, false], [{ capture: true }, true],
    [{ capture: true }, undefined], [{ capture: 1 }, { capture: 'yes' }], [{ capture: true }, { capture: 1 }],
    [undefined, true], [undefined, { capture: false }], [null, null]];
  for (const [add, remove] of cases) {
    const et = new EventTarget();
    et.addEventListener('x', f, add);
    et.removeEventListener('x', f, remove);
    r.push(events.getEventListeners(et, 'x').length);
  }
  return r;
}));
