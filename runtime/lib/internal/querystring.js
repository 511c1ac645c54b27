'use strict';

// Percent-encoding shared by querystring and url.

const {
  Array,
  Int8Array,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
} = primordials;

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// '%XX' for every byte.
const hexTable = new Array(256);
{
  const digits = '0123456789ABCDEF';
  for (let i = 0; i < 256; i++) hexTable[i] = `%${digits[i >> 4]}${digits[i & 15]}`;
}

// 1 for the ASCII characters listed in `chars`, a table for encodeStr.
function charTable(chars) {
  const table = new Int8Array(128);
  for (let i = 0; i < chars.length; i++) table[StringPrototypeCharCodeAt(chars, i)] = 1;
  return table;
}

// Hex digit values, -1 for anything else.
const hexValue = new Int8Array(128).fill(-1);
{
  const digits = '0123456789abcdefABCDEF';
  for (let i = 0; i < digits.length; i++) hexValue[StringPrototypeCharCodeAt(digits, i)] = i < 16 ? i : i - 6;
}

// Percent-encodes `str` as UTF-8, leaving the ASCII characters marked in `noEscape` as they are. Any surrogate is
// paired with the code unit after it, whatever that is (Node does not check further); only one at the very end
// has nothing to pair with: URIError 'URI malformed'.
function encodeStr(str, noEscape) {
  const len = str.length;
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let code = StringPrototypeCharCodeAt(str, i);
    if (code < 0x80) {
      if (noEscape[code] === 1) continue;
      if (last < i) out += StringPrototypeSlice(str, last, i);
      out += hexTable[code];
    } else {
      if (last < i) out += StringPrototypeSlice(str, last, i);
      if (code < 0x800) {
        out += hexTable[0xC0 | (code >> 6)] + hexTable[0x80 | (code & 0x3F)];
      } else if (code < 0xD800 || code >= 0xE000) {
        out += hexTable[0xE0 | (code >> 12)] + hexTable[0x80 | ((code >> 6) & 0x3F)] +
          hexTable[0x80 | (code & 0x3F)];
      } else {
        if (i + 1 >= len) throw new ERR_INVALID_URI();
        const next = StringPrototypeCharCodeAt(str, ++i);
        code = 0x10000 + (((code & 0x3FF) << 10) | (next & 0x3FF));
        out += hexTable[0xF0 | (code >> 18)] + hexTable[0x80 | ((code >> 12) & 0x3F)] +
          hexTable[0x80 | ((code >> 6) & 0x3F)] + hexTable[0x80 | (code & 0x3F)];
      }
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < len ? out + StringPrototypeSlice(str, last) : out;
}

module.exports = {
  charTable,
  encodeStr,
  hexTable,
  hexValue,
};
