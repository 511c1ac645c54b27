'use strict';

// Generated scenarios: seeded random sequences of operations on Readable, Writable and Transform streams (push,
// read(n), pause/resume, listeners, writes with and without callbacks, cork/uncork, end, destroy), interleaved
// with ticks and immediates. Each sequence runs against rnode's module and Node's; the logs must match.

const { diff } = require('./helpers.js');

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6D2B79F5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

async function pause(kind) {
  if (kind === 'tick') await new Promise((resolve) => process.nextTick(resolve));
  else if (kind === 'immediate') await new Promise((resolve) => setImmediate(resolve));
}

function readableScenario(seed) {
  return async ({ stream }, log) => {
    const rand = prng(seed);
    const objectMode = rand() < 0.3;
    const hwm = pick(rand, [0, 1, 2, 5, 16, undefined]);
    const encoding = !objectMode && rand() < 0.2 ? pick(rand, ['utf8', 'hex', 'latin1']) : undefined;
    let pending = 0;
    const r = new stream.Readable({
      objectMode,
      highWaterMark: hwm,
      encoding,
      read(n) {
        log('_read', n, this.readableLength);
        pending++;
      },
      construct: rand() < 0.2 ? (cb) => {
        log('_construct');
        const err = rand() < 0.2 ? new Error('gen construct error') : null;
        if (rand() < 0.5) cb(err);
        else setImmediate(cb, err);
      } : undefined,
    });
    for (const ev of ['end', 'close', 'error', 'pause', 'resume']) r.on(ev, (e) => log(ev, e));
    let count = 0;
    const chunk = () => (objectMode ? { n: count++ } : `c${count++}`.repeat(1 + Math.floor(rand() * 3)));
    const steps = 8 + Math.floor(rand() * 12);
    let ended = false;
    for (let i = 0; i < steps; i++) {
      const op = pick(rand, ['push', 'push', 'push', 'read', 'readN', 'pause', 'resume', 'data', 'readable',
        'unshift', 'tick', 'immediate', 'end', 'destroy']);
      switch (op) {
        case 'push':
          if (!ended) log('push', r.push(chunk()), r.readableLength);
          break;
        case 'unshift':
          if (!ended) log('unshift', r.unshift(chunk()), r.readableLength);
          break;
        case 'read':
          log('read()', r.read());
          break;
        case 'readN':
          log('read(n)', r.read(Math.floor(rand() * 6)));
          break;
        case 'pause':
          r.pause();
          log('paused', r.isPaused(), r.readableFlowing);
          break;
        case 'resume':
          r.resume();
          log('resumed', r.isPaused(), r.readableFlowing);
          break;
        case 'data':
          if (r.listenerCount('data') === 0) r.on('data', (d) => log('data', d));
          break;
        case 'readable':
          if (r.listenerCount('readable') === 0) {
            r.on('readable', () => {
              log('readable', r.readableLength);
              if (rand() < 0.5) log('read in readable', r.read());
            });
          }
          break;
        case 'end':
          if (!ended) {
            ended = true;
            r.push(null);
            log('ended', r.readableLength);
          }
          break;
        case 'destroy':
          if (rand() < 0.3) {
            r.destroy(rand() < 0.5 ? new Error('gen destroy') : undefined);
            log('destroyed', r.destroyed);
          }
          break;
        default:
          await pause(op);
      }
    }
    await pause('immediate');
    log('final', r.readableLength, r.readableFlowing, r.readableEnded, r.destroyed, pending > 0);
  };
}

function writableScenario(seed) {
  return async ({ stream }, log) => {
    const rand = prng(seed);
    const objectMode = rand() < 0.3;
    const hwm = pick(rand, [0, 1, 3, 8, undefined]);
    const mode = pick(rand, ['sync', 'tick', 'immediate', 'mixed']);
    const useWritev = rand() < 0.4;
    const w = new stream.Writable({
      objectMode,
      highWaterMark: hwm,
      decodeStrings: rand() < 0.8,
      write(c, e, cb) {
        log('_write', c, e);
        const how = mode === 'mixed' ? pick(rand, ['sync', 'tick', 'immediate']) : mode;
        const err = rand() < 0.05 ? new Error('gen write error') : null;
        if (how === 'sync') cb(err);
        else if (how === 'tick') process.nextTick(cb, err);
        else setImmediate(cb, err);
      },
      writev: useWritev ? function (chunks, cb) {
        const list = [];
        for (const { chunk, encoding } of chunks) list.push([chunk, encoding]);
        log('_writev', list);
        setImmediate(cb, rand() < 0.1 ? new Error('gen writev error') : null);
      } : undefined,
      final: rand() < 0.5 ? (cb) => {
        log('_final');
        const err = rand() < 0.15 ? new Error('gen final error') : null;
        if (rand() < 0.5) cb(err);
        else setImmediate(cb, err);
      } : undefined,
      construct: rand() < 0.25 ? (cb) => {
        log('_construct');
        const err = rand() < 0.2 ? new Error('gen construct error') : null;
        if (rand() < 0.5) cb(err);
        else setImmediate(cb, err);
      } : undefined,
    });
    for (const ev of ['drain', 'finish', 'prefinish', 'close', 'error']) w.on(ev, (e) => log(ev, e));
    let count = 0;
    const steps = 6 + Math.floor(rand() * 12);
    for (let i = 0; i < steps; i++) {
      const op = pick(rand, ['write', 'write', 'writeCb', 'cork', 'uncork', 'tick', 'immediate', 'end', 'destroy']);
      const n = count++;
      switch (op) {
        case 'write':
          log('write', n, w.write(objectMode ? { n } : `w${n}`), w.writableLength, w.writableNeedDrain);
          break;
        case 'writeCb':
          log('write', n, w.write(objectMode ? [n] : `cb${n}`, (err) => log('cb', n, err)));
          break;
        case 'cork':
          w.cork();
          log('corked', w.writableCorked);
          break;
        case 'uncork':
          w.uncork();
          log('uncorked', w.writableCorked);
          break;
        case 'end':
          if (rand() < 0.4) {
            w.end((err) => log('end cb', n, err));
            log('ending', w.writableEnded);
          }
          break;
        case 'destroy':
          if (rand() < 0.2) w.destroy();
          break;
        default:
          await pause(op);
      }
    }
    await pause('immediate');
    log('final', w.writableLength, w.writableFinished, w.destroyed, w.writableCorked);
  };
}

function transformScenario(seed) {
  return async ({ stream }, log) => {
    const rand = prng(seed);
    const hwm = pick(rand, [1, 2, 4, undefined]);
    const t = new stream.Transform({
      objectMode: true,
      highWaterMark: hwm,
      transform(c, e, cb) {
        const how = pick(rand, ['sync', 'tick', 'immediate']);
        const out = rand() < 0.3 ? null : c * 10;
        if (how === 'sync') cb(null, out);
        else if (how === 'tick') process.nextTick(cb, null, out);
        else setImmediate(cb, null, out);
      },
      flush(cb) {
        log('_flush');
        cb(null, 'flushed');
      },
    });
    for (const ev of ['drain', 'finish', 'end', 'close', 'error']) t.on(ev, (e) => log(ev, e));
    const steps = 6 + Math.floor(rand() * 10);
    let n = 0;
    for (let i = 0; i < steps; i++) {
      const op = pick(rand, ['write', 'write', 'read', 'data', 'immediate', 'tick', 'end']);
      switch (op) {
        case 'write':
          if (!t.writableEnded) log('write', n, t.write(n++), t.writableLength, t.readableLength);
          break;
        case 'read':
          log('read', t.read());
          break;
        case 'data':
          if (t.listenerCount('data') === 0) t.on('data', (d) => log('data', d));
          break;
        case 'end':
          if (!t.writableEnded) t.end();
          break;
        default:
          await pause(op);
      }
    }
    t.resume();
    await pause('immediate');
    log('final', t.readableEnded, t.writableFinished, t.destroyed);
  };
}

for (let seed = 1; seed <= 150; seed++) diff(`generated Readable scenario #${seed}`, readableScenario(seed));
for (let seed = 1; seed <= 150; seed++) diff(`generated Writable scenario #${seed}`, writableScenario(seed * 7919));
for (let seed = 1; seed <= 80; seed++) diff(`generated Transform scenario #${seed}`, transformScenario(seed * 104729));

// Chains: a source, zero to two transforms and a sink, connected by pipe(), pipeline() or promises.pipeline(),
// with random speeds, highWaterMarks, and an occasional error or destroy somewhere along the way.
function chainScenario(seed) {
  return async ({ stream, promises }, log) => {
    const rand = prng(seed);
    const objectMode = rand() < 0.5;
    const total = 2 + Math.floor(rand() * 8);
    const later = (fn) => {
      const how = pick(rand, ['sync', 'tick', 'immediate']);
      if (how === 'sync') fn();
      else if (how === 'tick') process.nextTick(fn);
      else setImmediate(fn);
    };
    const failAt = rand() < 0.25 ? Math.floor(rand() * total) : -1;
    const failWhere = pick(rand, ['source', 'transform', 'sink', 'destroy-source', 'destroy-sink']);
    let n = 0;
    const source = new stream.Readable({
      objectMode,
      highWaterMark: pick(rand, [1, 2, 4, undefined]),
      read() {
        later(() => {
          if (n === failAt && failWhere === 'source') {
            this.destroy(new Error('source failed'));
          } else if (n === failAt && failWhere === 'destroy-source') {
            this.destroy();
          } else {
            this.push(n < total ? (objectMode ? { n } : `s${n}`) : null);
          }
          n++;
        });
      },
    });
    const stages = [source];
    const transforms = Math.floor(rand() * 3);
    for (let i = 0; i < transforms; i++) {
      let seen = 0;
      stages.push(new stream.Transform({
        objectMode,
        highWaterMark: pick(rand, [1, 2, undefined]),
        transform(c, e, cb) {
          const k = seen++;
          later(() => {
            if (k === failAt && failWhere === 'transform') cb(new Error(`transform ${i} failed`));
            else cb(null, objectMode ? { ...c, [`t${i}`]: true } : `${c}|${i}`);
          });
        },
      }));
    }
    let written = 0;
    const sink = new stream.Writable({
      objectMode,
      highWaterMark: pick(rand, [1, 3, undefined]),
      write(c, e, cb) {
        const k = written++;
        log('sink got', c);
        later(() => {
          if (k === failAt && failWhere === 'sink') cb(new Error('sink failed'));
          else cb();
          if (k === failAt && failWhere === 'destroy-sink') sink.destroy();
        });
      },
    });
    stages.push(sink);
    stages.forEach((s, i) => {
      for (const ev of ['end', 'finish', 'close', 'error', 'unpipe']) {
        s.on(ev, (e) => log(`${i}:${ev}`, ev === 'unpipe' ? undefined : e));
      }
    });
    const how = pick(rand, ['pipe', 'pipeline', 'promises']);
    log('how', how, transforms, total, failAt, failWhere);
    if (how === 'pipe') {
      let cur = source;
      for (let i = 1; i < stages.length; i++) cur = cur.pipe(stages[i]);
      await new Promise((resolve) => {
        sink.on('close', resolve);
        setTimeout(resolve, 200);
      });
    } else if (how === 'pipeline') {
      await new Promise((resolve) => stream.pipeline(stages, (err) => {
        log('pipeline done', err);
        resolve();
      }));
    } else {
      try {
        await promises.pipeline(...stages);
        log('resolved');
      } catch (err) {
        log('rejected', err);
      }
    }
    log('states', stages.map((s) => [s.destroyed, s.readableEnded, s.writableFinished]));
  };
}

for (let seed = 1; seed <= 120; seed++) diff(`generated chain scenario #${seed}`, chainScenario(seed * 15485863));

// Consumers: async iteration (with break or throw), iterator helpers chained at random, reduce/forEach/toArray,
// over sources that push synchronously, on ticks or on immediates, and sometimes fail.
function consumerScenario(seed) {
  return async ({ stream }, log) => {
    const rand = prng(seed);
    const total = Math.floor(rand() * 7);
    const failAt = rand() < 0.2 ? Math.floor(rand() * (total + 1)) : -1;
    const kind = pick(rand, ['readable', 'sync-gen', 'async-gen', 'array']);
    let source;
    if (kind === 'readable') {
      let n = 0;
      const timing = pick(rand, ['sync', 'tick', 'immediate']);
      source = new stream.Readable({
        objectMode: true,
        highWaterMark: pick(rand, [1, 2, 16]),
        read() {
          const step = () => {
            if (n === failAt) this.destroy(new Error('source failed'));
            else this.push(n < total ? n : null);
            n++;
          };
          if (timing === 'sync') step();
          else if (timing === 'tick') process.nextTick(step);
          else setImmediate(step);
        },
      });
    } else if (kind === 'sync-gen') {
      source = stream.Readable.from((function* () {
        for (let i = 0; i < total; i++) {
          if (i === failAt) throw new Error('generator failed');
          yield i;
        }
      })());
    } else if (kind === 'async-gen') {
      source = stream.Readable.from((async function* () {
        for (let i = 0; i < total; i++) {
          if (i === failAt) throw new Error('async generator failed');
          await null;
          yield i;
        }
      })());
    } else {
      const items = [];
      for (let i = 0; i < total; i++) items.push(i);
      source = stream.Readable.from(items);
    }
    for (const ev of ['end', 'close', 'error']) source.on(ev, (e) => log(`source ${ev}`, e));

    const wait = (v) => {
      const how = pick(rand, ['sync', 'tick', 'immediate']);
      if (how === 'sync') return v;
      if (how === 'tick') return new Promise((resolve) => process.nextTick(resolve, v));
      return new Promise((resolve) => setImmediate(resolve, v));
    };
    let chained = source;
    const ops = Math.floor(rand() * 3);
    for (let i = 0; i < ops; i++) {
      const op = pick(rand, ['map', 'filter', 'take', 'drop', 'flatMap']);
      const concurrency = pick(rand, [1, 2, 4]);
      const mapperFails = rand() < 0.1;
      log('op', op, concurrency, mapperFails);
      if (op === 'map') {
        chained = chained.map((x) => {
          if (mapperFails && x === 1) throw new Error('mapper failed');
          return wait(x * 10);
        }, { concurrency });
      } else if (op === 'filter') chained = chained.filter((x) => wait(x % 2 === 0), { concurrency });
      else if (op === 'take') chained = chained.take(Math.floor(rand() * 4));
      else if (op === 'drop') chained = chained.drop(Math.floor(rand() * 3));
      else chained = chained.flatMap((x) => [x, x], { concurrency });
    }
    const consumer = pick(rand, ['for-await', 'for-await-break', 'toArray', 'reduce', 'forEach', 'some',
      'iterator-keep']);
    log('consumer', kind, total, failAt, consumer);
    try {
      if (consumer === 'for-await' || consumer === 'for-await-break') {
        for await (const v of chained) {
          log('v', v);
          if (consumer === 'for-await-break' && v >= 1) break;
        }
      } else if (consumer === 'toArray') {
        log('array', await chained.toArray());
      } else if (consumer === 'reduce') {
        log('sum', await chained.reduce((a, b) => a + b, 0));
      } else if (consumer === 'forEach') {
        await chained.forEach((v) => log('each', v));
      } else if (consumer === 'some') {
        log('some', await chained.some((v) => v > 2));
      } else {
        for await (const v of chained.iterator({ destroyOnReturn: false })) {
          log('kept', v);
          break;
        }
        log('after break', chained.destroyed);
      }
    } catch (err) {
      log('caught', err);
    }
    await new Promise((resolve) => setImmediate(resolve));
    log('destroyed', source.destroyed, chained.destroyed);
  };
}

for (let seed = 1; seed <= 150; seed++) diff(`generated consumer scenario #${seed}`, consumerScenario(seed * 2654435761));

// duplexPair and plain Duplex streams: writes, reads, ends and destroys from both ends in random order.
function duplexScenario(seed) {
  return async ({ stream }, log) => {
    const rand = prng(seed);
    const options = { highWaterMark: pick(rand, [1, 4, undefined]), allowHalfOpen: rand() < 0.7 };
    let sides;
    if (rand() < 0.6) {
      sides = stream.duplexPair(options);
    } else {
      const make = (name) => new stream.Duplex({
        ...options,
        read() {},
        write(c, e, cb) {
          log(`${name} _write`, c);
          if (rand() < 0.5) cb();
          else setImmediate(cb);
        },
        final(cb) {
          log(`${name} _final`);
          this.push(null);
          cb();
        },
      });
      sides = [make('x'), make('y')];
    }
    sides.forEach((s, i) => {
      for (const ev of ['end', 'finish', 'close', 'error', 'drain']) s.on(ev, (e) => log(`${i}:${ev}`, e));
    });
    const steps = 5 + Math.floor(rand() * 10);
    for (let k = 0; k < steps; k++) {
      const i = rand() < 0.5 ? 0 : 1;
      const s = sides[i];
      const op = pick(rand, ['write', 'write', 'read', 'flow', 'end', 'destroy', 'destroyErr', 'push', 'tick',
        'immediate']);
      switch (op) {
        case 'write':
          if (!s.writableEnded && !s.destroyed) log(`${i} write`, s.write(`w${k}`, (err) => log(`${i} cb ${k}`, err)));
          break;
        case 'read':
          log(`${i} read`, s.read());
          break;
        case 'flow':
          if (s.listenerCount('data') === 0) s.on('data', (d) => log(`${i}:data`, d));
          break;
        case 'end':
          if (!s.writableEnded) s.end((err) => log(`${i} end cb`, err));
          break;
        case 'destroy':
          if (rand() < 0.3) s.destroy();
          break;
        case 'destroyErr':
          if (rand() < 0.3) s.destroy(new Error(`side ${i} failed`));
          break;
        case 'push':
          if (!s.readableEnded && !s.destroyed && !(s._readableState.ended)) log(`${i} push`, s.push(`p${k}`));
          break;
        default:
          await pause(op);
      }
    }
    sides.forEach((s) => s.resume());
    await pause('immediate');
    log('final', sides.map((s) => [s.destroyed, s.readableEnded, s.writableFinished, s.writableLength]));
  };
}

for (let seed = 1; seed <= 100; seed++) diff(`generated duplex scenario #${seed}`, duplexScenario(seed * 48271));

// pipeline()/promises.pipeline() over mixed stages (streams, iterables, generator functions, async functions),
// with failures thrown in generators, aborts through a signal, end: false, and finished() watching the ends.
function pipelineScenario(seed) {
  return async ({ stream, promises }, log) => {
    const rand = prng(seed);
    const total = Math.floor(rand() * 6);
    const fail = rand() < 0.3 ? pick(rand, ['source', 'gen', 'sink', 'abort', 'destroy-mid']) : 'none';
    const failAt = Math.floor(rand() * (total + 1));
    const ac = new AbortController();
    const stages = [];
    const sourceKind = pick(rand, ['readable', 'array', 'genfn', 'asyncgenfn']);
    if (sourceKind === 'readable') {
      let n = 0;
      stages.push(new stream.Readable({
        objectMode: true,
        read() {
          setImmediate(() => {
            if (fail === 'source' && n === failAt) this.destroy(new Error('source failed'));
            else this.push(n < total ? n : null);
            n++;
          });
        },
      }));
    } else if (sourceKind === 'array') {
      const items = [];
      for (let i = 0; i < total; i++) items.push(i);
      stages.push(items);
    } else if (sourceKind === 'genfn') {
      stages.push(function* () {
        for (let i = 0; i < total; i++) {
          if (fail === 'source' && i === failAt) throw new Error('source generator failed');
          yield i;
        }
      });
    } else {
      stages.push(async function* ({ signal }) {
        for (let i = 0; i < total; i++) {
          if (fail === 'source' && i === failAt) throw new Error('source async generator failed');
          await null;
          log('source yields', i, signal.aborted);
          yield i;
        }
      });
    }
    const middles = Math.floor(rand() * 3);
    let mid = null;
    for (let m = 0; m < middles; m++) {
      if (rand() < 0.5) {
        const t = new stream.Transform({
          objectMode: true,
          transform(c, e, cb) { setImmediate(cb, null, c + 100); },
        });
        mid ??= t;
        stages.push(t);
      } else {
        stages.push(async function* (source) {
          for await (const c of source) {
            if (fail === 'gen' && c % 100 === failAt) throw new Error('middle generator failed');
            yield c * 2;
          }
        });
      }
    }
    const sinkKind = pick(rand, ['writable', 'asyncfn', 'asyncgen-last']);
    let sink = null;
    if (sinkKind === 'writable') {
      sink = new stream.Writable({
        objectMode: true,
        write(c, e, cb) {
          log('sink', c);
          if (fail === 'sink') cb(new Error('sink failed'));
          else setImmediate(cb);
        },
      });
      stages.push(sink);
    } else if (sinkKind === 'asyncfn') {
      stages.push(async (source) => {
        const got = [];
        for await (const c of source) {
          if (fail === 'sink') throw new Error('sink function failed');
          got.push(c);
        }
        return got;
      });
    } else {
      stages.push(async function* (source) {
        for await (const c of source) yield `last ${c}`;
      });
    }
    for (const s of stages) {
      if (typeof s.on === 'function') {
        const i = stages.indexOf(s);
        for (const ev of ['end', 'finish', 'close', 'error']) s.on(ev, (e) => log(`${i}:${ev}`, e));
      }
    }
    if (sink && rand() < 0.5) stream.finished(sink, (err) => log('sink finished', err));
    if (fail === 'abort') setImmediate(() => ac.abort());
    if (fail === 'destroy-mid' && mid) setImmediate(() => mid.destroy());
    const usePromises = rand() < 0.5;
    const end = rand() < 0.8;
    log('setup', sourceKind, middles, sinkKind, fail, failAt, total, usePromises, end);
    try {
      let result;
      if (usePromises) {
        result = await promises.pipeline(...stages, { signal: ac.signal, end });
      } else {
        result = await new Promise((resolve, reject) => {
          const ret = stream.pipeline(...stages, (err, val) => (err ? reject(err) : resolve(val)));
          if (sinkKind === 'asyncgen-last') ret.resume();
        });
      }
      log('result', result);
    } catch (err) {
      log('failed', err);
    }
    await pause('immediate');
    log('states', stages.map((s) => (typeof s.on === 'function' ? [s.destroyed, s.writableEnded] : typeof s)));
  };
}

for (let seed = 1; seed <= 120; seed++) diff(`generated pipeline scenario #${seed}`, pipelineScenario(seed * 69069));

// Text: multi-byte UTF-8 (and other encodings) split at random byte offsets, decoded through setEncoding() or
// the encoding option, read back with read(n) of random sizes, unshift() and flowing 'data'.
function encodingScenario(seed) {
  return async ({ stream, Buffer }, log) => {
    const rand = prng(seed);
    const alphabet = ['a', 'é', '€', '𝄞', 'ж', ' ', '✓', 'z'];
    let text = '';
    const length = 1 + Math.floor(rand() * 12);
    for (let i = 0; i < length; i++) text += pick(rand, alphabet);
    const bytes = Buffer.from(text);
    const encoding = pick(rand, ['utf8', 'utf8', 'hex', 'base64', 'latin1', 'utf16le', 'base64url']);
    const when = pick(rand, ['option', 'before', 'middle', 'never']);
    const r = new stream.Readable({
      encoding: when === 'option' ? encoding : undefined,
      highWaterMark: pick(rand, [1, 3, 16, undefined]),
      read() {},
    });
    r.on('end', () => log('end'));
    if (when === 'before') r.setEncoding(encoding);
    let offset = 0;
    while (offset < bytes.length) {
      const size = 1 + Math.floor(rand() * 4);
      log('push', r.push(bytes.subarray(offset, offset + size)), r.readableLength);
      offset += size;
      if (when === 'middle' && rand() < 0.3) {
        r.setEncoding(encoding);
        log('set', r.readableEncoding, r.readableLength);
      }
      if (rand() < 0.3) log('read', r.read(Math.floor(rand() * 5)), r.readableLength);
      if (rand() < 0.1) {
        const back = r.read(1);
        if (back !== null) log('unshift', r.unshift(back), r.readableLength);
      }
    }
    r.push(null);
    if (rand() < 0.5) {
      r.on('data', (d) => log('data', d));
    } else {
      r.on('readable', () => {
        let c;
        while ((c = r.read(1 + Math.floor(rand() * 3))) !== null) log('read', c);
      });
    }
    await new Promise((resolve) => r.on('close', resolve));
  };
}

for (let seed = 1; seed <= 100; seed++) diff(`generated encoding scenario #${seed}`, encodingScenario(seed * 31337));

// finished(): attached at a random point of a random lifecycle, with random options, to every kind of stream.
function finishedScenario(seed) {
  return async ({ stream, promises }, log) => {
    const rand = prng(seed);
    const kind = pick(rand, ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough']);
    const s = new stream[kind]({
      objectMode: true,
      autoDestroy: rand() < 0.8,
      emitClose: rand() < 0.9,
      allowHalfOpen: rand() < 0.7,
      read() {},
      write(c, e, cb) {
        if (rand() < 0.5) cb();
        else setImmediate(cb);
      },
    });
    s.on('error', (e) => log('error event', e));
    const options = pick(rand, [undefined, {}, { readable: false }, { writable: false }, { error: false },
      { readable: true, writable: true }]);
    const attach = () => {
      log('attach', options, s.destroyed, s.readableEnded, s.writableFinished);
      if (rand() < 0.5) {
        stream.finished(s, options ?? {}, (err) => log('finished', err));
      } else {
        promises.finished(s, options).then(() => log('resolved'), (err) => log('rejected', err));
      }
    };
    const attachAt = Math.floor(rand() * 6);
    const steps = 6;
    for (let k = 0; k < steps; k++) {
      if (k === attachAt) attach();
      const op = pick(rand, ['push', 'pushEnd', 'resume', 'write', 'end', 'destroy', 'destroyErr', 'immediate']);
      switch (op) {
        case 'push':
          if (typeof s.push === 'function' && !s.readableEnded && !s.destroyed) s.push(k);
          break;
        case 'pushEnd':
          if (typeof s.push === 'function' && !s.destroyed) s.push(null);
          break;
        case 'resume':
          if (typeof s.resume === 'function') s.resume();
          break;
        case 'write':
          if (typeof s.write === 'function' && !s.writableEnded && !s.destroyed) s.write(k);
          break;
        case 'end':
          if (typeof s.end === 'function' && !s.writableEnded) s.end();
          break;
        case 'destroy':
          if (rand() < 0.3) s.destroy();
          break;
        case 'destroyErr':
          if (rand() < 0.3) s.destroy(new Error('destroyed with error'));
          break;
        default:
          await pause('immediate');
      }
      log('step', k, op);
    }
    if (attachAt >= steps) attach();
    await pause('immediate');
    log('end state', s.destroyed, s.readableEnded, s.writableFinished);
  };
}

for (let seed = 1; seed <= 120; seed++) diff(`generated finished() scenario #${seed}`, finishedScenario(seed * 97));

// Re-entrancy: a stream's own callbacks and event handlers call back into it or into its peer (push from 'data',
// write from 'drain', end from _write, destroy from 'readable', read from 'data'...).
function reentrantScenario(seed) {
  return async ({ stream }, log) => {
    const rand = prng(seed);
    const objectMode = rand() < 0.5;
    let budget = 12;
    const value = (k) => (objectMode ? { k } : `v${k}`);
    let counter = 0;
    let r;
    let w;
    const action = (where) => {
      if (budget-- <= 0) return;
      const op = pick(rand, ['none', 'none', 'push', 'pushNull', 'read', 'pause', 'resume', 'write', 'end', 'cork',
        'uncork', 'destroyR', 'destroyW', 'unpipe']);
      log('in', where, op);
      switch (op) {
        case 'push':
          if (!r.readableEnded && !r.destroyed) log('push', r.push(value(counter++)));
          break;
        case 'pushNull':
          if (!r.destroyed) r.push(null);
          break;
        case 'read':
          log('read', r.read());
          break;
        case 'pause':
          r.pause();
          break;
        case 'resume':
          r.resume();
          break;
        case 'write':
          if (!w.writableEnded && !w.destroyed) log('write', w.write(value(counter++)));
          break;
        case 'end':
          if (!w.writableEnded) w.end();
          break;
        case 'cork':
          w.cork();
          break;
        case 'uncork':
          w.uncork();
          break;
        case 'destroyR':
          if (rand() < 0.3) r.destroy();
          break;
        case 'destroyW':
          if (rand() < 0.3) w.destroy();
          break;
        case 'unpipe':
          r.unpipe();
          break;
        default:
      }
    };
    r = new stream.Readable({
      objectMode,
      highWaterMark: pick(rand, [1, 2, 8]),
      read() {
        log('_read');
        action('_read');
      },
    });
    w = new stream.Writable({
      objectMode,
      highWaterMark: pick(rand, [1, 2, 8]),
      write(c, e, cb) {
        log('_write', c);
        action('_write');
        if (rand() < 0.5) cb();
        else setImmediate(cb);
      },
    });
    for (const [name, s] of [['r', r], ['w', w]]) {
      for (const ev of ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume']) {
        s.on(ev, (e) => {
          log(`${name}:${ev}`, e);
          if (ev !== 'error' && ev !== 'close') action(`${name}:${ev}`);
        });
      }
    }
    if (rand() < 0.5) {
      r.on('data', (d) => {
        log('data', d);
        action('data');
      });
    }
    if (rand() < 0.5) r.pipe(w);
    for (let k = 0; k < 4; k++) {
      action('top');
      await pause(pick(rand, ['tick', 'immediate']));
    }
    r.resume();
    if (!w.writableEnded) w.end();
    await pause('immediate');
    log('final', r.destroyed, r.readableEnded, w.destroyed, w.writableFinished);
  };
}

for (let seed = 1; seed <= 120; seed++) diff(`generated re-entrancy scenario #${seed}`, reentrantScenario(seed * 7331));

// compose() and addAbortSignal(): random stages, random data, ends, aborts and destroys.
function composeScenario(seed) {
  return async ({ stream }, log) => {
    const rand = prng(seed);
    const stages = [];
    const count = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < count; i++) {
      const kind = pick(rand, ['transform', 'passthrough', 'asyncgen']);
      if (kind === 'transform') {
        stages.push(new stream.Transform({
          objectMode: true,
          transform(c, e, cb) {
            if (c === 'boom') cb(new Error(`stage ${i} failed`));
            else if (rand() < 0.5) cb(null, `${c}|${i}`);
            else setImmediate(cb, null, `${c}|${i}`);
          },
        }));
      } else if (kind === 'passthrough') {
        stages.push(new stream.PassThrough({ objectMode: true }));
      } else {
        stages.push(async function* (source) {
          for await (const c of source) {
            if (c === 'boom') throw new Error(`generator ${i} failed`);
            yield `${c}#${i}`;
          }
        });
      }
    }
    let d;
    try {
      d = count === 1 && typeof stages[0] !== 'function' ? stream.compose(stages[0]) : stream.compose(...stages);
    } catch (err) {
      log('compose threw', err);
      return;
    }
    const ac = new AbortController();
    const withSignal = rand() < 0.3;
    if (withSignal) stream.addAbortSignal(ac.signal, d);
    for (const ev of ['end', 'finish', 'close', 'error']) d.on(ev, (e) => log(`d:${ev}`, e));
    d.on('data', (c) => log('out', c));
    const writes = Math.floor(rand() * 5);
    for (let k = 0; k < writes; k++) {
      const v = rand() < 0.1 ? 'boom' : `w${k}`;
      if (!d.writableEnded && !d.destroyed) log('write', v, d.write(v));
      if (rand() < 0.3) await pause(pick(rand, ['tick', 'immediate']));
    }
    const ending = pick(rand, ['end', 'end', 'abort', 'destroy', 'destroyErr']);
    log('ending', ending);
    if (ending === 'end') {
      if (!d.writableEnded) d.end();
    } else if (ending === 'abort' && withSignal) {
      ac.abort();
    } else if (ending === 'destroy' || ending === 'abort') {
      d.destroy();
    } else {
      d.destroy(new Error('composed destroyed'));
    }
    // Some compositions never close (in Node as well): wait for 'close' or a fixed number of event-loop turns.
    await new Promise((resolve) => {
      if (d.closed) resolve();
      d.on('close', resolve);
      let turns = 0;
      const turn = () => (++turns >= 30 ? resolve() : setImmediate(turn));
      setImmediate(turn);
    });
    log('closed', d.closed);
    log('states', d.destroyed, stages.map((s) => (typeof s === 'function' ? 'fn' : [s.destroyed, s.writableEnded])));
  };
}

for (let seed = 1; seed <= 100; seed++) diff(`generated compose scenario #${seed}`, composeScenario(seed * 5003));

// Duplex.from(): every kind of body, written to, read from, ended and destroyed in random order.
function duplexFromScenario(seed) {
  return async ({ stream }, log) => {
    const rand = prng(seed);
    const kind = pick(rand, ['pair', 'readable', 'writable', 'asyncgenfn', 'asyncfn', 'promise', 'array', 'gen']);
    let body;
    if (kind === 'pair' || kind === 'readable' || kind === 'writable') {
      const r = new stream.Readable({ objectMode: true, highWaterMark: pick(rand, [1, 4]), read() {} });
      const w = new stream.Writable({
        objectMode: true,
        highWaterMark: pick(rand, [1, 4]),
        write(c, e, cb) {
          log('inner write', c);
          if (rand() < 0.5) cb();
          else setImmediate(cb);
        },
      });
      for (let i = 0; i < 3; i++) r.push(`r${i}`);
      if (rand() < 0.7) r.push(null);
      body = kind === 'pair' ? { readable: r, writable: w } : kind === 'readable' ? r : w;
    } else if (kind === 'asyncgenfn') {
      body = async function* (source) {
        for await (const c of source) yield `<${c}>`;
      };
    } else if (kind === 'asyncfn') {
      body = async function (source) {
        for await (const c of source) log('consumed', c);
      };
    } else if (kind === 'promise') {
      body = Promise.resolve('promised');
    } else if (kind === 'array') {
      body = ['a1', 'a2'];
    } else {
      body = (function* () {
        yield 'g1';
        yield 'g2';
      })();
    }
    const d = stream.Duplex.from(body);
    log('kind', kind, d.readable, d.writable, d.readableObjectMode, d.writableObjectMode);
    for (const ev of ['end', 'finish', 'close', 'error']) d.on(ev, (e) => log(`d:${ev}`, e));
    if (rand() < 0.6) d.on('data', (c) => log('data', c));
    const steps = 2 + Math.floor(rand() * 5);
    for (let k = 0; k < steps; k++) {
      const op = pick(rand, ['write', 'write', 'read', 'end', 'destroy', 'tick', 'immediate']);
      switch (op) {
        case 'write':
          if (d.writable) log('write', d.write(`w${k}`, (err) => log('write cb', k, err)));
          break;
        case 'read':
          log('read', d.read());
          break;
        case 'end':
          if (d.writable) d.end();
          break;
        case 'destroy':
          if (rand() < 0.3) d.destroy(rand() < 0.5 ? new Error('from destroyed') : undefined);
          break;
        default:
          await pause(op);
      }
    }
    d.resume();
    if (d.writable) d.end();
    await new Promise((resolve) => {
      if (d.closed) resolve();
      d.on('close', resolve);
      let turns = 0;
      const turn = () => (++turns >= 30 ? resolve() : setImmediate(turn));
      setImmediate(turn);
    });
    log('final', d.closed, d.destroyed, d.readableEnded, d.writableFinished);
  };
}

for (let seed = 1; seed <= 100; seed++) diff(`generated Duplex.from scenario #${seed}`, duplexFromScenario(seed * 104723));
