'use strict';

// util.types: brand checks that user code cannot fool with Symbol.toStringTag or a swapped prototype.
//
// Where the language offers a brand check without side effects, it is done here in JS: a captured intrinsic getter
// or method that throws (or answers undefined) on anything that lacks the internal slot, e.g. the `size` getter of
// Map.prototype only works on real Maps. The rest need V8's view of the object (function kind, promise and proxy
// brands, iterator kinds, externals, namespace objects, arguments objects, native errors) and come from the `types`
// binding: calling `then` on a would-be promise or `next` on a would-be iterator would have side effects.

const {
  ArrayBufferIsView,
  ArrayBufferPrototypeGetByteLength,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DataViewPrototypeGetBuffer,
  DatePrototypeGetTime,
  MapPrototypeGetSize,
  NumberPrototypeValueOf,
  RegExpPrototypeGetGlobal,
  SetPrototypeGetSize,
  SharedArrayBufferPrototypeGetByteLength,
  StringPrototypeValueOf,
  SymbolPrototypeValueOf,
  TypedArrayPrototypeGetSymbolToStringTag,
  WeakMapPrototypeHas,
  WeakSetPrototypeHas,
} = primordials;

const binding = internalBinding('types');

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// Runs a captured brand-checking intrinsic on `value`: true when it accepts the receiver.
function hasSlot(check, value) {
  if (!isObjectLike(value)) return false;
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}

const probeKey = {};

function isDate(value) { return hasSlot(DatePrototypeGetTime, value); }
function isMap(value) { return hasSlot(MapPrototypeGetSize, value); }
function isSet(value) { return hasSlot(SetPrototypeGetSize, value); }
function isWeakMap(value) {
  if (!isObjectLike(value)) return false;
  try {
    WeakMapPrototypeHas(value, probeKey);
    return true;
  } catch {
    return false;
  }
}
function isWeakSet(value) {
  if (!isObjectLike(value)) return false;
  try {
    WeakSetPrototypeHas(value, probeKey);
    return true;
  } catch {
    return false;
  }
}

// `RegExp.prototype.global` returns undefined for RegExp.prototype itself (not a RegExp) and throws for other
// objects without the [[RegExpMatcher]] slot.
function isRegExp(value) {
  if (!isObjectLike(value)) return false;
  try {
    return RegExpPrototypeGetGlobal(value) !== undefined;
  } catch {
    return false;
  }
}

function isArrayBuffer(value) { return hasSlot(ArrayBufferPrototypeGetByteLength, value); }
function isSharedArrayBuffer(value) { return hasSlot(SharedArrayBufferPrototypeGetByteLength, value); }
function isAnyArrayBuffer(value) { return isArrayBuffer(value) || isSharedArrayBuffer(value); }
// The `buffer` getter (unlike `byteLength`) also works on views of detached buffers.
function isDataView(value) { return hasSlot(DataViewPrototypeGetBuffer, value); }

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

function isNumberObject(value) { return typeof value === 'object' && hasSlot(NumberPrototypeValueOf, value); }
function isStringObject(value) { return typeof value === 'object' && hasSlot(StringPrototypeValueOf, value); }
function isBooleanObject(value) { return typeof value === 'object' && hasSlot(BooleanPrototypeValueOf, value); }
function isBigIntObject(value) { return typeof value === 'object' && hasSlot(BigIntPrototypeValueOf, value); }
function isSymbolObject(value) { return typeof value === 'object' && hasSlot(SymbolPrototypeValueOf, value); }
function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) || isBigIntObject(value) ||
    isSymbolObject(value);
}

// rnode has no `crypto` module yet, so no KeyObject or CryptoKey can exist: nothing carries their brand.
function isKeyObject(value) { return false; } // eslint-disable-line no-unused-vars
function isCryptoKey(value) { return false; } // eslint-disable-line no-unused-vars

// In Node's order, so that listings of util.types match.
module.exports = {
  isArgumentsObject: binding.isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction: binding.isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDate,
  isExternal: binding.isExternal,
  isGeneratorFunction: binding.isGeneratorFunction,
  isGeneratorObject: binding.isGeneratorObject,
  isMap,
  isMapIterator: binding.isMapIterator,
  isModuleNamespaceObject: binding.isModuleNamespaceObject,
  isNativeError: binding.isNativeError,
  isNumberObject,
  isPromise: binding.isPromise,
  isProxy: binding.isProxy,
  isRegExp,
  isSet,
  isSetIterator: binding.isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView: ArrayBufferIsView,
  isDataView,
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
