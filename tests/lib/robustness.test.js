'use strict';

// The library must keep working when user code replaces built-in methods after startup: it reaches intrinsics
// through primordials only. Each scenario runs once normally and once with the methods below replaced by throwing
// functions; both runs must give the same results. The scenarios themselves avoid the patched methods. Node's own console and streams do not survive such patches, so
// results are collected while patched and compared after the originals are back.

const { test } = require('../support/runner.js');
const { builtin } = require('../support/builtin.js');
const { assertSameWhenPatched } = require('../support/patch-builtins.js');

const util = builtin('util');
const events = builtin('events');
const path = builtin('path');
const { Buffer } = builtin('buffer');
const libAssert = builtin('assert');
const stream = builtin('stream');
const streamPromises = builtin('stream/promises');
const querystring = builtin('querystring');
const { StringDecoder } = builtin('string_decoder');
const url = builtin('url');

// Array.prototype.pop stays: Node's own tick queue, which these tests run on, needs it.
const patched = [
  [Array.prototype, ['push', 'shift', 'unshift', 'splice', 'slice', 'map', 'filter', 'forEach', 'join',
    'indexOf', 'includes', 'concat']],
  [Function.prototype, ['call', 'apply', 'bind']],
  [Promise.prototype, ['then', 'catch', 'finally']],
  [Object.prototype, ['hasOwnProperty']],
  [Map.prototype, ['get', 'set', 'has']],
  [Set.prototype, ['add', 'has']],
  [String.prototype, ['slice', 'indexOf', 'split', 'replace', 'toLowerCase', 'startsWith']],
];

class Point { constructor(x, y) { this.x = x; this.y = y; } }

// Values the scenarios read, built before any patching (constructing a Map calls Map.prototype.set).
const inputs = {
  value: {
    map: new Map([['a', 1], [{ k: 2 }, [3, 4]]]), set: new Set([1, 'two']), point: new Point(1, 2),
    nested: { deep: { deeper: { deepest: 1 } } }, list: Array.from({ length: 30 }, (_, i) => i), fn() {},
    error: new RangeError('bad'),
  },
  mapA: new Map([[1, 2]]),
  mapB: new Map([[1, 2]]),
  setA: new Set([1, 2]),
  setB: new Set([2, 3]),
  setC: new Set([3]),
  setD: new Set([3]),
};
inputs.value.self = inputs.value;

// Host timers do not survive the patches either: asynchronous steps use plain `await`.
async function later(fn) {
  await null;
  fn();
}

const scenarios = {
  util() {
    const { value } = inputs;
    return [
      util.inspect(value, { depth: 4 }),
      util.inspect('a\'b"c', { colors: true }),
      util.format('%s %d %i %j %o %%', 'str', 42, 3.9, { j: 1 }, [1]),
      util.isDeepStrictEqual({ a: [1, inputs.mapA] }, { a: [1, inputs.mapB] }),
      util.isDeepStrictEqual(inputs.setA, inputs.setB),
    ];
  },
  async utilPromisify() {
    const fn = util.promisify((a, b, cb) => { later(() => cb(null, a + b)); });
    const fails = util.promisify((cb) => { later(() => cb(new Error('nope'))); });
    let failure;
    try { await fails(); } catch (err) { failure = err.message; }
    return [await fn(2, 3), failure];
  },
  events() {
    const log = [];
    const emitter = new events.EventEmitter();
    const listener = (x) => log[log.length] = `on:${x}`;
    emitter.on('x', listener);
    emitter.once('x', (x) => log[log.length] = `once:${x}`);
    emitter.prependListener('x', (x) => log[log.length] = `first:${x}`);
    emitter.emit('x', 1);
    emitter.emit('x', 2);
    emitter.off('x', listener);
    emitter.emit('x', 3);
    let thrown;
    try { emitter.emit('error', new Error('unhandled')); } catch (err) { thrown = err.message; }
    return [log, emitter.listenerCount('x'), emitter.eventNames(), thrown];
  },
  async eventsOnce() {
    const emitter = new events.EventEmitter();
    later(() => emitter.emit('ready', 'a', 'b'));
    // `return await`: returning the promise itself would make the engine call its (patched) `then`.
    const args = await events.once(emitter, 'ready');
    return args;
  },
  path() {
    return [
      path.resolve('/a/b', '../c', './d'), path.join('a', '..', 'b', 'c/'), path.relative('/a/b/c', '/a/d'),
      path.parse('/home/u/file.tar.gz'), path.format({ dir: '/x', name: 'y', ext: '.z' }),
      path.win32.resolve('C:\\a', '..\\b'), path.win32.join('\\\\server\\share', 'x'), path.extname('a.b.c'),
      path.win32.relative('C:\\a\\B', 'c:\\a\\b\\c'), path.win32.parse('\\\\s\\h\\x.y'), path.win32.normalize('CON:x'),
      path.basename('/a/b.js/', '.js'), path.dirname('/a//b'), path.posix.toNamespacedPath('x'),
      path.matchesGlob('src/lib/a.test.js', 'src/**/*.{test,spec}.js'), path.win32.matchesGlob('C:\\x\\y', 'c:/*/!(z)'),
      path.matchesGlob('.git/x', '**/x'),
    ];
  },
  querystring() {
    const parsed = querystring.parse('a=1&a=2&b=%E2%82%AC+x&c&=d&e=%zz', null, null, { maxKeys: 10 });
    return [
      { ...parsed }, querystring.stringify({ a: ['x y', 1, true], b: 'é😀', c: null }),
      querystring.stringify({ k: 'v' }, ';', ':', { encodeURIComponent: (s) => `<${s}>` }),
      querystring.escape('a b&c'), querystring.unescape('%41%zz+'), [...querystring.unescapeBuffer('%41b')],
    ];
  },
  stringDecoder() {
    const out = [];
    for (const encoding of ['utf8', 'utf16le', 'base64', 'hex']) {
      const decoder = new StringDecoder(encoding);
      const bytes = Buffer.from('é€😀ab', 'utf8');
      for (let i = 0; i < bytes.length; i++) out[out.length] = decoder.write(bytes.subarray(i, i + 1));
      out[out.length] = decoder.end(Buffer.from([0xe2]));
      out[out.length] = [decoder.lastNeed, decoder.lastTotal];
    }
    return out;
  },
  url() {
    const parsed = url.parse('HTTP://u:p@Host.com:8080/a/b?x=1&x=2#h', true);
    return [
      parsed.href, parsed.host, { ...parsed.query }, url.format({ protocol: 'https', hostname: 'é.com', query: { a: 1 } }),
      url.resolve('http://a/b/c/d;p?q', '../../g'), url.resolve('mailto:a@b', 'c'),
      url.resolveObject('http://a/b', '//x/y').href, url.parse('javascript:alert(1)').pathname,
    ];
  },
  buffer() {
    const b = Buffer.from('héllo wörld', 'utf8');
    const c = Buffer.concat([b, Buffer.from('AQID', 'base64'), Buffer.from('ff00', 'hex')]);
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0xdeadbeef, 0);
    d.writeDoubleBE(Math.PI, 8);
    return [
      c.toString('hex'), c.toString('base64'), b.toString('latin1'), d.readUInt32LE(0), d.readDoubleBE(8),
      c.indexOf('wö'), b.equals(Buffer.from(b)), Buffer.compare(b, c), util.inspect(c),
    ];
  },
  assert() {
    libAssert.deepStrictEqual({ a: [1, 2, { b: inputs.setC }] }, { a: [1, 2, { b: inputs.setD }] });
    libAssert.throws(() => { throw new TypeError('boom'); }, TypeError);
    const results = [];
    try { libAssert.strictEqual(1, 2); } catch (err) { results[results.length] = [err.code, err.message]; }
    try {
      libAssert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] });
    } catch (err) {
      results[results.length] = [err.code, err.message];
    }
    return results;
  },
  async assertRejects() {
    await libAssert.rejects(Promise.reject(new Error('x')), /x/);
    return 'ok';
  },
  async stream() {
    const out = [];
    await streamPromises.pipeline(
      stream.Readable.from(['a', 'b', 'c']),
      new stream.Transform({
        objectMode: true,
        transform(chunk, encoding, callback) { callback(null, chunk.toUpperCase()); },
      }),
      new stream.Writable({
        objectMode: true,
        write(chunk, encoding, callback) { out[out.length] = chunk; callback(); },
      }),
    );
    const iterated = [];
    for await (const chunk of stream.Readable.from([1, 2, 3])) iterated[iterated.length] = chunk;
    return [out, iterated];
  },
};

for (const name of Object.keys(scenarios)) {
  test(`${name} works with patched built-ins`, () => assertSameWhenPatched(patched, scenarios[name]));
}
