'use strict';

// rnode's util.inspect against Node's on the corpus (tests/lib/util/inspect-corpus.js): identical strings.

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { makeValues, optionSets } = require('./inspect-corpus.js');

const { inspect } = builtin('internal/util/inspect');
const util = reference('util');

// Values that change when inspected (iterators are not advanced by inspect, but getters may count) are made anew
// for each side.
function run(fn, options) {
  return makeValues().map(({ name, value }) => {
    try {
      return { name, out: options === undefined ? fn(value) : fn(value, options) };
    } catch (err) {
      return { name, out: `threw ${err && err.name}: ${err && err.message}` };
    }
  });
}

test('the corpus holds at least 300 distinct values', () => {
  const values = makeValues();
  assert.ok(values.length >= 300, `${values.length} values`);
  assert.strictEqual(new Set(values.map((v) => v.name)).size, values.length);
});

for (const { name: optionsName, options } of optionSets) {
  test(`inspect corpus: ${optionsName}`, () => {
    const ours = run(inspect, options);
    const theirs = run(util.inspect, options);
    const mismatches = [];
    for (let i = 0; i < theirs.length; i++) {
      if (ours[i].out !== theirs[i].out) {
        mismatches.push(`${theirs[i].name}:\n--- rnode\n${ours[i].out}\n--- node\n${theirs[i].out}`);
      }
    }
    assert.strictEqual(mismatches.length, 0, `${mismatches.length} mismatches\n${mismatches.join('\n')}`);
  });
}
