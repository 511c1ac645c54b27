'use strict';

// Emulation of the `types` binding (runtime/lib/BINDINGS.md) on Node's public util.types, which asks V8 directly.

const { types } = require('util');

module.exports = {
  isArgumentsObject: types.isArgumentsObject,
  isAsyncFunction: types.isAsyncFunction,
  isExternal: types.isExternal,
  isGeneratorFunction: types.isGeneratorFunction,
  isGeneratorObject: types.isGeneratorObject,
  isMapIterator: types.isMapIterator,
  isModuleNamespaceObject: types.isModuleNamespaceObject,
  isNativeError: types.isNativeError,
  isPromise: types.isPromise,
  isProxy: types.isProxy,
  isSetIterator: types.isSetIterator,
};
