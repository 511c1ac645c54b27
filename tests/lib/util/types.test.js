'use strict';

// util.types against Node's: every predicate on a wide set of values, including look-alikes that fake a brand
// (Symbol.toStringTag, swapped prototypes) and values from another realm.

const assert = require('assert');
const vm = require('vm');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');

const types = builtin('util/types');
const nodeTypes = reference('util').types;

function makeValues() {
  const other = vm.runInNewContext(`[new Map(), new Set(), new Date(0), /x/, new Error('e'), Promise.resolve(),
    new Uint8Array(1), new ArrayBuffer(1), (function() { return arguments; })(), function* g() {}, async () => {},
    new WeakMap(), new Number(1), new Proxy({}, {})]`);
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const detached = new ArrayBuffer(8);
  structuredClone(detached, { transfer: [detached] });
  return [
    undefined, null, 0, 1n, 'str', true, Symbol('s'), {}, [], () => {}, function named() {},
    async function af() {}, async () => {}, function* gen() {}, async function* agen() {}, class C {},
    (function* gen() {})(), (async function* agen() {})(), (function() { return arguments; })(),
    (function() { 'use strict'; return arguments; })(), { length: 0, callee: () => {} },
    new Map(), new Set(), new WeakMap(), new WeakSet(), new Map().entries(), new Set().values(),
    new Map()[Symbol.iterator](), [][Symbol.iterator](), 'x'[Symbol.iterator](),
    new Date(), new Date(NaN), /re/, RegExp.prototype, Date.prototype, Map.prototype, Set.prototype,
    new Error('e'), new TypeError('t'), new (class E extends Error {})(), Object.create(Error.prototype),
    new AggregateError([]), new DOMException('d'),
    Promise.resolve(), new (class P extends Promise {})(() => {}), { then() {} }, new Proxy({}, {}),
    new Proxy(function() {}, {}), revoked.proxy, new Proxy(new Map(), {}),
    new ArrayBuffer(2), new SharedArrayBuffer(2), detached, new DataView(new ArrayBuffer(2)),
    new DataView(detached.byteLength === 0 ? new ArrayBuffer(1) : detached), Buffer.from('a'),
    new Uint8Array(1), new Uint8ClampedArray(1), new Uint16Array(1), new Uint32Array(1), new Int8Array(1),
    new Int16Array(1), new Int32Array(1), new Float32Array(1), new Float64Array(1), new BigInt64Array(1),
    new BigUint64Array(1), typeof Float16Array === 'function' ? new Float16Array(1) : null,
    new Number(1), new String('s'), new Boolean(false), Object(1n), Object(Symbol('b')),
    Object.setPrototypeOf(new Number(2), null), Object.setPrototypeOf({}, Number.prototype),
    { [Symbol.toStringTag]: 'Map' }, { [Symbol.toStringTag]: 'Uint8Array' }, Object.create(Map.prototype),
    Object.create(Uint8Array.prototype), Object.create(Date.prototype), Object.create(Promise.prototype),
    Object.setPrototypeOf(new Map(), Set.prototype), Object.setPrototypeOf(new Date(0), null),
    Object.setPrototypeOf(function* g() {}, Function.prototype), globalThis, Math, JSON,
    ...other,
  ];
}

test('util/types lists the same predicates as Node, in the same order', () => {
  assert.deepStrictEqual(Object.keys(types), Object.keys(nodeTypes));
  for (const name of Object.keys(types)) assert.strictEqual(typeof types[name], 'function', name);
});

test('every predicate agrees with Node on every value', () => {
  const values = makeValues();
  // KeyObject and CryptoKey come from a crypto module rnode does not have yet; the values here are none of them.
  for (const name of Object.keys(nodeTypes)) {
    for (let i = 0; i < values.length; i++) {
      assert.strictEqual(types[name](values[i]), nodeTypes[name](values[i]), `${name}(values[${i}])`);
    }
  }
});

test('predicates do not run user code', () => {
  let touched = 0;
  const trap = () => { touched++; return undefined; };
  const spy = new Proxy({}, { get: trap, getPrototypeOf: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
  for (const name of Object.keys(types)) types[name](spy);
  const tagged = { get [Symbol.toStringTag]() { touched++; return 'Map'; } };
  for (const name of Object.keys(types)) types[name](tagged);
  assert.strictEqual(touched, 0);
});

test('predicates keep working when intrinsics are patched', () => {
  const saved = {
    mapSize: Object.getOwnPropertyDescriptor(Map.prototype, 'size'),
    getTime: Date.prototype.getTime,
    valueOf: Number.prototype.valueOf,
    tag: Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag),
  };
  const results = [];
  try {
    Object.defineProperty(Map.prototype, 'size', { get() { throw new Error('patched'); }, configurable: true });
    Date.prototype.getTime = () => { throw new Error('patched'); };
    Number.prototype.valueOf = () => { throw new Error('patched'); };
    Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag,
      { get() { return 'Nope'; }, configurable: true });
    results.push(types.isMap(new Map()), types.isDate(new Date()), types.isNumberObject(new Number(1)),
      types.isUint8Array(new Uint8Array(1)), types.isTypedArray(new Uint8Array(1)));
  } finally {
    Object.defineProperty(Map.prototype, 'size', saved.mapSize);
    Date.prototype.getTime = saved.getTime;
    Number.prototype.valueOf = saved.valueOf;
    Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag, saved.tag);
  }
  assert.deepStrictEqual(results, [true, true, true, true, true]);
});

test('isKeyObject and isCryptoKey are false for everything rnode can create', () => {
  for (const value of makeValues()) {
    assert.strictEqual(types.isKeyObject(value), false);
    assert.strictEqual(types.isCryptoKey(value), false);
  }
});
