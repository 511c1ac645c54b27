'use strict';

const query = 'name=J%C3%BCrgen+M%C3%BCller&tags=a&tags=b&tags=c&empty=&flag&redirect=https%3A%2F%2Fexample.com%2Fx%3Fy%3D1';
const object = { name: 'Jürgen Müller', tags: ['a', 'b', 'c'], n: 42, ok: true, url: 'https://example.com/x?y=1' };

module.exports = [
  {
    name: 'querystring.parse, 200k times',
    module: 'querystring',
    run(qs) {
      let n = 0;
      for (let i = 0; i < 2e5; i++) n += qs.parse(query).tags.length;
      return n;
    },
  },
  {
    name: 'querystring.stringify, 200k times',
    module: 'querystring',
    run(qs) {
      let n = 0;
      for (let i = 0; i < 2e5; i++) n += qs.stringify(object).length;
      return n;
    },
  },
];
