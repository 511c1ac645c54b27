'use strict';

// AssertionError messages (diffs included) against node's: every comparison function over many value pairs, and
// the other functions over their argument forms. Compared: class, code, message text, generatedMessage, operator
// and the actual/expected properties.

const nodeAssert = require('assert');
const { inspect } = require('util');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { pool, pairs } = require('./deep-equal-values.js');

const lib = builtin('assert');
const ref = reference('assert');

function outcome(fn) {
  try {
    fn();
    return { threw: false };
  } catch (err) {
    if (err === null || typeof err !== 'object') return { threw: true, value: err };
    return {
      threw: true,
      name: err.constructor && err.constructor.name,
      code: err.code,
      message: err.message,
      generatedMessage: err.generatedMessage,
      operator: err.operator,
      actual: err.actual,
      expected: err.expected,
    };
  }
}

// Stack frames inside messages (an Error returned by a validation function) differ by where they were made.
function withoutFrames(result) {
  if (typeof result.message !== 'string') return result;
  return { ...result, message: result.message.replace(/\n {4}at .*/g, '') };
}

function same(label, a, b, mismatches) {
  a = withoutFrames(a);
  b = withoutFrames(b);
  try {
    nodeAssert.deepStrictEqual(a, b);
  } catch {
    mismatches.push(`${label}\n--- rnode:\n${a.message}\n--- node:\n${b.message}\n${inspect([a, b], { depth: 1 }).slice(0, 600)}`);
  }
}

const comparisons = ['strictEqual', 'notStrictEqual', 'deepStrictEqual', 'notDeepStrictEqual', 'deepEqual',
  'notDeepEqual', 'equal', 'notEqual', 'partialDeepStrictEqual'];

// Node's loose comparison of a DataView with an ArrayBuffer crashes in its native byte comparison ("argument must
// be a buffer"); rnode answers "not equal". Those pairs are left out.
function isNodeCrash(result) {
  return result.threw && result.message === 'argument must be a buffer';
}

function compareAll(cases) {
  const mismatches = [];
  for (const [label, run] of cases) {
    const theirs = outcome(() => run(ref));
    if (isNodeCrash(theirs)) continue;
    same(label, outcome(() => run(lib)), theirs, mismatches);
  }
  if (mismatches.length > 0) {
    throw new Error(`${mismatches.length} of ${cases.length} differ:\n${mismatches.slice(0, 8).join('\n\n')}`);
  }
}

test('comparison messages over pairs of the value pool', () => {
  const left = pool();
  const right = pool();
  const cases = [];
  for (let i = 0; i < left.length; i++) {
    for (let j = 0; j < right.length; j++) {
      if ((i * 31 + j) % 5 !== 0 && i !== j) continue;
      for (const op of comparisons) {
        cases.push([`${op}(${i}, ${j})`, (assert) => assert[op](left[i], right[j])]);
      }
    }
  }
  compareAll(cases);
});

test('comparison messages for hand-picked pairs', () => {
  const cases = [];
  for (const [name, a, b] of pairs()) {
    // URLs print as their href: that is util.inspect's part, tested with it.
    if (name.startsWith('url')) continue;
    for (const op of comparisons) {
      cases.push([`${op} ${name}`, (assert) => assert[op](a, b)]);
      cases.push([`${op} ${name} reversed`, (assert) => assert[op](b, a)]);
    }
  }
  compareAll(cases);
});

const arr = (n, f) => Array.from({ length: n }, (_, i) => f(i));

test('diff layout: context, skipped lines, commas, long outputs', () => {
  const values = [
    [arr(30, (i) => i), arr(30, (i) => (i === 10 ? -1 : i))],
    [arr(30, (i) => i), arr(30, (i) => (i === 10 || i === 20 ? -1 : i))],
    [arr(30, (i) => i), arr(30, (i) => (i === 10 || i === 12 ? -1 : i))],
    [arr(30, (i) => i), arr(30, (i) => (i === 10 || i === 17 ? -1 : i))],
    [arr(30, (i) => i), arr(30, (i) => (i === 10 || i === 18 ? -1 : i))],
    [arr(30, (i) => i), arr(30, (i) => (i === 10 || i === 19 ? -1 : i))],
    [arr(30, (i) => i), arr(30, (i) => (i === 0 ? -1 : i))],
    [arr(30, (i) => i), arr(30, (i) => (i === 29 ? -1 : i))],
    [arr(5, (i) => i), arr(6, (i) => i)],
    [arr(6, (i) => i), arr(5, (i) => i)],
    [arr(1000, (i) => i), arr(1000, (i) => (i % 3 ? i : -i))],
    [arr(200, (i) => ({ id: i, name: `n${i}` })), arr(200, (i) => ({ id: i, name: `n${i % 50 ? i : 'x'}` }))],
    [{ a: 1, b: 2 }, { a: 1 }], [{ a: 1 }, { a: 1, b: 2 }], [[1, 2, 3], [1, 3]], [[1], arr(9, (i) => i + 1)],
    [{ a: { b: { c: { d: { e: 1 } } } } }, { a: { b: { c: { d: { e: 2 } } } } }],
    [new Map([['b', 1], ['a', 2]]), new Map([['a', 2]])], [new Set([1, 2]), new Set([1, 3])],
    [{ x: 'a'.repeat(30) + '\n' + 'b'.repeat(30) }, {}], ['a\nb\nc', 'a\nx\nc'], ['abcdefgh', 'abcdefgi'],
    ['abcdefgh'.repeat(5), 'abcdefgi'.repeat(5)], ['a'.repeat(100), 'b'.repeat(100)], [1234567, 1234568],
    [123456, 1234567], ['abcdefg', 'abcdefgh'], ['abcdefgh', 'abcdefg'], [12345, 1234567], [-0, 0], [0, -0],
    [Symbol('a'), Symbol('a')], [null, undefined], ['1234567890', 1234567890], [true, 12345679],
    [function a() {}, function b() {}], [new Error('a'), new Error('b')],
    [new Error('a'), Object.assign(new Error('a'), { code: 1 })],
    [Object.assign(new Error('a'), { code: 2 }), Object.assign(new Error('a'), { code: 1 })],
    [{ get x() { return 1; } }, { x: 2 }], [{ b: 1, a: 2 }, { a: 2, b: 2 }], [Object.create(null), {}],
    [[1, 2, 3], { 0: 1, 1: 2, 2: 3 }], [new (class Foo {})(), {}],
    [Object.fromEntries(arr(60, (i) => [`k${i}`, i])), Object.fromEntries(arr(60, (i) => [`k${i}`, i]))],
    [arr(49, (i) => i), arr(49, (i) => i)], [arr(48, (i) => i), arr(48, (i) => i)],
    [arr(60, (i) => i), arr(60, (i) => i)], ['x'.repeat(600), 'y'.repeat(600)],
    [{ deep: arr(40, (i) => ({ i })) }, { deep: arr(40, (i) => ({ i: i === 20 ? 0 : i })) }],
  ];
  const cases = [];
  values.forEach(([a, b], index) => {
    for (const op of comparisons) cases.push([`${op} #${index}`, (assert) => assert[op](a, b)]);
    cases.push([`notStrictEqual same #${index}`, (assert) => assert.notStrictEqual(a, a)]);
    cases.push([`notDeepStrictEqual same #${index}`, (assert) => assert.notDeepStrictEqual(a, a)]);
    cases.push([`notDeepEqual same #${index}`, (assert) => assert.notDeepEqual(a, a)]);
  });
  compareAll(cases);
});

test('custom messages, Error messages and missing arguments', () => {
  const cases = [];
  for (const op of comparisons) {
    cases.push([`${op} custom`, (assert) => assert[op](1, 2, 'custom message')]);
    cases.push([`${op} custom same`, (assert) => assert[op](1, 1, 'custom message')]);
    cases.push([`${op} error message`, (assert) => assert[op]({ a: 1 }, { a: 2 }, new TypeError('own'))]);
    cases.push([`${op} one argument`, (assert) => assert[op](1)]);
    cases.push([`${op} no arguments`, (assert) => assert[op]()]);
  }
  compareAll(cases);
});

test('ok and assert() messages quote the failing call', () => {
  const cases = [];
  for (const value of [0, '', null, undefined, false, NaN, 0n, -0]) {
    cases.push([`ok(${String(value)})`, (assert) => assert.ok(value)]);
    cases.push([`assert(${String(value)})`, (assert) => assert(value)]);
    cases.push([`strict(${String(value)})`, (assert) => assert.strict(value)]);
    cases.push([`ok message`, (assert) => assert.ok(value, 'given')]);
    cases.push([`ok undefined message`, (assert) => assert.ok(value, undefined)]);
    cases.push([`ok error message`, (assert) => assert.ok(value, new RangeError('r'))]);
  }
  cases.push(['ok no argument', (assert) => assert.ok()]);
  cases.push(['assert no argument', (assert) => assert()]);
  cases.push(['ok truthy', (assert) => assert.ok(1)]);
  cases.push(['expression', (assert) => assert(typeof 'a' === 'b' && ')')]);
  cases.push(['template', (assert) => assert(`a${'b'}` === 'c')]);
  cases.push(['regexp', (assert) => assert(/\)/.test('x'))]);
  cases.push(['comment', (assert) => assert(0 /* ) */)]);
  cases.push(['member chain', (assert) => { const o = { a: { b: assert } }; o.a.b(0); }]);
  cases.push(['computed member', (assert) => { const o = { a: { b: assert } }; o['a'].b(0); }]);
  cases.push(['strict.ok', (assert) => assert.strict.ok(0)]);
  cases.push(['call', (assert) => assert.ok.call(null, 0)]);
  cases.push(['multiline', (assert) => assert.ok(false,
    undefined)]);
  compareAll(cases);
});

test('fail in all its forms', () => {
  const cases = [
    ['no args', (assert) => assert.fail()],
    ['message', (assert) => assert.fail('boom')],
    ['error', (assert) => assert.fail(new TypeError('te'))],
    ['two args', (assert) => assert.fail(1, 2)],
    ['operator', (assert) => assert.fail(1, 2, undefined, '>')],
    ['message and values', (assert) => assert.fail(1, 2, 'msg')],
    ['three args undefined message', (assert) => assert.fail(1, 2, undefined)],
    ['objects', (assert) => assert.fail({ a: 1 }, [1, 2], undefined, 'op')],
  ];
  const saved = process.noDeprecation;
  process.noDeprecation = true;
  try {
    compareAll(cases);
  } finally {
    process.noDeprecation = saved;
  }
});

test('match and doesNotMatch', () => {
  const cases = [];
  for (const input of [5, 'b', 'a', '', null, { a: 1 }, 'a\nb', 'x'.repeat(300)]) {
    for (const pattern of [/a/, /^b$/m, 'a', null, /a/g]) {
      // A global RegExp keeps state between matches: each run gets its own.
      const fresh = () => (pattern instanceof RegExp ? new RegExp(pattern.source, pattern.flags) : pattern);
      cases.push([`match ${input} ${pattern}`, (assert) => assert.match(input, fresh())]);
      cases.push([`doesNotMatch ${input} ${pattern}`, (assert) => assert.doesNotMatch(input, fresh())]);
      cases.push([`match msg ${input} ${pattern}`, (assert) => assert.match(input, fresh(), 'msg')]);
      cases.push([`doesNotMatch err ${input} ${pattern}`,
        (assert) => assert.doesNotMatch(input, fresh(), new Error('e'))]);
    }
  }
  compareAll(cases);
});

class Foo extends Error {}
class Bar extends Error {}
const OtherFoo = class Foo extends Error {};

test('throws and doesNotThrow with every form of expected', () => {
  const throwers = [
    ['none', () => {}],
    ['Error x', () => { throw new Error('x'); }],
    ['TypeError x', () => { throw new TypeError('x'); }],
    ['Foo', () => { throw new Foo('foo message'); }],
    ['empty message', () => { throw new Foo(''); }],
    ['string', () => { throw 'x'; }],
    ['number', () => { throw 5; }],
    ['undefined', () => { throw undefined; }],
    ['object', () => { throw { a: 1, message: 'obj' }; }],
    ['coded', () => { throw Object.assign(new Error('coded'), { code: 'E_X', info: { n: 1 } }); }],
  ];
  const expecteds = [
    ['no expected', []],
    ['Error', [Error]], ['TypeError', [TypeError]], ['RangeError', [RangeError]], ['Foo', [Foo]], ['Bar', [Bar]],
    ['other Foo', [OtherFoo]], ['RegExp match', [/x/]], ['RegExp miss', [/y/]],
    ['object', [{ message: 'x' }]], ['object miss', [{ message: 'y' }]], ['object regexp', [{ message: /x/, name: 'Error' }]],
    ['object regexp miss', [{ message: /y/, name: 'Error' }]], ['object extra', [{ message: 'x', code: 'E' }]],
    ['object nested', [{ code: 'E_X', info: { n: 1 } }]], ['object nested miss', [{ code: 'E_X', info: { n: 2 } }]],
    ['empty object', [{}]], ['error instance', [new Error('x')]], ['error instance miss', [new Error('y')]],
    ['validation true', [(e) => e instanceof Error]], ['validation false', [(e) => false]],
    ['named validation', [function validate() { return 1; }]], ['arrow returning object', [() => ({})]],
    ['message string', ['a message']], ['x string', ['x']], ['number', [5]], ['null', [null]],
    ['class and message', [TypeError, 'msg']], ['two strings', ['a', 'b']], ['regexp and message', [/q/, 'msg']],
    ['object and message', [{ message: 'q' }, 'msg']], ['object and error message', [{ message: 'q' }, new Error('own')]],
  ];
  const cases = [];
  for (const [tName, thrower] of throwers) {
    for (const [eName, args] of expecteds) {
      cases.push([`throws ${tName} / ${eName}`, (assert) => assert.throws(thrower, ...args)]);
      cases.push([`doesNotThrow ${tName} / ${eName}`, (assert) => assert.doesNotThrow(thrower, ...args)]);
    }
  }
  cases.push(['throws not a function', (assert) => assert.throws(5)]);
  cases.push(['doesNotThrow not a function', (assert) => assert.doesNotThrow('x')]);
  compareAll(cases);
});

async function outcomeAsync(fn) {
  try {
    await fn();
    return { threw: false };
  } catch (err) {
    if (err === null || typeof err !== 'object') return { threw: true, value: err };
    return {
      threw: true, name: err.constructor && err.constructor.name, code: err.code, message: err.message,
      generatedMessage: err.generatedMessage, operator: err.operator, actual: err.actual, expected: err.expected,
    };
  }
}

test('rejects and doesNotReject', async () => {
  const sources = [
    ['resolving promise', () => Promise.resolve(1)],
    ['rejecting promise', () => Promise.reject(new TypeError('bad'))],
    ['rejecting with string', () => Promise.reject('x')],
    ['function returning non-promise', () => () => 5],
    ['function resolving', () => async () => 1],
    ['function rejecting', () => async () => { throw new RangeError('r'); }],
    ['thenable', () => ({ then(resolve) { resolve(); }, catch() {} })],
    ['number', () => 5],
    ['function throwing synchronously', () => () => { throw new Error('sync'); }],
  ];
  const expecteds = [[], [TypeError], [RangeError], [/bad/], [{ message: 'bad' }], ['msg'], [(e) => false]];
  const mismatches = [];
  for (const [name, make] of sources) {
    for (const args of expecteds) {
      for (const fn of ['rejects', 'doesNotReject']) {
        const mine = await outcomeAsync(() => lib[fn](make(), ...args));
        const theirs = await outcomeAsync(() => ref[fn](make(), ...args));
        same(`${fn} ${name} ${args.map(String).join()}`, mine, theirs, mismatches);
      }
    }
  }
  if (mismatches.length > 0) throw new Error(mismatches.slice(0, 5).join('\n\n'));
});

test('ifError', () => {
  const cases = [];
  for (const value of [null, undefined, 0, '', 'str', new Error('bad'), { message: '' }, new TypeError(''),
    { message: 'm' }, [1], false, NaN]) {
    cases.push([`ifError ${String(value)}`, (assert) => assert.ifError(value)]);
  }
  compareAll(cases);
});

test('ifError keeps the original frames at the end of the stack', () => {
  const original = new Error('from callback');
  let mine;
  try { lib.ifError(original); } catch (err) { mine = err; }
  const frames = original.stack.split('\n').slice(1);
  nodeAssert.ok(mine.stack.endsWith(frames.join('\n')));
  nodeAssert.ok(mine.stack.startsWith('AssertionError [ERR_ASSERTION]: ifError got unwanted exception: from callback'));
});

test('generated nested values and their mutations: every message like node', () => {
  let x = 3;
  const random = () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  function generate(depth) {
    const kind = random();
    if (depth > 3 || kind < 0.35) {
      return pick([0, 1, 2, 'a', 'b', 'long string value here', null, undefined, true, -0, NaN, 10n]);
    }
    if (kind < 0.6) return Array.from({ length: Math.floor(random() * 6) }, () => generate(depth + 1));
    if (kind < 0.85) {
      const object = {};
      for (let i = 0, n = Math.floor(random() * 5); i < n; i++) {
        object[pick(['a', 'b', 'c', 'd', 'e', 'key'])] = generate(depth + 1);
      }
      return object;
    }
    if (kind < 0.93) {
      return new Map(Array.from({ length: Math.floor(random() * 3) }, () => [pick(['x', 'y', 1]), generate(depth + 1)]));
    }
    return new Set(Array.from({ length: Math.floor(random() * 3) }, () => generate(depth + 1)));
  }
  function mutate(value, depth) {
    if (random() < 0.2 || depth > 4) return generate(depth);
    if (Array.isArray(value)) {
      const copy = value.map((item) => (random() < 0.3 ? mutate(item, depth + 1) : item));
      if (random() < 0.2) copy.push(generate(depth + 1));
      if (random() < 0.2) copy.splice(0, 1);
      return copy;
    }
    if (value && typeof value === 'object' && !(value instanceof Map) && !(value instanceof Set)) {
      const copy = {};
      for (const key of Object.keys(value)) {
        if (random() > 0.1) copy[key] = random() < 0.3 ? mutate(value[key], depth + 1) : value[key];
      }
      if (random() < 0.2) copy.z = generate(depth + 1);
      return copy;
    }
    return value;
  }
  const cases = [];
  for (let i = 0; i < 1500; i++) {
    const a = generate(0);
    const b = mutate(a, 0);
    for (const op of ['deepStrictEqual', 'deepEqual', 'partialDeepStrictEqual', 'notDeepStrictEqual', 'strictEqual',
      'notDeepEqual']) {
      cases.push([`${op} #${i}`, (assert) => assert[op](a, b)]);
    }
  }
  compareAll(cases);
});
