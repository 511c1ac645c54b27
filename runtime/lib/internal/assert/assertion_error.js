'use strict';

// assert.AssertionError and the messages assert generates: one-line comparisons for short primitives, a line diff
// ('+ actual - expected') for strict comparisons, and the inspected values for the others.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypeSlice,
  Error,
  ErrorCaptureStackTrace,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  String,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeSplit,
} = primordials;

const { isErrorStackTraceLimitWritable } = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { isError } = require('internal/util');
const { validateObject } = require('internal/validators');
const { kOpEqual, kOpInsert, myersDiff, printDiff } = require('internal/assert/myers_diff');

const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two values that inspect to one short line each are shown as "a !== b".
const kMaxShortLength = 12;
// The position marker under a one-line diff is only drawn when both lines fit this width together.
const kMaxIndicatorWidth = 80;
// Lines shown of a value that is printed whole (same-structure and not-equal messages).
const kMaxSameStructureLines = 50;
const kMaxNotEqualLines = 50;

const kNoColors = { __proto__: null, green: '', red: '', blue: '', white: '' };
const kColors = { __proto__: null, green: '\u001b[32m', red: '\u001b[31m', blue: '\u001b[34m', white: '\u001b[39m' };
const kPartialColors = { __proto__: null, ...kColors, gray: '\u001b[90m', partial: true };

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
    breakLength: Infinity,
  });
}

// An error shown by name, message and own properties, without its stack: a stand-in with the same prototype and
// properties but no stack.
function copyError(source) {
  const target = ObjectAssign({ __proto__: ObjectGetPrototypeOf(source) }, source);
  ObjectDefineProperty(target, 'message', { __proto__: null, value: source.message });
  if (ObjectPrototypeHasOwnProperty(source, 'cause')) {
    let { cause } = source;
    if (isError(cause)) cause = copyError(cause);
    ObjectDefineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

function isObject(value) {
  return typeof value === 'object' && value !== null;
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// `customHeader`: the user's message, which replaces the header line (and the same-structure line); the diff stays.
function createErrDiff(actual, expected, operator, customHeader) {
  let header = customHeader ?? kReadableOperator[operator];
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = StringPrototypeSplit(inspectedActual, '\n');
  const expectedLines = StringPrototypeSplit(inspectedExpected, '\n');
  let indicator = '';

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
    header = customHeader ?? kReadableOperator.strictEqualObject;
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && inspectedActual !== inspectedExpected) {
    const inputLength = inspectedActual.length + inspectedExpected.length;
    // Quotes do not count towards the short form.
    const shortLength = inputLength - (typeof actual === 'string' ? 2 : 0) - (typeof expected === 'string' ? 2 : 0);
    if (shortLength <= kMaxShortLength) {
      if ((!isObject(actual) || !isObject(expected)) && (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${inspectedActual} !== ${inspectedExpected}\n`;
      }
    } else if (!isObject(actual) && !isObject(expected) && inputLength < kMaxIndicatorWidth &&
               diffColors() === kNoColors) {
      let i = 0;
      while (i < inspectedActual.length && i < inspectedExpected.length &&
             inspectedActual[i] === inspectedExpected[i]) {
        i++;
      }
      if (i > 2 && i < inspectedActual.length && i < inspectedExpected.length) {
        indicator = `${StringPrototypeRepeat(' ', i + 2)}^\n`;
      }
    }
  }

  if (inspectedActual === inspectedExpected && isObject(actual)) {
    let lines = actualLines;
    let prefix = '';
    let suffix = '';
    if (lines.length > kMaxSameStructureLines) {
      lines = ArrayPrototypeSlice(lines, 0, kMaxSameStructureLines);
      prefix = '... Skipped lines\n';
      suffix = '\n...}';
    }
    const text = ArrayPrototypeJoin(lines, '\n');
    return `${customHeader ?? kReadableOperator.notIdentical}\n\n${prefix}${text}${suffix}\n`;
  }

  const colors = diffColors();
  const { green, red, white } = colors;
  if (actualLines.length === 1 && expectedLines.length === 1 && (!isObject(actual) || !isObject(expected))) {
    if (colors !== kNoColors && typeof actual === 'string' && typeof expected === 'string') {
      // On a color terminal two one-line strings are diffed character by character.
      const script = myersDiff(inspectedActual, inspectedExpected, false);
      let text = '';
      for (let i = 0; i < script.length; i++) {
        const { 0: op, 1: char } = script[i];
        text += `${op === kOpEqual ? white : op === kOpInsert ? green : red}${char}${white}`;
      }
      return `${header}\n${green}actual${white} ${red}expected${white}\n\n${text}\n`;
    }
    return `${header}\n${green}+ actual${white} ${red}- expected${white}\n\n` +
      `${green}+${white} ${inspectedActual}\n${red}- ${white}${inspectedExpected}\n${indicator}`;
  }

  // On a color terminal, a partial comparison shows what only actual has in gray, unmarked: it need not match.
  const lineColors = colors !== kNoColors && operator === 'partialDeepStrictEqual' ? kPartialColors : colors;
  const legend = lineColors === kPartialColors ?
    `${lineColors.gray}actual${white} ${red}- expected${white}` :
    `${green}+ actual${white} ${red}- expected${white}`;

  if (inspectedActual === inspectedExpected) {
    // Different values that look alike: show both rather than an empty diff.
    let both = '';
    for (let i = 0; i < actualLines.length; i++) both += `${green}+${white} ${actualLines[i]}\n`;
    for (let i = 0; i < expectedLines.length; i++) both += `${red}-${white} ${expectedLines[i]}\n`;
    return `${header}\n${legend}\n\n${both}`;
  }

  const { message, skipped } = printDiff(myersDiff(actualLines, expectedLines), lineColors);
  return `${header}\n${legend}${skipped ? '\n... Skipped lines' : ''}\n\n${message}${indicator}`;
}

// Diffs are colored when they will be read on a color terminal: standard error is one that has colors.
function diffColors() {
  const { stderr } = process;
  if (stderr?.isTTY && typeof stderr.hasColors === 'function' && stderr.hasColors()) return kColors;
  return kNoColors;
}

function createNotEqualMessage(actual, expected, operator) {
  let header = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && isObjectLike(actual)) header = kReadableOperator.notStrictEqualObject;
  const lines = StringPrototypeSplit(inspectValue(actual), '\n');
  if (lines.length > kMaxNotEqualLines) {
    const { blue, white } = diffColors();
    lines[46] = `${blue}...${white}`;
    while (lines.length > 47) ArrayPrototypePop(lines);
  }
  if (lines.length === 1) {
    return `${header}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${header}\n\n${ArrayPrototypeJoin(lines, '\n')}\n`;
}

function truncate(text, max) {
  return text.length > max ? `${StringPrototypeSlice(text, 0, max - 3)}...` : text;
}

function createLooseMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    return truncate(`${known}\n\n${res}`, 1024);
  }
  res = truncate(res, 512);
  other = truncate(other, 512);
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal !== undefined) {
      res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

function generateMessage(actual, expected, operator) {
  switch (operator) {
    case 'deepStrictEqual':
    case 'strictEqual':
    case 'partialDeepStrictEqual':
      return createErrDiff(actual, expected, operator);
    case 'notDeepStrictEqual':
    case 'notStrictEqual':
      return createNotEqualMessage(actual, expected, operator);
    default:
      return createLooseMessage(actual, expected, operator);
  }
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      diff = 'simple',
    } = options;
    let { actual, expected } = options;
    if ((message == null || message === '') && isError(actual) && isError(expected)) {
      // Two errors are told apart by name, message and properties: their stacks would only add noise. The
      // copies are what the error reports as actual and expected, too.
      actual = copyError(actual);
      expected = copyError(expected);
    }

    const custom = message != null && message !== '';
    let text;
    if (!custom) {
      text = generateMessage(actual, expected, operator);
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual' || operator === 'partialDeepStrictEqual') {
      text = createErrDiff(actual, expected, operator, String(message));
    } else {
      text = String(message);
    }

    // The stack is captured below, from the caller's frame: skip building one here.
    const limitWritable = isErrorStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;
    super(text);
    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !custom;
    ObjectDefineProperty(this, 'name', {
      __proto__: null, value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    const { details } = options;
    if (details !== undefined) {
      // Several failures in one error (CallTracker.verify): each one's fields under numbered keys.
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    ErrorCaptureStackTrace(this, stackStartFn || AssertionError);
    // V8 formats the stack on first read: read it while the name still carries the code.
    void this.stack; // eslint-disable-line no-void
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // Long actual/expected values would drown the stack: show them shortened.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = shortenString(this.actual);
    if (typeof this.expected === 'string') this.expected = shortenString(this.expected);
    const result = inspect(this, {
      ...ctx,
      customInspect: false,
      depth: 0,
    });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

// How inspect shows a long string actual/expected: the first ten lines; past 512 characters, node keeps what
// follows the first 512 (sic).
function shortenString(text) {
  const lines = StringPrototypeSplit(text, '\n');
  if (lines.length > 10) {
    text = `${ArrayPrototypeJoin(ArrayPrototypeSlice(lines, 0, 10), '\n')}\n...`;
  } else if (text.length > 512) {
    text = `${StringPrototypeSlice(text, 512)}...`;
  }
  return text;
}

module.exports = { AssertionError, kReadableOperator };
