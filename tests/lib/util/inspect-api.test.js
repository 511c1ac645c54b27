'use strict';

// The inspect API around the formatting itself, against Node's: inspect.custom and what a custom inspector
// receives, defaultOptions (reading, setting, validation), the legacy argument form, colors and styles, option
// values of unusual types, stripVTControlCharacters, and values the corpus cannot hold (namespaces, the global
// object, deep recursion).

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { outcome } = require('../../support/differential.js');

const mine = builtin('internal/util/inspect');
const { inspect } = mine;
const util = reference('util');

test('inspect.custom is the registered symbol Node uses', () => {
  assert.strictEqual(inspect.custom, util.inspect.custom);
  assert.strictEqual(inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
  const desc = Object.getOwnPropertyDescriptor(inspect, 'custom');
  const nodeDesc = Object.getOwnPropertyDescriptor(util.inspect, 'custom');
  assert.deepStrictEqual({ ...desc, value: 0 }, { ...nodeDesc, value: 0 });
});

test('a custom inspector receives depth, the options in effect and inspect itself', () => {
  function capture(fn, options) {
    let seen;
    const value = { [Symbol.for('nodejs.util.inspect.custom')](depth, opts, insp) {
      seen = {
        depth,
        opts: { ...opts, stylize: typeof opts.stylize },
        proto: Object.getPrototypeOf(opts),
        isInspect: insp === fn,
        self: this === value,
      };
      return 'x';
    } };
    fn({ a: { b: value } }, options);
    return seen;
  }
  const optionSets = [undefined, { depth: 5 }, { depth: null }, { colors: true, extra: 'kept' }, { showHidden: true },
    { compact: false, breakLength: 20, sorted: true }, { maxArrayLength: null, maxStringLength: null }];
  for (const options of optionSets) {
    assert.deepStrictEqual(capture(inspect, options), capture(util.inspect, options), JSON.stringify(options));
  }
});

function userStylize(text, style) {
  return `<${style}:${text}>`;
}

test('custom inspectors: return values, nesting, stylize', () => {
  const custom = Symbol.for('nodejs.util.inspect.custom');
  const values = [
    { [custom]: () => 'multi\nline', pad: 1 },
    { nested: { [custom]: () => 'multi\nline' } },
    { [custom]: () => 42 },
    { [custom]: () => null },
    { [custom]: () => [1, { [custom]: () => 'inner' }] },
    { [custom]: (d, o) => o.stylize('st', 'string') },
    { [custom]: (d, o, i) => i({ deeper: { deeper: { deeper: 1 } } }, { ...o, depth: d }) },
    { [custom]: (d, o) => `${o.stylize('s', 'special')} ${o.stylize === userStylize}` },
    { [custom]: 'not a function' },
    Object.assign(Object.create({ [custom]: () => 'inherited' }), { own: 1 }),
  ];
  for (const options of [undefined, { colors: true }, { customInspect: false }, { depth: 0 }, { stylize: userStylize },
    { stylize: userStylize, colors: true }]) {
    for (let i = 0; i < values.length; i++) {
      assert.strictEqual(inspect(values[i], options), util.inspect(values[i], options), `#${i} ${JSON.stringify(options)}`);
    }
    // inspect itself as a custom inspector is ignored.
    assert.strictEqual(inspect({ [custom]: inspect }, options), util.inspect({ [custom]: util.inspect }, options));
  }
});

test('defaultOptions: same shape, validated, and used by inspect', () => {
  assert.deepStrictEqual(inspect.defaultOptions, util.inspect.defaultOptions);
  const desc = Object.getOwnPropertyDescriptor(inspect, 'defaultOptions');
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(typeof desc.set, 'function');
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, false);
  for (const bad of [null, 1, 'x', undefined, [], () => {}]) {
    const ours = outcome(() => { inspect.defaultOptions = bad; });
    const theirs = outcome(() => { util.inspect.defaultOptions = bad; });
    assert.deepStrictEqual(ours, theirs, String(bad));
  }
  const unknown = outcome(() => { inspect.defaultOptions = { notAnOption: 1 }; });
  assert.deepStrictEqual(unknown, outcome(() => { util.inspect.defaultOptions = { notAnOption: 1 }; }));
  const saved = { ...inspect.defaultOptions };
  const nodeSaved = { ...util.inspect.defaultOptions };
  try {
    for (const options of [{ depth: 0, breakLength: 20 }, { colors: true, compact: 1 }, { maxArrayLength: 1 }]) {
      inspect.defaultOptions = options;
      util.inspect.defaultOptions = options;
      const value = { a: { b: 1 }, c: 'xxxxxxxxxxxxxxxxxx', d: [1, 2, 3] };
      assert.strictEqual(inspect(value), util.inspect(value));
      assert.strictEqual(mine.format('%O %s %d', value, value, 1234), util.format('%O %s %d', value, value, 1234));
    }
  } finally {
    inspect.defaultOptions = saved;
    util.inspect.defaultOptions = nodeSaved;
  }
  assert.deepStrictEqual(inspect.defaultOptions, util.inspect.defaultOptions);
});

test('the legacy form inspect(value, showHidden, depth, colors)', () => {
  const value = { a: { b: { c: { d: 1 } } }, arr: [1] };
  const forms = [[true], [false, 0], [false, null], [true, 1, true], [undefined, undefined, true], [false, 5, false]];
  for (const args of forms) assert.strictEqual(inspect(value, ...args), util.inspect(value, ...args), JSON.stringify(args));
});

test('options of unusual types behave as in Node', () => {
  const value = { a: [1, 2, 3, 4, 5, 6, 7, 8, 9], s: 'string value', n: { m: { o: { p: 1 } } } };
  const optionSets = [{ depth: '1' }, { depth: -1 }, { depth: NaN }, { breakLength: 0 }, { breakLength: '40' },
    { compact: 0 }, { compact: 2.5 }, { compact: 'x' }, { maxArrayLength: -1 }, { maxArrayLength: 2.5 },
    { maxStringLength: 0 }, { maxStringLength: -5 }, { sorted: 1 }, { colors: 1 }, { showHidden: 'yes' },
    { getters: 1 }, { numericSeparator: 1 }, null, 0, '', true, false, [], { stylize: (s) => `<${s}>` }];
  for (const options of optionSets) {
    assert.deepStrictEqual(outcome(() => inspect(value, options)), outcome(() => util.inspect(value, options)),
      JSON.stringify(options));
  }
});

test('colors and styles tables', () => {
  assert.deepStrictEqual(inspect.colors, util.inspect.colors);
  assert.deepStrictEqual(inspect.styles, util.inspect.styles);
  assert.strictEqual(Object.getPrototypeOf(inspect.colors), null);
  assert.strictEqual(Object.getPrototypeOf(inspect.styles), null);
  assert.deepStrictEqual(Object.getOwnPropertyNames(inspect.colors), Object.getOwnPropertyNames(util.inspect.colors));
  for (const alias of ['grey', 'blackBright', 'bgGrey', 'bgBlackBright', 'faint', 'crossedout', 'strikeThrough',
    'crossedOut', 'conceal', 'swapColors', 'swapcolors', 'doubleUnderline']) {
    assert.deepStrictEqual(inspect.colors[alias], util.inspect.colors[alias], alias);
  }
});

test('changing styles and colors changes colored output', () => {
  const savedStyle = inspect.styles.number;
  const savedColor = inspect.colors.red;
  try {
    inspect.styles.number = 'red';
    inspect.colors.red = [41, 49];
    assert.strictEqual(inspect(5, { colors: true }), '\u001b[41m5\u001b[49m');
    inspect.styles.number = 'no such color';
    assert.strictEqual(inspect(5, { colors: true }), '5');
  } finally {
    inspect.styles.number = savedStyle;
    inspect.colors.red = savedColor;
  }
  assert.strictEqual(inspect(5, { colors: true }), util.inspect(5, { colors: true }));
});

test('stripVTControlCharacters', () => {
  const inputs = ['', 'plain', '\u001b[31mred\u001b[39m', '\u001b[1;2;3mmulti', '\u009b31mcsi', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007',
    'a\u001b[2Kb', '\u001b[?25l', util.inspect({ a: [1, 'x'] }, { colors: true })];
  for (const input of inputs) assert.strictEqual(mine.stripVTControlCharacters(input), util.stripVTControlCharacters(input));
  for (const bad of [1, null, undefined, {}, Symbol('s')]) {
    assert.deepStrictEqual(outcome(() => mine.stripVTControlCharacters(bad)), outcome(() => util.stripVTControlCharacters(bad)));
  }
});

test('module namespace objects', async () => {
  const ns = await import('data:text/javascript,export let a = 1; export const b = { c: [2] }; export default function f() {}');
  for (const options of [undefined, { showHidden: true }, { colors: true }, { depth: 0 }]) {
    assert.strictEqual(inspect(ns, options), util.inspect(ns, options));
  }
});

test('the global object', () => {
  assert.strictEqual(inspect(globalThis), util.inspect(globalThis));
  assert.strictEqual(inspect(globalThis, { depth: 0 }), util.inspect(globalThis, { depth: 0 }));
});

test('recursion deeper than the stack is reported, not thrown', () => {
  let deep = {};
  for (let i = 0; i < 50000; i++) deep = { next: deep };
  const out = inspect(deep, { depth: Infinity });
  assert.match(out, /\[Object: Inspection interrupted prematurely\. Maximum call stack size exceeded\.\]/);
});

test('huge sparse arrays are cheap', () => {
  const a = [];
  a[2 ** 32 - 2] = 1;
  a.extra = true;
  for (const options of [undefined, { maxArrayLength: 0 }, { showHidden: true }]) {
    assert.strictEqual(inspect(a, options), util.inspect(a, options));
  }
});

// Array grouping pads entries by their width in terminal columns: one code point at a time, the layout (and so the
// width) must match Node's. A column is as wide as its widest entry, which reveals the width of the first.
test('string widths used for array grouping match Node for every code point', () => {
  function width(fn, s) {
    const arr = [`${s}AAAA`];
    for (let i = 0; i < 40; i++) arr.push('x');
    return fn(arr).split('\n')[2];
  }
  const mismatches = [];
  for (let c = 0xa0; c < 0x40000; c += 3) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCodePoint(c);
    if (width(inspect, s) !== width(util.inspect, s)) mismatches.push(c.toString(16));
  }
  for (const s of ['👨‍👩‍👧', '🏳️‍🌈', '👍🏽', 'e\u0301', '\u00ad', '\u{1f9d1}\u{200d}\u{1f4bb}', 'ｆｕｌｌ', '中文']) {
    if (width(inspect, s) !== width(util.inspect, s)) mismatches.push(JSON.stringify(s));
  }
  assert.deepStrictEqual(mismatches, []);
});

test('a Symbol.toStringTag already said by the constructor name is not repeated', () => {
  const make = (name, tag) => new ({ [name]: class { get [Symbol.toStringTag]() { return tag; } } })[name]();
  const cases = [['Mapper', 'Map'], ['MapS', 'Map'], ['AMap', 'Map'], ['aMap', 'Map'], ['Map2', 'Map'], ['Map_', 'Map'],
    ['Foo', 'Fo'], ['FooB', 'Foo'], ['Foo', 'oo'], ['FooBar', 'oBa'], ['Map$', 'Map'], ['MapÄ', 'Map'], ['Mapä', 'Map'],
    ['Map-x', 'Map'], ['MappMap', 'Map'], ['MapMapp', 'Map'], ['(Map)', 'Map'], ['Map', 'map'], ['M', ''], ['X', 'X']];
  for (const [name, tag] of cases) {
    assert.strictEqual(inspect(make(name, tag)), util.inspect(make(name, tag)), `${name} / ${tag}`);
  }
});

test('module namespaces with bindings not yet initialized', async () => {
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const { pathToFileURL } = require('url');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnode-inspect-'));
  try {
    // a imports b, b imports a back and inspects a's namespace while a's let/const/class are in their TDZ.
    fs.writeFileSync(path.join(dir, 'a.mjs'),
      "import './b.mjs';\nexport let later = 1;\nexport const constant = { c: 2 };\nexport class K {}\n" +
      'export function hoisted() {}\nexport default 3;\n');
    fs.writeFileSync(path.join(dir, 'b.mjs'),
      "import * as a from './a.mjs';\nglobalThis.__rnodeInspectCapture(a);\n");
    const results = [];
    globalThis.__rnodeInspectCapture = (ns) => {
      for (const options of [undefined, { colors: true }, { showHidden: true }]) {
        results.push([inspect(ns, options), util.inspect(ns, options)]);
      }
    };
    await import(pathToFileURL(path.join(dir, 'a.mjs')).href);
    assert.strictEqual(results.length, 3);
    for (const [ours, theirs] of results) assert.strictEqual(ours, theirs);
    assert.match(results[0][1], /<uninitialized>/);
  } finally {
    delete globalThis.__rnodeInspectCapture;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('errors with real stacks: causes sharing frames, chains, aggregates', () => {
  function nest(n, fn) { return n === 0 ? fn() : nest(n - 1, fn); }
  const values = [
    new Error('top', { cause: new Error('inner') }),
    nest(5, () => new Error('top', { cause: nest(3, () => new Error('inner')) })),
    new Error('a', { cause: new Error('b', { cause: new TypeError('c', { cause: { plain: true } }) }) }),
    new Error('x', { cause: new AggregateError([new Error('e1'), new RangeError('e2')], 'agg') }),
    new AggregateError([new Error('one'), nest(4, () => new Error('two'))], 'many'),
    new Map([['k', new Error('v')]]),
    { s: new Set([new TypeError('t')]) },
  ];
  for (const options of [undefined, { colors: true }, { compact: false }, { depth: 0 }, { showHidden: true }, { breakLength: 40 }]) {
    for (let i = 0; i < values.length; i++) {
      assert.strictEqual(inspect(values[i], options), util.inspect(values[i], options), `#${i} ${JSON.stringify(options)}`);
    }
  }
});

test('length limits that are negative, fractional, NaN or strings behave as in Node', () => {
  const make = () => [new Uint8Array(5), [1, 2, 3], new Set([1, 2]), new Map([[1, 2]]), new Set([1]).values(),
    new Map([[1, 2]]).entries(), 'abcdef', [, , 1], { a: { b: { c: {} } } }, 'x'.repeat(30)]; // eslint-disable-line no-sparse-arrays
  const optionSets = [{ maxArrayLength: -1 }, { maxArrayLength: 1.5 }, { maxArrayLength: NaN }, { maxStringLength: -2 },
    { maxStringLength: 2.5 }, { maxArrayLength: Infinity }, { breakLength: -1 }, { depth: -5 }, { compact: -1 },
    { maxStringLength: NaN }, { maxArrayLength: '2' }, { maxArrayLength: -Infinity }];
  for (const options of optionSets) {
    const ours = make();
    const theirs = make();
    for (let i = 0; i < ours.length; i++) {
      assert.deepStrictEqual(outcome(() => inspect(ours[i], options)), outcome(() => util.inspect(theirs[i], options)),
        `#${i} ${String(options.maxArrayLength)} ${JSON.stringify(options)}`);
    }
  }
});

test('a proxy inspected, revoked, then inspected again (directly and behind another proxy) prints as in Node', () => {
  const run = (fn) => {
    const { proxy, revoke } = Proxy.revocable({ a: 1 }, { get() { throw new Error('trap ran'); } });
    const outer = new Proxy(proxy, {});
    const holder = { proxy, outer, list: [proxy] };
    const out = [];
    const sets = [{}, { showProxy: true }, { showProxy: true, depth: 0 }];
    for (const options of sets) out.push(outcome(() => fn(holder, options)));
    revoke();
    for (const options of sets) out.push(outcome(() => fn(holder, options)), outcome(() => fn(holder.outer, options)));
    return out;
  };
  assert.deepStrictEqual(run(inspect), run(util.inspect));
});
