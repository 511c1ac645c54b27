'use strict';

// Deep equality (internal/util/comparisons through util.isDeepStrictEqual and assert's deep checks) against node's,
// in both modes, over every pair of a value pool and hand-picked cases (cycles, loose collections, errors, ...).

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin } = require('../../support/builtin.js');
const { pool, pairs } = require('./deep-equal-values.js');

const comparisons = builtin('internal/util/comparisons');
const nodeUtil = require('util');

function nodeLoose(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

function check(label, a, b, mismatches) {
  const strict = comparisons.isDeepStrictEqual(a, b);
  const loose = comparisons.isDeepEqual(a, b);
  const wantStrict = nodeUtil.isDeepStrictEqual(a, b);
  const wantLoose = nodeLoose(a, b);
  if (strict !== wantStrict) mismatches.push(`strict ${label}: got ${strict}, node ${wantStrict}`);
  if (loose !== wantLoose) mismatches.push(`loose ${label}: got ${loose}, node ${wantLoose}`);
}

test('every pair of the value pool, both modes, like node', () => {
  const left = pool();
  const right = pool();
  const mismatches = [];
  for (let i = 0; i < left.length; i++) {
    for (let j = 0; j < right.length; j++) {
      check(`${nodeUtil.inspect(left[i])} vs ${nodeUtil.inspect(right[j])}`, left[i], right[j], mismatches);
    }
  }
  assert.deepStrictEqual(mismatches, []);
});

test('hand-picked pairs, both orders and modes, like node', () => {
  const mismatches = [];
  for (const [name, a, b] of pairs()) {
    check(name, a, b, mismatches);
    check(`${name} (reversed)`, b, a, mismatches);
  }
  assert.deepStrictEqual(mismatches, []);
});

test('a value equals itself and its structural copy', () => {
  const left = pool();
  for (let i = 0; i < left.length; i++) {
    assert.strictEqual(comparisons.isDeepStrictEqual(left[i], left[i]), nodeUtil.isDeepStrictEqual(left[i], left[i]));
  }
});
