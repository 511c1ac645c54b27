'use strict';

// The stream library keeps working when user code replaces built-in methods after it was loaded: every scenario
// runs once normally and once with the methods below replaced by throwing functions, and both runs must give the
// same results. Results are collected while patched and compared after the originals are back (Node's own
// console and assert do not survive the patches). The scenarios avoid the patched methods themselves.

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin } = require('../../support/builtin.js');

const stream = builtin('stream');
const promises = builtin('stream/promises');
const { Buffer } = builtin('buffer');

// Array.prototype.pop stays: Node's own tick queue calls it (async_hooks' popAsyncContext) after every nextTick
// callback, so the host itself would break, not the library under test.
const patched = [
  [Array.prototype, ['push', 'shift', 'unshift', 'splice', 'slice', 'map', 'filter', 'forEach', 'join',
    'indexOf', 'includes', 'concat', 'reverse', 'sort', 'fill']],
  [Function.prototype, ['call', 'apply', 'bind']],
  [Promise.prototype, ['then', 'catch', 'finally']],
  [Promise, ['all', 'race', 'resolve', 'reject', 'allSettled', 'any']],
  [Object.prototype, ['hasOwnProperty', 'toString', 'valueOf']],
  [Object, ['keys', 'defineProperty', 'assign', 'entries', 'setPrototypeOf', 'getPrototypeOf']],
  [Map.prototype, ['get', 'set', 'has', 'delete', 'clear']],
  [Set.prototype, ['add', 'has', 'delete', 'clear']],
  [String.prototype, ['slice', 'indexOf', 'split', 'replace', 'toLowerCase', 'startsWith', 'toUpperCase']],
  [Reflect, ['apply', 'ownKeys']],
];

const { defineProperty, getOwnPropertyDescriptor } = Object;

function patchAll() {
  const saved = [];
  for (const [target, names] of patched) {
    for (const name of names) {
      const original = getOwnPropertyDescriptor(target, name);
      saved[saved.length] = [target, name, original];
      defineProperty(target, name, {
        value: function patchedByUserCode() { throw new Error(`patched ${name} was called`); },
        writable: true, configurable: true, enumerable: false,
      });
    }
  }
  return () => {
    for (let i = 0; i < saved.length; i++) defineProperty(saved[i][0], saved[i][1], saved[i][2]);
  };
}

function add(list, value) {
  list[list.length] = value;
}

function hex(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('hex');
}

function errorInfo(err) {
  return err ? [err.name, err.code, err.message] : err;
}

function waitFor(emitter, event) {
  return new Promise((resolve) => emitter.once(event, resolve));
}

const scenarios = {
  async flowingAndPaused() {
    const log = [];
    const r = new stream.Readable({ read() {} });
    r.on('data', (d) => add(log, ['data', hex(d)]));
    r.on('end', () => add(log, 'end'));
    r.push('ab');
    r.push(Buffer.from('cd'));
    r.push(new Uint8Array([1, 2]));
    r.push(null);
    await waitFor(r, 'close');
    let n = 0;
    const p = new stream.Readable({ highWaterMark: 3, read() { this.push(n < 4 ? `x${n++}` : null); } });
    p.on('readable', () => {
      let c;
      while ((c = p.read(2)) !== null) add(log, ['read', hex(c)]);
    });
    await waitFor(p, 'end');
    const u = new stream.Readable({ read() {} });
    u.push('world');
    u.unshift('hello ');
    add(log, hex(u.read()));
    return log;
  },
  async writableCorkAndWritev() {
    const log = [];
    const w = new stream.Writable({
      highWaterMark: 4,
      write(c, e, cb) {
        add(log, ['write', hex(c), e]);
        setImmediate(cb);
      },
      writev(chunks, cb) {
        const parts = [];
        for (let i = 0; i < chunks.length; i++) add(parts, hex(chunks[i].chunk));
        add(log, ['writev', parts]);
        cb();
      },
      final(cb) {
        add(log, 'final');
        cb();
      },
    });
    w.on('drain', () => add(log, 'drain'));
    w.on('finish', () => add(log, 'finish'));
    add(log, w.write('abcde', () => add(log, 'cb1')));
    w.cork();
    w.write('f');
    w.write('g', 'latin1', () => add(log, 'cb g'));
    w.uncork();
    w.end('h', () => add(log, 'end cb'));
    await waitFor(w, 'close');
    return log;
  },
  async errorsAndDestroy() {
    const log = [];
    const w = new stream.Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
    w.on('error', (e) => add(log, ['w error', errorInfo(e)]));
    w.write('a', (e) => add(log, ['cb', errorInfo(e)]));
    await waitFor(w, 'close');
    const late = new stream.Writable({ write(c, e, cb) { cb(); } });
    late.on('error', (e) => add(log, ['late error', errorInfo(e)]));
    late.end();
    late.write('x', (e) => add(log, ['late cb', errorInfo(e)]));
    await waitFor(late, 'close');
    const r = new stream.Readable({ read() {} });
    r.on('error', (e) => add(log, ['r error', errorInfo(e)]));
    r.push(42);
    await waitFor(r, 'close');
    try {
      new stream.Writable().write(null);
    } catch (e) {
      add(log, errorInfo(e));
    }
    try {
      new stream.Readable({ highWaterMark: -1 });
    } catch (e) {
      add(log, errorInfo(e));
    }
    return log;
  },
  async pipeWithBackpressure() {
    const log = [];
    let n = 0;
    const r = new stream.Readable({ highWaterMark: 2, read() { this.push(n < 8 ? `c${n++}` : null); } });
    const w = new stream.Writable({
      highWaterMark: 3,
      write(c, e, cb) {
        add(log, hex(c));
        setImmediate(cb);
      },
    });
    const w2 = new stream.PassThrough();
    let got = '';
    w2.on('data', (d) => { got += hex(d); });
    r.pipe(w);
    r.pipe(w2);
    await waitFor(w, 'finish');
    add(log, got);
    r.unpipe();
    return log;
  },
  async transformAndDuplex() {
    const out = [];
    const t = new stream.Transform({
      transform(c, e, cb) { cb(null, `<${hex(c)}>`); },
      flush(cb) { cb(null, 'end'); },
    });
    t.on('data', (d) => add(out, hex(d)));
    t.write('a');
    t.end('b');
    await waitFor(t, 'end');
    const [a, b] = stream.duplexPair();
    b.on('data', (d) => add(out, ['pair', hex(d)]));
    a.end('over');
    await waitFor(b, 'end');
    const d = stream.Duplex.from(async function* (source) {
      for await (const chunk of source) yield `${chunk}!`;
    });
    d.on('data', (c) => add(out, ['from', c]));
    d.end('x');
    await waitFor(d, 'end');
    return out;
  },
  async pipelineAndFinished() {
    const log = [];
    const out = [];
    await promises.pipeline(
      stream.Readable.from(['a', 'b', 'c']),
      async function* (source) {
        for await (const c of source) yield `${c}${c}`;
      },
      new stream.Transform({ objectMode: true, transform(c, e, cb) { cb(null, [c]); } }),
      new stream.Writable({ objectMode: true, write(c, e, cb) { add(out, c); cb(); } }),
    );
    add(log, out);
    const value = await promises.pipeline([1, 2, 3], async (source) => {
      let sum = 0;
      for await (const v of source) sum += v;
      return sum;
    });
    add(log, value);
    const failing = new stream.Readable({ read() { this.destroy(new Error('source failed')); } });
    await new Promise((resolve) => stream.pipeline(failing, new stream.PassThrough(), (err) => {
      add(log, errorInfo(err));
      resolve();
    }));
    const ac = new AbortController();
    const p = promises.pipeline(new stream.Readable({ read() {} }), new stream.PassThrough(), { signal: ac.signal });
    ac.abort();
    try {
      await p;
    } catch (e) {
      add(log, errorInfo(e));
    }
    const f = new stream.PassThrough();
    const cleanup = stream.finished(f, (err) => add(log, ['finished', errorInfo(err)]));
    f.destroy();
    await waitFor(f, 'close');
    cleanup();
    await promises.finished(stream.Readable.from([]).resume());
    add(log, 'promises.finished');
    return log;
  },
  async operators() {
    const r = () => stream.Readable.from([1, 2, 3, 4, 5, 6]);
    const results = [];
    add(results, await r().map(async (x) => x * 2, { concurrency: 3 }).toArray());
    add(results, await r().filter((x) => x % 2).toArray());
    add(results, await r().flatMap((x) => [x, -x]).take(4).toArray());
    add(results, await r().drop(4).toArray());
    add(results, await r().reduce((a, b) => a + b, 0));
    add(results, await r().some((x) => x > 5));
    add(results, await r().every((x) => x > 0));
    add(results, await r().find((x) => x === 3));
    let seen = 0;
    await r().forEach((x) => { seen += x; });
    add(results, seen);
    try {
      await stream.Readable.from([]).reduce((a, b) => a + b);
    } catch (e) {
      add(results, errorInfo(e));
    }
    const composed = stream.compose(new stream.PassThrough({ objectMode: true }), async function* (source) {
      for await (const c of source) yield c + 1;
    });
    add(results, await stream.Readable.from([1, 2]).compose(composed).toArray());
    return results;
  },
  async iteration() {
    const got = [];
    const r = stream.Readable.from((async function* () {
      yield 'a';
      yield 'b';
      yield 'c';
    })());
    for await (const c of r) {
      add(got, c);
      if (c === 'b') break;
    }
    add(got, r.destroyed);
    const s = new stream.Readable({ objectMode: true, read() {} });
    s.push(1);
    s.push(null);
    for await (const c of s.iterator({ destroyOnReturn: false })) add(got, c);
    const wrapped = new stream.Readable().wrap(new stream.Stream());
    add(got, typeof wrapped.read);
    return got;
  },
};

for (const name of Object.keys(scenarios)) {
  test(`stream: ${name} works with patched built-ins`, async () => {
    const expected = await scenarios[name]();
    const restore = patchAll();
    let actual;
    let error;
    try {
      actual = await scenarios[name]();
    } catch (err) {
      error = err;
    } finally {
      restore();
    }
    if (error) throw error;
    assert.deepStrictEqual(actual, expected);
  });
}
