'use strict';

const assert = require('assert');
const { test, loadAddon, assertArgTypeError } = require('./harness');

const buffers = loadAddon('buffers');

test('reversed returns a new Buffer with the bytes in reverse order', () => {
  const input = Buffer.from([1, 2, 3, 4, 5]);
  const out = buffers.reversed(input);
  assert.ok(Buffer.isBuffer(out));
  assert.deepStrictEqual([...out], [5, 4, 3, 2, 1]);
  assert.deepStrictEqual([...input], [1, 2, 3, 4, 5], 'the input must not change');
  out[0] = 99;
  assert.strictEqual(input[4], 5, 'the result must not share memory with the input');
});

test('reversed handles empty and large buffers', () => {
  const empty = buffers.reversed(Buffer.alloc(0));
  assert.ok(Buffer.isBuffer(empty));
  assert.strictEqual(empty.length, 0);
  const big = Buffer.alloc(1 << 20);
  for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
  const out = buffers.reversed(big);
  assert.strictEqual(out.length, big.length);
  assert.ok(out.equals(Buffer.from(big).reverse()));
});

test('reversed reads only the view of a sliced Buffer', () => {
  const whole = Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]);
  assert.deepStrictEqual([...buffers.reversed(whole.subarray(2, 5))], [4, 3, 2]);
});

test('reversed rejects a non-Buffer', () => {
  assertArgTypeError(() => buffers.reversed('abc'), 'data');
  assertArgTypeError(() => buffers.reversed([1, 2]), 'data');
  assertArgTypeError(() => buffers.reversed(), 'data');
});

test('fill writes into the caller\'s Uint8Array (same memory)', () => {
  const target = new Uint8Array(16);
  const before = target.buffer;
  assert.strictEqual(buffers.fill(target, 7), undefined);
  assert.ok(target.every((b) => b === 7));
  assert.strictEqual(target.buffer, before);
  const alias = new Uint8Array(before);
  assert.ok(alias.every((b) => b === 7), 'the write did not reach the underlying ArrayBuffer');
});

test('fill writes only inside a subarray view', () => {
  const whole = new Uint8Array(10);
  buffers.fill(whole.subarray(2, 5), 9);
  assert.deepStrictEqual([...whole], [0, 0, 9, 9, 9, 0, 0, 0, 0, 0]);
});

test('fill accepts a Buffer (a Uint8Array) and an empty array', () => {
  const buf = Buffer.alloc(4);
  buffers.fill(buf, 255);
  assert.deepStrictEqual([...buf], [255, 255, 255, 255]);
  buffers.fill(new Uint8Array(0), 1);
});

test('fill rejects other types', () => {
  assertArgTypeError(() => buffers.fill(new Uint16Array(2), 1), 'target');
  assertArgTypeError(() => buffers.fill([0, 0], 1), 'target');
  assertArgTypeError(() => buffers.fill(new Uint8Array(2), 'x'), 'value');
});

test('sum adds a Float64Array', () => {
  assert.strictEqual(buffers.sum(new Float64Array([1.5, 2.5, 3])), 7);
  assert.strictEqual(buffers.sum(new Float64Array(0)), 0);
  const values = new Float64Array(1000).map((_, i) => i);
  assert.strictEqual(buffers.sum(values), (999 * 1000) / 2);
});

test('sum reads only the view of a subarray', () => {
  const whole = new Float64Array([100, 1, 2, 3, 100]);
  assert.strictEqual(buffers.sum(whole.subarray(1, 4)), 6);
});

test('sum rejects other types', () => {
  assertArgTypeError(() => buffers.sum(new Float32Array([1])), 'values');
  assertArgTypeError(() => buffers.sum([1, 2]), 'values');
  assertArgTypeError(() => buffers.sum(Buffer.alloc(8)), 'values');
});

test('zeros returns a zero-filled Buffer of the given size', () => {
  for (const size of [0, 1, 16, 4096]) {
    const out = buffers.zeros(size);
    assert.ok(Buffer.isBuffer(out));
    assert.strictEqual(out.length, size);
    assert.ok(out.every((b) => b === 0));
  }
});

test('zeros rejects bad sizes', () => {
  assertArgTypeError(() => buffers.zeros('3'), 'size');
  assert.throws(() => buffers.zeros(-1), 'a negative size must not allocate');
});
