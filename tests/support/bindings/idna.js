'use strict';

// Emulation of internalBinding('idna') on Node's public url API (see runtime/lib/BINDINGS.md, section `idna`).
// url.domainToASCII runs the whole WHATWG host parser: it would turn numeric names into IPv4 addresses and reject
// forbidden code points, which the binding leaves to its caller. So ASCII labels are only lowercased (and `xn--`
// ones checked), and each other label goes through url.domainToASCII on its own, followed by a non-numeric label.
// Like a native binding, it must not depend on methods user code can replace: they are captured at load.

const { domainToASCII, domainToUnicode } = require('url');

const uncurry = Function.prototype.bind.bind(Function.prototype.call);
const split = uncurry(String.prototype.split);
const toLowerCase = uncurry(String.prototype.toLowerCase);
const startsWith = uncurry(String.prototype.startsWith);
const endsWith = uncurry(String.prototype.endsWith);
const slice = uncurry(String.prototype.slice);
const exec = uncurry(RegExp.prototype.exec);
const separators = /[.\u3002\uff0e\uff61]/;
const nonAscii = /[^\0-\x7f]/;

function labelToASCII(label) {
  const ascii = domainToASCII(`${label}.x`);
  return endsWith(ascii, '.x') ? slice(ascii, 0, -2) : undefined;
}

function toASCII(domain) {
  const labels = split(domain, separators);
  let out = '';
  for (let i = 0; i < labels.length; i++) {
    let ascii;
    if (exec(nonAscii, labels[i]) === null) {
      ascii = toLowerCase(labels[i]);
      if (startsWith(ascii, 'xn--') && labelToASCII(ascii) !== ascii) return '';
    } else {
      ascii = labelToASCII(labels[i]);
      if (ascii === undefined) return '';
    }
    out += i === 0 ? ascii : `.${ascii}`;
  }
  return out;
}

function toUnicode(domain) {
  if (domain === '') return '';
  const unicode = domainToUnicode(`${domain}.x`);
  return endsWith(unicode, '.x') ? slice(unicode, 0, -2) : domain;
}

module.exports = { toASCII, toUnicode };
