'use strict';

// One loop of N calls of one export, for instruction counting under callgrind:
// node loop.js <addon.node> <add|noop> <N>. Running it with N = 0 measures everything else
// (startup, loading), so the difference divided by N is the cost of one call.

const [file, name, count] = process.argv.slice(2);
const fn = require(file)[name];
const n = Number(count);
let acc = 0;
if (name === 'add') {
  for (let i = 0; i < n; i++) acc = fn(acc, 1);
  if (acc !== n) throw new Error(`add returned ${acc}`);
} else {
  for (let i = 0; i < n; i++) fn();
}
