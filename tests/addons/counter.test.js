'use strict';

const assert = require('assert');
const { test, loadAddon, assertArgTypeError } = require('./harness');

const { Counter } = loadAddon('counter');

test('Counter is a class named Counter', () => {
  assert.strictEqual(typeof Counter, 'function');
  assert.strictEqual(Counter.name, 'Counter');
});

test('new Counter() starts at 0, new Counter(start) at start', () => {
  assert.strictEqual(new Counter().value, 0);
  assert.strictEqual(new Counter(undefined).value, 0);
  assert.strictEqual(new Counter(5).value, 5);
  assert.strictEqual(new Counter(-2.5).value, -2.5);
});

test('instances are instanceof Counter', () => {
  const c = new Counter();
  assert.ok(c instanceof Counter);
  assert.strictEqual(Object.getPrototypeOf(c), Counter.prototype);
});

test('increment() adds 1 and returns the new value', () => {
  const c = new Counter(5);
  assert.strictEqual(c.increment(), 6);
  assert.strictEqual(c.increment(), 7);
  assert.strictEqual(c.value, 7);
});

test('increment(by) adds by', () => {
  const c = new Counter();
  assert.strictEqual(c.increment(10), 10);
  assert.strictEqual(c.increment(-3), 7);
  assert.strictEqual(c.increment(undefined), 8);
  assert.strictEqual(c.value, 8);
});

test('value is an accessor with getter and setter on the prototype', () => {
  const desc = Object.getOwnPropertyDescriptor(Counter.prototype, 'value');
  assert.ok(desc, 'value is not defined on Counter.prototype');
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(typeof desc.set, 'function');
  const c = new Counter(1);
  c.value = 41;
  assert.strictEqual(c.value, 41);
  assert.strictEqual(c.increment(), 42);
});

test('instances are independent', () => {
  const a = new Counter();
  const b = new Counter(100);
  a.increment(5);
  assert.strictEqual(a.value, 5);
  assert.strictEqual(b.value, 100);
});

test('static zero() returns a real Counter at 0', () => {
  assert.strictEqual(typeof Counter.zero, 'function');
  const z = Counter.zero();
  assert.ok(z instanceof Counter);
  assert.strictEqual(z.value, 0);
  assert.strictEqual(z.increment(2), 2);
  const z2 = Counter.zero();
  assert.notStrictEqual(z, z2);
  assert.strictEqual(z2.value, 0);
});

test('increment on a non-Counter throws a TypeError', () => {
  assert.throws(() => Counter.prototype.increment.call({}), TypeError);
  assert.throws(() => Counter.prototype.increment.call({ value: 1 }), TypeError);
  class Impostor {}
  assert.throws(() => Counter.prototype.increment.call(new Impostor()), TypeError);
  assert.throws(() => Counter.prototype.increment.call(undefined), TypeError);
  const fake = Object.create(Counter.prototype);
  assert.ok(fake instanceof Counter);
  assert.throws(() => fake.increment(), TypeError);
});

test('the value accessor on a non-Counter throws a TypeError', () => {
  const desc = Object.getOwnPropertyDescriptor(Counter.prototype, 'value');
  assert.throws(() => desc.get.call({}), TypeError);
  assert.throws(() => desc.set.call({}, 1), TypeError);
});

test('calling Counter without new throws a TypeError', () => {
  assert.throws(() => Counter(), TypeError);
});

test('bad argument types throw ERR_INVALID_ARG_TYPE naming the argument', () => {
  assertArgTypeError(
    () => new Counter('3'),
    'start',
    "The \"start\" argument must be of type number. Received type string ('3')",
  );
  const c = new Counter();
  assertArgTypeError(() => c.increment('1'), 'by');
  assertArgTypeError(() => { c.value = 'x'; }, 'value');
  assert.strictEqual(c.value, 0);
});

test('many short-lived instances are collected without trouble', async () => {
  for (let i = 0; i < 20000; i++) new Counter(i).increment();
  if (typeof global.gc === 'function') global.gc();
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(new Counter(1).increment(), 2);
});
