'use strict';

// Emulation of internalBinding('assert') (runtime/lib/BINDINGS.md, section `assert`). V8 gives the native side the
// source of any script; here the source is read from the frame's file, so code without a file (eval, new Function)
// has none.

const fs = require('fs');

function callSites() {
  const saved = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  Error.prepareStackTrace = (error, sites) => sites;
  Error.stackTraceLimit = 50;
  const holder = {};
  Error.captureStackTrace(holder, getCallerSourceLine);
  const sites = holder.stack;
  Error.prepareStackTrace = saved;
  Error.stackTraceLimit = savedLimit;
  return sites;
}

function getCallerSourceLine(depth) {
  const site = callSites()[depth];
  if (site === undefined || site.isEval()) return undefined;
  const file = site.getFileName();
  if (typeof file !== 'string' || file.startsWith('node:')) return undefined;
  let source;
  try {
    source = fs.readFileSync(file.startsWith('file://') ? new URL(file) : file, 'utf8');
  } catch {
    return undefined;
  }
  const line = source.split(/\r?\n/)[site.getLineNumber() - 1];
  if (line === undefined) return undefined;
  return [line, site.getColumnNumber() - 1];
}

module.exports = { getCallerSourceLine };
