'use strict';

// Emulation of the `util` binding (runtime/lib/BINDINGS.md) on Node.js. What only V8 knows (promise state and
// result, proxy target and handler, the entries behind Map/Set iterators and weak collections, V8's class name of an
// object) is read through the inspector protocol, whose in-process session answers synchronously. Values travel
// back from the inspector by having it call a function on the remote object that stores it in a slot here.

const inspector = require('inspector');
const { types } = require('util');

let session;
function post(method, params) {
  if (session === undefined) {
    session = new inspector.Session();
    session.connect();
  }
  let error;
  let result;
  session.post(method, params, (err, res) => {
    error = err;
    result = res;
  });
  if (error) throw error;
  return result;
}

const slotName = `__rnodeUtilBindingSlot${process.pid}`;
Object.defineProperty(globalThis, slotName, { value: undefined, writable: true, enumerable: false, configurable: true });

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
      return remoteObject.type === 'bigint' ? BigInt(text.slice(0, -1)) : Number(text);
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

function withInternals(value, fn) {
  const { map } = internalPropertiesKeep(value);
  try {
    return fn(map);
  } finally {
    post('Runtime.releaseObjectGroup', { objectGroup: 'rnode' });
  }
}

function internalPropertiesKeep(value) {
  const { objectId } = remote(value);
  const { internalProperties: props = [] } = post('Runtime.getProperties', { objectId, ownProperties: true });
  const map = new Map();
  for (const prop of props) map.set(prop.name, prop.value);
  return { map, objectId };
}

const kPending = 0;
const kFulfilled = 1;
const kRejected = 2;

function getPromiseDetails(promise) {
  return withInternals(promise, (map) => {
    const state = map.get('[[PromiseState]]').value;
    if (state === 'pending') return [kPending, undefined];
    return [state === 'fulfilled' ? kFulfilled : kRejected, local(map.get('[[PromiseResult]]'))];
  });
}

function getProxyDetails(value, fetchHandler) {
  if (!types.isProxy(value)) return undefined;
  return withInternals(value, (map) => {
    const revoked = map.get('[[IsRevoked]]').value === true;
    const target = revoked ? null : local(map.get('[[Target]]'));
    if (!fetchHandler) return target;
    return [target, revoked ? null : local(map.get('[[Handler]]'))];
  });
}

// The entries of a [[Entries]] internal property, as a flat list: [k, v, k, v, ...] for key/value collections.
function entriesOf(map) {
  const entries = map.get('[[Entries]]');
  if (entries === undefined) return { list: [], keyValue: false };
  const items = post('Runtime.getProperties', { objectId: entries.objectId, ownProperties: true }).result;
  const list = [];
  let keyValue = false;
  for (const item of items) {
    if (!/^\d+$/.test(item.name)) continue;
    const entry = item.value;
    if (entry.subtype === 'internal#entry') {
      const parts = post('Runtime.getProperties', { objectId: entry.objectId, ownProperties: true }).result;
      const key = parts.find((p) => p.name === 'key');
      const value = parts.find((p) => p.name === 'value');
      if (key !== undefined) {
        keyValue = true;
        list.push(local(key.value), local(value.value));
      } else {
        list.push(local(value.value));
      }
    } else {
      list.push(local(entry));
    }
  }
  return { list, keyValue };
}

function previewEntries(value, isIterator) {
  const isCollection = types.isWeakMap(value) || types.isWeakSet(value) || types.isMapIterator(value) ||
    types.isSetIterator(value) || types.isMap(value) || types.isSet(value);
  if (!isCollection) return undefined;
  return withInternals(value, (map) => {
    const { list, keyValue } = entriesOf(map);
    return isIterator ? [list, keyValue] : list;
  });
}

function getOwnNonIndexProperties(value, onlyEnumerable) {
  const keys = Reflect.ownKeys(value);
  const result = [];
  for (const key of keys) {
    if (typeof key === 'string' && isIndex(key)) continue;
    if (onlyEnumerable && !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    result.push(key);
  }
  return result;
}

function isIndex(key) {
  if (key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 4294967295 && String(n) === key;
}

function getConstructorName(value) {
  const { className } = remote(value);
  post('Runtime.releaseObjectGroup', { objectGroup: 'rnode' });
  return className;
}

function getExternalValue(value) {
  // Externals come only from native code; the inspector shows the pointer in its description.
  const { description } = remote(value);
  post('Runtime.releaseObjectGroup', { objectGroup: 'rnode' });
  const match = /0x[0-9a-f]+/i.exec(description || '');
  if (match === null) throw new Error('getExternalValue: not an external');
  return BigInt(match[0]);
}

// The ids of Node's own modules, internal ones included (what `node:<id>` in a stack frame can name).
let builtinIds;
function builtinExists(id) {
  builtinIds ??= new Set(Object.keys(process.binding('natives')));
  return builtinIds.has(id);
}

module.exports = {
  builtinExists,
  constants: { kPending, kFulfilled, kRejected, ALL_PROPERTIES: 0, ONLY_ENUMERABLE: 2 },
  getConstructorName,
  getExternalValue,
  getOwnNonIndexProperties,
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
};
