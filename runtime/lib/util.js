'use strict';

// The public `util` module. inspect/format and `types` live in internal/util/inspect and internal/util/types;
// deep equality in internal/util/comparisons; parseArgs in internal/util/parse_args.

const {
  ArrayFrom,
  ArrayIsArray,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  ErrorCaptureStackTrace,
  FunctionPrototypeBind,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptors,
  ObjectGetOwnPropertyNames,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  Promise,
  PromisePrototypeThen,
  ReflectApply,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  SafeFinalizationRegistry,
  SafeMap,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  StringPrototypeToUpperCase,
} = primordials;

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
  validateString,
  validateStringArray,
} = require('internal/validators');
const {
  defineLazyProperties,
  deprecate,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  kEmptyObject,
  promisify,
  toUSVString,
} = require('internal/util');
const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const { isPromise } = types;

let comparisons;
// skipPrototype: compare strictly, except for the prototypes of objects.
function isDeepStrictEqual(a, b, skipPrototype) {
  comparisons ??= require('internal/util/comparisons');
  return comparisons.isDeepStrictEqual(a, b, skipPrototype);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as success to a callback; wrap it so that `err` is truthy.
  if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function identity(value) {
  return value;
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = ArrayPrototypePop(args);
    validateFunction(maybeCb, 'last argument');
    const cb = FunctionPrototypeBind(maybeCb, this);
    const result = ReflectApply(original, this, args);
    const onFulfilled = (ret) => process.nextTick(cb, null, ret);
    const onRejected = (rej) => process.nextTick(callbackifyOnRejected, rej, cb);
    if (isPromise(result)) {
      PromisePrototypeThen(result, onFulfilled, onRejected);
    } else {
      // Any other value's own `then` is used. Written as node's expression, so that a value without one fails
      // with node's TypeError text ("ReflectApply(...).then is not a function").
      ReflectApply(identity, undefined, [result]).then(onFulfilled, onRejected);
    }
  }

  // Same length plus the callback, and the original's name with a suffix, as own properties like the original's.
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  const { length, name } = descriptors;
  if (length !== undefined && typeof length.value === 'number') length.value++;
  if (name !== undefined && typeof name.value === 'string') name.value += 'Callbackified';
  ObjectDefineProperties(callbackified, { __proto__: null, length, name });
  return callbackified;
}

// --- debuglog -------------------------------------------------------------------------------------------------

let debugEnvRegExp;
function debugEnabledFor(set) {
  if (debugEnvRegExp === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      // "fs,net*" -> /^(fs|net.*)$/i: '*' is the only wildcard, every other character is literal.
      const escaped = RegExpPrototypeSymbolReplace(/[|\\{}()[\]^$+?.]/g, env, '\\$&');
      const pattern = StringPrototypeReplaceAll(StringPrototypeReplaceAll(escaped, '*', '.*'), ',', '$|^');
      debugEnvRegExp = new RegExp(`^${pattern}$`, 'i');
    } else {
      debugEnvRegExp = null;
    }
  }
  return debugEnvRegExp !== null && RegExpPrototypeExec(debugEnvRegExp, set) !== null;
}

function noop() {}

function makeDebugLogger(set) {
  const upper = StringPrototypeToUpperCase(set);
  const pid = process.pid;
  return function debug(...args) {
    const colors = lazyShouldColorize(process.stderr);
    const msg = ReflectApply(formatWithOptions, null, [{ colors }, ...new primordials.SafeArrayIterator(args)]);
    // With colors, the pid is styled as inspect styles numbers.
    const shownPid = colors ? inspect(pid, { colors: true }) : pid;
    process.stderr.write(`${upper} ${shownPid}: ${msg}\n`);
  };
}

function debuglog(set, cb) {
  let enabled;
  let impl;
  function init() {
    enabled = debugEnabledFor(set);
    impl = enabled ? makeDebugLogger(set) : noop;
    if (typeof cb === 'function') cb(impl);
  }
  // The section is looked up on first use, so creating a logger costs nothing when NODE_DEBUG does not name it.
  const logger = (...args) => {
    if (impl === undefined) init();
    switch (args.length) {
      case 1: return impl(args[0]);
      case 2: return impl(args[0], args[1]);
      default: return ReflectApply(impl, undefined, args);
    }
  };
  ObjectDefineProperty(logger, 'enabled', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      if (impl === undefined) init();
      return enabled;
    },
  });
  return logger;
}

// --- styleText ------------------------------------------------------------------------------------------------

function lazyShouldColorize(stream) {
  const forceColor = process.env.FORCE_COLOR;
  if (forceColor !== undefined) {
    return forceColor !== '0' && forceColor !== 'false';
  }
  if (stream === null || stream === undefined || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (stream._readableState || stream._writableState) return true;
  if (typeof stream.on === 'function' && (typeof stream.write === 'function' || typeof stream.pipe === 'function')) {
    return true;
  }
  // WHATWG streams.
  return typeof stream.getReader === 'function' || typeof stream.getWriter === 'function';
}

// The codes of a style name: every own key of inspect.colors (aliases included) is one; `none` styles nothing.
function styleCodes(key) {
  if (key === 'none') return undefined;
  const colors = inspect.colors;
  if (typeof key === 'string' && ObjectPrototypeHasOwnProperty(colors, key)) return colors[key];
  const names = ObjectGetOwnPropertyNames(colors);
  let list = '';
  for (let i = 0; i < names.length; i++) list += `${i === 0 ? '' : ', '}'${names[i]}'`;
  throw new ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${list}`);
}

// A close code inside the text would end the style early: it is replaced by `replacement` (which reopens the
// style), except at the very end of the text, where the style ends anyway. Code 22 ends both bold and dim, so its
// replacement keeps it and reopens after it.
function reopenInside(text, close, replacement) {
  let result = '';
  let from = 0;
  for (;;) {
    const at = StringPrototypeIndexOf(text, close, from);
    if (at === -1 || at + close.length === text.length) break;
    result += StringPrototypeSlice(text, from, at) + replacement;
    from = at + close.length;
  }
  return from === 0 ? text : result + StringPrototypeSlice(text, from);
}

function styleText(format, text, options) {
  validateString(text, 'text');
  if (options === undefined) options = kEmptyObject;
  validateObject(options, 'options');
  const { validateStream = true, stream = process.stdout } = options;
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && stream !== null && stream !== undefined && !isStreamLike(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const formats = ArrayIsArray(format) ? format : [format];
  let left = '';
  let right = '';
  let body = text;
  for (let i = 0; i < formats.length; i++) {
    const codes = styleCodes(formats[i]);
    if (codes === undefined) continue;
    const open = `\u001b[${codes[0]}m`;
    const close = `\u001b[${codes[1]}m`;
    left += open;
    right = close + right;
    body = reopenInside(body, close, codes[1] === 22 ? close + open : open);
  }
  if (validateStream && !lazyShouldColorize(stream)) return text;
  return `${left}${body}${right}`;
}

// --- aborted --------------------------------------------------------------------------------------------------

let abortRegistry;
function aborted(signal, resource) {
  return new Promise((resolve, reject) => {
    const { AbortSignal } = require('internal/abort_controller');
    if (!(signal instanceof AbortSignal)) {
      const err = new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
      err.message = 'signal is not of type AbortSignal.';
      throw err;
    }
    validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
    if (signal.aborted) {
      resolve();
      return;
    }
    // The listener must not keep `resource` alive: once it is collected, the listener is removed.
    signal.addEventListener('abort', resolve, { once: true });
    abortRegistry ??= new SafeFinalizationRegistry(({ signal: s, listener }) => {
      s.removeEventListener('abort', listener);
    });
    abortRegistry.register(resource, { signal, listener: resolve });
  });
}

// --- getCallSites -----------------------------------------------------------------------------------------

let stackTraceBinding;
// The caller's stack: frameCount frames (1 to 200, default 10) as { functionName, scriptId, scriptName, lineNumber,
// columnNumber, column }. The options object may come first. rnode has no source maps, so `sourceMap: true`
// changes nothing.
function getCallSites(frameCount = 10, options) {
  if (options === undefined) {
    if (typeof frameCount === 'object') {
      options = frameCount;
      frameCount = 10;
    } else {
      options = kEmptyObject;
    }
  }
  validateInteger(frameCount, 'frameCount', 1, 200);
  validateObject(options, 'options');
  if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  stackTraceBinding ??= internalBinding('stack_trace');
  const sites = stackTraceBinding.getCallSites(frameCount);
  const result = [];
  for (let i = 0; i < sites.length; i++) {
    const { 0: functionName, 1: scriptId, 2: scriptName, 3: lineNumber, 4: columnNumber } = sites[i];
    ArrayPrototypePush(result, {
      __proto__: null, functionName, scriptId, scriptName, lineNumber, columnNumber, column: columnNumber,
    });
  }
  return result;
}

// --- diff -------------------------------------------------------------------------------------------------

let myersDiff;
function validateDiffInput(value, name) {
  if (ArrayIsArray(value)) validateStringArray(value, name);
  else validateString(value, name);
}

// The Myers diff of two strings (by UTF-16 code unit) or arrays of strings: [operation, value] entries with 0 for
// a common item, 1 for one of actual only, -1 for one of expected only.
function diff(actual, expected) {
  if (actual === expected) return [];
  validateDiffInput(actual, 'actual');
  validateDiffInput(expected, 'expected');
  myersDiff ??= require('internal/assert/myers_diff').myersDiff;
  return myersDiff(actual, expected, false);
}

// --- parseEnv ---------------------------------------------------------------------------------------------

function isEnvSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12;
}

function trimEnv(text) {
  let start = 0;
  let end = text.length;
  while (start < end && isEnvSpace(StringPrototypeCharCodeAt(text, start))) start++;
  while (end > start && isEnvSpace(StringPrototypeCharCodeAt(text, end - 1))) end--;
  return start === 0 && end === text.length ? text : StringPrototypeSlice(text, start, end);
}

// The contents of a .env file as an object, following node's parser: KEY=value assignments (later ones win),
// `export ` before a key, lines starting with # ignored, values quoted with ', " or ` that may span lines (in
// double quotes, \n becomes a newline; anything after the closing quote on its line is ignored), unquoted values
// cut at # and trimmed; carriage returns are dropped; keys come out sorted. Quirks kept from node: a value may
// start on the next line when the '=' is followed by blanks only; a quote that is never closed leaves the rest of
// the line, quote included, as the value; a key with an empty value keeps any `export ` prefix; after an empty key
// (a line starting with '='), parsing goes on from its value as if it began a line; a '#' makes a comment only at
// the very start of a line, or after blanks that follow the content's start, a line without '=' or a value.
function parseEnv(content) {
  validateString(content, 'content');
  content = StringPrototypeReplaceAll(content, '\r', '');
  const values = new SafeMap();
  let pos = 0;
  let end = content.length;
  while (pos < end && isEnvSpace(StringPrototypeCharCodeAt(content, pos))) pos++;
  while (end > pos && isEnvSpace(StringPrototypeCharCodeAt(content, end - 1))) end--;
  const nextLine = (from) => {
    const newline = StringPrototypeIndexOf(content, '\n', from);
    return newline === -1 || newline >= end ? end : newline;
  };
  while (pos < end) {
    const first = content[pos];
    if (first === '\n') {
      pos++;
      continue;
    }
    const lineEnd = nextLine(pos);
    if (first === '#') {
      pos = lineEnd + 1;
      continue;
    }
    const equals = StringPrototypeIndexOf(content, '=', pos);
    if (equals === -1 || equals >= end) break;
    if (equals > lineEnd) {
      // A line without '=': skipped, with the blanks after it.
      pos = lineEnd + 1;
      while (pos < end && isEnvSpace(StringPrototypeCharCodeAt(content, pos))) pos++;
      continue;
    }
    let key = trimEnv(StringPrototypeSlice(content, pos, equals));
    pos = equals + 1;
    if (pos >= end || content[pos] === '\n') {
      values.set(key, '');
      continue;
    }
    while (pos < end && isEnvSpace(StringPrototypeCharCodeAt(content, pos))) pos++;
    if (key.length === 0) continue;
    if (StringPrototypeStartsWith(key, 'export ')) key = trimEnv(StringPrototypeSlice(key, 7));
    if (pos >= end) {
      values.set(key, '');
      break;
    }
    const quote = content[pos];
    if (quote === '"' || quote === '\'' || quote === '`') {
      const close = StringPrototypeIndexOf(content, quote, pos + 1);
      if (close !== -1 && close < end) {
        const value = StringPrototypeSlice(content, pos + 1, close);
        values.set(key, quote === '"' ? StringPrototypeReplaceAll(value, '\\n', '\n') : value);
        pos = nextLine(close + 1) + 1;
      } else {
        const lineStop = nextLine(pos);
        values.set(key, StringPrototypeSlice(content, pos, lineStop));
        pos = lineStop;
      }
      continue;
    }
    const lineStop = nextLine(pos);
    let value = StringPrototypeSlice(content, pos, lineStop);
    const hash = StringPrototypeIndexOf(value, '#');
    if (hash !== -1) value = StringPrototypeSlice(value, 0, hash);
    values.set(key, trimEnv(value));
    pos = lineStop;
    while (pos < end && isEnvSpace(StringPrototypeCharCodeAt(content, pos))) pos++;
  }
  const keys = ArrayFrom(values.keys());
  ArrayPrototypeSort(keys);
  const result = {};
  for (let i = 0; i < keys.length; i++) result[keys[i]] = values.get(keys[i]);
  return result;
}

// --- system errors (util._errnoException, util._exceptionWithHostPort) -----------------------------------------

// Node creates these as instances of private Error subclasses, each named Error.
const ErrnoError = class Error extends primordials.Error {};
const HostPortError = class Error extends primordials.Error {};

// Named as node names them; their argument errors point at the caller.
function _errnoException(...args) {
  try {
    return ReflectApply(errnoException, undefined, args);
  } catch (err) {
    ErrorCaptureStackTrace(err, _errnoException);
    throw err;
  }
}

function _exceptionWithHostPort(...args) {
  try {
    return ReflectApply(exceptionWithHostPort, undefined, args);
  } catch (err) {
    ErrorCaptureStackTrace(err, _exceptionWithHostPort);
    throw err;
  }
}

function errnoException(err, syscall, original) {
  const code = getSystemErrorName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new ErrnoError(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) {
    details = ` ${address}:${port}`;
  } else if (address) {
    details = ` ${address}`;
  }
  if (additional) details += ` - Local (${additional})`;
  const ex = new HostPortError(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// --- deprecated members ---------------------------------------------------------------------------------------

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isArray(value) {
  return ArrayIsArray(value);
}

// In node's order. parseArgs, MIMEType and MIMEParams load on first use (the placeholders keep their places).
module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.',
    'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(isArray, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
    'DEP0044'),
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
  parseEnv,
  parseArgs: undefined,
  MIMEType: undefined,
  MIMEParams: undefined,
  diff,
};

defineLazyProperties(module.exports, 'internal/util/parse_args', ['parseArgs']);
defineLazyProperties(module.exports, 'internal/mime', ['MIMEType', 'MIMEParams']);
