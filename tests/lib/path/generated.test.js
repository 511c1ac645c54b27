'use strict';

// Differential tests of path.posix and path.win32 on generated paths: every function gets thousands of inputs
// built from the pieces that make path handling hard (dots, separators of both kinds, drives, UNC and device
// roots, reserved device names, colons), and must return exactly what Node's own path returns.

const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { prng } = require('../../support/random.js');
const { differential } = require('../../support/differential.js');

const ours = builtin('path');
const theirs = reference('path');

const pieces = [
  '', '.', '..', '...', '.a', 'a.', 'a', 'b.c', 'f.g.h', 'x y', 'é', '..a', 'a..', 'node_modules', 'file.tar.gz',
  '/', '\\', '//', '\\\\', '///', '/\\', 'C:', 'c:', 'z:', 'C:\\', 'C:/', ':', 'a:b', 'ab:', '1:', 'CON', 'con:',
  'AUX:x', 'NUL', 'nul:', 'COM1:', 'com9', 'LPT¹:', 'PRN:', 'CONOUT$:', '\\\\server\\share', '//server/share',
  '\\\\server', '\\\\.\\', '\\\\?\\', '\\\\.\\pipe\\x', '\\\\?\\C:\\', '\\\\?\\UNC\\s\\h', 'UNC', '?', '.git',
  'a/b', 'a\\b', '../..', './', '.\\', 'dir/', 'dir\\',
];
const seps = ['', '/', '\\', '/', '\\', '//'];

function makePath(rand) {
  const n = Math.floor(rand() * 6);
  let p = '';
  for (let i = 0; i < n; i++) {
    p += pieces[Math.floor(rand() * pieces.length)];
    if (i < n - 1) p += seps[Math.floor(rand() * seps.length)];
  }
  return p;
}

const sameOutcome = differential(ours, theirs);

function same(name, args, call) {
  sameOutcome(() => `${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`, call);
}

// PATH_TEST_SEED and PATH_TEST_COUNT explore further than the default run does.
const COUNT = Number(process.env.PATH_TEST_COUNT) || 4000;
const SEED = Number(process.env.PATH_TEST_SEED) || 0;

for (const flavour of ['posix', 'win32']) {
  test(`${flavour}: one-path functions on ${COUNT} generated paths`, () => {
    const rand = prng(SEED * 100 + (flavour === 'posix' ? 1 : 2));
    for (let i = 0; i < COUNT; i++) {
      const p = makePath(rand);
      for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath']) {
        same(`${flavour}.${fn}`, [p], (mod) => mod[flavour][fn](p));
      }
    }
  });

  test(`${flavour}: basename with suffixes`, () => {
    const rand = prng(SEED * 100 + (flavour === 'posix' ? 3 : 4));
    for (let i = 0; i < COUNT; i++) {
      const p = makePath(rand);
      const cut = Math.floor(rand() * (p.length + 2));
      const suffixes = [p.slice(cut), p.slice(-cut), makePath(rand), `x${p.slice(cut)}`, p];
      for (const s of suffixes) same(`${flavour}.basename`, [p, s], (mod) => mod[flavour].basename(p, s));
    }
  });

  test(`${flavour}: join and resolve of generated path lists`, () => {
    const rand = prng(SEED * 100 + (flavour === 'posix' ? 5 : 6));
    for (let i = 0; i < COUNT; i++) {
      const n = Math.floor(rand() * 5);
      const list = [];
      for (let k = 0; k < n; k++) list.push(makePath(rand));
      same(`${flavour}.join`, list, (mod) => mod[flavour].join(...list));
      same(`${flavour}.resolve`, list, (mod) => mod[flavour].resolve(...list));
    }
  });

  test(`${flavour}: relative between generated paths`, () => {
    const rand = prng(SEED * 100 + (flavour === 'posix' ? 7 : 8));
    for (let i = 0; i < COUNT; i++) {
      const from = makePath(rand);
      // Related pairs exercise the common-prefix logic; unrelated ones the rest.
      const to = rand() < 0.5 ? makePath(rand) : `${from}${seps[1 + Math.floor(rand() * 3)]}${makePath(rand)}`;
      const swapCase = rand() < 0.3 ? to.toUpperCase() : to;
      same(`${flavour}.relative`, [from, swapCase], (mod) => mod[flavour].relative(from, swapCase));
      same(`${flavour}.relative`, [swapCase, from], (mod) => mod[flavour].relative(swapCase, from));
    }
  });

  test(`${flavour}: format of generated objects and parse round trips`, () => {
    const rand = prng(SEED * 100 + (flavour === 'posix' ? 9 : 10));
    const pick = () => {
      const r = rand();
      if (r < 0.15) return undefined;
      if (r < 0.2) return null;
      if (r < 0.25) return 0;
      return pieces[Math.floor(rand() * pieces.length)];
    };
    for (let i = 0; i < COUNT; i++) {
      const obj = { root: pick(), dir: pick(), base: pick(), name: pick(), ext: pick() };
      same(`${flavour}.format`, [obj], (mod) => mod[flavour].format(obj));
      const p = makePath(rand);
      same(`${flavour}.format(parse)`, [p], (mod) => mod[flavour].format(mod[flavour].parse(p)));
    }
  });
}

test('win32.resolve uses the per-drive working directory variables', () => {
  const saved = { c: process.env['=C:'], d: process.env['=D:'] };
  try {
    for (const [c, d] of [['C:\\Users\\me', 'D:\\data'], ['c:\\lower', 'X:\\elsewhere'], ['C:', ''],
      ['relative\\dir', undefined]]) {
      process.env['=C:'] = c;
      if (d === undefined) delete process.env['=D:']; else process.env['=D:'] = d;
      for (const args of [['C:'], ['c:x'], ['D:y', '..'], ['C:a', 'D:b'], ['\\x', 'C:y'], ['D:', 'E:z'], ['C:..\\..']]) {
        same('win32.resolve', args, (mod) => mod.win32.resolve(...args));
        same('win32.relative', args, (mod) => mod.win32.relative(args[0], args[1] ?? ''));
        same('win32.toNamespacedPath', args, (mod) => mod.win32.toNamespacedPath(args[0]));
      }
    }
  } finally {
    if (saved.c === undefined) delete process.env['=C:']; else process.env['=C:'] = saved.c;
    if (saved.d === undefined) delete process.env['=D:']; else process.env['=D:'] = saved.d;
  }
});
