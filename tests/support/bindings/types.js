'use strict';

// Emulation of the `types` binding (runtime/lib/BINDINGS.md) on Node's public util.types, which asks V8 directly.

const { types } = require('util');

module.exports = {
  isArgumentsObject: types.isArgumentsObject,
  isArrayBuffer: types.isArrayBuffer,
  isAsyncFunction: types.isAsyncFunction,
  isBigIntObject: types.isBigIntObject,
  isBooleanObject: types.isBooleanObject,
  isDataView: types.isDataView,
  isDate: types.isDate,
  isExternal: types.isExternal,
  isGeneratorFunction: types.isGeneratorFunction,
  isGeneratorObject: types.isGeneratorObject,
  isMap: types.isMap,
  isMapIterator: types.isMapIterator,
  isModuleNamespaceObject: types.isModuleNamespaceObject,
  isNativeError: types.isNativeError,
  isNumberObject: types.isNumberObject,
  isPromise: types.isPromise,
  isProxy: types.isProxy,
  isRegExp: types.isRegExp,
  isSet: types.isSet,
  isSetIterator: types.isSetIterator,
  isSharedArrayBuffer: types.isSharedArrayBuffer,
  isStringObject: types.isStringObject,
  isSymbolObject: types.isSymbolObject,
  isWeakMap: types.isWeakMap,
  isWeakSet: types.isWeakSet,
};
