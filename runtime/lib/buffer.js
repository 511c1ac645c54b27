'use strict';

// The `buffer` module: Buffer (a Uint8Array subclass with Node's API), atob/btoa, Blob/File, and the constants.
//
// Small buffers come from a shared pool, like Node's: Buffer.allocUnsafe(n) and Buffer.from(...) below
// `Buffer.poolSize >>> 1` bytes are views into one preallocated ArrayBuffer, at 8-byte aligned offsets, which makes
// them cheap to create. `byteOffset` and `buffer` of such views are observable, so the pool follows Node's rules
// exactly. Text encoding and decoding, searching and comparing go through the `buffer` binding.

const {
  Array,
  ArrayBufferIsView,
  ArrayIsArray,
  Error,
  ErrorCaptureStackTrace,
  MathFloor,
  MathMin,
  MathTrunc,
  NumberIsInteger,
  NumberIsNaN,
  NumberMAX_SAFE_INTEGER,
  NumberMIN_SAFE_INTEGER,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  Symbol,
  SymbolSpecies,
  SymbolToPrimitive,
  TypedArrayPrototypeFill,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSubarray,
  Uint8Array,
} = primordials;

const binding = internalBinding('buffer');
const {
  byteLengthUtf8,
  compare: _compare,
  compareRanges,
  indexOfBuffer,
  indexOfNumber,
  indexOfString,
  kMaxLength,
  kStringMaxLength,
} = binding;

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
  genericNodeError,
  hideStackFrames,
} = require('internal/errors');
const {
  validateArray,
  validateBuffer,
  validateInteger,
  validateNumber,
} = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
} = require('internal/util/types');
const { Blob, File, resolveObjectURL } = require('internal/blob');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  bufferArgumentError,
  stringArgumentError,
} = require('internal/buffer');

const { customInspectSymbol, deprecate } = require('internal/util');

const constants = {};
ObjectDefineProperties(constants, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true, configurable: false },
  MAX_STRING_LENGTH: {
    __proto__: null, value: kStringMaxLength, writable: false, enumerable: true, configurable: false,
  },
});

let INSPECT_MAX_BYTES = 50;

// ---- The pool ----

let poolSize;
let poolOffset;
let allocPool;
// A view of the whole pool: strings are encoded straight into it, before the Buffer for the bytes written exists.
let poolView;

function createPool() {
  poolSize = Buffer.poolSize;
  poolView = new Uint8Array(poolSize);
  allocPool = TypedArrayPrototypeGetBuffer(poolView);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

// ---- Encodings ----

function base64ByteLength(str, bytes) {
  // Padding does not encode data.
  if (StringPrototypeCharCodeAt(str, bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && StringPrototypeCharCodeAt(str, bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// One record per encoding; `getEncodingOps` maps every accepted spelling to it. The records are read on every
// encode and decode: built by a constructor they are fast-mode objects, whose `write`/`slice` the compiler can
// call directly (a `{ __proto__: null, ... }` literal is created in dictionary mode). Their prototype has a null
// prototype, so nothing from Object.prototype is reachable through them.
function EncodingOps(encoding, byteLength, write, slice) {
  this.encoding = encoding;
  this.byteLength = byteLength;
  this.write = write;
  this.slice = slice;
}
EncodingOps.prototype = { __proto__: null };

function encodingOps(encoding, byteLength, write, slice) {
  return new EncodingOps(encoding, byteLength, write, slice);
}

const opsUtf8 = encodingOps('utf8', byteLengthUtf8, binding.utf8Write, binding.utf8Slice);
const opsUcs2 = encodingOps('utf16le', (string) => string.length * 2, binding.ucs2Write, binding.ucs2Slice);
const opsLatin1 = encodingOps('latin1', (string) => string.length, binding.latin1Write, binding.latin1Slice);
const opsAscii = encodingOps('ascii', (string) => string.length, binding.asciiWrite, binding.asciiSlice);
const opsBase64 = encodingOps('base64', (string) => base64ByteLength(string, string.length),
                              binding.base64Write, binding.base64Slice);
const opsBase64Url = encodingOps('base64url', (string) => base64ByteLength(string, string.length),
                                 binding.base64urlWrite, binding.base64urlSlice);
const opsHex = encodingOps('hex', (string) => string.length >>> 1, binding.hexWrite, binding.hexSlice);

function opsForLowerCase(enc) {
  switch (enc) {
    case 'utf8':
    case 'utf-8':
      return opsUtf8;
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return opsUcs2;
    case 'latin1':
    case 'binary':
      return opsLatin1;
    case 'base64':
      return opsBase64;
    case 'base64url':
      return opsBase64Url;
    case 'hex':
      return opsHex;
    case 'ascii':
      return opsAscii;
  }
  return undefined;
}

// The common spellings are matched as they are; anything else is compared case-insensitively. Non-strings are
// converted the way Node does (`${encoding}`), so `toString(null)` asks for the encoding 'null'.
function getEncodingOps(encoding) {
  encoding += '';
  const ops = opsForLowerCase(encoding);
  if (ops !== undefined) return ops;
  return opsForLowerCase(StringPrototypeToLowerCase(encoding));
}

// The normalized name of an encoding Buffer knows, or undefined. null, undefined and '' mean utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  const ops = getEncodingOps(enc);
  return ops === undefined ? undefined : ops.encoding;
}

// ---- Construction ----

let bufferWarningEmitted = false;

function pendingDeprecation() {
  const execArgv = process.execArgv;
  for (let i = 0; i < execArgv.length; i++) {
    if (execArgv[i] === '--pending-deprecation') return true;
  }
  return process.env.NODE_PENDING_DEPRECATION === '1';
}

// Whether the code that called Buffer() lives in a node_modules folder: Node only nags the authors of the code
// being run, not its dependencies (unless --pending-deprecation asks for it).
function calledFromNodeModules() {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  ErrorCaptureStackTrace(holder, Buffer);
  Error.stackTraceLimit = limit;
  const stack = holder.stack;
  return typeof stack === 'string' &&
    (StringPrototypeIncludes(stack, '/node_modules/') || StringPrototypeIncludes(stack, '\\node_modules\\'));
}

function showFlaggedDeprecation() {
  if (bufferWarningEmitted) return;
  if (!pendingDeprecation() && calledFromNodeModules()) return;
  bufferWarningEmitted = true;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), ' +
    'Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

// The legacy constructor, callable with or without `new`; instances are FastBuffers either way.
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
addBufferPrototypeMethods(Buffer.prototype);
ObjectSetPrototypeOf(Buffer, Uint8Array);

// Typed array methods that create a new array of "the same kind" (map, filter, slice of Uint8Array) construct
// FastBuffers directly, so that they neither warn nor go through the legacy argument handling.
ObjectDefineProperty(Buffer, SymbolSpecies, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

ObjectDefineProperty(Buffer, 'poolSize', {
  __proto__: null, value: 64 * 1024, writable: true, enumerable: true, configurable: true,
});
createPool();

function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) return createFromString(string, ops);
  // Four bytes per UTF-16 unit bound every encoding; the exact size is only computed when the bound could be
  // too big for the pool. The pool is renewed when the bound does not fit, as Node does.
  length *= 4;
  if (length >= maxLength) {
    length = ops.byteLength(string);
    if (length >= maxLength) return createFromString(string, ops, length);
  }
  if (length > (poolSize - poolOffset)) createPool();
  const actual = ops.write(poolView, string, poolOffset, length);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function createFromString(string, ops, length = ops.byteLength(string)) {
  const b = new FastBuffer(length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) return new FastBuffer(TypedArrayPrototypeGetBuffer(b), 0, actual);
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = opsUtf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (NumberIsNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) return new FastBuffer(obj, byteOffset);
  length = +length;
  if (length > 0) {
    if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  } else {
    length = 0;
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  const b = allocate(length);
  if (isArrayBufferView(obj)) {
    TypedArrayPrototypeSet(b, obj, 0);
  } else {
    for (let i = 0; i < length; i++) b[i] = obj[i];
  }
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && ArrayIsArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isUint8Array(value)) return fromArrayLike(value);
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[SymbolToPrimitive] === 'function') {
      const primitive = value[SymbolToPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = TypedArrayPrototypeGetLength(view);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayPrototypeSubarray(view, offset, end);
  }
  const bytes = new Uint8Array(TypedArrayPrototypeGetBuffer(view), TypedArrayPrototypeGetByteOffset(view),
                               TypedArrayPrototypeGetByteLength(view));
  return fromArrayLike(bytes);
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

const validateSize = hideStackFrames((size) => {
  validateNumber(size, 'size', 0, kMaxLength);
});

// The checks are written out for the common case so that allocation does not pay for a validator call.
function checkSize(size) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) validateSize(size);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  checkSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  checkSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  checkSize(size);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
ObjectSetPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
ObjectSetPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return _compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && getEncodingOps(encoding) !== undefined;
};

const kSmallCopy = 64;

Buffer.concat = function concat(list, length) {
  if (!ArrayIsArray(list)) validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();

  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }

  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      // Node reports the element whose type is wrong; those before it have been copied already.
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    const bufLength = TypedArrayPrototypeGetLength(buf);
    // A few bytes are copied faster by a loop than by a call to TypedArray.prototype.set. The target is new, so
    // nothing overlaps; an empty (maybe detached) source and a list cut short by `length` take the general path.
    if (bufLength !== 0 && bufLength <= kSmallCopy && bufLength <= length - pos) {
      for (let j = 0; j < bufLength; j++) buffer[pos + j] = buf[j];
      pos += bufLength;
    } else {
      pos += _copyActual(buf, buffer, pos, 0, bufLength);
    }
  }
  // Only reached when `length` exceeds the total: the rest must not leak pool memory.
  if (pos < length) TypedArrayPrototypeFill(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === 'utf8') return byteLengthUtf8(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// Node keeps a copy of isEncoding under this symbol (for its own modules, safe from user patches); it shows in
// util.inspect(Buffer), so it is here too.
Buffer[Symbol('kIsEncodingSymbol')] = Buffer.isEncoding;

// ---- Prototype ----

const validateOffset = hideStackFrames((value, name, min = 0, max = kMaxLength) => {
  validateInteger(value, name, min, max);
});

ObjectDefineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
ObjectDefineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  // Nothing to copy still goes through the copy, which is what rejects a detached source, as in Node.
  if (nb < 0) return 0;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(TypedArrayPrototypeGetBuffer(source), TypedArrayPrototypeGetByteOffset(source) +
                            sourceStart, nb);
  }
  TypedArrayPrototypeSet(target, source, targetStart);
  return nb;
}

// Integers pass as they are, however large; anything else is converted, and what is not a safe integer after
// conversion (NaN, Infinity) becomes the default.
function toInteger(n, defaultVal) {
  if (NumberIsInteger(n)) return n;
  n = +n;
  if (!NumberIsNaN(n) && n >= NumberMIN_SAFE_INTEGER && n <= NumberMAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : MathFloor(n));
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!ArrayBufferIsView(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!ArrayBufferIsView(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);

  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }

  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }

  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }

  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  // Copies bytes, whatever the element size of the views.
  return _copyActual(isUint8Array(source) ? source : viewBytes(source), isUint8Array(target) ? target :
    viewBytes(target), targetStart, sourceStart, sourceEnd);
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return _copy(this, target, targetStart, sourceStart, sourceEnd);
};

Buffer.prototype.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return binding.utf8Slice(this, 0, this.length);

  const len = TypedArrayPrototypeGetLength(this);
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = MathTrunc(start) || 0;
  }

  if (end === undefined || end > len) {
    end = len;
  } else {
    end = MathTrunc(end) || 0;
  }

  if (end <= start) return '';

  if (encoding === undefined) return binding.utf8Slice(this, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = TypedArrayPrototypeGetByteLength(this);
  if (len !== TypedArrayPrototypeGetByteLength(otherBuffer)) return false;
  return len === 0 || _compare(this, otherBuffer) === 0;
};

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = MathMin(max, this.length);
  const remaining = this.length - max;
  // Called even for nothing to show: the binding is what rejects receivers that are not views.
  const hex = binding.hexSlice(this, 0, actualMax > 0 ? actualMax : 0);
  let str = '';
  if (hex.length > 0) {
    str = `${hex[0]}${hex[1]}`;
    for (let i = 2; i < hex.length; i += 2) str += ` ${hex[i]}${hex[i + 1]}`;
  }
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    // Own properties other than the indices are shown after the bytes, the way inspect shows them on objects.
    const keys = internalBinding('util').getOwnNonIndexProperties(this, !ctx.showHidden);
    if (keys.length > 0) {
      const extras = { __proto__: null };
      for (let i = 0; i < keys.length; i++) extras[keys[i]] = this[keys[i]];
      const inspected = lazyInspect().inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      // Drops the `[Object: null prototype] {` prefix and the closing ` }`.
      if (this.length !== 0) str += ', ';
      str += StringPrototypeSlice(inspected, 27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}

Buffer.prototype.inspect = inspect;
Buffer.prototype[customInspectSymbol] = inspect;

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return _compare(this, target);

  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');

  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);

  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');

  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;

  return compareRanges(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

// Shared by indexOf, lastIndexOf and includes. `dir` is true for a forward search.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBufferIsView(buffer)) validateBuffer(buffer);

  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // Coerce to a number: "abc" and {} become NaN, which means "search the whole buffer".
  byteOffset = +byteOffset;
  if (NumberIsNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = MathTrunc(byteOffset) + 0;

  if (typeof val === 'number') return indexOfNumber(buffer, val >>> 0, byteOffset, dir);

  let ops;
  if (encoding === undefined) ops = opsUtf8;
  else ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return indexOfString(buffer, val, byteOffset, ops.encoding, dir);
  }

  if (isUint8Array(val)) {
    return indexOfBuffer(buffer, val, byteOffset, ops !== undefined ? ops.encoding : 'utf8', dir);
  }

  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true) !== -1;
};

Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

// The bytes a fill value stands for, or a number when every byte is the same.
function fillPattern(value, encoding) {
  if (typeof value === 'string') {
    // `encoding` was normalized by _fill.
    const normalized = encoding;
    if (value.length === 0) return 0;
    if (value.length === 1) {
      const code = StringPrototypeCharCodeAt(value, 0);
      if (((normalized === 'utf8' && code < 128) || normalized === 'latin1') && code < 256) return code;
    }
    const ops = getEncodingOps(normalized);
    const bytes = new FastBuffer(ops.byteLength(value));
    const written = ops.write(bytes, value, 0, bytes.length);
    if (written === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
    return written === bytes.length ? bytes : TypedArrayPrototypeSubarray(bytes, 0, written);
  }
  if (isArrayBufferView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
    return bytes;
  }
  if (typeof value === 'boolean') return +value;
  return (+value) & 255;
}

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    if (encoding != null && typeof encoding !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    encoding = normalized;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  // Filling nothing (an empty buffer) needs no bytes, so an unencodable string or an empty view is no error then;
  // other values are still converted to numbers, with the errors that may bring.
  if (offset >= end && (typeof value === 'string' || isArrayBufferView(value))) return buf;
  const pattern = fillPattern(value, encoding);
  if (typeof pattern === 'number') {
    // Numbers fill elements (of any typed array); the byteLength getter rejects other receivers as Node's does.
    TypedArrayPrototypeGetByteLength(buf);
    TypedArrayPrototypeFill(buf, pattern, offset, end);
    return buf;
  }
  // Byte patterns go into the receiver's bytes, whatever its element type; the range is taken as bytes.
  const bytes = isUint8Array(buf) ? buf : viewBytes(buf);
  // A DataView has no length, so its range ends at 0.
  if (end === undefined) end = 0;
  if (offset > end) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  if (offset === end) return buf;
  // Copies the pattern once, then doubles the filled region until the range is covered.
  const total = end - offset;
  const first = MathMin(pattern.length, total);
  TypedArrayPrototypeSet(bytes, first === pattern.length ? pattern : TypedArrayPrototypeSubarray(pattern, 0, first),
                         offset);
  let filled = first;
  while (filled < total) {
    const chunk = MathMin(filled, total - filled);
    TypedArrayPrototypeSet(bytes, TypedArrayPrototypeSubarray(bytes, offset, offset + chunk), offset + filled);
    filled += chunk;
  }
  return buf;
}

// A byte view of any ArrayBufferView; other values are rejected with the message of Node's natives.
function viewBytes(view) {
  if (!isArrayBufferView(view)) throw bufferArgumentError();
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

Buffer.prototype.write = function write(string, offset, length, encoding) {
  const len = TypedArrayPrototypeGetLength(this);
  // write(string)
  if (offset === undefined) {
    if (typeof string !== 'string') throw stringArgumentError();
    return binding.utf8Write(this, string, 0, len);
  }

  if (length === undefined && typeof offset === 'string') {
    // write(string, encoding)
    encoding = offset;
    length = len;
    offset = 0;
  } else {
    // write(string, offset[, length][, encoding])
    validateOffset(offset, 'offset', 0, len);
    const remaining = len - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, len);
      if (length > remaining) length = remaining;
    }
  }

  if (!encoding || encoding === 'utf8') {
    if (typeof string !== 'string') throw stringArgumentError();
    return binding.utf8Write(this, string, offset, length);
  }
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') throw stringArgumentError();
  return ops.write(this, string, offset, length);
};

Buffer.prototype.toJSON = function toJSON() {
  const len = TypedArrayPrototypeGetLength(this);
  if (len > 0) {
    const data = new Array(len);
    for (let i = 0; i < len; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  // Truncates toward zero and maps NaN to 0; negative offsets count from the end.
  offset = MathTrunc(offset);
  if (offset === 0 || offset !== offset) return 0; // eslint-disable-line no-self-compare
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

function subarrayOf(buf, start, end) {
  const srcLength = TypedArrayPrototypeGetLength(buf);
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(buf.buffer, buf.byteOffset + start, newLength);
}

Buffer.prototype.subarray = function subarray(start, end) {
  return subarrayOf(this, start, end);
};

// Deprecated (DEP0158 in the docs, no runtime warning): unlike Uint8Array's slice, it shares memory.
Buffer.prototype.slice = function slice(start, end) {
  return subarrayOf(this, start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

Buffer.prototype.swap16 = function swap16() {
  const len = TypedArrayPrototypeGetLength(this);
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
};

Buffer.prototype.swap32 = function swap32() {
  const len = TypedArrayPrototypeGetLength(this);
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};

Buffer.prototype.swap64 = function swap64() {
  const len = TypedArrayPrototypeGetLength(this);
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// ---- isUtf8, isAscii, transcode ----

function bytesOf(input, name) {
  if (isTypedArray(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  return binding.isUtf8(bytesOf(input, 'input'));
}

function isAscii(input) {
  return binding.isAscii(bytesOf(input, 'input'));
}

// The ICU status codes the binding reports, by number.
const icuErrorNames = {
  __proto__: null,
  1: 'U_ILLEGAL_ARGUMENT_ERROR',
  10: 'U_INVALID_CHAR_FOUND',
  11: 'U_TRUNCATED_CHAR_FOUND',
  12: 'U_ILLEGAL_CHAR_FOUND',
};

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return new FastBuffer();
  const from = normalizeEncoding(fromEncoding) || `${fromEncoding}`;
  const to = normalizeEncoding(toEncoding) || `${toEncoding}`;
  const result = binding.transcode(source, from, to);
  if (typeof result !== 'number') {
    return new FastBuffer(TypedArrayPrototypeGetBuffer(result), TypedArrayPrototypeGetByteOffset(result),
                          TypedArrayPrototypeGetLength(result));
  }
  const code = icuErrorNames[result] ?? `U_ERROR_${result}`;
  throw genericNodeError(`Unable to transcode Buffer [${code}]`, { code, errno: result });
}

// ---- atob / btoa ----

// DOMException is a global the runtime's bootstrap provides before the library loads (as internal/abort_controller
// also assumes); it is captured now so that user code replacing the global cannot change atob's errors.
const { DOMException } = primordials.globalThis;
function domException(message, name) {
  return new DOMException(message, name);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (StringPrototypeCharCodeAt(input, n) > 0xff) {
      throw domException('Invalid character', 'InvalidCharacterError');
    }
  }
  // Scratch memory of its own rather than the pool: like Node's, atob and btoa leave the pool alone.
  const buf = new FastBuffer(input.length);
  binding.latin1Write(buf, input, 0, input.length);
  return binding.base64Slice(buf, 0, buf.length);
}

// ASCII whitespace (tab, LF, FF, CR, space) is skipped; everything else must be in the base64 alphabet or '='.
function isWhitespace(code) {
  return code === 0x20 || code === 0x0A || code === 0x09 || code === 0x0D || code === 0x0C;
}

function isBase64Char(code) {
  return (code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A) || (code >= 0x30 && code <= 0x39) ||
    code === 0x2B || code === 0x2F;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0;
  let equalCharCount = 0;
  for (let n = 0; n < input.length; n++) {
    const code = StringPrototypeCharCodeAt(input, n);
    if (isWhitespace(code)) continue;
    if (code === 0x3D) {
      equalCharCount++;
    } else if (!isBase64Char(code) || equalCharCount > 0) {
      // Outside the alphabet, or data after the padding.
      throw domException('Invalid character', 'InvalidCharacterError');
    }
    count++;
    if (equalCharCount > 2) throw domException('Invalid character', 'InvalidCharacterError');
  }

  // Without padding, one character too many cannot be decoded. With padding, the data must fill whole groups of
  // four; if not, Node blames the '=' unless the unpadded data itself could not be decoded.
  if (equalCharCount === 0) {
    if (count % 4 === 1) {
      throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    }
  } else if (count % 4 !== 0) {
    if ((count - equalCharCount) % 4 === 1) {
      throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    }
    throw domException('Invalid character', 'InvalidCharacterError');
  }

  const buf = new FastBuffer(base64ByteLength(input, input.length));
  const written = binding.base64Write(buf, input, 0, buf.length);
  return binding.latin1Slice(buf, 0, written);
}

// ---- Exports ----

module.exports = {
  Buffer,
  SlowBuffer: deprecate(SlowBuffer, 'SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()', 'DEP0030'),
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: undefined,
  INSPECT_MAX_BYTES: undefined,
  Blob,
  resolveObjectURL,
  File,
};

ObjectDefineProperty(module.exports, 'constants', {
  __proto__: null, value: constants, writable: false, enumerable: true, configurable: false,
});

ObjectDefineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});
