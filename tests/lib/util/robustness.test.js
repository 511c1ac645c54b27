'use strict';

// inspect, format and util.types keep working, with identical output, after user code replaces the methods of
// built-in prototypes with throwing functions. Results are collected while patched and checked after restoring,
// since the test machinery itself relies on those methods.

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin } = require('../../support/builtin.js');
const { patchBuiltins } = require('../../support/patch-builtins.js');
const { makeValues } = require('./inspect-corpus.js');

const { inspect, format, formatWithOptions } = builtin('internal/util/inspect');
const types = builtin('util/types');

const targets = [
  [Array.prototype, ['push', 'pop', 'join', 'slice', 'splice', 'indexOf', 'includes', 'map', 'filter', 'forEach',
    'sort', 'concat', 'unshift', 'shift', Symbol.iterator, 'keys', 'values', 'entries']],
  [Function.prototype, ['call', 'apply', 'bind', 'toString']],
  [Promise.prototype, ['then', 'catch', 'finally']],
  [Object.prototype, ['hasOwnProperty', 'propertyIsEnumerable', 'isPrototypeOf', 'toString', 'valueOf']],
  [Object, ['keys', 'getOwnPropertyNames', 'getOwnPropertySymbols', 'getOwnPropertyDescriptor', 'getPrototypeOf',
    'defineProperty', 'assign', 'is']],
  [String.prototype, ['slice', 'indexOf', 'includes', 'replace', 'replaceAll', 'split', 'repeat', 'padStart',
    'padEnd', 'startsWith', 'endsWith', 'toLowerCase', 'charCodeAt', 'codePointAt', 'normalize']],
  [Map.prototype, ['get', 'set', 'has', 'entries', Symbol.iterator, 'forEach']],
  [Set.prototype, ['add', 'has', 'values', Symbol.iterator, 'forEach']],
  [Object.getPrototypeOf(new Map().entries()), ['next']],
  [Object.getPrototypeOf(new Set().values()), ['next']],
  [Object.getPrototypeOf([][Symbol.iterator]()), ['next']],
  [Date.prototype, ['toISOString', 'getTime', 'toString']],
  [RegExp.prototype, ['exec', 'test', 'toString', Symbol.replace, Symbol.split, Symbol.match]],
  [Number.prototype, ['toString', 'valueOf']],
  [Symbol.prototype, ['toString']],
  [Error.prototype, ['toString']],
  [Reflect, ['ownKeys', 'apply']],
  [Math, ['min', 'max', 'sqrt', 'round', 'floor', 'trunc']],
  [JSON, ['stringify']],
];

const typeNames = Object.keys(types);

function matchingTypes(value) {
  let names = '';
  for (let i = 0; i < typeNames.length; i++) {
    if (types[typeNames[i]](value)) names += `${typeNames[i]} `;
  }
  return names;
}

function run(values) {
  const out = [];
  for (let i = 0; i < values.length; i++) {
    const { value } = values[i];
    let res;
    try {
      res = [
        inspect(value),
        inspect(value, { showHidden: true, colors: true, sorted: true, getters: true, depth: 4 }),
        inspect(value, { compact: false, breakLength: 40, numericSeparator: true, maxArrayLength: 3 }),
        // %s, %d, %i, %f and %j convert objects with String(), Number() and JSON.stringify(), which call the
        // (patched) toString, valueOf and toISOString by the language's rules, in Node too: they get primitives.
        typeof value === 'object' || typeof value === 'function' ?
          format('%o %O %c %% %s', value, value, 'css', 'str') :
          format('%s %d %i %f %j %o %O %c %%', value, value, value, value, value, value, value, 'css'),
        formatWithOptions({ colors: true }, value, 'x'),
        matchingTypes(value),
      ];
    } catch (err) {
      res = `threw: ${err && err.message}`;
    }
    out[i] = res;
  }
  return out;
}

// The patched objects themselves print differently once patched, rightly.
const patchedObjects = new Set(['Math', 'JSON', 'Reflect', 'Object.prototype', 'Array.prototype', 'Function.prototype']);

test('inspect, format and types survive patched intrinsics', () => {
  const values = makeValues().filter(({ name }) => !patchedObjects.has(name));
  // Both passes call run() from the same line: some outputs hold stacks that name it.
  const results = [];
  let restore;
  try {
    for (let pass = 0; pass < 2; pass++) {
      if (pass === 1) restore = patchBuiltins(targets);
      results[pass] = run(values);
    }
  } finally {
    if (restore !== undefined) restore();
  }
  for (let i = 0; i < values.length; i++) {
    assert.deepStrictEqual(results[1][i], results[0][i], values[i].name);
  }
});
