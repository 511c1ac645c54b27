'use strict';

// Blob and File (the web classes, also exported by `buffer`). A Blob holds an immutable copy of its bytes made at
// construction; slices share that memory. Reading is asynchronous only in form (the bytes are already here), as
// the web API requires promises.

const {
  ArrayBuffer,
  ArrayIsArray,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  DateNow,
  MathMax,
  MathMin,
  MathTrunc,
  NumberIsFinite,
  NumberIsNaN,
  ObjectDefineProperties,
  PromiseReject,
  PromiseResolve,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  SafeMap,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  SymbolFor,
  SymbolIterator,
  SymbolToStringTag,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSubarray,
  TypeError,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isDataView } = require('internal/util/types');

const binding = internalBinding('buffer');

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');

// The web platform's conversion errors (WebIDL) carry Node's code but their own wording.
function webidlTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// WebIDL `long long`: NaN and the infinities become 0, the rest is truncated and wrapped into 64 bits.
function toLongLong(value, name) {
  if (typeof value === 'bigint') throw webidlTypeError(`${name} is a BigInt and cannot be converted to a number.`);
  let x = +value;
  if (!NumberIsFinite(x)) return 0;
  x = MathTrunc(x) + 0;
  if (x >= 2 ** 63 || x < -(2 ** 63)) {
    x %= 2 ** 64;
    if (x >= 2 ** 63) x -= 2 ** 64;
    else if (x < -(2 ** 63)) x += 2 ** 64;
  }
  return x;
}

function partToString(value, index) {
  if (typeof value === 'symbol') {
    throw webidlTypeError(`Value[${index}] is a Symbol and cannot be converted to a string.`);
  }
  return `${value}`;
}

// A MIME type is kept only if it is printable ASCII, lowercased.
function normalizeType(type) {
  type = `${type}`;
  if (RegExpPrototypeExec(/[^\u0020-\u007E]/, type) !== null) return '';
  return StringPrototypeToLowerCase(type);
}

const lineEndings = /\r?\n/g;
const nativeEol = process.platform === 'win32' ? '\r\n' : '\n';

function encodeString(string) {
  const bytes = new Uint8Array(string.length * 3);
  const written = binding.utf8Write(bytes, string, 0, bytes.length);
  return TypedArrayPrototypeSubarray(bytes, 0, written);
}

function copyOf(view) {
  const source = isDataView(view) ?
    new Uint8Array(DataViewPrototypeGetBuffer(view), DataViewPrototypeGetByteOffset(view),
                   DataViewPrototypeGetByteLength(view)) :
    new Uint8Array(TypedArrayPrototypeGetBuffer(view), TypedArrayPrototypeGetByteOffset(view),
                   TypedArrayPrototypeGetByteLength(view));
  const bytes = new Uint8Array(source.length);
  TypedArrayPrototypeSet(bytes, source);
  return bytes;
}

// The brand checks need the private names, so the classes' static blocks define them.
let isBlob;
let isFile;

class Blob {
  #bytes;
  #type;

  constructor(sources = undefined, options = undefined) {
    let parts;
    if (sources === undefined) {
      parts = [];
    } else {
      if ((typeof sources !== 'object' && typeof sources !== 'function') || sources === null ||
          typeof sources[SymbolIterator] !== 'function') {
        throw webidlTypeError('Value cannot be converted to sequence.');
      }
      if (ArrayIsArray(sources)) {
        // Read by index: a replaced Array.prototype[Symbol.iterator] must not break Blob.
        parts = sources;
      } else {
        // Other iterables go through their own iterator, as WebIDL sequences do.
        parts = [];
        const iterator = sources[SymbolIterator]();
        for (let step = iterator.next(); !step.done; step = iterator.next()) parts[parts.length] = step.value;
      }
    }
    validateDictionary(options, 'options');
    let endings = 'transparent';
    let type = '';
    if (options != null) {
      if (options.endings !== undefined) endings = `${options.endings}`;
      if (options.type !== undefined) type = options.type;
    }
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }

    const chunks = [];
    let length = 0;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      let chunk;
      if (isArrayBufferView(part)) {
        chunk = copyOf(part);
      } else if (isAnyArrayBuffer(part)) {
        chunk = copyOf(new Uint8Array(part));
      } else if (isBlob(part)) {
        chunk = part.#bytes;
      } else {
        let string = partToString(part, i);
        if (endings === 'native') string = RegExpPrototypeSymbolReplace(lineEndings, string, nativeEol);
        chunk = encodeString(string);
      }
      chunks[chunks.length] = chunk;
      length += chunk.length;
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (let i = 0; i < chunks.length; i++) {
      TypedArrayPrototypeSet(bytes, chunks[i], offset);
      offset += chunks[i].length;
    }
    this.#bytes = bytes;
    this.#type = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#bytes.length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this.#bytes.length;
    start = toLongLong(start, 'start');
    start = start < 0 ? MathMax(size + start, 0) : MathMin(start, size);
    if (end === undefined) {
      end = size;
    } else {
      end = toLongLong(end, 'end');
      end = end < 0 ? MathMax(size + end, 0) : MathMin(end, size);
    }
    const blob = new Blob();
    blob.#bytes = TypedArrayPrototypeSubarray(this.#bytes, start, MathMax(start, end));
    blob.#type = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    const copy = new ArrayBuffer(this.#bytes.length);
    TypedArrayPrototypeSet(new Uint8Array(copy), this.#bytes);
    return PromiseResolve(copy);
  }

  text() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    const bytes = this.#bytes;
    // UTF-8 decoding as the web defines it drops a leading byte order mark.
    const start = bytes.length >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? 3 : 0;
    return PromiseResolve(binding.utf8Slice(bytes, start, bytes.length));
  }

  bytes() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    return PromiseResolve(copyOf(this.#bytes));
  }

  // Both need the web ReadableStream, which rnode's library does not have yet.
  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    throw new ERR_METHOD_NOT_IMPLEMENTED('stream()');
  }

  textStream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    throw new ERR_METHOD_NOT_IMPLEMENTED('textStream()');
  }

  [customInspectSymbol](depth, options, inspect) {
    const name = this instanceof File ? 'File' : 'Blob';
    if (depth < 0) return options.stylize(`[${name}]`, 'special');
    const shown = { size: this.size, type: this.type };
    if (name === 'File') {
      shown.name = this.name;
      shown.lastModified = this.lastModified;
    }
    const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${inspect(shown, inner)}`;
  }

  static {
    isBlob = (value) => typeof value === 'object' && value !== null && #bytes in value;
  }
}

ObjectDefineProperties(Blob.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'Blob', writable: false, enumerable: false, configurable: true },
  type: { __proto__: null, enumerable: true },
  size: { __proto__: null, enumerable: true },
  slice: { __proto__: null, enumerable: true },
  arrayBuffer: { __proto__: null, enumerable: true },
  text: { __proto__: null, enumerable: true },
  bytes: { __proto__: null, enumerable: true },
  stream: { __proto__: null, enumerable: true },
  textStream: { __proto__: null, enumerable: true },
});

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified;
    if (options != null && options.lastModified !== undefined) {
      lastModified = +options.lastModified;
      if (NumberIsNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = DateNow();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  get name() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  static {
    isFile = (value) => typeof value === 'object' && value !== null && #name in value;
  }
}

ObjectDefineProperties(File.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'File', writable: false, enumerable: false, configurable: true },
  name: { __proto__: null, enumerable: true },
  lastModified: { __proto__: null, enumerable: true },
});

// Blob URLs (`blob:nodedata:<id>`). URL.createObjectURL, when the runtime provides it, registers blobs here;
// resolveObjectURL finds them again.
const objectURLs = new SafeMap();
let nextObjectURLId = 0;

function createObjectURL(blob) {
  if (!isBlob(blob)) throw new ERR_INVALID_THIS('Blob');
  const id = `${process.pid}-${++nextObjectURLId}`;
  objectURLs.set(id, blob);
  return `blob:nodedata:${id}`;
}

function objectURLId(url) {
  url = `${url}`;
  if (StringPrototypeToLowerCase(StringPrototypeSlice(url, 0, 5)) !== 'blob:') return undefined;
  let path = StringPrototypeSlice(url, 5);
  const end = RegExpPrototypeExec(/[?#]/, path);
  if (end !== null) path = StringPrototypeSlice(path, 0, end.index);
  const colon = StringPrototypeIndexOf(path, ':');
  if (colon === -1 || StringPrototypeSlice(path, 0, colon) !== 'nodedata') return undefined;
  return StringPrototypeSlice(path, colon + 1);
}

function revokeObjectURL(url) {
  const id = objectURLId(url);
  if (id !== undefined) objectURLs.delete(id);
}

function resolveObjectURL(url) {
  const id = objectURLId(url);
  if (id === undefined || !objectURLs.has(id)) return undefined;
  return objectURLs.get(id);
}

module.exports = {
  Blob,
  File,
  createObjectURL,
  isBlob,
  resolveObjectURL,
  revokeObjectURL,
};
