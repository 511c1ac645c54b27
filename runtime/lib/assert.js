'use strict';

// The `assert` module. Failures throw AssertionError (internal/assert/assertion_error) with node's messages;
// deep comparisons come from internal/util/comparisons.

const {
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  Error,
  NumberIsNaN,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeIsPrototypeOf,
  ReflectApply,
  RegExpPrototypeExec,
  String,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  Symbol,
} = primordials;

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_CONSTRUCT_CALL_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { AssertionError } = require('internal/assert/assertion_error');
const { inspect } = require('internal/util/inspect');
const { isPromise, isRegExp } = require('internal/util/types');
const { deprecateCall, isError, kEmptyObject } = require('internal/util');
const { validateOneOf } = require('internal/validators');
const { getOkMessage } = require('internal/assert/utils');

let comparisons;
function lazyComparisons() {
  comparisons ??= require('internal/util/comparisons');
  return comparisons;
}

function isDeepEqual(a, b) {
  return lazyComparisons().isDeepEqual(a, b);
}

function isDeepStrictEqual(a, b) {
  return lazyComparisons().isDeepStrictEqual(a, b);
}

// Returned by getActual/waitForActual when the function did not throw (or the promise did not reject): any value,
// undefined included, can be thrown.
const NO_EXCEPTION_SENTINEL = {};

// Options of an Assert instance, when a function runs as its method.
const kOptions = Symbol('kOptions');

// The diff style an AssertionError records: an Assert instance's option, else node's default.
function diffOf(self) {
  return (self !== null && typeof self === 'object' && self[kOptions]?.diff) || 'simple';
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getOkMessage(value);
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, args[0], args[1]);
}

// The module itself is ok(): `assert(value)`.
const assert = module.exports = ok;

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (argsLen === 0) {
    internalMessage = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    deprecateCall('assert.fail() with more than one argument is deprecated. ' +
      'Please use assert.strictEqual() instead or only pass a message.', 'DEP0094');
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message: internalMessage || message,
    diff: diffOf(this),
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!NumberIsNaN(actual) || !NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal, diff: diffOf(this) });
  }
}

function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (NumberIsNaN(actual) && NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual, diff: diffOf(this) });
  }
}

function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual, diff: diffOf(this) });
  }
}

function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual, diff: diffOf(this) });
  }
}

function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual, diff: diffOf(this),
    });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual, diff: diffOf(this),
    });
  }
}

function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!ObjectIs(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual, diff: diffOf(this) });
  }
}

function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (ObjectIs(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual, diff: diffOf(this),
    });
  }
}

function partialDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!lazyComparisons().isPartialStrictEqual(actual, expected)) {
    innerFail({
      actual,
      expected,
      message,
      operator: 'partialDeepStrictEqual',
      stackStartFn: partialDeepStrictEqual,
      diff: diffOf(this),
    });
  }
}

// --- throws / rejects ---------------------------------------------------------------------------------------

// What a failed key comparison shows: only the compared keys, under the name Comparison. A RegExp in `expected`
// that matches shows the actual string, so that only real differences appear in the diff.
class Comparison {
  constructor(obj, keys, actual) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            RegExpPrototypeExec(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (RegExpPrototypeExec(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      // An object of properties that the error must have; an Error instance also checks name and message.
      const keys = ObjectKeys(expected);
      if (expected instanceof Error) {
        ArrayPrototypePush(keys, 'name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExpPrototypeExec(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (ObjectPrototypeIsPrototypeOf(Error, expected)) {
    // An Error class the actual value is not an instance of.
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor?.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    // A validation function.
    const res = ReflectApply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }

  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function checkIsPromise(obj) {
  // Thenables with a catch method count too, as they do in node.
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

// `hasMessage`: whether a message argument was passed at all (even undefined).
function expectsError(stackStartFn, actual, error, message, hasMessage) {
  if (typeof error === 'string') {
    if (hasMessage) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
                                         `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }

  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      return RegExpPrototypeExec(expected, str) !== null;
    }
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (ObjectPrototypeIsPrototypeOf(Error, expected)) return false;
  return ReflectApply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual?.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), args[0], args[1], args.length > 1);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), args[0], args[1], args.length > 1);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), args[0], args[1]);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), args[0], args[1]);
}

// --- ifError / match ----------------------------------------------------------------------------------------

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) {
      message += err.constructor.name;
    } else {
      message += err.message;
    }
  } else {
    message += inspect(err);
  }

  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError, diff: diffOf(this),
  });

  // The new stack ends where the original error's stack continues: the frames that led to the error come first.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const origStackStart = StringPrototypeIndexOf(origStack, '\n    at');
    if (origStackStart !== -1) {
      const originalFrames = StringPrototypeSplit(StringPrototypeSlice(origStack, origStackStart + 1), '\n');
      let newFrames = StringPrototypeSplit(newErr.stack, '\n');
      for (let i = 0; i < originalFrames.length; i++) {
        const pos = ArrayPrototypeIndexOf(newFrames, originalFrames[i]);
        if (pos !== -1) {
          newFrames = ArrayPrototypeSlice(newFrames, 0, pos);
          break;
        }
      }
      newErr.stack = `${ArrayPrototypeJoin(newFrames, '\n')}\n${ArrayPrototypeJoin(originalFrames, '\n')}`;
    }
  }
  throw newErr;
}

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' || (RegExpPrototypeExec(regexp, string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    if (!message) {
      if (typeof string !== 'string') {
        message = 'The "string" argument must be of type string. Received type ' +
          `${typeof string} (${inspect(string)})`;
      } else {
        message = (match ?
          'The input did not match the regular expression ' :
          'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
      }
    }
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

// --- exports ------------------------------------------------------------------------------------------------

assert.AssertionError = AssertionError;
assert.CallTracker = require('internal/assert/calltracker');
assert.ok = ok;
assert.fail = fail;
assert.equal = equal;
assert.notEqual = notEqual;
assert.deepEqual = deepEqual;
assert.notDeepEqual = notDeepEqual;
assert.deepStrictEqual = deepStrictEqual;
assert.notDeepStrictEqual = notDeepStrictEqual;
assert.strictEqual = strictEqual;
assert.notStrictEqual = notStrictEqual;
assert.partialDeepStrictEqual = partialDeepStrictEqual;
assert.match = match;
assert.doesNotMatch = doesNotMatch;
assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;
assert.ifError = ifError;

// Assert: the functions as methods of an object with its own options. `diff` ('simple' or 'full') is recorded on
// the errors of the comparisons, fail and ifError; `strict` (default true) makes equal & co. the strict ones.
// A function rather than a class: node reports a call without `new` as ERR_CONSTRUCT_CALL_REQUIRED.
function Assert(options) {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  const { diff = 'simple', strict = true } = options ?? kEmptyObject;
  validateOneOf(diff, 'options.diff', ['simple', 'full']);
  this.AssertionError = AssertionError;
  ObjectDefineProperty(this, kOptions, {
    __proto__: null, value: { __proto__: null, diff, strict }, enumerable: false, writable: false,
    configurable: false,
  });
  if (strict) {
    this.equal = strictEqual;
    this.deepEqual = deepStrictEqual;
    this.notEqual = notStrictEqual;
    this.notDeepEqual = notDeepStrictEqual;
  }
}

// The methods are plain enumerable properties of the prototype, as node's are.
{
  const methods = { __proto__: null, fail, ok, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual,
    notDeepStrictEqual, strictEqual, notStrictEqual, partialDeepStrictEqual, throws, rejects, doesNotThrow,
    doesNotReject, ifError, match, doesNotMatch };
  const names = ObjectKeys(methods);
  for (let i = 0; i < names.length; i++) Assert.prototype[names[i]] = methods[names[i]];
}

// assert.strict: the same functions, with the loose comparisons replaced by the strict ones.
function strict(...args) {
  innerOk(strict, args.length, args[0], args[1]);
}

assert.strict = ObjectAssign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.Assert = Assert;
strict.Assert = Assert;
strict.strict = strict;
