'use strict';

const { diff, markTicks, record } = require('./helpers.js');

const delay = (ms, v) => new Promise((resolve) => setTimeout(resolve, ms, v));

diff('Readable.from: arrays, sets, generators, async generators, strings, buffers', async ({ stream, Buffer }, log) => {
  const sources = [
    [1, 2, 3],
    new Set(['a', 'b']),
    (function* () {
      yield 'g1';
      yield 'g2';
    })(),
    (async function* () {
      yield 'ag1';
      yield 'ag2';
    })(),
    'a whole string',
    Buffer.from('a whole buffer'),
    [],
    [Promise.resolve('p1'), 'plain', Promise.resolve('p2')],
    new Map([[1, 2]]),
  ];
  for (const src of sources) {
    const r = stream.Readable.from(src);
    const out = [];
    for await (const c of r) out.push(c);
    log(out, r.readableObjectMode, r.readableHighWaterMark);
  }
});

diff('Readable.from: event sequence for a sync iterable', async ({ stream }, log) => {
  const r = stream.Readable.from([1, 2, 3]);
  record(log, r, 'r', ['data', 'end', 'close']);
  markTicks(log, 6);
});

diff('Readable.from: event sequence for an async generator', async ({ stream }, log) => {
  const r = stream.Readable.from((async function* () {
    yield 1;
    yield 2;
  })());
  record(log, r, 'r', ['data', 'end', 'close']);
  markTicks(log, 6);
});

diff('Readable.from with options', async ({ stream }, log) => {
  const r = stream.Readable.from(['ab', 'cd'], { objectMode: false, highWaterMark: 3 });
  log(r.readableObjectMode, r.readableHighWaterMark);
  const out = [];
  for await (const c of r) out.push(c);
  log(out);
});

diff('Readable.from errors', async ({ stream }, log) => {
  for (const bad of [5, null, undefined, {}, true]) {
    try {
      stream.Readable.from(bad);
    } catch (e) {
      log(e);
    }
  }
  const r = stream.Readable.from([1, null, 2]);
  record(log, r, 'r', ['data', 'error', 'close']);
  await new Promise((resolve) => r.on('close', resolve));
  const t = stream.Readable.from((function* () {
    yield 1;
    throw new Error('generator threw');
  })());
  record(log, t, 't', ['data', 'error', 'close']);
  await new Promise((resolve) => t.on('close', resolve));
  const rej = stream.Readable.from([Promise.reject(new Error('rejected value'))]);
  record(log, rej, 'rej', ['data', 'error', 'close']);
});

diff('Readable.from: destroy returns the iterator', async ({ stream }, log) => {
  const gen = (function* () {
    try {
      yield 1;
      yield 2;
    } finally {
      log('generator finally');
    }
  })();
  const r = stream.Readable.from(gen);
  record(log, r, 'r', ['close', 'error']);
  for await (const v of r) {
    log('v', v);
    break;
  }
  const agen = (async function* () {
    try {
      yield 1;
      await delay(5);
      yield 2;
    } catch (e) {
      log('async gen caught', e);
    }
  })();
  const ar = stream.Readable.from(agen);
  ar.on('error', (e) => log('ar error', e));
  ar.once('data', () => ar.destroy(new Error('stop')));
  await new Promise((resolve) => ar.on('close', resolve));
});

diff('map, filter, toArray', async ({ stream }, log) => {
  log(await stream.Readable.from([1, 2, 3, 4]).map((x) => x * 2).toArray());
  log(await stream.Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray());
  log(await stream.Readable.from([1, 2, 3]).map(async (x) => {
    await delay(1);
    return x + 1;
  }).toArray());
  log(await stream.Readable.from([]).map((x) => x).toArray());
  const m = stream.Readable.from([1]).map((x) => x);
  log(m.readableObjectMode, m.readableHighWaterMark, m instanceof stream.Readable);
});

diff('map with concurrency keeps order', async ({ stream }, log) => {
  const started = [];
  const out = await stream.Readable.from([30, 10, 20, 5]).map(async (ms) => {
    started.push(ms);
    await delay(ms);
    return ms;
  }, { concurrency: 2 }).toArray();
  log(out, started);
});

diff('map: errors reject and destroy', async ({ stream }, log) => {
  const src = stream.Readable.from([1, 2, 3]);
  try {
    await src.map((x) => {
      if (x === 2) throw new Error('map failed');
      return x;
    }).toArray();
  } catch (e) {
    log('caught', e);
  }
  await delay(1);
  log(src.destroyed);
  try {
    await stream.Readable.from([1]).map(async () => { throw new Error('async map failed'); }).toArray();
  } catch (e) {
    log('caught', e);
  }
});

diff('operator argument validation', async ({ stream }, log) => {
  const r = () => stream.Readable.from([1, 2]);
  const cases = [
    () => r().map(1),
    () => r().map((x) => x, 5),
    () => r().map((x) => x, { concurrency: 0 }),
    () => r().map((x) => x, { concurrency: 'x' }),
    () => r().map((x) => x, { highWaterMark: -1 }),
    () => r().map((x) => x, { signal: {} }),
    () => r().filter(null),
    () => r().flatMap('x'),
    () => r().drop(-1),
    () => r().take(-5),
    () => r().drop(1, 'opts'),
    () => new (r().map)((x) => x),
  ];
  for (const fn of cases) {
    try {
      fn();
      log('no throw');
    } catch (e) {
      log(e);
    }
  }
  const promiseCases = [
    () => r().forEach(1),
    () => r().reduce(1),
    () => r().toArray(5),
    () => r().some('x'),
    () => r().every(null),
    () => r().find(1),
    () => r().reduce((a, b) => a, 0, { signal: 1 }),
  ];
  for (const fn of promiseCases) {
    try {
      await fn();
      log('resolved');
    } catch (e) {
      log(e);
    }
  }
});

diff('forEach, some, every, find', async ({ stream }, log) => {
  const seen = [];
  log(await stream.Readable.from([1, 2, 3]).forEach((x) => seen.push(x)), seen);
  log(await stream.Readable.from([1, 2, 3]).some((x) => x > 2));
  log(await stream.Readable.from([1, 2, 3]).some((x) => x > 5));
  log(await stream.Readable.from([1, 2, 3]).every((x) => x > 0));
  log(await stream.Readable.from([1, 2, 3]).every(async (x) => x > 1));
  log(await stream.Readable.from([1, 2, 3]).find((x) => x >= 2));
  log(await stream.Readable.from([1, 2, 3]).find((x) => x > 9));
});

diff('reduce', async ({ stream }, log) => {
  log(await stream.Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b));
  log(await stream.Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b, 10));
  log(await stream.Readable.from([]).reduce((a, b) => a + b, 'init'));
  try {
    await stream.Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    log(e);
  }
  log(await stream.Readable.from(['a', 'b']).reduce(async (a, b) => a + b, ''));
  const ac = new AbortController();
  ac.abort();
  const r = stream.Readable.from([1]);
  try {
    await r.reduce((a, b) => a + b, 0, { signal: ac.signal });
  } catch (e) {
    log('aborted', e, r.destroyed);
  }
});

diff('flatMap, drop, take', async ({ stream }, log) => {
  log(await stream.Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  log(await stream.Readable.from([1, 2]).flatMap(async function* (x) {
    yield x;
    yield -x;
  }).toArray());
  log(await stream.Readable.from([1, 2, 3, 4, 5]).drop(2).toArray());
  log(await stream.Readable.from([1, 2, 3, 4, 5]).take(2).toArray());
  log(await stream.Readable.from([1, 2, 3]).take(0).toArray());
  log(await stream.Readable.from([1, 2, 3]).drop(10).toArray());
  log(await stream.Readable.from([1, 2, 3]).take('2').toArray());
  log(await stream.Readable.from([1, 2, 3]).drop(NaN).toArray());
  log(await stream.Readable.from([1, 2, 3]).take(Infinity).toArray());
});

diff('take stops pulling from the source', async ({ stream }, log) => {
  let pulled = 0;
  const src = stream.Readable.from((function* () {
    while (true) {
      pulled++;
      yield pulled;
    }
  })());
  log(await src.take(3).toArray());
  await delay(1);
  log(src.destroyed);
});

diff('operators with an aborted signal', async ({ stream }, log) => {
  const ac = new AbortController();
  ac.abort();
  const ops = [
    (r) => r.map((x) => x, { signal: ac.signal }).toArray(),
    (r) => r.filter((x) => x, { signal: ac.signal }).toArray(),
    (r) => r.toArray({ signal: ac.signal }),
    (r) => r.forEach(() => {}, { signal: ac.signal }),
    (r) => r.drop(1, { signal: ac.signal }).toArray(),
    (r) => r.take(1, { signal: ac.signal }).toArray(),
  ];
  for (const op of ops) {
    try {
      await op(stream.Readable.from([1, 2]));
      log('resolved');
    } catch (e) {
      log(e.name, e.code);
    }
  }
});

diff('map: aborting the signal mid-stream', async ({ stream }, log) => {
  const ac = new AbortController();
  const src = stream.Readable.from((async function* () {
    for (let i = 0; ; i++) {
      await delay(2);
      yield i;
    }
  })());
  const mapped = src.map(async (x) => x, { signal: ac.signal });
  const p = mapped.toArray();
  setTimeout(() => ac.abort(), 10);
  try {
    await p;
    log('resolved');
  } catch (e) {
    log('rejected', e.name, e.code);
  }
  await delay(5);
  log(src.destroyed, mapped.destroyed);
});

diff('operators on byte streams', async ({ stream, Buffer }, log) => {
  const r = new stream.Readable({ read() {} });
  r.push(Buffer.from('ab'));
  r.push(Buffer.from('cd'));
  r.push(null);
  log(await r.map((b) => b.toString().toUpperCase()).toArray());
});

diff('map options and take/drop counts of every type', async ({ stream }, log) => {
  const optionSets = [{ concurrency: Infinity }, { concurrency: 2.7 }, { highWaterMark: 0 }, { highWaterMark: 1.5 },
    { concurrency: -1 }, { concurrency: '3' }, { concurrency: null }, { signal: null }, { highWaterMark: Infinity }];
  for (const opts of optionSets) {
    try {
      log(opts, await stream.Readable.from([1, 2, 3]).map(async (x) => x, opts).toArray());
    } catch (e) {
      log(opts, e);
    }
  }
  for (const n of [Infinity, -0, 0.5, '1', null, undefined, {}, 1n, -Infinity, NaN]) {
    for (const op of ['take', 'drop']) {
      try {
        log(op, String(n), await stream.Readable.from([1, 2, 3])[op](n).toArray());
      } catch (e) {
        log(op, String(n), e);
      }
    }
  }
});
