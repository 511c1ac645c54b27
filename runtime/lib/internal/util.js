'use strict';

// Helpers shared across the library: deprecation wrappers, promisify, system error names, and small constants.

const {
  ArrayPrototypePush,
  NumberIsSafeInteger,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptors,
  ObjectGetPrototypeOf,
  ObjectPrototypeToString,
  ObjectSetPrototypeOf,
  Promise,
  ReflectApply,
  ReflectConstruct,
  SafeSet,
  StringPrototypeToWellFormed,
  Symbol,
  SymbolFor,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');

const kEmptyObject = ObjectFreeze({ __proto__: null });
const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = SymbolFor('nodejs.util.promisify.custom');
// Set by library functions whose callbacks receive several values (e.g. dns.lookup's address and family): the
// promisified form then resolves with an object keyed by these names.
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

// Codes already warned about, shared by every deprecate() wrapper: a code warns once per process.
const codesWarned = new SafeSet();

function emitDeprecationWarning(msg, code, ctor) {
  if (code !== undefined) {
    if (codesWarned.has(code)) return;
    codesWarned.add(code);
    process.emitWarning(msg, 'DeprecationWarning', code, ctor);
  } else {
    process.emitWarning(msg, 'DeprecationWarning', ctor);
  }
}

function deprecate(fn, msg, code, { modifyPrototype = true } = kEmptyObject) {
  if (code !== undefined && typeof code !== 'string') throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      emitDeprecationWarning(msg, code, deprecated);
    }
    if (new.target !== undefined) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  if (modifyPrototype) {
    // Static members of a deprecated class stay reachable through the wrapper, and instances keep their class.
    ObjectSetPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
  }
  ObjectDefineProperty(deprecated, 'length', {
    __proto__: null, value: fn.length, writable: false, enumerable: false, configurable: true,
  });
  return deprecated;
}

// A deprecation that is reported at a call site rather than through a wrapper (e.g. an argument form).
function deprecateCall(msg, code) {
  if (process.noDeprecation) return;
  emitDeprecationWarning(msg, code, deprecateCall);
}

let typesModule;
function isPromise(value) {
  typesModule ??= require('internal/util/types');
  return typesModule.isPromise(value);
}

function promisify(original) {
  validateFunction(original, 'original');
  const custom = original[kCustomPromisifiedSymbol];
  if (custom) {
    validateFunction(custom, 'util.promisify.custom');
    return ObjectDefineProperty(custom, kCustomPromisifiedSymbol, {
      __proto__: null, value: custom, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      ArrayPrototypePush(args, (err, ...values) => {
        if (err) {
          reject(err);
        } else if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      const result = ReflectApply(original, this, args);
      // Unlike other deprecations, this one is reported at every such call.
      if (typeof result === 'object' && result !== null && isPromise(result) && !process.noDeprecation) {
        process.emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
                            'DeprecationWarning', 'DEP0174');
      }
    });
  }

  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  return ObjectDefineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function isError(e) {
  typesModule ??= require('internal/util/types');
  return typesModule.isNativeError(e) || ObjectPrototypeToString(e) === '[object Error]';
}

function validateSystemError(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !NumberIsSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
}

let uvBinding;
function lazyUv() {
  uvBinding ??= internalBinding('uv');
  return uvBinding;
}

function getSystemErrorName(err) {
  validateSystemError(err);
  return lazyUv().errname(err);
}

function getSystemErrorMessage(err) {
  validateSystemError(err);
  return lazyUv().getErrorMessage(err);
}

function getSystemErrorMap() {
  return lazyUv().getErrorMap();
}

function toUSVString(input) {
  return StringPrototypeToWellFormed(`${input}`);
}

// Defines getters on `target` that load `id` on first access and then replace themselves with the value.
function defineLazyProperties(target, id, keys, enumerable = true) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let value;
    let loaded = false;
    ObjectDefineProperty(target, key, {
      __proto__: null,
      enumerable,
      configurable: true,
      get() {
        if (!loaded) {
          value = require(id)[key];
          loaded = true;
        }
        return value;
      },
      set(newValue) {
        value = newValue;
        loaded = true;
      },
    });
  }
}

module.exports = {
  customInspectSymbol,
  defineLazyProperties,
  deprecate,
  deprecateCall,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  isError,
  kCustomPromisifiedSymbol,
  kCustomPromisifyArgsSymbol,
  kEmptyObject,
  promisify,
  toUSVString,
};
