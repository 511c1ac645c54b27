'use strict';

// util beside inspect/format: isDeepStrictEqual, parseArgs, promisify, styleText.

const objects = Array.from({ length: 100 }, (_, i) => ({ i, list: [i, `${i}`, { deep: [i] }], when: new Date(i) }));
const copies = Array.from({ length: 100 }, (_, i) => ({ i, list: [i, `${i}`, { deep: [i] }], when: new Date(i) }));
const parseConfig = {
  args: ['-vvv', '--name', 'value', '--count=3', 'file1', 'file2', '--no-color', '-o', 'out.txt', '--', '-x'],
  options: {
    v: { type: 'boolean', short: 'v', multiple: true }, name: { type: 'string' }, count: { type: 'string' },
    color: { type: 'boolean' }, output: { type: 'string', short: 'o' }, debug: { type: 'boolean', default: false },
  },
  allowPositionals: true,
  allowNegative: true,
};

module.exports = [
  {
    name: 'isDeepStrictEqual, 100 records, 2k times',
    module: 'util',
    run(util) {
      let equal = 0;
      for (let i = 0; i < 2000; i++) equal += util.isDeepStrictEqual(objects, copies) ? 1 : 0;
      return equal;
    },
  },
  {
    name: 'parseArgs, 11 arguments, 100k times',
    module: 'util',
    run(util) {
      let n = 0;
      for (let i = 0; i < 1e5; i++) n += util.parseArgs(parseConfig).positionals.length;
      return n;
    },
  },
  {
    name: 'promisify and await a callback function, 100k times',
    module: 'util',
    async run(util) {
      const add = util.promisify((a, b, cb) => cb(null, a + b));
      let sum = 0;
      for (let i = 0; i < 1e5; i++) sum += await add(i, 1);
      return sum;
    },
  },
  {
    name: 'styleText with two formats, 1M times',
    module: 'util',
    run(util) {
      let length = 0;
      for (let i = 0; i < 1e6; i++) length += util.styleText(['red', 'bold'], 'text', { validateStream: false }).length;
      return length;
    },
  },
];
