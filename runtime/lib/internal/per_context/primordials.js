'use strict';

// Runs first in every context, as the body of `function (primordials)`. It fills `primordials` with the
// intrinsics as they are before any user code runs, so that the library keeps working when user code replaces
// `Array.prototype.push`, `Function.prototype.call`, `Promise.prototype.then` and the like. The loader freezes the
// object afterwards.
//
// Naming (the convention the library relies on):
//   Foo                    the constructor or namespace itself       (Array, Math, JSON)
//   FooBar                 static member `Foo.bar`                   (ArrayIsArray, MathMax, SymbolIterator)
//   FooPrototypeBar(o, …)  method `Foo.prototype.bar` called on `o`  (ArrayPrototypePush)
//   FooPrototypeGetBar(o)  getter `Foo.prototype.bar` read on `o`    (MapPrototypeGetSize)
//   …SymbolIterator        a symbol-named member                     (ArrayPrototypeSymbolIterator)
//   …Apply(o, args)        the same function taking an argument list (ArrayPrototypePushApply, MathMaxApply)

/* eslint-disable no-restricted-globals */

const { apply, bind, call } = Function.prototype; // eslint-disable-line no-unused-vars
const uncurryThis = bind.bind(call);
const applyBind = bind.bind(apply);
primordials.uncurryThis = uncurryThis;
primordials.applyBind = applyBind;

const {
  apply: reflectApply,
  defineProperty,
  getOwnPropertyDescriptor,
  ownKeys,
} = Reflect;
const functionBind = uncurryThis(bind);
const { freeze, getPrototypeOf, setPrototypeOf } = Object;
const { forEach: arrayForEach } = Array.prototype;
const forEachOf = uncurryThis(arrayForEach);
const stringSlice = uncurryThis(String.prototype.slice);
const stringToUpperCase = uncurryThis(String.prototype.toUpperCase);
const stringStartsWith = uncurryThis(String.prototype.startsWith);
const symbolDescription = uncurryThis(getOwnPropertyDescriptor(Symbol.prototype, 'description').get);

function keyName(key) {
  if (typeof key === 'symbol') {
    const description = symbolDescription(key);
    // Well-known symbols are described as "Symbol.iterator"; registered ones keep their plain description.
    return stringStartsWith(description, 'Symbol.') ?
      `Symbol${stringToUpperCase(description[7])}${stringSlice(description, 8)}` :
      `Symbol(${description})`;
  }
  return `${stringToUpperCase(key[0])}${stringSlice(key, 1)}`;
}

function define(name, value) {
  defineProperty(primordials, name, { __proto__: null, value, writable: false, enumerable: true, configurable: false });
}

// Static members: `Foo.bar` as `FooBar`; functions also get `FooBarApply(args)`.
function copyStatics(src, prefix) {
  forEachOf(ownKeys(src), (key) => {
    if (key === 'prototype' || key === 'length' || key === 'name' || key === 'caller' || key === 'arguments') return;
    const desc = getOwnPropertyDescriptor(src, key);
    const name = `${prefix}${keyName(key)}`;
    if ('get' in desc) {
      if (desc.get !== undefined) define(`${prefix}Get${keyName(key)}`, uncurryThis(desc.get));
      return;
    }
    define(name, desc.value);
    if (typeof desc.value === 'function') {
      const fn = desc.value;
      define(`${name}Apply`, (args) => reflectApply(fn, src, args));
    }
  });
}

// Prototype members: `Foo.prototype.bar` as `FooPrototypeBar(self, ...args)` and `FooPrototypeBarApply(self, args)`;
// accessors as `FooPrototypeGetBar(self)` / `FooPrototypeSetBar(self, value)`.
function copyPrototype(src, prefix) {
  forEachOf(ownKeys(src), (key) => {
    if (key === 'constructor') return;
    const desc = getOwnPropertyDescriptor(src, key);
    const name = `${prefix}${keyName(key)}`;
    if ('get' in desc || 'set' in desc) {
      if (desc.get !== undefined) define(`${prefix}Get${keyName(key)}`, uncurryThis(desc.get));
      if (desc.set !== undefined) define(`${prefix}Set${keyName(key)}`, uncurryThis(desc.set));
      return;
    }
    if (typeof desc.value === 'function') {
      define(name, uncurryThis(desc.value));
      define(`${name}Apply`, applyBind(desc.value));
    } else {
      define(name, desc.value);
    }
  });
}

forEachOf([
  'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'eval', 'globalThis', 'isFinite',
  'isNaN', 'parseFloat', 'parseInt', 'unescape',
], (name) => define(name, globalThis[name]));

forEachOf(['Atomics', 'JSON', 'Math', 'Proxy', 'Reflect'], (name) => {
  define(name, globalThis[name]);
  copyStatics(globalThis[name], name);
});

forEachOf([
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date',
  'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function', 'Int16Array', 'Int32Array',
  'Int8Array', 'Map', 'Number', 'Object', 'RangeError', 'ReferenceError', 'RegExp', 'Set', 'SharedArrayBuffer', 'String',
  'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray',
  'WeakMap', 'WeakRef', 'WeakSet',
], (name) => {
  const ctor = globalThis[name];
  if (ctor === undefined) return;
  define(name, ctor);
  define(`${name}Prototype`, ctor.prototype);
  copyStatics(ctor, name);
  copyPrototype(ctor.prototype, `${name}Prototype`);
});

// Promise statics are wrapped below; only its prototype is copied as is.
define('Promise', Promise);
define('PromisePrototype', Promise.prototype);
copyPrototype(Promise.prototype, 'PromisePrototype');

// Intrinsics without a global name.
{
  const TypedArray = getPrototypeOf(Uint8Array);
  define('TypedArray', TypedArray);
  define('TypedArrayPrototype', TypedArray.prototype);
  copyStatics(TypedArray, 'TypedArray');
  copyPrototype(TypedArray.prototype, 'TypedArrayPrototype');

  const intrinsics = {
    ArrayIteratorPrototype: getPrototypeOf([][Symbol.iterator]()),
    StringIteratorPrototype: getPrototypeOf(''[Symbol.iterator]()),
    MapIteratorPrototype: getPrototypeOf(new Map()[Symbol.iterator]()),
    SetIteratorPrototype: getPrototypeOf(new Set()[Symbol.iterator]()),
    RegExpStringIteratorPrototype: getPrototypeOf(/a/[Symbol.matchAll]('')),
    IteratorPrototype: getPrototypeOf(getPrototypeOf([][Symbol.iterator]())),
    AsyncIteratorPrototype: getPrototypeOf(getPrototypeOf(async function* () {}).prototype),
    GeneratorPrototype: getPrototypeOf(function* () {}).prototype,
    AsyncGeneratorPrototype: getPrototypeOf(async function* () {}).prototype,
  };
  forEachOf(ownKeys(intrinsics), (name) => {
    define(name, intrinsics[name]);
    copyPrototype(intrinsics[name], name);
  });
  define('AsyncFunction', getPrototypeOf(async function() {}).constructor);
  define('GeneratorFunction', getPrototypeOf(function* () {}).constructor);
  define('AsyncGeneratorFunction', getPrototypeOf(async function* () {}).constructor);
}

// `Safe*` classes: subclasses whose prototypes carry copies of the original methods, so instances keep working
// when user code patches `Map.prototype.get` or `%ArrayIteratorPrototype%.next`.
function makeSafe(unsafe, safe) {
  if (Symbol.iterator in unsafe.prototype) {
    const dummy = new unsafe();
    let next;
    forEachOf(ownKeys(unsafe.prototype), (key) => {
      if (key === 'constructor') return;
      const desc = getOwnPropertyDescriptor(unsafe.prototype, key);
      if (typeof desc.value === 'function' && desc.value.length === 0 &&
          Symbol.iterator in (reflectApply(desc.value, dummy, []) ?? {})) {
        const createIterator = uncurryThis(desc.value);
        next ??= uncurryThis(createIterator(dummy).next);
        const SafeIterator = createSafeIterator(createIterator, next);
        desc.value = function() { return new SafeIterator(this); };
      }
      defineProperty(safe.prototype, key, desc);
    });
  } else {
    copyProps(unsafe.prototype, safe.prototype);
  }
  copyProps(unsafe, safe);
  setPrototypeOf(safe.prototype, null);
  freeze(safe.prototype);
  freeze(safe);
  return safe;
}

function copyProps(src, dest) {
  forEachOf(ownKeys(src), (key) => {
    if (!getOwnPropertyDescriptor(dest, key)) {
      defineProperty(dest, key, { __proto__: null, ...getOwnPropertyDescriptor(src, key) });
    }
  });
}

function createSafeIterator(factory, next) {
  class SafeIterator {
    constructor(iterable) {
      this._iterator = factory(iterable);
    }
    next() {
      return next(this._iterator);
    }
    [Symbol.iterator]() {
      return this;
    }
  }
  setPrototypeOf(SafeIterator.prototype, null);
  freeze(SafeIterator.prototype);
  freeze(SafeIterator);
  return SafeIterator;
}

define('SafeArrayIterator', createSafeIterator(
  primordials.ArrayPrototypeSymbolIterator, primordials.ArrayIteratorPrototypeNext));
define('SafeStringIterator', createSafeIterator(
  primordials.StringPrototypeSymbolIterator, primordials.StringIteratorPrototypeNext));

define('SafeMap', makeSafe(Map, class SafeMap extends Map {
  constructor(entries) { super(entries); } // eslint-disable-line no-useless-constructor
}));
define('SafeWeakMap', makeSafe(WeakMap, class SafeWeakMap extends WeakMap {
  constructor(entries) { super(entries); } // eslint-disable-line no-useless-constructor
}));
define('SafeSet', makeSafe(Set, class SafeSet extends Set {
  constructor(values) { super(values); } // eslint-disable-line no-useless-constructor
}));
define('SafeWeakSet', makeSafe(WeakSet, class SafeWeakSet extends WeakSet {
  constructor(values) { super(values); } // eslint-disable-line no-useless-constructor
}));
define('SafeWeakRef', makeSafe(WeakRef, class SafeWeakRef extends WeakRef {
  constructor(target) { super(target); } // eslint-disable-line no-useless-constructor
}));
define('SafeFinalizationRegistry', makeSafe(FinalizationRegistry,
  class SafeFinalizationRegistry extends FinalizationRegistry {
    constructor(cleanup) { super(cleanup); } // eslint-disable-line no-useless-constructor
  }));

// Promises. `then` is always reached through the captured original, never through the (patchable) prototype.
{
  const PromisePrototypeThen = primordials.PromisePrototypeThen;
  const promiseResolve = functionBind(Promise.resolve, Promise);
  const promiseReject = functionBind(Promise.reject, Promise);
  const promiseWithResolvers = () => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { __proto__: null, promise, resolve, reject };
  };
  define('PromiseResolve', promiseResolve);
  define('PromiseReject', promiseReject);
  define('PromiseWithResolvers', promiseWithResolvers);
  define('PromiseAll', (values) => safePromiseAll(values, (v) => v));
  define('PromiseRace', (values) => safePromiseRace(values));

  // Plain assignment would reach setters user code may have put on Array.prototype indices.
  function setIndex(array, index, value) {
    defineProperty(array, index, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  }

  function toArray(values) {
    const result = [];
    if (Array.isArray(values)) {
      // Arrays are read by index: their iterator is patchable.
      for (let i = 0; i < values.length; i++) setIndex(result, i, values[i]);
      return result;
    }
    let i = 0;
    const iterator = values[Symbol.iterator]();
    for (let step = iterator.next(); !step.done; step = iterator.next()) setIndex(result, i++, step.value);
    return result;
  }

  function safePromiseAll(values, mapFn) {
    const items = toArray(values);
    return new Promise((resolve, reject) => {
      const results = [];
      let pending = items.length;
      if (pending === 0) resolve(results);
      for (let i = 0; i < items.length; i++) {
        PromisePrototypeThen(promiseResolve(mapFn(items[i], i)), (value) => {
          setIndex(results, i, value);
          if (--pending === 0) resolve(results);
        }, reject);
      }
    });
  }

  function safePromiseRace(values) {
    const items = toArray(values);
    return new Promise((resolve, reject) => {
      for (let i = 0; i < items.length; i++) {
        PromisePrototypeThen(promiseResolve(items[i]), resolve, reject);
      }
    });
  }

  define('SafePromiseAll', (values, mapFn = (v) => v) => safePromiseAll(values, mapFn));
  define('SafePromiseAllReturnVoid', (values, mapFn = (v) => v) =>
    PromisePrototypeThen(safePromiseAll(values, mapFn), () => undefined));
  define('SafePromiseAllReturnArrayLike', (values, mapFn = (v) => v) => safePromiseAll(values, mapFn));
  define('SafePromiseAllSettled', (values, mapFn = (v) => v) => {
    const items = toArray(values);
    return safePromiseAll(items, (item, i) => PromisePrototypeThen(promiseResolve(mapFn(item, i)),
      (value) => ({ status: 'fulfilled', value }),
      (reason) => ({ status: 'rejected', reason })));
  });
  define('SafePromiseRace', safePromiseRace);
  define('SafePromisePrototypeFinally', (promise, onFinally) => new Promise((resolve, reject) => {
    PromisePrototypeThen(promise,
      (value) => PromisePrototypeThen(promiseResolve(onFinally()), () => resolve(value), reject),
      (reason) => PromisePrototypeThen(promiseResolve(onFinally()), () => reject(reason), reject));
  }));
}

// A RegExp whose methods and flags cannot be changed from outside: used by library code that must not observe
// user patches of RegExp.prototype.
define('hardenRegExp', function hardenRegExp(pattern) {
  const RegExpPrototype = RegExp.prototype;
  forEachOf(ownKeys(RegExpPrototype), (key) => {
    const desc = getOwnPropertyDescriptor(RegExpPrototype, key);
    if (key === 'constructor' || key === 'lastIndex') return;
    if ('get' in desc) {
      defineProperty(pattern, key, { __proto__: null, value: reflectApply(desc.get, pattern, []), configurable: true });
    } else {
      defineProperty(pattern, key, { __proto__: null, value: desc.value, configurable: true });
    }
  });
  return pattern;
});
