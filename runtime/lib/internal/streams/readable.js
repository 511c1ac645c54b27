'use strict';

// Readable: a source that buffers what its implementation pushes (up to highWaterMark) and hands it out either
// in flowing mode ('data' events, pipe) or in paused mode ('readable' + read()). The tick on which each event
// fires is part of the contract: code in the wild depends on it, so it follows Node's exactly.

const {
  ArrayBufferIsView,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  FunctionPrototypeBind,
  NumberIsInteger,
  NumberIsNaN,
  NumberParseInt,
  ObjectDefineProperties,
  ObjectKeys,
  ObjectSetPrototypeOf,
  Promise,
  ReflectApply,
  SafeSet,
  StringPrototypeSlice,
  Symbol,
  SymbolAsyncDispose,
  SymbolAsyncIterator,
  SymbolFor,
  TypedArrayPrototypeSet,
  Uint8Array,
} = primordials;

const { Stream, prependListener } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const destroyImpl = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { nop } = require('internal/streams/utils');
const {
  aggregateTwoErrors,
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const { errorOrDestroy } = destroyImpl;
const EEon = Stream.prototype.on;
const EERemoveListener = Stream.prototype.removeListener;
const EERemoveAllListeners = Stream.prototype.removeAllListeners;
const kCaptureRejection = SymbolFor('nodejs.rejection');
const kPaused = Symbol('kPaused');

let Duplex;
function lazyDuplex() {
  Duplex ??= require('internal/streams/duplex');
  return Duplex;
}
let StringDecoder;
function lazyStringDecoder() {
  StringDecoder ??= require('string_decoder').StringDecoder;
  return StringDecoder;
}
let addAbortSignal;

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();

  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // Chunks waiting to be read live in buffer[bufferIndex..]; consuming from the front moves the index instead of
  // shifting the array.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  // null until pause() or resume() is called; exposed as the boolean `paused`.
  this[kPaused] = null;

  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  // True while _read() runs: a push() from inside it must not emit 'readable' or 'data' synchronously.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.readable = true;

  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null) {
    this.defaultEncoding = 'utf8';
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // The pipe destination(s) that returned false from write(); with several pipes it becomes a Set.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    this.decoder = new (lazyStringDecoder())(options.encoding);
    this.encoding = options.encoding;
  }
}

ObjectDefineProperties(ReadableState.prototype, {
  paused: {
    __proto__: null,
    get() {
      return this[kPaused] === true;
    },
    set(value) {
      this[kPaused] = !!value;
    },
  },
  pipesCount: {
    __proto__: null,
    get() {
      return this.pipes.length;
    },
  },
});

ReadableState.prototype[destroyImpl.kOnConstructed] = function(stream) {
  if (this.needReadable) maybeReadMore(stream, this);
};

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  const isDuplex = this instanceof lazyDuplex();
  // The events a stream always uses get their slots up front, as in Node: it keeps the object's shape stable and
  // fixes the order eventNames() reports.
  if (this._events === undefined || this._events === null) {
    this._events = { close: undefined, error: undefined, data: undefined, end: undefined,
                     readable: undefined };
  }
  this._readableState = new ReadableState(options, this, isDuplex);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }

  ReflectApply(Stream, this, [options]);

  if (options && options.signal && !isDuplex) {
    addAbortSignal ??= require('internal/streams/add-abort-signal').addAbortSignal;
    addAbortSignal(options.signal, this);
  }

  destroyImpl.construct(this);
}
ObjectSetPrototypeOf(Readable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Readable, Stream);

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[kCaptureRejection] = function(err) {
  this.destroy(err);
};

Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

// The buffer, as a queue.
function bufferPush(state, chunk) {
  const buffer = state.buffer;
  buffer[buffer.length] = chunk;
}

function bufferUnshift(state, chunk) {
  if (state.bufferIndex > 0) {
    state.buffer[--state.bufferIndex] = chunk;
  } else {
    ArrayPrototypeUnshift(state.buffer, chunk);
  }
}

function bufferShift(state) {
  const buffer = state.buffer;
  const chunk = buffer[state.bufferIndex];
  buffer[state.bufferIndex++] = undefined;
  if (state.bufferIndex === buffer.length) {
    buffer.length = 0;
    state.bufferIndex = 0;
  } else if (state.bufferIndex > 1024 && state.bufferIndex * 2 > buffer.length) {
    ArrayPrototypeSplice(buffer, 0, state.bufferIndex);
    state.bufferIndex = 0;
  }
  return chunk;
}

function bufferClear(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}

function bufferChunks(state) {
  return state.bufferIndex === 0 ? state.buffer : ArrayPrototypeSlice(state.buffer, state.bufferIndex);
}

Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  if (state.objectMode) return pushObject(this, state, chunk, encoding);
  return pushBytes(this, state, chunk, encoding);
};

// push() of bytes or text: the hot path of byte streams, kept apart from unshift() so that it stays monomorphic.
function pushBytes(stream, state, chunk, encoding) {
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = Buffer.from(chunk, encoding);
      encoding = '';
    }
  } else if (chunk instanceof Buffer) {
    encoding = '';
  } else if (ArrayBufferIsView(chunk)) {
    chunk = new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    encoding = '';
  } else if (chunk != null) {
    errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
    return false;
  }

  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (chunk === undefined || chunk.length === 0) {
    // An empty chunk: nothing to buffer, but the read it answered is over.
    state.reading = false;
    maybeReadMore(stream, state);
  } else if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
  } else if (state.destroyed || state.errored) {
    return false;
  } else {
    state.reading = false;
    if (state.decoder && !encoding) {
      chunk = state.decoder.write(chunk);
      if (chunk.length !== 0) {
        addChunk(stream, state, chunk, false);
      } else {
        maybeReadMore(stream, state);
      }
    } else {
      addChunk(stream, state, chunk, false);
    }
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

// push() in object mode: no chunk conversion, and a call site that only ever sees object-mode streams.
function pushObject(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
  } else if (state.destroyed || state.errored) {
    return false;
  } else {
    state.reading = false;
    if (state.decoder && !encoding) chunk = state.decoder.write(chunk);
    addChunk(stream, state, chunk, false);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;

  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        // Text goes back in front of already decoded text: convert it to the stream's encoding.
        chunk = state.encoding ?
          Buffer.from(chunk, encoding).toString(state.encoding) :
          Buffer.from(chunk, encoding);
      }
    } else if (ArrayBufferIsView(chunk) && !(chunk instanceof Buffer)) {
      chunk = new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    } else if (chunk != null && !(chunk instanceof Buffer)) {
      errorOrDestroy(this, new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
  }

  if (chunk === null) {
    state.reading = false;
    onEofChunk(this, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (state.endEmitted) {
      errorOrDestroy(this, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      addChunk(this, state, chunk, true);
    }
  }

  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
};

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    // Flowing with nothing buffered: hand the chunk straight to the consumer.
    if (state.multiAwaitDrain) {
      state.awaitDrainWriters.clear();
    } else {
      state.awaitDrainWriters = null;
    }
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) {
      bufferUnshift(state, chunk);
    } else {
      bufferPush(state, chunk);
    }
    if (state.needReadable) emitReadable(stream);
  }
  // An unshift() during a pending _read() leaves reading ahead to that read's push().
  if (!addToFront || !state.reading) maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  const decoder = new (lazyStringDecoder())(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;

  // What is already buffered is decoded now, so that every later read returns text.
  const chunks = bufferChunks(state);
  let content = '';
  for (let i = 0; i < chunks.length; i++) content += decoder.write(chunks[i]);
  bufferClear(state);
  if (content !== '') bufferPush(state, content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  // The next power of two, so that repeated larger reads do not grow the mark by small steps.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (NumberIsNaN(n)) {
    // read() while flowing returns one chunk at a time; paused, it returns everything.
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) {
    n = NaN;
  } else if (!NumberIsInteger(n)) {
    n = NumberParseInt(n, 10);
  }
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) only triggers a 'readable' (or 'end') when there is enough to report.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) {
      endReadable(this);
    } else {
      emitReadable(this);
    }
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read() when the buffer would drop below the mark after this read.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push() may have changed how much there is to return.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret;
  if (n > 0) {
    ret = fromList(n, state);
  } else {
    ret = null;
  }

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) {
      state.awaitDrainWriters.clear();
    } else {
      state.awaitDrainWriters = null;
    }
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }

  return ret;
};

// Takes n units (bytes, characters, or one object) off the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;
  if (state.objectMode) return bufferShift(state);

  if (!n || n >= state.length) {
    let ret;
    const count = state.buffer.length - state.bufferIndex;
    if (state.decoder) {
      ret = count === 1 ? state.buffer[state.bufferIndex] : ArrayPrototypeJoin(bufferChunks(state), '');
    } else if (count === 1) {
      ret = state.buffer[state.bufferIndex];
    } else {
      ret = Buffer.concat(bufferChunks(state), state.length);
    }
    bufferClear(state);
    return ret;
  }

  const buffer = state.buffer;
  const first = buffer[state.bufferIndex];
  if (n < first.length) {
    if (typeof first === 'string') {
      buffer[state.bufferIndex] = StringPrototypeSlice(first, n);
      return StringPrototypeSlice(first, 0, n);
    }
    buffer[state.bufferIndex] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return bufferShift(state);
  return state.decoder ? takeString(n, state) : takeBytes(n, state);
}

function takeString(n, state) {
  let ret = '';
  while (n > 0) {
    const str = state.buffer[state.bufferIndex];
    if (n >= str.length) {
      ret += str;
      n -= str.length;
      bufferShift(state);
    } else {
      ret += StringPrototypeSlice(str, 0, n);
      state.buffer[state.bufferIndex] = StringPrototypeSlice(str, n);
      n = 0;
    }
  }
  return ret;
}

function takeBytes(n, state) {
  const ret = Buffer.allocUnsafe(n);
  let offset = 0;
  while (offset < n) {
    const buf = state.buffer[state.bufferIndex];
    const want = n - offset;
    if (want >= buf.length) {
      TypedArrayPrototypeSet(ret, buf, offset);
      offset += buf.length;
      bufferShift(state);
    } else {
      TypedArrayPrototypeSet(ret, new Uint8Array(buf.buffer, buf.byteOffset, want), offset);
      state.buffer[state.bufferIndex] = buf.slice(want);
      offset = n;
    }
  }
  return ret;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      bufferPush(state, chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;

  if (state.sync) {
    // push(null) from inside _read(): the 'readable' that reports the end waits for the next tick.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // A paused stream wants the next 'readable' once it is below the mark again; a flowing one keeps its flag.
  if (!state.flowing) state.needReadable = !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

// Fills the buffer up to the mark ahead of demand, one _read() at a time, on a later tick.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    const writers = new SafeSet();
    if (state.awaitDrainWriters) writers.add(state.awaitDrainWriters);
    state.awaitDrainWriters = writers;
  }

  ArrayPrototypePush(state.pipes, dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) {
    process.nextTick(endFn);
  } else {
    src.once('end', endFn);
  }

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;

    // A destination that goes away while we wait for its 'drain' must not keep the source paused.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && ArrayPrototypeIndexOf(state.pipes, dest) !== -1) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) {
        errorOrDestroy(dest, er);
      } else {
        dest.emit('error', er);
      }
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if (!state.flowing) {
    src.resume();
  }

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) {
      dests[i].emit('unpipe', this, { hasUnpiped: false });
    }
    return this;
  }

  const index = ArrayPrototypeIndexOf(state.pipes, dest);
  if (index === -1) return this;
  ArrayPrototypeSplice(state.pipes, index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// Adding a 'data' listener switches to flowing mode (unless paused explicitly); a 'readable' listener takes
// precedence and keeps the stream paused.
Readable.prototype.on = function(ev, fn) {
  const res = ReflectApply(EEon, this, [ev, fn]);
  const state = this._readableState;

  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) {
        emitReadable(this);
      } else if (!state.reading) {
        process.nextTick(nReadingNextTick, this);
      }
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = ReflectApply(EERemoveListener, this, [ev, fn]);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = ReflectApply(EERemoveAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    // With a 'readable' listener the stream stays paused: resume() only lets queued 'data' through.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resume_, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Wraps an old-style stream (one that only emits 'data'/'end') in a Readable.
Readable.prototype.wrap = function(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Methods of the wrapped stream that this one lacks are forwarded to it.
  const streamKeys = ObjectKeys(stream);
  for (let j = 1; j < streamKeys.length; j++) {
    const key = streamKeys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = FunctionPrototypeBind(stream[key], stream);
    }
  }
  return this;
};

Readable.prototype[SymbolAsyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;

  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }

  stream.on('readable', next);

  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

ObjectDefineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.dataEmitted;
    },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.highWaterMark;
    },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return r && bufferChunks(r);
    },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.flowing;
    },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.length;
    },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.objectMode : false;
    },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.encoding : null;
    },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.errored : null;
    },
  },
  closed: {
    __proto__: null,
    get() {
      return this._readableState ? this._readableState.closed : false;
    },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.destroyed : false;
    },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.endEmitted : false;
    },
  },
});

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed once both sides are done.
      const wState = stream._writableState;
      const autoDestroy = !wState || (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

let from;
Readable.from = function(iterable, opts) {
  from ??= require('internal/streams/from');
  return from(Readable, iterable, opts);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

// Exposed for tests in the wild that reach into it, as Node does.
Readable._fromList = function(n, state) {
  return fromList(n, state);
};

module.exports = Readable;
