'use strict';

const assert = require('assert');
const { test, loadAddon, assertArgTypeError } = require('./harness');

const ticker = loadAddon('ticker');

test('tick calls the callback with 0..count-1 in order and resolves with count', async () => {
  const calls = [];
  const pending = ticker.tick(5, (i) => { calls.push(i); });
  assert.ok(pending instanceof Promise);
  const result = await pending;
  assert.strictEqual(result, 5);
  assert.deepStrictEqual(calls, [0, 1, 2, 3, 4]);
});

test('the callback runs on the JS thread, after tick returns', async () => {
  const calls = [];
  const pending = ticker.tick(3, (i) => { calls.push(i); });
  assert.deepStrictEqual(calls, [], 'no call may happen before tick returns');
  await pending;
  assert.deepStrictEqual(calls, [0, 1, 2]);
});

test('the Promise resolves only after the last call', async () => {
  const calls = [];
  const count = await ticker.tick(50, (i) => { calls.push(i); });
  assert.strictEqual(count, 50);
  assert.strictEqual(calls.length, 50);
});

test('tick(0) resolves with 0 without calling back', async () => {
  let called = false;
  assert.strictEqual(await ticker.tick(0, () => { called = true; }), 0);
  assert.strictEqual(called, false);
});

test('order holds for many calls', async () => {
  const calls = [];
  assert.strictEqual(await ticker.tick(2000, (i) => calls.push(i)), 2000);
  assert.strictEqual(calls.length, 2000);
  calls.forEach((v, i) => assert.strictEqual(v, i));
});

test('concurrent tickers each call back in their own order', async () => {
  const a = [];
  const b = [];
  const [ra, rb] = await Promise.all([
    ticker.tick(100, (i) => a.push(i)),
    ticker.tick(60, (i) => b.push(i)),
  ]);
  assert.strictEqual(ra, 100);
  assert.strictEqual(rb, 60);
  assert.deepStrictEqual(a, Array.from({ length: 100 }, (_, i) => i));
  assert.deepStrictEqual(b, Array.from({ length: 60 }, (_, i) => i));
});

test('the callback receives numbers', async () => {
  const types = new Set();
  await ticker.tick(3, (i) => types.add(typeof i));
  assert.deepStrictEqual([...types], ['number']);
});

test('a throwing callback rejects the Promise with its error and stops the ticks', async () => {
  const boom = new Error('callback failed');
  const calls = [];
  const pending = ticker.tick(5, (i) => {
    calls.push(i);
    if (i === 1) throw boom;
  });
  await assert.rejects(pending, (err) => err === boom);
  assert.deepStrictEqual(calls, [0, 1]);
  // The addon stays usable afterwards.
  assert.strictEqual(await ticker.tick(2, () => {}), 2);
});

test('a count that is not a non-negative integer is out of range', () => {
  for (const bad of [-1, 1.5, 2 ** 32, NaN]) {
    assert.throws(() => ticker.tick(bad, () => {}), (err) => {
      assert.ok(err instanceof RangeError, `tick(${bad}): ${err}`);
      assert.strictEqual(err.code, 'ERR_OUT_OF_RANGE');
      return true;
    });
  }
});

test('bad arguments throw ERR_INVALID_ARG_TYPE naming the argument', () => {
  assertArgTypeError(() => ticker.tick('3', () => {}), 'count');
  assertArgTypeError(() => ticker.tick(3, 'not a function'), 'callback');
  assertArgTypeError(() => ticker.tick(3), 'callback');
});
