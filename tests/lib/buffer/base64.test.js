'use strict';

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtinGlobal } = require('../../support/builtin.js');
const { prng, randomString, same } = require('./common.js');

test('atob: forgiving base64, whitespace, padding rules and DOMException errors', () => {
  const inputs = ['', 'YQ', 'YQ=', 'YQ==', 'YQ===', 'YWI', 'YWI=', 'YWJj', 'YWJjZA', 'Y', 'YWJjZ', ' Y W J j ',
    '\tYWJj\n', '\fYW\rJj', 'YW\vJj', 'YW\u00a0Jj', 'Y=Q=', '=YQ', 'YQ=a', 'YQ==\n', 'YQ= =', 'YWJj====', '-_',
    '+/', '+/==', '////', 'YWJj*', 'YQ%3D', '\u00e9', 'AAAA', 'AA==', 'A===', 'AA=', 'AAA=', 'A', 'AAAAA', '=',
    '==', '====', 'YQ\u2028', 'YQ==YQ==', undefined, null, 12, 1234, true, { toString: () => 'YWJj' }, ['YQ']];
  const rand = prng(30);
  for (let i = 0; i < 200; i++) inputs.push(randomString(rand, Math.floor(rand() * 12)));
  for (const input of inputs) {
    same((B, m) => m.atob(input), `atob(${JSON.stringify(input)})`);
  }
  same((B, m) => m.atob());
  same((B, m) => m.atob(Symbol('s')));
});

test('btoa: latin1 only, coercion and errors', () => {
  const inputs = ['', 'a', 'ab', 'abc', 'abcd', '\u00ff\u00fe', '\0', '\u0100', 'é', '€', '\ud83d\ude00',
    undefined, null, 12, true, { toString: () => 'xyz' }, [1, 2]];
  for (const input of inputs) same((B, m) => m.btoa(input), `btoa(${JSON.stringify(input)})`);
  same((B, m) => m.btoa());
  same((B, m) => m.btoa(Symbol('s')));
  const rand = prng(31);
  for (let i = 0; i < 100; i++) {
    let s = '';
    for (let j = 0; j < i % 13; j++) s += String.fromCharCode(Math.floor(rand() * 256));
    same((B, m) => [m.btoa(s), m.atob(m.btoa(s)) === s], JSON.stringify(s));
  }
});

test('atob and btoa are the globals', () => {
  const { atob, btoa } = require('../../support/builtin.js').builtin('buffer');
  assert.strictEqual(builtinGlobal('atob'), atob);
  assert.strictEqual(builtinGlobal('btoa'), btoa);
  assert.strictEqual(atob.length, 1);
  assert.strictEqual(btoa.length, 1);
  assert.strictEqual(atob.name, 'atob');
});
