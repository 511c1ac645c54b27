'use strict';

// Readable.from(iterable): a Readable (objectMode, highWaterMark 1 unless told otherwise) that pulls from an
// iterator or async iterator on demand. A string or Buffer is one chunk, not an iterable of characters or bytes.
// Destroying the stream returns (or, with an error, throws into) the iterator.

const {
  PromisePrototypeThen,
  SymbolAsyncIterator,
  SymbolIterator,
} = primordials;

const { Buffer } = require('buffer');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_STREAM_NULL_VALUES,
} = require('internal/errors').codes;

function from(Readable, iterable, opts) {
  if ((iterable && typeof iterable === 'string') || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let isAsync;
  let iterator;
  if (iterable && iterable[SymbolAsyncIterator]) {
    isAsync = true;
    iterator = iterable[SymbolAsyncIterator]();
  } else if (iterable && iterable[SymbolIterator]) {
    isAsync = false;
    iterator = iterable[SymbolIterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({
    objectMode: true,
    highWaterMark: 1,
    ...opts,
  });

  // One pull loop at a time; _read() during a pending pull is a no-op.
  let reading = false;
  // Set once a sync iterator produced a promise: from then on its values are awaited.
  let awaitValues = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      if (isAsync || awaitValues) {
        nextAsync();
      } else {
        nextSync();
      }
    }
  };

  readable._destroy = function(error, cb) {
    PromisePrototypeThen(
      close(error),
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error),
    );
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // Sync iterators are drained without leaving the tick, as long as their values are not promises.
  function nextSync() {
    for (;;) {
      let step;
      try {
        step = iterator.next();
      } catch (err) {
        readable.destroy(err);
        return;
      }
      if (step.done) {
        readable.push(null);
        return;
      }
      const value = step.value;
      if (value !== null && (typeof value === 'object' || typeof value === 'function') &&
          typeof value.then === 'function') {
        awaitValues = true;
        pushAwaited(value);
        return;
      }
      if (value === null) {
        reading = false;
        readable.destroy(new ERR_STREAM_NULL_VALUES());
        return;
      }
      if (!readable.push(value)) {
        reading = false;
        return;
      }
    }
  }

  async function pushAwaited(promise) {
    let res;
    try {
      res = await promise;
    } catch (err) {
      readable.destroy(err);
      return;
    }
    if (res === null) {
      reading = false;
      readable.destroy(new ERR_STREAM_NULL_VALUES());
    } else if (readable.push(res)) {
      nextAsync();
    } else {
      reading = false;
    }
  }

  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iterator.next() : iterator.next();
        if (done) {
          readable.push(null);
        } else {
          const res = await value;
          if (res === null) {
            reading = false;
            throw new ERR_STREAM_NULL_VALUES();
          } else if (readable.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  return readable;
}

module.exports = from;
