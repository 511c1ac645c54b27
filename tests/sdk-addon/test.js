'use strict';
// Exercises the rnode-addon SDK through tests/sdk-addon. Usage: node test.js <path to sdk_addon.node>
const assert = require('assert');
const path = process.argv[2];
const a = require(path);

let failed = 0;
let passed = 0;
const pending = [];
function test(name, fn) {
  const run = async () => {
    try {
      await fn();
      passed++;
    } catch (e) {
      failed++;
      console.error(`not ok - ${name}\n${e && e.stack}`);
    }
  };
  pending.push(run);
}

const argType = (name, rest) => (e) =>
  e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' &&
  e.message === `The "${name}" ${rest}`;

test('module hook ran after the exports were registered', () => {
  assert.strictEqual(a.initialized, true);
  assert.ok(a.napiVersion >= 8);
  assert.strictEqual(typeof a.mirror, 'function');
});

test('"Received ..." is worded exactly as Node words it', () => {
  // Node's own ERR_INVALID_ARG_TYPE messages are the reference: path.join rejects every non-string,
  // Buffer.alloc every non-number.
  class Foo {}
  const nonStrings = [42, -0, NaN, Infinity, -Infinity, 1e21, 1.5e-7, 0.1, -5, 123456789.123, true, false, 10n,
    2n ** 100n, -3n, Symbol(), Symbol('x'), Symbol.iterator, undefined, null, function named() {}, () => {}, Foo,
    async function af() {}, (function () {}).bind(null), {}, [], new Map(), Object.create(null),
    Object.create(null, { k: { value: 1, enumerable: true } }), new Foo(), Object.create(Foo.prototype),
    { constructor: { name: 'X' } }, new Date(0), /re/g, Promise.resolve(), new Proxy({}, {}), new Error('e'),
    Object.create(null, { [Symbol.toStringTag]: { value: 'T' } }), new (class extends Array {})(), Math, globalThis,
    a.makeSecret(1)];
  const suffix = (fn, v) => {
    try { fn(v); } catch (e) { return e.message.slice(e.message.indexOf('. Received ')); }
    return 'no error';
  };
  for (const v of nonStrings) {
    const expected = suffix((x) => require('path').join(x), v).replace(/\[External: [0-9a-f]+\]/, '[External]');
    assert.strictEqual(suffix(a.failWith, v).replace(/\[External: [0-9a-f]+\]/, '[External]'), expected);
  }
  const strings = ['abc', "it's", 'a"b', 'a"b\'c', 'a\nb\t\u0001', 'x'.repeat(28), 'x'.repeat(29), "'".repeat(30),
    'é'.repeat(30), '', '\u2028', 'back\\slash', '`tick`', '${x}'];
  for (const v of strings) {
    assert.strictEqual(suffix(a.clampByte, v), suffix(Buffer.alloc, v), JSON.stringify(v));
  }
});

test('#[object] both ways, optional fields, camelCase names', () => {
  assert.deepStrictEqual(a.mirror({ x: 1, y: 2, labelText: 'p' }), { x: -1, y: -2, labelText: 'p' });
  assert.deepStrictEqual(a.mirror({ x: 3 }), { x: -3 });
  assert.throws(() => a.mirror({ x: 'a' }),
    argType('p.x', 'property must be of type number. Received type string (\'a\')'));
  assert.throws(() => a.mirror(5), argType('p', 'argument must be of type object. Received type number (5)'));
  assert.throws(() => a.mirror(null), argType('p', 'argument must be of type object. Received null'));
  assert.strictEqual(a.countPoints([{ x: 1 }, { x: 2 }]), 2);
  assert.throws(() => a.countPoints([{ x: 1 }, { y: 2 }]),
    argType('points[1].x', 'property must be of type number. Received undefined'));
  assert.throws(() => a.countPoints({}), argType('points', 'argument must be an instance of Array. Received an instance of Object'));
});

test('#[js_enum] numeric and string values', () => {
  assert.deepStrictEqual({ ...a.Color }, { Red: 0, Green: 5, Blue: 6 });
  assert.ok(Object.isFrozen(a.Color));
  assert.deepStrictEqual({ ...a.Mode }, { Fast: 'fast', Slow: 'slow' });
  assert.strictEqual(a.nextColor(a.Color.Red), 5);
  assert.strictEqual(a.nextColor(6), 0);
  assert.strictEqual(a.flipMode('fast'), 'slow');
  assert.throws(() => a.nextColor(7), (e) => e instanceof TypeError && e.code === 'ERR_INVALID_ARG_VALUE' &&
    e.message === "The argument 'c' must be one of: 0, 5, 6. Received 7");
  assert.throws(() => a.flipMode('medium'), (e) => e.code === 'ERR_INVALID_ARG_VALUE' &&
    e.message === "The argument 'm' must be one of: 'fast', 'slow'. Received 'medium'");
  assert.throws(() => a.flipMode(1), argType('m', 'argument must be of type string. Received type number (1)'));
  assert.throws(() => a.flipMode('z'.repeat(300)), (e) => e.message.endsWith(`Received '${'z'.repeat(127)}...`));
});

test('Either accepts both types and names both when neither fits', () => {
  assert.strictEqual(a.describe('x'), 'string:x');
  assert.strictEqual(a.describe(2.5), 'number:2.5');
  assert.throws(() => a.describe(true),
    argType('v', 'argument must be one of type string or number. Received type boolean (true)'));
});

test('HashMap, Vec and integer conversions', () => {
  assert.deepStrictEqual(a.wordLengths({ a: 'xx', b: '' }), { a: 2, b: 0 });
  assert.throws(() => a.wordLengths({ a: 1 }), argType('words.a', 'property must be of type string. Received type number (1)'));
  assert.deepStrictEqual(a.doubleAll([1, 2, 3]), [2, 4, 6]);
  assert.strictEqual(a.clampByte(255), 255);
  assert.throws(() => a.clampByte(256), (e) => e instanceof RangeError && e.code === 'ERR_OUT_OF_RANGE');
  assert.throws(() => a.clampByte(1.5), RangeError);
  assert.strictEqual(a.firstChar('é'), 'é');
  assert.throws(() => a.firstChar('ab'), (e) => e.code === 'ERR_INVALID_ARG_VALUE');
});

test('BigInt, u64 and i128', () => {
  assert.strictEqual(a.bigAdd(2n ** 64n - 1n, -(2n ** 100n)), 2n ** 64n - 1n - 2n ** 100n);
  assert.throws(() => a.bigAdd(-1n, 0n), (e) => e instanceof RangeError && e.code === 'ERR_OUT_OF_RANGE');
  assert.throws(() => a.bigAdd(1, 0n), argType('a', 'argument must be of type bigint. Received type number (1)'));
  assert.deepStrictEqual(a.bigWords(-(2n ** 64n) - 3n), [-1, 3, 1]);
});

test('Date', () => {
  const d = new Date(Date.UTC(2024, 0, 31));
  const next = a.nextDay(d);
  assert.ok(next instanceof Date);
  assert.strictEqual(next.toISOString(), '2024-02-01T00:00:00.000Z');
  assert.throws(() => a.nextDay(0), argType('d', 'argument must be an instance of Date. Received type number (0)'));
});

test('Function: call back, this, exceptions propagate unchanged', () => {
  assert.strictEqual(a.apply((x) => x * 3, 2), 6);
  assert.strictEqual(a.applyWithThis(function () { return this.name; }, { name: 'me' }), 'me');
  const err = new Error('from js');
  assert.throws(() => a.apply(() => { throw err; }, 1), (e) => e === err);
  assert.throws(() => a.apply(() => { throw 42; }, 1), (e) => e === 42);
  assert.strictEqual(a.catchAndDescribe(() => { throw new Error('inner'); }), 'caught: inner');
  assert.throws(() => a.apply(() => 'str', 1), (e) => e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === "The value must be of type number. Received type string ('str')");
  assert.throws(() => a.apply(1, 1), argType('f', 'argument must be of type function. Received type number (1)'));
});

test('Function::from_closure: Rust closures as JavaScript functions', () => {
  const add5 = a.makeAdder(5);
  assert.strictEqual(typeof add5, 'function');
  assert.strictEqual(add5.name, 'adder');
  assert.strictEqual(add5(2), 7);
  assert.strictEqual(a.makeAdder(1)(1), 2);
  assert.throws(() => add5('x'), argType('arguments[0]', 'argument must be of type number. Received type string (\'x\')'));
  assert.throws(() => add5(NaN), (e) => e.code === 'ERR_RUST_PANIC' && e.message === 'Rust panic: adder got NaN');
  assert.strictEqual(a.apply(add5, 10), 15);
});

test('Object get/set/has/delete/keys', () => {
  assert.deepStrictEqual(a.objectKeys({ b: 1, a: 2, [Symbol('s')]: 3 }), ['b', 'a']);
  assert.deepStrictEqual(a.objectRoundtrip({ a: 4 }), { had_a: true, own_a: true, a: 4, deleted: true });
  assert.deepStrictEqual(a.objectRoundtrip({}), { had_a: false, own_a: false, a: undefined, deleted: true });
  assert.deepStrictEqual(a.objectRoundtrip({ __proto__: { a: 5 } }), { had_a: true, own_a: false, a: 5, deleted: true });
});

test('Promise resolved and rejected from Rust; an unsettled one rejects', async () => {
  assert.strictEqual(await a.resolved(7), 7);
  await assert.rejects(a.rejected('nope'), (e) => e instanceof RangeError && e.code === 'REJECTED' && e.message === 'nope');
  await assert.rejects(a.droppedPromise(), (e) => e.code === 'ERR_RUST_PROMISE_DROPPED');
});

test('External<T> round trip and type checks', () => {
  const s = a.makeSecret(1234);
  assert.strictEqual(typeof s, 'object');
  assert.strictEqual(a.readSecret(s), 1234);
  assert.throws(() => a.readU32External(s), (e) => e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE');
  assert.throws(() => a.readSecret({}), TypeError);
  assert.throws(() => a.describe(s), (e) => /^The "v" argument must be one of type string or number\. Received \[External: [0-9a-f]+\]$/.test(e.message));
});

test('errors: kinds, codes, causes, thrown values', () => {
  assert.throws(() => a.failWithCause(), (e) => e instanceof Error && e.code === 'OUTER' && e.message === 'outer' &&
    e.cause instanceof TypeError && e.cause.code === 'INNER' && e.cause.message === 'inner');
  assert.throws(() => a.failWith('range'), RangeError);
  assert.throws(() => a.failWith('syntax'), (e) => e instanceof SyntaxError && e.code === 'SYNTAX');
  assert.throws(() => a.failWith('type'), TypeError);
  assert.throws(() => a.failWith('x'), (e) => e.constructor === Error && e.code === undefined);
  const v = { custom: true };
  assert.throws(() => a.throwValue(v), (e) => e === v);
  assert.throws(() => a.throwValue('plain string'), (e) => e === 'plain string');
});

test('Env: scripts, typeof, instance data', () => {
  assert.strictEqual(a.eval('1 + 2'), 3);
  assert.throws(() => a.eval('throw new SyntaxError("x")'), SyntaxError);
  assert.strictEqual(a.typeOf(1n), 'bigint');
  assert.strictEqual(a.typeOf(null), 'object');
  assert.strictEqual(a.typeOf(() => {}), 'function');
  const first = a.countCalls();
  assert.strictEqual(a.countCalls(), first + 1);
  assert.strictEqual(a.strongRefRoundtrip({}), true);
});

test('typed arrays and ArrayBuffer', () => {
  const arr = a.int32s(4);
  assert.ok(arr instanceof Int32Array);
  assert.deepStrictEqual([...arr], [0, 1, 2, 3]);
  assert.strictEqual(a.arraybufferLen(new ArrayBuffer(12)), 12);
  const f = new Float32Array([1, 2]);
  assert.strictEqual(a.scaleF32(f, 2), undefined);
  assert.deepStrictEqual([...f], [2, 4]);
  const view = new Float32Array(new ArrayBuffer(16), 8, 2);
  view.set([3, 5]);
  a.scaleF32(view, 10);
  assert.deepStrictEqual([...new Float32Array(view.buffer)], [0, 0, 30, 50]);
});

test('Float16Array (hosts that have it) is read and written as half-precision bits', () => {
  if (typeof Float16Array !== 'function') return;
  const f = new Float16Array([1, 2, 1, 0.5]);
  assert.strictEqual(a.doubleOnes(f), 2);
  assert.deepStrictEqual([...f], [2, 2, 2, 0.5]);
  assert.throws(() => a.doubleOnes(new Uint16Array(2)),
    argType('values', 'argument must be an instance of Float16Array. Received an instance of Uint16Array'));
});

test('js_name and ts_return', () => {
  assert.strictEqual(a.renamedFn(), 'renamed');
  assert.strictEqual(a.someRustName, undefined);
});

test('class with js_name, Result constructor, named getter, static Option<Self>', () => {
  const { Account } = a;
  const acc = new Account(10);
  assert.strictEqual(acc.funds, 10);
  assert.strictEqual(acc.deposit(5), 15);
  assert.strictEqual(acc.thisIsSelf(), true);
  assert.strictEqual(Account.className(), 'Account');
  assert.throws(() => Account.className.call(5), argType('this', 'argument must be of type function. Received an instance of Number'));
  assert.throws(() => new Account(-1), (e) => e instanceof RangeError && e.code === 'NEGATIVE');
  assert.throws(() => new Account('x'), argType('initial', 'argument must be of type number. Received type string (\'x\')'));
  const rich = Account.rich(5);
  assert.ok(rich instanceof Account);
  assert.strictEqual(rich.funds, 1e6);
  assert.strictEqual(Account.rich(1e7), undefined);
  assert.throws(() => acc.explode(), (e) => e.code === 'ERR_RUST_PANIC' && e.message === 'Rust panic: account exploded');
  assert.strictEqual(acc.funds, 15, 'a panic leaves the instance usable');
  assert.throws(() => acc.broken, (e) => e.code === 'ERR_RUST_PANIC' && e.message === 'Rust panic: getter exploded');
  assert.throws(() => { acc.broken = 2; },
    (e) => e.code === 'ERR_RUST_PANIC' && e.message === 'Rust panic: setter exploded with 2');
  const getter = Object.getOwnPropertyDescriptor(Account.prototype, 'funds').get;
  assert.throws(() => getter.call(new (a.Token.issue(1).constructor)()), TypeError);
});

test('another class instance is rejected as this', () => {
  const token = a.Token.issue(3);
  const getter = Object.getOwnPropertyDescriptor(a.Account.prototype, 'funds').get;
  assert.throws(() => getter.call(token), (e) => e instanceof TypeError && e.code === 'ERR_INVALID_THIS' &&
    e.message === 'Value of "this" must be of type Account');
});

test('re-entrant call into a borrowed instance is refused', () => {
  const acc = new a.Account(1);
  let inner;
  acc.onChange(() => {
    try { acc.deposit(1); } catch (e) { inner = e; }
    return 'done';
  });
  assert.strictEqual(acc.notify(), 'done');
  assert.strictEqual(inner.code, 'ERR_RUST_BORROW');
  assert.strictEqual(acc.funds, 1);
});

test('ClassRef: instances as arguments and return values', () => {
  const { Account } = a;
  const x = new Account(10);
  const y = new Account(1);
  assert.strictEqual(x.transfer(y, 4), y, 'the same object comes back');
  assert.strictEqual(x.funds, 6);
  assert.strictEqual(y.funds, 5);
  assert.strictEqual(a.total([x, y]), 11);
  assert.throws(() => x.transfer(x, 1), (e) => e.code === 'ERR_RUST_BORROW');
  assert.strictEqual(x.funds, 6, 'a refused transfer changes nothing');
  assert.throws(() => x.transfer(a.Token.issue(1), 1), argType('other',
    'argument must be an instance of Account. Received an instance of Token'));
  assert.throws(() => a.total([x, {}]), argType('accounts[1]',
    'argument must be an instance of Account. Received an instance of Object'));
});

test('class without constructor: only the addon creates instances', () => {
  const t = a.Token.issue(9);
  assert.ok(t instanceof a.Token);
  assert.strictEqual(t.id, 9);
  assert.throws(() => new a.Token(), (e) => e instanceof TypeError && /has no constructor/.test(e.message));
});

test('finalizers run and weak references clear after garbage collection', async () => {
  assert.strictEqual(typeof global.gc, 'function', 'run with --expose-gc');
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const before = a.trackedDrops();
  (() => { for (let i = 0; i < 10; i++) a.makeTracked(); })();
  (() => { for (let i = 0; i < 5; i++) a.makeTrackedClosure()(); })();
  (() => { const o = { big: new Array(1000).fill(1) }; a.holdWeakly(o); assert.strictEqual(a.weakAlive(), true); })();
  for (let i = 0; i < 10 && (a.trackedDrops() < before + 15 || a.weakAlive()); i++) {
    global.gc();
    await tick();
  }
  assert.strictEqual(a.trackedDrops(), before + 15, 'every External and closure finalizer dropped its value');
  assert.strictEqual(a.weakAlive(), false, 'the weak reference no longer yields the object');
});

test('the addon loads in a worker thread with its own state', async () => {
  const { Worker } = require('worker_threads');
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    const a = require(${JSON.stringify(path)});
    const acc = new a.Account(2);
    a.registerCleanup();
    parentPort.postMessage([acc.deposit(3), a.countCalls(), a.Token.issue(4).id]);
  `, { eval: true });
  const [result] = await Promise.all([
    new Promise((resolve, reject) => { w.on('message', resolve); w.on('error', reject); }),
    new Promise((resolve) => w.on('exit', resolve)),
  ]);
  assert.deepStrictEqual(result, [5, 1, 4]);
  assert.strictEqual(a.cleanupsRun(), 1, 'the kept cleanup hook ran when the worker exited; the removed one did not');
});

(async () => {
  for (const run of pending) await run();
  console.log(`${passed} passed, ${failed} failed (${process.version})`);
  process.exitCode = failed ? 1 : 0;
})();
