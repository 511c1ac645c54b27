'use strict';

const assert = require('assert');
const crypto = require('crypto');
const { test, loadAddon, assertArgTypeError } = require('./harness');

const hash = loadAddon('hash');

const expected = (data) => crypto.createHash('sha256').update(data).digest('hex');

function inputs() {
  const mib = crypto.randomBytes(1 << 20);
  const whole = Buffer.from('0123456789abcdef');
  return [
    ['empty', Buffer.alloc(0)],
    ['abc', Buffer.from('abc')],
    ['one byte', Buffer.from([0xff])],
    ['64 bytes (one block)', Buffer.alloc(64, 0x61)],
    ['55 bytes (padding edge)', Buffer.alloc(55, 0x62)],
    ['1 MiB random', mib],
    ['a subarray view', whole.subarray(3, 9)],
  ];
}

test('sha256Sync equals node crypto for several inputs', () => {
  for (const [label, data] of inputs()) {
    const out = hash.sha256Sync(data);
    assert.strictEqual(out, expected(data), label);
    assert.match(out, /^[0-9a-f]{64}$/, label);
  }
});

test('sha256Sync of the empty buffer is the known digest', () => {
  assert.strictEqual(
    hash.sha256Sync(Buffer.alloc(0)),
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  );
});

test('sha256 returns a Promise of the same digest', async () => {
  for (const [label, data] of inputs()) {
    const pending = hash.sha256(data);
    assert.ok(pending instanceof Promise, `${label}: not a Promise`);
    assert.strictEqual(await pending, expected(data), label);
  }
});

test('sha256 computes off the JS thread (the event loop turns meanwhile)', async () => {
  let turned = false;
  setImmediate(() => { turned = true; });
  // Hashing 16 MiB takes long enough for the loop to reach its check phase first; a digest
  // computed synchronously would resolve in a microtask, before any setImmediate.
  const turnedBeforeResolve = await hash.sha256(Buffer.alloc(16 << 20, 1)).then(() => turned);
  assert.strictEqual(turnedBeforeResolve, true);
});

test('many concurrent sha256 calls each resolve with their own digest', async () => {
  const datas = Array.from({ length: 32 }, (_, i) => crypto.randomBytes(1000 + i * 997));
  const results = await Promise.all(datas.map((d) => hash.sha256(d)));
  results.forEach((r, i) => assert.strictEqual(r, expected(datas[i]), `input ${i}`));
});

test('sha256Sync rejects a non-Buffer with ERR_INVALID_ARG_TYPE', () => {
  assertArgTypeError(() => hash.sha256Sync('abc'), 'data');
  assertArgTypeError(() => hash.sha256Sync(), 'data');
});

test('sha256 validates its argument synchronously, before any work is queued', () => {
  // As Node's own async APIs do: a bad argument throws at the call, no rejected Promise.
  assertArgTypeError(
    () => hash.sha256('abc'),
    'data',
    "The \"data\" argument must be an instance of Buffer. Received type string ('abc')",
  );
  assertArgTypeError(() => hash.sha256(42), 'data');
  assertArgTypeError(() => hash.sha256(), 'data', 'The "data" argument must be an instance of Buffer. Received undefined');
});
