'use strict';

// string_decoder: decodes a stream of byte chunks into strings without splitting multi-byte characters (UTF-8),
// code units or surrogate pairs (UTF-16LE), or base64 groups across chunks.
//
// The state lives in a 7-byte Buffer under Symbol(kNativeDecoder), the layout Node's native decoder uses, so that
// `lastChar` can be a view of it and the decoder inspects as Node's does:
//   [0, 4)  bytes of the incomplete character      [4] bytes still missing
//   [5]     bytes buffered                          [6] encoding id

const {
  ArrayBufferIsView,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  ObjectDefineProperties,
  StringFromCharCode,
  StringFromCodePoint,
  StringPrototypeToLowerCase,
  Symbol,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSubarray,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

const binding = internalBinding('buffer');

const kNativeDecoder = Symbol('kNativeDecoder');

const kMissing = 4;
const kBuffered = 5;
const kEncoding = 6;

const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;

// Encoding names as Node accepts them (any case) -> [normalized name, id].
const encodings = {
  __proto__: null,
  'utf8': ['utf8', UTF8],
  'utf-8': ['utf8', UTF8],
  'ucs2': ['utf16le', UCS2],
  'ucs-2': ['utf16le', UCS2],
  'utf16le': ['utf16le', UCS2],
  'utf-16le': ['utf16le', UCS2],
  'latin1': ['latin1', LATIN1],
  'binary': ['latin1', LATIN1],
  'base64': ['base64', BASE64],
  'base64url': ['base64url', BASE64URL],
  'hex': ['hex', HEX],
  'ascii': ['ascii', ASCII],
};

const {
  asciiSlice,
  base64Slice,
  base64urlSlice,
  hexSlice,
  latin1Slice,
  ucs2Slice,
  utf8Slice,
} = binding;

let BufferCtor;
function lazyBuffer() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

// undefined, null and '' mean utf8. Anything else is looked up by its string form, provided its `length` agrees
// (so objects with a `length` and a matching toString() are accepted, as by Node).
function lookupEncoding(enc) {
  if (enc == null || enc === '') return encodings.utf8;
  const len = enc.length;
  if (typeof len !== 'number' || len < 3 || len > 9) return undefined;
  const name = StringPrototypeToLowerCase(`${enc}`);
  return name.length === len ? encodings[name] : undefined;
}

function StringDecoder(encoding) {
  const entry = lookupEncoding(encoding);
  // Assigned before the check: called without `new`, Node fails on `this` before it looks at the encoding.
  this.encoding = entry === undefined ? undefined : entry[0];
  if (entry === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  const state = lazyBuffer().alloc(7);
  state[kEncoding] = entry[1];
  this[kNativeDecoder] = state;
}

function asUint8(buf) {
  if (!ArrayBufferIsView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const tag = TypedArrayPrototypeGetSymbolToStringTag(buf);
  if (tag === 'Uint8Array') return buf;
  // Other views are decoded by their bytes.
  if (tag === undefined) {
    return new Uint8Array(DataViewPrototypeGetBuffer(buf), DataViewPrototypeGetByteOffset(buf),
                          DataViewPrototypeGetByteLength(buf));
  }
  return new Uint8Array(TypedArrayPrototypeGetBuffer(buf), TypedArrayPrototypeGetByteOffset(buf),
                        TypedArrayPrototypeGetByteLength(buf));
}

// One call site per slicer, rather than a call through a table: each site then sees a single target, which the
// compiler can call directly (a table lookup makes one site that sees them all).
function toStr(bytes, start, end, id) {
  if (start >= end) return '';
  switch (id) {
    case UTF8: return utf8Slice(bytes, start, end);
    case UCS2: return ucs2Slice(bytes, start, end);
    case BASE64: return base64Slice(bytes, start, end);
    case BASE64URL: return base64urlSlice(bytes, start, end);
    case LATIN1: return latin1Slice(bytes, start, end);
    case HEX: return hexSlice(bytes, start, end);
    default: return asciiSlice(bytes, start, end);
  }
}

const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64urlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// The character completed from buffered bytes. The common cases are decoded here rather than through the
// binding, since it is one character per write: a complete 3-byte base64 group, UTF-16 code units, a well-formed
// UTF-8 sequence. Anything else (a cut-short or ill-formed UTF-8 sequence) goes to the binding for its
// replacement characters.
function decodeBuffered(state, n, id) {
  if (id === UCS2) {
    const first = StringFromCharCode(state[0] | (state[1] << 8));
    return n === 4 ? first + StringFromCharCode(state[2] | (state[3] << 8)) : first;
  }
  if (id === BASE64 || id === BASE64URL) {
    const chars = id === BASE64 ? base64Chars : base64urlChars;
    const bits = (state[0] << 16) | (state[1] << 8) | state[2];
    return chars[bits >> 18] + chars[(bits >> 12) & 63] + chars[(bits >> 6) & 63] + chars[bits & 63];
  }
  const point = utf8CodePoint(state, n);
  return point === -1 ? toStr(state, 0, n, id) : StringFromCodePoint(point);
}

// The code point of the well-formed UTF-8 sequence state[0, n), or -1.
function utf8CodePoint(state, n) {
  const b0 = state[0];
  const b1 = state[1];
  if (n === 2) {
    if (b0 < 0xC2 || b0 > 0xDF || (b1 & 0xC0) !== 0x80) return -1;
    return ((b0 & 0x1F) << 6) | (b1 & 0x3F);
  }
  const b2 = state[2];
  if (n === 3) {
    if ((b1 & 0xC0) !== 0x80 || (b2 & 0xC0) !== 0x80) return -1;
    if (b0 === 0xE0 ? b1 < 0xA0 : b0 === 0xED ? b1 > 0x9F : b0 < 0xE1 || b0 > 0xEF) return -1;
    return ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
  }
  const b3 = state[3];
  if (n !== 4 || (b1 & 0xC0) !== 0x80 || (b2 & 0xC0) !== 0x80 || (b3 & 0xC0) !== 0x80) return -1;
  if (b0 === 0xF0 ? b1 < 0x90 : b0 === 0xF4 ? b1 > 0x8F : b0 < 0xF1 || b0 > 0xF3) return -1;
  return ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
}

// How many bytes the UTF-8 sequence led by `byte` has; 0 when it is not a lead byte.
function utf8Length(byte) {
  if ((byte & 0xE0) === 0xC0) return 2;
  if ((byte & 0xF0) === 0xE0) return 3;
  if ((byte & 0xF8) === 0xF0) return 4;
  return 0;
}

function decode(state, bytes) {
  const id = state[kEncoding];
  const len = bytes.length;
  if (id !== UTF8 && id !== UCS2 && id !== BASE64 && id !== BASE64URL) return toStr(bytes, 0, len, id);

  let prefix = '';
  let pos = 0;
  // First complete the character left over from the previous chunk.
  while (state[kMissing] > 0) {
    if (pos === len) return '';
    const byte = bytes[pos];
    if (id === UTF8 && (byte & 0xC0) !== 0x80) {
      // Not a continuation byte: the buffered character is cut short; it decodes to U+FFFD and this byte starts
      // the rest of the input.
      state[kMissing] = 0;
      break;
    }
    state[state[kBuffered]] = byte;
    state[kBuffered]++;
    state[kMissing]--;
    pos++;
  }
  if (state[kBuffered] > 0) {
    prefix = decodeBuffered(state, state[kBuffered], id);
    state[kBuffered] = 0;
  }

  // Then keep back an incomplete character at the end of this chunk.
  let end = len;
  if (pos < len) {
    if (id === UTF8) {
      for (let i = len - 1; i >= pos && len - i <= 4; i--) {
        const byte = bytes[i];
        if ((byte & 0xC0) === 0x80) continue;
        const need = utf8Length(byte);
        if (need > len - i) {
          end = i;
          state[kMissing] = need - (len - i);
        }
        break;
      }
    } else if (id === UCS2) {
      if ((len - pos) % 2 === 1) {
        end = len - 1;
        state[kMissing] = 1;
      } else if (len - pos >= 2 && (bytes[len - 1] & 0xFC) === 0xD8) {
        end = len - 2;
        state[kMissing] = 2;
      }
    } else {
      const rest = (len - pos) % 3;
      if (rest !== 0) {
        end = len - rest;
        state[kMissing] = 3 - rest;
      }
    }
    for (let i = end; i < len; i++) state[state[kBuffered]++] = bytes[i];
  }
  const body = toStr(bytes, pos, end, id);
  return prefix.length === 0 ? body : prefix + body;
}

function flush(state) {
  const id = state[kEncoding];
  let buffered = state[kBuffered];
  // An odd byte of UTF-16 cannot be decoded at all.
  if (id === UCS2 && buffered % 2 === 1) buffered--;
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return buffered === 0 ? '' : toStr(state, 0, buffered, id);
}

function stateOf(decoder) {
  const state = decoder == null ? undefined : decoder[kNativeDecoder];
  if (state === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  return state;
}

// Only write() checks its receiver; the other members fail on a foreign one as plain property accesses do, which
// is what Node's do.

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  const bytes = asUint8(buf);
  return decode(stateOf(this), bytes);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBuffered] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissing] = 0;
  this[kNativeDecoder][kBuffered] = 0;
  return this.write(buf.slice(offset));
};

ObjectDefineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return TypedArrayPrototypeSubarray(this[kNativeDecoder], 0, 4);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissing];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBuffered] + this[kNativeDecoder][kMissing];
    },
  },
});

module.exports = { StringDecoder };
