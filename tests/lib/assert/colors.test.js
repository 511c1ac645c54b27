'use strict';

// On a color terminal (standard error a TTY with colors), assertion diffs are colored and one-line strings are
// diffed by character. The terminal is simulated by giving process.stderr isTTY and hasColors(), which node's
// assert reads as well; the messages must match node's byte for byte.

const nodeAssert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { pool } = require('./deep-equal-values.js');

const lib = builtin('assert');
const ref = reference('assert');

function asColorTerminal(fn) {
  const { stderr } = process;
  const saved = [Object.getOwnPropertyDescriptor(stderr, 'isTTY'), Object.getOwnPropertyDescriptor(stderr, 'hasColors')];
  Object.defineProperty(stderr, 'isTTY', { value: true, configurable: true, writable: true });
  Object.defineProperty(stderr, 'hasColors', { value: () => true, configurable: true, writable: true });
  try {
    return fn();
  } finally {
    for (const [name, descriptor] of [['isTTY', saved[0]], ['hasColors', saved[1]]]) {
      if (descriptor) Object.defineProperty(stderr, name, descriptor);
      else delete stderr[name];
    }
  }
}

function message(fn) {
  try {
    fn();
    return null;
  } catch (err) {
    return err.message;
  }
}

const arr = (n, f) => Array.from({ length: n }, (_, i) => f(i));

test('colored diffs and character diffs like node', () => {
  const pairs = [
    [{ a: 1, b: 'x' }, { a: 2, b: 'x' }], [1, 2], ['abcdefgh', 'abcdefgi'], ['a'.repeat(50), 'b'.repeat(50)],
    [arr(30, (i) => i), arr(30, (i) => (i === 10 ? -1 : i))], ['ab', 'ac'], ['abcdef\nxyz', 'abcdef\nxyw'],
    [function a() {}, function b() {}], [-0, 0], [Symbol('a'), Symbol('a')], [123456, 1234567], [1234567, 1234568],
    [{ a: 'x'.repeat(100) }, { a: 'y' }], [arr(60, (i) => i), arr(60, (i) => i)], ['x\ny', 'x\nz'],
    ['caf\u00e9 \ud83d\ude00 long enough', 'cafe \ud83d\ude01 long enough'], [new Error('a'), new Error('b')],
  ];
  const ops = ['strictEqual', 'deepStrictEqual', 'partialDeepStrictEqual', 'notStrictEqual', 'deepEqual',
    'notDeepStrictEqual'];
  const mismatches = [];
  asColorTerminal(() => {
    const values = [...pairs];
    const left = pool();
    const right = pool();
    for (let i = 0; i < left.length; i++) {
      values.push([left[i], right[(i * 7) % right.length]], [left[i], right[(i * 13 + 5) % right.length]]);
    }
    values.forEach(([a, b], index) => {
      for (const op of ops) {
        const mine = message(() => lib[op](a, b));
        const theirs = message(() => ref[op](a, b));
        if (theirs !== 'argument must be a buffer' && mine !== theirs) {
          mismatches.push(`${op} #${index}\n${JSON.stringify(mine)}\n${JSON.stringify(theirs)}`);
        }
      }
      const custom = message(() => lib.deepStrictEqual(a, b, 'custom'));
      if (custom !== message(() => ref.deepStrictEqual(a, b, 'custom'))) mismatches.push(`custom #${index}`);
    });
  });
  nodeAssert.deepStrictEqual(mismatches, []);
});

test('without a color terminal the same diffs are plain', () => {
  nodeAssert.strictEqual(message(() => lib.strictEqual('abcdefgh', 'abcdefgi')),
                         'Expected values to be strictly equal:\n+ actual - expected\n\n' +
                         "+ 'abcdefgh'\n- 'abcdefgi'\n          ^\n");
});
