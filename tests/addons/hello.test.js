'use strict';

const assert = require('assert');
const { test, loadAddon, assertArgTypeError } = require('./harness');

const hello = loadAddon('hello');

test('exports greet as a function named greet', () => {
  assert.strictEqual(typeof hello.greet, 'function');
  assert.strictEqual(hello.greet.name, 'greet');
});

test('greet returns "Hello, <name>!"', () => {
  assert.strictEqual(hello.greet('World'), 'Hello, World!');
  assert.strictEqual(hello.greet('rnode'), 'Hello, rnode!');
});

test('greet handles the empty string', () => {
  assert.strictEqual(hello.greet(''), 'Hello, !');
});

test('greet keeps non-ASCII text intact (UTF-8 both ways)', () => {
  assert.strictEqual(hello.greet('Zoë 🚀 世界'), 'Hello, Zoë 🚀 世界!');
});

test('greet handles a long string', () => {
  const name = 'x'.repeat(1 << 20);
  const out = hello.greet(name);
  assert.strictEqual(out.length, name.length + 8);
  assert.ok(out.startsWith('Hello, xxx') && out.endsWith('x!'));
});

test('greet ignores extra arguments', () => {
  assert.strictEqual(hello.greet('a', 'b'), 'Hello, a!');
});

test('greet rejects a number with ERR_INVALID_ARG_TYPE', () => {
  assertArgTypeError(
    () => hello.greet(42),
    'name',
    'The "name" argument must be of type string. Received type number (42)',
  );
});

test('greet rejects a missing argument', () => {
  assertArgTypeError(
    () => hello.greet(),
    'name',
    'The "name" argument must be of type string. Received undefined',
  );
});

test('greet rejects null, objects and functions', () => {
  assertArgTypeError(() => hello.greet(null), 'name', 'The "name" argument must be of type string. Received null');
  assertArgTypeError(() => hello.greet({}), 'name', 'The "name" argument must be of type string. Received an instance of Object');
  assertArgTypeError(() => hello.greet(function foo() {}), 'name', 'The "name" argument must be of type string. Received function foo');
  assertArgTypeError(() => hello.greet(Symbol('s')), 'name');
});
