'use strict';

// Emulation of internalBinding('assert') (runtime/lib/BINDINGS.md, section `assert`). V8 gives the native side the
// source of any script; here the source is read from the frame's file, so code without a file (eval, new Function)
// has none. Like the library, it must survive user code that patches built-in methods: those it uses are captured
// when it loads.

const fs = require('fs');

const uncurry = (fn) => Function.prototype.call.bind(fn);
const startsWith = uncurry(String.prototype.startsWith);
const indexOf = uncurry(String.prototype.indexOf);
const slice = uncurry(String.prototype.slice);
const { captureStackTrace } = Error;
const urlToPath = (file) => (startsWith(file, 'file://') ? new URL(file) : file);

function callSites() {
  const saved = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  Error.prepareStackTrace = (error, sites) => sites;
  Error.stackTraceLimit = 50;
  const holder = {};
  captureStackTrace(holder, getCallerSourceLine);
  const sites = holder.stack;
  Error.prepareStackTrace = saved;
  Error.stackTraceLimit = savedLimit;
  return sites;
}

function getCallerSourceLine(depth) {
  const site = callSites()[depth];
  if (site === undefined || site.isEval()) return undefined;
  const file = site.getFileName();
  if (typeof file !== 'string' || startsWith(file, 'node:')) return undefined;
  let source;
  try {
    source = fs.readFileSync(urlToPath(file), 'utf8');
  } catch {
    return undefined;
  }
  let start = 0;
  for (let n = site.getLineNumber(); n > 1; n--) {
    start = indexOf(source, '\n', start) + 1;
    if (start === 0) return undefined;
  }
  let end = indexOf(source, '\n', start);
  if (end === -1) end = source.length;
  if (end > start && source[end - 1] === '\r') end--;
  return [slice(source, start, end), site.getColumnNumber() - 1];
}

module.exports = { getCallerSourceLine };
