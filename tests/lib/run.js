'use strict';

// Runs every tests/lib/**/*.test.js file in its own process on the host given by JS_HOST (default: this node),
// and exits with 1 if any of them failed.

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const host = process.env.JS_HOST || process.execPath;
const only = process.argv.slice(2);

function collect(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return collect(full);
    return entry.name.endsWith('.test.js') ? [full] : [];
  }).sort();
}

const files = collect(__dirname).filter((file) => only.length === 0 || only.some((name) => file.includes(name)));
const failures = [];
for (const file of files) {
  const started = Date.now();
  const result = spawnSync(host, [file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Date.now() - started;
  const ok = result.status === 0;
  process.stdout.write(`${ok ? 'PASS' : 'FAIL'} ${path.relative(__dirname, file)} (${ms} ms)\n`);
  if (!ok) {
    failures.push(file);
    process.stdout.write(result.stdout.split('\n').filter((line) => !line.startsWith('ok - ')).join('\n'));
    process.stdout.write(result.stderr);
  }
}
process.stdout.write(`${files.length - failures.length}/${files.length} test files passed\n`);
if (failures.length > 0 || files.length === 0) process.exitCode = 1;
