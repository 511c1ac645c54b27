'use strict';

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { ours, prng, randomBytes, same, theirs } = require('./common.js');

const offsets = [undefined, -100, -7, -6, -5, -1, -0, 0, 1, 2, 3, 5, 6, 7, 100, NaN, 1.5, -1.5, null, {}, [], [2],
  true, 2 ** 40, -(2 ** 40), '1', 'hex', 'latin1', 'ucs2', 'nope', Infinity, -Infinity];

test('indexOf, lastIndexOf, includes: strings, numbers, buffers, offsets, encodings', () => {
  const needles = ['', 'a', 'c', 'bc', 'abcabc', 'abcabcd', 'é', 97, 99, 0x161, -159, 256 + 98, 1.5, NaN, 'YQ==',
    '6263', 'x'];
  for (const needle of needles) {
    for (const off of offsets) {
      for (const enc of [undefined, 'hex', 'base64', 'latin1', 'ucs2', 'utf16le', 'nope']) {
        same((B) => {
          const b = B.from('abcabc');
          return [b.indexOf(needle, off, enc), b.lastIndexOf(needle, off, enc), b.includes(needle, off, enc)];
        }, `${JSON.stringify(needle)} ${String(off)} ${enc}`);
      }
    }
  }
  for (const off of offsets) {
    same((B) => {
      const b = B.from('abcabc');
      return [b.indexOf(B.from('bc'), off), b.lastIndexOf(B.from('bc'), off), b.indexOf(B.alloc(0), off),
        b.lastIndexOf(new Uint8Array([97]), off), b.indexOf(B.from('abcabcabc'), off)];
    }, `buffer needle at ${String(off)}`);
  }
  for (const bad of [null, undefined, {}, [1], true, Symbol('s'), 1n, new Uint16Array([1])]) {
    same((B) => B.from('abc').indexOf(bad), `indexOf(${String(bad)})`);
  }
  same((B) => [B.alloc(0).indexOf(''), B.alloc(0).indexOf('', 1), B.alloc(0).lastIndexOf(''),
    B.alloc(0).indexOf(0), B.alloc(0).lastIndexOf(B.alloc(0))]);
  // UTF-16 needles are searched on their own, also at odd offsets.
  same((B) => {
    const b = B.from('xaxbxcab', 'ucs2');
    return [b.indexOf('ab', 0, 'ucs2'), b.indexOf('b', 3, 'ucs2'), b.lastIndexOf('x', -3, 'ucs2'),
      B.from([0x61, 0x00, 0x62]).indexOf('a', 0, 'ucs2'), B.from([0x00, 0x61, 0x00]).indexOf('a', 0, 'ucs2')];
  });
  const rand = prng(20);
  for (let i = 0; i < 200; i++) {
    const hay = randomBytes(rand, Math.floor(rand() * 20)).map((x) => x & 3);
    const needle = randomBytes(rand, Math.floor(rand() * 4)).map((x) => x & 3);
    const off = Math.floor(rand() * 30) - 15;
    same((B) => {
      const b = B.from(hay);
      return [b.indexOf(B.from(needle), off), b.lastIndexOf(B.from(needle), off),
        b.indexOf(B.from(needle).toString('latin1'), off, 'latin1'), b.lastIndexOf(needle[0] ?? 0, off)];
    }, `[${hay}] [${needle}] ${off}`);
  }
});

test('fill: values, ranges, encodings and errors', () => {
  const values = [0, 1, 257, -1, 1.7, NaN, 'a', 'ab', 'abc', '', 'é', '\u0100', '€', '\ud83d\ude00', 'zz', 'abz',
    'YQ', true, false, null, undefined, {}, [3, 4], new Uint8Array([1, 2, 3]), new Uint16Array([258]),
    new DataView(new ArrayBuffer(2)), new Uint8Array(0), Symbol('s'), 1n];
  const ranges = [[], [1], [1, 3], [0, 5], [0, 6], [-1], [6], [5], [3, 2], [0, -1], ['1'], [1.5], [null],
    [0, null], [0, '2'], [NaN], [2 ** 40], ['hex'], ['latin1'], [1, 'hex'], [1, 3, 'hex'], [1, 3, 'ucs2'],
    [1, 3, 'nope'], [1, 3, 5], [1, 3, null], [0, 5, 'UTF8'], [undefined, undefined, 'latin1'], [1, 'nope']];
  for (const value of values) {
    for (const range of ranges) {
      same((B) => B.alloc(5, 7).fill(value, ...range), `fill(${String(value)}, ${range.map(String)})`);
    }
  }
  same((B) => {
    const b = B.alloc(5, 7);
    return b.fill(1) === b;
  });
  same((B) => B.alloc(37).fill('abcdefg', 3, 35));
  same((B) => B.alloc(100).fill(B.from('xyz'), 1));
  same((B) => B.alloc(9).fill('\u00e9\u00e9', 'latin1'));
  same((B) => B.alloc(0).fill('abc'));
});

test('slice and subarray share memory; offsets are clamped', () => {
  const args = [[], [1], [1, 3], [-2], [-2, -1], [3, 1], [10], [-10], [0, 10], [1.5, 3.7], ['1', '3'], [NaN, NaN],
    [null, null], [undefined, 2], [Infinity], [-Infinity, Infinity], [{}, []]];
  for (const a of args) {
    same((B) => {
      const b = B.from('abcdef');
      const s = b.slice(...a);
      const t = b.subarray(...a);
      if (s.length > 0) s[0] = 0x7a;
      return [s, t, b, s.buffer === b.buffer, s instanceof B, t instanceof B];
    }, `slice(${a.map(String)})`);
  }
});

test('swap16, swap32, swap64 and their size errors', () => {
  for (let n = 0; n <= 260; n += (n < 20 ? 1 : 61)) {
    same((B) => {
      const out = [];
      for (const name of ['swap16', 'swap32', 'swap64']) {
        const b = B.from(Array.from({ length: n }, (_, i) => i & 255));
        try { out.push(b[name]() === b, Array.from(b)); } catch (err) { out.push(err.code, err.message); }
      }
      return out;
    }, `swap on ${n} bytes`);
  }
});

test('copy: ranges, overlap, coercion and errors', () => {
  const args = [[], [0], [2], [5], [9], [-1], [0, 2], [0, -1], [0, 7], [0, 6], [1, 2, 4], [1, 4, 2], [0, 0, 100],
    [0, 0, -1], ['1'], [1.5, 1.5, 4.5], [NaN, NaN, NaN], [null, null, null], [0, 6, 6], [Infinity],
    [0, Infinity], [0, 0, Infinity], ['x', 'y', 'z'], [2 ** 60]];
  for (const a of args) {
    same((B) => {
      const src = B.from('abcdef');
      const dst = B.alloc(8, 0x2e);
      return [src.copy(dst, ...a), dst];
    }, `copy(${a.map(String)})`);
    same((B) => {
      const b = B.from('abcdefgh');
      return [b.copy(b, ...a), b];
    }, `copy onto itself (${a.map(String)})`);
  }
  for (const bad of [null, undefined, 'abc', [1, 2], {}]) {
    same((B) => B.from('abc').copy(bad), `copy(${String(bad)})`);
  }
  same((B) => {
    const dst = new Uint16Array(2);
    return [B.from('abcdef').copy(dst), Array.from(new Uint8Array(dst.buffer))];
  });
});

test('equals and compare(target, targetStart, targetEnd, sourceStart, sourceEnd)', () => {
  same((B) => [B.from('abc').equals(B.from('abc')), B.from('abc').equals(B.from('abd')),
    B.from('').equals(new Uint8Array(0)), B.from('ab').equals(B.from('abc'))]);
  for (const bad of ['abc', null, [97], new Uint16Array(1)]) {
    same((B) => B.from('abc').equals(bad), `equals(${String(bad)})`);
    same((B) => B.from('abc').compare(bad), `compare(${String(bad)})`);
  }
  const args = [[], [0], [1], [0, 2], [0, 3, 1], [0, 3, 0, 2], [1, 3, 1, 3], [3, 3], [0, 0, 2, 2], [4], [0, 4],
    [-1], [1.5], ['1'], [null], [0, 3, 0, 4], [0, 3, 0, -1], [undefined, undefined, 2], [2, 1], [0, 3, 2, 1],
    [NaN], [0, 0], [2 ** 40]];
  for (const a of args) {
    for (const target of ['abc', 'abd', 'ab', 'b', '']) {
      same((B) => B.from('abc').compare(B.from(target), ...a), `compare(${target}, ${a.map(String)})`);
    }
  }
});

test('toJSON, parent, offset, JSON.stringify', () => {
  same((B) => [B.from('abc').toJSON(), B.alloc(0).toJSON(), JSON.stringify({ b: B.from([1, 2]) })]);
  same((B) => {
    const b = B.from('abc');
    return [b.parent === b.buffer, b.offset === b.byteOffset];
  });
  for (const mod of [ours, theirs]) {
    const desc = Object.getOwnPropertyDescriptor(mod.Buffer.prototype, 'parent');
    assert.strictEqual(desc.get.call(new Uint8Array(2)), undefined);
  }
});

test('inspect: bytes, the 50-byte cut, INSPECT_MAX_BYTES and extra properties', () => {
  const utilOurs = builtin('util');
  const utilNode = reference('util');
  const cases = [
    (B) => B.from('abc'),
    (B) => B.alloc(0),
    (B) => B.alloc(50),
    (B) => B.alloc(51),
    (B) => B.alloc(52, 1),
    (B) => Object.assign(B.from('ab'), { foo: 1, bar: 'x' }),
    (B) => Object.assign(B.alloc(0), { x: { y: { z: { w: 1 } } } }),
    (B) => {
      const b = B.from('ab');
      b[Symbol('s')] = 2;
      Object.defineProperty(b, 'hidden', { value: 3 });
      return b;
    },
    (B) => ({ nested: [B.from([1, 2, 3])] }),
    (B) => B.from('a').subarray(0, 0),
  ];
  const options = [undefined, { showHidden: true }, { colors: true }, { depth: 0 }, { compact: false }];
  for (const make of cases) {
    for (const opts of options) {
      // Node's inspect on both sides checks our custom inspect against theirs; ours on ours checks the pairing.
      assert.strictEqual(utilNode.inspect(make(ours.Buffer), opts), utilNode.inspect(make(theirs.Buffer), opts),
                         `${make} ${JSON.stringify(opts)}`);
      assert.strictEqual(utilOurs.inspect(make(ours.Buffer), opts), utilNode.inspect(make(theirs.Buffer), opts),
                         `${make} ${JSON.stringify(opts)} (rnode's util)`);
    }
  }
  for (const mod of [ours, theirs]) {
    mod.INSPECT_MAX_BYTES = 3;
  }
  try {
    assert.strictEqual(utilNode.inspect(ours.Buffer.from('abcdef')), utilNode.inspect(theirs.Buffer.from('abcdef')));
    assert.strictEqual(ours.Buffer.from('abcdef').inspect(), theirs.Buffer.from('abcdef').inspect());
  } finally {
    ours.INSPECT_MAX_BYTES = 50;
    theirs.INSPECT_MAX_BYTES = 50;
  }
  for (const bad of [-1, 'x', null, NaN]) {
    same((B, m) => { m.INSPECT_MAX_BYTES = bad; return m.INSPECT_MAX_BYTES; }, `INSPECT_MAX_BYTES = ${bad}`);
  }
  same((B) => B.from('abc').inspect());
});

test('Buffer.prototype methods called on other receivers (views, plain objects, null)', () => {
  const receivers = [() => ({}), () => new DataView(new ArrayBuffer(4)), () => new Uint16Array(2), () => null,
    () => new Uint8Array(3), () => new Float64Array(1)];
  const calls = [
    ['toString', []], ['toString', ['hex']], ['write', ['ab']], ['equals', ['B:a']], ['compare', ['B:a']],
    ['indexOf', ['a']], ['latin1Slice', []], ['utf8Write', ['a']], ['hexWrite', ['ab']], ['fill', ['ab']],
    ['fill', [7]], ['fill', ['abc', 1]], ['copy', ['B:..']], ['swap16', []], ['toJSON', []], ['readUInt8', []],
    ['inspect', []], ['subarray', [0, 1]], ['compare', ['B:a', 0, 1, 0, 1]], ['includes', [0]],
    ['writeUInt8', [1]], ['readDoubleLE', []], ['base64Slice', [0, 2]], ['ucs2Write', ['x', 1]],
  ];
  for (const make of receivers) {
    for (const [name, args] of calls) {
      same((B) => {
        const receiver = make();
        const realArgs = args.map((a) => (typeof a === 'string' && a.startsWith('B:') ? B.from(a.slice(2)) : a));
        const result = B.prototype[name].call(receiver, ...realArgs);
        const bytes = receiver && receiver.buffer ? Array.from(new Uint8Array(receiver.buffer)) : null;
        return [result === receiver ? 'receiver' : result, bytes];
      }, `${name}(${args}) on ${make}`);
    }
  }
});
