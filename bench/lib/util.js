'use strict';

// util.inspect over the corpus of tests/lib/util/inspect-corpus.js and util.format (the rows issue 4 asks for),
// plus the inspect calls that error messages and console.log make most: small objects and primitives.
//
// On Node, rnode's side runs with the harness's emulation of the `util` binding: promise, proxy, iterator and
// weak-collection details and V8 class names go through the inspector protocol (tens of microseconds a call, a
// few nanoseconds natively), and array keys through Reflect.ownKeys. The corpus row, which holds many such values,
// measures that emulation as much as the library.

const { makeValues, optionSets } = require('../../tests/lib/util/inspect-corpus.js');

// Built once and shared by both sides: inspecting does not change any of these values.
const values = makeValues();
const nested = { id: 42, name: 'widget', tags: ['a', 'b', 'c'], dims: { w: 10, h: 20 }, ok: true, when: null };

module.exports = [
  {
    name: `util.inspect over the corpus (${values.length} values x ${optionSets.length} option sets)`,
    module: 'util',
    run(util) {
      let n = 0;
      for (let o = 0; o < optionSets.length; o++) {
        const { options } = optionSets[o];
        for (let i = 0; i < values.length; i++) n += util.inspect(values[i].value, options).length;
      }
      return n;
    },
  },
  {
    name: 'util.format with every specifier, 200k times',
    module: 'util',
    run(util) {
      let n = 0;
      for (let i = 0; i < 2e5; i++) {
        n += util.format('%s=%d (%i, %f) %j %o %O %c%%', 'key', i, i / 3, i / 7, nested, [i], nested, 'color').length;
      }
      return n;
    },
  },
  {
    name: 'util.format of plain strings and numbers, 1M times',
    module: 'util',
    run(util) {
      let n = 0;
      for (let i = 0; i < 1e6; i++) n += util.format('item %s of %d', 'name', i).length;
      return n;
    },
  },
  {
    name: 'util.inspect of a small object, 200k times',
    module: 'util',
    run(util) {
      let n = 0;
      for (let i = 0; i < 2e5; i++) n += util.inspect(nested).length;
      return n;
    },
  },
  {
    name: 'util.inspect of a 1000-number array, 2k times',
    module: 'util',
    run(util) {
      const array = Array.from({ length: 1000 }, (_, i) => i * 3);
      let n = 0;
      for (let i = 0; i < 2e3; i++) n += util.inspect(array, { maxArrayLength: 1000 }).length;
      return n;
    },
  },
];
