'use strict';

// The parts of Buffer that `buffer.js` installs on its prototype: FastBuffer (the Uint8Array subclass every Buffer
// really is), the numeric read/write methods, and the per-encoding slice/write methods backed by the `buffer`
// binding. Numeric access is plain JavaScript: byte arithmetic for integers and a one-element Float32Array/
// Float64Array sharing memory with a byte view for floats, which V8 optimises better than a native call.

const {
  BigInt,
  DataViewPrototypeGetByteLength,
  Float32Array,
  Float64Array,
  MathFloor,
  MathTrunc,
  Number,
  RangeError,
  TypeError,
  TypedArrayPrototypeGetByteLength,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');
const { isDataView, isTypedArray } = require('internal/util/types');

const {
  asciiSlice,
  asciiWrite,
  base64Slice,
  base64Write,
  base64urlSlice,
  base64urlWrite,
  hexSlice,
  hexWrite,
  latin1Slice,
  latin1Write,
  ucs2Slice,
  ucs2Write,
  utf8Slice,
  utf8Write,
} = internalBinding('buffer');

// Every Buffer is a FastBuffer: `Buffer` itself stays callable without `new` (a legacy API), so the class that
// actually constructs is this one, and buffer.js makes `Buffer.prototype` be `FastBuffer.prototype`.
class FastBuffer extends Uint8Array {
  // A constructor of its own keeps V8 from passing `arguments` through (spread), which is slower.
  constructor(bufferOrLength, byteOffset, length) { // eslint-disable-line no-useless-constructor
    super(bufferOrLength, byteOffset, length);
  }
}

const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);

// Whether this machine stores the lowest byte first; the float helpers copy bytes in memory order.
float32Array[0] = -1;
const bigEndian = uInt8Float32Array[3] === 0;

function boundsError(value, length, type) {
  if (MathFloor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// `last` is the index of the last byte touched, relative to `offset`.
function checkBounds(buf, offset, last) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) {
    boundsError(offset, buf.length - (last + 1));
  }
}

// `last` is the index of the last byte written, relative to `offset`. Ranges wider than 32 bits are described
// with powers of two, as Node does.
function checkInt(value, min, max, buf, offset, last) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    const bits = (last + 1) * 8;
    let range;
    if (last > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      } else {
        range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

// ---- Reads ----

function readU8(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const val = buf[offset];
  if (val === undefined) boundsError(offset, buf.length - 1);
  return val;
}

function readI8(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const val = buf[offset];
  if (val === undefined) boundsError(offset, buf.length - 1);
  return val | (val & 2 ** 7) * 0x1fffffe;
}

function readU16LE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 2);
  return first + last * 2 ** 8;
}

function readU16BE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 2);
  return first * 2 ** 8 + last;
}

function readI16LE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 2);
  const val = first + last * 2 ** 8;
  return val | (val & 2 ** 15) * 0x1fffe;
}

function readI16BE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 2);
  const val = first * 2 ** 8 + last;
  return val | (val & 2 ** 15) * 0x1fffe;
}

function readUInt24LE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first + buf[offset + 1] * 2 ** 8 + last * 2 ** 16;
}

function readUInt24BE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first * 2 ** 16 + buf[offset + 1] * 2 ** 8 + last;
}

function readU32LE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 4);
  return first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + last * 2 ** 24;
}

function readU32BE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 4);
  return first * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readI32LE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 4);
  return first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + (last << 24);
}

function readI32BE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 4);
  return (first << 24) + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

// 5- and 6-byte values exceed 32 bits, so they are assembled with multiplications rather than shifts.
function readUInt40LE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24 + last * 2 ** 32;
}

function readUInt40BE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return first * 2 ** 32 + buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readUInt48LE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  return first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24 +
    (buf[++offset] + last * 2 ** 8) * 2 ** 32;
}

function readUInt48BE(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  return (first * 2 ** 8 + buf[++offset]) * 2 ** 32 + buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 +
    buf[++offset] * 2 ** 8 + last;
}

function readInt24LE(buf, offset) {
  const val = readUInt24LE(buf, offset);
  return val | (val & 2 ** 23) * 0x1fe;
}

function readInt24BE(buf, offset) {
  const val = readUInt24BE(buf, offset);
  return val | (val & 2 ** 23) * 0x1fe;
}

function readInt40LE(buf, offset) {
  const val = readUInt40LE(buf, offset);
  return val >= 2 ** 39 ? val - 2 ** 40 : val;
}

function readInt40BE(buf, offset) {
  const val = readUInt40BE(buf, offset);
  return val >= 2 ** 39 ? val - 2 ** 40 : val;
}

function readInt48LE(buf, offset) {
  const val = readUInt48LE(buf, offset);
  return val >= 2 ** 47 ? val - 2 ** 48 : val;
}

function readInt48BE(buf, offset) {
  const val = readUInt48BE(buf, offset);
  return val >= 2 ** 47 ? val - 2 ** 48 : val;
}

// Node's 8-, 16- and 32-bit readers are anonymous functions of one parameter; so are these.
function readerMethod(read) {
  return function(offset) {
    return read(this, offset === undefined ? 0 : offset);
  };
}

const readUInt8 = readerMethod(readU8);
const readInt8 = readerMethod(readI8);
const readUInt16LE = readerMethod(readU16LE);
const readUInt16BE = readerMethod(readU16BE);
const readInt16LE = readerMethod(readI16LE);
const readInt16BE = readerMethod(readI16BE);
const readUInt32LE = readerMethod(readU32LE);
const readUInt32BE = readerMethod(readU32BE);
const readInt32LE = readerMethod(readI32LE);
const readInt32BE = readerMethod(readI32BE);

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return readU8(this, offset);
    case 2: return readU16LE(this, offset);
    case 3: return readUInt24LE(this, offset);
    case 4: return readU32LE(this, offset);
    case 5: return readUInt40LE(this, offset);
    case 6: return readUInt48LE(this, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return readU8(this, offset);
    case 2: return readU16BE(this, offset);
    case 3: return readUInt24BE(this, offset);
    case 4: return readU32BE(this, offset);
    case 5: return readUInt40BE(this, offset);
    case 6: return readUInt48BE(this, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return readI8(this, offset);
    case 2: return readI16LE(this, offset);
    case 3: return readInt24LE(this, offset);
    case 4: return readI32LE(this, offset);
    case 5: return readInt40LE(this, offset);
    case 6: return readInt48LE(this, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return readI8(this, offset);
    case 2: return readI16BE(this, offset);
    case 3: return readInt24BE(this, offset);
    case 4: return readI32BE(this, offset);
    case 5: return readInt40BE(this, offset);
    case 6: return readInt48BE(this, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readBigUInt64LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const lo = first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24;
  const hi = this[++offset] + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + last * 2 ** 24;
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + this[++offset];
  const lo = this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const lo = first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24;
  // The high word is read signed, so the BigInt comes out negative when the top bit is set.
  const hi = this[++offset] + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + (last << 24);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = (first << 24) + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + this[++offset];
  const lo = this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// Float reads copy the bytes into the scratch array in memory order, so "forwards" means the buffer's byte order
// equals this machine's.
function readFloatForwards(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  uInt8Float32Array[0] = first;
  uInt8Float32Array[1] = this[++offset];
  uInt8Float32Array[2] = this[++offset];
  uInt8Float32Array[3] = last;
  return float32Array[0];
}

function readFloatBackwards(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  uInt8Float32Array[3] = first;
  uInt8Float32Array[2] = this[++offset];
  uInt8Float32Array[1] = this[++offset];
  uInt8Float32Array[0] = last;
  return float32Array[0];
}

function readDoubleForwards(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  uInt8Float64Array[0] = first;
  uInt8Float64Array[1] = this[++offset];
  uInt8Float64Array[2] = this[++offset];
  uInt8Float64Array[3] = this[++offset];
  uInt8Float64Array[4] = this[++offset];
  uInt8Float64Array[5] = this[++offset];
  uInt8Float64Array[6] = this[++offset];
  uInt8Float64Array[7] = last;
  return float64Array[0];
}

function readDoubleBackwards(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  uInt8Float64Array[7] = first;
  uInt8Float64Array[6] = this[++offset];
  uInt8Float64Array[5] = this[++offset];
  uInt8Float64Array[4] = this[++offset];
  uInt8Float64Array[3] = this[++offset];
  uInt8Float64Array[2] = this[++offset];
  uInt8Float64Array[1] = this[++offset];
  uInt8Float64Array[0] = last;
  return float64Array[0];
}

// ---- Writes ----

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeUInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, 0, 0xff);
}

function writeInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, -0x80, 0x7f);
}

function writeU_Int16LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset++] = value;
  buf[offset++] = (value >>> 8);
  return offset;
}

function writeU_Int16BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset++] = (value >>> 8);
  buf[offset++] = value;
  return offset;
}

function writeU_Int24LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset++] = value;
  buf[offset++] = (value >>> 8);
  buf[offset++] = (value >>> 16);
  return offset;
}

function writeU_Int24BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset + 2] = value;
  buf[offset + 1] = (value >>> 8);
  buf[offset] = (value >>> 16);
  return offset + 3;
}

function writeU_Int32LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset++] = value;
  buf[offset++] = (value >>> 8);
  buf[offset++] = (value >>> 16);
  buf[offset++] = (value >>> 24);
  return offset;
}

function writeU_Int32BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset + 3] = value;
  buf[offset + 2] = (value >>> 8);
  buf[offset + 1] = (value >>> 16);
  buf[offset] = (value >>> 24);
  return offset + 4;
}

// Beyond 32 bits the high part is split off with a division, because bitwise operators truncate to 32 bits.
function writeU_Int40LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  const hi = MathFloor(value * 2 ** -32);
  buf[offset++] = value;
  buf[offset++] = (value >>> 8);
  buf[offset++] = (value >>> 16);
  buf[offset++] = (value >>> 24);
  buf[offset++] = hi;
  return offset;
}

function writeU_Int40BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  buf[offset++] = MathFloor(value * 2 ** -32);
  buf[offset + 3] = value;
  buf[offset + 2] = (value >>> 8);
  buf[offset + 1] = (value >>> 16);
  buf[offset] = (value >>> 24);
  return offset + 4;
}

function writeU_Int48LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const hi = MathFloor(value * 2 ** -32);
  buf[offset++] = value;
  buf[offset++] = (value >>> 8);
  buf[offset++] = (value >>> 16);
  buf[offset++] = (value >>> 24);
  buf[offset++] = hi;
  buf[offset++] = (hi >>> 8);
  return offset;
}

function writeU_Int48BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const hi = MathFloor(value * 2 ** -32);
  buf[offset++] = (hi >>> 8);
  buf[offset++] = hi;
  buf[offset + 3] = value;
  buf[offset + 2] = (value >>> 8);
  buf[offset + 1] = (value >>> 16);
  buf[offset] = (value >>> 24);
  return offset + 4;
}

function writeUInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, 0, 0xffff);
}

function writeUInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, 0, 0xffff);
}

function writeUInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
}

function writeUInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
}

function writeInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
}

function writeInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
}

function writeInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
}

function writeInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
}

function writeUIntLE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, 0, 0xff);
    case 2: return writeU_Int16LE(this, value, offset, 0, 0xffff);
    case 3: return writeU_Int24LE(this, value, offset, 0, 0xffffff);
    case 4: return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
    case 5: return writeU_Int40LE(this, value, offset, 0, 0xffffffffff);
    case 6: return writeU_Int48LE(this, value, offset, 0, 0xffffffffffff);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeUIntBE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, 0, 0xff);
    case 2: return writeU_Int16BE(this, value, offset, 0, 0xffff);
    case 3: return writeU_Int24BE(this, value, offset, 0, 0xffffff);
    case 4: return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
    case 5: return writeU_Int40BE(this, value, offset, 0, 0xffffffffff);
    case 6: return writeU_Int48BE(this, value, offset, 0, 0xffffffffffff);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntLE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, -0x80, 0x7f);
    case 2: return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
    case 3: return writeU_Int24LE(this, value, offset, -0x800000, 0x7fffff);
    case 4: return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
    case 5: return writeU_Int40LE(this, value, offset, -0x8000000000, 0x7fffffffff);
    case 6: return writeU_Int48LE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntBE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, -0x80, 0x7f);
    case 2: return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
    case 3: return writeU_Int24BE(this, value, offset, -0x800000, 0x7fffff);
    case 4: return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
    case 5: return writeU_Int40BE(this, value, offset, -0x8000000000, 0x7fffffffff);
    case 6: return writeU_Int48BE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeBigU_Int64LE(buf, value, offset, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  buf[offset++] = lo;
  lo >>= 8;
  buf[offset++] = lo;
  lo >>= 8;
  buf[offset++] = lo;
  lo >>= 8;
  buf[offset++] = lo;
  let hi = Number(value >> 32n & 0xffffffffn);
  buf[offset++] = hi;
  hi >>= 8;
  buf[offset++] = hi;
  hi >>= 8;
  buf[offset++] = hi;
  hi >>= 8;
  buf[offset++] = hi;
  return offset;
}

function writeBigU_Int64BE(buf, value, offset, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  buf[offset + 7] = lo;
  lo >>= 8;
  buf[offset + 6] = lo;
  lo >>= 8;
  buf[offset + 5] = lo;
  lo >>= 8;
  buf[offset + 4] = lo;
  let hi = Number(value >> 32n & 0xffffffffn);
  buf[offset + 3] = hi;
  hi >>= 8;
  buf[offset + 2] = hi;
  hi >>= 8;
  buf[offset + 1] = hi;
  hi >>= 8;
  buf[offset] = hi;
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, 0n, 0xffffffffffffffffn);
}

function writeBigUInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, 0n, 0xffffffffffffffffn);
}

function writeBigInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n);
}

function writeBigInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n);
}

function writeFloatForwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset++] = uInt8Float32Array[0];
  this[offset++] = uInt8Float32Array[1];
  this[offset++] = uInt8Float32Array[2];
  this[offset++] = uInt8Float32Array[3];
  return offset;
}

function writeFloatBackwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset++] = uInt8Float32Array[3];
  this[offset++] = uInt8Float32Array[2];
  this[offset++] = uInt8Float32Array[1];
  this[offset++] = uInt8Float32Array[0];
  return offset;
}

function writeDoubleForwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  this[offset++] = uInt8Float64Array[0];
  this[offset++] = uInt8Float64Array[1];
  this[offset++] = uInt8Float64Array[2];
  this[offset++] = uInt8Float64Array[3];
  this[offset++] = uInt8Float64Array[4];
  this[offset++] = uInt8Float64Array[5];
  this[offset++] = uInt8Float64Array[6];
  this[offset++] = uInt8Float64Array[7];
  return offset;
}

function writeDoubleBackwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  this[offset++] = uInt8Float64Array[7];
  this[offset++] = uInt8Float64Array[6];
  this[offset++] = uInt8Float64Array[5];
  this[offset++] = uInt8Float64Array[4];
  this[offset++] = uInt8Float64Array[3];
  this[offset++] = uInt8Float64Array[2];
  this[offset++] = uInt8Float64Array[1];
  this[offset++] = uInt8Float64Array[0];
  return offset;
}

// ---- Encodings ----

// `buf.utf8Write(string, offset, length)`, `buf.latin1Slice(start, end)` and friends are undocumented but public
// (libraries call them). Their arguments are converted like array indices: missing means the default, anything else
// is truncated to an integer, NaN counts as 0.
function toIndex(value, defaultValue) {
  if (value === undefined) return defaultValue;
  const n = MathTrunc(+value);
  return n === n ? n + 0 : 0; // eslint-disable-line no-self-compare
}

// Node's native encoders reject non-strings with this message (no quotes, no "Received"); the public write()
// reaches the same check.
function stringArgumentError() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// These methods work on the bytes of any view (as Node's natives do), and reject other receivers with the natives'
// message.
function viewByteLength(view) {
  if (isTypedArray(view)) return TypedArrayPrototypeGetByteLength(view);
  if (isDataView(view)) return DataViewPrototypeGetByteLength(view);
  throw bufferArgumentError();
}

function bufferArgumentError() {
  const err = new TypeError('argument must be a buffer');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function indexOutOfRange() {
  const err = new RangeError('Index out of range');
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

// latin1, ascii and utf8 writes reject a length that does not fit; the others clamp it, and report negative
// numbers as "Index out of range", as Node's native methods do.
function makeStrictWrite(fn) {
  return function(string, offset, length) {
    const len = this.byteLength;
    // The bounds are checked on the arguments as given (NaN passes and later counts as 0; a BigInt fails in the
    // subtraction), and only then are they converted to integers.
    if (offset === undefined) offset = 0;
    if (length === undefined) length = len - offset;
    if (offset < 0 || offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    if (length < 0 || length > len - offset) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    if (typeof string !== 'string') throw stringArgumentError();
    // Arguments that are not numbers can pass the checks above (every comparison with NaN is false): after the
    // conversion the length is cut to what fits.
    offset = toIndex(offset, 0);
    length = toIndex(length, 0);
    return fn(this, string, offset, length > len - offset ? len - offset : length);
  };
}

function makeClampingWrite(fn) {
  return function(string, offset, length) {
    const len = viewByteLength(this);
    if (typeof string !== 'string') throw stringArgumentError();
    offset = toIndex(offset, 0);
    if (offset < 0) throw indexOutOfRange();
    if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    const max = len - offset;
    length = toIndex(length, max);
    if (length < 0) throw indexOutOfRange();
    return fn(this, string, offset, length > max ? max : length);
  };
}

function makeSlice(fn) {
  return function(start, end) {
    const len = viewByteLength(this);
    // An empty buffer slices to '' whatever the arguments (they are not even converted); otherwise an empty range
    // is fine anywhere, and a non-empty one must end inside the buffer.
    if (len === 0) return '';
    start = toIndex(start, 0);
    if (start < 0) throw indexOutOfRange();
    end = toIndex(end, len);
    if (end < 0) throw indexOutOfRange();
    if (end <= start) return '';
    if (end > len) throw indexOutOfRange();
    return fn(this, start, end);
  };
}

function addBufferPrototypeMethods(proto) {
  proto.readBigUInt64LE = readBigUInt64LE;
  proto.readBigUInt64BE = readBigUInt64BE;
  proto.readBigUint64LE = readBigUInt64LE;
  proto.readBigUint64BE = readBigUInt64BE;
  proto.readBigInt64LE = readBigInt64LE;
  proto.readBigInt64BE = readBigInt64BE;
  proto.writeBigUInt64LE = writeBigUInt64LE;
  proto.writeBigUInt64BE = writeBigUInt64BE;
  proto.writeBigUint64LE = writeBigUInt64LE;
  proto.writeBigUint64BE = writeBigUInt64BE;
  proto.writeBigInt64LE = writeBigInt64LE;
  proto.writeBigInt64BE = writeBigInt64BE;

  proto.readUIntLE = readUIntLE;
  proto.readUInt32LE = readUInt32LE;
  proto.readUInt16LE = readUInt16LE;
  proto.readUInt8 = readUInt8;
  proto.readUIntBE = readUIntBE;
  proto.readUInt32BE = readUInt32BE;
  proto.readUInt16BE = readUInt16BE;
  proto.readUintLE = readUIntLE;
  proto.readUint32LE = readUInt32LE;
  proto.readUint16LE = readUInt16LE;
  proto.readUint8 = readUInt8;
  proto.readUintBE = readUIntBE;
  proto.readUint32BE = readUInt32BE;
  proto.readUint16BE = readUInt16BE;
  proto.readIntLE = readIntLE;
  proto.readInt32LE = readInt32LE;
  proto.readInt16LE = readInt16LE;
  proto.readInt8 = readInt8;
  proto.readIntBE = readIntBE;
  proto.readInt32BE = readInt32BE;
  proto.readInt16BE = readInt16BE;

  proto.writeUIntLE = writeUIntLE;
  proto.writeUInt32LE = writeUInt32LE;
  proto.writeUInt16LE = writeUInt16LE;
  proto.writeUInt8 = writeUInt8;
  proto.writeUIntBE = writeUIntBE;
  proto.writeUInt32BE = writeUInt32BE;
  proto.writeUInt16BE = writeUInt16BE;
  proto.writeUintLE = writeUIntLE;
  proto.writeUint32LE = writeUInt32LE;
  proto.writeUint16LE = writeUInt16LE;
  proto.writeUint8 = writeUInt8;
  proto.writeUintBE = writeUIntBE;
  proto.writeUint32BE = writeUInt32BE;
  proto.writeUint16BE = writeUInt16BE;
  proto.writeIntLE = writeIntLE;
  proto.writeInt32LE = writeInt32LE;
  proto.writeInt16LE = writeInt16LE;
  proto.writeInt8 = writeInt8;
  proto.writeIntBE = writeIntBE;
  proto.writeInt32BE = writeInt32BE;
  proto.writeInt16BE = writeInt16BE;

  proto.readFloatLE = bigEndian ? readFloatBackwards : readFloatForwards;
  proto.readFloatBE = bigEndian ? readFloatForwards : readFloatBackwards;
  proto.readDoubleLE = bigEndian ? readDoubleBackwards : readDoubleForwards;
  proto.readDoubleBE = bigEndian ? readDoubleForwards : readDoubleBackwards;
  proto.writeFloatLE = bigEndian ? writeFloatBackwards : writeFloatForwards;
  proto.writeFloatBE = bigEndian ? writeFloatForwards : writeFloatBackwards;
  proto.writeDoubleLE = bigEndian ? writeDoubleBackwards : writeDoubleForwards;
  proto.writeDoubleBE = bigEndian ? writeDoubleForwards : writeDoubleBackwards;

  proto.asciiSlice = makeSlice(asciiSlice);
  proto.base64Slice = makeSlice(base64Slice);
  proto.base64urlSlice = makeSlice(base64urlSlice);
  proto.latin1Slice = makeSlice(latin1Slice);
  proto.hexSlice = makeSlice(hexSlice);
  proto.ucs2Slice = makeSlice(ucs2Slice);
  proto.utf8Slice = makeSlice(utf8Slice);
  proto.asciiWrite = makeStrictWrite(asciiWrite);
  proto.base64Write = makeClampingWrite(base64Write);
  proto.base64urlWrite = makeClampingWrite(base64urlWrite);
  proto.latin1Write = makeStrictWrite(latin1Write);
  proto.hexWrite = makeClampingWrite(hexWrite);
  proto.ucs2Write = makeClampingWrite(ucs2Write);
  proto.utf8Write = makeStrictWrite(utf8Write);
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  bufferArgumentError,
  stringArgumentError,
};
