'use strict';

// What the differential tests share: they run the same call against rnode's module and Node's own and compare
// what came out, a value or a thrown error.

const assert = require('assert');

// A thrown error is compared by class, code and message: its stack differs between the two implementations.
// Guarded so that a thrown null or undefined is compared like the rest instead of breaking the test itself.
function errorParts(err) {
  return [err && err.constructor && err.constructor.name, err && err.code, err && err.message];
}

// What `fn()` did, as plain data: `{ value }` or `{ error }`. `describe` turns the value into what is compared
// (it runs inside the try, so a value it cannot describe counts as an error), `describeError` the thrown value.
function outcome(fn, { describe, describeError = errorParts } = {}) {
  try {
    const value = fn();
    return { value: describe === undefined ? value : describe(value) };
  } catch (err) {
    return { error: describeError(err) };
  }
}

// deepStrictEqual with a failure message that shows both sides as JSON. `label` may be a function: it is called
// only on failure, so generated tests need not build thousands of labels that are never shown.
function assertSame(actual, expected, label) {
  try {
    assert.deepStrictEqual(actual, expected);
  } catch {
    const name = typeof label === 'function' ? label() : label;
    assert.fail(`${name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

// Returns `same(label, call)`, which asserts that `call(theirs)` and `call(ours)` have the same outcome. Node's side
// runs first, as the expected one.
function differential(ours, theirs, options) {
  return (label, call) => {
    const expected = outcome(() => call(theirs), options);
    const actual = outcome(() => call(ours), options);
    assertSame(actual, expected, label);
  };
}

module.exports = { assertSame, differential, errorParts, outcome };
