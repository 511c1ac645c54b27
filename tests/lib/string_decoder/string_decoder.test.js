'use strict';

// Differential tests of StringDecoder against Node's own: random byte streams (biased towards the bytes that
// make UTF-8 and UTF-16 interesting) split at random points, for every encoding, comparing every write(), end()
// and the lastChar / lastNeed / lastTotal state after each step.

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { prng } = require('../../support/random.js');
const { assertSame, outcome } = require('../../support/differential.js');

const { StringDecoder: Ours } = builtin('string_decoder');
const { StringDecoder: Theirs } = reference('string_decoder');

const SEED = Number(process.env.SD_TEST_SEED) * 1000 || 0;
const encodings = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
const interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5,
  0xf8, 0xff, 0x82, 0xac, 0x9f, 0x98, 0x3d, 0xd8, 0xdc, 0xdb, 0xdf, 0xa0];

function randomBytes(rand, n) {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = rand() < 0.7 ? interesting[Math.floor(rand() * interesting.length)] : Math.floor(rand() * 256);
  }
  return out;
}

// Valid text, encoded, to be split at random points.
const texts = ['héllo wörld', '€uro', '😀😁 mixed 𝄞 text', 'ascii only', 'ä', '\u0800\uffff\u{10ffff}'];

function view(rand, bytes) {
  const kind = Math.floor(rand() * 4);
  if (kind === 0) return Buffer.from(bytes);
  if (kind === 1) return bytes;
  if (kind === 2) return new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  // A Uint8Array into a larger buffer, so that offsets matter.
  const big = new Uint8Array(bytes.length + 3);
  big.set(bytes, 2);
  return big.subarray(2, 2 + bytes.length);
}

function state(decoder) {
  return [[...decoder.lastChar], decoder.lastNeed, decoder.lastTotal];
}

function run(Decoder, encoding, chunks, finalChunk) {
  const decoder = new Decoder(encoding);
  const log = [decoder.encoding];
  for (const chunk of chunks) {
    log.push(decoder.write(chunk), state(decoder));
  }
  log.push(finalChunk === undefined ? decoder.end() : decoder.end(finalChunk), state(decoder));
  log.push(decoder.write(Buffer.from([0x61])), decoder.end());
  return log;
}

function check(encoding, chunks, finalChunk) {
  const expected = run(Theirs, encoding, chunks, finalChunk);
  const actual = run(Ours, encoding, chunks, finalChunk);
  assertSame(actual, expected, () => {
    const bytes = chunks.map((c) => [...new Uint8Array(c.buffer, c.byteOffset, c.byteLength)]);
    return `${encoding} ${JSON.stringify(bytes)}`;
  });
}

for (const encoding of encodings) {
  test(`${encoding}: random byte streams split at random points`, () => {
    const rand = prng(SEED + encodings.indexOf(encoding) + 1);
    for (let i = 0; i < 3000; i++) {
      const bytes = randomBytes(rand, Math.floor(rand() * 12));
      const chunks = [];
      let pos = 0;
      while (pos < bytes.length) {
        const n = 1 + Math.floor(rand() * 4);
        chunks.push(view(rand, bytes.slice(pos, pos + n)));
        pos += n;
      }
      if (rand() < 0.2) chunks.push(new Uint8Array(0));
      const finalChunk = rand() < 0.3 ? view(rand, randomBytes(rand, Math.floor(rand() * 3))) : undefined;
      check(encoding, chunks, finalChunk);
    }
  });

  test(`${encoding}: valid text split at every point`, () => {
    for (const text of texts) {
      const bytes = Buffer.from(text, encoding === 'hex' || encoding.startsWith('base64') ? 'utf8' : encoding);
      for (let cut = 0; cut <= bytes.length; cut++) {
        for (let cut2 = cut; cut2 <= bytes.length; cut2 += 2) {
          check(encoding, [bytes.subarray(0, cut), bytes.subarray(cut, cut2), bytes.subarray(cut2)]);
        }
      }
    }
  });
}

test('byte-at-a-time UTF-8 and UTF-16 of all sorts of characters', () => {
  const rand = prng(SEED + 99);
  for (let i = 0; i < 500; i++) {
    let text = '';
    for (let k = 0; k < 5; k++) text += String.fromCodePoint(Math.floor(rand() * 0x110000));
    for (const encoding of ['utf8', 'utf16le']) {
      const bytes = Buffer.from(text, encoding);
      check(encoding, [...bytes].map((b) => Buffer.from([b])));
    }
  }
});

test('encoding names and errors', () => {
  const names = [undefined, null, '', 'utf8', 'UTF-8', 'Utf8', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'binary',
    'latin1', 'BASE64', 'base64url', 'hex', 'ascii', 'buffer', 'utf16', 'latin-1', ' utf8', false, 0, NaN, [], {},
    { length: 4, toString() { return 'utf8'; } }, { length: 3, toString() { return 'utf8'; } }, Symbol('x'), 'raw'];
  for (const name of names) {
    assert.deepStrictEqual(outcome(() => new Ours(name).encoding), outcome(() => new Theirs(name).encoding),
                           String(typeof name === 'symbol' ? 'symbol' : name));
  }
  for (const value of [5, {}, [1], null, true, new ArrayBuffer(2), Symbol('s')]) {
    const label = typeof value === 'symbol' ? 'symbol' : String(value);
    assert.deepStrictEqual(outcome(() => new Ours().write(value)), outcome(() => new Theirs().write(value)), label);
    assert.deepStrictEqual(outcome(() => new Ours().end(value)), outcome(() => new Theirs().end(value)), label);
  }
  assert.deepStrictEqual(outcome(() => Ours('utf8')), outcome(() => Theirs('utf8')));
  assert.deepStrictEqual(outcome(() => Ours('nope')), outcome(() => Theirs('nope')));
});

test('strings, typed arrays and text()', () => {
  for (const Decoder of [Ours, Theirs]) {
    const d = new Decoder('utf8');
    Decoder.result = [
      d.write('already a string'), d.write(new Uint16Array([0x4241, 0xe2])), d.write(new Float64Array([1.5])),
      d.text(Buffer.from('abcdef'), 2), d.text(Buffer.from([0xe2, 0x82, 0xac, 0xe2]), 1), d.lastNeed,
      d.end(), d.end(undefined), d.end(''),
    ];
  }
  assert.deepStrictEqual(Ours.result, Theirs.result);
});

test('shape: prototype, own properties and inspection', () => {
  assert.deepStrictEqual(Object.getOwnPropertyNames(Ours.prototype), Object.getOwnPropertyNames(Theirs.prototype));
  assert.deepStrictEqual(Object.keys(builtin('string_decoder')), Object.keys(reference('string_decoder')));
  assert.strictEqual(Ours.length, Theirs.length);
  const util = require('util');
  for (const encoding of encodings) {
    const ours = new Ours(encoding);
    const theirs = new Theirs(encoding);
    assert.deepStrictEqual(Object.keys(ours), Object.keys(theirs));
    ours.write(Buffer.from([0xf0, 0x9f]));
    theirs.write(Buffer.from([0xf0, 0x9f]));
    assert.strictEqual(util.inspect(ours), util.inspect(theirs));
  }
});

test('members called on something that is not a decoder', () => {
  const calls = [
    (D) => D.prototype.write.call({}, Buffer.from('a')), (D) => D.prototype.write.call({}, 'x'),
    (D) => D.prototype.write.call({}, 5), (D) => D.prototype.lastChar, (D) => D.prototype.lastNeed,
    (D) => D.prototype.lastTotal, (D) => D.prototype.end.call({}), (D) => D.prototype.text.call({}, Buffer.from('a'), 0),
  ];
  for (const call of calls) assert.deepStrictEqual(outcome(() => call(Ours)), outcome(() => call(Theirs)), String(call));
});
