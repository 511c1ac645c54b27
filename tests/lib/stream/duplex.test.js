'use strict';

const { diff, kAllEvents, markTicks, record } = require('./helpers.js');

const events = kAllEvents.filter((e) => e !== 'data' && e !== 'readable');

function dstate(d) {
  return {
    readable: d.readable, writable: d.writable, destroyed: d.destroyed, readableEnded: d.readableEnded,
    writableEnded: d.writableEnded, writableFinished: d.writableFinished, allowHalfOpen: d.allowHalfOpen,
    rObj: d.readableObjectMode, wObj: d.writableObjectMode, rHwm: d.readableHighWaterMark,
    wHwm: d.writableHighWaterMark, closed: d.closed,
  };
}

diff('Duplex: both sides, half-open by default', async ({ stream }, log) => {
  const d = new stream.Duplex({
    read() {},
    write(c, e, cb) {
      log('_write', c);
      cb();
    },
  });
  record(log, d, 'd', events.concat('data'));
  d.write('in');
  d.push('out');
  d.push(null);
  await new Promise((resolve) => d.on('end', resolve));
  log(dstate(d));
  d.end();
  await new Promise((resolve) => d.on('close', resolve));
  log(dstate(d));
});

diff('Duplex allowHalfOpen false ends the writable side after end', async ({ stream }, log) => {
  const d = new stream.Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { cb(); },
    final(cb) {
      log('_final');
      cb();
    },
  });
  record(log, d, 'd', events.concat('data'));
  d.push('x');
  d.push(null);
  markTicks(log, 6);
});

diff('Duplex options: objectMode per side and highWaterMark per side', async ({ stream }, log) => {
  const variants = [
    { readableObjectMode: true },
    { writableObjectMode: true },
    { objectMode: true },
    { readableHighWaterMark: 3, writableHighWaterMark: 5 },
    { highWaterMark: 7, readableHighWaterMark: 3 },
    { readableObjectMode: true, readableHighWaterMark: 2 },
    { readable: false },
    { writable: false },
    {},
    undefined,
  ];
  for (const options of variants) log(dstate(new stream.Duplex(options)));
});

diff('Duplex readable: false / writable: false', async ({ stream }, log) => {
  const r = new stream.Duplex({ readable: false, write(c, e, cb) { cb(); } });
  record(log, r, 'r', events);
  r.end('x');
  const w = new stream.Duplex({ writable: false, read() {} });
  record(log, w, 'w', events);
  log(w.write('x', (err) => log('write cb', err)));
  w.push(null);
  w.resume();
});

diff('Duplex destroy closes both sides once', async ({ stream }, log) => {
  const d = new stream.Duplex({ read() {}, write(c, e, cb) { cb(); } });
  record(log, d, 'd', events);
  d.write('a', (err) => log('cb', err));
  d.destroy(new Error('dead'));
  log(dstate(d));
  d.destroy(new Error('again'));
});

diff('Duplex write error errors the readable side too', async ({ stream }, log) => {
  const d = new stream.Duplex({ read() {}, write(c, e, cb) { cb(new Error('bad write')); } });
  record(log, d, 'd', events);
  d.write('a');
  log(d.readable, d.writable, d.errored);
});

diff('Duplex construct', async ({ stream }, log) => {
  const d = new stream.Duplex({
    construct(cb) {
      log('construct');
      setImmediate(cb);
    },
    read() {
      log('_read');
      this.push('r');
      this.push(null);
    },
    write(c, e, cb) {
      log('_write', c);
      cb();
    },
  });
  record(log, d, 'd', events.concat('data'));
  d.write('w');
  d.end();
});

diff('Transform: uppercases, with flush', async ({ stream }, log) => {
  const t = new stream.Transform({
    transform(chunk, enc, cb) {
      log('_transform', chunk, enc);
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) {
      log('_flush');
      cb(null, '!');
    },
  });
  record(log, t, 't', events.concat('data'));
  t.write('abc');
  t.write('def');
  t.end('g');
  markTicks(log, 6);
});

diff('Transform: push multiple and callback without data', async ({ stream }, log) => {
  const t = new stream.Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      this.push(chunk);
      this.push(chunk * 10);
      cb();
    },
  });
  const out = [];
  t.on('data', (d) => out.push(d));
  for (let i = 1; i <= 3; i++) t.write(i);
  t.end();
  await new Promise((resolve) => t.on('end', resolve));
  log(out);
});

diff('Transform: errors from transform and flush', async ({ stream }, log) => {
  const t = new stream.Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
  record(log, t, 't', events);
  t.write('x', (err) => log('write cb', err));
  await new Promise((resolve) => t.on('close', resolve));
  const f = new stream.Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { cb(new Error('flush failed')); },
  });
  record(log, f, 'f', events);
  f.resume();
  f.end('x', (err) => log('end cb', err));
});

diff('Transform: throwing in _transform', async ({ stream }, log) => {
  const t = new stream.Transform({ transform() { throw new Error('thrown'); } });
  record(log, t, 't', events);
  try {
    t.write('x');
  } catch (e) {
    log('threw', e);
  }
});

diff('Transform: _transform not implemented', async ({ stream }, log) => {
  const t = new stream.Transform();
  record(log, t, 't', events);
  try {
    t.write('x');
  } catch (e) {
    log('threw', e);
  }
});

diff('Transform backpressure: writes wait for the reader', async ({ stream }, log) => {
  const t = new stream.Transform({
    highWaterMark: 2,
    objectMode: true,
    transform(c, e, cb) {
      log('_transform', c);
      cb(null, c);
    },
  });
  record(log, t, 't', ['drain', 'finish', 'end']);
  for (let i = 0; i < 6; i++) log('write', i, t.write(i), t.writableLength, t.readableLength);
  await new Promise((resolve) => setImmediate(resolve));
  log('read', t.read(), t.read());
  await new Promise((resolve) => setImmediate(resolve));
  log('lengths', t.writableLength, t.readableLength);
  t.end();
  t.resume();
});

diff('Transform with readableHighWaterMark 0', async ({ stream }, log) => {
  const t = new stream.Transform({
    readableHighWaterMark: 0,
    transform(c, e, cb) { cb(null, c); },
  });
  log(t.readableHighWaterMark, t.writableHighWaterMark);
  const seen = [];
  t.on('data', (d) => seen.push(d));
  t.write('a');
  t.end('b');
  await new Promise((resolve) => t.on('end', resolve));
  log(seen);
});

diff('Transform subclass overriding _final still flushes', async ({ stream }, log) => {
  class T extends stream.Transform {
    _transform(c, e, cb) { cb(null, c); }
    _flush(cb) {
      log('_flush');
      cb(null, 'tail');
    }
    _final(cb) {
      log('_final');
      cb();
    }
  }
  const t = new T();
  record(log, t, 't', events.concat('data'));
  t.end('x');
});

diff('Transform: push(null) inside transform', async ({ stream }, log) => {
  const t = new stream.Transform({
    transform(c, e, cb) {
      this.push(c);
      this.push(null);
      cb();
    },
  });
  record(log, t, 't', events.concat('data'));
  t.write('a', (err) => log('cb a', err));
  t.write('b', (err) => log('cb b', err));
});

diff('PassThrough passes bytes and objects', async ({ stream }, log) => {
  const p = new stream.PassThrough();
  record(log, p, 'p', events.concat('data'));
  p.write('a');
  p.write(new Uint8Array([98]));
  p.end('c');
  await new Promise((resolve) => p.on('close', resolve));
  const o = new stream.PassThrough({ objectMode: true });
  const seen = [];
  o.on('data', (d) => seen.push(d));
  o.write({ a: 1 });
  o.write([1]);
  o.end('s');
  await new Promise((resolve) => o.on('end', resolve));
  log(seen);
});

diff('PassThrough as Readable + setEncoding', async ({ stream }, log) => {
  const p = new stream.PassThrough({ encoding: 'hex' });
  record(log, p, 'p', ['data', 'end']);
  p.end('hi');
});

diff('duplexPair: data flows both ways and ends', async ({ stream }, log) => {
  const [a, b] = stream.duplexPair();
  record(log, a, 'a', events.concat('data'));
  record(log, b, 'b', events.concat('data'));
  a.write('to b');
  b.write('to a');
  a.end();
  await new Promise((resolve) => setImmediate(resolve));
  b.end();
  markTicks(log, 6);
});

diff('duplexPair with objectMode options', async ({ stream }, log) => {
  const [a, b] = stream.duplexPair({ objectMode: true });
  const seen = [];
  b.on('data', (d) => seen.push(d));
  a.write({ x: 1 });
  a.write('y');
  a.end();
  await new Promise((resolve) => b.on('end', resolve));
  log(seen, a.readableObjectMode, b.writableObjectMode);
});

diff('Duplex.from various bodies', async ({ stream }, log) => {
  const collect = async (d) => {
    const out = [];
    d.on('error', (e) => out.push(['error', e]));
    try {
      for await (const c of d) out.push(c);
    } catch (e) {
      out.push(['threw', e]);
    }
    return out;
  };
  log(await collect(stream.Duplex.from([1, 2, 3])));
  log(await collect(stream.Duplex.from(Promise.resolve('promised'))));
  log(await collect(stream.Duplex.from(async function* () {
    yield 'gen';
  })));
  log(await collect(stream.Duplex.from({ readable: stream.Readable.from(['pair']) })));
  const p = new stream.PassThrough();
  log(stream.Duplex.from(p) === p);
  for (const bad of [1, null, 'str', {}]) {
    try {
      stream.Duplex.from(bad);
      log('no throw', typeof bad);
    } catch (e) {
      log(e);
    }
  }
  try {
    stream.Duplex.from(() => 5);
  } catch (e) {
    log(e);
  }
});

diff('Duplex.from async generator function transforms written data', async ({ stream }, log) => {
  const d = stream.Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  const out = [];
  d.on('data', (c) => out.push(c));
  d.write('a');
  d.write('b');
  d.end();
  await new Promise((resolve) => d.on('end', resolve));
  log(out);
});

diff('Duplex.from async function consuming the writes', async ({ stream }, log) => {
  const got = [];
  const d = stream.Duplex.from(async function (source) {
    for await (const chunk of source) got.push(chunk);
  });
  record(log, d, 'd', ['finish', 'close', 'error']);
  d.write('x');
  d.end('y');
  await new Promise((resolve) => d.on('finish', resolve));
  log(got);
});

diff('Duplex.from a { readable, writable } pair of streams', async ({ stream }, log) => {
  const written = [];
  const w = new stream.Writable({ write(c, e, cb) { written.push(c); cb(); } });
  const r = new stream.Readable({ read() {} });
  const d = stream.Duplex.from({ readable: r, writable: w });
  const out = [];
  d.on('data', (c) => out.push(c));
  d.write('to writable');
  r.push('from readable');
  r.push(null);
  d.end();
  await new Promise((resolve) => d.on('close', resolve));
  log(written, out);
});

diff('Duplex.from(Blob) reads the blob', async ({ stream, Blob }, log) => {
  const d = stream.Duplex.from(new Blob(['hello ', 'blob']));
  const out = [];
  for await (const c of d) out.push(c);
  log(out, d.writable);
});

diff('duplexPair: destroying one side, ending with pending data, empty writes', async ({ stream }, log) => {
  const [a, b] = stream.duplexPair();
  for (const [name, s] of [['a', a], ['b', b]]) {
    for (const ev of ['end', 'finish', 'close', 'error', 'data']) s.on(ev, (x) => log(`${name}:${ev}`, x));
  }
  a.write('');
  a.write('x', (err) => log('write cb', err));
  a.destroy(new Error('side a gone'));
  markTicks(log, 4);
  await new Promise((resolve) => setImmediate(resolve));
  const [c, d] = stream.duplexPair({ highWaterMark: 1 });
  c.write('12', () => log('c write 1 done'));
  c.write('34', () => log('c write 2 done'));
  c.end(() => log('c end cb'));
  await new Promise((resolve) => setImmediate(resolve));
  log('d has', d.readableLength);
  d.on('data', (x) => log('d data', x));
  d.on('end', () => log('d end'));
  d.end();
});
