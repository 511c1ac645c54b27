'use strict';

// The util.inspect corpus: values paired with option sets. inspect-corpus.test.js checks that rnode's inspect
// prints each exactly as Node's does; bench/lib/util.js times both over it. `buildCorpus()` makes fresh values on
// every call, since some of them (iterators, getters with counters) change when inspected.

// Created once: its stack names the caller, which must be the same for both sides.
const realStackError = new RangeError('real');
const stackless = new Error('nope');
stackless.stack = 'Error: nope\n    at getter (/g.js:1:1)';
// Weak collections only list live keys: these stay alive for the whole run.
const weakKeys = [{ key: 1 }, [2]];

function makeValues() {
  const values = [];
  const add = (name, value) => values.push({ name, value });

  // Primitives.
  for (const n of [0, -0, 1, -1, 1.5, -1.5, 123456789, 1234567.891, -0.5, 0.000001, 1e21, 1e-7, NaN, Infinity,
    -Infinity, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 2 ** 53 + 2, 1000, 10000.0001]) {
    add(`number ${Object.is(n, -0) ? '-0' : n}`, n);
  }
  for (const b of [0n, 1n, -1n, 123456789n, -98765432109876543210n]) add(`bigint ${b}`, b);
  add('true', true);
  add('false', false);
  add('undefined', undefined);
  add('null', null);
  const strings = ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'all \' " `', 'all \' " ${x}', 'tab\there',
    'new\nline', '\x00\x01\x1b\x7f\x9f', 'back\\slash', 'lone \ud800 surrogate', 'low \udc00 x', 'pair \ud83d\ude00',
    'unicode é ü 中文', 'a'.repeat(100), 'line one\nline two\nline three that is rather long to exceed the width',
    `${'x'.repeat(50)}\n${'y'.repeat(50)}\n`, 'b'.repeat(20000), '\u2028\u2029'];
  strings.forEach((s, i) => add(`string #${i}`, s));
  for (const s of [Symbol(), Symbol('desc'), Symbol('with space'), Symbol.iterator, Symbol.for('reg'),
    Symbol('')]) {
    add(`symbol ${String(s)} ${s === Symbol.iterator ? 'well-known' : Symbol.keyFor(s) !== undefined ? 'registered' : s.description === undefined ? 'no description' : 'plain'}`, s);
  }

  // Plain objects.
  add('empty object', {});
  add('simple object', { a: 1, b: 'two', c: [3], d: { e: null } });
  add('quoted keys', { 'a-b': 1, '1x': 2, 'with space': 3, 'ünï': 4, 'it\'s': 5, '': 6, 'new\nline': 7, 42: 8 });
  add('__proto__ key', JSON.parse('{"__proto__": 1, "a": 2}'));
  add('symbol keys', { [Symbol('s')]: 1, [Symbol.iterator]: 2, [Symbol()]: 3 });
  add('nested deep', { a: { b: { c: { d: { e: { f: 1 } } } } } });
  add('nested 3', { a: { b: { c: {} } } });
  add('nested 3 with value', { a: { b: { c: { d: 1 } } } });
  add('wide object', Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])));
  add('long values', { first: 'x'.repeat(40), second: 'y'.repeat(40), third: 'z'.repeat(5) });
  add('null proto empty', Object.create(null));
  add('null proto', Object.assign(Object.create(null), { a: 1, b: { c: 2 } }));
  add('toStringTag own', { [Symbol.toStringTag]: 'Custom', a: 1 });
  add('toStringTag class', new (class Foo { get [Symbol.toStringTag]() { return 'Bar'; } })());
  add('toStringTag same as class', new (class Foo { get [Symbol.toStringTag]() { return 'Foo'; } })());
  add('toStringTag on null proto', Object.create(null, { [Symbol.toStringTag]: { value: 'Tagged' } }));
  add('object in object', { inner: { x: 1 }, arr: [{ y: 2 }] });
  add('mixed depth', { a: [1, [2, [3, [4, [5]]]]], b: new Map([[{ k: 1 }, new Set([[1, 2]])]]) });

  // Getters and setters.
  add('getters', {
    get g() { return 1; },
    set s(v) {},
    get gs() { return 'x'; },
    set gs(v) {},
    get obj() { return { a: 1 }; },
    get nul() { return null; },
    get thrower() { throw stackless; },
    get throwsString() { throw 'a string'; }, // eslint-disable-line no-throw-literal
  });
  add('non-enumerable', Object.defineProperties({}, {
    hidden: { value: 1, enumerable: false },
    'hid den': { value: 2, enumerable: false },
    visible: { value: 3, enumerable: true },
    [Symbol('hsym')]: { value: 4, enumerable: false },
  }));

  // Arrays.
  add('empty array', []);
  add('small array', [1, 2, 3]);
  add('mixed array', [1, 'two', { three: 3 }, [4], null, undefined, true]);
  add('holes', [1, , 3]); // eslint-disable-line no-sparse-arrays
  add('only holes', new Array(5));
  add('trailing holes', [1, 2, , , ]); // eslint-disable-line no-sparse-arrays
  add('many holes', (() => { const a = []; a[0] = 1; a[50] = 2; a[99] = 3; a[200] = 4; return a; })());
  add('sparse large', (() => { const a = []; a[1e6] = 1; return a; })());
  add('array with props', Object.assign([1, 2], { extra: true, [Symbol('s')]: 1 }));
  add('array with negative index', Object.assign([1], { '-1': 'neg' }));
  for (const len of [7, 10, 26, 27, 50, 101, 150]) {
    add(`numbers x${len}`, Array.from({ length: len }, (_, i) => i * 7));
  }
  add('numbers mixed widths', [1, 22, 333, 4444, 55555, 666666, 7777777, 1, 22, 333, 4444]);
  add('negative numbers', Array.from({ length: 20 }, (_, i) => (i - 10) * 13));
  add('floats', Array.from({ length: 12 }, (_, i) => i / 3));
  add('bigints x10', Array.from({ length: 10 }, (_, i) => BigInt(i) ** 5n));
  add('strings x12', Array.from({ length: 12 }, (_, i) => 'w'.repeat(i % 5 + 1)));
  add('strings x30', Array.from({ length: 30 }, (_, i) => `item${i}`));
  add('long strings x8', Array.from({ length: 8 }, (_, i) => 'z'.repeat(15 + i)));
  add('objects x8', Array.from({ length: 8 }, (_, i) => ({ i })));
  add('nested arrays x8', Array.from({ length: 8 }, (_, i) => [i, i + 1]));
  add('mixed x10', [1, 'a', 2, 'b', 3, 'c', 4, 'd', 5, 'e']);
  add('booleans x9', Array.from({ length: 9 }, (_, i) => i % 2 === 0));
  add('array of arrays of numbers', Array.from({ length: 3 }, () => Array.from({ length: 20 }, (_, i) => i)));
  add('array subclass', new (class MyArray extends Array {})(1, 2, 3));
  add('array subclass empty', new (class MyArray extends Array {})());
  add('null proto array', Object.setPrototypeOf([1, 2], null));
  add('array tag', Object.assign([1], { [Symbol.toStringTag]: 'T' }));
  add('empty array with tag class', new (class Tagged extends Array { get [Symbol.toStringTag]() { return 'X'; } })());

  // Functions and classes.
  add('function', function namedFn() {});
  add('anonymous function', (() => function() {})());
  add('arrow', () => {});
  add('named arrow', (() => { const arrowName = () => {}; return arrowName; })());
  add('async function', async function asyncFn() {});
  add('generator function', function* genFn() {});
  add('async generator function', async function* asyncGen() {});
  add('function with props', Object.assign(function withProps() {}, { a: 1, b: 'x' }));
  add('bound function', function target() {}.bind(null));
  add('class', class A {});
  add('class extends', class B extends Array {});
  add('anonymous class', (() => class {})());
  add('class with static', class C { static x = 1; static m() {} });
  add('class extends null proto', (() => { class D {} Object.setPrototypeOf(D, null); return D; })());
  add('null proto function', Object.setPrototypeOf(function np() {}, null));
  add('function with tag', Object.assign(function tagged() {}, { [Symbol.toStringTag]: 'Tagger' }));
  add('class with comment', class /* c */ E { constructor() {} });
  add('method', { m() {} }.m);
  add('builtin function', Math.max);
  add('class instance', new (class Point { constructor() { this.x = 1; this.y = 2; } })());
  add('class instance empty', new (class Empty {})());
  add('anonymous class instance', new (class {})());
  add('function instance', new (function Legacy() { this.a = 1; })());
  add('object with constructor prop', { constructor: 'not a function' });
  add('object with prototype set', Object.create({ inherited: 1 }));
  add('two-level proto no constructor', Object.create(Object.create(null)));

  // Errors.
  const stacked = (err, stack) => { err.stack = stack; return err; };
  add('error fixed stack', stacked(new Error('msg'), 'Error: msg\n    at foo (/a/b.js:1:2)\n    at bar (/a/c.js:3:4)'));
  add('type error fixed', stacked(new TypeError('bad'), 'TypeError: bad\n    at x (/x.js:1:1)'));
  add('error no stack', (() => { const e = new Error('nostack'); delete e.stack; e.stack = undefined; return e; })());
  add('error empty stack', stacked(new Error('m'), ''));
  add('error with props', Object.assign(stacked(new Error('p'), 'Error: p\n    at z (/z.js:1:1)'),
    { code: 'E_CODE', extra: { deep: 1 } }));
  add('error renamed', (() => { const e = stacked(new TypeError('r'), 'TypeError: r\n    at q (/q.js:1:1)'); e.name = 'Custom'; return e; })());
  add('error name prop own', (() => { const e = stacked(new Error('n'), 'Error: n\n    at q (/q.js:1:1)'); e.name = 'MyError'; return e; })());
  add('error message mismatch', (() => { const e = stacked(new Error('one'), 'Error: one\n    at q (/q.js:1:1)'); e.message = 'two'; return e; })());
  add('error subclass', (() => { class MyErr extends Error {} return stacked(new MyErr('sub'), 'Error: sub\n    at s (/s.js:1:1)'); })());
  add('error subclass named', (() => { class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } return stacked(new MyErr('sub'), 'MyErr: sub\n    at s (/s.js:1:1)'); })());
  add('error null proto', (() => { const e = stacked(new Error('np'), 'Error: np\n    at n (/n.js:1:1)'); Object.setPrototypeOf(e, null); return e; })());
  add('error with cause', (() => {
    const cause = stacked(new Error('cause'), 'Error: cause\n    at a (/a.js:1:1)\n    at b (/b.js:1:1)\n    at c (/c.js:1:1)\n    at d (/d.js:1:1)\n    at e (/e.js:1:1)');
    return stacked(new Error('top', { cause }), 'Error: top\n    at t (/t.js:1:1)\n    at b (/b.js:1:1)\n    at c (/c.js:1:1)\n    at d (/d.js:1:1)\n    at e (/e.js:1:1)');
  })());
  add('error with primitive cause', stacked(new Error('pc', { cause: 'just a string' }), 'Error: pc\n    at t (/t.js:1:1)'));
  add('error with undefined cause', stacked(new Error('uc', { cause: undefined }), 'Error: uc\n    at t (/t.js:1:1)'));
  add('aggregate error', stacked(new AggregateError([stacked(new Error('e1'), 'Error: e1\n    at x (/x.js:1:1)'), 'e2'], 'agg'),
    'AggregateError: agg\n    at y (/y.js:1:1)'));
  add('error multi-line message', stacked(new Error('line1\nline2'), 'Error: line1\nline2\n    at m (/m.js:1:1)'));
  add('error real stack', realStackError);
  add('error in object', { err: stacked(new Error('inner'), 'Error: inner\n    at i (/i.js:1:1)') });
  add('error in array', [stacked(new Error('inner'), 'Error: inner\n    at i (/i.js:1:1)')]);
  add('error stack not string', (() => { const e = new Error('ns'); e.stack = { custom: true }; return e; })());
  add('error without Error suffix name', (() => { const e = stacked(new Error('x'), 'Error: x\n    at i (/i.js:1:1)'); e.name = 'Oops'; return e; })());
  add('error name undefined', (() => { const e = stacked(new Error('x'), 'Error: x\n    at i (/i.js:1:1)'); e.name = undefined; return e; })());
  add('error with toStringTag', (() => { const e = stacked(new Error('x'), 'Error: x\n    at i (/i.js:1:1)'); e[Symbol.toStringTag] = 'Tg'; return e; })());
  add('error no frames', stacked(new Error('nf'), 'Error: nf'));
  add('error object not native', Object.setPrototypeOf({ message: 'fake', stack: 'Error: fake\n    at f (/f.js:1:1)' }, Error.prototype));

  // Collections.
  add('map', new Map([['a', 1], [{ b: 2 }, [3]]]));
  add('empty map', new Map());
  add('set', new Set([1, 'two', { three: 3 }]));
  add('empty set', new Set());
  add('big set', new Set(Array.from({ length: 120 }, (_, i) => i)));
  add('big map', new Map(Array.from({ length: 120 }, (_, i) => [i, String(i)])));
  add('map with props', Object.assign(new Map([[1, 2]]), { extra: 'x' }));
  add('map subclass', new (class MyMap extends Map {})([[1, 2]]));
  add('null proto map', Object.setPrototypeOf(new Map([[1, 2]]), null));
  add('null proto set', Object.setPrototypeOf(new Set([1]), null));
  add('map keys iterator', new Map([[1, 'a'], [2, 'b']]).keys());
  add('map values iterator', new Map([[1, 'a'], [2, 'b']]).values());
  add('map entries iterator', new Map([[1, 'a'], [2, 'b']]).entries());
  add('map iterator advanced', (() => { const it = new Map([[1, 'a'], [2, 'b']]).values(); it.next(); return it; })());
  add('set values iterator', new Set([1, 2, 3]).values());
  add('set entries iterator', new Set([1, 2]).entries());
  add('exhausted iterator', (() => { const it = new Set([1]).values(); it.next(); it.next(); return it; })());
  add('weakmap', new WeakMap([[weakKeys[0], 1], [weakKeys[1], { v: 2 }]]));
  add('weakset', new WeakSet(weakKeys));
  add('nested map in set', new Set([new Map([[1, new Set([2])]])]));

  // Typed arrays and buffers.
  add('uint8array', new Uint8Array([1, 2, 3]));
  add('empty uint8array', new Uint8Array(0));
  add('float64array', new Float64Array([1.5, -0, NaN]));
  add('int16array large', new Int16Array(200).map((_, i) => i - 100));
  add('bigint64array', new BigInt64Array([1n, -2n]));
  add('biguint64array', new BigUint64Array([2n ** 63n]));
  add('uint8clamped', new Uint8ClampedArray([255, 0]));
  add('typed array with props', Object.assign(new Uint8Array(2), { extra: 1 }));
  add('typed array subclass', new (class MyBytes extends Uint8Array {})(3));
  add('null proto typed array', Object.setPrototypeOf(new Uint16Array(2), null));
  add('arraybuffer', new Uint8Array([0, 1, 255, 16]).buffer);
  add('empty arraybuffer', new ArrayBuffer(0));
  add('large arraybuffer', new ArrayBuffer(120));
  add('detached arraybuffer', (() => { const b = new ArrayBuffer(8); structuredClone(b, { transfer: [b] }); return b; })());
  add('shared arraybuffer', new SharedArrayBuffer(4));
  add('dataview', new DataView(new ArrayBuffer(4), 1, 2));
  add('buffer-like uint8', new Uint8Array(Array.from({ length: 30 }, (_, i) => i)));

  // Dates and regexps.
  add('date', new Date(0));
  add('date ms', new Date(Date.UTC(2020, 1, 29, 12, 34, 56, 789)));
  add('invalid date', new Date(NaN));
  add('date with props', Object.assign(new Date(0), { extra: 1 }));
  add('date subclass', new (class MyDate extends Date {})(0));
  add('null proto date', Object.setPrototypeOf(new Date(0), null));
  add('regexp', /ab+c/gi);
  add('regexp escapes', /[\]\/\n]+/u);
  add('regexp with props', Object.assign(/x/, { extra: 1 }));
  add('regexp subclass', new (class MyRe extends RegExp {})('a', 'g'));
  add('null proto regexp', Object.setPrototypeOf(/np/, null));

  // Boxed primitives.
  add('boxed number', new Number(3));
  add('boxed -0', new Number(-0));
  add('boxed string', new String('ab'));
  add('boxed string with prop', Object.assign(new String('ab'), { extra: 1 }));
  add('boxed boolean', new Boolean(false));
  add('boxed bigint', Object(5n));
  add('boxed symbol', Object(Symbol('boxed')));
  add('boxed subclass', new (class MyNum extends Number {})(4));
  add('null proto boxed', Object.setPrototypeOf(new String('x'), null));

  // Promises and proxies.
  add('resolved promise', Promise.resolve({ value: 42 }));
  add('rejected promise', (() => { const p = Promise.reject(3); p.catch(() => {}); return p; })());
  add('pending promise', new Promise(() => {}));
  add('promise with props', Object.assign(Promise.resolve(1), { extra: true }));
  add('promise subclass', (() => { class MyPromise extends Promise {} return MyPromise.resolve(1); })());
  add('proxy of object', new Proxy({ a: 1 }, {}));
  add('proxy of array', new Proxy([1, 2], {}));
  add('proxy of function', new Proxy(function proxied() {}, {}));
  add('proxy with traps', new Proxy({ t: 1 }, { get() { return 'trapped'; }, ownKeys() { return []; } }));
  add('revoked proxy', (() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })());
  add('proxy of proxy', new Proxy(new Proxy({ deep: 1 }, {}), {}));

  // Circular structures.
  add('circular self', (() => { const o = { a: 1 }; o.self = o; return o; })());
  add('circular two', (() => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; return a; })());
  add('circular array', (() => { const a = [1]; a.push(a); return a; })());
  add('circular multiple', (() => {
    const x = { n: 'x' }; const y = { n: 'y' }; x.y = y; y.x = x; y.y = y; return { x, y };
  })());
  add('circular map', (() => { const m = new Map(); m.set('self', m); return m; })());
  add('shared not circular', (() => { const s = { s: 1 }; return { a: s, b: s }; })());

  // Custom inspect.
  const custom = Symbol.for('nodejs.util.inspect.custom');
  add('custom string', { [custom]() { return 'CUSTOM'; } });
  add('custom object', { [custom]() { return { replaced: true }; } });
  add('custom multiline nested', { inner: { [custom]() { return 'line1\nline2'; } } });
  add('custom uses inspect', { [custom](depth, options, inspect) { return `depth=${depth} ${inspect([1, 2], options)}`; } });
  add('custom returns this', { a: 1, [custom]() { return this; } });
  add('custom stylize', { [custom](depth, options) { return options.stylize('styled', 'special'); } });
  add('custom on prototype', new (class WithCustom { [custom]() { return 'from proto'; } })());
  add('prototype with custom', (class WithCustom2 { [custom]() { return 'x'; } }).prototype);

  // Odd objects.
  add('arguments', (function() { return arguments; })(1, 'a'));
  add('empty arguments', (function() { return arguments; })());
  add('generator object', (function* gen() { yield 1; })());
  add('async generator object', (async function* agen() {})());
  add('global-ish object with many keys', Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, { v: i }])));
  add('object with array values', { list: Array.from({ length: 10 }, (_, i) => i), other: 'x' });
  add('deep array', [[[[[[1]]]]]]);
  add('object with undefined', { u: undefined, n: null });
  add('Math', Math);
  add('JSON', JSON);
  add('Reflect', Reflect);
  add('Object.prototype', Object.prototype);
  add('Array.prototype', Array.prototype);
  add('Function.prototype', Function.prototype);
  add('object with numeric keys', { 1: 'a', 2: 'b', 10: 'c', x: 'd' });
  add('string with 16 chars', '0123456789abcdef');
  add('long string in object', { s: 'long '.repeat(30) });
  add('multiline string in object', { s: 'first line\nsecond line\nthird line which is longer than the rest' });
  add('array of long strings', ['x'.repeat(70), 'y'.repeat(70)]);
  add('nested object wide', { a: { b: 'x'.repeat(30), c: 'y'.repeat(30) }, d: 1 });
  add('object with map and set', { m: new Map([[1, { a: [1, 2, { b: 3 }] }]]), s: new Set(['x']) });
  add('WeakRef', new WeakRef({}));
  add('iterator helper', [1, 2].values());
  add('string iterator', 'ab'[Symbol.iterator]());
  add('object with getter array', { get arr() { return [1, 2, 3]; } });

  // More errors: names from prototypes, messages missing from the stack, enumerable name/message, codes.
  add('error name from prototype', (() => { class ProtoNamed extends Error {} ProtoNamed.prototype.name = 'ProtoName'; return stacked(new ProtoNamed('m'), 'ProtoName: m\n    at a (/a.js:1:1)'); })());
  add('error stack without message', stacked(new Error('hidden message'), 'Error\n    at a (/a.js:1:1)'));
  add('error enumerable name', (() => { const e = stacked(new Error('m'), 'Error: m\n    at a (/a.js:1:1)'); Object.defineProperty(e, 'name', { value: 'Named', enumerable: true }); return e; })());
  add('error enumerable message', (() => { const e = stacked(new Error('m'), 'Error: m\n    at a (/a.js:1:1)'); Object.defineProperty(e, 'message', { value: 'other', enumerable: true }); return e; })());
  add('aggregate error with cause', stacked(new AggregateError([1, stacked(new TypeError('t'), 'TypeError: t\n    at b (/b.js:1:1)')], 'agg', { cause: 'why' }), 'AggregateError: agg\n    at a (/a.js:1:1)'));
  add('error nested in arrays', { a: [{ e: stacked(new RangeError('deep'), 'RangeError: deep\n    at d (/d.js:1:1)\n    at e (/e.js:1:1)') }] });
  add('node-style error with code', (() => { const e = stacked(new TypeError('bad arg'), 'TypeError [ERR_X]: bad arg\n    at f (/f.js:1:1)'); e.code = 'ERR_X'; return e; })());
  add('error class without Error suffix', (() => { class Oops extends Error {} return stacked(new Oops('o'), 'Error: o\n    at f (/f.js:1:1)'); })());
  add('null proto error without frames', (() => { const e = stacked(new Error('np'), 'Error: np'); Object.setPrototypeOf(e, null); return e; })());
  add('error that is its own cause', (() => { const e = stacked(new Error('c'), 'Error: c\n    at f (/f.js:1:1)'); e.cause = e; return e; })());
  add('error message containing at', stacked(new Error('look\n    at this'), 'Error: look\n    at this\n    at f (/f.js:1:1)'));
  add('error with cause getter', (() => { const e = stacked(new Error('gc'), 'Error: gc\n    at f (/f.js:1:1)'); Object.defineProperty(e, 'cause', { get() { return 'got'; }, enumerable: false }); return e; })());
  add('DOMException', stacked(new DOMException('dom', 'AbortError'), 'AbortError: dom\n    at f (/f.js:1:1)'));
  add('object with Error prototype', Object.create(Error.prototype));
  add('class tagged Error', new (class Foo { get [Symbol.toStringTag]() { return 'Error'; } })());

  // Names, keys and strings with characters that need escaping or are wide.
  add('function named by a number', Object.defineProperty(function() {}, 'name', { value: 42 }));
  add('function named by an object', Object.defineProperty(function() {}, 'name', { value: { a: 1 } }));
  add('class with static name', class { static name = 'Static'; });
  add('symbol keys needing escapes', { [Symbol('a\nb')]: 1, [Symbol("it's")]: 2 });
  add('keys needing escapes', { "a'b": 1, 'a"b': 2, 'a`b': 3, 'back\\slash': 4, 'ctrl\x01': 5 });
  add('long key', { ['k'.repeat(90)]: 'v' });
  add('wide strings x8', ['中文', '日本語テキスト', '한국어', 'ｆｕｌｌ', 'abc', 'x', 'yy', 'zzz']);
  add('emoji strings x8', ['😀', '👍🏽', '🇩🇪', 'a😀b', 'e\u0301', 'combining\u0300', '\u200b', '👨‍👩‍👧']);
  add('long boxed string', new String('s'.repeat(100)));
  add('array with getter element', Object.defineProperty([1, 2], 0, { get() { return 5; }, enumerable: true }));
  add('negative zeros', [-0, 0, -0]);
  add('regexp with lastIndex', Object.assign(/g/g, { lastIndex: 3 }));

  // Generated: objects of growing width and depth, arrays of growing length with mixed entry widths, and strings
  // around the line-splitting thresholds; these exercise the line-breaking and grouping arithmetic.
  for (let width = 1; width <= 12; width++) {
    const obj = {};
    for (let i = 0; i < width; i++) obj[`prop${i}`] = i % 3 === 0 ? `value ${'v'.repeat(i)}` : i % 3 === 1 ? i * 1000 : { n: i };
    add(`generated object width ${width}`, obj);
  }
  for (let depth = 1; depth <= 6; depth++) {
    let obj = { leaf: depth };
    for (let i = 0; i < depth; i++) obj = { [`level${i}`]: obj, sibling: i };
    add(`generated object depth ${depth}`, obj);
  }
  for (const len of [6, 7, 8, 9, 11, 16, 23, 31, 64, 99, 100]) {
    add(`generated words x${len}`, Array.from({ length: len }, (_, i) => 'abcdefghij'.slice(0, (i * 7) % 10 + 1)));
    add(`generated numbers x${len}`, Array.from({ length: len }, (_, i) => (i * 7919) % (10 ** ((i % 6) + 1))));
  }
  for (const len of [15, 16, 17, 60, 72, 76, 77, 78, 79, 80, 81, 120]) {
    add(`generated string length ${len}`, 's'.repeat(len));
    add(`generated string with newline length ${len}`, `${'n'.repeat(len >> 1)}\n${'m'.repeat(len - (len >> 1))}`);
  }
  add('generated nested arrays', Array.from({ length: 8 }, (_, i) => Array.from({ length: i }, (_, j) => j)));
  add('generated map of arrays', new Map(Array.from({ length: 5 }, (_, i) => [`k${i}`, Array.from({ length: 8 }, (_, j) => j * i)])));
  return values;
}

const optionSets = [
  { name: 'default', options: undefined },
  { name: 'showHidden', options: { showHidden: true } },
  { name: 'depth 0', options: { depth: 0 } },
  { name: 'depth Infinity', options: { depth: Infinity } },
  { name: 'depth null', options: { depth: null } },
  { name: 'colors', options: { colors: true } },
  { name: 'compact false', options: { compact: false } },
  { name: 'compact true', options: { compact: true } },
  { name: 'compact 1', options: { compact: 1 } },
  { name: 'breakLength 40', options: { breakLength: 40 } },
  { name: 'breakLength Infinity', options: { breakLength: Infinity } },
  { name: 'sorted', options: { sorted: true } },
  { name: 'sorted comparator', options: { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) } },
  { name: 'getters', options: { getters: true } },
  { name: 'getters get', options: { getters: 'get' } },
  { name: 'getters set', options: { getters: 'set' } },
  { name: 'maxArrayLength 2', options: { maxArrayLength: 2 } },
  { name: 'maxArrayLength 0', options: { maxArrayLength: 0 } },
  { name: 'maxStringLength 4', options: { maxStringLength: 4 } },
  { name: 'numericSeparator', options: { numericSeparator: true } },
  { name: 'showProxy', options: { showProxy: true } },
  { name: 'customInspect false', options: { customInspect: false } },
  // What assert's AssertionError uses for its messages and diffs.
  { name: 'as assert uses it', options: { compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false, showProxy: false, sorted: true, getters: true, breakLength: Infinity } },
  // Without getters: with showHidden they would call prototype getters (Symbol.species) whose errors carry stacks
  // through the inspect implementation itself, which differ between any two implementations.
  { name: 'everything', options: { showHidden: true, depth: 4, colors: true, compact: false, breakLength: 60, sorted: true, numericSeparator: true, showProxy: true } },
];

// Every value with the default options, and every value with every option set: the comparison is cheap, and
// options interact with value kinds in ways a hand-picked subset would miss.
function buildCorpus() {
  const corpus = [];
  for (const { name: optionsName, options } of optionSets) {
    for (const { name, value } of makeValues()) {
      corpus.push({ name: `${name} / ${optionsName}`, value, options });
    }
  }
  return corpus;
}

module.exports = { buildCorpus, makeValues, optionSets };
