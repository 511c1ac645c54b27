'use strict';

// Emulation of internalBinding('stack_trace') (runtime/lib/BINDINGS.md, section `stack_trace`). V8 gives the native
// side the source of any script; here getCallerSourceLine reads the frame's file, so code without a file (eval,
// new Function) has none; getCallSites uses node's util.getCallSites. Like the library, it must survive user code
// that patches built-in methods: those it uses are captured when it loads.

const fs = require('fs');
const util = require('util');

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

// Node's own function starts at its caller (this function): frames 0 (here) and 1 (the library function calling
// the binding) are dropped.
function getCallSites(frames) {
  const sites = util.getCallSites(frames + 2);
  const result = [];
  for (let i = 2; i < sites.length; i++) {
    const { functionName, scriptId, scriptName, lineNumber, columnNumber } = sites[i];
    result[result.length] = [functionName, scriptId, scriptName, lineNumber, columnNumber];
  }
  return result;
}

module.exports = { getCallerSourceLine, getCallSites };
