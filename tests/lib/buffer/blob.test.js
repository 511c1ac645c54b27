'use strict';

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin, builtinGlobal, reference } = require('../../support/builtin.js');
const { describe } = require('./common.js');

const ours = builtin('buffer');
const theirs = reference('buffer');
const utilNode = reference('util');
const utilOurs = builtin('util');

// Runs `fn(module)` on both sides, awaiting promises, and compares the outcome.
async function same(fn, label = fn.toString()) {
  const run = async (mod) => {
    try {
      const value = await fn(mod);
      return { ok: describe(value) };
    } catch (err) {
      return { threw: describe(err) };
    }
  };
  const a = await run(ours);
  const b = await run(theirs);
  assert.deepStrictEqual(a, b, label);
}

// A Blob's observable state: size, type, bytes and text.
async function state(blob) {
  return [blob.size, blob.type, new Uint8Array(await blob.arrayBuffer()), await blob.text(), await blob.bytes()];
}

test('Blob: parts of every kind, options, endings', async () => {
  const partLists = [undefined, [], ['abc'], ['a', 'b'], ['\ud800', 'é', '\ud83d\ude00'], [1, {}, null, true],
    [new Uint8Array([1, 2]), new Uint16Array([0x102]), new ArrayBuffer(3), new DataView(new ArrayBuffer(2), 1)],
    ['a\r\nb\nc\rd\n\r'], ['\ufeffbom'], [new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff])]];
  const optionList = [undefined, null, {}, { type: 'Text/HTML' }, { type: 'a\u00e9' }, { type: ' A b ' },
    { type: 5 }, { endings: 'native' }, { endings: 'transparent' }, { endings: 'x' }, { type: 'x', endings: 'native' },
    5, 'str'];
  for (const parts of partLists) {
    for (const options of optionList) {
      await same(async (m) => state(new m.Blob(parts, options)), `${JSON.stringify(parts)} ${JSON.stringify(options)}`);
    }
  }
  await same(async (m) => state(new m.Blob([new m.Blob(['inner']), 'outer', new m.Blob(['ab']).slice(1)])));
  await same(async (m) => state(new m.Blob({ *[Symbol.iterator]() { yield 'ab'; yield new Uint8Array([1]); } })));
  for (const bad of ['abc', 5, null, {}, { length: 1, 0: 'a' }, [Symbol('s')], ['ok', Symbol('t')]]) {
    await same((m) => new m.Blob(bad), `new Blob(${utilNode.inspect(bad)})`);
  }
  await same((m) => m.Blob());
  await same((m) => [m.Blob.length, m.Blob.name, m.File.length, m.File.name]);
  // Parts are copied at construction.
  await same(async (m) => {
    const bytes = new Uint8Array([1, 2, 3]);
    const blob = new m.Blob([bytes]);
    bytes[0] = 9;
    return state(blob);
  });
});

test('Blob: slice ranges and content types', async () => {
  const args = [[], [1], [1, -1], [-2], [2.7, 4.2], [NaN, 'x'], [4, 2], [Infinity], [-Infinity], [0, -10], [0, 100],
    [-100, 3], ['2', '4'], [null, null], [1, 3, 'X/Y'], [1, undefined, 5], [0, 6, 'a\u00e9'], [2 ** 64 + 4096],
    [1n], [0, 1n]];
  for (const a of args) {
    await same(async (m) => state(new m.Blob(['abcdef'], { type: 'a/b' }).slice(...a)), `slice(${a.map(String)})`);
  }
  await same(async (m) => state(new m.Blob(['abcdef']).slice(1, 5).slice(1, -1)));
});

test('Blob: brand checks, property layout, inspect', async () => {
  for (const mod of [ours, theirs]) {
    assert.deepStrictEqual(Object.getOwnPropertyNames(mod.Blob.prototype),
                           Object.getOwnPropertyNames(theirs.Blob.prototype));
    assert.deepStrictEqual(Object.getOwnPropertyNames(mod.File.prototype),
                           Object.getOwnPropertyNames(theirs.File.prototype));
  }
  for (const key of Object.getOwnPropertyNames(theirs.Blob.prototype)) {
    const a = Object.getOwnPropertyDescriptor(ours.Blob.prototype, key);
    const b = Object.getOwnPropertyDescriptor(theirs.Blob.prototype, key);
    assert.deepStrictEqual([a.enumerable, a.configurable, typeof a.get, typeof a.value],
                           [b.enumerable, b.configurable, typeof b.get, typeof b.value], key);
  }
  await same((m) => Object.prototype.toString.call(new m.Blob()));
  await same((m) => Object.prototype.toString.call(new m.File([], 'f')));
  await same((m) => Object.getOwnPropertyDescriptor(m.Blob.prototype, 'size').get.call({}));
  await same((m) => Object.getOwnPropertyDescriptor(m.Blob.prototype, 'type').get.call(1));
  await same((m) => m.Blob.prototype.slice.call({}));
  await same((m) => m.Blob.prototype.text.call({}));
  await same((m) => m.Blob.prototype.arrayBuffer.call(null));
  await same((m) => m.Blob.prototype.bytes.call([]));
  await same((m) => Object.getOwnPropertyDescriptor(m.File.prototype, 'name').get.call(new m.Blob()));
  await same((m) => new m.Blob() instanceof m.Blob && new m.File([], 'x') instanceof m.Blob);
  const values = (m) => [new m.Blob(['ab']), new m.Blob([], { type: 'text/plain' }), { a: { b: { c: new m.Blob() } } },
    [new m.File(['abc'], 'f.txt', { lastModified: 5, type: 'T' })], { a: { b: { c: new m.File([], 'x') } } }];
  for (const opts of [undefined, { colors: true }, { depth: 0 }, { depth: -1 }]) {
    assert.strictEqual(utilNode.inspect(values(ours), opts), utilNode.inspect(values(theirs), opts));
    assert.strictEqual(utilOurs.inspect(values(ours), opts), utilNode.inspect(values(theirs), opts));
  }
});

test('Blob: stream() and textStream() need web streams and say so', () => {
  const blob = new ours.Blob(['x']);
  assert.throws(() => blob.stream(), { code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The stream() method is not implemented' });
  assert.throws(() => blob.textStream(), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });
});

test('File: name, lastModified, options and errors', async () => {
  const lastModifieds = [5, 'x', 1.7, Infinity, null, 2 ** 64, -5.5, '12', undefined];
  for (const lastModified of lastModifieds) {
    await same(async (m) => {
      const f = new m.File(['ab'], 'n.txt', { lastModified, type: 'T' });
      return [f.name, lastModified === undefined ? typeof f.lastModified : f.lastModified, await state(f)];
    }, `lastModified ${String(lastModified)}`);
  }
  await same((m) => new m.File(['x'], 5).name);
  await same((m) => new m.File(['x'], { toString: () => 'obj' }).name);
  await same((m) => new m.File());
  await same((m) => new m.File([]));
  await same((m) => new m.File(['x'], 'a', 5));
  await same((m) => new m.File('x', 'a'));
  const before = Date.now();
  const f = new ours.File([], 'now');
  assert.ok(f.lastModified >= before && f.lastModified <= Date.now());
});

test('resolveObjectURL: unknown and malformed URLs, registered blobs', async () => {
  for (const url of ['blob:nodedata:abc', 'blob:nodedata:', 'http://x', 5, undefined, '', 'blob:other:1']) {
    await same((m) => m.resolveObjectURL(url), `resolveObjectURL(${String(url)})`);
  }
  const blobs = builtin('internal/blob');
  const blob = new ours.Blob(['registered']);
  const url = blobs.createObjectURL(blob);
  assert.match(url, /^blob:nodedata:/);
  assert.strictEqual(ours.resolveObjectURL(url), blob);
  assert.strictEqual(ours.resolveObjectURL(`${url}#frag`), blob);
  assert.strictEqual(ours.resolveObjectURL(`${url}x`), undefined);
  blobs.revokeObjectURL(url);
  assert.strictEqual(ours.resolveObjectURL(url), undefined);
  assert.throws(() => blobs.createObjectURL({}), { code: 'ERR_INVALID_THIS' });
});

test('Blob and File are the globals', () => {
  assert.strictEqual(builtinGlobal('Blob'), ours.Blob);
  assert.strictEqual(builtinGlobal('File'), ours.File);
  assert.strictEqual(ours.File, builtin('internal/blob').File);
});
