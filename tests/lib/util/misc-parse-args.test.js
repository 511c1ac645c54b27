'use strict';

// util.parseArgs against node's: configuration errors, every token form, strict and loose modes, negation,
// defaults, tokens, and thousands of generated argument lists over several configurations.

const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');

const mine = builtin('util').parseArgs;
const theirs = reference('util').parseArgs;

function outcome(config) {
  return [mine, theirs].map((parseArgs) => {
    try {
      return { result: parseArgs(config) };
    } catch (err) {
      return { threw: true, name: err?.constructor?.name, code: err?.code, message: err?.message };
    }
  });
}

function same(label, config) {
  const [a, b] = outcome(config);
  assert.deepStrictEqual(a, b, `${label}: ${JSON.stringify(config)}`);
}

const configs = {
  empty: {},
  basic: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string', short: 'b' } },
  multiple: {
    v: { type: 'boolean', short: 'v', multiple: true }, inc: { type: 'string', short: 'I', multiple: true },
    name: { type: 'string', default: 'anon' },
  },
  defaults: {
    a: { type: 'boolean', default: false }, s: { type: 'string', short: 's', default: 'x' },
    list: { type: 'string', multiple: true, default: ['p', 'q'] }, flags: { type: 'boolean', multiple: true, default: [true] },
  },
  tricky: {
    constructor: { type: 'string' }, toString: { type: 'boolean', short: 't' }, 'no-color': { type: 'boolean' },
    color: { type: 'boolean', short: 'c' }, x: { type: 'string', short: 'x' },
  },
};

test('configuration validation errors', () => {
  const bad = [
    5, { args: 'x' }, { args: [], strict: 5 }, { args: [], tokens: 5 }, { args: [], allowPositionals: 5 },
    { args: [], allowNegative: 5 }, { args: [], options: 5 }, { args: [], options: { x: 5 } },
    { args: [], options: { x: {} } }, { args: [], options: { x: { type: 'number' } } },
    { args: [], options: { x: { type: 'string', short: 'ab' } } }, { args: [], options: { x: { type: 'string', short: 5 } } },
    { args: [], options: { x: { type: 'string', short: '' } } }, { args: [], options: { x: { type: 'string', multiple: 5 } } },
    { args: [], options: { x: { type: 'string', default: 5 } } }, { args: [], options: { x: { type: 'boolean', default: 'a' } } },
    { args: [], options: { x: { type: 'string', multiple: true, default: 'a' } } },
    { args: [], options: { x: { type: 'boolean', multiple: true, default: [1] } } },
    { args: [], options: { x: { type: 'string', multiple: true, default: ['a', 2] } } },
    { args: [], options: { x: { type: 'string', default: undefined } } }, { args: [], options: null },
    { args: [], options: [] }, { args: [], options: { x: null } }, { args: [], options: { x: [] } },
    { args: [5], options: {} }, { args: [5], strict: false }, { __proto__: { args: ['--inherited'] }, strict: false },
  ];
  for (const config of bad) same('config', config);
});

test('token forms, strictness, positionals, negation', () => {
  const cases = [
    { args: ['-f', '--bar', 'b'], options: configs.basic, tokens: true },
    { args: ['--unknown'], options: {} }, { args: ['--unknown'], options: {}, allowPositionals: true },
    { args: ['-u'], options: {}, allowPositionals: true }, { args: ['pos'], options: {} },
    { args: ['--s'], options: { s: { type: 'string' } } }, { args: ['--s', '--x'], options: { s: { type: 'string' } } },
    { args: ['-s', '-x'], options: { s: { type: 'string', short: 's' } } },
    { args: ['--b=1'], options: { b: { type: 'boolean', short: 'b' } } },
    { args: ['--no-b'], options: { b: { type: 'boolean' } }, allowNegative: true },
    { args: ['--no-b'], options: { b: { type: 'string' } }, allowNegative: true },
    { args: ['--no-x'], options: {}, allowNegative: true }, { args: ['--no-x'], strict: false, allowNegative: true },
    { args: ['--no-b=1'], options: { b: { type: 'boolean' } }, allowNegative: true },
    { args: ['--no-b', '--b'], options: { b: { type: 'boolean', multiple: true } }, allowNegative: true, tokens: true },
    { args: ['--no-b'], options: { b: { type: 'boolean' } } },
    { args: ['-abc', 'x'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' } }, tokens: true, allowPositionals: true },
    { args: ['-abcVAL'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' } }, tokens: true },
    { args: ['-acb'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' } }, tokens: true },
    { args: ['--', '-a', 'b'], options: {}, tokens: true, allowPositionals: true },
    { args: ['--', '-a', 'b'], options: {}, tokens: true },
    { args: ['--x', '-y', 'z'], strict: false, tokens: true },
    { args: ['a'], options: { x: { type: 'string', default: 'd' }, y: { type: 'boolean', multiple: true, default: [true] } }, allowPositionals: true },
    { args: ['--__proto__', 'v'], options: { __proto__: { type: 'string' } } },
    { args: ['--__proto__', 'v'], strict: false }, { args: ['--constructor', 'v'], strict: false, tokens: true },
    { args: ['-'], options: {}, allowPositionals: true, tokens: true }, { args: ['--=x'], strict: false, tokens: true },
    { args: ['--a=b=c'], options: { a: { type: 'string' } } }, { args: ['-a='], options: { a: { type: 'string', short: 'a' } } },
    { args: ['-x'], options: { x: { type: 'string', short: 'x' } } }, { args: ['-x'], options: { long: { type: 'string', short: 'x' } } },
    { args: ['--s'], options: { s: { type: 'string' } }, strict: false, tokens: true },
    { args: ['-ab'], strict: false, tokens: true }, { args: ['--b=', '-s', ''], options: { b: { type: 'string' }, s: { type: 'string', short: 's' } } },
    { args: ['-ss'], options: { s: { type: 'string', short: 's' } }, tokens: true },
    { args: ['-s', '--'], options: { s: { type: 'string', short: 's' } }, tokens: true },
    { args: ['--s', '-'], options: { s: { type: 'string' } } },
    { args: ['--toString'], options: {} }, { args: ['-t'], options: configs.tricky, tokens: true },
    { args: ['--no-color', '--color', '--no-color'], options: configs.tricky, allowNegative: true },
  ];
  const negation = [
    [['--no-b'], { 'no-b': { type: 'string' } }], [['--no-b=1'], {}], [['--no-b=1'], { b: { type: 'string' } }],
    [['--no-b=1'], { 'no-b': { type: 'string' } }], [['--no-b=1'], { 'no-b': { type: 'boolean' } }],
    [['--no-b=1'], { b: { type: 'boolean' } }], [['--no-b'], { b: { type: 'boolean', short: 'x' } }],
    [['--no-b'], { b: { type: 'string', short: 'x' } }], [['--no-b', 'v'], { b: { type: 'string' } }],
    [['--no-b'], { 'no-b': { type: 'string' }, b: { type: 'boolean' } }],
    [['--no-b'], { 'no-b': { type: 'boolean', multiple: true } }], [['--no-b'], { 'no-b': { type: 'boolean' } }],
    [['--no-b'], { b: { type: 'string', multiple: true } }], [['--no-'], {}], [['--no-no-b'], {}],
    [['--no-b', 'x'], { 'no-b': { type: 'string' } }],
  ];
  for (const [args, options] of negation) {
    for (const flags of [{}, { strict: false }, { allowNegative: true }, { allowNegative: true, strict: false }]) {
      cases.push({ args, options, tokens: true, ...flags });
    }
  }
  for (const config of cases) same('case', config);
});

// A small deterministic generator (xorshift), so failures reproduce.
function rng(seed) {
  let x = seed;
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

test('generated argument lists over several configurations', () => {
  const vocabulary = ['-f', '-b', '-fb', '-bf', '-bval', '--foo', '--bar', '--bar=', '--bar=x', '--foo=1', 'pos',
    '--', '-', '-v', '-vv', '-I', '-Ipath', '--inc', '--inc=a', '--name', 'n', '--no-foo', '--no-name', '-z', '--zz',
    '-s', '-sx', '--list', '--list=l', '--flags', '--no-flags', '-t', '-tc', '-ct', '--constructor', '--color',
    '--no-color', '-x', '-xv', '--x=-1', '-1', 'a=b', '--=', '---', '--foo=', ''];
  const random = rng(20261128);
  let count = 0;
  for (const options of Object.values(configs)) {
    for (let n = 0; n < 400; n++) {
      const args = [];
      const length = Math.floor(random() * 6);
      for (let i = 0; i < length; i++) args.push(vocabulary[Math.floor(random() * vocabulary.length)]);
      for (const flags of [{}, { strict: false }, { allowPositionals: true }, { allowNegative: true, tokens: true },
        { strict: false, allowNegative: true, tokens: true }]) {
        same('generated', { args, options, ...flags });
        count++;
      }
    }
  }
  assert.ok(count > 9000);
});

test('default arguments come from process.argv (script and -e)', () => {
  const harness = path.join(__dirname, '..', '..', 'support', 'builtin.js');
  const body = (which) => `const { ${which} } = require(${JSON.stringify(harness)});
    console.log(JSON.stringify(${which}('util').parseArgs({ strict: false, tokens: true })));`;
  const run = (args) => spawnSync(process.execPath, args, { encoding: 'utf8' }).stdout;
  const evalArgs = (which) => ['-e', body(which), '--', 'x', '--flag', '-v'];
  assert.strictEqual(run(evalArgs('builtin')), run(evalArgs('reference')));
  const script = path.join(require('os').tmpdir(), `rnode-parse-args-${process.pid}.js`);
  require('fs').writeFileSync(script, `${body('builtin')}\n${body('reference')}\n`);
  try {
    const [a, b] = run([script, 'pos', '--opt=1', '-ab']).trim().split('\n');
    assert.strictEqual(a, b);
  } finally {
    require('fs').unlinkSync(script);
  }
});
