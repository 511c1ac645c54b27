'use strict';

const assert = require('assert');
const { test, loadAddon, assertArgTypeError } = require('./harness');

const calc = loadAddon('calculator');

test('exports add, divide, half and explode', () => {
  for (const name of ['add', 'divide', 'half', 'explode']) {
    assert.strictEqual(typeof calc[name], 'function', name);
  }
});

test('add adds two numbers', () => {
  assert.strictEqual(calc.add(1, 2), 3);
  assert.strictEqual(calc.add(-5, 2.5), -2.5);
  assert.strictEqual(calc.add(0.1, 0.2), 0.1 + 0.2);
  assert.strictEqual(calc.add(Number.MAX_VALUE, Number.MAX_VALUE), Infinity);
  assert.ok(Number.isNaN(calc.add(NaN, 1)));
  assert.strictEqual(calc.add(2 ** 53, 1), 2 ** 53 + 1);
});

test('add rejects non-numbers with ERR_INVALID_ARG_TYPE naming the argument', () => {
  assertArgTypeError(
    () => calc.add('1', 2),
    'a',
    "The \"a\" argument must be of type number. Received type string ('1')",
  );
  assertArgTypeError(
    () => calc.add(1),
    'b',
    'The "b" argument must be of type number. Received undefined',
  );
  assertArgTypeError(() => calc.add(1, 2n), 'b', 'The "b" argument must be of type number. Received type bigint (2n)');
  assertArgTypeError(() => calc.add(true, 1), 'a', 'The "a" argument must be of type number. Received type boolean (true)');
});

test('divide divides', () => {
  assert.strictEqual(calc.divide(10, 4), 2.5);
  assert.strictEqual(calc.divide(-9, 3), -3);
  assert.strictEqual(calc.divide(0, 5), 0);
});

test('divide by zero throws an Error with code DIVIDE_BY_ZERO', () => {
  for (const [a, b] of [[1, 0], [0, 0], [-7, -0]]) {
    assert.throws(() => calc.divide(a, b), (err) => {
      assert.ok(err instanceof Error);
      assert.ok(!(err instanceof TypeError), 'must be a plain Error');
      assert.strictEqual(err.code, 'DIVIDE_BY_ZERO');
      assert.strictEqual(typeof err.message, 'string');
      assert.ok(err.message.length > 0);
      return true;
    }, `divide(${a}, ${b})`);
  }
});

test('divide rejects non-numbers', () => {
  assertArgTypeError(() => calc.divide(1, '0'), 'b');
});

test('half takes and returns an optional number', () => {
  assert.strictEqual(calc.half(4), 2);
  assert.strictEqual(calc.half(3), 1.5);
  assert.strictEqual(calc.half(-1), -0.5);
  assert.strictEqual(calc.half(), undefined);
  assert.strictEqual(calc.half(undefined), undefined);
});

test('half rejects a non-number', () => {
  assertArgTypeError(() => calc.half('2'), 'x');
});

test('explode turns the Rust panic into a JS Error carrying its message', () => {
  assert.throws(() => calc.explode('kaboom 42'), (err) => {
    assert.ok(err instanceof Error);
    assert.ok(err.message.includes('kaboom 42'), err.message);
    return true;
  });
});

test('explode keeps a non-ASCII message', () => {
  assert.throws(() => calc.explode('ça a sauté 💥'), (err) => err.message.includes('ça a sauté 💥'));
});

test('the addon keeps working after repeated panics', () => {
  for (let i = 0; i < 20; i++) {
    assert.throws(() => calc.explode(`panic ${i}`), (err) => err.message.includes(`panic ${i}`));
  }
  assert.strictEqual(calc.add(20, 22), 42);
});

test('explode rejects a non-string message before running', () => {
  assertArgTypeError(() => calc.explode(1), 'message');
});
