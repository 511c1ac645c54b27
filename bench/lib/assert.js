'use strict';

// assert: passing deep comparisons (the common case in test suites), collections with object keys, and failing
// comparisons that build node's diff messages.

function record(i) {
  return {
    id: i, name: `item ${i}`, tags: ['a', 'b', 'c'], nested: { when: new Date(0), re: /x+/g, values: [1, 2, 3] },
    extra: new Map([['k', { v: i }]]),
  };
}

const left = Array.from({ length: 200 }, (_, i) => record(i));
const right = Array.from({ length: 200 }, (_, i) => record(i));
const setLeft = new Set(Array.from({ length: 200 }, (_, i) => ({ i })));
const setRight = new Set(Array.from({ length: 200 }, (_, i) => ({ i: 199 - i })));
const longLeft = Array.from({ length: 300 }, (_, i) => ({ i, label: `row ${i}` }));
const longRight = Array.from({ length: 300 }, (_, i) => ({ i, label: `row ${i % 37 ? i : 'x'}` }));

module.exports = [
  {
    name: 'deepStrictEqual, 200 nested records, 500 times',
    module: 'assert',
    run(assert) {
      for (let i = 0; i < 500; i++) assert.deepStrictEqual(left, right);
    },
  },
  {
    name: 'deepEqual (loose), 200 nested records, 500 times',
    module: 'assert',
    run(assert) {
      for (let i = 0; i < 500; i++) assert.deepEqual(left, right);
    },
  },
  {
    name: 'deepStrictEqual, Set of 200 objects in reverse order, 20 times',
    module: 'assert',
    run(assert) {
      for (let i = 0; i < 20; i++) assert.deepStrictEqual(setLeft, setRight);
    },
  },
  {
    name: 'strictEqual/ok/equal passing, 1M times each',
    module: 'assert',
    run(assert) {
      for (let i = 0; i < 1e6; i++) {
        assert.strictEqual(i, i);
        assert.ok(i + 1);
        assert.equal(i, `${i}`);
      }
    },
  },
  {
    name: 'failing deepStrictEqual with a 600-line diff, 50 times',
    module: 'assert',
    run(assert) {
      let length = 0;
      for (let i = 0; i < 50; i++) {
        try {
          assert.deepStrictEqual(longLeft, longRight);
        } catch (err) {
          length += err.message.length;
        }
      }
      return length;
    },
  },
  {
    name: 'failing strictEqual of primitives, 20k times',
    module: 'assert',
    run(assert) {
      let length = 0;
      for (let i = 0; i < 2e4; i++) {
        try {
          assert.strictEqual(i, -1);
        } catch (err) {
          length += err.message.length;
        }
      }
      return length;
    },
  },
  {
    name: 'throws with a class and an object of properties, 100k times',
    module: 'assert',
    run(assert) {
      const fn = () => { throw new TypeError('boom'); };
      for (let i = 0; i < 1e5; i++) {
        assert.throws(fn, TypeError);
        assert.throws(fn, { name: 'TypeError', message: /bo+m/ });
      }
    },
  },
];
