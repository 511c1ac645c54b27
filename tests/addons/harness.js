'use strict';

// A deliberately tiny test helper: the addon tests must run unchanged on Node.js and on
// rnode, so they rely on nothing beyond `require`, `assert`, promises and timers.

const path = require('path');

const TIMEOUT_MS = Number(process.env.ADDON_TEST_TIMEOUT_MS) || 30000;

const tests = [];
let scheduled = false;
let finished = false;
let current = null;

function test(name, fn) {
  tests.push({ name, fn });
  if (!scheduled) {
    scheduled = true;
    // Let the file register all of its tests before the first one runs.
    setImmediate(runAll);
  }
}

function loadAddon(name) {
  const dir = process.env.ADDONS_DIR;
  if (!dir) {
    throw new Error('ADDONS_DIR is not set: it must name the directory holding the built <example>.node files');
  }
  return require(path.resolve(dir, `${name}.node`));
}

function withTimeout(promise, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`test "${name}" did not finish within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runAll() {
  const file = path.basename(process.argv[1] || 'test');
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of tests) {
    current = name;
    try {
      await withTimeout(Promise.resolve().then(fn), name);
      passed++;
      console.log(`ok - ${name}`);
    } catch (err) {
      failed++;
      console.log(`not ok - ${name}`);
      console.log(String((err && err.stack) || err).replace(/^/gm, '    '));
    }
  }
  current = null;
  finished = true;
  console.log(`${file}: ${passed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}

// A test whose promise can never settle leaves the event loop empty: the process would exit
// quietly with status 0, so that case is reported as a failure here.
process.on('exit', (code) => {
  if (!finished && tests.length > 0) {
    console.log(`not ok - ${current || 'runner'}: the event loop emptied before the test finished`);
    process.exitCode = code || 1;
  }
});

// Checks Node's ERR_INVALID_ARG_TYPE contract for a bad argument: a TypeError with that code
// whose message names the argument (and, when given, matches the full text).
function assertArgTypeError(fn, argName, fullMessage) {
  const assert = require('assert');
  assert.throws(fn, (err) => {
    assert.ok(err instanceof TypeError, `expected a TypeError, got ${err && err.name}: ${err && err.message}`);
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.ok(err.message.includes(`"${argName}"`), `message does not name "${argName}": ${err.message}`);
    if (fullMessage !== undefined) assert.strictEqual(err.message, fullMessage);
    return true;
  });
}

module.exports = { test, loadAddon, assertArgTypeError };
