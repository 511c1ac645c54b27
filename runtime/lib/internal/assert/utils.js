'use strict';

// The message of a failed assert.ok()/assert(): the source text of the failing call, as node shows it
// ("The expression evaluated to a falsy value:\n\n  assert.ok(x)\n").

const {
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
} = primordials;

const { inspect } = require('internal/util/inspect');

// Frames between the binding call and the user's call of ok(): getOkMessage, innerOk, ok.
const kFramesAboveCaller = 3;

function isIdentifierChar(code) {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 36 || code === 95 || code > 127;
}

// V8 places a call at the name of the called function (`ok` in `assert.ok(x)`): walk back over the member chain
// before it (`assert.`, `o['a'].`), stopping at anything else (`require('assert').ok` starts at `ok`).
function findCallStart(line, column) {
  let start = column;
  for (;;) {
    let i = start - 1;
    if (i < 0 || line[i] !== '.') return start;
    i--;
    if (i >= 0 && line[i] === '?') i--;
    if (i < 0) return start;
    const code = StringPrototypeCharCodeAt(line, i);
    if (line[i] === ']') {
      let depth = 0;
      for (; i >= 0; i--) {
        if (line[i] === ']') depth++;
        else if (line[i] === '[' && --depth === 0) break;
      }
      if (i < 0) return start;
      // The object being indexed.
      let j = i;
      while (j > 0 && isIdentifierChar(StringPrototypeCharCodeAt(line, j - 1))) j--;
      if (j === i) return start;
      start = j;
    } else if (isIdentifierChar(code)) {
      while (i > 0 && isIdentifierChar(StringPrototypeCharCodeAt(line, i - 1))) i--;
      start = i;
    } else {
      return start;
    }
  }
}

// Skips a quoted string, template or comment starting at `i`; returns the index after it, or -1 if it does not
// end on this line.
function skipQuoted(line, i) {
  const quote = line[i];
  for (i++; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
    } else if (c === quote) {
      return i + 1;
    }
  }
  return -1;
}

// A '/' starts a regular expression literal where an operand is expected.
function regExpAllowed(line, i) {
  for (i--; i >= 0 && (line[i] === ' ' || line[i] === '\t'); i--);
  if (i < 0) return true;
  const c = line[i];
  return c === '(' || c === ',' || c === '=' || c === ':' || c === '[' || c === '!' || c === '&' ||
    c === '|' || c === '?' || c === '{' || c === '}' || c === ';' || c === '+' || c === '-' || c === '*';
}

// The end of the call expression that starts at `start` (after its argument list), or -1 if the call continues
// on a later line.
function findCallEnd(line, start) {
  let i = start;
  while (i < line.length && line[i] !== '(') {
    const c = line[i];
    if (c === '\'' || c === '"' || c === '`') {
      i = skipQuoted(line, i);
      if (i === -1) return -1;
    } else {
      i++;
    }
  }
  let depth = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '\'' || c === '"' || c === '`') {
      i = skipQuoted(line, i);
      if (i === -1) return -1;
      continue;
    }
    if (c === '/' && line[i + 1] === '*') {
      let j = i + 2;
      while (j < line.length - 1 && !(line[j] === '*' && line[j + 1] === '/')) j++;
      if (j >= line.length - 1) return -1;
      i = j + 2;
      continue;
    }
    if (c === '/' && line[i + 1] === '/') return -1;
    if (c === '/' && regExpAllowed(line, i)) {
      let j = i + 1;
      let inClass = false;
      for (; j < line.length; j++) {
        const d = line[j];
        if (d === '\\') j++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
      }
      if (j >= line.length) return -1;
      i = j + 1;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

let binding;
function getOkMessage(value) {
  binding ??= internalBinding('stack_trace');
  const site = binding.getCallerSourceLine(kFramesAboveCaller);
  if (site === undefined) {
    // Without the source (e.g. code given to eval), node falls back to the comparison it made.
    return `${inspect(value)} == true`;
  }
  const { 0: line, 1: column } = site;
  const start = findCallStart(line, column);
  const end = findCallEnd(line, start);
  const code = end === -1 ? StringPrototypeSlice(line, start) : StringPrototypeSlice(line, start, end);
  return `The expression evaluated to a falsy value:\n\n  ${code}\n`;
}

module.exports = { getOkMessage };
