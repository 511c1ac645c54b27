'use strict';

// rnode's buffer keeps working when user code replaces built-in methods after it has loaded. The workload runs
// once normally and once with the methods replaced by throwing functions; results are collected while patched
// (with no patched method used by this file) and compared after the originals are back.

const assert = require('assert');
const { test } = require('../../support/runner.js');
const { builtin } = require('../../support/builtin.js');
const { assertSameWhenPatched } = require('../../support/patch-builtins.js');

const buffer = builtin('buffer');
const { Buffer, Blob, atob, btoa } = buffer;

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const patched = [
  [Array.prototype, ['push', 'pop', 'shift', 'slice', 'splice', 'map', 'filter', 'forEach', 'join', 'indexOf',
    'includes', 'concat', Symbol.iterator]],
  [Function.prototype, ['call', 'apply', 'bind']],
  [Promise.prototype, ['then', 'catch', 'finally']],
  [Object.prototype, ['hasOwnProperty', 'toString']],
  [String.prototype, ['slice', 'indexOf', 'split', 'replace', 'toLowerCase', 'charCodeAt', 'startsWith',
    'includes', 'padStart']],
  [TypedArrayPrototype, ['set', 'fill', 'subarray', 'slice', 'indexOf', 'includes', 'join', 'map']],
  [Math, ['min', 'max', 'floor', 'trunc']],
  [Number, ['isNaN', 'isInteger']],
  [Object, ['defineProperty', 'keys']],
  [Reflect, ['apply']],
];

// Made before patching: `new Uint8Array([...])` iterates the array.
const seven = new Uint8Array([7]);
const letterC = new Uint8Array([99]);

function workload() {
  const out = [];
  const add = (v) => { out[out.length] = v; };
  const b = Buffer.from('héllo wörld', 'utf8');
  const c = Buffer.concat([b, Buffer.from('AQID', 'base64'), Buffer.from('ff00', 'hex'), seven]);
  add(c.toString('hex'));
  add(c.toString('base64'));
  add(c.toString('base64url', 2, 9));
  add(b.toString('latin1'));
  add(Buffer.from('abc', 'UCS-2').toString('utf16le'));
  const d = Buffer.alloc(24, 'ab');
  d.writeUInt32LE(0xdeadbeef, 0);
  d.writeDoubleBE(Math.PI, 8);
  d.writeBigInt64LE(-5n, 16);
  d.writeIntBE(-123456, 4, 3);
  add(d.readUInt32LE(0));
  add(d.readDoubleBE(8));
  add(String(d.readBigInt64LE(16)));
  add(d.readIntBE(4, 3));
  add(d.readUIntLE(2, 6));
  add(c.indexOf('wö'));
  add(c.lastIndexOf(0x6c));
  add(c.includes(Buffer.from('ll')));
  add(b.equals(Buffer.from(b)));
  add(Buffer.compare(b, c));
  add(b.compare(c, 0, 5, 0, 5));
  add(Buffer.byteLength('wörld'));
  add(Buffer.byteLength('AQID==', 'base64'));
  add(Buffer.isEncoding('Latin1'));
  add(d.fill('xyz', 3, 20).toString());
  add(Buffer.from([1, 2, 3, 4]).swap16().swap32().toJSON().data.length);
  const target = Buffer.alloc(6);
  add(b.copy(target, 1, 2));
  add(target.toString('hex'));
  add(b.subarray(1, 4).toString());
  add(b.slice(-3).toString());
  add(b.write('ABC', 1, 'latin1'));
  add(b.inspect());
  add(atob(' YW Jj '));
  add(btoa('\u00ff\u00fe'));
  add(buffer.isUtf8(b));
  add(buffer.isAscii(b));
  add(new Blob(['ab', letterC], { type: 'Text/Plain' }).slice(1).size);
  const failing = [['range', () => d.readUInt8(99)], ['type', () => d.writeUInt16LE(1, '0')],
    ['encoding', () => Buffer.from('x', 'nope')], ['atob', () => atob('*')], ['fill', () => d.fill('zz', 'hex')],
    ['size', () => Buffer.alloc(-1)]];
  for (let i = 0; i < failing.length; i++) {
    try {
      failing[i][1]();
      add(`${failing[i][0]}: no error`);
    } catch (err) {
      add(`${failing[i][0]}: ${err.code} ${err.message}`);
    }
  }
  return out;
}

test('buffer survives patched builtins', () => assertSameWhenPatched(patched, workload));

test('Blob reads survive a patched Promise.prototype.then', async () => {
  const blob = new Blob(['\ufeffhello']);
  const saved = Object.getOwnPropertyDescriptor(Promise.prototype, 'then');
  let promises;
  try {
    Object.defineProperty(Promise.prototype, 'then', { value() { throw new Error('patched then'); },
      configurable: true, writable: true });
    promises = [blob.text(), blob.arrayBuffer(), blob.bytes()];
  } finally {
    Object.defineProperty(Promise.prototype, 'then', saved);
  }
  const [text, ab, bytes] = await Promise.all(promises);
  assert.strictEqual(text, 'hello');
  assert.strictEqual(ab.byteLength, 8);
  assert.strictEqual(bytes.length, 8);
});
