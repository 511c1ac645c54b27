'use strict';

// Differential tests of querystring against Node's own: generated query strings (separators of one and several
// characters, '+', good and malformed percent escapes, non-ASCII and lone surrogates), every option, and the
// escape/unescape helpers.

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { prng } = require('../../support/random.js');
const { differential } = require('../../support/differential.js');

const ours = builtin('querystring');
const theirs = reference('querystring');

function describe(value) {
  // Buffers from the two implementations are different classes: compare their bytes.
  if (value instanceof Uint8Array) return { bytes: [...value], isBuffer: value.constructor.name };
  return { value, proto: value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined };
}

const same = differential(ours, theirs, { describe });

const atoms = ['a', 'b', 'key', 'x y', '+', '%', '%2', '%20', '%2B', '%zz', '%E9', '%C3%A9', '%F0%9F%98%80', '%ED%A0%80',
  'é', '€', '😀', '\ud800', '=', '&', ';', ':', '==', '&&', '', '0', '__proto__', 'constructor', '%%', '%4g', '%00'];

// QS_TEST_SEED explores other inputs than the default run.
const SEED = Number(process.env.QS_TEST_SEED) * 1000 || 0;

function makeString(rand, pool) {
  let s = '';
  const n = Math.floor(rand() * 10);
  for (let i = 0; i < n; i++) s += pool[Math.floor(rand() * pool.length)];
  return s;
}

test('parse: generated query strings with default separators', () => {
  const rand = prng(1 + SEED);
  for (let i = 0; i < 5000; i++) {
    const s = makeString(rand, atoms);
    same(`parse(${JSON.stringify(s)})`, (qs) => qs.parse(s));
  }
});

test('parse: multi-character and unusual separators (no backtracking when matching them)', () => {
  const rand = prng(2 + SEED);
  const alphabet = ['a', 'b', '&', '=', 'ab', 'ba', '&=', '=&', '+', '%41', '%4', '€', '1', '%'];
  const seps = [undefined, null, '', '&', 'ab', '&&', '=&', 'aab', 5, 'bab', '+', '+&', 'a1', '%', '1', 'b%'];
  for (let i = 0; i < 20000; i++) {
    const s = makeString(rand, alphabet);
    const sep = seps[Math.floor(rand() * seps.length)];
    const eq = seps[Math.floor(rand() * seps.length)];
    same(`parse(${JSON.stringify(s)}, ${sep}, ${eq})`, (qs) => qs.parse(s, sep, eq));
  }
});

test('parse: maxKeys and custom decoders', () => {
  const rand = prng(3);
  const maxKeys = [undefined, 0, -1, 1, 2, 3, 1.5, NaN, Infinity, '2', null];
  const decoders = [
    undefined,
    (s) => `<${s}>`,
    (s) => { if (s.includes('%')) throw new Error('no'); return s.toUpperCase(); },
    decodeURIComponent,
    'not a function',
  ];
  for (let i = 0; i < 3000; i++) {
    const s = makeString(rand, atoms);
    const options = {
      maxKeys: maxKeys[Math.floor(rand() * maxKeys.length)],
      decodeURIComponent: decoders[Math.floor(rand() * decoders.length)],
    };
    same(`parse(${JSON.stringify(s)}, options ${i})`, (qs) => qs.parse(s, null, null, options));
  }
  for (const value of [undefined, null, 1, {}, [], '', true]) same(`parse(${value})`, (qs) => qs.parse(value));
});

// Node documents querystring.escape and unescape as replaceable: parse and stringify must call the export as it
// is at call time. Runs `call` on both modules with `mod[name]` replaced and compares what they return.
function sameWithReplaced(name, replacement, call) {
  const results = [];
  for (const mod of [ours, theirs]) {
    const original = mod[name];
    mod[name] = replacement;
    try {
      results.push(call(mod));
    } finally {
      mod[name] = original;
    }
  }
  assert.deepStrictEqual(results[0], results[1]);
}

test('parse: a replaced querystring.unescape is used', () => {
  sameWithReplaced('unescape', (s) => `u(${s})`, (mod) => mod.parse('a%20=b&c=d'));
});

test('stringify: a replaced querystring.escape is used', () => {
  sameWithReplaced('escape', (s) => `e(${s})`,
                   (mod) => [mod.stringify({ a: 'x y', b: [1, true], c: null }), mod.stringify({ a: 1 }, null, null, {})]);
});

test('stringify: generated objects, separators and encoders', () => {
  const rand = prng(4);
  const values = ['', 'a', 'x y', 'é😀', '&=', 0, -0, 1.5, 1e21, -1e-7, NaN, Infinity, 10n, true, false, null,
    undefined, {}, Symbol('s'), () => {}, [], ['a', 1], [null, 'b c', []], new Date(0)];
  const keys = ['a', 'b c', 'é', '', '0', '=', '&', '😀', '__proto__x'];
  const encoders = [undefined, (s) => `[${s}]`, encodeURIComponent, 'nope'];
  for (let i = 0; i < 3000; i++) {
    const obj = {};
    const n = Math.floor(rand() * 5);
    for (let k = 0; k < n; k++) obj[keys[Math.floor(rand() * keys.length)]] = values[Math.floor(rand() * values.length)];
    const sep = [undefined, ';', '', 0][Math.floor(rand() * 4)];
    const eq = [undefined, ':', '', null][Math.floor(rand() * 4)];
    const options = { encodeURIComponent: encoders[Math.floor(rand() * encoders.length)] };
    same(`stringify(${i})`, (qs) => qs.stringify(obj, sep, eq, options));
  }
  for (const value of [undefined, null, 1, 'str', true, [], ['a', 'b'], { a: '\ud800' }, { '\udc00': 'x' }]) {
    same(`stringify(${String(value)})`, (qs) => qs.stringify(value));
  }
});

test('escape, unescape and unescapeBuffer on generated strings', () => {
  const rand = prng(5);
  for (let i = 0; i < 5000; i++) {
    let s = makeString(rand, atoms);
    if (rand() < 0.3) s += String.fromCharCode(Math.floor(rand() * 0x10000));
    same(`escape(${JSON.stringify(s)})`, (qs) => qs.escape(s));
    same(`unescape(${JSON.stringify(s)})`, (qs) => qs.unescape(s));
    same(`unescape(${JSON.stringify(s)}, true)`, (qs) => qs.unescape(s, true));
    same(`unescapeBuffer(${JSON.stringify(s)})`, (qs) => qs.unescapeBuffer(s));
    same(`unescapeBuffer(${JSON.stringify(s)}, true)`, (qs) => qs.unescapeBuffer(s, true));
  }
  for (let code = 0; code < 0x800; code++) {
    const s = String.fromCharCode(code);
    same(`escape(U+${code.toString(16)})`, (qs) => qs.escape(s));
  }
  for (const value of [1, null, undefined, true, {}, { toString() { return 'a b'; } }, [1, 2], 10n]) {
    same(`escape(${String(value)})`, (qs) => qs.escape(value));
  }
  same('escape(symbol)', (qs) => qs.escape(Symbol('x')));
});

test('exports and round trips', () => {
  assert.deepStrictEqual(Object.keys(ours), Object.keys(theirs));
  assert.strictEqual(ours.decode, ours.parse);
  assert.strictEqual(ours.encode, ours.stringify);
  const obj = { a: ['1', '2'], 'b c': 'd&e', é: '😀' };
  assert.deepStrictEqual({ ...ours.parse(ours.stringify(obj)) }, obj);
});
