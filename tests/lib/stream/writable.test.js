'use strict';

const { diff, kAllEvents, markTicks, record } = require('./helpers.js');

function wstate(w) {
  return {
    writable: w.writable, ended: w.writableEnded, finished: w.writableFinished, length: w.writableLength,
    needDrain: w.writableNeedDrain, corked: w.writableCorked, hwm: w.writableHighWaterMark,
    objectMode: w.writableObjectMode, destroyed: w.destroyed, closed: w.closed, errored: w.errored,
    aborted: w.writableAborted, buffered: w.writableBuffer.length,
  };
}

const events = kAllEvents.filter((e) => e !== 'data' && e !== 'readable');

for (const mode of ['sync', 'tick', 'immediate']) {
  diff(`write callbacks, drain and finish order (${mode} _write)`, async ({ stream }, log) => {
    const w = new stream.Writable({
      highWaterMark: 5,
      write(chunk, encoding, cb) {
        log('_write', chunk, encoding);
        if (mode === 'sync') cb();
        else if (mode === 'tick') process.nextTick(cb);
        else setImmediate(cb);
      },
    });
    record(log, w, 'w', events);
    log(w.write('abc', (err) => log('cb1', err)), wstate(w));
    log(w.write('def', (err) => log('cb2', err)), wstate(w));
    log(w.write('g', (err) => log('cb3', err)));
    w.end('h', (err) => log('end cb', err));
    log(wstate(w));
    markTicks(log, 6);
    await new Promise((resolve) => w.on('close', resolve));
    log(wstate(w));
  });
}

for (const hwm of [0, 1, 4, 16]) {
  diff(`write() return value with highWaterMark ${hwm}`, async ({ stream }, log) => {
    const w = new stream.Writable({ highWaterMark: hwm, write(c, e, cb) { setImmediate(cb); } });
    record(log, w, 'w', ['drain', 'finish']);
    for (let i = 0; i < 5; i++) log(w.write('ab'), w.writableLength, w.writableNeedDrain);
    w.end();
  });
}

diff('objectMode writable counts objects', async ({ stream }, log) => {
  const w = new stream.Writable({
    objectMode: true, highWaterMark: 2, write(c, e, cb) { log('_write', c, e); cb(); },
  });
  log(w.write({ a: 1 }), w.write(2), w.write('three'), w.write(false));
  log(wstate(w));
  w.end();
});

diff('decodeStrings false keeps strings and encodings', async ({ stream }, log) => {
  const w = new stream.Writable({ decodeStrings: false, write(c, e, cb) { log('_write', c, e); cb(); } });
  w.write('abc');
  w.write('616263', 'hex');
  w.write(new Uint8Array([1, 2]));
  w.end('end', 'latin1');
});

diff('defaultEncoding and setDefaultEncoding', async ({ stream }, log) => {
  const w = new stream.Writable({ defaultEncoding: 'hex', write(c, e, cb) { log('_write', c, e); cb(); } });
  w.write('6869');
  log(w.setDefaultEncoding('BASE64') === w);
  w.write('aGk=');
  try {
    w.setDefaultEncoding('nope');
  } catch (e) {
    log(e);
  }
  try {
    w.write('x', 'nope');
  } catch (e) {
    log(e);
  }
  w.write('aGk=', 'buffer');
  w.end();
});

diff('write(null) throws ERR_STREAM_NULL_VALUES, bad chunks throw ERR_INVALID_ARG_TYPE', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  record(log, w, 'w', ['error', 'close']);
  for (const v of [null, undefined, 1, {}, true, [], 1n]) {
    try {
      log(w.write(v));
    } catch (e) {
      log(e);
    }
  }
  const o = new stream.Writable({ objectMode: true, write(c, e, cb) { log('obj', c); cb(); } });
  for (const v of [null, undefined, 0, '']) {
    try {
      log(o.write(v));
    } catch (e) {
      log(e);
    }
  }
});

diff('write after end: error to callback and error event', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  record(log, w, 'w', events);
  w.end();
  log(w.write('late', (err) => log('cb', err)));
  log(wstate(w));
  markTicks(log);
});

diff('write after end without autoDestroy', async ({ stream }, log) => {
  const w = new stream.Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  record(log, w, 'w', events);
  w.end();
  w.write('late');
  w.write('later', (err) => log('cb', err));
  markTicks(log);
});

diff('end twice and end after finish', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  record(log, w, 'w', events);
  w.end((err) => log('end1', err));
  w.end((err) => log('end2', err));
  await new Promise((resolve) => w.on('finish', resolve));
  w.end((err) => log('end3', err));
  await new Promise((resolve) => setImmediate(resolve));
  w.end((err) => log('end4', err));
  w.end('chunk', (err) => log('end5', err));
});

diff('end with chunk and encoding', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { log('_write', c, e); cb(); } });
  w.end('616263', 'hex', (err) => log('done', err));
});

diff('cork/uncork batches into _writev', async ({ stream }, log) => {
  const w = new stream.Writable({
    write(c, e, cb) { log('_write', c); cb(); },
    writev(chunks, cb) {
      log('_writev', chunks.map((c) => [c.chunk, c.encoding]), chunks.allBuffers);
      cb();
    },
  });
  record(log, w, 'w', events);
  w.cork();
  w.write('a');
  w.write('b', 'latin1', () => log('b done'));
  w.cork();
  w.write('c');
  log(wstate(w));
  w.uncork();
  log('after 1 uncork', wstate(w));
  w.uncork();
  log('after 2 uncork', wstate(w));
  w.write('d');
  w.write('e');
  w.end();
});

diff('end() flushes corked writes', async ({ stream }, log) => {
  const w = new stream.Writable({
    decodeStrings: false,
    writev(chunks, cb) {
      log('_writev', chunks.map((c) => c.chunk), chunks.allBuffers);
      cb();
    },
  });
  record(log, w, 'w', events);
  w.cork();
  w.cork();
  w.write('a');
  w.write('b');
  w.end('c');
});

diff('queued writes go one at a time while _write is pending', async ({ stream }, log) => {
  const w = new stream.Writable({
    write(c, e, cb) {
      log('_write', c);
      setImmediate(cb);
    },
  });
  for (let i = 0; i < 5; i++) w.write(String(i), () => log('cb', i));
  log(wstate(w));
  w.end(() => log('ended'));
});

diff('_write error: callback, error, close; later writes fail', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  record(log, w, 'w', events);
  log(w.write('a', (err) => log('cb a', err)));
  log(w.write('b', (err) => log('cb b', err)));
  log(wstate(w));
  markTicks(log);
});

diff('async _write error', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { setImmediate(() => cb(new Error('later'))); } });
  record(log, w, 'w', events);
  w.write('a', (err) => log('cb a', err));
  w.write('b', (err) => log('cb b', err));
  w.end((err) => log('end cb', err));
});

diff('callback called twice', async ({ stream }, log) => {
  const w = new stream.Writable({
    write(c, e, cb) {
      cb();
      cb();
    },
  });
  record(log, w, 'w', events);
  w.write('a');
});

diff('_write not implemented', async ({ stream }, log) => {
  const w = new stream.Writable();
  record(log, w, 'w', events);
  try {
    w.write('a');
  } catch (e) {
    log('threw', e);
  }
});

diff('only _writev implemented', async ({ stream }, log) => {
  const w = new stream.Writable({
    writev(chunks, cb) {
      log('_writev', chunks.map((c) => c.chunk));
      cb();
    },
  });
  w.write('a');
  w.write('b');
  w.end();
  await new Promise((resolve) => w.on('finish', resolve));
});

diff('_final runs before finish; errors in _final', async ({ stream }, log) => {
  const w = new stream.Writable({
    write(c, e, cb) { cb(); },
    final(cb) {
      log('_final');
      setImmediate(cb);
    },
  });
  record(log, w, 'w', events);
  w.end('x');
  markTicks(log);
  await new Promise((resolve) => w.on('close', resolve));
  const f = new stream.Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  record(log, f, 'f', events);
  f.end((err) => log('end cb', err));
});

diff('_final throwing and calling back twice', async ({ stream }, log) => {
  const t = new stream.Writable({ write(c, e, cb) { cb(); }, final() { throw new Error('thrown in final'); } });
  record(log, t, 't', events);
  t.end();
  await new Promise((resolve) => t.on('close', resolve));
  const d = new stream.Writable({
    write(c, e, cb) { cb(); },
    final(cb) {
      cb();
      cb();
    },
  });
  record(log, d, 'd', events);
  d.end();
});

diff('destroy with pending writes fails their callbacks', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { setImmediate(cb); } });
  record(log, w, 'w', events);
  w.write('a', (err) => log('cb a', err));
  w.write('b', (err) => log('cb b', err));
  w.end((err) => log('end cb', err));
  w.destroy();
  log(wstate(w));
  markTicks(log);
});

diff('destroy(err) with pending writes', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { setImmediate(cb); } });
  record(log, w, 'w', events);
  w.write('a', (err) => log('cb a', err));
  w.write('b', (err) => log('cb b', err));
  w.destroy(new Error('kill'));
  log(w.write('c', (err) => log('cb c', err)));
  markTicks(log);
});

diff('write after destroy', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  record(log, w, 'w', events);
  w.destroy();
  log(w.write('x', (err) => log('cb', err)));
  w.end((err) => log('end', err));
});

diff('construct delays writes and finish', async ({ stream }, log) => {
  const w = new stream.Writable({
    construct(cb) {
      log('construct');
      setImmediate(() => {
        log('constructed');
        cb();
      });
    },
    write(c, e, cb) {
      log('_write', c);
      cb();
    },
    final(cb) {
      log('_final');
      cb();
    },
  });
  record(log, w, 'w', events);
  w.write('a');
  w.write('b');
  w.end();
  log(wstate(w));
});

diff('emitClose false and autoDestroy false', async ({ stream }, log) => {
  const w = new stream.Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  record(log, w, 'w', events);
  w.end('x');
  await new Promise((resolve) => setImmediate(resolve));
  log(wstate(w));
  const k = new stream.Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  record(log, k, 'k', events);
  k.end('x');
  await new Promise((resolve) => setImmediate(resolve));
  log(wstate(k));
});

diff('Writable pipe() is an error', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  record(log, w, 'w', events);
  log(w.pipe(new stream.Writable()));
});

diff('instanceof Writable for Duplex and Transform', async ({ stream }, log) => {
  log(new stream.Duplex() instanceof stream.Writable, new stream.Transform() instanceof stream.Writable,
    new stream.Readable() instanceof stream.Writable, {} instanceof stream.Writable,
    new stream.PassThrough() instanceof stream.Transform, new stream.Writable() instanceof stream.Stream,
    new stream.Duplex() instanceof stream.Readable);
  class Sub extends stream.Writable {}
  log(new stream.Duplex() instanceof Sub, new Sub() instanceof stream.Writable);
});

diff('calling constructors without new', async ({ stream }, log) => {
  const r = stream.Readable({ read() {} });
  const w = stream.Writable({ write(c, e, cb) { cb(); } });
  const d = stream.Duplex();
  const t = stream.Transform();
  const p = stream.PassThrough();
  log(r instanceof stream.Readable, w instanceof stream.Writable, d instanceof stream.Duplex,
    t instanceof stream.Transform, p instanceof stream.PassThrough);
});

diff('writable getters through a whole lifecycle', async ({ stream }, log) => {
  const w = new stream.Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
  log(wstate(w));
  w.write('abc');
  log(wstate(w));
  w.cork();
  w.write('d');
  log(wstate(w));
  w.uncork();
  w.end();
  log(wstate(w));
  w.on('finish', () => log('finish', wstate(w)));
  await new Promise((resolve) => w.on('close', resolve));
  log(wstate(w));
});

diff('writable setter', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  w.writable = false;
  log(wstate(w));
  w.writable = true;
  log(wstate(w));
});

diff('signal aborts a writable', async ({ stream }, log) => {
  const ac = new AbortController();
  const w = new stream.Writable({ signal: ac.signal, write(c, e, cb) { setImmediate(cb); } });
  record(log, w, 'w', events);
  w.write('a', (err) => log('cb', err));
  ac.abort();
  markTicks(log);
});

diff('Writable Symbol.asyncDispose', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  record(log, w, 'w', events);
  await w[Symbol.asyncDispose]();
  log(wstate(w));
});

diff('many sync writes batch their callbacks in one tick', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  const cb = (err) => log('cb', err);
  for (let i = 0; i < 3; i++) w.write('x', cb);
  w.write('y', () => log('other'));
  markTicks(log, 3);
});

diff('writableBuffer lists queued writes', async ({ stream }, log) => {
  const w = new stream.Writable({ write(c, e, cb) { setImmediate(cb); } });
  w.write('a');
  w.write('b');
  w.write('c');
  log(w.writableBuffer.map((r) => r.chunk), w._writableState.bufferedRequestCount, w._writableState.getBuffer().length);
});
