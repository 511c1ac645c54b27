'use strict';

// Shared pieces of the events differential tests: the two implementations side by side, and ways to turn what a
// call did (result, thrown error, emitted warnings) into plain data that can be compared with deepStrictEqual.

const assert = require('assert');
const { builtin, builtinGlobal, reference } = require('../../support/builtin.js');
const { prng } = require('../../support/random.js');

const globalNames = ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal'];

function implementation(name, events, util, global) {
  const impl = { name, events, util };
  for (const g of globalNames) impl[g] = global(g);
  return impl;
}

const rnode = implementation('rnode', builtin('events'), builtin('util'), builtinGlobal);
const node = implementation('node', reference('events'), reference('util'), (g) => globalThis[g]);

function describeError(err) {
  if (err === null || typeof err !== 'object') return { thrownValue: err };
  return { name: err.name, constructor: err.constructor?.name, code: err.code, message: err.message };
}

function outcome(fn) {
  try {
    return { result: fn() };
  } catch (err) {
    return { threw: describeError(err) };
  }
}

async function asyncOutcome(fn) {
  try {
    return { result: await fn() };
  } catch (err) {
    return { threw: describeError(err) };
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

// Runs `fn(impl)` against both implementations, each with its own capture of warnings and uncaught errors, and
// returns both records after checking that they are equal.
async function same(fn) {
  const records = [];
  for (const impl of [rnode, node]) {
    const warnings = [];
    const uncaught = [];
    const onWarning = (w) => warnings.push(describeWarning(w));
    const onUncaught = (err) => uncaught.push(describeError(err));
    const previousWarning = process.listeners('warning');
    process.removeAllListeners('warning');
    process.on('warning', onWarning);
    process.on('uncaughtException', onUncaught);
    let record;
    try {
      record = await asyncOutcome(() => fn(impl));
      await tick();
      await tick();
    } finally {
      process.removeListener('warning', onWarning);
      process.removeListener('uncaughtException', onUncaught);
      for (const l of previousWarning) process.on('warning', l);
    }
    records.push({ ...record, warnings, uncaught });
  }
  assert.deepStrictEqual(records[0], records[1]);
  return records[0];
}

function describeWarning(w) {
  return {
    name: w.name,
    message: w.message,
    keys: Object.keys(w),
    type: typeof w.type === 'symbol' ? String(w.type) : w.type,
    count: w.count,
    emitter: w.emitter === undefined ? undefined : w.emitter.constructor.name,
    target: w.target === undefined ? undefined : w.target.constructor.name,
  };
}

// Property layout of an object, comparable across implementations: key -> kind and attributes.
function layout(obj) {
  const result = {};
  for (const key of Reflect.ownKeys(obj)) {
    const desc = Object.getOwnPropertyDescriptor(obj, key);
    let kind;
    if ('value' in desc) {
      const v = desc.value;
      kind = typeof v === 'function' ? `function ${v.name}/${v.length}` :
        typeof v === 'symbol' ? String(v) :
        (v !== null && typeof v === 'object') ? 'object' : `${typeof v} ${String(v)}`;
    } else {
      kind = `accessor${desc.get ? ' get' : ''}${desc.set ? ' set' : ''}`;
    }
    const attrs = `${desc.enumerable ? 'e' : '-'}${desc.writable ? 'w' : '-'}${desc.configurable ? 'c' : '-'}`;
    result[String(key)] = `${kind} ${attrs}`;
  }
  return result;
}

module.exports = { describeError, layout, node, outcome, asyncOutcome, prng, rnode, same, tick };
