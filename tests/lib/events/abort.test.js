'use strict';

const { test } = require('../../support/runner.js');
const { layout, node, outcome, rnode, same, tick } = require('./helpers.js');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function describeReason(reason) {
  if (reason instanceof DOMException) {
    return { dom: true, name: reason.name, message: reason.message, code: reason.code };
  }
  return { value: reason };
}

test('class shapes: AbortController and AbortSignal', () => same((impl) => {
  const shape = {};
  for (const name of ['AbortController', 'AbortSignal']) {
    const C = impl[name];
    const statics = layout(C);
    const proto = layout(C.prototype);
    // Node's internal hooks and structured-clone transfer symbols are not part of the API.
    for (const table of [statics, proto]) {
      for (const k of Object.keys(table)) if (/^Symbol\((k|messaging_)/.test(k)) delete table[k];
    }
    shape[name] = { statics, proto };
  }
  shape.tags = [Object.prototype.toString.call(new impl.AbortController()),
    Object.prototype.toString.call(impl.AbortSignal.abort())];
  shape.inherits = Object.getPrototypeOf(impl.AbortSignal.prototype) === impl.EventTarget.prototype;
  shape.controllerOwn = Reflect.ownKeys(new impl.AbortController());
  return shape;
}));

test('abort(): default and custom reasons, aborted, event, once only', () => same((impl) => {
  const { AbortController } = impl;
  const r = [];
  const ac = new AbortController();
  const s = ac.signal;
  r.push(ac.signal === s, s.aborted, s.reason, outcome(() => s.throwIfAborted()));
  s.addEventListener('abort', function(ev) {
    r.push(['event', ev.type, ev.isTrusted, ev.cancelable, ev.bubbles, this === s, ev.target === s, s.aborted,
      describeReason(s.reason)]);
  });
  ac.abort();
  ac.abort('again');
  r.push(s.aborted, describeReason(s.reason), outcome(() => s.throwIfAborted()).threw.name);
  for (const reason of [undefined, null, 0, '', 'why', { a: 1 }, new Error('err')]) {
    const c = new AbortController();
    c.abort(reason);
    r.push(describeReason(c.signal.reason), c.signal.reason === reason);
    const thrown = outcome(() => c.signal.throwIfAborted());
    r.push(thrown.threw);
  }
  const early = new AbortController();
  early.abort('before signal read');
  r.push(early.signal.aborted, early.signal.reason, AbortController.length, AbortController.prototype.abort.length);
  return r;
}));

test('AbortSignal.abort()', () => same(({ AbortSignal }) => {
  const a = AbortSignal.abort();
  const b = AbortSignal.abort('r');
  const c = AbortSignal.abort(undefined);
  return [a.aborted, describeReason(a.reason), b.reason, describeReason(c.reason), a instanceof AbortSignal,
    AbortSignal.abort.length, AbortSignal.abort() !== AbortSignal.abort()];
}));

test('illegal constructor, invalid this', () => same((impl) => {
  const { AbortSignal, AbortController } = impl;
  const r = [outcome(() => new AbortSignal()), outcome(() => AbortSignal()), outcome(() => new AbortSignal(1))];
  for (const key of ['aborted', 'reason', 'onabort']) {
    const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, key);
    r.push(outcome(() => desc.get.call({})), outcome(() => desc.get.call(undefined)));
  }
  r.push(outcome(() => AbortSignal.prototype.throwIfAborted.call({})),
    outcome(() => AbortSignal.prototype.throwIfAborted.call(new impl.EventTarget())));
  r.push(outcome(() => AbortController.prototype.abort.call({}))?.threw?.constructor,
    outcome(() => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}))?.threw?.constructor);
  return r;
}));

test('AbortSignal.timeout(): validation, TimeoutError, does not keep the process alive', () => same(async (impl) => {
  const { AbortSignal } = impl;
  const r = [];
  for (const v of [-1, 'a', 1.5, NaN, 2 ** 32, undefined, null, 2 ** 32 - 1, 0]) {
    r.push(outcome(() => typeof AbortSignal.timeout(v)));
  }
  const s = AbortSignal.timeout(5);
  const events = [];
  s.onabort = (ev) => events.push([ev.type, ev.isTrusted]);
  r.push(s.aborted);
  await sleep(40);
  r.push(s.aborted, describeReason(s.reason), events, outcome(() => s.throwIfAborted()).threw.name);
  r.push(AbortSignal.timeout.length);
  return r;
}));

test('AbortSignal.any(): validation, already aborted, follows sources, flattens dependents', () =>
  same(async (impl) => {
    const { AbortSignal, AbortController } = impl;
    const r = [];
    for (const v of [undefined, null, 1, 'ab', {}, { length: 0 }, [1], [AbortSignal.abort(), 1], { [Symbol.iterator]: 5 },
      [new AbortController().signal, {}], new Set([AbortSignal.abort('from set')])]) {
      r.push(outcome(() => {
        const s = AbortSignal.any(v);
        return [s.aborted, s.reason];
      }));
    }
    r.push(AbortSignal.any([]).aborted, AbortSignal.any.length);
    const first = AbortSignal.any([new AbortController().signal, AbortSignal.abort('one'), AbortSignal.abort('two')]);
    r.push(first.aborted, first.reason);

    const a = new AbortController();
    const b = new AbortController();
    const any = AbortSignal.any([a.signal, b.signal]);
    const nested = AbortSignal.any([any]);
    const log = [];
    a.signal.addEventListener('abort', () => log.push(['a', a.signal.aborted, any.aborted, nested.aborted,
      any.reason]));
    any.addEventListener('abort', () => log.push(['any', any.reason]));
    nested.onabort = () => log.push(['nested', nested.reason]);
    r.push(any.aborted);
    b.abort('b first');
    a.abort('a later');
    r.push(log, any.reason, nested.reason, a.signal.reason);

    const t = AbortSignal.any([AbortSignal.timeout(5)]);
    await sleep(40);
    r.push(t.aborted, describeReason(t.reason));
    const same1 = new AbortController();
    const dup = AbortSignal.any([same1.signal, same1.signal]);
    let count = 0;
    dup.onabort = () => count++;
    same1.abort();
    r.push(count, dup.aborted);
    return r;
  }));

test('abort listeners: stopImmediatePropagation, errors, signal option on the signal itself', () =>
  same(async (impl) => {
    const { AbortController, events } = impl;
    const log = [];
    const ac = new AbortController();
    ac.signal.addEventListener('abort', (ev) => { log.push('first'); ev.stopImmediatePropagation(); });
    ac.signal.addEventListener('abort', () => log.push('stopped'));
    events.addAbortListener(ac.signal, () => log.push('addAbortListener still runs'));
    ac.abort();
    const ac2 = new AbortController();
    ac2.signal.addEventListener('abort', () => { throw new Error('in abort listener'); });
    ac2.signal.addEventListener('abort', () => log.push('after throwing listener'));
    ac2.abort();
    log.push('abort returned');
    const ac3 = new AbortController();
    ac3.signal.addEventListener('abort', () => log.push('removed by own signal'), { signal: ac3.signal });
    ac3.abort();
    await tick();
    return log;
  }));

test('inspect output of AbortController and AbortSignal', () => same(({ AbortController, AbortSignal }) => {
  const { inspect } = require('util');
  const ac = new AbortController();
  const aborted = new AbortController();
  aborted.abort();
  const values = [ac, ac.signal, aborted, AbortSignal.abort(), { a: { b: { c: ac } } }, { a: { b: ac.signal } },
    [ac, [ac.signal]]];
  const out = [];
  for (const v of values) {
    for (const options of [{}, { depth: 0 }, { depth: -1 }, { depth: null }, { depth: Infinity }, { compact: false },
      { colors: true }]) {
      out.push(inspect(v, options));
    }
  }
  return out;
}));

test('AbortSignal.timeout() does not keep the process alive', () => {
  const { spawnSync } = require('child_process');
  const path = require('path');
  const support = path.join(__dirname, '..', '..', 'support', 'builtin.js');
  const script = `
    const { builtinGlobal } = require(${JSON.stringify(support)});
    const signal = builtinGlobal('AbortSignal').timeout(60000);
    signal.onabort = () => console.log('fired');
    console.log('started', signal.aborted);
  `;
  const started = Date.now();
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30000 });
  const assert = require('assert');
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stdout, 'started false\n');
  assert.ok(Date.now() - started < 20000);
});

test('AbortSignal.any(): results are collectable unless they have abort listeners', async () => {
  const assert = require('assert');
  const v8 = require('v8');
  const vm = require('vm');
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  for (const impl of [rnode, node]) {
    const source = new impl.AbortController();
    let collected = 0;
    const registry = new FinalizationRegistry(() => { collected++; });
    (() => {
      for (let i = 0; i < 200; i++) registry.register(impl.AbortSignal.any([source.signal]), i);
    })();
    const fired = [];
    (() => {
      const kept = impl.AbortSignal.any([source.signal]);
      kept.addEventListener('abort', () => fired.push('listener ran'));
      impl.AbortSignal.any([kept]).onabort = () => fired.push('nested ran');
    })();
    for (let i = 0; i < 10 && collected < 200; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.ok(collected >= 190, `${impl.name}: only ${collected} of 200 dependent signals were collected`);
    source.abort();
    assert.deepStrictEqual(fired, ['listener ran', 'nested ran'], impl.name);
  }
});

test('each implementation\'s own util.inspect prints its objects the same', () => same((impl) => {
  const { inspect } = impl.util;
  const ac = new impl.AbortController();
  const e = new impl.events();
  e.on('x', function named() {});
  e.on('x', () => {});
  const values = [ac, ac.signal, impl.AbortSignal.abort(), new impl.EventTarget(), { deep: { deeper: { ac } } }, e,
    new impl.Event('x'), new impl.CustomEvent('y', { detail: 1 })];
  const out = [];
  for (const v of values) {
    for (const options of [{}, { depth: 0 }, { colors: true }, { showHidden: true }]) {
      out.push(inspect(v, options).replace(/timeStamp: (\x1b\[\d+m)?[\d.]+/g, 'timeStamp: N'));
    }
  }
  return out;
}));

test('generated AbortSignal.any() graphs abort in the same order with the same reasons', async () => {
  const { prng } = require('./helpers.js');
  for (let seed = 1; seed <= 40; seed++) {
    await same(({ AbortController, AbortSignal }) => {
      const rand = prng(seed);
      const controllers = [];
      const signals = [];
      const log = [];
      const pickSignal = () => signals[Math.floor(rand() * signals.length)];
      for (let step = 0; step < 30; step++) {
        const op = rand();
        if (op < 0.3 || signals.length === 0) {
          const ac = new AbortController();
          controllers.push(ac);
          signals.push(ac.signal);
        } else if (op < 0.6) {
          const n = Math.floor(rand() * 3);
          const parts = [];
          for (let i = 0; i < n; i++) parts.push(pickSignal());
          signals.push(AbortSignal.any(parts));
        } else if (op < 0.8) {
          const index = Math.floor(rand() * signals.length);
          const s = signals[index];
          s.addEventListener('abort', () => log.push(['abort', index, String(s.reason), signals.map((x) => x.aborted)
            .join('')]));
        } else {
          const which = Math.floor(rand() * controllers.length);
          controllers[which].abort(`reason ${which}`);
          log.push(['aborted', which]);
        }
      }
      log.push(signals.map((s) => [s.aborted, s.reason]));
      return log;
    });
  }
});
