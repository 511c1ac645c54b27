'use strict';

// Node's error codes. `codes.ERR_X` is a constructor: `new codes.ERR_X(...args)` returns an instance of the base
// class (TypeError, RangeError, Error, ...) whose `message` comes from the code's template, whose own enumerable
// `code` is 'ERR_X', and whose stack starts with `TypeError [ERR_X]: message`, as Node's do.
//
// Templates are either strings with util.format specifiers, whose argument count is then fixed, or functions of
// the arguments. Messages are part of Node's contract: keep them exact.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  Error,
  ErrorCaptureStackTrace,
  JSONStringify,
  MathAbs,
  NumberIsInteger,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectIsExtensible,
  RangeError,
  ReflectApply,
  RegExpPrototypeExec,
  SafeMap,
  String,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeMatch,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  Symbol,
  TypeError,
  URIError,
} = primordials;

const kIsNodeError = Symbol('kIsNodeError');
// An error may carry, under this key, a function returning its stack with more context (events: where the unhandled
// 'error' was emitted); the printer of uncaught exceptions calls it instead of reading `stack`.
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
const messages = new SafeMap();
const codes = {};

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

function isErrorStackTraceLimitWritable() {
  const desc = ObjectGetOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return ObjectIsExtensible(Error);
  return desc.writable === true || desc.set !== undefined;
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    return ReflectApply(msg, self, args);
  }
  const expectedLength = (StringPrototypeMatch(msg, /%[dfijoOs]/g) || []).length;
  if (args.length !== expectedLength) {
    throw new Error(`Code: ${key}; The provided arguments length (${args.length}) does not match the ` +
      `required ones (${expectedLength}).`);
  }
  if (args.length === 0) return msg;
  const { format } = lazyInspect();
  return ReflectApply(format, null, [msg, ...new primordials.SafeArrayIterator(args)]);
}

function nodeErrorToString() {
  return `${this.name} [${this.code}]: ${this.message}`;
}

// The stack's first line is computed from `name` and `message`. Capturing again with a temporary own `name`
// gives `TypeError [ERR_X]: ...` while `err.name` stays 'TypeError'.
function captureWithCode(error, code, constructorOpt) {
  const name = error.name;
  ObjectDefineProperty(error, 'name', {
    __proto__: null, value: `${name} [${code}]`, enumerable: false, writable: true, configurable: true,
  });
  ErrorCaptureStackTrace(error, constructorOpt);
  // V8 formats the stack lazily, on first read: read it while the temporary name is in place.
  void error.stack; // eslint-disable-line no-void
  delete error.name;
}

function makeNodeErrorWithCode(Base, key) {
  function NodeError(...args) {
    const error = new Base();
    // `code` comes first among the own keys, before any property a message function sets (e.g. `reason`).
    error.code = key;
    const message = getMessage(key, args, error);
    ObjectDefineProperties(error, {
      [kIsNodeError]: { __proto__: null, value: true, enumerable: false, writable: false, configurable: true },
      message: { __proto__: null, value: message, enumerable: false, writable: true, configurable: true },
      toString: { __proto__: null, value: nodeErrorToString, enumerable: false, writable: true, configurable: true },
    });
    captureWithCode(error, key, NodeError);
    return error;
  }
  return NodeError;
}

function E(code, message, Base, ...otherClasses) {
  messages.set(code, message);
  const def = makeNodeErrorWithCode(Base, code);
  for (let i = 0; i < otherClasses.length; i++) {
    const Other = otherClasses[i];
    def[Other.name] = makeNodeErrorWithCode(Other, code);
  }
  codes[code] = def;
}

// Library functions that validate their arguments are wrapped so that the error's stack starts at the caller.
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return ReflectApply(fn, this, args);
    } catch (error) {
      if (error !== null && typeof error === 'object' && error[kIsNodeError] === true) {
        ErrorCaptureStackTrace(error, wrappedFn);
      }
      throw error;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// 1234567890123 -> 1_234_567_890_123 (Node uses it in range errors for large integers).
function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    res = `_${StringPrototypeSlice(val, i - 3, i)}${res}`;
  }
  return `${StringPrototypeSlice(val, 0, i)}${res}`;
}

// How a value is described after "Received" in argument errors.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'function') return `function ${value.name}`;
  if (type === 'object') {
    const { constructor } = value;
    if (constructor !== undefined && constructor !== null && 'name' in constructor) {
      return `an instance of ${constructor.name}`;
    }
    return `${lazyInspect().inspect(value, { depth: -1 })}`;
  }
  if (type === 'string') {
    // Node cuts the string itself (by UTF-16 units, so half of a surrogate pair may remain), then quotes it with
    // single quotes as it is, or, when it holds a single quote, as JSON (escaping '"', '\\', control characters
    // and lone surrogates). Other primitives are shown whole, however long (bigints, symbol descriptions).
    if (value.length > 28) value = `${StringPrototypeSlice(value, 0, 25)}...`;
    return `type string (${StringPrototypeIncludes(value, "'") ? JSONStringify(value) : `'${value}'`})`;
  }
  return `type ${type} (${lazyInspect().inspect(value, { colors: false })})`;
}

function formatList(list, conjunction = 'or') {
  switch (list.length) {
    case 1: return `${list[0]}`;
    case 2: return `${list[0]} ${conjunction} ${list[1]}`;
    default: {
      const head = ArrayPrototypeJoin(ArrayPrototypeSlice(list, 0, -1), ', ');
      return `${head}, ${conjunction} ${list[list.length - 1]}`;
    }
  }
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;

function invalidArgTypeMessage(name, expected, actual) {
  if (!ArrayIsArray(expected)) expected = [expected];
  let msg = 'The ';
  if (StringPrototypeEndsWith(name, ' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${StringPrototypeIncludes(name, '.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (let i = 0; i < expected.length; i++) {
    const value = expected[i];
    if (typeof value !== 'string') throw new TypeError('All expected entries have to be of type string');
    if (ArrayPrototypeIncludes(kTypes, value)) {
      ArrayPrototypePush(types, StringPrototypeToLowerCase(value));
    } else if (RegExpPrototypeExec(classRegExp, value) !== null) {
      ArrayPrototypePush(instances, value);
    } else {
      ArrayPrototypePush(other, value);
    }
  }
  // "object or an instance of X" reads as "an instance of X or Object".
  if (instances.length > 0) {
    const pos = ArrayPrototypeIndexOf(types, 'object');
    if (pos !== -1) {
      ArrayPrototypeSplice(types, pos, 1);
      ArrayPrototypePush(instances, 'Object');
    }
  }

  const parts = [];
  if (types.length > 0) {
    ArrayPrototypePush(parts, `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types)}`);
  }
  if (instances.length > 0) {
    ArrayPrototypePush(parts, `an instance of ${formatList(instances)}`);
  }
  if (other.length > 0) {
    if (other.length > 1) {
      ArrayPrototypePush(parts, `one of ${formatList(other)}`);
    } else {
      const lower = StringPrototypeToLowerCase(other[0]);
      ArrayPrototypePush(parts, `${lower !== other[0] ? 'an ' : ''}${other[0]}`);
    }
  }
  msg += ArrayPrototypeJoin(parts, ' or ');
  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}

// An error that carries two: the second one happened while handling the first (e.g. destroy() failing during an
// error); Node reports them together as an AggregateError unless they are the same.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (ArrayIsArray(outerError.errors)) {
      ArrayPrototypePush(outerError.errors, innerError);
      return outerError;
    }
    const err = new primordials.AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// A plain Error with extra own properties, for errors Node creates without a code class.
function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  for (const key in errorProperties) err[key] = errorProperties[key];
  return err;
}

module.exports = {
  AbortError,
  addNumericalSeparator,
  aggregateTwoErrors,
  codes,
  determineSpecificType,
  formatList,
  genericNodeError,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
};

// The codes, sorted by name. Each module's author adds the codes that module throws.
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_CONSTRUCT_CALL_REQUIRED', 'Class constructor %s cannot be invoked without `new`', TypeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVENT_RECURSION', (type) => `The event "${type}" is already being dispatched`, Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect().inspect(value);
  if (inspected.length > 128) inspected = `${StringPrototypeSlice(inspected, 0, 128)}...`;
  const type = StringPrototypeIncludes(name, '.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const position = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${position}`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  const type = determineSpecificType(value);
  return `Expected ${input} to be returned from the "${name}" function but got ${type}.`;
}, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  // The URL itself stays out of the message, which may end up in logs.
  return 'Invalid URL';
}, TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  const names = [];
  for (let i = 0; i < len; i++) {
    const arg = args[i];
    ArrayPrototypePush(names, ArrayIsArray(arg) ? ArrayPrototypeJoin(ArrayPrototypeMap(arg, wrap), ' or ') : wrap(arg));
  }
  msg += formatList(names, 'and');
  msg += ` argument${len > 1 ? 's' : ''} must be specified`;
  return msg;
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (NumberIsInteger(input) && MathAbs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect().inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This " +
  'command does not take positional arguments', TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ? '. To specify a positional argument starting with a \'-\', ' +
    `place it at the end of the command after '--', as in '-- ${JSONStringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
