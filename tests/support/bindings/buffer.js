'use strict';

// Emulation of the `buffer` binding (runtime/lib/BINDINGS.md, section `buffer`) on Node's Buffer. Node's per-encoding
// prototype methods (`utf8Write`, `latin1Slice`, ...) accept any Uint8Array as their receiver, which is what rnode's
// buffers are here; the library itself never touches Node's Buffer.

const { Buffer: NodeBuffer, constants, isAscii, isUtf8, transcode } = require('buffer');

// Methods are uncurried once, here: like native code, the emulation must not depend on `Function.prototype.call`
// or other built-ins that user code may replace later.
const uncurry = Function.prototype.bind.bind(Function.prototype.call);
const proto = NodeBuffer.prototype;
const nodeCompare = uncurry(proto.compare);
const nodeIndexOf = uncurry(proto.indexOf);
const nodeLastIndexOf = uncurry(proto.lastIndexOf);

// A Node Buffer over the same memory, for the Node functions that insist on a Buffer receiver or argument.
function asNodeBuffer(view) {
  return NodeBuffer.from(view.buffer, view.byteOffset, view.byteLength);
}

module.exports = {
  kMaxLength: constants.MAX_LENGTH,
  kStringMaxLength: constants.MAX_STRING_LENGTH,

  byteLengthUtf8: (string) => NodeBuffer.byteLength(string, 'utf8'),

  asciiWrite: uncurry(proto.asciiWrite),
  base64Write: uncurry(proto.base64Write),
  base64urlWrite: uncurry(proto.base64urlWrite),
  hexWrite: uncurry(proto.hexWrite),
  latin1Write: uncurry(proto.latin1Write),
  ucs2Write: uncurry(proto.ucs2Write),
  utf8Write: uncurry(proto.utf8Write),

  asciiSlice: uncurry(proto.asciiSlice),
  base64Slice: uncurry(proto.base64Slice),
  base64urlSlice: uncurry(proto.base64urlSlice),
  hexSlice: uncurry(proto.hexSlice),
  latin1Slice: uncurry(proto.latin1Slice),
  ucs2Slice: uncurry(proto.ucs2Slice),
  utf8Slice: uncurry(proto.utf8Slice),

  // Node's `buf.compare(target)` with one argument goes straight to its native comparison; with ranges, the ranges
  // arrive here already checked.
  compare: (a, b) => nodeCompare(a, b),
  compareRanges: (source, sourceStart, sourceEnd, target, targetStart, targetEnd) =>
    nodeCompare(source, target, targetStart, targetEnd, sourceStart, sourceEnd),

  // Node's JS layer passes an integer byteOffset through to its native search unchanged, which is the contract here.
  // UTF-8 is Node's default: leaving the encoding out keeps Node on its direct path instead of its lookup of the
  // encoding by name, which this binding's caller has done already.
  indexOfString: (buffer, needle, byteOffset, encoding, forward) =>
    (forward ? nodeIndexOf : nodeLastIndexOf)(buffer, needle, byteOffset, encoding === 'utf8' ? undefined : encoding),
  indexOfBuffer: (buffer, needle, byteOffset, encoding, forward) =>
    (forward ? nodeIndexOf : nodeLastIndexOf)(buffer, needle, byteOffset, encoding),
  indexOfNumber: (buffer, byte, byteOffset, forward) =>
    (forward ? nodeIndexOf : nodeLastIndexOf)(buffer, byte, byteOffset),

  isAscii: (view) => isAscii(view),
  isUtf8: (view) => isUtf8(view),

  // Encodings arrive normalized (utf8, utf16le, latin1, ascii, ...); failures come back as ICU status numbers.
  transcode: (source, fromEncoding, toEncoding) => {
    try {
      const result = transcode(asNodeBuffer(source), fromEncoding, toEncoding);
      return new Uint8Array(result.buffer, result.byteOffset, result.length);
    } catch (err) {
      if (typeof err.errno === 'number' && typeof err.code === 'string' && err.code[0] === 'U') return err.errno;
      throw err;
    }
  },
};
