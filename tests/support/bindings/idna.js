'use strict';

// Emulation of internalBinding('idna') on Node's public url API (see runtime/lib/BINDINGS.md, section `idna`).
// url.domainToASCII runs the whole WHATWG host parser: it would turn numeric names into IPv4 addresses and reject
// forbidden code points, which the binding leaves to its caller. So ASCII labels are only lowercased (and `xn--`
// ones checked), and each other label goes through url.domainToASCII on its own, followed by a non-numeric label.

const url = require('url');

function labelToASCII(label) {
  const ascii = url.domainToASCII(`${label}.x`);
  return ascii.endsWith('.x') ? ascii.slice(0, -2) : undefined;
}

function toASCII(domain) {
  const labels = domain.split(/[.\u3002\uff0e\uff61]/);
  const out = [];
  for (const label of labels) {
    let ascii;
    if (/^[\0-\x7f]*$/.test(label)) {
      ascii = label.toLowerCase();
      if (ascii.startsWith('xn--') && labelToASCII(ascii) !== ascii) return '';
    } else {
      ascii = labelToASCII(label);
      if (ascii === undefined) return '';
    }
    out.push(ascii);
  }
  return out.join('.');
}

function toUnicode(domain) {
  if (domain === '') return '';
  const unicode = url.domainToUnicode(`${domain}.x`);
  return unicode.endsWith('.x') ? unicode.slice(0, -2) : domain;
}

module.exports = { toASCII, toUnicode };
