'use strict';

const { test } = require('../../support/runner.js');
const { prng, randomBytes, same } = require('./common.js');

const fixed = {
  8: ['UInt8', 'Uint8', 'Int8'],
  16: ['UInt16LE', 'UInt16BE', 'Uint16LE', 'Uint16BE', 'Int16LE', 'Int16BE'],
  32: ['UInt32LE', 'UInt32BE', 'Uint32LE', 'Uint32BE', 'Int32LE', 'Int32BE', 'FloatLE', 'FloatBE'],
  64: ['DoubleLE', 'DoubleBE', 'BigUInt64LE', 'BigUInt64BE', 'BigUint64LE', 'BigUint64BE', 'BigInt64LE',
    'BigInt64BE'],
};
const allFixed = [].concat(...Object.values(fixed));
const variable = ['UIntLE', 'UIntBE', 'UintLE', 'UintBE', 'IntLE', 'IntBE'];

const badOffsets = [undefined, -1, 1.5, NaN, Infinity, -Infinity, '1', null, {}, true, 2 ** 53, -0, 0n];

test('fixed-width reads on random bytes at every offset, and offset errors', () => {
  const rand = prng(10);
  for (let round = 0; round < 20; round++) {
    const bytes = randomBytes(rand, 12);
    for (const name of allFixed) {
      same((B) => {
        const b = B.from(bytes);
        const out = [];
        for (let off = 0; off <= 12; off++) {
          try { out.push(b[`read${name}`](off)); } catch (err) { out.push(err.code); }
        }
        return out;
      }, `read${name} [${bytes}]`);
    }
  }
  for (const name of allFixed) {
    for (const off of badOffsets) same((B) => B.from([1, 2, 3, 4, 5, 6, 7, 8, 9]).at(0) + B.alloc(9)[`read${name}`](off),
                                       `read${name}(${String(off)})`);
    for (const size of [0, 1, 3, 7]) same((B) => B.alloc(size)[`read${name}`](0), `read${name} on ${size} bytes`);
  }
  // Special float values come back bit-exact.
  for (const bytes of [[0, 0, 0xc0, 0x7f], [0, 0, 0x80, 0x7f], [0, 0, 0x80, 0xff], [1, 0, 0, 0], [0, 0, 0, 0x80]]) {
    same((B) => [B.from(bytes).readFloatLE(), B.from(bytes).readFloatBE()], `float [${bytes}]`);
  }
});

test('variable-width reads: byteLength 1..6 and its errors', () => {
  const rand = prng(11);
  for (let round = 0; round < 20; round++) {
    const bytes = randomBytes(rand, 8);
    for (const name of variable) {
      same((B) => {
        const b = B.from(bytes);
        const out = [];
        for (let len = 1; len <= 6; len++) {
          for (let off = 0; off <= 8; off++) {
            try { out.push(b[`read${name}`](off, len)); } catch (err) { out.push(err.code); }
          }
        }
        return out;
      }, `read${name} [${bytes}]`);
    }
  }
  for (const name of variable) {
    for (const len of [0, 7, -1, 1.5, '2', undefined, null, NaN]) {
      same((B) => B.alloc(8)[`read${name}`](0, len), `read${name}(0, ${String(len)})`);
    }
    for (const off of badOffsets) same((B) => B.alloc(8)[`read${name}`](off, 2), `read${name}(${String(off)}, 2)`);
    same((B) => B.alloc(8)[`read${name}`]());
  }
});

test('fixed-width writes: values, ranges, coercion, offsets and return values', () => {
  const values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 0x7fff, 0x8000, -0x8000, -0x8001, 0xffff, 0x10000,
    0x7fffffff, 0x80000000, -0x80000000, -0x80000001, 0xffffffff, 0x100000000, 1.5, -1.5, 255.5, NaN, Infinity,
    -Infinity, '12', 'x', null, undefined, true, {}, 1e300, 5e-324, -0, 3.4028235e38, 1.2e-38];
  const bigValues = [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n,
    2n ** 64n, 123456789012345678n, 1, '1', null];
  for (const name of allFixed) {
    const list = name.startsWith('Big') ? bigValues : values;
    for (const value of list) {
      same((B) => {
        const out = [];
        for (const off of [0, 1, 3, 5, 8, 9]) {
          const b = B.alloc(9, 0xaa);
          try { out.push(b[`write${name}`](value, off), Array.from(b)); } catch (err) { out.push(err.code, err.message); }
        }
        return out;
      }, `write${name}(${String(value)})`);
    }
    for (const off of badOffsets) {
      same((B) => B.alloc(9)[`write${name}`](name.startsWith('Big') ? 1n : 1, off), `write${name}(1, ${String(off)})`);
      // A bad value and a bad offset together: which is reported first.
      same((B) => B.alloc(9)[`write${name}`](name.startsWith('Big') ? 2n ** 65n : 2 ** 40, off),
           `write${name}(huge, ${String(off)})`);
    }
    same((B) => B.alloc(0)[`write${name}`](name.startsWith('Big') ? 1n : 1), `write${name} into nothing`);
    same((B) => { const b = B.alloc(9); return [b[`write${name}`](name.startsWith('Big') ? 1n : 1), b]; });
  }
});

test('variable-width writes: byteLength 1..6, ranges and errors', () => {
  const values = [0, 1, -1, 0x7f, 0x80, 0xff, 0x100, 0x7fffff, 0x800000, 0xffffff, 0x1000000, 2 ** 31, 2 ** 32,
    2 ** 39, -(2 ** 39), 2 ** 40, 2 ** 47, -(2 ** 47), -(2 ** 47) - 1, 2 ** 48 - 1, 2 ** 48, 1.5, NaN, '3', -0.5,
    123456789012, -123456789012];
  for (const name of variable) {
    for (const value of values) {
      same((B) => {
        const out = [];
        for (let len = 1; len <= 6; len++) {
          for (const off of [0, 1, 2, 3]) {
            const b = B.alloc(8, 0xaa);
            try {
              out.push(b[`write${name}`](value, off, len), Array.from(b), b[`read${name}`](off, len));
            } catch (err) {
              out.push(err.code, err.message);
            }
          }
        }
        return out;
      }, `write${name}(${String(value)})`);
    }
    for (const len of [0, 7, -1, 1.5, '2', undefined, null, NaN]) {
      same((B) => B.alloc(8)[`write${name}`](1, 0, len), `write${name}(1, 0, ${String(len)})`);
    }
    for (const off of badOffsets) {
      same((B) => B.alloc(8)[`write${name}`](1, off, 3), `write${name}(1, ${String(off)}, 3)`);
      same((B) => B.alloc(8)[`write${name}`](2 ** 50, off, 3), `write${name}(2**50, ${String(off)}, 3)`);
    }
  }
});

test('float writes round-trip random doubles bit-exactly', () => {
  const rand = prng(12);
  const view = new DataView(new ArrayBuffer(8));
  const values = [];
  for (let i = 0; i < 300; i++) {
    for (let j = 0; j < 8; j++) view.setUint8(j, Math.floor(rand() * 256));
    values.push(view.getFloat64(0));
  }
  same((B) => values.map((v) => {
    const b = B.alloc(12);
    b.writeDoubleLE(v, 1);
    b.writeFloatBE(v, 8);
    return [Array.from(b), b.readDoubleLE(1), b.readFloatBE(8)];
  }));
});
