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

// Options interact (compact with breakLength, showHidden with colors, ...): the corpus under random combinations.
function randomOptions(seed) {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const options = {};
  if (next() < 0.5) options.depth = pick([0, 1, 3, null]);
  if (next() < 0.4) options.compact = pick([true, false, 1, 2, 4]);
  if (next() < 0.4) options.breakLength = pick([10, 40, 100, Infinity]);
  if (next() < 0.4) options.showHidden = true;
  if (next() < 0.4) options.colors = true;
  if (next() < 0.3) options.sorted = true;
  // Not with showHidden: prototype getters would throw errors whose stacks name inspect's own frames.
  if (next() < 0.3 && !options.showHidden) options.getters = pick([true, 'get', 'set']);
  if (next() < 0.3) options.maxArrayLength = pick([0, 1, 5]);
  if (next() < 0.3) options.maxStringLength = pick([0, 3, 20]);
  if (next() < 0.3) options.numericSeparator = true;
  if (next() < 0.3) options.showProxy = true;
  if (next() < 0.2) options.customInspect = false;
  return options;
}

for (let seed = 1; seed <= 30; seed++) {
  const options = randomOptions(seed * 7907);
  test(`inspect corpus: combined options ${JSON.stringify(options)}`, () => {
    const ours = run(inspect, options);
    const theirs = run(util.inspect, options);
    const mismatches = [];
    for (let i = 0; i < theirs.length; i++) {
      if (ours[i].out !== theirs[i].out) mismatches.push(`${theirs[i].name}:\n--- rnode\n${ours[i].out}\n--- node\n${theirs[i].out}`);
    }
    assert.strictEqual(mismatches.length, 0, `${mismatches.length} mismatches\n${mismatches.join('\n')}`);
  });
}
