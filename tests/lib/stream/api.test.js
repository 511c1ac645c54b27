'use strict';

const assert = require('assert');
const { diff, mine, outcome, test, theirs } = require('./helpers.js');

test('module shape: exported names and their types', () => {
  const shape = (s) => Object.keys(s).map((k) => [k, typeof s[k]]);
  assert.deepStrictEqual(shape(mine.stream), shape(theirs.stream));
  assert.deepStrictEqual(shape(mine.promises), shape(theirs.promises));
  assert.strictEqual(mine.stream.Stream, mine.stream);
  assert.strictEqual(mine.stream.promises, mine.promises);
  assert.strictEqual(typeof mine.stream, 'function');
});

test('prototype members match node', () => {
  for (const cls of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream']) {
    const names = (s) => Object.getOwnPropertyNames(s[cls].prototype).sort();
    assert.deepStrictEqual(names(mine.stream), names(theirs.stream), cls);
    const statics = (s) => Object.getOwnPropertyNames(s[cls]).filter((n) => !/^(fromWeb|toWeb)$/.test(n)).sort();
    assert.deepStrictEqual(statics(mine.stream), statics(theirs.stream), `${cls} statics`);
  }
  const symbols = (s, cls) => Object.getOwnPropertySymbols(s[cls].prototype).map(String).sort();
  for (const cls of ['Readable', 'Writable']) {
    assert.deepStrictEqual(symbols(mine.stream, cls), symbols(theirs.stream, cls), cls);
  }
});

test('operator functions: names and lengths', () => {
  for (const op of ['map', 'filter', 'forEach', 'toArray', 'some', 'every', 'find', 'flatMap', 'drop', 'take',
    'reduce', 'compose']) {
    const a = mine.stream.Readable.prototype[op];
    const b = theirs.stream.Readable.prototype[op];
    assert.deepStrictEqual([a.name, a.length], [b.name, b.length], op);
    const da = Object.getOwnPropertyDescriptor(mine.stream.Readable.prototype, op);
    const db = Object.getOwnPropertyDescriptor(theirs.stream.Readable.prototype, op);
    assert.deepStrictEqual([da.enumerable, da.writable, da.configurable], [db.enumerable, db.writable, db.configurable]);
  }
});

test('util.promisify(pipeline/finished) gives the promise versions', () => {
  const { promisify } = require('util');
  assert.strictEqual(promisify(mine.stream.pipeline), mine.promises.pipeline);
  assert.strictEqual(promisify(mine.stream.finished), mine.promises.finished);
});

diff('default highWaterMark get/set', async ({ stream }, log) => {
  log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
  stream.setDefaultHighWaterMark(false, 1024);
  stream.setDefaultHighWaterMark(true, 4);
  log(new stream.Readable().readableHighWaterMark, new stream.Writable({ objectMode: true }).writableHighWaterMark,
    new stream.Duplex({ readableObjectMode: true }).readableHighWaterMark);
  for (const [om, v] of [[false, -1], [true, 1.5], [false, 'x'], [false, NaN], [true, 2 ** 53]]) {
    try {
      stream.setDefaultHighWaterMark(om, v);
      log('set', v);
    } catch (e) {
      log(e);
    }
  }
  stream.setDefaultHighWaterMark(false, 65536);
  stream.setDefaultHighWaterMark(true, 16);
  log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
});

const hwmValues = [0, 1, 16, 1.5, -1, NaN, '5', null, undefined, Infinity, 2 ** 31, true, {}];
diff('highWaterMark option validation across classes', async ({ stream }, log) => {
  for (const v of hwmValues) {
    for (const cls of ['Readable', 'Writable', 'Duplex', 'Transform']) {
      log(cls, String(v), outcome(() => {
        const s = new stream[cls]({ highWaterMark: v });
        return [s.readableHighWaterMark, s.writableHighWaterMark];
      }));
    }
    log('duplex r', String(v), outcome(() => new stream.Duplex({ readableHighWaterMark: v }).readableHighWaterMark));
    log('duplex w', String(v), outcome(() => new stream.Duplex({ writableHighWaterMark: v }).writableHighWaterMark));
    log('readable r', String(v), outcome(() => new stream.Readable({ readableHighWaterMark: v }).readableHighWaterMark));
  }
});

diff('encoding options validation', async ({ stream }, log) => {
  for (const enc of ['utf8', 'UTF-8', 'hex', 'latin1', 'binary', 'ucs2', 'nope', '', null, 5]) {
    log(String(enc), outcome(() => new stream.Writable({ defaultEncoding: enc })._writableState.defaultEncoding));
    log(String(enc), outcome(() => new stream.Readable({ defaultEncoding: enc })._readableState.defaultEncoding));
  }
});

diff('constructors with odd options', async ({ stream }, log) => {
  for (const opts of [undefined, null, {}, 5, 'str', { objectMode: 1 }, { emitClose: 0 }]) {
    for (const cls of ['Readable', 'Writable', 'Duplex', 'PassThrough']) {
      log(cls, outcome(() => {
        const s = new stream[cls](opts);
        return [s.readableObjectMode, s.writableObjectMode, s.readableHighWaterMark, s.writableHighWaterMark];
      }));
    }
  }
});

diff('state objects exposed as Readable.ReadableState / Writable.WritableState', async ({ stream }, log) => {
  const r = new stream.Readable();
  const w = new stream.Writable();
  log(r._readableState instanceof stream.Readable.ReadableState,
    w._writableState instanceof stream.Writable.WritableState,
    typeof stream.Readable._fromList, typeof stream.Readable.wrap);
  const rs = new stream.Readable.ReadableState({ objectMode: true }, r, false);
  const ws = new stream.Writable.WritableState({ highWaterMark: 3 }, w, false);
  log(rs.objectMode, rs.highWaterMark, ws.highWaterMark, ws.objectMode);
});

diff('_uint8ArrayToBuffer, _isUint8Array, _isArrayBufferView', async ({ stream }, log) => {
  const u = new Uint8Array([1, 2, 3]);
  const b = stream._uint8ArrayToBuffer(u.subarray(1));
  log(b, b.buffer === u.buffer);
  log(stream._isUint8Array(u), stream._isUint8Array([]), stream._isArrayBufferView(new DataView(new ArrayBuffer(1))),
    stream._isArrayBufferView({}));
});

diff('Stream legacy constructor', async ({ stream }, log) => {
  const s = new stream.Stream();
  log(typeof s.on, typeof s.pipe, s.eventNames());
  s.on('x', () => {});
  log(s.eventNames());
  const t = new stream.Stream({ captureRejections: true });
  log(t.listenerCount('x'));
});

// Code in the wild reads these from `_readableState` / `_writableState`.
const readableStateKeys = ['flowing', 'ended', 'endEmitted', 'reading', 'length', 'pipesCount', 'paused', 'objectMode',
  'highWaterMark', 'encoding', 'destroyed', 'errored', 'closed', 'needReadable', 'emittedReadable',
  'readableListening', 'resumeScheduled', 'sync', 'readingMore', 'dataEmitted', 'defaultEncoding', 'multiAwaitDrain',
  'errorEmitted', 'emitClose', 'autoDestroy', 'constructed', 'closeEmitted'];
const writableStateKeys = ['objectMode', 'highWaterMark', 'finalCalled', 'needDrain', 'ending', 'ended', 'finished',
  'destroyed', 'decodeStrings', 'defaultEncoding', 'length', 'writing', 'corked', 'sync', 'bufferProcessing',
  'writelen', 'pendingcb', 'prefinished', 'errorEmitted', 'emitClose', 'autoDestroy', 'errored', 'closed',
  'closeEmitted', 'constructed', 'allBuffers', 'allNoop', 'bufferedRequestCount'];

diff('state fields through pause, resume, pipe, cork and end', async ({ stream }, log) => {
  const pickState = (state, keys) => keys.map((k) => [k, typeof state[k] === 'function' ? 'fn' : state[k]]);
  const fresh = new stream.Readable({ read() {} });
  const paused = new stream.Readable({ read() {} });
  paused.pause();
  const piped = new stream.Readable({ read() {} });
  piped.pipe(new stream.PassThrough());
  piped.push('abc');
  await new Promise((resolve) => setImmediate(resolve));
  for (const r of [fresh, paused, piped]) log(pickState(r._readableState, readableStateKeys));
  const w = new stream.Writable({ write(c, e, cb) { setImmediate(cb); } });
  w.write('x');
  w.cork();
  w.write('y');
  log(pickState(w._writableState, writableStateKeys));
  w.uncork();
  w.end();
  log(pickState(w._writableState, writableStateKeys));
  await new Promise((resolve) => w.on('finish', resolve));
  log(pickState(w._writableState, writableStateKeys));
});
