'use strict';

const { diff, kAllEvents, markTicks, record } = require('./helpers.js');

function state(r) {
  return {
    readable: r.readable, flowing: r.readableFlowing, length: r.readableLength, ended: r.readableEnded,
    paused: r.isPaused(), destroyed: r.destroyed, closed: r.closed, errored: r.errored,
    didRead: r.readableDidRead, aborted: r.readableAborted, hwm: r.readableHighWaterMark,
    objectMode: r.readableObjectMode, encoding: r.readableEncoding,
  };
}

diff('flowing mode: data, end, close order with tick markers', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r', ['data', 'end', 'close', 'pause', 'resume']);
  r.push('a');
  r.push('b');
  r.push(null);
  markTicks(log, 6);
});

diff('paused mode: readable + read() loop', async ({ stream }, log) => {
  let i = 0;
  const r = new stream.Readable({ read() { this.push(i < 3 ? String(i++) : null); } });
  record(log, r, 'r', ['end', 'close']);
  r.on('readable', () => {
    let c;
    log('readable', state(r));
    while ((c = r.read()) !== null) log('got', c);
  });
  markTicks(log, 8);
});

for (const hwm of [0, 1, 3, 16]) {
  for (const objectMode of [false, true]) {
    diff(`read() calls _read per highWaterMark (hwm ${hwm}, objectMode ${objectMode})`, async ({ stream }, log) => {
      let n = 0;
      const r = new stream.Readable({
        highWaterMark: hwm,
        objectMode,
        read(size) {
          log('_read', size, this.readableLength);
          if (n < 6) this.push(objectMode ? { n: n++ } : `x${n++}`);
          else this.push(null);
        },
      });
      record(log, r, 'r', ['end', 'close', 'data']);
      markTicks(log, 10);
      await new Promise((resolve) => r.on('close', resolve));
      log(state(r));
    });
  }
}

for (const sizes of [[1, 2, 3], [5], [2, 2, 2, 2], [100], [0, 3]]) {
  diff(`read(n) across chunks ${JSON.stringify(sizes)}`, async ({ stream }, log) => {
    const r = new stream.Readable({ read() {} });
    r.push('hello');
    r.push('world');
    r.push('!');
    for (const n of sizes) log(n, r.read(n), r.readableLength);
    r.push(null);
    log('rest', r.read(), r.read());
    record(log, r, 'r', ['end', 'close']);
    r.resume();
  });
}

diff('read(n) with setEncoding splits strings', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  r.setEncoding('utf8');
  r.push('héllo');
  r.push('wörld');
  log(r.read(3), r.read(4), r.read(10), r.readableEncoding);
  r.push(null);
  log(r.read());
});

diff('setEncoding re-decodes what is buffered, including split multi-byte characters', async ({ stream, Buffer }, log) => {
  const r = new stream.Readable({ read() {} });
  const bytes = Buffer.from('€uro✓');
  r.push(bytes.subarray(0, 2));
  r.push(bytes.subarray(2, 5));
  r.setEncoding('utf8');
  r.push(bytes.subarray(5));
  r.push(null);
  record(log, r, 'r', ['data', 'end']);
});

diff('encoding option: hex and base64', async ({ stream }, log) => {
  for (const encoding of ['hex', 'base64', 'latin1']) {
    const r = new stream.Readable({ encoding, read() {} });
    r.push('abcd');
    r.push('e');
    r.push(null);
    r.on('data', (d) => log(encoding, d));
    await new Promise((resolve) => r.on('end', resolve));
  }
});

diff('push returns false at highWaterMark', async ({ stream }, log) => {
  const r = new stream.Readable({ highWaterMark: 4, read() {} });
  log(r.push('ab'), r.push('cd'), r.push('e'), r.readableLength);
  const o = new stream.Readable({ objectMode: true, highWaterMark: 2, read() {} });
  log(o.push(1), o.push(2), o.push(3), o.readableLength);
  const z = new stream.Readable({ highWaterMark: 0, read() {} });
  log(z.push('a'), z.readableLength);
});

diff('push of empty chunks and empty strings', async ({ stream, Buffer }, log) => {
  const r = new stream.Readable({ read() { log('_read'); } });
  log(r.push(''), r.push(Buffer.alloc(0)), r.readableLength);
  record(log, r, 'r', ['data', 'end', 'readable']);
  markTicks(log);
  await new Promise((resolve) => setImmediate(resolve));
  r.push(null);
});

diff('push Uint8Array and wrong types', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r', ['error', 'close']);
  log(r.push(new Uint8Array([1, 2, 3])), r.readableLength);
  log(r.push(42));
  log(state(r));
});

diff('push object in non-object mode errors; objectMode allows any value', async ({ stream }, log) => {
  for (const v of [{}, 1, true, [], Symbol.iterator]) {
    const r = new stream.Readable({ read() {} });
    r.on('error', (e) => log('error', e));
    try {
      log(r.push(v));
    } catch (e) {
      log('threw', e);
    }
  }
  const o = new stream.Readable({ objectMode: true, read() {} });
  for (const v of [{}, 1, true, '', 0, false]) log(o.push(v));
  log(o.readableLength);
});

diff('push after EOF', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r', ['error', 'close', 'end']);
  r.push(null);
  log(r.push('late'));
  markTicks(log);
});

diff('push after EOF without autoDestroy emits error but does not destroy', async ({ stream }, log) => {
  const r = new stream.Readable({ autoDestroy: false, read() {} });
  record(log, r, 'r', ['error', 'close', 'end']);
  r.push(null);
  log(r.push('late'), r.destroyed, r.errored);
});

diff('unshift puts data back in front', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  log(r.read());
  r.setEncoding('utf8');
  r.push('abc');
  r.unshift('xyz');
  r.unshift('616263', 'hex');
  log(r.read(), r.readableLength);
});

diff('unshift after end event errors', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r', ['error', 'close']);
  r.on('end', () => {
    log('end');
    log(r.unshift('x'));
  });
  r.push(null);
  r.resume();
});

diff('pause/resume and isPaused', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r', ['data', 'pause', 'resume', 'end']);
  log(r.isPaused(), r.readableFlowing);
  r.pause();
  log(r.isPaused(), r.readableFlowing);
  r.push('a');
  r.resume();
  log(r.isPaused(), r.readableFlowing);
  r.pause();
  r.pause();
  r.resume();
  r.resume();
  r.push('b');
  r.push(null);
  markTicks(log, 5);
});

diff('data listener after pause() does not resume', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  r.pause();
  r.on('data', (d) => log('data', d));
  r.push('a');
  markTicks(log);
  await new Promise((resolve) => setImmediate(resolve));
  log(state(r));
  r.resume();
});

diff('readable listener takes precedence over data', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  r.on('data', (d) => log('data', d));
  r.on('readable', () => {
    log('readable', r.readableFlowing);
    let c;
    while ((c = r.read()) !== null) log('read', c);
  });
  r.push('a');
  r.push('b');
  markTicks(log);
  await new Promise((resolve) => setImmediate(resolve));
  r.removeAllListeners('readable');
  markTicks(log);
  await new Promise((resolve) => setImmediate(resolve));
  log(state(r));
  r.push('c');
  r.push(null);
});

diff('removing the readable listener switches back to flowing when data listeners exist', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const onReadable = () => log('readable');
  r.on('readable', onReadable);
  r.on('data', (d) => log('data', d));
  r.push('x');
  await new Promise((resolve) => setImmediate(resolve));
  r.off('readable', onReadable);
  log('after off', r.readableFlowing);
  await new Promise((resolve) => setImmediate(resolve));
  log('later', r.readableFlowing);
  r.push('y');
  r.push(null);
});

diff('readableFlowing setter', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  r.readableFlowing = false;
  log(state(r));
  r.readableFlowing = null;
  log(state(r));
});

diff('destroy without error: close only, then read() returns null', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r', kAllEvents.filter((e) => e !== 'data' && e !== 'readable'));
  r.push('a');
  log(r.destroy() === r, state(r));
  log(r.push('b'), r.read());
  markTicks(log);
});

diff('destroy with error: error then close', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r');
  r.destroy(new Error('boom'));
  r.destroy(new Error('second'));
  log(state(r));
  markTicks(log);
});

diff('destroy callback and custom _destroy', async ({ stream }, log) => {
  const r = new stream.Readable({
    read() {},
    destroy(err, cb) {
      log('_destroy', err);
      setImmediate(() => cb(new Error('from _destroy')));
    },
  });
  record(log, r, 'r');
  r.destroy(null, (err) => log('cb', err));
  log(state(r));
});

diff('_destroy throwing', async ({ stream }, log) => {
  const r = new stream.Readable({
    read() {},
    destroy() { throw new Error('thrown'); },
  });
  record(log, r, 'r');
  r.destroy();
});

diff('emitClose: false', async ({ stream }, log) => {
  const r = new stream.Readable({ emitClose: false, read() {} });
  record(log, r, 'r');
  r.destroy();
  markTicks(log);
});

diff('autoDestroy: false keeps the stream after end', async ({ stream }, log) => {
  const r = new stream.Readable({ autoDestroy: false, read() {} });
  record(log, r, 'r', ['data', 'end', 'close']);
  r.push('a');
  r.push(null);
  await new Promise((resolve) => r.on('end', resolve));
  await new Promise((resolve) => setImmediate(resolve));
  log(state(r));
});

diff('_read throwing destroys the stream', async ({ stream }, log) => {
  const r = new stream.Readable({ read() { throw new Error('read failed'); } });
  record(log, r, 'r', ['data', 'error', 'close', 'end']);
});

diff('_read not implemented', async ({ stream }, log) => {
  const r = new stream.Readable();
  record(log, r, 'r', ['data', 'error', 'close']);
});

diff('construct delays _read and reports errors', async ({ stream }, log) => {
  const r = new stream.Readable({
    construct(cb) {
      log('construct');
      setImmediate(() => {
        log('constructed');
        cb();
      });
    },
    read() {
      log('_read');
      this.push('v');
      this.push(null);
    },
  });
  record(log, r, 'r', ['data', 'end', 'close']);
  const e = new stream.Readable({
    construct(cb) { cb(new Error('construct failed')); },
    read() { log('never'); },
  });
  record(log, e, 'e', ['error', 'close']);
  markTicks(log, 4);
});

diff('destroy during construct', async ({ stream }, log) => {
  const r = new stream.Readable({
    construct(cb) { setImmediate(cb); },
    read() {},
  });
  record(log, r, 'r', ['error', 'close']);
  r.destroy(new Error('early'), (err) => log('cb', err));
  log(state(r));
});

diff('error events after destroy are not emitted twice', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r');
  r.destroy(new Error('a'));
  r.push(null);
  r.push('late');
  r.emit('error', new Error('manual'));
});

diff('async iteration collects chunks', async ({ stream }, log) => {
  const r = new stream.Readable({ objectMode: true, read() {} });
  for (let i = 0; i < 5; i++) r.push(i);
  r.push(null);
  record(log, r, 'r', ['end', 'close']);
  for await (const v of r) log('v', v);
  log(state(r));
});

diff('async iteration: break destroys the stream', async ({ stream }, log) => {
  const r = new stream.Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  record(log, r, 'r', ['end', 'close', 'error']);
  for await (const v of r) {
    log('v', v);
    break;
  }
  log(state(r));
});

diff('iterator({ destroyOnReturn: false }) keeps the stream', async ({ stream }, log) => {
  const r = new stream.Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  r.push(null);
  record(log, r, 'r', ['end', 'close', 'error']);
  for await (const v of r.iterator({ destroyOnReturn: false })) {
    log('v', v);
    break;
  }
  log(state(r));
  for await (const v of r) log('again', v);
  log(state(r));
});

diff('async iteration rejects with the stream error', async ({ stream }, log) => {
  const r = new stream.Readable({ objectMode: true, read() {} });
  r.push('a');
  setImmediate(() => r.destroy(new Error('mid-stream')));
  try {
    for await (const v of r) log('v', v);
  } catch (err) {
    log('caught', err);
  }
  log(state(r));
});

diff('iterator() argument validation', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  for (const v of [null, 1, 'x']) {
    try {
      r.iterator(v);
    } catch (e) {
      log(e);
    }
  }
});

diff('premature destroy during iteration gives premature close', async ({ stream }, log) => {
  const r = new stream.Readable({ objectMode: true, read() {} });
  r.push('a');
  setImmediate(() => r.destroy());
  try {
    for await (const v of r) log('v', v);
    log('completed');
  } catch (err) {
    log('caught', err);
  }
});

diff('wrap() an old-style stream', async ({ stream }, log) => {
  const EE = require('events');
  const old = new EE();
  old.pause = () => log('old pause');
  old.resume = () => log('old resume');
  const r = new stream.Readable({ highWaterMark: 2 }).wrap(old);
  record(log, r, 'r', ['data', 'end', 'close']);
  old.emit('data', 'ab');
  old.emit('data', 'cd');
  old.emit('data', 'ef');
  await new Promise((resolve) => setImmediate(resolve));
  old.emit('end');
});

diff('readable getters through a whole lifecycle', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  log(state(r));
  r.push('abc');
  log(state(r));
  r.on('data', () => log('data', state(r)));
  await new Promise((resolve) => setImmediate(resolve));
  r.push(null);
  r.on('end', () => log('end', state(r)));
  await new Promise((resolve) => r.on('close', resolve));
  log('close', state(r));
});

diff('readableAborted after destroy before end', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  r.destroy();
  log(r.readableAborted);
  const r2 = new stream.Readable({ read() {} });
  r2.push(null);
  r2.resume();
  await new Promise((resolve) => r2.on('end', resolve));
  log(r2.readableAborted);
});

diff('read() with huge size throws', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  try {
    r.read(2 ** 31);
  } catch (e) {
    log(e);
  }
  r.read(1000);
  log(r.readableHighWaterMark);
  r.read(70000);
  log(r.readableHighWaterMark);
});

diff('read(string) is parsed as an integer', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  r.push('abcdef');
  log(r.read('2'), r.read('x'), r.read(1.5));
});

diff('end after data consumed in paused mode', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  r.push('abc');
  r.push(null);
  record(log, r, 'r', ['end', 'close', 'readable']);
  markTicks(log);
  await new Promise((resolve) => setImmediate(resolve));
  log(r.read(), state(r));
  markTicks(log);
});

diff('resume with no data listener drains the stream', async ({ stream }, log) => {
  let n = 0;
  const r = new stream.Readable({ read() { this.push(n++ < 3 ? 'x' : null); } });
  record(log, r, 'r', ['end', 'close', 'resume']);
  r.resume();
  markTicks(log, 6);
});

diff('signal option aborts a readable', async ({ stream }, log) => {
  const ac = new AbortController();
  const r = new stream.Readable({ signal: ac.signal, read() {} });
  record(log, r, 'r');
  ac.abort('why');
  log(state(r));
  const pre = new AbortController();
  pre.abort();
  const r2 = new stream.Readable({ signal: pre.signal, read() {} });
  record(log, r2, 'r2');
  log(r2.destroyed);
});

diff('Symbol.asyncDispose destroys with AbortError', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r');
  await r[Symbol.asyncDispose]();
  log(state(r));
});

diff('captureRejections path: nodejs.rejection destroys', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r');
  r[Symbol.for('nodejs.rejection')](new Error('rejected'));
});

diff('large byte stream through read() in pieces', async ({ stream, Buffer }, log) => {
  let sent = 0;
  const r = new stream.Readable({
    highWaterMark: 1000,
    read(n) {
      if (sent >= 10000) {
        this.push(null);
        return;
      }
      const chunk = Buffer.alloc(777, sent % 251);
      sent += 777;
      this.push(chunk);
    },
  });
  let total = 0;
  let count = 0;
  r.on('readable', () => {
    let c;
    while ((c = r.read(500)) !== null) {
      total += c.length;
      count++;
    }
  });
  await new Promise((resolve) => r.on('end', resolve));
  log(total, count);
});

diff('unshift of every kind of value, with and without an encoding', async ({ stream, Buffer }, log) => {
  const values = ['', 'txt', Buffer.from('buf'), new Uint16Array([0x4142]), new DataView(new ArrayBuffer(2)), null,
    undefined, 5, {}, Buffer.alloc(0)];
  for (const enc of [undefined, 'utf8', 'hex']) {
    for (const v of values) {
      const r = new stream.Readable({ read() {} });
      if (enc) r.setEncoding(enc);
      r.on('error', (e) => log('error', e));
      r.push('x');
      log(String(enc), typeof v, r.unshift(v), r.readableLength, r.read(), r.destroyed);
    }
  }
  const o = new stream.Readable({ objectMode: true, read() {} });
  for (const v of ['', 0, false, {}, undefined]) log('object', o.unshift(v), o.readableLength);
  await new Promise((resolve) => setImmediate(resolve));
});
