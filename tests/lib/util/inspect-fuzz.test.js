'use strict';

// Random nested values under random options, compared with Node's util.inspect. A seeded generator makes every
// run check the same values; the seed of a failing case is printed so it can be replayed (SEED=n).

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { prng } = require('../../support/random.js');

const { inspect } = builtin('internal/util/inspect');
const util = reference('util');

function generator(seed) {
  const next = prng(seed);
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick };
}

const words = ['a', 'key', 'some_name', 'with space', 'quote\'s', 'dq"', '', 'x'.repeat(30), 'line\nbreak', '中文',
  '__proto__', '0', '12', 'constructor', 'ünï', 'emoji😀'];

function makeValue(rng, depth) {
  const kind = rng.int(depth > 3 ? 9 : 17);
  switch (kind) {
    case 0: return rng.int(2000) - 1000;
    case 1: return rng.next() * 1e6 - 5e5;
    case 2: return rng.pick(words);
    case 3: return rng.pick([true, false, null, undefined, NaN, -0, Infinity]);
    case 4: return BigInt(rng.int(1e9)) * (rng.int(2) ? 1n : -1n);
    case 5: return Symbol(rng.pick(words));
    case 6: return rng.pick(words).repeat(rng.int(12));
    case 7: return new Date(rng.int(2e12));
    case 8: return rng.int(1e15);
    case 9: case 10: {
      const obj = rng.int(6) === 0 ? Object.create(null) : {};
      const n = rng.int(9);
      for (let i = 0; i < n; i++) {
        // Defined, not assigned: a '__proto__' key must be an own property, not a prototype change.
        Object.defineProperty(obj, rng.pick(words) + (rng.int(3) ? '' : i), {
          value: makeValue(rng, depth + 1), enumerable: true, writable: true, configurable: true,
        });
      }
      return obj;
    }
    case 11: case 12: {
      const n = rng.int(rng.int(4) === 0 ? 40 : 9);
      const arr = [];
      for (let i = 0; i < n; i++) {
        if (rng.int(10) === 0) continue; // a hole
        arr[i] = makeValue(rng, depth + 1);
      }
      arr.length = n;
      return arr;
    }
    case 13: {
      const n = rng.int(5);
      const map = new Map();
      for (let i = 0; i < n; i++) map.set(makeValue(rng, depth + 1), makeValue(rng, depth + 1));
      return map;
    }
    case 14: {
      const n = rng.int(6);
      const set = new Set();
      for (let i = 0; i < n; i++) set.add(makeValue(rng, depth + 1));
      return set;
    }
    case 15: {
      const Ctor = rng.pick([Uint8Array, Int16Array, Float64Array]);
      return Ctor.from({ length: rng.int(30) }, (_, i) => (i * 37) % 300 - 100);
    }
    case 16: return BigInt64Array.from({ length: rng.int(10) }, (_, i) => BigInt(i) * -3n);
    default: {
      // Shared and circular references.
      const obj = { id: rng.int(100) };
      obj.self = rng.int(2) ? obj : [obj, makeValue(rng, depth + 1)];
      return obj;
    }
  }
}

function makeOptions(rng) {
  const options = {};
  if (rng.int(2)) options.depth = rng.pick([0, 1, 2, 3, 5, Infinity, null]);
  if (rng.int(3) === 0) options.compact = rng.pick([true, false, 0, 1, 2, 3, 5]);
  if (rng.int(3) === 0) options.breakLength = rng.pick([0, 20, 40, 60, 80, 120, Infinity]);
  if (rng.int(4) === 0) options.showHidden = true;
  if (rng.int(4) === 0) options.colors = true;
  if (rng.int(4) === 0) options.sorted = true;
  if (rng.int(4) === 0) options.maxArrayLength = rng.pick([0, 1, 3, 10, null]);
  if (rng.int(4) === 0) options.maxStringLength = rng.pick([0, 2, 10, null]);
  if (rng.int(5) === 0) options.numericSeparator = true;
  return options;
}

const runs = Number(process.env.FUZZ_RUNS || 3000);
const firstSeed = process.env.SEED !== undefined ? Number(process.env.SEED) : 1;

test(`${runs} random values under random options print as in Node`, () => {
  const failures = [];
  for (let seed = firstSeed; seed < firstSeed + runs && failures.length < 5; seed++) {
    const value = makeValue(generator(seed), 0);
    const options = makeOptions(generator(seed * 7919));
    const ours = inspect(value, options);
    const theirs = util.inspect(value, options);
    if (ours !== theirs) failures.push(`seed ${seed} ${JSON.stringify(options)}\n--- rnode\n${ours}\n--- node\n${theirs}`);
  }
  assert.strictEqual(failures.length, 0, failures.join('\n\n'));
});
