'use strict';

// Emulation of the `util` binding (runtime/lib/BINDINGS.md) on Node.js. What only V8 knows (promise state and
// result, proxy target and handler, the entries behind Map/Set iterators and weak collections, V8's class name of an
// object) is read through the inspector protocol, whose in-process session answers synchronously. Values travel
// back from the inspector by having it call a function on the remote object that stores it in a slot here.
//
// Like a native binding, this must keep working when user code patches built-in prototypes: everything it uses is
// captured at load, and loops are index loops.

const inspector = require('inspector');
const { types } = require('util');

const uncurry = Function.prototype.bind.bind(Function.prototype.call);
const { ownKeys } = Reflect;
const { defineProperty, keys: objectKeys, getOwnPropertySymbols } = Object;
const propertyIsEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const regExpExec = uncurry(RegExp.prototype.exec);
const stringSlice = uncurry(String.prototype.slice);
const stringCharCodeAt = uncurry(String.prototype.charCodeAt);
const setHas = uncurry(Set.prototype.has);
const setAdd = uncurry(Set.prototype.add);
const BigIntCtor = BigInt;
const NumberCtor = Number;
const { isProxy, isWeakMap, isWeakSet, isMapIterator, isSetIterator } = types;
const sessionPost = uncurry(inspector.Session.prototype.post);

let session;
function post(method, params) {
  if (session === undefined) {
    session = new inspector.Session();
    session.connect();
  }
  let error;
  let result;
  sessionPost(session, method, params, (err, res) => {
    error = err;
    result = res;
  });
  if (error) throw error;
  return result;
}

const slotName = `__rnodeUtilBindingSlot${process.pid}`;
defineProperty(globalThis, slotName, { value: undefined, writable: true, enumerable: false, configurable: true });

// Returns the inspector's RemoteObject for a local value.
function remote(value) {
  globalThis[slotName] = value;
  try {
    return post('Runtime.evaluate', { expression: `globalThis.${slotName}`, objectGroup: 'rnode' }).result;
  } finally {
    globalThis[slotName] = undefined;
  }
}

// Turns a RemoteObject (or a primitive carried by value) back into the local value.
function local(remoteObject) {
  if (remoteObject.objectId === undefined) {
    if (remoteObject.unserializableValue !== undefined) {
      const text = remoteObject.unserializableValue;
      return remoteObject.type === 'bigint' ? BigIntCtor(stringSlice(text, 0, -1)) : NumberCtor(text);
    }
    if (remoteObject.type === 'undefined') return undefined;
    return remoteObject.value;
  }
  post('Runtime.callFunctionOn', {
    objectId: remoteObject.objectId,
    functionDeclaration: `function() { globalThis.${slotName} = this; }`,
  });
  const value = globalThis[slotName];
  globalThis[slotName] = undefined;
  return value;
}

function findProperty(list, name) {
  for (let i = 0; i < list.length; i++) {
    if (list[i].name === name) return list[i].value;
  }
  return undefined;
}

// The inspector keeps remote objects alive until their group is released; releasing after every call would double
// the round trips, so the group is released every so many calls.
let unreleased = 0;
function done() {
  if (++unreleased >= 256) {
    unreleased = 0;
    post('Runtime.releaseObjectGroup', { objectGroup: 'rnode' });
  }
}

// Runs fn with the inspector's internal properties ([[PromiseState]], [[Target]], [[Entries]], ...) of value.
function withInternals(value, fn) {
  const { objectId } = remote(value);
  try {
    const { internalProperties = [] } = post('Runtime.getProperties', { objectId, ownProperties: true });
    return fn(internalProperties);
  } finally {
    done();
  }
}

const kPending = 0;
const kFulfilled = 1;
const kRejected = 2;

// A settled promise never changes again: its details are looked up once.
const settled = new WeakMap();
const weakMapGet = uncurry(WeakMap.prototype.get);
const weakMapSet = uncurry(WeakMap.prototype.set);

function getPromiseDetails(promise) {
  const known = weakMapGet(settled, promise);
  if (known !== undefined) return [known[0], known[1]];
  return withInternals(promise, (props) => {
    const state = findProperty(props, '[[PromiseState]]').value;
    if (state === 'pending') return [kPending, undefined];
    const details = [state === 'fulfilled' ? kFulfilled : kRejected, local(findProperty(props, '[[PromiseResult]]'))];
    weakMapSet(settled, promise, details);
    return [details[0], details[1]];
  });
}

// A proxy's target and handler never change, and revocation is final, so what the inspector said about a proxy is
// kept: asking it again for a proxy inspected before is needless work. Array.isArray tells, without running any
// trap, whether a proxy has been revoked since (it throws for a revoked proxy, and for a proxy whose target chain
// holds one, which then goes back to the inspector).
const proxyParts = new WeakMap();
const arrayIsArray = Array.isArray;

function isUnrevoked(proxy) {
  try {
    arrayIsArray(proxy);
    return true;
  } catch {
    return false;
  }
}

function inspectProxy(proxy) {
  return withInternals(proxy, (props) => {
    if (findProperty(props, '[[IsRevoked]]').value === true) return [null, null];
    const target = findProperty(props, '[[Target]]');
    const handler = findProperty(props, '[[Handler]]');
    // Both are objects; one call brings the two of them here.
    post('Runtime.callFunctionOn', {
      objectId: target.objectId,
      functionDeclaration: `function(handler) { globalThis.${slotName} = [this, handler]; }`,
      arguments: [{ objectId: handler.objectId }],
    });
    const parts = globalThis[slotName];
    globalThis[slotName] = undefined;
    return parts;
  });
}

function getProxyDetails(value, fetchHandler) {
  if (!isProxy(value)) return undefined;
  let parts = weakMapGet(proxyParts, value);
  if (parts === undefined || (parts[0] !== null && !isUnrevoked(value))) {
    parts = inspectProxy(value);
    weakMapSet(proxyParts, value, parts);
  }
  return fetchHandler ? [parts[0], parts[1]] : parts[0];
}

// The entries of an [[Entries]] internal property as a flat list: [k, v, k, v, ...] when they are pairs. The
// inspector builds [[Entries]] as an array of null-prototype {key, value} (or {value}) records; one call brings
// that array here.
function entriesOf(props) {
  const entries = findProperty(props, '[[Entries]]');
  const list = [];
  let keyValue = false;
  if (entries === undefined) return { list, keyValue };
  const records = local(entries);
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if ('key' in record) {
      keyValue = true;
      list[list.length] = record.key;
    }
    list[list.length] = record.value;
  }
  return { list, keyValue };
}

function previewEntries(value, isIterator) {
  if (!isWeakMap(value) && !isWeakSet(value) && !isMapIterator(value) && !isSetIterator(value)) return undefined;
  return withInternals(value, (props) => {
    const { list, keyValue } = entriesOf(props);
    return isIterator ? [list, keyValue] : list;
  });
}

// An array index: a canonical decimal integer below 2 ** 32 - 1.
function isIndex(key) {
  const length = key.length;
  if (length === 0 || length > 10) return false;
  const first = stringCharCodeAt(key, 0);
  if (first === 48) return length === 1;
  for (let i = 0; i < length; i++) {
    const code = stringCharCodeAt(key, i);
    if (code < 48 || code > 57) return false;
  }
  return length < 10 || key < '4294967295';
}

// Index keys come first in key order, ascending: find where they end by bisection rather than testing each.
function firstNonIndex(keys) {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (typeof keys[mid] === 'string' && isIndex(keys[mid])) low = mid + 1;
    else high = mid;
  }
  return low;
}

function getOwnNonIndexProperties(value, onlyEnumerable) {
  const result = [];
  if (onlyEnumerable) {
    // Object.keys lists only enumerable string keys, which is cheaper than all keys for the common case.
    const keys = objectKeys(value);
    for (let i = firstNonIndex(keys); i < keys.length; i++) result[result.length] = keys[i];
    const symbols = getOwnPropertySymbols(value);
    for (let i = 0; i < symbols.length; i++) {
      if (propertyIsEnumerable(value, symbols[i])) result[result.length] = symbols[i];
    }
    return result;
  }
  const keys = ownKeys(value);
  for (let i = firstNonIndex(keys); i < keys.length; i++) result[result.length] = keys[i];
  return result;
}

function getConstructorName(value) {
  const { className } = remote(value);
  done();
  return className;
}

function getExternalValue(value) {
  // Externals come only from native code; the inspector shows the pointer in its description.
  const { description } = remote(value);
  done();
  const match = regExpExec(/0x[0-9a-f]+/i, description || '');
  if (match === null) throw new Error('getExternalValue: not an external');
  return BigIntCtor(match[0]);
}

// The ids of Node's own modules, internal ones included (what `node:<id>` in a stack frame can name).
let builtinIds;
function builtinExists(id) {
  if (builtinIds === undefined) {
    builtinIds = new Set();
    const ids = ownKeys(process.binding('natives'));
    for (let i = 0; i < ids.length; i++) setAdd(builtinIds, ids[i]);
  }
  return setHas(builtinIds, id);
}

module.exports = {
  builtinExists,
  getConstructorName,
  getExternalValue,
  getOwnNonIndexProperties,
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
};
