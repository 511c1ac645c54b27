'use strict';

const { diff, kAllEvents, markTicks, record } = require('./helpers.js');

const events = kAllEvents.filter((e) => e !== 'data' && e !== 'readable');

function slowWriter(stream, log, name, opts = {}) {
  return new stream.Writable({
    highWaterMark: 4,
    ...opts,
    write(c, e, cb) {
      log(`${name} _write`, c);
      setImmediate(cb);
    },
  });
}

diff('pipe: data, end and finish order', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const w = slowWriter(stream, log, 'w');
  record(log, r, 'r', events);
  record(log, w, 'w', events);
  log(r.pipe(w) === w);
  r.push('abc');
  r.push('defgh');
  r.push(null);
  markTicks(log, 4);
  await new Promise((resolve) => w.on('close', resolve));
});

diff('pipe backpressure: source pauses until drain', async ({ stream }, log) => {
  let n = 0;
  const r = new stream.Readable({
    highWaterMark: 2,
    read() {
      log('_read', n);
      this.push(n < 6 ? `chunk${n++}` : null);
    },
  });
  const w = slowWriter(stream, log, 'w', { highWaterMark: 8 });
  record(log, r, 'r', events);
  record(log, w, 'w', events);
  r.pipe(w);
  await new Promise((resolve) => w.on('finish', resolve));
});

diff('pipe to two destinations waits for both drains', async ({ stream }, log) => {
  let n = 0;
  const r = new stream.Readable({ objectMode: true, highWaterMark: 1, read() { this.push(n < 5 ? n++ : null); } });
  const fast = new stream.Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { log('fast', c); cb(); } });
  const slow = new stream.Writable({
    objectMode: true,
    highWaterMark: 1,
    write(c, e, cb) {
      log('slow', c);
      setImmediate(cb);
    },
  });
  record(log, r, 'r', events);
  record(log, fast, 'fast', events);
  record(log, slow, 'slow', events);
  r.pipe(fast);
  r.pipe(slow);
  await new Promise((resolve) => slow.on('finish', resolve));
});

diff('pipe with end: false leaves the destination open', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const w = slowWriter(stream, log, 'w');
  record(log, r, 'r', events);
  record(log, w, 'w', events);
  r.pipe(w, { end: false });
  r.push('x');
  r.push(null);
  await new Promise((resolve) => r.on('close', resolve));
  await new Promise((resolve) => setImmediate(resolve));
  log(w.writableEnded);
  w.end('tail');
});

diff('unpipe stops the flow and emits unpipe', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const w = slowWriter(stream, log, 'w');
  record(log, r, 'r', events);
  record(log, w, 'w', events);
  r.pipe(w);
  r.push('a');
  await new Promise((resolve) => setImmediate(resolve));
  log(r.unpipe(w) === r, r.readableFlowing);
  r.push('b');
  log(r.unpipe(w) === r, r.unpipe() === r);
  await new Promise((resolve) => setImmediate(resolve));
  log(r.readableLength);
});

diff('unpipe() without argument removes all destinations', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const a = slowWriter(stream, log, 'a');
  const b = slowWriter(stream, log, 'b');
  record(log, a, 'a', ['unpipe', 'pipe']);
  record(log, b, 'b', ['unpipe', 'pipe']);
  r.pipe(a);
  r.pipe(b);
  r.unpipe();
  log(r.readableFlowing, r._readableState.pipes.length);
});

diff('destination error unpipes and is re-emitted', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const w = new stream.Writable({ write(c, e, cb) { cb(new Error('dest failed')); } });
  record(log, r, 'r', events);
  record(log, w, 'w', events);
  r.pipe(w);
  r.push('a');
  await new Promise((resolve) => setImmediate(resolve));
  log(r.readableFlowing, r.destroyed);
});

diff('destination closing unpipes the source', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const w = slowWriter(stream, log, 'w');
  record(log, r, 'r', events);
  record(log, w, 'w', events);
  r.pipe(w);
  r.push('a');
  w.destroy();
  await new Promise((resolve) => setImmediate(resolve));
  log(r.readableFlowing, r.destroyed, r._readableState.pipes.length);
});

diff('pipe after end emits end on the destination', async ({ stream }, log) => {
  const r = new stream.Readable({ autoDestroy: false, read() {} });
  r.push(null);
  r.resume();
  await new Promise((resolve) => r.on('end', resolve));
  const w = slowWriter(stream, log, 'w');
  record(log, w, 'w', events);
  r.pipe(w);
});

diff('pipe into a Transform chain', async ({ stream }, log) => {
  const r = stream.Readable.from(['a', 'b', 'c'], { objectMode: false });
  const t = new stream.Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const out = [];
  const w = new stream.Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
  record(log, t, 't', ['end', 'finish', 'close']);
  record(log, w, 'w', ['finish', 'close']);
  r.pipe(t).pipe(w);
  await new Promise((resolve) => w.on('close', resolve));
  log(out);
});

diff('legacy Stream.prototype.pipe', async ({ stream }, log) => {
  const src = new stream.Stream();
  src.readable = true;
  src.pause = () => log('src pause');
  src.resume = () => log('src resume');
  const dest = new stream.Stream();
  dest.writable = true;
  let calls = 0;
  dest.write = (c) => {
    log('dest write', c);
    return ++calls % 2 === 0;
  };
  dest.end = () => log('dest end');
  record(log, dest, 'dest', ['pipe']);
  log(src.pipe(dest) === dest);
  src.emit('data', 'a');
  src.emit('data', 'b');
  dest.emit('drain');
  src.emit('end');
  src.emit('data', 'after end');
  log(src.listenerCount('data'), dest.listenerCount('drain'));
});

diff('legacy pipe: close destroys dest; error without listener is rethrown', async ({ stream }, log) => {
  const src = new stream.Stream();
  const dest = new stream.Stream();
  dest.writable = true;
  dest.write = () => true;
  dest.destroy = () => log('dest destroy');
  src.pipe(dest);
  src.emit('close');
  const s2 = new stream.Stream();
  const d2 = new stream.Stream();
  d2.write = () => true;
  s2.pipe(d2);
  try {
    s2.emit('error', new Error('legacy error'));
  } catch (e) {
    log('threw', e);
  }
  log(s2.listenerCount('error'), s2.eventNames(), d2.eventNames());
});

diff('pipe from a stream with setEncoding to a writable', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  r.setEncoding('hex');
  const w = new stream.Writable({ decodeStrings: false, write(c, e, cb) { log('_write', c, e); cb(); } });
  r.pipe(w);
  r.push('hi');
  r.push(null);
  await new Promise((resolve) => w.on('finish', resolve));
});

diff('pipe when destination needs drain already', async ({ stream }, log) => {
  const w = slowWriter(stream, log, 'w', { highWaterMark: 1 });
  w.write('xx');
  log(w.writableNeedDrain);
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r', ['pause', 'resume', 'end']);
  r.pipe(w);
  r.push('a');
  r.push(null);
  await new Promise((resolve) => w.on('finish', resolve));
});
