'use strict';

// Deep equality as assert.deepStrictEqual / assert.deepEqual / util.isDeepStrictEqual define it.
//
// Strict mode: primitives by Object.is; same [[Prototype]]; same Object.prototype.toString tag; own enumerable
// string and symbol keys; Map/Set entries unordered; wrappers by their primitive; Errors also by name, message,
// cause and errors; typed arrays by bytes; Dates by time; RegExps by source, flags and lastIndex; WeakMap, WeakSet
// and Promise by reference only.
// Loose mode: primitives by == (NaN equals NaN); prototypes ignored; symbol keys ignored; float arrays element-wise.
//
// Cycles: each side's objects on the current path are remembered with their depth; meeting an object already on
// the path on both sides ends the recursion there, equal only if both were first met at the same depth.

const {
  ArrayBufferPrototypeGetByteLength,
  ArrayIsArray,
  ArrayPrototypePush,
  BigIntPrototypeToString,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  DatePrototypeGetTime,
  Error,
  MapIteratorPrototypeNext,
  MapPrototypeEntries,
  MapPrototypeGet,
  MapPrototypeHas,
  MathImul,
  NumberIsNaN,
  NumberParseFloat,
  NumberPrototypeValueOf,
  ObjectGetOwnPropertySymbols,
  ObjectGetPrototypeOf,
  ObjectIs,
  ObjectKeys,
  ObjectPrototype,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypePropertyIsEnumerable,
  ObjectPrototypeToString,
  RegExpPrototypeGetFlags,
  RegExpPrototypeGetSource,
  SafeMap,
  SafeSet,
  SetIteratorPrototypeNext,
  SetPrototypeHas,
  SetPrototypeValues,
  SharedArrayBufferPrototypeGetByteLength,
  StringPrototypeCharCodeAt,
  StringPrototypeValueOf,
  Symbol,
  SymbolPrototypeValueOf,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
} = primordials;

const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isFloat32Array,
  isFloat64Array,
  isMap,
  isNativeError,
  isNumberObject,
  isPromise,
  isRegExp,
  isSet,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
} = require('internal/util/types');

// Comparison modes; strict ones are truthy.
const kLoose = 0;
const kStrict = 1;
const kStrictSkipPrototype = 2; // util.isDeepStrictEqual(a, b, true): strict, but prototypes are not compared.

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function isFloatArray(value) {
  return isFloat32Array(value) || isFloat64Array(value) ||
    TypedArrayPrototypeGetSymbolToStringTag(value) === 'Float16Array';
}

function bytesOf(view) {
  if (isDataView(view)) {
    return new Uint8Array(DataViewPrototypeGetBuffer(view), DataViewPrototypeGetByteOffset(view),
                          DataViewPrototypeGetByteLength(view));
  }
  return new Uint8Array(view.buffer, TypedArrayPrototypeGetByteOffset(view), TypedArrayPrototypeGetByteLength(view));
}

function equalBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function areSimilarTypedArrays(a, b) {
  return equalBytes(bytesOf(a), bytesOf(b));
}

// Loose mode compares float elements with ===: -0 equals 0, NaN differs from NaN.
function areSimilarFloatArrays(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function arrayBufferByteLength(buffer) {
  return isSharedArrayBuffer(buffer) ?
    SharedArrayBufferPrototypeGetByteLength(buffer) : ArrayBufferPrototypeGetByteLength(buffer);
}

function areEqualArrayBuffers(a, b) {
  const length = arrayBufferByteLength(a);
  if (length !== arrayBufferByteLength(b)) return false;
  return equalBytes(new Uint8Array(a), new Uint8Array(b));
}

function isEqualBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && ObjectIs(NumberPrototypeValueOf(a), NumberPrototypeValueOf(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && StringPrototypeValueOf(a) === StringPrototypeValueOf(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && BooleanPrototypeValueOf(a) === BooleanPrototypeValueOf(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigIntPrototypeValueOf(a) === BigIntPrototypeValueOf(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) && SymbolPrototypeValueOf(a) === SymbolPrototypeValueOf(b);
  }
  return false;
}

// An array index: a canonical numeric string below 2**32 - 1.
function isIndexKey(key) {
  const length = key.length;
  if (length === 0 || length > 10) return false;
  const first = StringPrototypeCharCodeAt(key, 0);
  if (first < 48 || first > 57 || (first === 48 && length > 1)) return false;
  for (let i = 1; i < length; i++) {
    const code = StringPrototypeCharCodeAt(key, i);
    if (code < 48 || code > 57) return false;
  }
  return +key < 4294967295;
}

// The enumerable own string keys of an array or typed array other than its indices. ObjectKeys lists the
// indices first, in ascending order, so the others are found by walking back from the end.
function nonIndexKeys(value) {
  const keys = ObjectKeys(value);
  let start = keys.length;
  while (start > 0 && !isIndexKey(keys[start - 1])) start--;
  if (start === keys.length) return [];
  const result = [];
  for (let i = start; i < keys.length; i++) ArrayPrototypePush(result, keys[i]);
  return result;
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || ObjectIs(val1, val2) || !strict;
  }
  if (strict) {
    if (typeof val1 !== 'object') {
      return typeof val1 === 'number' && NumberIsNaN(val1) && NumberIsNaN(val2);
    }
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (NumberIsNaN(val1) && NumberIsNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }
  return objectEqual(val1, val2, strict, memos);
}

function objectEqual(val1, val2, strict, memos) {
  const proto = ObjectGetPrototypeOf(val1);
  if (strict === kStrict && proto !== ObjectGetPrototypeOf(val2)) return false;
  const tag = ObjectPrototypeToString(val1);
  if (tag !== ObjectPrototypeToString(val2)) return false;

  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) || val1.length !== val2.length) return false;
    const keys1 = nonIndexKeys(val1);
    const keys2 = nonIndexKeys(val2);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys2);
  } else if (tag === '[object Object]' && (proto === ObjectPrototype || proto === null)) {
    // Plain objects, the common case: skip the type checks below. (Another kind of object gets here only with
    // its prototype swapped for Object.prototype.)
    return keyCheck(val1, val2, strict, memos, kNoIterator, undefined);
  } else if (isDate(val1)) {
    if (!isDate(val2)) return false;
    const time1 = DatePrototypeGetTime(val1);
    const time2 = DatePrototypeGetTime(val2);
    if (time1 !== time2 && !(NumberIsNaN(time1) && NumberIsNaN(time2))) return false;
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || RegExpPrototypeGetSource(val1) !== RegExpPrototypeGetSource(val2) ||
        RegExpPrototypeGetFlags(val1) !== RegExpPrototypeGetFlags(val2) || val1.lastIndex !== val2.lastIndex) {
      return false;
    }
  } else if (isArrayBufferView(val1)) {
    if (!isArrayBufferView(val2)) return false;
    if (isDataView(val1)) {
      if (!isDataView(val2) || !areSimilarTypedArrays(val1, val2)) return false;
    } else {
      if (isDataView(val2) ||
          TypedArrayPrototypeGetSymbolToStringTag(val1) !== TypedArrayPrototypeGetSymbolToStringTag(val2)) {
        return false;
      }
      if (!strict && isFloatArray(val1)) {
        if (!areSimilarFloatArrays(val1, val2)) return false;
      } else if (!areSimilarTypedArrays(val1, val2)) {
        return false;
      }
    }
    if (isDataView(val1)) return keyCheck(val1, val2, strict, memos, kNoIterator, undefined);
    const keys1 = nonIndexKeys(val1);
    const keys2 = nonIndexKeys(val2);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys2);
  } else if (isSet(val1)) {
    if (!isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet, undefined);
  } else if (isMap(val1)) {
    if (!isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap, undefined);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || isSharedArrayBuffer(val1) !== isSharedArrayBuffer(val2) ||
        !areEqualArrayBuffers(val1, val2)) {
      return false;
    }
  } else if (isError(val1)) {
    if (!isError(val2) || !errorsEqual(val1, val2, strict, memos)) return false;
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (tag === '[object URL]' && typeof val1.href === 'string') {
    // URLs keep their state in private fields: they are equal when their serializations are.
    if (typeof val2.href !== 'string' || val1.href !== val2.href) return false;
  } else if (isWeakMap(val1) || isWeakSet(val1) || isPromise(val1)) {
    // Their contents cannot be observed: only the same object is equal (handled by === above).
    return false;
  } else if (ArrayIsArray(val2) || isArrayBufferView(val2) || isSet(val2) || isMap(val2) || isDate(val2) ||
             isRegExp(val2) || isAnyArrayBuffer(val2) || isBoxedPrimitive(val2) || isError(val2) ||
             isWeakMap(val2) || isWeakSet(val2) || isPromise(val2)) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator, undefined);
}

// name and message are usually inherited or non-enumerable; cause and errors only count when present.
function errorsEqual(val1, val2, strict, memos) {
  if (val1.message !== val2.message || val1.name !== val2.name) return false;
  const hasCause1 = ObjectPrototypeHasOwnProperty(val1, 'cause');
  if (hasCause1 !== ObjectPrototypeHasOwnProperty(val2, 'cause')) return false;
  if (hasCause1 && !innerDeepEqual(val1.cause, val2.cause, strict, memos)) return false;
  const hasErrors1 = ObjectPrototypeHasOwnProperty(val1, 'errors');
  if (hasErrors1 !== ObjectPrototypeHasOwnProperty(val2, 'errors')) return false;
  if (hasErrors1 && !innerDeepEqual(val1.errors, val2.errors, strict, memos)) return false;
  return true;
}

function countEnumerableSymbols(value, symbols) {
  let count = 0;
  for (let i = 0; i < symbols.length; i++) {
    if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) count++;
  }
  return count;
}

// Strict mode compares enumerable own symbol keys too: returns the keys to compare (keys2 plus val1's enumerable
// symbols, in a new array when there are any), or undefined when the symbol keys differ.
function withSymbolKeys(val1, val2, keys2) {
  const symbols1 = ObjectGetOwnPropertySymbols(val1);
  if (symbols1.length === 0) {
    const symbols2 = ObjectGetOwnPropertySymbols(val2);
    if (symbols2.length !== 0 && countEnumerableSymbols(val2, symbols2) !== 0) return undefined;
    return keys2;
  }
  let count = 0;
  let keys = keys2;
  for (let i = 0; i < symbols1.length; i++) {
    const key = symbols1[i];
    if (ObjectPrototypePropertyIsEnumerable(val1, key)) {
      if (!ObjectPrototypePropertyIsEnumerable(val2, key)) return undefined;
      // keys2 may be the caller's array: add to a copy.
      if (keys === keys2) {
        keys = [];
        for (let j = 0; j < keys2.length; j++) ArrayPrototypePush(keys, keys2[j]);
      }
      ArrayPrototypePush(keys, key);
      count++;
    } else if (ObjectPrototypePropertyIsEnumerable(val2, key)) {
      return undefined;
    }
  }
  if (countEnumerableSymbols(val2, ObjectGetOwnPropertySymbols(val2)) !== count) return undefined;
  return keys;
}

// `keys2`: val2's string keys to compare, when the caller has them.
function keyCheck(val1, val2, strict, memos, iterationType, keys2) {
  if (keys2 === undefined) {
    keys2 = ObjectKeys(val2);
    if (ObjectKeys(val1).length !== keys2.length) return false;
  }
  for (let i = 0; i < keys2.length; i++) {
    if (!ObjectPrototypePropertyIsEnumerable(val1, keys2[i])) return false;
  }
  if (strict) {
    keys2 = withSymbolKeys(val1, val2, keys2);
    if (keys2 === undefined) return false;
  }

  if (keys2.length === 0) {
    if (iterationType === kNoIterator) return true;
    if (iterationType === kIsArray ? val1.length === 0 : val1.size === 0) return true;
  }

  // null: the first attempt, without cycle detection (see compare()).
  if (memos === null) return objEquiv(val1, val2, strict, keys2, memos, iterationType);
  if (memos === undefined) {
    memos = { set1: new SafeMap(), set2: new SafeMap(), position: 0 };
  } else {
    const seen1 = memos.set1.get(val1);
    if (seen1 !== undefined) {
      const seen2 = memos.set2.get(val2);
      if (seen2 !== undefined) return seen1 === seen2;
    }
    memos.position++;
  }
  memos.set1.set(val1, memos.position);
  memos.set2.set(val2, memos.position);
  const equal = objEquiv(val1, val2, strict, keys2, memos, iterationType);
  memos.set1.delete(val1);
  memos.set2.delete(val2);
  return equal;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      const item1 = a[i];
      const item2 = b[i];
      // Node's loose mode takes a null element of the second array as matching whatever the first one holds.
      if (!strict && item2 === null) continue;
      // Holes read as undefined: only then does it matter whether the element exists.
      if (item1 !== undefined && item2 !== undefined) {
        if (!innerDeepEqual(item1, item2, strict, memos)) return false;
        continue;
      }
      if (ObjectPrototypeHasOwnProperty(a, i)) {
        if (!ObjectPrototypeHasOwnProperty(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (ObjectPrototypeHasOwnProperty(b, i)) {
        return false;
      }
    }
  } else if (iterationType === kIsSet) {
    return setEquiv(a, b, strict, memos);
  } else if (iterationType === kIsMap) {
    return mapEquiv(a, b, strict, memos);
  }
  return true;
}

// The primitive that may loosely equal `prim` in a collection, or: undefined when only an object could match,
// false when nothing else could (the value must then be present as is).
function looseMatchCandidate(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // A string that is a number's spelling loosely equals that number; NaN strings match nothing else.
      // falls through
    case 'number':
      if (NumberIsNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const candidate = looseMatchCandidate(prim);
  if (candidate !== true) {
    if (candidate === false) return false;
    return SetPrototypeHas(b, candidate) && !SetPrototypeHas(a, candidate);
  }
  return true;
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const candidate = looseMatchCandidate(prim);
  if (candidate !== true) {
    if (candidate === false) return false;
    const curB = MapPrototypeGet(b, candidate);
    if ((curB === undefined && !MapPrototypeHas(b, candidate)) || !innerDeepEqual(item, curB, kLoose, memos)) {
      return false;
    }
    return !MapPrototypeHas(a, candidate);
  }
  return true;
}

// Matching the objects of two Sets or Maps by scanning compares every pair: quadratic. For larger ones in strict
// mode, the candidates are first grouped by a structural hash that strictly equal values always share, and only
// same-hash pairs are compared.
const kHashThreshold = 16;
const kHashDepth = 2;
const kMaxHashedItems = 8;

function hashString(str) {
  let hash = str.length;
  const end = str.length < 32 ? str.length : 32;
  for (let i = 0; i < end; i++) hash = MathImul(hash ^ StringPrototypeCharCodeAt(str, i), 16777619);
  return hash;
}

function structuralHash(value, depth) {
  switch (typeof value) {
    case 'number':
      if (NumberIsNaN(value)) return 1;
      if (ObjectIs(value, -0)) return 2;
      return MathImul((value | 0) ^ ((value * 1048576) | 0), 2654435761) ^ 3;
    case 'string': return hashString(value) ^ 4;
    case 'boolean': return value ? 5 : 6;
    case 'undefined': return 7;
    case 'bigint': return (NumberParseFloat(BigIntPrototypeToString(value)) | 0) ^ 8;
    case 'symbol': return 9;
    case 'function': return 10;
  }
  if (value === null) return 11;
  const tag = ObjectPrototypeToString(value);
  let hash = hashString(tag);
  if (depth === 0) return hash;
  if (ArrayIsArray(value)) {
    hash ^= value.length;
    const end = value.length < kMaxHashedItems ? value.length : kMaxHashedItems;
    for (let i = 0; i < end; i++) hash = (MathImul(hash, 31) + structuralHash(value[i], depth - 1)) | 0;
    return hash;
  }
  const proto = ObjectGetPrototypeOf(value);
  if (tag === '[object Object]' && (proto === ObjectPrototype || proto === null)) {
    // Key order does not matter to equality: combine the entries by addition.
    const keys = ObjectKeys(value);
    hash ^= keys.length;
    const end = keys.length < kMaxHashedItems ? keys.length : kMaxHashedItems;
    for (let i = 0; i < end; i++) {
      const key = keys[i];
      hash = (hash + MathImul(hashString(key), 31 + structuralHash(value[key], depth - 1))) | 0;
    }
    // Entries past the first few are not hashed, and which come first depends on insertion order: only the
    // count is kept when there are more.
    if (keys.length > kMaxHashedItems) hash = hashString(tag) ^ keys.length;
  }
  return hash;
}

const kMatched = Symbol('kMatched');

function setEquiv(a, b, strict, memos) {
  if (!strict) return setLooseEquiv(a, b, memos);
  let onlyA = null;
  const iterA = SetPrototypeValues(a);
  for (let step = SetIteratorPrototypeNext(iterA); !step.done; step = SetIteratorPrototypeNext(iterA)) {
    const value = step.value;
    if (SetPrototypeHas(b, value)) continue;
    if (typeof value !== 'object' || value === null) return false;
    onlyA ??= [];
    ArrayPrototypePush(onlyA, value);
  }
  if (onlyA === null) return true;
  const onlyB = [];
  const iterB = SetPrototypeValues(b);
  for (let step = SetIteratorPrototypeNext(iterB); !step.done; step = SetIteratorPrototypeNext(iterB)) {
    const value = step.value;
    if (typeof value === 'object' && value !== null && !SetPrototypeHas(a, value)) ArrayPrototypePush(onlyB, value);
  }
  if (onlyB.length !== onlyA.length) return false;
  return strictPairObjects(onlyA, onlyB, strict, memos);
}

// Strict equality is an equivalence, so any pairing order gives the same answer: the cheapest is taken. Objects in
// the same or the reverse order pair in one comparison each; from the first one that pairs with neither end on,
// the rest are matched by structural hash (or, below kHashThreshold or when prototypes are skipped, by scanning).
function strictPairObjects(left, right, strict, memos) {
  let start = 0;
  let end = right.length;
  // After a pairing at the end, the reverse order is likely: try that end first.
  let fromEnd = false;
  for (let i = 0; i < left.length; i++) {
    const value = left[i];
    if (fromEnd && innerDeepEqual(value, right[end - 1], strict, memos)) {
      end--;
    } else if (innerDeepEqual(value, right[start], strict, memos)) {
      start++;
      fromEnd = false;
    } else if (!fromEnd && end - start > 1 && innerDeepEqual(value, right[end - 1], strict, memos)) {
      end--;
      fromEnd = true;
    } else {
      return strictMatchRest(left, i, right, start, end, strict, memos);
    }
  }
  return true;
}

function strictMatchRest(left, from, right, start, end, strict, memos) {
  // The structural hash looks at prototypes: only for the fully strict mode.
  if (strict === kStrict && end - start >= kHashThreshold) {
    const buckets = new SafeMap();
    for (let j = start; j < end; j++) {
      const candidate = right[j];
      const hash = structuralHash(candidate, kHashDepth);
      const bucket = buckets.get(hash);
      if (bucket === undefined) buckets.set(hash, [candidate]);
      else ArrayPrototypePush(bucket, candidate);
    }
    for (let i = from; i < left.length; i++) {
      const value = left[i];
      const bucket = buckets.get(structuralHash(value, kHashDepth));
      if (bucket === undefined) return false;
      let j = 0;
      while (j < bucket.length && (bucket[j] === kMatched || !innerDeepEqual(value, bucket[j], kStrict, memos))) j++;
      if (j === bucket.length) return false;
      bucket[j] = kMatched;
    }
    return true;
  }
  for (let i = from; i < left.length; i++) {
    const value = left[i];
    let j = start;
    while (j < end && !innerDeepEqual(value, right[j], strict, memos)) j++;
    if (j === end) return false;
    end--;
    right[j] = right[end];
  }
  return true;
}

// Loose equality is not transitive ({ v: 0 } equals both { v: '' } and { v: '0' }, which differ), so the answer
// depends on which members get paired: the members only one side holds are paired in node's order (pairMembers).
function setLooseEquiv(a, b, memos) {
  if (a.size === 2) return twoMemberLooseEquiv(a, b, memos);
  let onlyA = null;
  const iterA = SetPrototypeValues(a);
  for (let step = SetIteratorPrototypeNext(iterA); !step.done; step = SetIteratorPrototypeNext(iterA)) {
    const value = step.value;
    if (SetPrototypeHas(b, value)) continue;
    if ((typeof value !== 'object' || value === null) && !setMightHaveLoosePrim(a, b, value)) return false;
    onlyA ??= [];
    ArrayPrototypePush(onlyA, value);
  }
  if (onlyA === null) return true;
  const onlyB = [];
  const iterB = SetPrototypeValues(b);
  for (let step = SetIteratorPrototypeNext(iterB); !step.done; step = SetIteratorPrototypeNext(iterB)) {
    const value = step.value;
    if (!SetPrototypeHas(a, value)) ArrayPrototypePush(onlyB, value);
  }
  return pairMembers(onlyA, onlyB, null, null, memos);
}

// Node decides two-member Sets on a path of their own, mapped by experiment: each member of b, in order, takes the
// first of a's two members not yet taken that loosely equals it, except that a member both Sets hold is passed
// over while a's copy of it is untaken; a member of a left untaken and missing from b is then accepted only if it
// is null or undefined. So new Set([0, '0']) differs from new Set([0, false]), while new Set([0, null]) equals
// new Set([0, '0']).
function twoMemberLooseEquiv(a, b, memos) {
  const iterA = SetPrototypeValues(a);
  const first = SetIteratorPrototypeNext(iterA).value;
  const second = SetIteratorPrototypeNext(iterA).value;
  let firstTaken = false;
  let secondTaken = false;
  const iterB = SetPrototypeValues(b);
  for (let step = SetIteratorPrototypeNext(iterB); !step.done; step = SetIteratorPrototypeNext(iterB)) {
    const value = step.value;
    if (SetPrototypeHas(a, value) && !(isSameValueZero(value, first) ? firstTaken : secondTaken)) continue;
    if (!firstTaken && innerDeepEqual(first, value, kLoose, memos)) {
      firstTaken = true;
    } else if (!secondTaken && innerDeepEqual(second, value, kLoose, memos)) {
      secondTaken = true;
    } else {
      return false;
    }
  }
  return (firstTaken || first === null || first === undefined || SetPrototypeHas(b, first)) &&
    (secondTaken || second === null || second === undefined || SetPrototypeHas(b, second));
}

function isSameValueZero(x, y) {
  return x === y || (x !== x && y !== y);
}

// Pairs each of `left` (a's members, in order) with a loosely equal one of `right` (b's, in order), the way node
// does, which decides the answer when a member equals several: a member first tries the oldest unpaired one of
// `right`, then the others from the newest back; when the previous pairing was found at the newest end, the
// search starts there instead (members in reverse order then pair in one comparison each). A paired member's slot
// takes the newest one. `mapA`/`mapB`: the Maps whose keys the lists hold (entries are equal when keys and values
// are), or null for Sets.
function pairMembers(left, right, mapA, mapB, memos) {
  let start = 0;
  let end = right.length;
  let fromEnd = false;
  for (let i = 0; i < left.length; i++) {
    const value = left[i];
    if (!fromEnd && membersEqual(value, right[start], mapA, mapB, memos)) {
      start++;
      continue;
    }
    const stop = fromEnd ? start : start + 1;
    let j = end - 1;
    while (j >= stop && !membersEqual(value, right[j], mapA, mapB, memos)) j--;
    if (j < stop) return false;
    end--;
    fromEnd = j === end;
    right[j] = right[end];
  }
  return true;
}

function membersEqual(left, right, mapA, mapB, memos) {
  if (mapA === null) return innerDeepEqual(left, right, kLoose, memos);
  return innerDeepEqual(left, right, kLoose, memos) &&
    innerDeepEqual(MapPrototypeGet(mapA, left), MapPrototypeGet(mapB, right), kLoose, memos);
}

// Strict mode: `set` holds a's pending keys and `map` is a; key1/item1 are b's.
function mapHasEqualEntry(set, map, key1, item1, strict, memos) {
  for (const key2 of set) {
    if (innerDeepEqual(key2, key1, strict, memos) &&
        innerDeepEqual(MapPrototypeGet(map, key2), item1, strict, memos)) {
      set.delete(key2);
      return true;
    }
  }
  return false;
}

// Strict Maps with many object keys: the keys grouped by structural hash; an entry of b takes the first pending key
// of a (in insertion order) whose key and value are equal to its own.
function mapObjectKeysEquiv(pending, a, b, memos) {
  const buckets = new SafeMap();
  for (const candidate of pending) {
    const hash = structuralHash(candidate, kHashDepth);
    const bucket = buckets.get(hash);
    if (bucket === undefined) buckets.set(hash, [candidate]);
    else ArrayPrototypePush(bucket, candidate);
  }
  let matched = 0;
  const iterB = MapPrototypeEntries(b);
  for (let step = MapIteratorPrototypeNext(iterB); !step.done; step = MapIteratorPrototypeNext(iterB)) {
    const { 0: key, 1: item } = step.value;
    if (typeof key !== 'object' || key === null) continue;
    const bucket = buckets.get(structuralHash(key, kHashDepth));
    if (bucket === undefined) return false;
    let found = false;
    for (let i = 0; i < bucket.length; i++) {
      const candidate = bucket[i];
      if (candidate !== kMatched && innerDeepEqual(candidate, key, kStrict, memos) &&
          innerDeepEqual(MapPrototypeGet(a, candidate), item, kStrict, memos)) {
        bucket[i] = kMatched;
        found = true;
        break;
      }
    }
    if (!found) return false;
    matched++;
  }
  return matched === pending.size;
}

function mapEquiv(a, b, strict, memos) {
  if (!strict) return mapLooseEquiv(a, b, memos);
  let pending = null;
  const iterA = MapPrototypeEntries(a);
  for (let step = MapIteratorPrototypeNext(iterA); !step.done; step = MapIteratorPrototypeNext(iterA)) {
    const { 0: key, 1: item1 } = step.value;
    if (typeof key === 'object' && key !== null) {
      pending ??= new SafeSet();
      pending.add(key);
    } else {
      const item2 = MapPrototypeGet(b, key);
      if ((item2 === undefined && !MapPrototypeHas(b, key)) || !innerDeepEqual(item1, item2, strict, memos)) {
        return false;
      }
    }
  }
  if (pending !== null) {
    if (strict === kStrict && pending.size >= kHashThreshold) return mapObjectKeysEquiv(pending, a, b, memos);
    const iterB = MapPrototypeEntries(b);
    for (let step = MapIteratorPrototypeNext(iterB); !step.done; step = MapIteratorPrototypeNext(iterB)) {
      const { 0: key, 1: item } = step.value;
      if (typeof key === 'object' && key !== null && !mapHasEqualEntry(pending, a, key, item, strict, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

// Entries with object keys, and those whose primitive key the other side lacks or maps to an unequal value, are
// paired as Set members are (pairMembers), an entry equal to another when both key and value are. As in node, an
// object key both Maps hold is paired like any other: its entry may end up paired with a different one.
function mapLooseEquiv(a, b, memos) {
  let onlyA = null;
  const iterA = MapPrototypeEntries(a);
  for (let step = MapIteratorPrototypeNext(iterA); !step.done; step = MapIteratorPrototypeNext(iterA)) {
    const { 0: key, 1: item1 } = step.value;
    if (typeof key !== 'object' || key === null) {
      const item2 = MapPrototypeGet(b, key);
      if ((item2 !== undefined || MapPrototypeHas(b, key)) && innerDeepEqual(item1, item2, kLoose, memos)) continue;
      if (!mapMightHaveLoosePrim(a, b, key, item1, memos)) return false;
    }
    onlyA ??= [];
    ArrayPrototypePush(onlyA, key);
  }
  if (onlyA === null) return true;
  const onlyB = [];
  const iterB = MapPrototypeEntries(b);
  for (let step = MapIteratorPrototypeNext(iterB); !step.done; step = MapIteratorPrototypeNext(iterB)) {
    const { 0: key, 1: item2 } = step.value;
    if (typeof key !== 'object' || key === null) {
      const item1 = MapPrototypeGet(a, key);
      if ((item1 !== undefined || MapPrototypeHas(a, key)) && innerDeepEqual(item1, item2, kLoose, memos)) continue;
    }
    ArrayPrototypePush(onlyB, key);
  }
  return pairMembers(onlyA, onlyB, a, b, memos);
}

// assert.partialDeepStrictEqual: `expected` describes a part of `actual`. Objects need only the expected keys,
// arrays (and typed arrays, and ArrayBuffers by bytes) the expected elements in order, Sets and Maps the expected
// members, errors the expected name, message, cause and errors; prototypes are not compared, type tags are.
// Everything else compares strictly. `path` holds the objects on the current path of each side, as in keyCheck.
function partialEqual(actual, expected, path) {
  if (expected === null || typeof expected !== 'object' || actual === null || typeof actual !== 'object') {
    return innerDeepEqual(actual, expected, kStrict, undefined);
  }
  if (actual === expected) return true;
  if (isDataView(actual) && !isArrayBufferView(expected) && !isAnyArrayBuffer(expected)) {
    // Node compares a DataView with a non-view by the expected object's named keys alone.
    return partialKeys(actual, expected, path, true);
  }
  if (ObjectPrototypeToString(actual) !== ObjectPrototypeToString(expected)) return false;

  if (path === undefined) {
    path = { actual: new SafeMap(), expected: new SafeMap(), position: 0 };
  } else {
    const seenActual = path.actual.get(actual);
    if (seenActual !== undefined) {
      const seenExpected = path.expected.get(expected);
      if (seenExpected !== undefined) return seenActual === seenExpected;
    }
    path.position++;
  }
  path.actual.set(actual, path.position);
  path.expected.set(expected, path.position);
  const equal = partialObjectEqual(actual, expected, path);
  path.actual.delete(actual);
  path.expected.delete(expected);
  return equal;
}

function partialObjectEqual(actual, expected, path) {
  if (ArrayIsArray(expected)) {
    return ArrayIsArray(actual) && partialArray(actual, expected, path) && partialKeys(actual, expected, path, true);
  }
  if (ArrayIsArray(actual)) return false;
  if (isArrayBufferView(expected)) {
    if (!isArrayBufferView(actual) || isDataView(actual) !== isDataView(expected)) return false;
    if (isDataView(expected)) return partialBytes(bytesOf(actual), bytesOf(expected));
    return partialBytes(actual, expected) && partialKeys(actual, expected, path, true);
  }
  if (isAnyArrayBuffer(expected)) {
    if (!isAnyArrayBuffer(actual) || isSharedArrayBuffer(actual) !== isSharedArrayBuffer(expected)) return false;
    return partialBytes(new Uint8Array(actual), new Uint8Array(expected));
  }
  if (isSet(expected)) {
    return isSet(actual) && partialSet(actual, expected, path) && partialKeys(actual, expected, path, false);
  }
  if (isMap(expected)) {
    return isMap(actual) && partialMap(actual, expected, path) && partialKeys(actual, expected, path, false);
  }
  if (isError(expected)) {
    if (!isError(actual) || actual.message !== expected.message || actual.name !== expected.name) return false;
    // An expected cause (or errors list) must be present; when it is undefined, any value satisfies it.
    if (ObjectPrototypeHasOwnProperty(expected, 'cause') && (!ObjectPrototypeHasOwnProperty(actual, 'cause') ||
        (expected.cause !== undefined && !partialEqual(actual.cause, expected.cause, path)))) {
      return false;
    }
    if (ObjectPrototypeHasOwnProperty(expected, 'errors') && (!ObjectPrototypeHasOwnProperty(actual, 'errors') ||
        (expected.errors !== undefined && !partialEqual(actual.errors, expected.errors, path)))) {
      return false;
    }
    return partialKeys(actual, expected, path, false);
  }
  if (isWeakMap(expected) || isWeakSet(expected) || isPromise(expected)) return false;
  if (isDate(expected)) {
    if (!isDate(actual) || !ObjectIs(DatePrototypeGetTime(actual), DatePrototypeGetTime(expected))) return false;
  } else if (isRegExp(expected)) {
    if (!isRegExp(actual) || RegExpPrototypeGetSource(actual) !== RegExpPrototypeGetSource(expected) ||
        RegExpPrototypeGetFlags(actual) !== RegExpPrototypeGetFlags(expected) ||
        actual.lastIndex !== expected.lastIndex) {
      return false;
    }
  } else if (isBoxedPrimitive(expected)) {
    if (!isEqualBoxedPrimitive(actual, expected)) return false;
  }
  return partialKeys(actual, expected, path, false);
}

function partialKeys(actual, expected, path, skipIndices) {
  const keys = ObjectKeys(expected);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (skipIndices && isIndexKey(key)) continue;
    if (!ObjectPrototypePropertyIsEnumerable(actual, key) || !partialEqual(actual[key], expected[key], path)) {
      return false;
    }
  }
  const symbols = ObjectGetOwnPropertySymbols(expected);
  for (let i = 0; i < symbols.length; i++) {
    const key = symbols[i];
    if (!ObjectPrototypePropertyIsEnumerable(expected, key)) continue;
    if (!ObjectPrototypePropertyIsEnumerable(actual, key) || !partialEqual(actual[key], expected[key], path)) {
      return false;
    }
  }
  return true;
}

// Each expected element matches a later actual element than the one before it. A hole in expected matches a hole
// or undefined; an expected undefined needs an actual element.
function partialArray(actual, expected, path) {
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    const hole = !ObjectPrototypeHasOwnProperty(expected, i);
    for (; j < actual.length; j++) {
      if (hole ? actual[j] === undefined :
        (ObjectPrototypeHasOwnProperty(actual, j) && partialEqual(actual[j], expected[i], path))) {
        break;
      }
    }
    if (j === actual.length) return false;
    j++;
  }
  return true;
}

function partialBytes(actual, expected) {
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i];
    while (j < actual.length && !ObjectIs(actual[j], want)) j++;
    if (j === actual.length) return false;
    j++;
  }
  return true;
}

function partialSet(actual, expected, path) {
  let used = null;
  const iter = SetPrototypeValues(expected);
  for (let step = SetIteratorPrototypeNext(iter); !step.done; step = SetIteratorPrototypeNext(iter)) {
    const want = step.value;
    if (want === null || typeof want !== 'object') {
      if (!SetPrototypeHas(actual, want)) return false;
      continue;
    }
    used ??= new SafeSet();
    let found = false;
    const candidates = SetPrototypeValues(actual);
    for (let c = SetIteratorPrototypeNext(candidates); !c.done; c = SetIteratorPrototypeNext(candidates)) {
      const have = c.value;
      if (have !== null && typeof have === 'object' && !used.has(have) && partialEqual(have, want, path)) {
        used.add(have);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function partialMap(actual, expected, path) {
  const iter = MapPrototypeEntries(expected);
  for (let step = MapIteratorPrototypeNext(iter); !step.done; step = MapIteratorPrototypeNext(iter)) {
    const { 0: key, 1: want } = step.value;
    if (key === null || typeof key !== 'object') {
      if (!MapPrototypeHas(actual, key) || !partialEqual(MapPrototypeGet(actual, key), want, path)) return false;
      continue;
    }
    let found = false;
    const candidates = MapPrototypeEntries(actual);
    for (let c = MapIteratorPrototypeNext(candidates); !c.done; c = MapIteratorPrototypeNext(candidates)) {
      const { 0: haveKey, 1: have } = c.value;
      if (haveKey !== null && typeof haveKey === 'object' && innerDeepEqual(haveKey, key, kStrict, undefined) &&
          partialEqual(have, want, path)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function isPartialStrictEqual(actual, expected) {
  return partialEqual(actual, expected, undefined);
}

// Remembering the objects on the current path costs more than the comparison itself, and only cyclic values
// need it: compare without it first, and only when that overflows the stack (which a cycle of equal structure
// does), compare again with it. Both give the same answer where the first one finishes.
function compare(val1, val2, strict) {
  try {
    return innerDeepEqual(val1, val2, strict, null);
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
  }
  return innerDeepEqual(val1, val2, strict, undefined);
}

let stackOverflowMessage;
function isStackOverflowError(err) {
  if (stackOverflowMessage === undefined) {
    try {
      const overflow = () => overflow();
      overflow();
    } catch (e) {
      stackOverflowMessage = e.message;
    }
  }
  return err !== null && typeof err === 'object' && err.name === 'RangeError' && err.message === stackOverflowMessage;
}

function isDeepEqual(val1, val2) {
  return compare(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2, skipPrototype = false) {
  return compare(val1, val2, skipPrototype ? kStrictSkipPrototype : kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  isPartialStrictEqual,
};
