'use strict';

// Duplex: a Readable that is also a Writable. It inherits from Readable and borrows Writable's methods and
// accessors; `instanceof Writable` is true through Writable's Symbol.hasInstance.

const {
  ObjectDefineProperties,
  ObjectGetOwnPropertyDescriptor,
  ObjectKeys,
  ObjectSetPrototypeOf,
  ReflectApply,
} = primordials;

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const destroyImpl = require('internal/streams/destroy');

let addAbortSignal;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  // Slots for the events both sides always use, as in Node (stable shape, eventNames() order).
  if (this._events === undefined || this._events === null) {
    this._events = {
      close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined,
      data: undefined, end: undefined, readable: undefined,
    };
  }
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
  } else {
    this.allowHalfOpen = true;
  }

  ReflectApply(Stream, this, [options]);

  if (options && options.signal) {
    addAbortSignal ??= require('internal/streams/add-abort-signal').addAbortSignal;
    addAbortSignal(options.signal, this);
  }

  destroyImpl.construct(this);
}
ObjectSetPrototypeOf(Duplex.prototype, Readable.prototype);
ObjectSetPrototypeOf(Duplex, Readable);

// destroy() comes from Writable: it also fails the queued writes.
Duplex.prototype.destroy = Writable.prototype.destroy;

{
  const keys = ObjectKeys(Writable.prototype);
  for (let i = 0; i < keys.length; i++) {
    const method = keys[i];
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
}

function writableDescriptor(name) {
  return ObjectGetOwnPropertyDescriptor(Writable.prototype, name);
}

ObjectDefineProperties(Duplex.prototype, {
  writable: { __proto__: null, ...writableDescriptor('writable') },
  writableHighWaterMark: { __proto__: null, ...writableDescriptor('writableHighWaterMark') },
  writableObjectMode: { __proto__: null, ...writableDescriptor('writableObjectMode') },
  writableBuffer: { __proto__: null, ...writableDescriptor('writableBuffer') },
  writableLength: { __proto__: null, ...writableDescriptor('writableLength') },
  writableFinished: { __proto__: null, ...writableDescriptor('writableFinished') },
  writableCorked: { __proto__: null, ...writableDescriptor('writableCorked') },
  writableEnded: { __proto__: null, ...writableDescriptor('writableEnded') },
  writableNeedDrain: { __proto__: null, ...writableDescriptor('writableNeedDrain') },

  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

let duplexify;
Duplex.from = function(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

module.exports = Duplex;
