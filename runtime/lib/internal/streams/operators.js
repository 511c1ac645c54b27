'use strict';

// The iterator helpers on Readable.prototype (map, filter, forEach, toArray, some, every, find, flatMap, drop,
// take, reduce) and Readable.prototype.compose. The stream-returning ones are async generators here; stream.js
// wraps their results in Readable.from(). Arguments are checked when the helper is called, not when it is first
// read from.

const {
  ArrayPrototypePush,
  FunctionPrototypeCall,
  ArrayPrototypeShift,
  MathFloor,
  Number,
  NumberIsNaN,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  Symbol,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { addAbortListener, nop } = require('internal/streams/utils');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

let staticCompose;
let AbortController;
let finished;

function lazyAbortController() {
  AbortController ??= require('internal/abort_controller').AbortController;
  return AbortController;
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}


// An AbortController whose signal also aborts when the caller's signal does.
function linkedController(outer) {
  const ac = new (lazyAbortController())();
  let stop = nop;
  if (outer) {
    if (outer.aborted) {
      ac.abort(outer.reason);
    } else {
      stop = addAbortListener(outer, () => ac.abort(outer.reason));
    }
  }
  return { ac, stop };
}

function compose(stream, options) {
  validateOptions(options);
  staticCompose ??= require('internal/streams/compose');
  const composedStream = staticCompose(this, stream);
  if (options?.signal) addAbortSignalNoValidate(options.signal, composedStream);
  return composedStream;
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);

  let concurrency = 1;
  if (options?.concurrency != null) concurrency = MathFloor(options.concurrency);
  // How many results may wait for the consumer, beyond the ones being computed.
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = MathFloor(options.highWaterMark);

  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  return FunctionPrototypeCall(async function* map() {
    const { ac, stop } = linkedController(options?.signal);
    const signal = ac.signal;
    const stream = this;
    // Promises of results, in input order, then kEof.
    const queue = [];
    const signalOpt = { signal };

    let next;
    let resume;
    let done = false;
    let cnt = 0;

    function onCatch() {
      done = true;
      afterItemProcessed();
    }

    function afterItemProcessed() {
      cnt -= 1;
      maybeResume();
    }

    function maybeResume() {
      if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
        resume();
        resume = null;
      }
    }

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();

          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = PromiseResolve(val);
          } catch (err) {
            val = PromiseReject(err);
          }

          cnt += 1;
          PromisePrototypeThen(val, afterItemProcessed, onCatch);
          ArrayPrototypePush(queue, val);
          if (next) {
            next();
            next = null;
          }

          if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
            await new Promise((resolve) => {
              resume = resolve;
            });
          }
        }
        ArrayPrototypePush(queue, kEof);
      } catch (err) {
        const val = PromiseReject(err);
        PromisePrototypeThen(val, afterItemProcessed, onCatch);
        ArrayPrototypePush(queue, val);
      } finally {
        done = true;
        if (next) {
          next();
          next = null;
        }
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          ArrayPrototypeShift(queue);
          maybeResume();
        }
        await new Promise((resolve) => {
          next = resolve;
        });
      }
    } finally {
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
      stop();
      ac.abort();
    }
  }, this);
}

async function some(fn, options = undefined) {
  for await (const unused of FunctionPrototypeCall(filter, this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  // every(fn) is "not some(!fn)".
  return !(await FunctionPrototypeCall(some, this, async (value, opts) => {
    return !(await fn(value, opts));
  }, options));
}

async function find(fn, options) {
  for await (const result of FunctionPrototypeCall(filter, this, fn, options)) {
    return result;
  }
  return undefined;
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, options) {
    await fn(value, options);
    return kEmpty;
  }
  const values = FunctionPrototypeCall(map, this, forEachFn, options);
  for await (const unused of values); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, options) {
    if (await fn(value, options)) return value;
    return kEmpty;
  }
  return FunctionPrototypeCall(map, this, filterFn, options);
}

// Node reports an empty reduce without an initial value as ERR_MISSING_ARGS with its own wording.
class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    finished ??= require('internal/streams/end-of-stream').finished;
    await finished(this.destroy(err));
    throw err;
  }
  const { ac, stop } = linkedController(options?.signal);
  const signal = ac.signal;
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options?.signal?.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    stop();
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    ArrayPrototypePush(result, val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = FunctionPrototypeCall(map, this, fn, options);
  return FunctionPrototypeCall(async function* flatMap() {
    for await (const val of values) {
      yield* val;
    }
  }, this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (NumberIsNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return FunctionPrototypeCall(async function* drop() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }, this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return FunctionPrototypeCall(async function* take() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling another item that would be thrown away.
      if (number <= 0) return;
    }
  }, this);
}

module.exports.streamReturningOperators = {
  drop,
  filter,
  flatMap,
  map,
  take,
};

module.exports.compose = compose;

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};
