'use strict';

// util.types: brand checks that user code cannot fool with Symbol.toStringTag or a swapped prototype.
//
// In JS where a check is both reliable and cheap: typed arrays answer through the captured %TypedArray%.prototype
// [Symbol.toStringTag] getter (undefined for anything without the [[TypedArrayName]] slot), views through
// ArrayBuffer.isView, and isBoxedPrimitive combines the five boxed checks. Everything else comes from the `types`
// binding, as V8 knows it. A reliable JS check exists for some of these too (a captured intrinsic that throws on a
// receiver without the internal slot, e.g. the `size` getter of Map.prototype), but it throws on every negative
// answer: util.inspect asks up to fifteen such questions per object, and inspecting the corpus of
// tests/lib/util/inspect-corpus.js took 1.7 times as long that way. The rest (promise and proxy brands, function kinds, iterator kinds, externals, namespace and arguments
// objects, native errors) has no side-effect-free JS check at all: calling `then` or `next` would act on the value.

const {
  ArrayBufferIsView,
  TypedArrayPrototypeGetSymbolToStringTag,
} = primordials;

const binding = internalBinding('types');

function isTypedArray(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined; }
function isUint8Array(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8Array'; }
function isUint8ClampedArray(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8ClampedArray'; }
function isUint16Array(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint16Array'; }
function isUint32Array(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint32Array'; }
function isInt8Array(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Int8Array'; }
function isInt16Array(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Int16Array'; }
function isInt32Array(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Int32Array'; }
function isFloat16Array(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Float16Array'; }
function isFloat32Array(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Float32Array'; }
function isFloat64Array(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Float64Array'; }
function isBigInt64Array(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'BigInt64Array'; }
function isBigUint64Array(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) === 'BigUint64Array'; }

const {
  isNumberObject,
  isStringObject,
  isBooleanObject,
  isBigIntObject,
  isSymbolObject,
} = binding;

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) || isBigIntObject(value) ||
    isSymbolObject(value);
}

function isAnyArrayBuffer(value) {
  return binding.isArrayBuffer(value) || binding.isSharedArrayBuffer(value);
}

// rnode has no `crypto` module yet, so no KeyObject or CryptoKey can exist: nothing carries their brand.
function isKeyObject(value) { return false; } // eslint-disable-line no-unused-vars
function isCryptoKey(value) { return false; } // eslint-disable-line no-unused-vars

module.exports = {
  isArgumentsObject: binding.isArgumentsObject,
  isArrayBuffer: binding.isArrayBuffer,
  isAsyncFunction: binding.isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDate: binding.isDate,
  isExternal: binding.isExternal,
  isGeneratorFunction: binding.isGeneratorFunction,
  isGeneratorObject: binding.isGeneratorObject,
  isMap: binding.isMap,
  isMapIterator: binding.isMapIterator,
  isModuleNamespaceObject: binding.isModuleNamespaceObject,
  isNativeError: binding.isNativeError,
  isNumberObject,
  isPromise: binding.isPromise,
  isProxy: binding.isProxy,
  isRegExp: binding.isRegExp,
  isSet: binding.isSet,
  isSetIterator: binding.isSetIterator,
  isSharedArrayBuffer: binding.isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap: binding.isWeakMap,
  isWeakSet: binding.isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView: ArrayBufferIsView,
  isDataView: binding.isDataView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat16Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};
