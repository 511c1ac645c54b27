'use strict';

// The argument errors (ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE) against node's own
// internal/errors: a child `node --expose-internals` builds node's errors for a table of argument combinations and
// prints their name, code and message as JSON; the same combinations go through rnode's internal/errors here.
// Arguments are written as source text so that both sides build their own, identical values.

const assert = require('assert');
const { spawnSync } = require('child_process');
const { test } = require('../../support/runner.js');
const { builtin } = require('../../support/builtin.js');

const { codes } = builtin('internal/errors');

const values = [
  'undefined', 'null', 'true', 'false', '0', '-0', 'NaN', 'Infinity', '-Infinity', '1.5', '-5', '123456789',
  '2 ** 32', '2 ** 32 + 1', '-(2 ** 33)', '2 ** 53', '1e21', '0.1 + 0.2',
  '0n', '1n', '-1n', '2n ** 32n', '2n ** 32n + 1n', '-(2n ** 40n)', '123456789012345678901234567890n',
  "''", "'abc'", "'x'.repeat(25)", "'x'.repeat(28)", "'x'.repeat(29)", "'x'.repeat(200)",
  "'\\ud800'", "'\\ud800x'", "'a\\udc00b'", "'\\udfff\\ud800'", "'\\ud83d\\ude00'",
  "'x'.repeat(24) + '\\ud83d\\ude00\\ud83d\\ude00'", "'x'.repeat(23) + '\\ud83d\\ude00'",
  '"it\'s"', "'a\"b'", "'a\\'b\"c'", "'a`b'", "'a\\'b`c'", "'\\n\\t\\x01\\x1b[31m'", "'\\x7f\\u0085\\u2028\\ufeff'",
  "'back\\\\slash'", "\"'\\\\\"", "\"'\\n\\ud800\"", "\"'\" + 'y'.repeat(40)", "'y'.repeat(25) + \"'zz\"",
  "'\\'' + '\\n'.repeat(30)", "'é ü 中文'", "'\\u{10ffff}'",
  'Symbol()', "Symbol('desc')", 'Symbol("it\'s")', "Symbol('x'.repeat(40))", "Symbol('\\ud800')",
  "Symbol('a\\nb')", 'Symbol.iterator', "Symbol.for('registered')",
  '{}', '{ a: 1, b: [1, 2] }', '[]', '[1, 2, 3]', 'new Map([[1, 2]])', 'new Set([1])', 'new Date(0)', '/re/g',
  // Errors with a fixed stack: inspect shows it, and the real one differs between the two processes.
  '(() => { const e = new Error("e"); e.stack = "Error: e\\n    at f (file.js:1:1)"; return e; })()',
  '(() => { const e = new TypeError("t"); e.stack = "TypeError: t"; e.code = "X"; return e; })()',
  'Object.create(null)',
  '(() => { const o = Object.create(null); o.x = 1; return o; })()', 'new (class Foo {})()',
  'new (class {})()', 'Promise.resolve()', 'new Uint8Array(2)', 'new ArrayBuffer(1)', 'new Proxy({}, {})',
  '{ constructor: null }', '{ constructor: { name: "Fake" } }', '{ constructor: 5 }', '{ constructor: {} }',
  'new Number(1)', 'new String("s")', 'Object(1n)', 'Object(Symbol("s"))', 'new WeakMap()',
  '(() => { function F() {} F.prototype = Object.create(null); return new F(); })()',
  'function foo() {}', '() => {}', 'class Bar {}', 'async function af() {}', 'function* gen() {}', 'Math.max',
  '(function () {}).bind(null)', '(function named() {}).bind(null)',
  "Object.defineProperty(function () {}, 'name', { value: 'renamed' })",
  "Object.defineProperty(function () {}, 'name', { value: 5 })",
];

const expectedTypes = [
  "'number'", "'string'", "['string', 'number']", "['string', 'Buffer', 'TypedArray', 'DataView']",
  "'Function'", "'function'", "'Object'", "'object'", "['object', 'Date']", "['Object', 'null']",
  "'an integer'", "['AbortSignal']", "['string', 'Array']", "['boolean', 'bigint', 'symbol', 'Function']",
  "['null', 'undefined', 'a safe integer']",
];

function cases() {
  const list = [];
  for (const value of values) {
    for (let i = 0; i < expectedTypes.length; i++) {
      const name = ["'a'", "'options.signal'", "'The first argument'"][i % 3];
      list.push(['ERR_INVALID_ARG_TYPE', [name, expectedTypes[i], value]]);
    }
    list.push(['ERR_INVALID_ARG_VALUE', ["'a'", value]]);
    list.push(['ERR_INVALID_ARG_VALUE', ["'options.mode'", value, "'must be one of: \\'r\\', \\'w\\''"]]);
    list.push(['ERR_OUT_OF_RANGE', ["'value'", "'>= 0 and <= 10'", value]]);
    list.push(['ERR_OUT_OF_RANGE', ["'The offset is wrong.'", "'an integer'", value, 'true']]);
  }
  return list;
}

// Runs in both processes: builds each error from the given `codes` and describes it.
function describeAll(codesTable, list) {
  const out = [];
  for (const [code, args] of list) {
    // eslint-disable-next-line no-new-func
    const values = new Function(`return [${args.join(', ')}];`)();
    try {
      const err = new codesTable[code](...values);
      out.push({ name: err.name, code: err.code, message: err.message });
    } catch (err) {
      out.push({ threw: `${err && err.name}: ${err && err.message}` });
    }
  }
  return out;
}

function nodeMessages(list) {
  const script = `
    const { codes } = require('internal/errors');
    const describeAll = ${describeAll.toString()};
    let input = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => { input += chunk; });
    process.stdin.on('end', () => process.stdout.write(JSON.stringify(describeAll(codes, JSON.parse(input)))));`;
  const child = spawnSync(process.execPath, ['--expose-internals', '-e', script], {
    input: JSON.stringify(list), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  assert.strictEqual(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

test('argument errors for a table of names, expected types and received values, like node', () => {
  const list = cases();
  const want = nodeMessages(list);
  const got = describeAll(codes, list);
  assert.strictEqual(got.length, want.length);
  const mismatches = [];
  for (let i = 0; i < list.length; i++) {
    if (JSON.stringify(got[i]) !== JSON.stringify(want[i])) {
      mismatches.push(`${list[i][0]}(${list[i][1].join(', ')}):\n  got  ${JSON.stringify(got[i])}\n` +
        `  node ${JSON.stringify(want[i])}`);
    }
  }
  assert.deepStrictEqual(mismatches, []);
});

test('a lone surrogate in a received string is shown as it is, unless the string holds a single quote', () => {
  const message = (value) => new codes.ERR_INVALID_ARG_TYPE('a', 'number', value).message;
  assert.strictEqual(message('\ud800x'), 'The "a" argument must be of type number. Received type string (\'\ud800x\')');
  assert.strictEqual(message("'\ud800"), 'The "a" argument must be of type number. Received type string ("\'\\ud800")');
});
