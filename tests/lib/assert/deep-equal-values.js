'use strict';

// Value pools for the deep-equality tests: every pair drawn from `pool()` is compared in both modes, plus the
// hand-picked `pairs()`. Each call builds fresh objects, so identity never makes two values equal by accident.

function cyclic() {
  const a = { name: 'c' };
  a.self = a;
  return a;
}

function pool() {
  const sym = Symbol.for('deep');
  const values = [
    0, -0, 1, '1', '', 'a', NaN, Infinity, true, false, null, undefined, 1n, 0n, sym, Symbol.iterator,
    {}, { a: 1 }, { a: '1' }, { a: 1, b: 2 }, { b: 2, a: 1 }, { a: undefined }, { a: null }, { a: -0 }, { a: 0 },
    { a: { b: { c: 1 } } }, { a: { b: { c: '1' } } }, { [sym]: 1 }, { [sym]: 2 },
    Object.create(null), Object.assign(Object.create(null), { a: 1 }),
    [], [1], ['1'], [1, 2], [2, 1], [1, , 3], [1, undefined, 3], [null], [undefined], [[1]], [[1], [2]],
    Object.assign([1], { x: 1 }), [NaN], [-0], [0], [{ a: 1 }],
    new Map(), new Map([[1, 2]]), new Map([[1, '2']]), new Map([['1', 2]]), new Map([[{ k: 1 }, 1]]),
    new Map([[{ k: 1 }, '1']]), new Map([[1, 2], [3, 4]]), new Map([[3, 4], [1, 2]]), new Map([[NaN, 1]]),
    new Map([[null, 1]]), new Map([[undefined, 1]]),
    new Set(), new Set([1]), new Set(['1']), new Set([1, 2]), new Set([2, 1]), new Set([{ a: 1 }]),
    new Set([{ a: '1' }]), new Set([{ a: 1 }, { a: 2 }]), new Set([null]), new Set([undefined]), new Set([NaN]),
    new Set([[1], [1]]), new Set([0]), new Set([-0]),
    new Date(0), new Date(1), new Date(NaN), Object.assign(new Date(0), { x: 1 }),
    /a/, /a/g, /b/, /a/i, Object.assign(/a/g, { lastIndex: 2 }),
    new Error('a'), new Error('b'), new TypeError('a'), new Error('a', { cause: 1 }), new Error('a', { cause: '1' }),
    new Error('a', { cause: undefined }), Object.assign(new Error('a'), { code: 'X' }),
    new AggregateError([1], 'a'), new AggregateError(['1'], 'a'),
    new Number(1), new Number(2), new Number(NaN), new Number(-0), new Number(0), new String('a'), new String('b'),
    new Boolean(true), new Boolean(false), Object(1n), Object(2n), Object(sym),
    new Uint8Array([1, 2]), new Uint8Array([1, 3]), new Int8Array([1, 2]), new Uint16Array([1, 2]),
    new Float64Array([NaN]), new Float64Array([-0]), new Float64Array([0]), new Float32Array([1.5]),
    Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(new ArrayBuffer(4), 1, 2), new Uint8Array(2),
    new BigInt64Array([1n]), new BigUint64Array([1n]),
    new ArrayBuffer(2), new ArrayBuffer(3), new SharedArrayBuffer(2), new DataView(new ArrayBuffer(2)),
    new DataView(new ArrayBuffer(3)),
    new WeakMap(), new WeakSet(), Promise.resolve(1), function f() {}, () => {}, Math.max,
    (function() { return arguments; })(1), cyclic(),
    new (class A {})(), new (class B {})(), new (class A { constructor() { this.a = 1; } })(),
    { [Symbol.toStringTag]: 'X' }, Object.defineProperty({}, 'hidden', { value: 1 }),
    Object.defineProperty({}, sym, { value: 1 }),
  ];
  return values;
}

function pairs() {
  const list = [];
  const add = (name, a, b) => { list[list.length] = [name, a, b]; };
  const x = {}; x.self = x;
  const y = {}; y.self = y;
  add('cycles alike', x, y);
  const x2 = {}; x2.self = x2;
  const y2 = {}; y2.self = { self: y2 };
  add('cycles of different period', x2, y2);
  const x3 = [1]; x3.push(x3);
  const y3 = [1]; y3.push(y3);
  add('array cycles', x3, y3);
  const m1 = new Map(); m1.set('m', m1);
  const m2 = new Map(); m2.set('m', m2);
  add('map cycles', m1, m2);
  const s1 = new Set(); s1.add(s1);
  const s2 = new Set(); s2.add(s2);
  add('set cycles', s1, s2);
  const shared = {};
  add('shared references', { a: shared, b: shared }, { a: {}, b: {} });
  add('getter vs value', { get a() { return 1; } }, { a: 1 });
  add('set of sets', new Set([new Set([1])]), new Set([new Set([1])]));
  add('set mixed', new Set([1, {}]), new Set([{}, 2]));
  add('set loose objects', new Set([{ a: 1 }, 1]), new Set([{ a: '1' }, '1']));
  add('map object keys reordered', new Map([[{ a: 1 }, 1], [{ a: 2 }, 2]]), new Map([[{ a: 2 }, 2], [{ a: 1 }, 1]]));
  add('map same object keys other values', new Map([[{ a: 1 }, 1], [{ a: 1 }, 2]]),
      new Map([[{ a: 1 }, 2], [{ a: 1 }, 1]]));
  add('nested map values', new Map([[1, { a: [1, 2] }]]), new Map([[1, { a: [1, 2] }]]));
  add('buffer vs uint8array', Buffer.from([1]), new Uint8Array([1]));
  add('long arrays', Array.from({ length: 1000 }, (_, i) => i), Array.from({ length: 1000 }, (_, i) => i));
  add('long arrays differ at end', Array.from({ length: 1000 }, (_, i) => i),
      Array.from({ length: 1000 }, (_, i) => (i === 999 ? 0 : i)));
  add('sparse arrays', [1, , 3], [1, , 3]);
  add('error own name', Object.assign(new Error('a'), { name: 'X' }), new Error('a'));
  add('error non-enumerable extra', Object.defineProperty(new Error('a'), 'x', { value: 1 }), new Error('a'));
  add('error vs object', new Error('a'), { message: 'a', name: 'Error' });
  add('objects from Error.prototype', Object.create(Error.prototype), Object.create(Error.prototype));
  add('url', new URL('http://a/'), new URL('http://a/'));
  add('url differ', new URL('http://a/'), new URL('http://b/'));
  add('weakref', new WeakRef(x), new WeakRef(x));
  add('string wrapper with key', Object.assign(new String('a'), { x: 1 }), new String('a'));
  return list;
}

module.exports = { pool, pairs };
