'use strict';

// util.MIMEType and util.MIMEParams against node's: parsing, serialization, setters, parameter validation and
// errors, on hand-picked inputs and 30k generated ones.

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');

const lib = builtin('util');
const ref = reference('util');

function describe(util, input) {
  try {
    const mime = new util.MIMEType(input);
    return {
      string: String(mime), json: JSON.stringify(mime), type: mime.type, subtype: mime.subtype,
      essence: mime.essence, params: [...mime.params], keys: [...mime.params.keys()], values: [...mime.params.values()],
    };
  } catch (err) {
    return { name: err.name, code: err.code, message: err.message };
  }
}

function same(input) {
  assert.deepStrictEqual(describe(lib, input), describe(ref, input), JSON.stringify(input));
}

test('parsing and serialization of hand-picked inputs', () => {
  for (const input of ['text/html', 'TEXT/HTML; Charset="UTF-8"', 'text/html;charset=utf-8;charset=x',
    'text/html ; a=b', '  text/plain  ', 'text/', '/plain', 'text', 'tex t/plain', 'text/pl ain', 'text/plain;a',
    'text/plain;a=', 'text/plain;=b', 'text/plain;a="b\\"c"', 'text/plain;a="unterminated', 'text/plain;a=b c',
    'text/plain;a="b c"', 'text/plain;\u00e9=1', 'text/plain;a=\u00e9', 'text/plain;a="\u00e9"', 'x/y;a=b;;c=d',
    'x/y; a = b', 'x/y;A=B', 'x/y;a="";b=c', 'x/y;a=""', 'x/y;a="\\"', 'application/vnd.api+json', 5,
    '\u00a0text/plain', 'text/plain\u00a0', 'x/y;a="b";b=c', 'x/y;a="b"junk;c=d', '\ttext/plain\r\n', 'a/b;c=\u0100',
    'a/b;c="x\\', 'a/b;c="x\\y"', '', ' ', '/', ';', 'a/b;', 'a/b ;', { toString() { return 'a/b'; } }, null,
    undefined, '  tex t/x']) {
    same(input);
  }
});

test('setters and MIMEParams methods', () => {
  const run = (util) => {
    const out = [];
    const mime = new util.MIMEType('text/html;a=b');
    for (const value of ['text', 'te xt', '', 'TEXT', 5, '\u00e9']) {
      try { mime.type = value; out.push(mime.type); } catch (err) { out.push(err.message); }
    }
    for (const value of ['plain', 'pl ain', '', 'X', null]) {
      try { mime.subtype = value; out.push(mime.subtype); } catch (err) { out.push(err.message); }
    }
    const params = mime.params;
    out.push(params === mime.params, params.get('a'), params.get('zz'), params.has('a'), params.has('A'));
    for (const [name, value] of [['x', 'y'], ['X', 'Y'], ['bad name', 'v'], ['n', 'bad value'], ['n', ''],
      ['n', '\u00e9'], ['', 'v'], ['n', 'a"b'], ['n', 'a\u0100b'], ['n', '\n'], [5, 'x'], ['m', null]]) {
      try { params.set(name, value); out.push(String(params)); } catch (err) { out.push(err.message); }
    }
    out.push(params.get(5), params.has(5));
    params.delete('x');
    out.push(String(params), JSON.stringify(params), JSON.stringify(mime), String(mime), [...params.keys()],
             [...params.values()], [...params.entries()], [...params]);
    const empty = new util.MIMEParams();
    out.push(String(empty), [...empty], Object.prototype.toString.call(empty.keys()));
    return out;
  };
  assert.deepStrictEqual(run(lib), run(ref));
  for (const name of ['MIMEType', 'MIMEParams']) {
    assert.deepStrictEqual(Object.getOwnPropertyNames(lib[name].prototype), Object.getOwnPropertyNames(ref[name].prototype));
    assert.strictEqual(lib[name].length, ref[name].length);
  }
  assert.throws(() => lib.MIMEType('a/b'), TypeError);
  assert.strictEqual(lib.MIMEParams.prototype[Symbol.iterator], lib.MIMEParams.prototype.entries);
});

test('30k generated inputs parse and serialize like node', () => {
  const pieces = ['text', 'TEXT', 'a', '/', '/', ';', ';', '=', '"', '\\', ' ', '\t', 'x', 'Y', 'plain', 'charset',
    'utf-8', '+', '.', '\u00e9', '\u0100', '""', '"q q"', ',', '(', '\n', '\r'];
  let seed = 31;
  const random = () => {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  for (let i = 0; i < 30000; i++) {
    let input = random() < 0.7 ? 'type/sub' : '';
    const count = Math.floor(random() * 8);
    for (let k = 0; k < count; k++) input += pieces[Math.floor(random() * pieces.length)];
    same(input);
  }
});
