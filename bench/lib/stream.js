'use strict';

// stream: the rows -- a pipeline of 1M objects through an objectMode Transform, and a bytes pipeline --
// plus the paths they exercise most (Readable.from + toArray, objectMode write() in a loop).

function objectPipeline(mod, count) {
  const { Readable, Transform, Writable, pipeline } = mod;
  let i = 0;
  const source = new Readable({
    objectMode: true,
    read() {
      for (let n = 0; n < 64 && i < count; n++) this.push({ i: i++ });
      if (i >= count) this.push(null);
    },
  });
  const double = new Transform({
    objectMode: true,
    transform(obj, enc, cb) {
      cb(null, obj.i * 2);
    },
  });
  let sum = 0;
  const sink = new Writable({
    objectMode: true,
    write(v, enc, cb) {
      sum += v;
      cb();
    },
  });
  return new Promise((resolve, reject) => {
    pipeline(source, double, sink, (err) => (err ? reject(err) : resolve(sum)));
  });
}

function bytesPipeline(mod, chunks, size) {
  const { Readable, PassThrough, Writable, pipeline } = mod;
  const chunk = new Uint8Array(size).fill(97);
  let sent = 0;
  const source = new Readable({
    read() {
      while (sent < chunks) {
        sent++;
        if (!this.push(chunk)) return;
      }
      this.push(null);
    },
  });
  let bytes = 0;
  const sink = new Writable({
    write(c, enc, cb) {
      bytes += c.length;
      cb();
    },
  });
  return new Promise((resolve, reject) => {
    pipeline(source, new PassThrough(), sink, (err) => (err ? reject(err) : resolve(bytes)));
  });
}

module.exports = [
  {
    name: 'pipeline of 1M objects through a Transform',
    module: 'stream',
    run: (mod) => objectPipeline(mod, 1e6),
  },
  {
    name: 'bytes pipeline: 100k x 16 KiB through a PassThrough',
    module: 'stream',
    run: (mod) => bytesPipeline(mod, 1e5, 16 * 1024),
  },
  {
    name: 'Readable.from(array of 200k) toArray()',
    module: 'stream',
    async run(mod) {
      const items = [];
      for (let i = 0; i < 2e5; i++) items.push(i);
      return (await mod.Readable.from(items).toArray()).length;
    },
  },
  {
    name: 'write 1M objects, sync _write (objectMode)',
    module: 'stream',
    run(mod) {
      let n = 0;
      const w = new mod.Writable({
        objectMode: true,
        write(c, e, cb) {
          n += c.v;
          cb();
        },
      });
      const item = { v: 1 };
      for (let i = 0; i < 1e6; i++) w.write(item);
      return new Promise((resolve) => w.end(() => resolve(n)));
    },
  },
];
