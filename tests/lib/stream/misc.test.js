'use strict';

const { diff, markTicks, record } = require('./helpers.js');

diff('captureRejections: a rejecting async listener destroys the stream', async ({ stream }, log) => {
  const r = new stream.Readable({ captureRejections: true, read() {} });
  record(log, r, 'r', ['error', 'close']);
  r.on('data', async (d) => {
    log('data', d);
    throw new Error('async listener failed');
  });
  r.push('x');
  await new Promise((resolve) => r.on('close', resolve));
  const w = new stream.Writable({ captureRejections: true, write(c, e, cb) { cb(); } });
  record(log, w, 'w', ['error', 'close']);
  w.on('finish', async () => {
    throw new Error('finish listener failed');
  });
  w.end();
});

diff('events.once and events.on with a stream', async ({ stream, events }, log) => {
  const r = new stream.Readable({ objectMode: true, read() {} });
  setImmediate(() => r.push({ a: 1 }));
  r.on('data', () => {});
  log(await events.once(r, 'data'));
  const w = new stream.PassThrough();
  setImmediate(() => w.destroy(new Error('failed')));
  try {
    await events.once(w, 'end');
  } catch (e) {
    log('once rejected', e);
  }
});

diff('listener bookkeeping: pipe and unpipe leave no listeners behind', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  const count = (s) => s.eventNames().map((n) => [String(n), s.listenerCount(n)]);
  log(count(r), count(w));
  r.pipe(w);
  log(count(r), count(w));
  r.unpipe(w);
  log(count(r), count(w));
});

diff('finished() listener bookkeeping and cleanup', async ({ stream }, log) => {
  const d = new stream.Duplex({ read() {}, write(c, e, cb) { cb(); } });
  const count = (s) => s.eventNames().map((n) => [String(n), s.listenerCount(n)]);
  const cleanup = stream.finished(d, () => {});
  log(count(d));
  cleanup();
  log(count(d));
});

diff('readable.read() after destroy and after error', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  r.push('abc');
  r.destroy();
  log(r.read(), r.readableLength);
  const e = new stream.Readable({ read() {} });
  e.on('error', (err) => log('error', err));
  e.push('abc');
  e.destroy(new Error('x'));
  log(e.read(), e.readableLength);
  markTicks(log);
});

diff('Readable.from(string) with objectMode false gives one chunk', async ({ stream }, log) => {
  const r = stream.Readable.from('abc', { objectMode: false });
  record(log, r, 'r', ['data', 'end', 'close']);
});

diff('objectMode read(n) returns one object regardless of n', async ({ stream }, log) => {
  const r = new stream.Readable({ objectMode: true, read() {} });
  r.push('a');
  r.push('b');
  r.push('c');
  log(r.read(2), r.read(0), r.read(100), r.readableLength);
  r.push(null);
  log(r.read(5), r.read(5));
});

diff('highWaterMark 0 readable still delivers data', async ({ stream }, log) => {
  let n = 0;
  const r = new stream.Readable({ highWaterMark: 0, read() { log('_read'); this.push(n < 3 ? `v${n++}` : null); } });
  record(log, r, 'r', ['data', 'end', 'readable']);
  markTicks(log, 8);
});

diff('pipe source error does not destroy the destination', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  record(log, r, 'r', ['error', 'close', 'unpipe']);
  record(log, w, 'w', ['error', 'close', 'unpipe', 'finish']);
  r.pipe(w);
  r.destroy(new Error('source error'));
  await new Promise((resolve) => setImmediate(resolve));
  log(w.destroyed, w.writableEnded);
});

diff('unpipe inside a data handler', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const w = new stream.Writable({ write(c, e, cb) { log('w', c); cb(); } });
  r.pipe(w);
  r.on('data', (d) => {
    log('data', d);
    r.unpipe(w);
  });
  r.push('a');
  r.push('b');
  await new Promise((resolve) => setImmediate(resolve));
  log(r.readableFlowing, r.readableLength);
});

diff('write() from inside a drain handler', async ({ stream }, log) => {
  const w = new stream.Writable({
    highWaterMark: 2,
    write(c, e, cb) {
      log('w', c);
      setImmediate(cb);
    },
  });
  let rounds = 0;
  const pump = () => {
    while (rounds < 6) {
      rounds++;
      if (!w.write(`x${rounds}`)) {
        w.once('drain', pump);
        return;
      }
    }
    w.end();
  };
  pump();
  await new Promise((resolve) => w.on('finish', resolve));
  log('done', rounds);
});

diff('destroy() from inside _write and _read', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { this.destroy(new Error('in write')); cb(); } });
  w.on('error', (e) => log('w error', e));
  w.on('close', () => log('w close'));
  w.write('a', (err) => log('cb', err));
  const r = new stream.Readable({ read() { this.destroy(); } });
  r.on('close', () => log('r close'));
  r.on('end', () => log('r end'));
  r.resume();
});

diff('Readable.from with a custom iterator lacking return()', async ({ stream }, log) => {
  let i = 0;
  const iterable = {
    [Symbol.iterator]() {
      return { next: () => ({ done: i >= 3, value: i++ }) };
    },
  };
  const r = stream.Readable.from(iterable);
  for await (const v of r) {
    log(v);
    if (v === 1) break;
  }
  log(r.destroyed);
});

diff('pipeline with a Duplex from a pair and a promise-returning last stage', async ({ stream, promises }, log) => {
  const d = stream.Duplex.from({
    writable: new stream.Writable({ write(c, e, cb) { log('w', c); cb(); } }),
    readable: stream.Readable.from(['r1', 'r2']),
  });
  const res = await promises.pipeline(stream.Readable.from(['in1']), d, async (source) => {
    const got = [];
    for await (const c of source) got.push(c);
    return got;
  });
  log(res);
});

diff('end() from inside _write, byte and object mode', async ({ stream }, log) => {
  for (const objectMode of [false, true]) {
    const w = new stream.Writable({
      objectMode,
      write(c, e, cb) {
        log('w', c);
        if (String(c) === 'a') this.end('z');
        cb();
      },
    });
    for (const ev of ['finish', 'close', 'error', 'prefinish']) w.on(ev, (e) => log(ev, e));
    w.write('a');
    log('after write');
    markTicks(log, 4);
    await new Promise((resolve) => w.on('close', resolve));
  }
});
