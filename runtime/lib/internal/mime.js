'use strict';

// util.MIMEType and util.MIMEParams: MIME types parsed and serialized as the WHATWG MIME Sniffing standard
// describes ("parse a MIME type", "serialize a MIME type"), with node's errors.

const {
  MapIteratorPrototypeNext,
  MapPrototypeDelete,
  MapPrototypeEntries,
  MapPrototypeGet,
  MapPrototypeHas,
  MapPrototypeKeys,
  MapPrototypeSet,
  MapPrototypeValues,
  ObjectDefineProperty,
  SafeMap,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  SymbolIterator,
} = primordials;

const {
  codes: {
    ERR_INVALID_MIME_SYNTAX,
  },
} = require('internal/errors');

// HTTP token code points: ! # $ % & ' * + - . ^ _ ` | ~ and ASCII alphanumerics.
function isTokenCode(code) {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ||
    code === 0x21 || (code >= 0x23 && code <= 0x27) || code === 0x2a || code === 0x2b || code === 0x2d ||
    code === 0x2e || code === 0x5e || code === 0x5f || code === 0x60 || code === 0x7c || code === 0x7e;
}

// HTTP quoted-string token code points: tab, U+0020 to U+007E, U+0080 to U+00FF.
function isQuotedStringCode(code) {
  return code === 0x09 || (code >= 0x20 && code <= 0x7e) || (code >= 0x80 && code <= 0xff);
}

function isHttpWhitespace(code) {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

// The index of the first code unit of `text` that fails `test`, or -1.
function firstInvalid(text, test) {
  for (let i = 0; i < text.length; i++) {
    if (!test(StringPrototypeCharCodeAt(text, i))) return i;
  }
  return -1;
}

function validateToken(text, production) {
  if (text.length === 0) throw new ERR_INVALID_MIME_SYNTAX(production, text, -1);
  const invalid = firstInvalid(text, isTokenCode);
  if (invalid !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, text, invalid);
}

function trimTrailingWhitespace(text) {
  let end = text.length;
  while (end > 0 && isHttpWhitespace(StringPrototypeCharCodeAt(text, end - 1))) end--;
  return end === text.length ? text : StringPrototypeSlice(text, 0, end);
}

function serializeValue(value) {
  if (value.length !== 0 && firstInvalid(value, isTokenCode) === -1) return value;
  let quoted = '"';
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    quoted += char === '"' || char === '\\' ? `\\${char}` : char;
  }
  return `${quoted}"`;
}

// Set by MIMEParams' static block: parses parameters into a MIMEParams, whose map only the class can reach.
let parseInto;

class MIMEParams {
  #data = new SafeMap();

  delete(name) {
    MapPrototypeDelete(this.#data, name);
  }

  get(name) {
    const value = MapPrototypeGet(this.#data, name);
    return value === undefined ? null : value;
  }

  has(name) {
    return MapPrototypeHas(this.#data, name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    validateToken(name, 'parameter name');
    const invalid = firstInvalid(value, isQuotedStringCode);
    if (invalid !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, invalid);
    MapPrototypeSet(this.#data, name, value);
  }

  *entries() {
    const iterator = MapPrototypeEntries(this.#data);
    for (let step = MapIteratorPrototypeNext(iterator); !step.done; step = MapIteratorPrototypeNext(iterator)) {
      yield step.value;
    }
  }

  *keys() {
    const iterator = MapPrototypeKeys(this.#data);
    for (let step = MapIteratorPrototypeNext(iterator); !step.done; step = MapIteratorPrototypeNext(iterator)) {
      yield step.value;
    }
  }

  *values() {
    const iterator = MapPrototypeValues(this.#data);
    for (let step = MapIteratorPrototypeNext(iterator); !step.done; step = MapIteratorPrototypeNext(iterator)) {
      yield step.value;
    }
  }

  toString() {
    let text = '';
    for (const { 0: name, 1: value } of this.#data) {
      text += `${text === '' ? '' : ';'}${name}=${serializeValue(value)}`;
    }
    return text;
  }

  toJSON() {
    return this.toString();
  }

  static {
    parseInto = (params, input, position) => parseParams(params.#data, input, position);
  }
}

// Parses the parameters part of a MIME type (from `position`, at a ';') into `data`, a MIMEParams' map: invalid
// or repeated parameters are skipped, as the standard says.
function parseParams(data, input, position) {
  const length = input.length;
  while (position < length) {
    position++; // The ';'.
    while (position < length && isHttpWhitespace(StringPrototypeCharCodeAt(input, position))) position++;
    const nameStart = position;
    while (position < length && input[position] !== ';' && input[position] !== '=') position++;
    const name = StringPrototypeToLowerCase(StringPrototypeSlice(input, nameStart, position));
    if (position < length) {
      if (input[position] === ';') continue;
      position++; // The '='.
    }
    if (position >= length) break;
    let value;
    if (input[position] === '"') {
      // An HTTP quoted string: backslash escapes the next code unit; an unterminated string ends the input.
      value = '';
      position++;
      for (;;) {
        const start = position;
        while (position < length && input[position] !== '"' && input[position] !== '\\') position++;
        value += StringPrototypeSlice(input, start, position);
        if (position >= length) break;
        const quoteOrBackslash = input[position];
        position++;
        if (quoteOrBackslash === '\\') {
          if (position >= length) {
            value += '\\';
            break;
          }
          value += input[position];
          position++;
        } else {
          break;
        }
      }
      while (position < length && input[position] !== ';') position++;
    } else {
      const start = position;
      while (position < length && input[position] !== ';') position++;
      value = trimTrailingWhitespace(StringPrototypeSlice(input, start, position));
      if (value.length === 0) continue;
    }
    if (name.length !== 0 && firstInvalid(name, isTokenCode) === -1 &&
        firstInvalid(value, isQuotedStringCode) === -1 && !MapPrototypeHas(data, name)) {
      MapPrototypeSet(data, name, value);
    }
  }
}

ObjectDefineProperty(MIMEParams.prototype, SymbolIterator, {
  __proto__: null, value: MIMEParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(input) {
    input = `${input}`;
    // Leading whitespace is skipped; trailing whitespace ends up after the subtype or a value, which drop it.
    let start = 0;
    while (start < input.length && isHttpWhitespace(StringPrototypeCharCodeAt(input, start))) start++;
    const trimmed = StringPrototypeSlice(input, start);

    let position = 0;
    while (position < trimmed.length && trimmed[position] !== '/') position++;
    const type = StringPrototypeSlice(trimmed, 0, position);
    const invalidType = firstInvalid(type, isTokenCode);
    if (invalidType !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', input, invalidType);
    if (type.length === 0 || position >= trimmed.length) throw new ERR_INVALID_MIME_SYNTAX('type', input, -1);

    const subtypeStart = ++position;
    while (position < trimmed.length && trimmed[position] !== ';') position++;
    const subtype = trimTrailingWhitespace(StringPrototypeSlice(trimmed, subtypeStart, position));
    if (subtype.length === 0) throw new ERR_INVALID_MIME_SYNTAX('subtype', input, -1);
    const invalidSubtype = firstInvalid(subtype, isTokenCode);
    if (invalidSubtype !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', input, invalidSubtype);

    this.#type = StringPrototypeToLowerCase(type);
    this.#subtype = StringPrototypeToLowerCase(subtype);
    parseInto(this.#params, trimmed, position);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    validateToken(value, 'type');
    this.#type = StringPrototypeToLowerCase(value);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    validateToken(value, 'subtype');
    this.#subtype = StringPrototypeToLowerCase(value);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return `${this.#type}/${this.#subtype}${params === '' ? '' : `;${params}`}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEParams, MIMEType };
