'use strict';

// A minimal test runner that only needs what every host has (no node:test), so the same test files run on Node.js
// today and under rnode later. `test(name, fn)` registers a test; `fn` may return a promise. Tests run one after
// another once the file has been evaluated; the process exits with 1 if any failed, or if it ran out of work
// while a test was still waiting on a promise that can no longer settle.

const tests = [];
let scheduled = false;
let running;

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
    running = name;
    try {
      await fn();
      process.stdout.write(`ok - ${name}\n`);
    } catch (err) {
      failed++;
      process.stdout.write(`not ok - ${name}\n`);
      process.stdout.write(`${String(err && err.stack || err).replace(/^/gm, '  # ')}\n`);
    }
  }
  running = undefined;
  process.stdout.write(`# ${tests.length - failed} passed, ${failed} failed\n`);
  if (failed > 0) process.exitCode = 1;
}

process.on('exit', () => {
  if (running === undefined) return;
  process.stdout.write(`not ok - ${running}\n  # never finished: the process ran out of work first\n`);
  process.exitCode = 1;
});

module.exports = { test };
