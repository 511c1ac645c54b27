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
  // Node's native byte comparison crashes on some typed array pairs in this mode: those are left out.
  let wantSkip;
  try {
    wantSkip = nodeUtil.isDeepStrictEqual(a, b, true);
  } catch (err) {
    if (err.message !== 'argument must be a buffer') throw err;
  }
  const skip = comparisons.isDeepStrictEqual(a, b, true);
  if (wantSkip !== undefined && skip !== wantSkip) {
    mismatches.push(`skipPrototype ${label}: got ${skip}, node ${wantSkip}`);
  }
  const strict = comparisons.isDeepStrictEqual(a, b);
  const loose = comparisons.isDeepEqual(a, b);
  const wantStrict = nodeUtil.isDeepStrictEqual(a, b);
  const wantLoose = nodeLoose(a, b);
  if (strict !== wantStrict) mismatches.push(`strict ${label}: got ${strict}, node ${wantStrict}`);
  if (loose !== wantLoose) mismatches.push(`loose ${label}: got ${loose}, node ${wantLoose}`);
}

function checkStrict(label, a, b, mismatches) {
  const strict = comparisons.isDeepStrictEqual(a, b);
  const wantStrict = nodeUtil.isDeepStrictEqual(a, b);
  if (strict !== wantStrict) mismatches.push(`strict ${label}: got ${strict}, node ${wantStrict}`);
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

test('loose Sets and Maps of a few members that loosely equal several others, like node', () => {
  let seed = 7;
  const random = () => {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const leaf = () => pick([0, -0, 1, NaN, 'a', '1', null, undefined, true, 1n, [1], [1, 2], { x: 1 }, { x: '1' },
    new Date(0), /r/, [], {}, [undefined], [null]]);
  const member = () => pick([() => ({ v: leaf() }), () => [leaf(), leaf()], () => ({ a: { b: leaf() }, c: [leaf()] }),
    () => ({ n: Math.floor(random() * 2) })])();
  const mismatches = [];
  for (let round = 0; round < 4000; round++) {
    const size = 1 + Math.floor(random() * 3);
    const a = Array.from({ length: size }, member);
    const b = Array.from({ length: size }, member);
    check(`set ${round}`, new Set(a), new Set(b), mismatches);
    check(`map ${round}`, new Map(a.map((k) => [k, leaf()])), new Map(b.map((k) => [k, leaf()])), mismatches);
  }
  assert.deepStrictEqual(mismatches, []);
});

test('a value equals itself and its structural copy', () => {
  const left = pool();
  for (let i = 0; i < left.length; i++) {
    assert.strictEqual(comparisons.isDeepStrictEqual(left[i], left[i]), nodeUtil.isDeepStrictEqual(left[i], left[i]));
  }
});

// xorshift: deterministic, so failures reproduce.
function rng(seed) {
  let x = seed;
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

// Strict mode only: in loose mode a member can loosely equal several others, and which pairing the matching finds
// first decides the answer; for large Sets of such members rnode's pairing order does not always follow node's
// (a known difference, see the module's report).
test('large Sets and Maps with object members (hashed matching) like node, strict mode', () => {
  const random = rng(4242);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const leaf = () => pick([0, -0, 1, NaN, 'a', '1', null, undefined, true, 1n, [1], [1, 2], { x: 1 }, { x: '1' },
    new Date(0), /r/, [], {}, [undefined], [null]]);
  const member = () => {
    switch (Math.floor(random() * 5)) {
      case 0: return { id: Math.floor(random() * 6), v: leaf() };
      case 1: return [leaf(), leaf()];
      case 2: return { a: { b: leaf() }, c: [leaf()] };
      case 3: return Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${(i * 7) % 10}`, i === 3 ? leaf() : i]));
      default: return { n: Math.floor(random() * 4) };
    }
  };
  const clone = (v) => (typeof v === 'object' && v !== null ? structuredCloneish(v) : v);
  function structuredCloneish(v) {
    if (v instanceof Date) return new Date(v.getTime());
    if (v instanceof RegExp) return new RegExp(v.source, v.flags);
    if (Array.isArray(v)) return v.map(clone);
    const out = {};
    for (const key of Object.keys(v).reverse()) out[key] = clone(v[key]);
    return out;
  }
  const shuffle = (list) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  const mismatches = [];
  for (let round = 0; round < 300; round++) {
    const size = 16 + Math.floor(random() * 30);
    const members = Array.from({ length: size }, member);
    let other = shuffle(members.map(clone));
    const change = Math.floor(random() * 4);
    if (change === 1) other[0] = member();
    if (change === 2) other = other.slice(1).concat([clone(members[0])]);
    if (change === 3) other.push(member());
    const setA = new Set(members);
    const setB = new Set(other);
    checkStrict(`sets round ${round}`, setA, setB, mismatches);
    const mapA = new Map(members.map((m, i) => [m, i % 3]));
    const mapB = new Map(other.map((m) => [m, members.findIndex((x) => nodeUtil.isDeepStrictEqual(x, m)) % 3]));
    checkStrict(`maps round ${round}`, mapA, mapB, mismatches);
    const mixedA = new Set([...members, 1, 'a']);
    const mixedB = new Set([...other, 'a', 1]);
    checkStrict(`mixed round ${round}`, mixedA, mixedB, mismatches);
  }
  assert.deepStrictEqual(mismatches, []);
});
