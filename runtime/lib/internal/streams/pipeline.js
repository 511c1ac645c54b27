'use strict';

// pipeline(source, ...transforms, destination, callback): connects streams, iterables and async generator
// functions, forwards errors, destroys every stage when one fails, and calls back once with the first error (or
// with the value a final async function resolved to).

const {
  ArrayIsArray,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  Promise,
  ReflectApply,
  SymbolAsyncIterator,
} = primordials;

const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const {
  aggregateTwoErrors,
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateFunction, validateAbortSignal } = require('internal/validators');
const {
  addAbortListener,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableFinished,
  isReadableNodeStream,
  nop,
  once,
  subscribe,
} = require('internal/streams/utils');

let PassThrough;
let Readable;
let Duplex;
let AbortController;

function lazyAbortController() {
  AbortController ??= require('internal/abort_controller').AbortController;
  return AbortController;
}

// Destroys a stage unless it already finished on its own.
function destroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => {
    finished = true;
  });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });
  return {
    destroy: (err) => {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || new ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  // The name is the one Node's error reports, typo included.
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return ArrayPrototypePop(streams);
}

function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val);
  throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

async function* fromReadable(val) {
  Readable ??= require('internal/streams/readable');
  yield* ReflectApply(Readable.prototype[SymbolAsyncIterator], val, []);
}

// Writes an (async) iterable into a writable, honouring backpressure.
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;

  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };

  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) {
          reject(error);
        } else {
          resolve();
        }
      };
    }
  });

  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);

  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

function pipeline(...streams) {
  return pipelineImpl(streams, once(popCallback(streams)));
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && ArrayIsArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');

  const ac = new (lazyAbortController())();
  const signal = ac.signal;
  const outerSignal = opts?.signal;

  // Listeners that keep the last stream attached to the pipeline; removed on success.
  const lastStreamCleanup = [];

  validateAbortSignal(outerSignal, 'options.signal');

  function abort() {
    finishImpl(new AbortError(undefined, { cause: outerSignal?.reason }));
  }

  let stopListening = nop;
  if (outerSignal) stopListening = addAbortListener(outerSignal, abort);

  let error;
  let value;
  const destroys = [];

  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishOnlyHandleError(err) {
    finishImpl(err, false);
  }

  function finishImpl(err, final) {
    // A premature close is usually the consequence of the real error, and so is an abort when a stage was torn
    // down because another one failed: let a later, more telling error win.
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE' ||
                (error.code === 'ABORT_ERR' && err.code !== 'ABORT_ERR' &&
                 err.code !== 'ERR_STREAM_PREMATURE_CLOSE'))) {
      error = err;
    }
    if (!error && !final) return;

    while (destroys.length) ArrayPrototypeShift(destroys)(error);

    stopListening();
    ac.abort();

    if (final) {
      if (!error) {
        for (let i = 0; i < lastStreamCleanup.length; i++) lastStreamCleanup[i]();
      }
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || opts?.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = destroyer(stream, reading, writing);
        ArrayPrototypePush(destroys, destroy);
        if (isReadable(stream) && isLastStream) ArrayPrototypePush(lastStreamCleanup, cleanup);
      }

      // Errors after the data went through (e.g. while closing) still reach the callback.
      function onError(err) {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          finishOnlyHandleError(err);
        }
      }
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        ArrayPrototypePush(lastStreamCleanup, () => {
          stream.removeListener('error', onError);
        });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) {
          throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', ret);
        }
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else {
        Duplex ??= require('internal/streams/duplex');
        ret = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = makeAsyncIterable(ret);
      ret = stream(ret, { signal });

      if (reading) {
        if (!isIterable(ret, true)) {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, ret);
        }
      } else {
        // The last stage is a function: what it returns (a promise or an async iterable) feeds a PassThrough
        // that stands in for the destination.
        PassThrough ??= require('internal/streams/passthrough');
        const pt = new PassThrough({ objectMode: true });

        const then = ret?.then;
        if (typeof then === 'function') {
          finishCount++;
          subscribe(ret, then,
            (val) => {
              value = val;
              if (val != null) pt.write(val);
              if (end) pt.end();
              process.nextTick(finish);
            },
            (err) => {
              pt.destroy(err);
              process.nextTick(finish, err);
            });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', ret);
        }

        ret = pt;
        const { destroy, cleanup } = destroyer(ret, false, true);
        ArrayPrototypePush(destroys, destroy);
        if (isLastStream) ArrayPrototypePush(lastStreamCleanup, cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += end ? 2 : 1;
        const cleanup = pipe(ret, stream, finish, finishOnlyHandleError, { end });
        if (isReadable(stream) && isLastStream) ArrayPrototypePush(lastStreamCleanup, cleanup);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw new ERR_INVALID_ARG_TYPE('val',
          ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else {
      Duplex ??= require('internal/streams/duplex');
      ret = Duplex.from(stream);
    }
  }

  if (signal?.aborted || outerSignal?.aborted) process.nextTick(abort);

  return ret;
}

// Pipes one node stream into the next. With `end` the stage is done when the destination finished (which the
// source's end triggers); without it, when the source ended, the destination staying open.
function pipe(src, dst, finish, finishOnlyHandleError, { end }) {
  let ended = false;
  // The destination closing before the source ended fails the pipeline at once; the stage itself completes
  // through the end-of-stream callbacks below.
  dst.on('close', () => {
    if (!ended) finishOnlyHandleError(new ERR_STREAM_PREMATURE_CLOSE());
  });

  src.pipe(dst, { end: false });

  const onSourceDone = (err) => {
    const rState = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
        rState && rState.ended && !rState.errored && !rState.errorEmitted) {
      // The source ended but closed before 'end' was emitted (e.g. destroyed right after push(null)): wait for
      // 'end', which is still coming.
      src.once('end', finish).once('error', finish);
    } else {
      if (!end && !err) ended = true;
      finish(err);
    }
  };

  if (!end) return eos(src, { readable: true, writable: false }, onSourceDone);

  function endFn() {
    ended = true;
    dst.end();
  }
  if (isReadableFinished(src)) {
    process.nextTick(endFn);
  } else {
    src.once('end', endFn);
  }
  eos(src, { readable: true, writable: false }, onSourceDone);
  return eos(dst, { readable: false, writable: true }, finish);
}

module.exports = { pipeline, pipelineImpl };
