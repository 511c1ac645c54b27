'use strict';

// path.resolve / path.join 1M times (the rows issue 4 asks for), plus the other hot functions.

const inputs = [
  ['/usr/local', 'lib', 'node_modules', '../share/./doc'],
  ['src', 'a/b/../c', 'index.js'],
  ['/a/b/c', '../../d', './e/', 'f.txt'],
  ['relative/dir', '..', 'x'],
];
const N = 1e6;

module.exports = [
  {
    name: 'path.resolve, 1M times',
    module: 'path',
    run(path) {
      let n = 0;
      for (let i = 0; i < N; i++) n += path.resolve(...inputs[i & 3]).length;
      return n;
    },
  },
  {
    name: 'path.join, 1M times',
    module: 'path',
    run(path) {
      let n = 0;
      for (let i = 0; i < N; i++) n += path.join(...inputs[i & 3]).length;
      return n;
    },
  },
  {
    name: 'path.win32.resolve + join, 200k times each',
    module: 'path',
    run(path) {
      let n = 0;
      for (let i = 0; i < N / 5; i++) {
        n += path.win32.resolve('C:\\Users\\me', inputs[i & 3][1], '..\\x').length;
        n += path.win32.join('\\\\server\\share', inputs[i & 3][2]).length;
      }
      return n;
    },
  },
  {
    name: 'path.relative + parse + basename + extname + dirname, 200k times',
    module: 'path',
    run(path) {
      let n = 0;
      for (let i = 0; i < N / 5; i++) {
        n += path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb').length;
        n += path.parse('/home/user/dir/file.txt').name.length;
        n += path.basename('/foo/bar/baz/quux.html', '.html').length;
        n += path.extname('index.coffee.md').length + path.dirname('/a/b/c/').length;
      }
      return n;
    },
  },
];
