'use strict';

// Times each case of bench/lib/<module>.js twice per round -- once with rnode's module (evaluated on this node
// through tests/support/lib-on-node.js) and once with node's own -- alternating, and prints the median of each with
// their ratio. Same process, same input: absolute times on a shared machine are noise, the ratio is the result.
//
//   node bench/lib/run.js [filter...]      ROUNDS=7 by default

const fs = require('fs');
const path = require('path');
const { loadBuiltin } = require('../../tests/support/lib-on-node.js');

const rounds = Number(process.env.ROUNDS || 7);
const filters = process.argv.slice(2);

function loadCases() {
  return fs.readdirSync(__dirname)
    .filter((file) => file.endsWith('.js') && file !== 'run.js')
    .sort()
    .flatMap((file) => require(path.join(__dirname, file)))
    .filter((c) => filters.length === 0 || filters.some((f) => c.name.includes(f) || c.module.includes(f)));
}

async function time(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

async function main() {
  const rows = [];
  for (const c of loadCases()) {
    const impls = { rnode: loadBuiltin(c.module), node: require(`node:${c.module}`) };
    const times = { rnode: [], node: [] };
    await c.run(impls.rnode); // warm-up, and a check that the case runs at all
    await c.run(impls.node);
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? ['rnode', 'node'] : ['node', 'rnode'];
      for (const which of order) times[which].push(await time(() => c.run(impls[which])));
    }
    const row = { name: c.name, rnode: median(times.rnode), node: median(times.node) };
    row.ratio = row.rnode / row.node;
    rows.push(row);
    process.stderr.write(`${c.name}: ${row.ratio.toFixed(2)}x\n`);
  }
  const lines = ['| case | rnode (ms) | node (ms) | ratio |', '|---|---:|---:|---:|'];
  for (const r of rows) {
    lines.push(`| ${r.name} | ${r.rnode.toFixed(1)} | ${r.node.toFixed(1)} | ${r.ratio.toFixed(2)} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exitCode = 1;
});
