'use strict';

const { diff, kAllEvents, markTicks, record } = require('./helpers.js');

const events = kAllEvents.filter((e) => e !== 'data' && e !== 'readable');

function collector(stream, out, opts = {}) {
  return new stream.Writable({
    objectMode: true,
    ...opts,
    write(c, e, cb) {
      out.push(typeof c === 'object' && c instanceof Uint8Array ? Buffer.from(c).toString() : c);
      cb();
    },
  });
}

diff('pipeline: readable -> transform -> writable, callback once', async ({ stream }, log) => {
  const out = [];
  const r = stream.Readable.from(['a', 'b', 'c']);
  const t = new stream.Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } });
  const w = collector(stream, out);
  record(log, r, 'r', events);
  record(log, t, 't', events);
  record(log, w, 'w', events);
  const ret = stream.pipeline(r, t, w, (err, val) => log('done', err, val));
  log(ret === w);
  await new Promise((resolve) => w.on('close', resolve));
  await new Promise((resolve) => setImmediate(resolve));
  log(out);
});

diff('pipeline: source error destroys everything', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const t = new stream.PassThrough();
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  record(log, r, 'r', events);
  record(log, t, 't', events);
  record(log, w, 'w', events);
  stream.pipeline(r, t, w, (err) => log('done', err, r.destroyed, t.destroyed, w.destroyed));
  r.push('x');
  setImmediate(() => r.destroy(new Error('source broke')));
});

diff('pipeline: destination error', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const w = new stream.Writable({ write(c, e, cb) { cb(new Error('sink broke')); } });
  record(log, r, 'r', events);
  record(log, w, 'w', events);
  stream.pipeline(r, w, (err) => log('done', err, r.destroyed));
  r.push('x');
});

diff('pipeline: premature close of the middle stream', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const t = new stream.PassThrough();
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  stream.pipeline(r, t, w, (err) => log('done', err));
  r.push('x');
  setImmediate(() => t.destroy());
});

diff('pipeline with generators and async functions', async ({ stream }, log) => {
  const result = await new Promise((resolve) => {
    stream.pipeline(
      function* () {
        yield 1;
        yield 2;
        yield 3;
      },
      async function* (source) {
        for await (const v of source) yield v * 2;
      },
      async function (source) {
        let sum = 0;
        for await (const v of source) sum += v;
        return sum;
      },
      (err, val) => resolve([err, val]),
    );
  });
  log(result);
});

diff('pipeline: iterable source into a writable', async ({ stream }, log) => {
  const out = [];
  const w = collector(stream, out, { highWaterMark: 1 });
  record(log, w, 'w', events);
  await new Promise((resolve) => stream.pipeline(['x', 'y', 'z'], w, (err) => {
    log('done', err);
    resolve();
  }));
  log(out);
});

diff('pipeline: async generator stage throwing', async ({ stream }, log) => {
  const r = stream.Readable.from([1, 2, 3]);
  record(log, r, 'r', events);
  await new Promise((resolve) => stream.pipeline(
    r,
    async function* (source) {
      for await (const v of source) {
        if (v === 2) throw new Error('stage failed');
        yield v;
      }
    },
    collector(stream, []),
    (err) => {
      log('done', err);
      resolve();
    },
  ));
});

diff('pipeline: argument errors', async ({ stream }, log) => {
  const cases = [
    () => stream.pipeline(),
    () => stream.pipeline(() => {}),
    () => stream.pipeline(new stream.PassThrough(), () => {}),
    () => stream.pipeline([new stream.PassThrough()], () => {}),
    () => stream.pipeline(() => 5, new stream.PassThrough(), () => {}),
    () => stream.pipeline(['a'], () => 5, new stream.PassThrough(), () => {}),
    () => stream.pipeline(['a'], () => 5, () => {}),
    () => stream.pipeline(5, new stream.PassThrough(), () => {}),
  ];
  for (const fn of cases) {
    try {
      const ret = fn();
      log('returned', typeof ret);
    } catch (e) {
      log(e);
    }
  }
});

diff('pipeline: array form', async ({ stream }, log) => {
  const out = [];
  await new Promise((resolve) => stream.pipeline([stream.Readable.from(['q']), collector(stream, out)], (err) => {
    log('done', err);
    resolve();
  }));
  log(out);
});

diff('pipeline with signal: abort destroys the streams', async ({ stream, promises }, log) => {
  const ac = new AbortController();
  const r = new stream.Readable({ read() {} });
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  record(log, r, 'r', events);
  record(log, w, 'w', events);
  const p = promises.pipeline(r, w, { signal: ac.signal });
  r.push('x');
  setImmediate(() => ac.abort());
  try {
    await p;
    log('resolved');
  } catch (e) {
    log('rejected', e);
  }
});

diff('promises.pipeline with already-aborted signal', async ({ stream, promises }, log) => {
  const ac = new AbortController();
  ac.abort();
  const r = new stream.Readable({ read() {} });
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  try {
    await promises.pipeline(r, w, { signal: ac.signal });
  } catch (e) {
    log('rejected', e, r.destroyed, w.destroyed);
  }
  try {
    await promises.pipeline(r, w, { signal: 'nope' });
  } catch (e) {
    log('bad signal', e);
  }
});

diff('promises.pipeline resolves with the last function value', async ({ stream, promises }, log) => {
  const v = await promises.pipeline(stream.Readable.from([1, 2]), async (source) => {
    const got = [];
    for await (const x of source) got.push(x);
    return got;
  });
  log(v);
});

diff('pipeline with end: false', async ({ stream, promises }, log) => {
  const out = [];
  const w = collector(stream, out);
  record(log, w, 'w', events);
  await promises.pipeline(stream.Readable.from(['a']), w, { end: false });
  log(w.writableEnded, out);
  w.end();
});

diff('finished: callback on end, finish, error and premature close', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  stream.finished(r, (err) => log('r finished', err));
  r.push(null);
  r.resume();
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  stream.finished(w, (err) => log('w finished', err));
  w.end();
  const e = new stream.Readable({ read() {} });
  stream.finished(e, (err) => log('e finished', err));
  e.destroy(new Error('broken'));
  const p = new stream.Readable({ read() {} });
  stream.finished(p, (err) => log('p finished', err));
  p.destroy();
  const d = new stream.Duplex({ read() {}, write(c, e, cb) { cb(); } });
  stream.finished(d, { readable: false }, (err) => log('d writable finished', err));
  stream.finished(d, (err) => log('d finished', err));
  d.end();
  setImmediate(() => {
    d.push(null);
    d.resume();
  });
  markTicks(log, 5);
});

diff('finished: cleanup function and error: false', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  const cleanup = stream.finished(r, (err) => log('never', err));
  cleanup();
  r.on('error', () => log('error listener'));
  const counts = r.listenerCount('end') + r.listenerCount('close');
  log(typeof cleanup, counts);
  stream.finished(r, { error: false }, (err) => log('finished', err));
  r.destroy(new Error('x'));
});

diff('finished on already finished/destroyed streams', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  r.push(null);
  r.resume();
  await new Promise((resolve) => r.on('close', resolve));
  stream.finished(r, (err) => log('late r', err));
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  w.destroy(new Error('gone'));
  w.on('error', () => {});
  await new Promise((resolve) => w.on('close', resolve));
  stream.finished(w, (err) => log('late w', err));
});

diff('finished argument validation', async ({ stream }, log) => {
  const cases = [
    () => stream.finished({}, () => {}),
    () => stream.finished(new stream.PassThrough()),
    () => stream.finished(new stream.PassThrough(), 'x', () => {}),
    () => stream.finished(new stream.PassThrough(), { signal: 1 }, () => {}),
    () => stream.finished(null, () => {}),
  ];
  for (const fn of cases) {
    try {
      fn();
      log('ok');
    } catch (e) {
      log(e);
    }
  }
});

diff('finished with signal', async ({ stream }, log) => {
  const ac = new AbortController();
  const r = new stream.Readable({ read() {} });
  stream.finished(r, { signal: ac.signal }, (err) => log('finished', err, r.destroyed));
  ac.abort();
  const pre = new AbortController();
  pre.abort();
  stream.finished(new stream.PassThrough(), { signal: pre.signal }, (err) => log('pre', err));
});

diff('promises.finished', async ({ stream, promises }, log) => {
  const r = new stream.Readable({ read() {} });
  const p = promises.finished(r);
  r.push(null);
  r.resume();
  log('resolved', await p);
  const e = new stream.Readable({ read() {} });
  const q = promises.finished(e, { cleanup: true });
  e.destroy(new Error('bad'));
  try {
    await q;
  } catch (err) {
    log('rejected', err, e.listenerCount('error'));
  }
  try {
    await promises.finished(new stream.PassThrough(), { cleanup: 'yes' });
  } catch (err) {
    log(err);
  }
});

diff('finished on a legacy emitter-based stream', async ({ stream }, log) => {
  const EE = require('events');
  const s = new EE();
  s.write = () => true;
  s.writable = true;
  stream.finished(s, (err) => log('legacy finished', err));
  s.writable = false;
  s.emit('close');
});

diff('addAbortSignal destroys with AbortError and validates', async ({ stream }, log) => {
  const ac = new AbortController();
  const r = new stream.Readable({ read() {} });
  record(log, r, 'r', events);
  log(stream.addAbortSignal(ac.signal, r) === r);
  ac.abort(new Error('reason'));
  for (const [sig, s] of [[{}, r], [ac.signal, {}], [null, r], [ac.signal, null]]) {
    try {
      stream.addAbortSignal(sig, s);
    } catch (e) {
      log(e);
    }
  }
});

diff('compose: two transforms into one duplex', async ({ stream }, log) => {
  const upper = new stream.Transform({ objectMode: true, transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const excl = new stream.Transform({ objectMode: true, transform(c, e, cb) { cb(null, `${c}!`); } });
  const d = stream.compose(upper, excl);
  log(d instanceof stream.Duplex, d.readable, d.writable);
  const out = [];
  d.on('data', (c) => out.push(c));
  d.write('a');
  d.end('b');
  await new Promise((resolve) => d.on('end', resolve));
  log(out);
});

diff('compose with generator functions', async ({ stream, promises }, log) => {
  const d = stream.compose(
    async function* (source) {
      for await (const c of source) yield String(c) + '1';
    },
    async function* (source) {
      for await (const c of source) yield c + '2';
    },
  );
  const out = [];
  await promises.pipeline(stream.Readable.from(['x', 'y']), d, collector(stream, out));
  log(out);
});

diff('compose errors', async ({ stream }, log) => {
  const cases = [
    () => stream.compose(),
    () => stream.compose(new stream.Writable({ write(c, e, cb) { cb(); } }), new stream.PassThrough()),
    () => stream.compose(new stream.PassThrough(), new stream.Readable({ read() {} })),
    () => stream.compose(5),
  ];
  for (const fn of cases) {
    try {
      const ret = fn();
      log('ret', ret.constructor.name);
    } catch (e) {
      log(e);
    }
  }
});

diff('compose: error in a stage destroys the composed stream', async ({ stream }, log) => {
  const bad = new stream.Transform({ transform(c, e, cb) { cb(new Error('stage error')); } });
  const d = stream.compose(new stream.PassThrough(), bad);
  record(log, d, 'd', events);
  d.write('x');
});

diff('Readable.prototype.compose', async ({ stream }, log) => {
  const out = await stream.Readable.from([1, 2]).compose(async function* (source) {
    for await (const v of source) yield v + 100;
  }).toArray();
  log(out);
  try {
    stream.Readable.from([1]).compose(new stream.Readable({ read() {} }));
  } catch (e) {
    log(e);
  }
});

diff('stream.destroy and predicates', async ({ stream }, log) => {
  const r = new stream.Readable({ read() {} });
  log(stream.isReadable(r), stream.isWritable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r));
  r.push('x');
  r.read();
  log(stream.isDisturbed(r));
  stream.destroy(r, new Error('bye'));
  r.on('error', () => {});
  log(stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r));
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  log(stream.isWritable(w), stream.isReadable(w));
  w.end();
  log(stream.isWritable(w));
  log(stream.isReadable({}), stream.isWritable({}), stream.isDestroyed({}), stream.isErrored({}), stream.isDisturbed({}));
  const EE = require('events');
  const legacy = new EE();
  legacy.close = () => log('legacy close');
  stream.destroy(legacy);
});
