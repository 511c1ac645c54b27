'use strict';

// util.format and util.formatWithOptions against Node's: every specifier with arguments of every kind, missing
// and extra arguments, escaped percent signs, and the option handling of formatWithOptions.

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { outcome } = require('../../support/differential.js');

const { format, formatWithOptions } = builtin('internal/util/inspect');
const util = reference('util');

function same(args, label) {
  const ours = outcome(() => format(...args));
  const theirs = outcome(() => util.format(...args));
  assert.deepStrictEqual(ours, theirs, label);
}

const custom = Symbol.for('nodejs.util.inspect.custom');
const circular = { name: 'c' };
circular.self = circular;

// Arguments of every kind a specifier may meet.
function makeArgs() {
  return [
    undefined, null, true, false, 0, -0, 42, -3.75, 1e21, NaN, Infinity, -Infinity, 0.1, 2 ** 60, 123n, -5n,
    '', 'str', '42', '42.5abc', ' 7 ', '0x1f', '1e3', 'abc', Symbol('sym'), Symbol(),
    {}, { a: 1, b: { c: { d: { e: 1 } } } }, [], [1, [2, [3, [4]]]], new Map([[1, 2]]), new Set([1]),
    new Date(0), new Date(NaN), /re/g, new Error('err'), new TypeError('terr'), function named() {}, () => {},
    class K {}, Object.create(null), { toString() { return 'custom toString'; } },
    { [Symbol.toPrimitive]() { return 'prim'; } }, new (class WithToString { toString() { return 'class toString'; } })(),
    new (class Plain {})(), new Number(5), new String('boxed'), Object(1n), new Proxy({ p: 1 }, {}),
    new Proxy([1, 2], {}), circular, { toJSON() { return 'json'; } }, { [custom]() { return 'CUSTOM'; } },
    Buffer.from('ab'), new Uint8Array([1, 2]), Promise.resolve(1), { valueOf() { return 9; } },
    Object.assign(Object.create({ toString() { return 'inherited toString'; } }), { own: 1 }),
  ];
}

const specifiers = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%x', '%'];

// One list for both sides: the errors' stacks name the line that created them.
const sharedArgs = makeArgs();

test('each specifier with each kind of argument', () => {
  const ours = sharedArgs;
  const theirs = sharedArgs;
  for (const spec of specifiers) {
    for (let i = 0; i < ours.length; i++) {
      const a = outcome(() => format(`<${spec}>`, ours[i]));
      const b = outcome(() => util.format(`<${spec}>`, theirs[i]));
      assert.deepStrictEqual(a, b, `${spec} with argument #${i}`);
    }
  }
});

test('values without a format string', () => {
  const ours = sharedArgs;
  const theirs = sharedArgs;
  for (let i = 0; i < ours.length; i++) {
    assert.deepStrictEqual(outcome(() => format(ours[i])), outcome(() => util.format(theirs[i])), `#${i}`);
    assert.deepStrictEqual(outcome(() => format(ours[i], 'x', ours[i])),
      outcome(() => util.format(theirs[i], 'x', theirs[i])), `#${i} with more`);
  }
});

test('format string edge cases', () => {
  const cases = [
    [], [''], ['%'], ['%%'], ['%%', 1], ['%s'], ['%s%s', 'a'], ['%s', 'a', 'b'], ['a', 'b', 'c'],
    ['%s %s %s', 1, 2, 3, 4], ['%%s', 'x'], ['%%%s', 'x'], ['%s%%', 'x'], ['100%', 'x'], ['%d%', 5],
    ['%s:%s', 'a'], ['%z', 1], ['%', 1], ['%j', undefined], ['%j', () => {}], ['%j', Symbol('s')],
    ['%j', circular], ['%j', { toJSON() { return circular; } }], ['%c%s', 'css', 'text'], ['%s', '%s', 'x'],
    ['%o', [1, { a: { b: { c: { d: { e: {} } } } } }]], ['%O', { a: { b: { c: { d: {} } } } }],
    [1, 2, '%s'], [{}, '%s', 1], ['%d', '0b101'], ['%i', '  12px'], ['%f', '1.5e3x'], ['%i', 2 ** 70],
    ['%d', { valueOf() { return 3; } }], ['%s', 'multi\nline'], ['a\nb %s', 'c\nd'],
    ['%s', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]],
    ['%s', 'x'.repeat(200)], ['%O', 'x'.repeat(200)], ['%s', -0], ['%s', [-0]],
  ];
  for (let i = 0; i < cases.length; i++) same(cases[i], `case #${i}: ${util.inspect(cases[i])}`);
});

test('a %j that throws something other than a circular error propagates it', () => {
  const boom = { toJSON() { throw new RangeError('boom'); } };
  assert.deepStrictEqual(outcome(() => format('%j', boom)), outcome(() => util.format('%j', boom)));
});

test('formatWithOptions applies the options to inspected values', () => {
  const optionSets = [{}, { colors: true }, { depth: 0 }, { compact: false }, { numericSeparator: true },
    { showHidden: true }, { breakLength: 10 }, { sorted: true }, []];
  const args = [['%s', 1234567], ['%d', 1234567], ['%i', 1234567.8], ['%f', 1234.5678], ['%s', 123456789n],
    ['%O', { b: 1, a: [1, 2, { c: 3 }] }], ['%o', { b: 1 }], [{ b: 1, a: 'x' }, 'str', 12345], ['%s', { a: { b: 1 } }],
    ['%s %O', new Map([[1, { deep: { er: 1 } }]]), [1, 2]]];
  for (const options of optionSets) {
    for (let i = 0; i < args.length; i++) {
      assert.deepStrictEqual(outcome(() => formatWithOptions(options, ...args[i])),
        outcome(() => util.formatWithOptions(options, ...args[i])), `${JSON.stringify(options)} case #${i}`);
    }
  }
});

test('formatWithOptions rejects options that are not objects', () => {
  for (const bad of [undefined, null, 1, 'x', true, 1n, Symbol('s'), () => {}]) {
    const ours = outcome(() => formatWithOptions(bad, 'x'));
    const theirs = outcome(() => util.formatWithOptions(bad, 'x'));
    assert.ok(ours.error, `accepted ${String(bad)}`);
    assert.deepStrictEqual(ours, theirs, String(bad));
  }
});
