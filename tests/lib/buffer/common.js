'use strict';

// Shared by the buffer tests: runs the same calls against rnode's `buffer` module and Node's, and compares what
// comes out (values, bytes, or the thrown error's class, code and message).

const { isDeepStrictEqual } = require('util');
const { builtin, reference } = require('../../support/builtin.js');
const { prng } = require('../../support/random.js');

const ours = builtin('buffer');
const theirs = reference('buffer');

// A comparable picture of a result: buffers become their bytes (and whether they are Buffers), errors their
// class, code and message.
function describe(value, seen = new Set()) {
  if (value instanceof Uint8Array) {
    return { bytes: Array.from(value), isBuffer: value.constructor.name === 'Buffer', kind: value.constructor.name };
  }
  if (value instanceof Error || (value && typeof value === 'object' && typeof value.stack === 'string' &&
      typeof value.message === 'string')) {
    return { error: value.constructor.name, name: value.name, code: value.code, message: value.message };
  }
  if (value instanceof ArrayBuffer) return { arrayBuffer: Array.from(new Uint8Array(value)) };
  if (Array.isArray(value)) return value.map((v) => describe(v, seen));
  if (value && typeof value === 'object') {
    if (seen.has(value)) return '[circular]';
    seen.add(value);
    const out = {};
    for (const key of Object.keys(value)) out[key] = describe(value[key], seen);
    return out;
  }
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (Object.is(value, -0)) return '-0';
  return value;
}

function run(fn, mod) {
  try {
    return { ok: describe(fn(mod.Buffer, mod)) };
  } catch (err) {
    return { threw: describe(err) };
  }
}

// Asserts that `fn(Buffer, module)` behaves the same on both sides.
function same(fn, label = fn.toString()) {
  const a = run(fn, ours);
  const b = run(fn, theirs);
  if (!isDeepStrictEqual(a, b)) {
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    const from = Math.max(0, i - 150);
    const cut = (s) => `${from > 0 ? '...' : ''}${s.slice(from, i + 150)}${s.length > i + 150 ? '...' : ''}`;
    throw new Error(`${label.slice(0, 300)}\n rnode: ${cut(x)}\n  node: ${cut(y)}`);
  }
  return a;
}

function randomBytes(rand, n) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

// Strings with the awkward cases: multi-byte characters, astral pairs, lone surrogates, control characters.
function randomString(rand, n) {
  const pieces = ['a', 'Z', '0', ' ', '\n', '\0', 'é', 'ÿ', '\u0100', '€', '中', '\ud83d\ude00', '\ud800', '\udc00',
    '\uffff', '\u007f', '\u0080', '=', '+', '/', '-', '_'];
  let s = '';
  for (let i = 0; i < n; i++) s += pieces[Math.floor(rand() * pieces.length)];
  return s;
}

const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UTF-16LE', 'latin1', 'binary',
  'ascii', 'base64', 'base64url', 'hex', 'BASE64', 'Hex', 'LATIN1'];

module.exports = { describe, encodings, ours, prng, randomBytes, randomString, same, theirs };
