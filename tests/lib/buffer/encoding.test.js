'use strict';

const { test } = require('../../support/runner.js');
const { encodings, prng, randomBytes, randomString, same } = require('./common.js');

// Byte sequences that stress decoders: truncated and overlong UTF-8, surrogates encoded in UTF-8, odd lengths.
const trickyBytes = [[], [0], [0x7f], [0x80], [0xc3], [0xc3, 0xa9], [0xe2, 0x82], [0xe2, 0x82, 0xac],
  [0xf0, 0x9f, 0x98], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xff, 0xfe], [0xf4, 0x90, 0x80, 0x80], [0x61, 0xc3, 0x62], [0x00, 0xd8], [0x3d, 0xd8, 0x00, 0xde]];

test('toString(encoding) on random and malformed bytes', () => {
  const rand = prng(3);
  const inputs = [...trickyBytes];
  for (let i = 0; i < 200; i++) inputs.push(randomBytes(rand, Math.floor(rand() * 70)));
  for (const bytes of inputs) {
    for (const enc of [...encodings, undefined]) {
      same((B) => B.from(bytes).toString(enc), `toString(${enc}) of [${bytes}]`);
    }
  }
});

test('toString(encoding, start, end) argument handling', () => {
  const starts = [undefined, 0, 1, 3, 6, 7, -1, 1.5, '2', NaN, null, Infinity, -Infinity, {}, true];
  const ends = [undefined, 0, 2, 5, 6, 100, -1, 2.5, '4', NaN, null, Infinity];
  for (const start of starts) {
    for (const end of ends) {
      same((B) => B.from('héllo').toString('hex', start, end), `hex ${String(start)} ${String(end)}`);
      same((B) => B.from('héllo').toString(undefined, start, end), `utf8 ${String(start)} ${String(end)}`);
    }
  }
  for (const enc of ['nope', null, 5, {}, '', 'utf-16', 'UTF8 ']) {
    same((B) => B.from('abc').toString(enc), String(enc));
    same((B) => B.from('abc').toString(enc, 1, 1), `${String(enc)} empty range`);
  }
  same((B) => B.from('abc').toLocaleString('hex'));
  same((B) => B.alloc(0).toString('nope'));
});

test('round trips through every encoding on generated strings', () => {
  const rand = prng(4);
  for (let i = 0; i < 200; i++) {
    const s = randomString(rand, Math.floor(rand() * 30));
    for (const enc of encodings) {
      same((B) => {
        const b = B.from(s, enc);
        return [b, b.toString(enc), B.byteLength(s, enc)];
      }, `${JSON.stringify(s)} ${enc}`);
    }
  }
});

test('base64 and hex decoding: whitespace, padding, url alphabet, garbage, odd lengths', () => {
  const inputs = ['', 'Q', 'QU', 'QUI', 'QUJD', 'QUJD\n', 'QU JD', 'Q U\tJ\rD', 'QUJD==', 'QUJ=', 'QU==', 'Q===',
    'QUJD=QUJD', '=QUJD', 'QU=JD', 'QUJ-_w', 'QUJ+/w', 'QUJ-/w==', '@@QUJD', 'QUJD@@', 'QU@JD', 'QUJ\u00e9D',
    '-_-_', '////', '++++', 'YWJjZA', 'YWJjZA=', 'YWJjZA==', 'YWJjZA===', 'a', 'ab', 'abc', 'abcd', 'abcde',
    '0', '00', '0g', 'g0', '000', 'zz', 'aB', 'ABcd', '12 34', '\u00ff\u00ff', '1234\u0100'];
  for (const input of inputs) {
    for (const enc of ['base64', 'base64url', 'hex']) {
      same((B) => B.from(input, enc), `from(${JSON.stringify(input)}, ${enc})`);
      same((B) => {
        const b = B.alloc(8, 0xee);
        return [b.write(input, 1, enc), b];
      }, `write(${JSON.stringify(input)}, 1, ${enc})`);
    }
  }
});

test('write(string, offset, length, encoding): argument forms, partial characters, errors', () => {
  const strings = ['', 'abc', 'héllo', '€€€', '\ud83d\ude00\ud83d\ude00', '\ud800x', 'abcdef', '616263', 'YWJj'];
  const argLists = [[], [0], [1], [2], [7], [8], [9], [-1], [1.5], ['1'], [null], [NaN], ['hex'], ['nope'],
    [0, 1], [0, 2], [0, 3], [1, 4], [2, 100], [0, -1], [0, 1.5], [0, '2'], [0, null], [0, NaN], [3, 'latin1'],
    [0, 'hex'], [0, 4, 'hex'], [1, 3, 'ucs2'], [0, 3, 'ucs2'], [0, 5, 'utf8'], [0, 2, 'base64'], [0, 8, 'nope'],
    [0, 8, 5], [0, 8, null], [0, undefined, 'latin1'], [undefined, 2], [undefined, undefined, 'hex'],
    [8, 0], [0, 8, 'ascii'], [0, 8, 'BINARY'], [0, 8, '']];
  for (const s of strings) {
    for (const args of argLists) {
      same((B) => {
        const b = B.alloc(8, 0xee);
        return [b.write(s, ...args), b];
      }, `write(${JSON.stringify(s)}, ${args.map(String)})`);
    }
  }
  for (const bad of [1, null, undefined, {}, [1, 2]]) {
    for (const args of [[], [9], ['nope'], [0, 1, 'nope'], [0, 9], [0, 'hex'], [1, 2, 'latin1']]) {
      same((B) => B.alloc(4).write(bad, ...args), `write(${String(bad)}, ${args.map(String)})`);
    }
  }
  // Multi-byte characters that do not fit are left out whole.
  const rand = prng(5);
  for (let i = 0; i < 300; i++) {
    const s = randomString(rand, 1 + Math.floor(rand() * 8));
    const size = Math.floor(rand() * 12);
    const offset = Math.floor(rand() * (size + 1));
    const enc = encodings[Math.floor(rand() * encodings.length)];
    same((B) => {
      const b = B.alloc(size, 0xee);
      return [b.write(s, offset, enc), b];
    }, `${JSON.stringify(s)} into ${size} at ${offset} as ${enc}`);
  }
});

test('per-encoding methods: latin1Slice, utf8Write, ... with their argument checks', () => {
  const names = ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8'];
  const sliceArgs = [[], [0], [1], [1, 3], [5, 2], [6], [7], [100], [-1], [0, 100], [0, -1], [1.7, 3.9], ['1', 3],
    [NaN, NaN], [null, 3], [2, null], [undefined, 3], [1e20], [0, 1e20], [Infinity], [7, 7], [7, 8], [6, 7],
    [100, 0], [5, 7], [2 ** 32, 8], [2 ** 32, 2], [2, -1], ['6162', 2 ** 32]];
  for (const name of names) {
    for (const args of sliceArgs) {
      same((B) => B.from('abcdef')[`${name}Slice`](...args), `${name}Slice(${args.map(String)})`);
    }
  }
  const writeArgs = [['xy'], ['xy', 0], ['xy', 1], ['xy', 6], ['xy', 7], ['xy', -1], ['xy', '1'], ['xy', 1, -1],
    ['xy', 1, 100], ['xy', 1, 1], ['xy', 1.5, 1.5], ['xy', NaN], ['xy', null], ['xy', 1, null], [1], [null],
    ['éé', 0, 3], ['6162', 0], ['YWJj', 2]];
  for (const name of names) {
    for (const args of writeArgs) {
      same((B) => {
        const b = B.from('abcdef');
        return [b[`${name}Write`](...args), b];
      }, `${name}Write(${args.map(String)})`);
    }
  }
});

test('isUtf8 and isAscii on views, ArrayBuffers and bad input', () => {
  const rand = prng(6);
  const inputs = [...trickyBytes];
  for (let i = 0; i < 100; i++) inputs.push(randomBytes(rand, Math.floor(rand() * 10)).map((b) => b & 0xbf));
  for (const bytes of inputs) {
    same((B, m) => [m.isUtf8(B.from(bytes)), m.isAscii(B.from(bytes)), m.isUtf8(new Uint8Array(bytes).buffer),
      m.isAscii(new Uint8Array(bytes).buffer)], `[${bytes}]`);
  }
  same((B, m) => [m.isUtf8(new Uint16Array([0x4141])), m.isAscii(new DataView(new ArrayBuffer(2)))]);
  for (const bad of ['abc', 1, null, undefined, {}, [1]]) {
    same((B, m) => m.isUtf8(bad), `isUtf8(${String(bad)})`);
    same((B, m) => m.isAscii(bad), `isAscii(${String(bad)})`);
  }
});

test('transcode between utf8, utf16le, latin1 and ascii, with invalid input and bad encodings', () => {
  const sources = [[0x61, 0x62], [0xff], [0xc3], [0x61, 0xc3], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80],
    [0xef, 0xbb, 0xbf, 0x61], [0x00, 0xd8], [0x3d, 0xd8, 0x00, 0xde], [0x61, 0x00, 0x62], [0xac, 0x20], [0x80],
    [0xe9, 0x00]];
  const names = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'UTF-16LE', 'latin1', 'binary', 'ascii', 'hex',
    'base64', 'nope', undefined, null, '', 5];
  for (const bytes of sources) {
    for (const from of names) {
      for (const to of names) {
        same((B, m) => m.transcode(B.from(bytes), from, to), `transcode([${bytes}], ${from}, ${to})`);
      }
    }
  }
  same((B, m) => m.transcode(B.alloc(0), 'nope', 'nope'));
  same((B, m) => m.transcode(new Uint8Array([0x61]), 'latin1', 'ucs2'));
  for (const bad of ['abc', null, [1], new Uint16Array(1)]) {
    same((B, m) => m.transcode(bad, 'utf8', 'ucs2'), `transcode(${String(bad)})`);
  }
  same((B, m) => {
    try {
      m.transcode(B.from([0xff]), 'utf8', 'ucs2');
    } catch (err) {
      return [Object.keys(err), err.errno, err.name, err.stack.split('\n')[0]];
    }
  });
});
