'use strict';

// Buffer hot paths: creating buffers from strings, encoding to base64, small numeric reads and writes.

const N = 1e6;
const words = ['hello', 'wörld', 'a somewhat longer ascii string of text', '\u4e2d\u6587', 'x', 'base64 me'];

module.exports = [
  {
    name: 'Buffer.from(string), 1M times',
    module: 'buffer',
    run({ Buffer }) {
      let total = 0;
      for (let i = 0; i < N; i++) total += Buffer.from(words[i % words.length]).length;
      return total;
    },
  },
  {
    name: "toString('base64'), 1M times",
    module: 'buffer',
    run({ Buffer }) {
      const bufs = words.map((w) => Buffer.from(w));
      let total = 0;
      for (let i = 0; i < N; i++) total += bufs[i % bufs.length].toString('base64').length;
      return total;
    },
  },
  {
    name: "Buffer.from(string, 'base64'), 1M times",
    module: 'buffer',
    run({ Buffer }) {
      const encoded = words.map((w) => Buffer.from(w).toString('base64'));
      let total = 0;
      for (let i = 0; i < N; i++) total += Buffer.from(encoded[i % encoded.length], 'base64').length;
      return total;
    },
  },
  {
    name: 'toString() utf8 of small buffers, 1M times',
    module: 'buffer',
    run({ Buffer }) {
      const bufs = words.map((w) => Buffer.from(w));
      let total = 0;
      for (let i = 0; i < N; i++) total += bufs[i % bufs.length].toString().length;
      return total;
    },
  },
  {
    name: 'readUInt32LE/writeUInt32LE/readDoubleBE, 1M times each',
    module: 'buffer',
    run({ Buffer }) {
      const b = Buffer.alloc(64);
      let total = 0;
      for (let i = 0; i < N; i++) {
        const off = (i & 7) * 4;
        b.writeUInt32LE(i, off);
        total += b.readUInt32LE(off);
        b.writeDoubleBE(i / 3, 32);
        total += b.readDoubleBE(32);
      }
      return total;
    },
  },
  {
    name: 'Buffer.alloc(11) + write(string) + equals, 200k times',
    module: 'buffer',
    run({ Buffer }) {
      const ref = Buffer.from('hello world');
      let hits = 0;
      for (let i = 0; i < 2e5; i++) {
        const b = Buffer.alloc(11);
        b.write('hello world');
        if (b.equals(ref)) hits++;
      }
      return hits;
    },
  },
  {
    name: 'Buffer.concat of 8 small buffers + indexOf, 200k times',
    module: 'buffer',
    run({ Buffer }) {
      const parts = words.concat(words.slice(0, 2)).map((w) => Buffer.from(w));
      let total = 0;
      for (let i = 0; i < 2e5; i++) total += Buffer.concat(parts).indexOf('longer');
      return total;
    },
  },
];
