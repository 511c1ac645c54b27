'use strict';

// AbortController and AbortSignal.
//
// AbortSignal.any(signals) returns a "dependent" signal: it is linked to the non-dependent signals it follows (its
// sources; a dependent signal among `signals` contributes its own sources), and aborts with the first of them.
// Sources reference their dependents weakly, so that a long-lived signal does not keep every AbortSignal.any()
// result alive; a dependent that has 'abort' listeners is held strongly until it aborts or loses them, since
// somebody is still waiting for its event.
//
// The default abort reasons are DOMExceptions. DOMException is a global the runtime's bootstrap provides before
// this module loads; it is captured here once.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  FunctionPrototypeCall,
  ObjectDefineProperties,
  SafeSet,
  SafeWeakRef,
  Symbol,
  SymbolFor,
  SymbolIterator,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const { kMaxEventTargetListeners } = require('events');
const {
  Event,
  EventTarget,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  webidlError,
} = require('internal/event_target');

const { DOMException } = primordials.globalThis;
const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
const kDontThrow = Symbol('kDontThrow');
const { dispatchEvent } = EventTarget.prototype;

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect;
}

const timers = internalBinding('timers');

// Dependent signals with 'abort' listeners, kept alive while they wait.
const persistentSignals = new SafeSet();

function customInspect(self, fields, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${lazyInspect()(fields, opts)}`;
}

let isAbortSignal;
let abortSignal;
let createSignal;
let link;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  // For a dependent signal (from AbortSignal.any): the signals it follows.
  #sources = null;
  // For a source: WeakRefs to the dependent signals that follow it.
  #dependents = null;
  #pruneAt = 16;

  static {
    isAbortSignal = (value) => value !== null && typeof value === 'object' && #aborted in value;

    createSignal = (aborted, reason) => {
      const signal = new AbortSignal(kDontThrow);
      signal.#aborted = aborted;
      signal.#reason = reason;
      return signal;
    };

    abortSignal = (signal, reason) => {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      // Every dependent is aborted (with the same reason) before any 'abort' event runs user code.
      const dependents = [];
      if (signal.#dependents !== null) {
        for (const ref of signal.#dependents) {
          const dependent = ref.deref();
          if (dependent !== undefined && !dependent.#aborted) {
            dependent.#aborted = true;
            dependent.#reason = reason;
            ArrayPrototypePush(dependents, dependent);
          }
        }
        signal.#dependents = null;
      }
      fireAbort(signal);
      for (let i = 0; i < dependents.length; i++) fireAbort(dependents[i]);
    };

    link = (source, dependent) => {
      if (ArrayPrototypeIncludes(dependent.#sources, source)) return;
      ArrayPrototypePush(dependent.#sources, source);
      source.#dependents ??= new SafeSet();
      const dependents = source.#dependents;
      dependents.add(new SafeWeakRef(dependent));
      // Drop the WeakRefs of collected dependents now and then, so a long-lived source's set stays bounded.
      if (dependents.size >= source.#pruneAt) {
        for (const ref of dependents) {
          if (ref.deref() === undefined) dependents.delete(ref);
        }
        source.#pruneAt = dependents.size * 2 > 16 ? dependents.size * 2 : 16;
      }
    };
  }

  constructor() {
    if (arguments[0] !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    // Many parts of a program may wait on one signal: no leak warning unless a limit is set explicitly.
    this[kMaxEventTargetListeners] = 0;
  }

  get aborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#aborted;
  }

  get reason() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#reason;
  }

  throwIfAborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    if (this.#aborted) throw this.#reason;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.#aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createSignal(true, reason);
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createSignal(false, undefined);
    // The timer does not keep the process alive; it holds the signal until it fires.
    timers.setUnrefTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    return signal;
  }

  static any(signals) {
    const list = toSignalSequence(signals);
    const result = createSignal(false, undefined);
    for (let i = 0; i < list.length; i++) {
      if (list[i].#aborted) {
        result.#aborted = true;
        result.#reason = list[i].#reason;
        return result;
      }
    }
    result.#sources = [];
    for (let i = 0; i < list.length; i++) {
      const signal = list[i];
      if (signal.#sources === null) {
        link(signal, result);
      } else {
        const sources = signal.#sources;
        for (let j = 0; j < sources.length; j++) {
          if (!sources[j].#aborted) link(sources[j], result);
        }
      }
    }
    return result;
  }

  [kNewListener](size, type) {
    if (type === 'abort' && this.#sources !== null && !this.#aborted && size > 0) persistentSignals.add(this);
  }

  [kRemoveListener](size, type) {
    if (type === 'abort' && size === 0) persistentSignals.delete(this);
  }
}

function fireAbort(signal) {
  persistentSignals.delete(signal);
  FunctionPrototypeCall(dispatchEvent, signal, new Event('abort', { __proto__: null, [kTrustEvent]: true }));
}

// Web IDL `sequence<AbortSignal>`: any iterable object, each element an AbortSignal.
function toSignalSequence(signals) {
  if (signals === null || (typeof signals !== 'object' && typeof signals !== 'function')) {
    throw webidlError('signals cannot be converted to sequence.');
  }
  const method = signals[SymbolIterator];
  if (typeof method !== 'function') throw webidlError('signals cannot be converted to sequence.');
  const iterator = FunctionPrototypeCall(method, signals);
  const list = [];
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    const value = step.value;
    if (!isAbortSignal(value)) throw webidlError(`signals[${list.length}] is not of type AbortSignal.`);
    ArrayPrototypePush(list, value);
  }
  return list;
}

defineEventHandler(AbortSignal.prototype, 'abort');

ObjectDefineProperties(AbortSignal.prototype, {
  aborted: { __proto__: null, enumerable: true },
  [SymbolToStringTag]: {
    __proto__: null, value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
  },
});

class AbortController {
  #signal = undefined;

  get signal() {
    this.#signal ??= createSignal(false, undefined);
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= createSignal(false, undefined), reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

ObjectDefineProperties(AbortController.prototype, {
  signal: { __proto__: null, enumerable: true },
  abort: { __proto__: null, enumerable: true },
  [SymbolToStringTag]: {
    __proto__: null, value: 'AbortController', writable: false, enumerable: false, configurable: true,
  },
});

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  isAbortSignal,
};
