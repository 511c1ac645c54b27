'use strict';

// querystring: Node's URL query string parser and serializer. `escape` and `unescape` are documented as
// replaceable: parse and stringify look them up on the module at each call.

const {
  ArrayIsArray,
  NumberIsFinite,
  ObjectKeys,
  String,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  decodeURIComponent,
} = primordials;

let BufferCtor;
function lazyBuffer() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

const { charTable, encodeStr: encodeWith, hexValue } = require('internal/querystring');

// ASCII characters that escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *, as encodeURIComponent does.
const noEscape = charTable("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*");

function encodeStr(str) {
  return encodeWith(str, noEscape);
}

function hexAt(s, i) {
  const code = StringPrototypeCharCodeAt(s, i);
  return code < 128 ? hexValue[code] : -1;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    str = typeof str === 'object' ? String(str) : `${str}`;
  }
  return encodeStr(str);
}

// Decodes %XX sequences into bytes and leaves malformed ones as they are. Other characters become one byte each
// (their code unit truncated to 8 bits), as Node does.
function unescapeBuffer(s, decodeSpaces) {
  const Buffer = lazyBuffer();
  const len = s.length;
  const out = Buffer.allocUnsafe(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const code = StringPrototypeCharCodeAt(s, i);
    if (code === 37 /* % */ && i + 2 < len) {
      const hi = hexAt(s, i + 1);
      const lo = hi === -1 ? -1 : hexAt(s, i + 2);
      if (lo !== -1) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = code === 43 /* + */ && decodeSpaces ? 32 : code;
  }
  return n === len ? out : primordials.TypedArrayPrototypeSubarray(out, 0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return module.exports.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return NumberIsFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

// With Node's own escape, values that never need escaping skip it (numbers below 1e21 print as digits, '.', '-'
// and 'e' only); the result is the same.
function encodeDefault(v) {
  switch (typeof v) {
    case 'string': return encodeStr(v);
    case 'number': return NumberIsFinite(v) ? (v < 1e21 && v > -1e21 ? `${v}` : encodeStr(`${v}`)) : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const fast = encode === qsEscape;
  const keys = ObjectKeys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = obj[key];
    const prefix = `${fast ? encodeStr(key) : encode(key)}${eq}`;
    if (ArrayIsArray(value)) {
      for (let j = 0; j < value.length; j++) {
        if (fields.length > 0) fields += sep;
        fields += prefix + (fast ? encodeDefault(value[j]) : encode(stringifyPrimitive(value[j])));
      }
    } else {
      if (fields.length > 0) fields += sep;
      fields += prefix + (fast ? encodeDefault(value) : encode(stringifyPrimitive(value)));
    }
  }
  return fields;
}

function decodeWith(decode, s) {
  try {
    return decode(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function decodePart(s, encoded, decode) {
  return encoded && s.length > 0 ? decodeWith(decode, s) : s;
}

function addPair(obj, key, value) {
  const current = obj[key];
  if (current === undefined) {
    obj[key] = value;
  } else if (ArrayIsArray(current)) {
    current[current.length] = value;
  } else {
    obj[key] = [current, value];
  }
}

function isHex(code) {
  return code < 128 && hexValue[code] !== -1;
}

// Node's parser, reproduced in its observable details:
// - separators are matched one code unit at a time without backtracking (with sep 'ab', 'aab' holds none), and
//   characters of a partly matched separator are taken literally ('+' included);
// - with Node's own decoder a key or value is decoded only if it holds a valid '%XX' escape, so malformed input
//   passes through untouched; once the key is known to need decoding, its remaining characters count towards
//   the value's check; a '+' does not interrupt an escape in the value;
// - '+' becomes ' ', or '%20' for a custom decoder, which sees every non-empty key and value;
// - empty pairs are skipped but count towards maxKeys.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepStr = sep ? String(sep) : '&';
  const eqStr = eq ? String(eq) : '=';
  const sepLen = sepStr.length;
  const eqLen = eqStr.length;

  let pairs = 1000;
  let decode = module.exports.unescape;
  if (options) {
    if (typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : Infinity;
    if (typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;
  const plus = custom ? '%20' : ' ';

  const len = qs.length;
  let key = '';
  let value = '';
  let inValue = false;
  let last = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  // How much of an escape has been seen: 1 after '%', 2 after '%X', 3 and more once complete.
  let escape = 0;
  let keyEncoded = custom;
  let valueEncoded = custom;
  for (let i = 0; i < len; i++) {
    const code = StringPrototypeCharCodeAt(qs, i);
    if (code === StringPrototypeCharCodeAt(sepStr, sepIdx)) {
      if (++sepIdx === sepLen) {
        const end = i - sepLen + 1;
        if (last < end) {
          if (inValue) value += StringPrototypeSlice(qs, last, end);
          else key += StringPrototypeSlice(qs, last, end);
        }
        if (inValue || key.length > 0) {
          addPair(obj, decodePart(key, keyEncoded, decode), decodePart(value, valueEncoded, decode));
        }
        if (--pairs === 0) return obj;
        key = value = '';
        inValue = false;
        keyEncoded = valueEncoded = custom;
        escape = 0;
        last = i + 1;
        sepIdx = eqIdx = 0;
      }
      continue;
    }
    sepIdx = 0;
    if (!inValue) {
      if (code === StringPrototypeCharCodeAt(eqStr, eqIdx)) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (last < end) key += StringPrototypeSlice(qs, last, end);
          inValue = true;
          escape = 0;
          last = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37) {
          escape = 1;
          continue;
        }
        if (escape > 0) {
          if (isHex(code)) {
            if (++escape === 3) keyEncoded = true;
            continue;
          }
          escape = 0;
        }
      }
      if (code === 43) {
        key += `${StringPrototypeSlice(qs, last, i)}${plus}`;
        last = i + 1;
        continue;
      }
    }
    if (code === 43) {
      value += `${StringPrototypeSlice(qs, last, i)}${plus}`;
      last = i + 1;
    } else if (!valueEncoded) {
      if (code === 37) {
        escape = 1;
      } else if (escape > 0) {
        if (isHex(code)) {
          if (++escape === 3) valueEncoded = true;
        } else {
          escape = 0;
        }
      }
    }
  }
  if (last < len) {
    if (inValue) value += StringPrototypeSlice(qs, last);
    else key += StringPrototypeSlice(qs, last);
  } else if (!inValue && key.length === 0) {
    return obj;
  }
  addPair(obj, decodePart(key, keyEncoded, decode), decodePart(value, valueEncoded, decode));
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
