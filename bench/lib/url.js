'use strict';

// The legacy url API: parse (with and without the query parsed), format and resolve.
process.noDeprecation = true;

const inputs = [
  'http://user:pw@host.com:8080/p/a/t/h?query=string&a=1#hash',
  'https://example.org/some/long/path/to/a/resource.html',
  '/relative/path?x=1',
  'mailto:someone@example.com',
  'HTTP://WWW.EXAMPLE.COM/A%20B?C=D',
];

module.exports = [
  {
    name: 'url.parse, 200k times',
    module: 'url',
    run(url) {
      let n = 0;
      for (let i = 0; i < 2e5; i++) n += url.parse(inputs[i % 5], (i & 1) === 1).href.length;
      return n;
    },
  },
  {
    name: 'url.resolve + format, 100k times each',
    module: 'url',
    run(url) {
      let n = 0;
      for (let i = 0; i < 1e5; i++) {
        n += url.resolve('http://a/b/c/d;p?q', '../../g/h?i#j').length;
        n += url.format({ protocol: 'https', hostname: 'example.com', pathname: '/a b', query: { x: i } }).length;
      }
      return n;
    },
  },
];
