'use strict';

// A minimal test runner that only needs what every host has (no node:test), so the same test files run on Node.js
// today and under rnode later. `test(name, fn)` registers a test; `fn` may return a promise. Tests run one after
// another once the file has been evaluated; the process exits with 1 if any failed.

const tests = [];
let scheduled = false;

function test(name, fn) {
  tests.push({ name, fn });
  if (!scheduled) {
    scheduled = true;
    setImmediate(run);
  }
}

async function run() {
  let failed = 0;
  for (const { name, fn } of tests) {
    try {
      await fn();
      process.stdout.write(`ok - ${name}\n`);
    } catch (err) {
      failed++;
      process.stdout.write(`not ok - ${name}\n`);
      process.stdout.write(`${String(err && err.stack || err).replace(/^/gm, '  # ')}\n`);
    }
  }
  process.stdout.write(`# ${tests.length - failed} passed, ${failed} failed\n`);
  if (failed > 0) process.exitCode = 1;
}

module.exports = { test };
