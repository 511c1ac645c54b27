'use strict';

// path.matchesGlob against Node's own on generated patterns and paths, for both flavours.

const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { prng } = require('../../support/random.js');
const { differential } = require('../../support/differential.js');

const ours = builtin('path');
const theirs = reference('path');

const SEED = Number(process.env.GLOB_TEST_SEED) * 1000 || 0;
const COUNT = Number(process.env.GLOB_TEST_COUNT) || 3000;

const sameOutcome = differential(ours, theirs);

function same(flavour, path, pattern) {
  sameOutcome(() => `${flavour}.matchesGlob(${JSON.stringify(path)}, ${JSON.stringify(pattern)})`,
              (mod) => mod[flavour].matchesGlob(path, pattern));
}

const patternPieces = ['a', 'b', 'ab', '.', '..', '.a', 'a.b', '*', '**', '?', '*.b', '.*', '?.b', '[ab]', '[!a]',
  '[^b]', '[a-c]', '[c-a]', '[[:alpha:]]', '[[:digit:]]', '[[:bogus:]]', '[]]', '[.]', '[a', '{a,b}', '{,a}', '{a}',
  '{1..3}', '{a..c}', '{01..2}', '${a,b}', '@(a|b)', '!(a)', '!(a)b', '+(a|.b)', '*(a)', '?(b)', '@()', '!()', '@(a',
  'a)', '#a', '!a', '1', '2', 'C:', 'c:', '\\', '?', '*(a|b)*', 'a!(b)', '[a-]', '{a,{b,c}}', '{a,b}{1,2}', 'é'];
const pathPieces = ['a', 'b', 'ab', 'ba', '.a', '.b', 'a.b', '.', '..', 'c', '1', '2', '01', 'aab', '#a', '!a', '{a}',
  '[a', 'é', 'C:', 'c:', '', ']', '-'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function makePattern(rand) {
  const n = 1 + Math.floor(rand() * 4);
  let p = rand() < 0.15 ? '/' : '';
  for (let i = 0; i < n; i++) {
    p += pick(rand, patternPieces);
    if (rand() < 0.3) p += pick(rand, patternPieces);
    if (i < n - 1) p += rand() < 0.85 ? '/' : pick(rand, ['//', '\\']);
  }
  if (rand() < 0.1) p += '/';
  return p;
}

function makePath(rand, flavour) {
  const n = 1 + Math.floor(rand() * 4);
  let p = rand() < 0.15 ? '/' : '';
  for (let i = 0; i < n; i++) {
    p += pick(rand, pathPieces);
    if (rand() < 0.2) p += pick(rand, pathPieces);
    if (i < n - 1) p += flavour === 'win32' && rand() < 0.3 ? '\\' : rand() < 0.9 ? '/' : '//';
  }
  if (rand() < 0.1) p += '/';
  return p;
}

for (const flavour of ['posix', 'win32']) {
  test(`${flavour}.matchesGlob on ${COUNT} generated patterns`, () => {
    const rand = prng(SEED + (flavour === 'posix' ? 1 : 2));
    for (let i = 0; i < COUNT; i++) {
      const pattern = makePattern(rand);
      for (let k = 0; k < 4; k++) same(flavour, makePath(rand, flavour), pattern);
      // Paths built from the pattern itself hit its literal parts.
      same(flavour, pattern.replace(/[*?[\]{}()!@+]/g, ''), pattern);
    }
  });
}

test('matchesGlob: hand-picked cases', () => {
  const cases = [
    ['', ''], ['', '*'], ['a', ''], ['a/b/c.js', 'a/**/*.js'], ['a/b', 'a/**'], ['a', 'a/**'], ['a/.b', 'a/*'],
    ['a/b/.c/d', 'a/**/d'], ['.x/a', '**/a'], ['x/../b', '*/../b'], ['c/d', 'a/**/../c/d'], ['a/x/c/d', 'a/**/../c/d'],
    ['b', 'a/**/../b'], ['a//b', 'a/b'], ['a/b/', 'a/b'], ['a/b', 'a/b/'], ['./a', 'a'], ['a', './a'], ['//a', '/*'],
    ['C:/x', 'c:/x'], ['C:\\x', 'C:/x'], ['//?/C:/x', 'C:/x'], ['C:/x', '//?/c:/x'], ['\\\\h\\s\\x', '//h/s/*'],
    ['😀', '?'], ['😀', '??'], ['a😀', '[[:alpha:]]?'], ['x', '{a,b,}x'], ['ax', 'a{}x'], ['{}a', '{}a'],
    ['a}c', 'a{},b}c'], ['abc', 'a{},b}c'], ['a', '{a,}'], ['', '{a,}'], ['a10', 'a{1..10}'], ['a-1', 'a{-1..1}'],
    ['x5', 'x{10..1..5}'], ['.', '.'], ['..', '..'], ['a/..', 'a/..'], ['.', '*'], ['..', '.*'], ['..', '.?'],
    ['f]', '[[:foo:]]'], [':]', '[[:foo:]]'], ['o]', '[a[:foo:]]'], ['a]', '[[:alpha:][:foo:]]'], ['-', '[[:alpha:]-z]'],
    ['[x', '[[:alpha:]'], ['ab]/', '{a..c}[[:bogus:]]'], ['c/../c:', 'C:'], ['C:/x', '[c]:/x'], ['c:/../d:/x', 'D:/x'],
    ['//?/c:/x', '//?/C:/*'], ['//?/c:/../x', 'C:/x'],
  ];
  for (const [path, pattern] of cases) {
    same('posix', path, pattern);
    same('win32', path, pattern);
  }
});

test('matchesGlob: pattern length limit', () => {
  for (const n of [65536, 65537]) same('posix', 'a', 'a'.repeat(n));
});

test('matchesGlob: brace expansion edge cases', () => {
  const patterns = ['{a,b},x{,y', '{{a,b},x{,y}', 'x{,y{a,b}', '{a},b}', 'a{b},c}d', '{a{b,c}', '{{a,b}}', '{a,b}{c,d}{e,f}',
    '{1..3}{a..b}', '{3..1}', '{a..e..2}', '{e..a..2}', '{1..10..3}', '{-2..2}', '{001..3}', '{1..a}', '{a..1}', '{,}',
    '{,,}', 'x{,}y', '{}', '{}{a,b}', '${a,b}x{c,d}', '{a,${b,c}}', '{x..y..0}', '{Z..a}', '{a,b}/{c,d}', '{a/b,c}'];
  const paths = ['a', 'b', 'x', 'xy', 'y', 'ab', '{a}', '{a},b}', 'acd', 'abd', 'a}d', 'bc', '{a', '{ab', '1a', '2b', '3', '1',
    '4', '7', 'a', 'c', 'e', '-1', '001', '003', '{1..a}', '{a..1}', '{,}', '', '{}', '{}a', '${a,b}xc', 'a/c', 'b/d',
    'a/b', '[', '^', '_', '`', 'Z', 'x{,y', 'xa', 'xyb', '{{a,b}}', 'ace', 'bdf', '${b,c}', '{a,b},x{,y', 'a,x'];
  for (const pattern of patterns) {
    for (const path of paths) same('posix', path, pattern);
  }
});

test('matchesGlob: several globstars with dotted names around them', () => {
  const rand = prng(SEED + 7);
  const segs = ['a', 'b', '.x', '.', '..', '**', '*', '.*', '!(a)', '?(b)', 'c'];
  const names = ['a', 'b', '.x', '.', '..', 'c', '', 'x'];
  for (let i = 0; i < 4000; i++) {
    const n = 2 + Math.floor(rand() * 4);
    const pattern = Array.from({ length: n }, () => pick(rand, segs)).join('/');
    const m = 1 + Math.floor(rand() * 5);
    const path = (rand() < 0.2 ? '/' : '') + Array.from({ length: m }, () => pick(rand, names)).join('/');
    same('posix', path, pattern);
    same('win32', path, pattern);
  }
});

test('matchesGlob: an unclosed bracket hides the extglobs after it', () => {
  const cases = [['[a', '[a*(a)'], ['[aa', '[a*(a)'], ['[a*(a)', '[a*(a)'], ['[axx(a)', '[a*(a)'], ['x', '@([x|y)'],
    ['@([x|y)', '@([x|y)'], ['a', '@(a|[b)'], ['[b)', '@(a|[b)'], ['@(a|[b)', '@(a|[b)'], ['ab', 'a[!(b)'], ['a[b', 'a[?(b)']];
  for (const [path, pattern] of cases) same('posix', path, pattern);
});

test('matchesGlob: dotted names after a globstar in paths with a trailing slash', () => {
  const patterns = ['*(a)!(a)', '**/*(a)!(a)', '**/?(x)*', '**/.*', '**/[.]a', '**/*(.a)', '**/.a', 'x/**/?(x)*', '**/*',
    '**/!(b)', '**/@(.a|b)', '**/?a', '**/.?', 'a/**/.a', '**/*(a|b)*'];
  const paths = ['.a', '.a/', 'a/', 'x/.a/', 'x/.a', '/.a/', 'a/.a/', '.b/', 'b/', '.a/b/', '.a//'];
  for (const pattern of patterns) {
    for (const path of paths) {
      same('posix', path, pattern);
      same('win32', path, pattern);
    }
  }
});
