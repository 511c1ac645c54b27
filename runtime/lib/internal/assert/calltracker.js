'use strict';

// assert.CallTracker (deprecated, DEP0173: constructing one warns): wraps functions to count their calls and
// reports those called a different number of times than expected.

const {
  ArrayPrototypePush,
  Error,
  FunctionPrototype,
  ObjectFreeze,
  Proxy,
  ReflectApply,
  SafeSet,
  SafeWeakMap,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { AssertionError } = require('internal/assert/assertion_error');
const { deprecate } = require('internal/util');
const { validateUint32 } = require('internal/validators');

class CallTrackerContext {
  #expected;
  #calls;
  #name;
  #stackTrace;

  constructor(expected, name, stackTrace) {
    this.#calls = [];
    this.#expected = expected;
    this.#name = name;
    this.#stackTrace = stackTrace;
  }

  track(thisArg, args) {
    ArrayPrototypePush(this.#calls, ObjectFreeze({ thisArg, arguments: ObjectFreeze(args) }));
  }

  get delta() {
    return this.#calls.length - this.#expected;
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return this.#calls;
  }

  report() {
    if (this.delta === 0) return undefined;
    const message = `Expected the ${this.#name} function to be executed ${this.#expected} time(s) but was ` +
      `executed ${this.#calls.length} time(s).`;
    return {
      message,
      actual: this.#calls.length,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stackTrace,
    };
  }
}

class CallTracker {
  #callChecks = new SafeSet();
  #trackedFunctions = new SafeWeakMap();

  #getTrackedFunction(tracked) {
    const context = this.#trackedFunctions.get(tracked);
    if (context === undefined) throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    return context;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this.#callChecks) context.reset();
      return;
    }
    this.#getTrackedFunction(tracked).reset();
  }

  getCalls(tracked) {
    return ObjectFreeze([...new primordials.SafeArrayIterator(this.#getTrackedFunction(tracked).getCalls())]);
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = FunctionPrototype;
    } else if (fn === undefined) {
      fn = FunctionPrototype;
    }
    validateUint32(expected, 'expected', true);
    const context = new CallTrackerContext(expected, fn.name || 'calls', new Error());
    // A proxy keeps the function's own properties (name, length, ...) visible; only calls are counted.
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, argList) {
        context.track(thisArg, argList);
        return ReflectApply(target, thisArg, argList);
      },
    });
    this.#callChecks.add(context);
    this.#trackedFunctions.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#callChecks) {
      const message = context.report();
      if (message !== undefined) ArrayPrototypePush(errors, message);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');
