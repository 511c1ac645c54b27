'use strict';

// The shape of the path modules and every argument error, compared with Node's own path.

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { differential } = require('../../support/differential.js');

const ours = builtin('path');
const theirs = reference('path');

const same = differential(ours, theirs);

test('exports: same keys, separators and cross references', () => {
  assert.deepStrictEqual(Object.keys(ours), Object.keys(theirs));
  for (const flavour of ['posix', 'win32']) {
    assert.deepStrictEqual(Object.keys(ours[flavour]), Object.keys(theirs[flavour]));
    assert.strictEqual(ours[flavour].sep, theirs[flavour].sep);
    assert.strictEqual(ours[flavour].delimiter, theirs[flavour].delimiter);
    assert.strictEqual(ours[flavour]._makeLong, ours[flavour].toNamespacedPath);
    for (const key of Object.keys(theirs[flavour])) {
      assert.strictEqual(typeof ours[flavour][key], typeof theirs[flavour][key], key);
      if (typeof theirs[flavour][key] === 'function') {
        assert.strictEqual(ours[flavour][key].length, theirs[flavour][key].length, `${flavour}.${key}.length`);
      }
    }
  }
  assert.strictEqual(ours.posix.win32, ours.win32);
  assert.strictEqual(ours.win32.posix, ours.posix);
  assert.strictEqual(ours.posix.posix, ours.posix);
  assert.strictEqual(ours.win32.win32, ours.win32);
  assert.strictEqual(ours, process.platform === 'win32' ? ours.win32 : ours.posix);
  assert.strictEqual(builtin('path/posix'), ours.posix);
  assert.strictEqual(builtin('path/win32'), ours.win32);
});

const bad = [undefined, null, 1, 0, true, {}, [], Symbol('s'), 10n, () => {}, new String('a')];

test('argument errors of every function', () => {
  for (const flavour of ['posix', 'win32']) {
    for (const value of bad) {
      const label = `${flavour} with ${String(typeof value === 'symbol' ? 'symbol' : value)}`;
      for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath']) {
        same(`${label}: ${fn}`, (p) => p[flavour][fn](value));
      }
      same(`${label}: basename suffix`, (p) => p[flavour].basename('a/b.js', value));
      same(`${label}: basename both`, (p) => p[flavour].basename(value, value));
      same(`${label}: join`, (p) => p[flavour].join('a', value, 'b'));
      same(`${label}: join first`, (p) => p[flavour].join(value));
      same(`${label}: resolve`, (p) => p[flavour].resolve('a', value, 'b'));
      same(`${label}: resolve before absolute`, (p) => p[flavour].resolve(value, '/abs'));
      same(`${label}: resolve before drive`, (p) => p[flavour].resolve(value, 'C:\\abs'));
      same(`${label}: relative from`, (p) => p[flavour].relative(value, 'a'));
      same(`${label}: relative to`, (p) => p[flavour].relative('a', value));
      same(`${label}: format`, (p) => p[flavour].format(value));
      same(`${label}: matchesGlob path`, (p) => p[flavour].matchesGlob(value, '*'));
      same(`${label}: matchesGlob pattern`, (p) => p[flavour].matchesGlob('a', value));
    }
  }
});

test('no-argument and empty-argument forms', () => {
  for (const flavour of ['posix', 'win32']) {
    same(`${flavour} resolve()`, (p) => p[flavour].resolve());
    same(`${flavour} resolve('')`, (p) => p[flavour].resolve(''));
    same(`${flavour} join()`, (p) => p[flavour].join());
    same(`${flavour} join('', '')`, (p) => p[flavour].join('', ''));
    same(`${flavour} relative('', '')`, (p) => p[flavour].relative('', ''));
    same(`${flavour} format({})`, (p) => p[flavour].format({}));
    same(`${flavour} format(fn)`, (p) => p[flavour].format(Object.assign(() => {}, { base: 'x' })));
    same(`${flavour} parse('')`, (p) => p[flavour].parse(''));
  }
});

test('documented examples', () => {
  const cases = [
    ['posix', 'resolve', ['/foo/bar', './baz']], ['posix', 'resolve', ['/foo/bar', '/tmp/file/']],
    ['posix', 'resolve', ['wwwroot', 'static_files/png/', '../gif/image.gif']],
    ['posix', 'relative', ['/data/orandea/test/aaa', '/data/orandea/impl/bbb']],
    ['posix', 'join', ['/foo', 'bar', 'baz/asdf', 'quux', '..']], ['posix', 'normalize', ['/foo/bar//baz/asdf/quux/..']],
    ['posix', 'parse', ['/home/user/dir/file.txt']], ['posix', 'basename', ['/foo/bar/baz/asdf/quux.html', '.html']],
    ['posix', 'extname', ['index.coffee.md']], ['posix', 'extname', ['.index.md']], ['posix', 'dirname', ['/a/b/']],
    ['win32', 'resolve', ['C:\\orandea\\test\\aaa', 'D:\\impl']], ['win32', 'normalize', ['C:////temp\\\\/\\/\\/foo/bar']],
    ['win32', 'relative', ['C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb']],
    ['win32', 'parse', ['C:\\path\\dir\\file.txt']], ['win32', 'basename', ['C:\\foo.HTML', '.html']],
    ['win32', 'isAbsolute', ['//server']], ['win32', 'isAbsolute', ['C:foo\\..']], ['win32', 'join', ['//server', 'share']],
    ['win32', 'toNamespacedPath', ['C:\\x']], ['win32', 'toNamespacedPath', ['\\\\server\\share\\x']],
  ];
  for (const [flavour, fn, args] of cases) same(`${flavour}.${fn}(${args})`, (p) => p[flavour][fn](...args));
});
