'use strict';

// Random calls with random arguments, on rnode's Buffer and Node's: results, errors and the bytes left in the
// receiver must agree. Arguments are drawn from values that sit on the edges of every check.

const { test } = require('../../support/runner.js');
const { prng, same } = require('./common.js');

// BUFFER_FUZZ_SEED and BUFFER_FUZZ_SCALE widen the search when hunting for differences; the defaults keep it quick.
const seedBase = Number(process.env.BUFFER_FUZZ_SEED || 0);
const scale = Number(process.env.BUFFER_FUZZ_SCALE || 1);

// Every method of Node's Buffer.prototype, plus the inherited ones Buffer relies on.
const methods = Object.getOwnPropertyNames(Buffer.prototype)
  .filter((name) => name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(Buffer.prototype, name).value ===
    'function')
  .concat(['at', 'join', 'reverse', 'map', 'filter']);
const statics = ['from', 'alloc', 'byteLength', 'concat', 'compare', 'isEncoding', 'copyBytesFrom', 'of'];

// A pool of argument makers; buffers are made per side with that side's Buffer.
const pool = [
  () => undefined, () => null, () => 0, () => 1, () => 2, () => 3, () => 4, () => 6, () => 7, () => 8, () => 9,
  () => -1, () => -3, () => 1.5, () => -0, () => NaN, () => Infinity, () => -Infinity, () => 2 ** 31, () => 2 ** 53,
  () => 255, () => 256, () => 65535, () => 2 ** 32, () => 0n, () => 1n, () => -1n, () => 2n ** 64n, () => '',
  () => 'a', () => 'ab', () => 'abc', () => 'é€', () => '\ud83d\ude00', () => 'zz', () => '6162',
  () => 'YWI=', () => ' YW Jj', () => '1', () => 'utf8', () => 'hex', () => 'base64', () => 'base64url',
  () => 'latin1', () => 'ascii', () => 'ucs2', () => 'UTF-16LE', () => 'binary', () => 'nope', () => true,
  () => false, () => ({}), () => [], () => [1, 2, 3], () => ({ length: 2, 0: 5 }), () => new ArrayBuffer(4),
  (B) => B.from('abc'), (B) => B.alloc(0), (B) => B.from([0, 255, 1]), () => new Uint8Array([9, 8]),
  () => new Uint16Array([0x102]), () => Symbol('s'), () => () => {},
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

test('random method calls agree with Node', () => {
  const rand = prng(seedBase + 99);
  for (let i = 0; i < 4000 * scale; i++) {
    const method = pick(rand, methods);
    const size = pick(rand, [0, 1, 2, 3, 4, 5, 8, 9, 16]);
    const seed = Math.floor(rand() * 1e9);
    const argc = Math.floor(rand() * 5);
    const makers = [];
    for (let j = 0; j < argc; j++) makers.push(pick(rand, pool));
    same((B) => {
      const r = prng(seed);
      const bytes = [];
      for (let k = 0; k < size; k++) bytes.push(Math.floor(r() * 256));
      const buf = B.from(bytes);
      const args = makers.map((make) => make(B));
      let result;
      try {
        result = buf[method](...args);
      } catch (err) {
        result = { error: err.constructor.name, code: err.code, message: err.message };
      }
      return [typeof result === 'bigint' ? `${result}n` : result, Array.from(buf)];
    }, `#${i} ${method}(${makers.map((m) => m.toString().slice(6)).join(', ')}) on ${size} bytes`);
  }
});

test('random static calls agree with Node', () => {
  const rand = prng(seedBase + 98);
  for (let i = 0; i < 2000 * scale; i++) {
    const method = pick(rand, statics);
    const argc = Math.floor(rand() * 4);
    const makers = [];
    for (let j = 0; j < argc; j++) makers.push(pick(rand, pool));
    // Sizes like 2 ** 53 would really be allocated (or fail differently for lack of memory).
    const first = makers.length > 0 ? makers[0](Buffer) : undefined;
    if (typeof first === 'number' && first > 1e6 && first !== Infinity) continue;
    same((B) => {
      const args = makers.map((make) => make(B));
      try {
        const result = B[method](...args);
        return typeof result === 'bigint' ? `${result}n` : result;
      } catch (err) {
        return { error: err.constructor.name, code: err.code, message: err.message };
      }
    }, `#${i} Buffer.${method}(${makers.map((m) => m.toString().slice(6)).join(', ')})`);
  }
});
