'use strict';

// events: `emit` with 3 listeners 1M times (the row issue 4 asks for), listener churn, once, and the web classes
// (EventTarget dispatch, AbortController) that live beside it.

const { loadGlobal } = require('../../tests/support/lib-on-node.js');

const N = 1e6;
const nodeEvents = require('events');

// The runner hands over a module; EventTarget and AbortController are globals, so pick the matching set.
function web(mod) {
  if (mod === nodeEvents) return globalThis;
  return {
    Event: loadGlobal('Event'),
    EventTarget: loadGlobal('EventTarget'),
    AbortController: loadGlobal('AbortController'),
  };
}

module.exports = [
  {
    name: 'emit, 3 listeners, 1M times',
    module: 'events',
    run(EventEmitter) {
      const e = new EventEmitter();
      let n = 0;
      e.on('data', (x) => { n += x; });
      e.on('data', (x) => { n -= x >> 1; });
      e.on('data', () => { n++; });
      for (let i = 0; i < N; i++) e.emit('data', i);
      return n;
    },
  },
  {
    name: 'emit, 1 listener, 2 arguments, 1M times',
    module: 'events',
    run(EventEmitter) {
      const e = new EventEmitter();
      let n = 0;
      e.on('data', (a, b) => { n += a + b; });
      for (let i = 0; i < N; i++) e.emit('data', i, 1);
      return n;
    },
  },
  {
    name: 'on + off churn (4 listeners on one event), 1M pairs',
    module: 'events',
    run(EventEmitter) {
      const e = new EventEmitter();
      const fns = [() => 1, () => 2, () => 3, () => 4];
      e.on('x', fns[0]);
      e.on('x', fns[1]);
      for (let i = 0; i < N; i++) {
        const f = fns[2 + (i & 1)];
        e.on('x', f);
        e.off('x', f);
      }
      return e.listenerCount('x');
    },
  },
  {
    name: 'once + emit, 1M times',
    module: 'events',
    run(EventEmitter) {
      const e = new EventEmitter();
      let n = 0;
      const f = (x) => { n += x; };
      for (let i = 0; i < N; i++) {
        e.once('x', f);
        e.emit('x', i);
      }
      return n;
    },
  },
  {
    name: 'new EventEmitter + on + emit, 300k times',
    module: 'events',
    run(EventEmitter) {
      let n = 0;
      const f = () => { n++; };
      for (let i = 0; i < 3e5; i++) {
        const e = new EventEmitter();
        e.on('x', f);
        e.emit('x');
      }
      return n;
    },
  },
  {
    name: 'EventTarget dispatchEvent, 2 listeners, 300k times',
    module: 'events',
    run(mod) {
      const { Event, EventTarget } = web(mod);
      const et = new EventTarget();
      let n = 0;
      et.addEventListener('x', () => { n++; });
      et.addEventListener('x', { handleEvent() { n += 2; } });
      for (let i = 0; i < 3e5; i++) et.dispatchEvent(new Event('x'));
      return n;
    },
  },
  {
    name: 'AbortController + listener + abort, 100k times',
    module: 'events',
    run(mod) {
      const { AbortController } = web(mod);
      let n = 0;
      const f = () => { n++; };
      for (let i = 0; i < 1e5; i++) {
        const ac = new AbortController();
        ac.signal.addEventListener('abort', f);
        ac.abort();
      }
      return n;
    },
  },
];
