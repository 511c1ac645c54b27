'use strict';

// Call-overhead benchmark: N calls of add(a, b) and of an empty function, for rnode-addon and
// for napi-rs, alternating implementations within each round so that machine noise hits both
// alike. Usage: node bench.js <dir with calculator.node, bench_ours.node, bench_napi_rs.node>

const path = require('path');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench.js <addons dir>');
  process.exit(2);
}
const CALLS = Number(process.env.BENCH_CALLS) || 10_000_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 5;

const load = (name) => require(path.resolve(dir, `${name}.node`));
const calculator = load('calculator');
const ours = load('bench_ours');
const napi = load('bench_napi_rs');

// Each loop uses the results, so no call can be optimised away (native calls never are, but
// the loop bookkeeping stays the same for both sides).
function runAdd(add) {
  let acc = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) acc = add(acc, 1);
  const ns = Number(process.hrtime.bigint() - start);
  if (acc !== CALLS) throw new Error(`add returned ${acc} after ${CALLS} calls`);
  return ns / CALLS;
}

function runNoop(noop) {
  let undefinedCount = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) if (noop() === undefined) undefinedCount++;
  const ns = Number(process.hrtime.bigint() - start);
  if (undefinedCount !== CALLS) throw new Error('noop returned something other than undefined');
  return ns / CALLS;
}

const cases = [
  { name: 'add(a, b)', run: runAdd, ours: calculator.add, napi: napi.add },
  { name: 'empty function', run: runNoop, ours: ours.noop, napi: napi.noop },
];

if (ours.add(2, 3) !== 5 || napi.add(2, 3) !== 5) throw new Error('add is broken');

const samples = cases.map(() => ({ ours: [], napi: [] }));
for (let round = 0; round < ROUNDS; round++) {
  cases.forEach((c, i) => {
    // Alternate which side goes first, so warm-up and frequency drift favour neither.
    const order = round % 2 === 0 ? ['ours', 'napi'] : ['napi', 'ours'];
    for (const side of order) samples[i][side].push(c.run(c[side]));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const rows = cases.map((c, i) => {
  const o = median(samples[i].ours);
  const n = median(samples[i].napi);
  return [c.name, o.toFixed(2), n.toFixed(2), `${(o / n).toFixed(2)}x`];
});
console.log(`node ${process.version}, ${CALLS.toLocaleString('en-US')} calls per run, median of ${ROUNDS} rounds`);
console.log('');
console.log('| call | rnode-addon ns/call | napi-rs ns/call | ratio (ours / napi-rs) |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
