'use strict';

// The shape of assert: exports, assert/strict, AssertionError's constructor and properties, the Assert class and
// the deprecated CallTracker, against node's.

const nodeAssert = require('assert');
const { inspect } = require('util');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');

const lib = builtin('assert');
const ref = reference('assert');

function outcome(fn) {
  try {
    const value = fn();
    return { value };
  } catch (err) {
    if (err === null || typeof err !== 'object') return { thrown: err };
    const own = {};
    for (const key of Object.keys(err)) own[key] = err[key];
    // Own property names are compared for assertion errors only: node's other errors carry internals.
    const names = err.code === 'ERR_ASSERTION' ? Object.getOwnPropertyNames(err) : undefined;
    return { name: err.constructor?.name, message: err.message, own, names };
  }
}

function same(label, run) {
  nodeAssert.deepStrictEqual(outcome(() => run(lib)), outcome(() => run(ref)), label);
}

test('exports, assert/strict and their key order', () => {
  nodeAssert.deepStrictEqual(Object.keys(lib), Object.keys(ref));
  nodeAssert.deepStrictEqual(Object.keys(lib.strict), Object.keys(ref.strict));
  nodeAssert.strictEqual(builtin('assert/strict'), lib.strict);
  nodeAssert.strictEqual(lib.strict.strict, lib.strict);
  nodeAssert.strictEqual(lib.strict.equal, lib.strictEqual);
  nodeAssert.strictEqual(lib.strict.notDeepEqual, lib.notDeepStrictEqual);
  for (const key of Object.keys(ref)) {
    nodeAssert.strictEqual(typeof lib[key], typeof ref[key], key);
    if (typeof ref[key] === 'function') nodeAssert.strictEqual(lib[key].length, ref[key].length, `${key}.length`);
  }
});

test('AssertionError: options, properties, messages, toString', () => {
  const optionSets = [
    { actual: 1, expected: 2, operator: 'strictEqual' }, { message: 'hi', actual: 1 }, { message: new Error('boom') },
    { actual: 1, expected: 2, operator: 'foo' }, { actual: 1, expected: 2 }, { message: '' , actual: 1, expected: 2, operator: 'strictEqual' },
    { actual: { a: 1 }, expected: { a: 2 }, operator: 'deepStrictEqual', diff: 'full' },
    { actual: 1, expected: 2, operator: 'deepStrictEqual', diff: 'x' }, { message: 5 }, { message: null, actual: 'a', expected: 'b', operator: 'notDeepEqual' },
    { actual: [1], expected: [2], operator: 'deepEqual' }, { actual: [1], expected: [1], operator: 'notDeepEqual' },
    { actual: 1, expected: 1, operator: 'notStrictEqual' }, { message: 'custom', actual: 1, expected: 2, operator: 'deepStrictEqual' },
    { actual: 'x'.repeat(600), expected: 'y', operator: 'deepEqual' }, {},
  ];
  for (const options of optionSets) {
    same(`new AssertionError(${inspect(options)})`, (assert) => {
      const err = new assert.AssertionError(options);
      const own = {};
      for (const key of Object.keys(err)) own[key] = err[key];
      return {
        own, names: Object.getOwnPropertyNames(err), message: err.message, name: err.name, string: err.toString(),
        firstLine: err.stack.split('\n')[0], isError: err instanceof Error,
      };
    });
  }
  for (const bad of [undefined, 5, null, 'x']) {
    same(`new AssertionError(${inspect(bad)})`, (assert) => new assert.AssertionError(bad));
  }
  nodeAssert.strictEqual(lib.AssertionError.name, 'AssertionError');
  nodeAssert.strictEqual(lib.AssertionError.length, ref.AssertionError.length);
  nodeAssert.deepStrictEqual(Object.getOwnPropertyNames(lib.AssertionError.prototype),
                             Object.getOwnPropertyNames(ref.AssertionError.prototype));
});

test('AssertionError stack starts at the caller', () => {
  function callsAssert() { lib.strictEqual(1, 2); }
  let err;
  try { callsAssert(); } catch (e) { err = e; }
  const frames = err.stack.split('\n').filter((line) => line.startsWith('    at '));
  nodeAssert.match(frames[0], /callsAssert/);
  const custom = new lib.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', stackStartFn: callsAssert });
  nodeAssert.ok(!custom.stack.includes('callsAssert'));
});

test('AssertionError under inspect shows the same as node (long values shortened)', () => {
  const build = (assert, a, b) => {
    try {
      assert.strictEqual(a, b);
    } catch (err) {
      err.stack = err.stack.split('\n')[0];
      return inspect(err);
    }
  };
  for (const [a, b] of [['a'.repeat(200), 'b'.repeat(200)], ['x\n'.repeat(9), 'y'], ['x\n'.repeat(10), 'y'],
    ['x\n'.repeat(30), 'y'], ['a'.repeat(512), 'b'], ['a'.repeat(513), 'b'], ['a'.repeat(2000), 'b'],
    [`${'ab\n'.repeat(5)}${'c'.repeat(600)}`, 1], [{ a: { b: 1 } }, [1, 2]], [[[[1]]], 1]]) {
    nodeAssert.strictEqual(build(lib, a, b), build(ref, a, b));
  }
});

test('Assert class: options, strict, diff recording, methods', () => {
  same('Assert shape', (assert) => {
    const a = new assert.Assert();
    return { keys: Object.keys(a), proto: Object.keys(assert.Assert.prototype), length: assert.Assert.length };
  });
  for (const options of [undefined, null, 5, {}, { strict: false }, { strict: 5 }, { diff: 'full' }, { diff: 'x' },
    { diff: 5 }, { diff: 'full', strict: false }]) {
    same(`new Assert(${inspect(options)})`, (assert) => {
      const a = new assert.Assert(options);
      const results = { keys: Object.keys(a) };
      for (const [name, run] of [
        ['equal', () => a.equal(1, '1')], ['notEqual', () => a.notEqual(1, 1)], ['deepEqual', () => a.deepEqual([1], ['1'])],
        ['strictEqual', () => a.strictEqual({ a: 1 }, { a: 2 })], ['partial', () => a.partialDeepStrictEqual({ a: 1 }, { a: 2 })],
        ['fail', () => a.fail('f')], ['ifError', () => a.ifError(new Error('e'))], ['throws', () => a.throws(() => {})],
        ['match', () => a.match('a', /b/)], ['doesNotThrow', () => a.doesNotThrow(() => { throw new Error('x'); })],
      ]) {
        try {
          run();
          results[name] = 'passed';
        } catch (err) {
          results[name] = { message: err.message, diff: err.diff, operator: err.operator };
        }
      }
      return results;
    });
  }
  same('Assert without new', (assert) => assert.Assert());
  same('unbound method', (assert) => {
    const { strictEqual } = new assert.Assert({ diff: 'full' });
    strictEqual(1, 2);
  });
});

test('CallTracker (deprecated): calls, report, getCalls, reset, verify', () => {
  const saved = process.noDeprecation;
  process.noDeprecation = true;
  try {
    same('tracker', (assert) => {
      const tracker = new assert.CallTracker();
      function foo(a) { return a * 2; }
      const f = tracker.calls(foo, 2);
      const g = tracker.calls();
      const h = tracker.calls(foo);
      const n = tracker.calls(3);
      const out = {
        f: { name: f.name, length: f.length, names: Object.getOwnPropertyNames(f), result: f(3) },
        g: { name: g.name, length: g.length, result: g() },
      };
      out.report1 = tracker.report().map(({ stack, ...rest }) => ({ ...rest, stack: stack instanceof Error }));
      out.calls = tracker.getCalls(f);
      out.frozen = [Object.isFrozen(out.calls), Object.isFrozen(out.calls[0]), Object.isFrozen(out.calls[0].arguments)];
      out.verify1 = outcome(() => tracker.verify());
      f(1); h(1); n(); n(); n(); g();
      out.verify2 = outcome(() => tracker.verify());
      f(2);
      out.verify3 = outcome(() => tracker.verify());
      tracker.reset(f);
      out.afterReset = tracker.getCalls(f);
      tracker.reset();
      out.afterResetAll = tracker.report().length;
      out.errors = [
        outcome(() => tracker.getCalls(foo)), outcome(() => tracker.reset(foo)), outcome(() => tracker.calls(foo, 0.5)),
        outcome(() => tracker.calls(foo, -1)), outcome(() => tracker.calls(foo, '1')), outcome(() => tracker.calls(foo, 0)),
      ];
      const self = {};
      const m = tracker.calls(function method() { return this; });
      out.thisArg = [m.call(self) === self, tracker.getCalls(m)[0].thisArg === self];
      return out;
    });
  } finally {
    process.noDeprecation = saved;
  }
});
