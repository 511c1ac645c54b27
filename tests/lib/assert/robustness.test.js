'use strict';

// assert and the util functions of this area keep working when user code replaces built-in methods after they
// were loaded: every scenario runs once normally and once with the methods below replaced by throwing functions,
// and must give the same results. Node's own console, streams and async machinery break under such patches:
// results are collected while patched and compared once the originals are back, and asynchronous scenarios are
// patched during their synchronous part only. The inputs are built before patching.

const nodeAssert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin } = require('../../support/builtin.js');
const { patchBuiltins } = require('../../support/patch-builtins.js');

const assert = builtin('assert');
const util = builtin('util');
const comparisons = builtin('internal/util/comparisons');

const patched = [
  [Array.prototype, ['push', 'pop', 'shift', 'unshift', 'splice', 'slice', 'map', 'filter', 'forEach', 'join',
    'indexOf', 'includes', 'concat', 'keys', 'entries', 'values', Symbol.iterator]],
  [Function.prototype, ['call', 'apply', 'bind']],
  [Promise.prototype, ['then', 'catch', 'finally']],
  [Object.prototype, ['hasOwnProperty', 'propertyIsEnumerable', 'toString']],
  [Map.prototype, ['get', 'set', 'has', 'delete', 'entries', 'values', 'keys', Symbol.iterator]],
  [Set.prototype, ['add', 'has', 'delete', 'values', 'keys', Symbol.iterator]],
  [String.prototype, ['slice', 'indexOf', 'split', 'replace', 'replaceAll', 'toLowerCase', 'toUpperCase', 'startsWith',
    'endsWith', 'includes', 'repeat', 'trimEnd', 'charCodeAt', 'padStart']],
  [RegExp.prototype, ['exec', 'test', Symbol.replace, Symbol.split]],
  [Object, ['keys', 'entries', 'assign', 'getOwnPropertyNames', 'getPrototypeOf', 'defineProperty']],
  [Reflect, ['apply', 'ownKeys']],
  [JSON, ['stringify']],
];

function capture(fn) {
  try {
    fn();
    return 'passed';
  } catch (err) {
    return [err.code, err.message, err.generatedMessage, err.operator];
  }
}

class Point { constructor(x, y) { this.x = x; this.y = y; } }

function values() {
  const cyclic = { name: 'c' };
  cyclic.self = cyclic;
  return {
    nested: { a: [1, 2, { b: new Set([3, { c: 4 }]) }], m: new Map([[{ k: 1 }, [1, 2]], ['s', new Date(0)]]) },
    other: { a: [1, 2, { b: new Set([3, { c: 5 }]) }], m: new Map([[{ k: 1 }, [1, 2]], ['s', new Date(0)]]) },
    list: Array.from({ length: 40 }, (_, i) => i), list2: Array.from({ length: 40 }, (_, i) => (i === 20 ? -1 : i)),
    cyclic, point: new Point(1, 2), typed: new Uint8Array([1, 2, 3]), error: new RangeError('bad'),
    set: new Set([1, { a: 1 }]), set2: new Set([{ a: 1 }, 1]), map: new Map([[1, 'a']]), map2: new Map([['1', 'a']]),
    partial: { a: [1, { b: new Set([3]) }] }, point2: new Point(1, 2), worse: new RangeError('worse'),
    cyclic2: { name: 'c', self: {} },
  };
}

const scenarios = {
  comparisons(v, w) {
    return [
      comparisons.isDeepStrictEqual(v, w), comparisons.isDeepEqual(v.nested, v.other),
      comparisons.isDeepStrictEqual(v.set, w.set2), comparisons.isDeepEqual(v.map, w.map2),
      comparisons.isPartialStrictEqual(v.nested, v.partial),
      util.isDeepStrictEqual([1, 2, 3], [1, 2, 3]),
    ];
  },
  messages(v) {
    return [
      capture(() => assert.deepStrictEqual(v.nested, v.other)), capture(() => assert.deepStrictEqual(v.list, v.list2)),
      capture(() => assert.strictEqual('abcdefgh', 'abcdefgi')), capture(() => assert.strictEqual(1, 2)),
      capture(() => assert.deepEqual({ a: 1 }, { a: 2 })), capture(() => assert.notDeepStrictEqual(v.point, v.point2)),
      capture(() => assert.notStrictEqual(v.point, v.point)), capture(() => assert.equal(1, 2)),
      capture(() => assert.partialDeepStrictEqual({ a: 1 }, { b: 1 })), capture(() => assert.ok(0)),
      capture(() => assert.ok(null, 'given')), capture(() => assert.fail('boom')),
      capture(() => assert.strictEqual(v.error, v.worse)),
      capture(() => assert.deepStrictEqual(v.cyclic, v.cyclic2)),
    ];
  },
  throwsAndMatch() {
    return [
      capture(() => assert.throws(() => { throw new TypeError('boom'); }, TypeError)),
      capture(() => assert.throws(() => { throw new TypeError('boom'); }, { message: /bo+m/, name: 'TypeError' })),
      capture(() => assert.throws(() => { throw new TypeError('boom'); }, { message: 'other' })),
      capture(() => assert.throws(() => { throw new TypeError('boom'); }, RangeError)),
      capture(() => assert.throws(() => {})), capture(() => assert.doesNotThrow(() => { throw new Error('x'); })),
      capture(() => assert.match('abc', /b/)), capture(() => assert.match('abc', /z/)),
      capture(() => assert.doesNotMatch('abc', /b/)), capture(() => assert.ifError(new Error('cb'))),
    ];
  },
  async rejects() {
    const results = [];
    try { await assert.rejects(Promise.reject(new Error('x')), /x/); results[0] = 'passed'; } catch (e) { results[0] = e.message; }
    try { await assert.rejects(async () => 1); } catch (e) { results[1] = e.message; }
    try { await assert.doesNotReject(Promise.reject(new Error('y'))); } catch (e) { results[2] = e.message; }
    return results;
  },
  utilFunctions() {
    const parsed = util.parseArgs({
      args: ['-vv', '--name=x', 'pos', '--no-color', '--', '-z'],
      options: { v: { type: 'boolean', short: 'v', multiple: true }, name: { type: 'string' }, color: { type: 'boolean' } },
      allowPositionals: true, allowNegative: true, tokens: true,
    });
    let unknown;
    try { util.parseArgs({ args: ['--nope'], options: {} }); } catch (e) { unknown = e.message; }
    return [
      parsed, unknown, util.styleText(['red', 'bold'], 'a\u001b[39mb\u001b[22mc', { validateStream: false }),
      util.toUSVString('a\ud800'), util.getSystemErrorName(-2), util.inherits.length,
      util.callbackify(function named() {}).name, util.promisify(function p(cb) {}).name,
    ];
  },
  utilMore() {
    const mime = new util.MIMEType('Text/HTML; Charset="utf-8"; q=1');
    mime.params.set('x', 'a b');
    return [
      util.parseEnv('A=1\nexport B="two\\nlines"\n# c\nC=3 # x\r\nD=\'q\''),
      String(mime), mime.essence, util.diff('kitten', 'sitting'), util.diff(['a', 'b'], ['b']),
      util.isDeepStrictEqual({ a: [1] }, { a: [1] }, true), util.styleText('none', 'x'),
    ];
  },
  async promisifyAndCallbackify() {
    const add = util.promisify((a, b, cb) => setImmediate(cb, null, a + b));
    const viaCallback = await new Promise((resolve) => {
      util.callbackify(async (x) => x * 2)(21, (err, value) => resolve([err, value]));
    });
    const falsy = await new Promise((resolve) => {
      util.callbackify(() => Promise.reject(0))((err) => resolve([err.code, err.reason]));
    });
    return [await add(2, 3), viaCallback, falsy];
  },
};

for (const name of Object.keys(scenarios)) {
  test(`${name} works with patched built-ins`, async () => {
    const expected = await scenarios[name](values(), values());
    const inputs = [values(), values()];
    const restore = patchBuiltins(patched);
    let pending;
    let error;
    try {
      pending = scenarios[name](inputs[0], inputs[1]);
    } catch (err) {
      error = err;
    } finally {
      restore();
    }
    if (error) throw error;
    nodeAssert.deepStrictEqual(await pending, expected);
  });
}
