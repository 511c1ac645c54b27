'use strict';

// require('stream'): the legacy Stream constructor, carrying the stream classes and helpers as properties.
// Web streams interop (Readable.fromWeb/toWeb, Writable.fromWeb/toWeb, Duplex.fromWeb/toWeb, web streams as
// pipeline stages) is absent: rnode's library has no web streams yet.

const {
  ObjectDefineProperty,
  ObjectKeys,
  ReflectApply,
  SymbolFor,
} = primordials;

const { FastBuffer } = require('internal/buffer');
const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const { duplexPair } = require('internal/streams/duplexpair');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const compose = require('internal/streams/compose');
const operators = require('internal/streams/operators');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const utils = require('internal/streams/utils');
const { isArrayBufferView, isUint8Array } = require('internal/util/types');
const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;

module.exports = Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = Readable;

// The iterator helpers: those returning a stream wrap their async generator in Readable.from().
{
  const streamReturning = operators.streamReturningOperators;
  const keys = ObjectKeys(streamReturning);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const op = streamReturning[key];
    function fn(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Readable.from(ReflectApply(op, this, args));
    }
    ObjectDefineProperty(fn, 'name', { __proto__: null, value: op.name });
    ObjectDefineProperty(fn, 'length', { __proto__: null, value: op.length });
    ObjectDefineProperty(Readable.prototype, key, {
      __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
    });
  }
  const promiseReturning = operators.promiseReturningOperators;
  const pkeys = ObjectKeys(promiseReturning);
  for (let i = 0; i < pkeys.length; i++) {
    const key = pkeys[i];
    const op = promiseReturning[key];
    function fn(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return ReflectApply(op, this, args);
    }
    ObjectDefineProperty(fn, 'name', { __proto__: null, value: op.name });
    ObjectDefineProperty(fn, 'length', { __proto__: null, value: op.length });
    ObjectDefineProperty(Readable.prototype, key, {
      __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
    });
  }
}

Readable.prototype.compose = operators.compose;

Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
ObjectDefineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('stream/promises');
    return promises;
  },
});

// util.promisify(pipeline) and util.promisify(finished) give the promise versions.
{
  const kCustomPromisified = SymbolFor('nodejs.util.promisify.custom');
  ObjectDefineProperty(pipeline, kCustomPromisified, {
    __proto__: null,
    enumerable: true,
    get() {
      return require('stream/promises').pipeline;
    },
  });
  ObjectDefineProperty(eos, kCustomPromisified, {
    __proto__: null,
    enumerable: true,
    get() {
      return require('stream/promises').finished;
    },
  });
}

// Backwards compatibility: `require('stream').Stream === require('stream')`.
Stream.Stream = Stream;

Stream._isArrayBufferView = isArrayBufferView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
