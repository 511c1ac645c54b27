'use strict';

// DEP0005: Buffer() called without Buffer.from/alloc warns once, unless the caller lives in node_modules (then only
// with --pending-deprecation). Runs in its own process because the warning is emitted once per process.

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { test } = require('../../support/runner.js');
const { builtin } = require('../../support/builtin.js');

const { Buffer } = builtin('buffer');
const message = 'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), ' +
  'Buffer.allocUnsafe(), or Buffer.from() methods instead.';

function dependencyCalling() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnode-dep0005-'));
  const file = path.join(dir, 'node_modules', 'legacy', 'index.js');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'module.exports = (B) => [B(2), new B("ab")];\n');
  return file;
}

function collectWarnings(fn) {
  const warnings = [];
  const saved = process.emitWarning;
  process.emitWarning = (msg, type, code) => warnings.push([type, code, msg]);
  try {
    fn();
  } finally {
    process.emitWarning = saved;
  }
  return warnings;
}

test('no warning for node_modules callers or species construction; one for the application', () => {
  const legacy = require(dependencyCalling());
  const quiet = collectWarnings(() => {
    const [a, b] = legacy(Buffer);
    assert.deepStrictEqual([a.length, b.toString()], [2, 'ab']);
    assert.strictEqual(Buffer.from([1, 2]).map((x) => x * 2).constructor, Buffer);
    Buffer.from([1, 2]).filter(() => true);
    Buffer.from('abc').slice(1);
  });
  assert.deepStrictEqual(quiet, []);
  const loud = collectWarnings(() => {
    Buffer(1);
    new Buffer('x'); // eslint-disable-line no-new
  });
  assert.deepStrictEqual(loud, [['DeprecationWarning', 'DEP0005', message]]);
});

test('--pending-deprecation warns for node_modules callers too', () => {
  const file = dependencyCalling();
  const script = `
    const { builtin } = require(${JSON.stringify(require.resolve('../../support/builtin.js'))});
    require(${JSON.stringify(file)})(builtin('buffer').Buffer);
  `;
  const run = (args) => spawnSync(process.execPath, [...args, '-e', script], { encoding: 'utf8' });
  const flagged = run(['--pending-deprecation']);
  assert.strictEqual(flagged.status, 0, flagged.stderr);
  assert.match(flagged.stderr, /\[DEP0005\] DeprecationWarning: Buffer\(\) is deprecated/);
  const plain = run([]);
  assert.strictEqual(plain.status, 0, plain.stderr);
  assert.doesNotMatch(plain.stderr, /DEP0005/);
});
