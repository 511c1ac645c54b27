'use strict';

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { encodings, ours, prng, randomString, same, theirs } = require('./common.js');

test('module shape: exports, constants, Buffer statics and prototype', () => {
  assert.deepStrictEqual(Object.keys(ours).sort(), Object.keys(theirs).sort());
  same((B, m) => [m.kMaxLength, m.kStringMaxLength, m.constants, m.INSPECT_MAX_BYTES, B.poolSize]);
  assert.deepStrictEqual(Object.getOwnPropertyNames(ours.Buffer).sort(),
                         Object.getOwnPropertyNames(theirs.Buffer).sort());
  assert.deepStrictEqual(Object.getOwnPropertyNames(ours.Buffer.prototype).sort(),
                         Object.getOwnPropertyNames(theirs.Buffer.prototype).sort());
  for (const mod of [ours, theirs]) {
    const { Buffer } = mod;
    assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
    assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
    assert.strictEqual(Buffer.prototype.constructor, Buffer);
    assert.strictEqual(Buffer.length, 3);
    assert.strictEqual(Buffer.from('x') instanceof Buffer, true);
    assert.strictEqual(Buffer.from('x') instanceof Uint8Array, true);
    assert.strictEqual(Buffer.from([1]).map((x) => x) instanceof Buffer, true);
    assert.strictEqual(Buffer.from([1, 2]).filter(() => true).constructor, Buffer);
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(mod, 'INSPECT_MAX_BYTES').enumerable, true);
  }
  // Every member: kind, name, length and attributes.
  const shape = (object) => Object.getOwnPropertyNames(object).filter((k) => k !== 'prototype').map((key) => {
    const d = Object.getOwnPropertyDescriptor(object, key);
    const value = typeof d.value === 'function' ? `${d.value.name}/${d.value.length}` : typeof d.value;
    return `${key} ${value} ${typeof d.get} ${typeof d.set} ${d.enumerable} ${d.writable} ${d.configurable}`;
  }).sort();
  assert.deepStrictEqual(shape(ours.Buffer.prototype), shape(theirs.Buffer.prototype));
  assert.deepStrictEqual(shape(ours.Buffer), shape(theirs.Buffer));
  assert.deepStrictEqual(shape(ours), shape(theirs));
  same((B, m) => [m.SlowBuffer.name, m.SlowBuffer.length, m.Buffer.name, m.Buffer.length,
    Object.getOwnPropertyDescriptors(m.constants), Object.getOwnPropertyNames(Object.getPrototypeOf(B.from('x')))
      .length, B.prototype.toLocaleString === B.prototype.toString]);
});

test('util.inspect of the module, Buffer and its prototype', () => {
  const utilNode = require('util');
  const utilOurs = require('../../support/builtin.js').builtin('util');
  for (const pick of [(m) => m, (m) => m.Buffer, (m) => m.Buffer.prototype, (m) => m.constants]) {
    for (const opts of [undefined, { depth: 0 }, { showHidden: true, depth: 0 }]) {
      assert.strictEqual(utilNode.inspect(pick(ours), opts), utilNode.inspect(pick(theirs), opts), `${pick}`);
      assert.strictEqual(utilOurs.inspect(pick(ours), opts), utilNode.inspect(pick(theirs), opts), `${pick} (ours)`);
    }
  }
});

test('Buffer.from(string, encoding) for every encoding on generated strings', () => {
  const rand = prng(1);
  const inputs = ['', 'a', 'abc', 'héllo', '\ud83d\ude00', '\ud800', 'ab\udc00cd', 'zz', 'abc', '0g', 'AQID',
    'AQI', 'AQ==', 'A Q\nI=D', '-_-_', '+/+/', '=AQID', 'AQ=ID', 'YQ', 'YWI', '\u00ff\u0100'];
  for (let i = 0; i < 150; i++) inputs.push(randomString(rand, Math.floor(rand() * 40)));
  for (const enc of [...encodings, undefined, '', null]) {
    for (const input of inputs) same((B) => B.from(input, enc), `from(${JSON.stringify(input)}, ${enc})`);
  }
  // Large strings bypass the pool; undecodable input leaves the allocation as it was sized.
  for (const [s, e] of [['zz'.repeat(20000), 'hex'], ['abzz'.repeat(20000), 'hex'], ['\ud800'.repeat(40000), 'utf8'],
    ['@'.repeat(70000), 'base64'], ['YQ=='.repeat(20000), 'base64'], ['x'.repeat(40000), 'latin1'],
    ['é'.repeat(20000), undefined], ['a'.repeat(16384), 'ucs2']]) {
    same((B) => {
      const b = B.from(s, e);
      return [b.length, b.byteOffset, b.buffer.byteLength, b.toString('base64').length];
    }, `large ${e}`);
  }
  same((B) => B.from('abc', 'nope'));
  same((B) => B.from('', 'nope'));
  same((B) => B.from('abc', 5));
  same((B) => B.from('abc', {}));
});

test('Buffer.from arrays, array-likes, views, ArrayBuffers and objects', () => {
  same((B) => B.from([1, 2, 3, 256, -1, 1.7, '7', null, undefined, NaN, {}]));
  same((B) => B.from([]));
  same((B) => B.from({ length: 3, 0: 9, 2: 300 }));
  same((B) => B.from({ length: '3', 0: 9 }));
  same((B) => B.from({ length: -1 }));
  same((B) => B.from({ type: 'Buffer', data: [1, 2, 3] }));
  same((B) => B.from({ type: 'Buffer', data: 'abc' }));
  same((B) => B.from(new Uint16Array([258, 1, 65535])));
  same((B) => B.from(new Float64Array([1.5, -1, 300])));
  same((B) => B.from(new DataView(new ArrayBuffer(4))));
  same((B) => B.from(new String('str')));
  same((B) => B.from({ valueOf() { return 'fromValueOf'; } }));
  same((B) => B.from({ valueOf() { return [5, 6]; } }));
  same((B) => B.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
  same((B) => B.from({ [Symbol.toPrimitive]() { return 'prim'; } }, 'hex'));
  same((B) => B.from({ [Symbol.toPrimitive]() { return 42; } }));
  for (const bad of [undefined, null, 1, true, Symbol('s'), () => {}, {}, 1n]) {
    same((B) => B.from(bad), `from(${String(bad)})`);
  }
  // Buffers and Uint8Arrays are copied.
  same((B) => {
    const src = B.from([1, 2, 3]);
    const copy = B.from(src);
    src[0] = 9;
    return [copy, copy.buffer === src.buffer && copy.byteOffset === src.byteOffset];
  });
  same((B) => {
    const src = new Uint8Array([4, 5]);
    const copy = B.from(src);
    src[0] = 0;
    return copy;
  });
});

test('Buffer.from(arrayBuffer, byteOffset, length) shares memory and checks bounds', () => {
  const offsets = [undefined, 0, 1, 2, 7, 8, 9, -1, 1.5, '2', NaN, null, Infinity, -Infinity, {}];
  const lengths = [undefined, 0, 1, 3, 8, 9, -1, 2.5, '3', NaN, null, Infinity];
  for (const off of offsets) {
    for (const len of lengths) {
      same((B) => {
        const ab = new ArrayBuffer(8);
        const b = B.from(ab, off, len);
        new Uint8Array(ab).fill(7);
        return [b, b.buffer === ab, b.byteOffset];
      }, `from(ab, ${String(off)}, ${String(len)})`);
    }
  }
  same((B) => {
    const sab = new SharedArrayBuffer(4);
    const b = B.from(sab, 1);
    new Uint8Array(sab)[1] = 5;
    return [b, b.buffer === sab];
  });
});

test('alloc, allocUnsafe, allocUnsafeSlow, SlowBuffer: sizes, fill and errors', () => {
  const sizes = [0, 1, 5, 1.5, -1, NaN, '5', null, undefined, Infinity, 2 ** 53, {}, 4096, 40000];
  for (const size of sizes) {
    same((B) => B.alloc(size), `alloc(${String(size)})`);
    same((B) => B.allocUnsafe(size).length, `allocUnsafe(${String(size)})`);
    same((B) => B.allocUnsafeSlow(size).length, `allocUnsafeSlow(${String(size)})`);
  }
  const fills = [0, 1, 257, -1, 'a', 'ab', '', 'é', '\u0100', 'abz', 'zz', true, false, null, {}, [1, 2],
    new Uint8Array([1, 2, 3]), new Uint8Array(0), 1.9, NaN, Symbol('x'), 1n];
  for (const fill of fills) {
    for (const enc of [undefined, 'hex', 'latin1', 'ucs2', 'base64', 'nope', 5]) {
      same((B) => B.alloc(7, fill, enc), `alloc(7, ${String(fill)}, ${enc})`);
    }
  }
  same((B) => B.alloc(0, 'zz', 'hex'));
  same((B) => {
    const b = B.allocUnsafeSlow(10);
    return [b.byteOffset, b.buffer.byteLength, b instanceof B];
  });
});

test('SlowBuffer warns once with DEP0030 and allocates unpooled memory', () => {
  const warnings = [];
  const saved = process.emitWarning;
  process.emitWarning = (msg, type, code) => warnings.push([type, code, msg]);
  try {
    const a = ours.SlowBuffer(3);
    ours.SlowBuffer(4);
    assert.strictEqual(a.length, 3);
    assert.strictEqual(a.buffer.byteLength, 3);
  } finally {
    process.emitWarning = saved;
  }
  assert.deepStrictEqual(warnings, [['DeprecationWarning', 'DEP0030',
    'SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()']]);
  assert.throws(() => ours.SlowBuffer(-1), { code: 'ERR_OUT_OF_RANGE' });
});

test('Buffer() without new: same results as from/alloc, DEP0005 once', () => {
  const warnings = [];
  const saved = process.emitWarning;
  process.emitWarning = (msg, type, code) => warnings.push([type, code, msg]);
  let results;
  try {
    const B = ours.Buffer;
    results = [B(3), new B(2), B('ab'), B('6162', 'hex'), B([1, 2])].map((b) => Array.from(b));
    assert.throws(() => B(3, 'utf8'), { code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "string" argument must be of type string. Received type number (3)' });
  } finally {
    process.emitWarning = saved;
  }
  assert.deepStrictEqual(results, [[0, 0, 0], [0, 0], [97, 98], [97, 98], [1, 2]]);
  assert.deepStrictEqual(warnings, [['DeprecationWarning', 'DEP0005', 'Buffer() is deprecated due to security and ' +
    'usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.']]);
});

test('pooling: byteOffset and pool renewal follow Node for allocUnsafe and from()', () => {
  // Each side starts from a fresh pool; the sequence of (same pool?, byteOffset) must match.
  function trace(B) {
    // Starts both sides from the same state: a pool whose first half is taken.
    while (B.allocUnsafe(B.poolSize / 2 - 1).byteOffset !== 0);
    const out = [];
    let pool = null;
    const record = (b) => {
      out.push([b.length, b.buffer === pool, b.byteOffset, b.buffer.byteLength]);
      if (b.buffer.byteLength === B.poolSize) pool = b.buffer;
    };
    const rand = prng(7);
    for (let i = 0; i < 400; i++) {
      const kind = Math.floor(rand() * 7);
      const n = Math.floor(rand() ** 3 * 40000);
      if (kind === 0) record(B.allocUnsafe(n));
      else if (kind === 1) record(B.from('x'.repeat(n)));
      else if (kind === 2) record(B.from('é'.repeat(n >> 2)));
      else if (kind === 3) record(B.from('ab'.repeat(n >> 3), 'hex'));
      else if (kind === 4) record(B.from('YWJj'.repeat(n >> 4), 'base64'));
      else if (kind === 5) record(B.from(new Array(n >> 4).fill(1)));
      else record(B.concat([B.from('abc'), B.from('de')]));
    }
    record(B.allocUnsafe(0));
    record(B.from(''));
    return out;
  }
  same(trace);
  // A smaller poolSize applies from the next renewal on.
  same((B) => {
    const saved = B.poolSize;
    B.poolSize = 1024;
    try {
      const out = [];
      for (let i = 0; i < 30; i++) {
        const b = B.allocUnsafe(i * 17);
        out.push([b.byteOffset, b.buffer.byteLength]);
      }
      return out;
    } finally {
      B.poolSize = saved;
      B.allocUnsafe(saved / 2 - 1);
    }
  });
});

test('concat: lengths, truncation, zero-fill and errors', () => {
  same((B) => B.concat([B.from('ab'), new Uint8Array([1, 2]), B.from('')]));
  same((B) => B.concat([]));
  same((B) => B.concat([B.from('abc')], 2));
  same((B) => B.concat([B.from('abc')], 6));
  same((B) => B.concat([B.from('abc')], 0));
  same((B) => B.concat([B.from('abc'), 'x']));
  same((B) => B.concat(['x']));
  same((B) => B.concat([B.from('abc'), {}], 3));
  same((B) => B.concat('abc'));
  same((B) => B.concat(new Set()));
  same((B) => B.concat([B.from('a')], -1));
  same((B) => B.concat([B.from('a')], 1.5));
  same((B) => B.concat([B.from('a')], '1'));
  same((B) => {
    const c = B.concat([B.from('a')]);
    return c.buffer.byteLength === B.poolSize;
  });
});

test('concat: generated lists of small and large parts, views at offsets, cut by length, detached parts', () => {
  const rand = prng(7);
  const sizes = [0, 1, 2, 7, 31, 63, 64, 65, 100];
  for (let i = 0; i < 150; i++) {
    const specs = [];
    const count = 1 + Math.floor(rand() * 6);
    for (let k = 0; k < count; k++) {
      const size = sizes[Math.floor(rand() * sizes.length)];
      specs.push({ size, offset: Math.floor(rand() * 3), seed: Math.floor(rand() * 256) });
    }
    const total = specs.reduce((n, p) => n + p.size, 0);
    const lengths = [undefined, total, Math.floor(rand() * (total + 1)), total + 3];
    for (const length of lengths) {
      same((B) => {
        const list = specs.map(({ size, offset, seed }, k) => {
          const backing = new Uint8Array(size + offset);
          for (let j = 0; j < backing.length; j++) backing[j] = (seed + j * 7) & 255;
          return k % 2 === 0 ? B.from(backing.buffer, offset, size) : backing.subarray(offset);
        });
        return length === undefined ? B.concat(list) : B.concat(list, length);
      }, `concat ${JSON.stringify(specs)} ${length}`);
    }
  }
  same((B) => {
    const part = new Uint8Array(8);
    structuredClone(part.buffer, { transfer: [part.buffer] });
    return B.concat([B.from('ab'), part]);
  });
});

test('byteLength for all encodings, views and bad input', () => {
  const rand = prng(2);
  const strings = ['', 'abc', 'héllo', '\ud83d\ude00', '\ud800', 'AQID', 'AQ==', 'AQ=', 'A', '====', 'ab c',
    'abc', 'zz'];
  for (let i = 0; i < 60; i++) strings.push(randomString(rand, Math.floor(rand() * 30)));
  for (const s of strings) {
    for (const enc of [...encodings, undefined, 'nope', null, 5]) {
      same((B) => B.byteLength(s, enc), `byteLength(${JSON.stringify(s)}, ${enc})`);
    }
  }
  same((B) => [B.byteLength(new ArrayBuffer(5)), B.byteLength(new Uint16Array(3)), B.byteLength(new DataView(
    new ArrayBuffer(4), 1)), B.byteLength(B.alloc(2)), B.byteLength(new SharedArrayBuffer(3))]);
  for (const bad of [5, null, undefined, {}, [1, 2], true]) same((B) => B.byteLength(bad), String(bad));
});

test('isBuffer, isEncoding, compare, of, copyBytesFrom', () => {
  same((B) => [B.isBuffer(B.alloc(1)), B.isBuffer(new Uint8Array(1)), B.isBuffer(null), B.isBuffer({})]);
  for (const enc of [...encodings, '', 'nope', null, undefined, 5, 'utf-16', 'UCS2', 'binary ', {}]) {
    same((B) => B.isEncoding(enc), String(enc));
  }
  same((B) => [B.compare(B.from('a'), B.from('b')), B.compare(B.from('b'), B.from('a')),
    B.compare(B.from('ab'), B.from('a')), B.compare(B.from(''), B.from('')), B.compare(new Uint8Array([1]),
      B.from([1]))]);
  same((B) => B.compare('a', B.from('b')));
  same((B) => B.compare(B.from('a'), 'b'));
  same((B) => B.of(1, 2, 300, -1));
  same((B) => B.of());
  same((B) => [B.copyBytesFrom(new Uint16Array([1, 258, 3])), B.copyBytesFrom(new Uint16Array([1, 258, 3]), 1),
    B.copyBytesFrom(new Uint16Array([1, 258, 3]), 1, 1), B.copyBytesFrom(new Uint16Array([1, 2]), 5),
    B.copyBytesFrom(new Float32Array(0))]);
  for (const args of [[new Uint8Array(2), -1], [new Uint8Array(2), 1.5], [new Uint8Array(2), 0, '1'],
    [new DataView(new ArrayBuffer(2))], [[1, 2]], ['ab']]) {
    same((B) => B.copyBytesFrom(...args), String(args));
  }
});

test('resizable and detached ArrayBuffers', () => {
  same((B) => {
    const ab = new ArrayBuffer(4, { maxByteLength: 8 });
    const tracking = B.from(ab);
    const fixed = B.from(ab, 1, 2);
    ab.resize(8);
    const out = [tracking.length, fixed.length];
    const tail = B.from(ab, 2);
    ab.resize(1);
    out.push(tail.length, tracking.length, B.byteLength(ab));
    return out;
  });
  const ops = {
    toString: (b) => b.toString('hex'), write: (b) => b.write('a'), readUInt8: (b) => b.readUInt8(0),
    fill: (b) => b.fill(1), concat: (b, B) => B.concat([b, B.from('a')]), copy: (b, B) => b.copy(B.alloc(2)),
    copyInto: (b, B) => B.from('ab').copy(b), equals: (b, B) => b.equals(B.alloc(0)), compare: (b, B) => b.compare(
      B.from('a')), indexOf: (b) => b.indexOf('a'), slice: (b) => b.slice(0, 1), toJSON: (b) => b.toJSON(),
    swap16: (b) => b.swap16(), inspect: (b) => b.inspect(), from: (b, B) => B.from(b), byteLength: (b, B) =>
      B.byteLength(b), includes: (b) => b.includes(0), subarray: (b) => b.subarray(1), latin1Slice: (b) =>
      b.latin1Slice(), utf8Write: (b) => b.utf8Write('x'),
  };
  for (const [name, op] of Object.entries(ops)) {
    same((B) => {
      const ab = new ArrayBuffer(8);
      const b = B.from(ab);
      structuredClone(ab, { transfer: [ab] });
      return op(b, B);
    }, `${name} on a detached buffer`);
  }
});
