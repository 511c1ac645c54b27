'use strict';

// The `events` module: EventEmitter and the helpers that work on both emitters and EventTargets.
//
// Listener storage follows the layout npm packages read directly: `emitter._events` is a null-prototype object that
// maps an event name to one function, or to an array of functions once there are several; `_eventsCount` counts the
// names. A `once` listener is stored as a bound wrapper whose `listener` property is the user's function.
//
// Arrays are copy-on-write while they are being emitted: emit() walks the array in place and counts itself in the
// array's `kEmitting` property; adding or removing a listener meanwhile stores a modified copy instead, so the emit
// under way still sees the listeners it started with, and no emit needs to copy the array.
//
// "Shape mode": an object that set up `_events` itself before calling the constructor (as streams do, pre-filling
// the names they use with `undefined` so the object keeps one hidden class) keeps its object, and names are set
// back to `undefined` instead of being deleted.

const {
  Array,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeUnshift,
  Boolean,
  Error,
  ErrorCaptureStackTrace,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  NumberMAX_SAFE_INTEGER,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  ReflectApply,
  ReflectOwnKeys,
  String,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  Symbol,
  SymbolAsyncIterator,
  SymbolDispose,
  SymbolFor,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_UNHANDLED_ERROR,
  },
  genericNodeError,
  kEnhanceStackBeforeInspector,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = SymbolFor('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = SymbolFor('nodejs.watermarkData');
const kEmitting = Symbol('events.emitting');
const kEmptyObject = ObjectFreeze({ __proto__: null });

let defaultMaxListeners = 10;

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect;
}

let eventTargetModule;
function lazyEventTarget() {
  eventTargetModule ??= require('internal/event_target');
  return eventTargetModule;
}

// Inline rather than validateFunction: this runs on every on/off, and the shared validators' stack-trace wrapper
// allocates.
function checkListener(listener) {
  if (typeof listener !== 'function') throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
}

// `EventEmitter.init` is public and may be replaced, so the constructor calls whatever it holds; while it is the
// original, the call is a direct one (a call through the uncurried Function.prototype.call is not inlined).
function EventEmitter(opts) {
  const initFn = EventEmitter.init;
  if (initFn === init) {
    initEmitter(this, opts);
  } else {
    FunctionPrototypeCall(initFn, this, opts);
  }
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
ObjectDefineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null, value: false, writable: true, enumerable: false, configurable: false,
});

function initEmitter(emitter, opts) {
  if (emitter._events === undefined || emitter._events === ObjectGetPrototypeOf(emitter)._events) {
    emitter._events = { __proto__: null };
    emitter._eventsCount = 0;
    emitter[kShapeMode] = false;
  } else {
    emitter[kShapeMode] = true;
  }
  emitter._maxListeners = emitter._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    emitter[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Read from the prototype so that the static `captureRejections` switch applies to new emitters.
    emitter[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function init(opts) {
  initEmitter(this, opts);
}

function emitRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    ReflectApply(emitter[kRejection], emitter, [err, type, ...new primordials.SafeArrayIterator(args)]);
    return;
  }
  // The 'error' event that reports the rejection must not itself be captured again, or a rejecting 'error'
  // listener would loop.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

// A listener of an emitter with captureRejections returned something: if it is a thenable, report its rejection
// on the next tick through the emitter.
function addCatch(emitter, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      FunctionPrototypeCall(then, promise, undefined, (err) => {
        process.nextTick(emitRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function getMaxListenersOf(emitter) {
  const max = emitter._maxListeners;
  return max === undefined ? defaultMaxListeners : max;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

// The stack of an unhandled 'error' shows where the error was made; for the report of the uncaught exception, add
// where it was emitted.
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // An emitter without a readable constructor name is reported without it.
  }
  const ownStack = own.stack;
  const frames = StringPrototypeSlice(ownStack, StringPrototypeIndexOf(ownStack, '\n') + 1);
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${frames}`;
}

function throwUnhandledError(emitter, args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) {
    try {
      const own = {};
      ErrorCaptureStackTrace(own, emit);
      ObjectDefineProperty(er, kEnhanceStackBeforeInspector, {
        __proto__: null,
        value: FunctionPrototypeBind(enhanceStackTrace, emitter, er, own),
        configurable: true,
      });
    } catch {
      // A frozen or exotic error is thrown without the extra context.
    }
    throw er; // Unhandled 'error' event
  }
  let described;
  try {
    described = lazyInspect()(er);
  } catch {
    described = er;
  }
  const err = new ERR_UNHANDLED_ERROR(described);
  err.context = er;
  throw err;
}

function emit(type, ...args) {
  const events = this._events;
  let doError = type === 'error';
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) {
      ReflectApply(this.emit, this, [kErrorMonitor, ...new primordials.SafeArrayIterator(args)]);
    }
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) throwUnhandledError(this, args);

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = ReflectApply(handler, this, args);
    if (result !== undefined && result !== null && this[kCapture] === true) addCatch(this, result, type, args);
  } else {
    const len = handler.length;
    handler[kEmitting]++;
    try {
      for (let i = 0; i < len; ++i) {
        const result = ReflectApply(handler[i], this, args);
        if (result !== undefined && result !== null && this[kCapture] === true) addCatch(this, result, type, args);
      }
    } finally {
      handler[kEmitting]--;
    }
  }
  return true;
}
EventEmitter.prototype.emit = emit;

function warnMaxListeners(emitter, type, count, max) {
  const name = lazyInspect()(emitter, { depth: -1 });
  const warning = genericNodeError(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
    `added to ${name}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`,
    { name: 'MaxListenersExceededWarning', emitter, type, count });
  process.emitWarning(warning);
}

// The copy that replaces an array being emitted.
function copyList(list) {
  const copy = ArrayPrototypeSlice(list);
  if (list.warned) copy.warned = true;
  copy[kEmitting] = 0;
  return copy;
}

function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      // A 'newListener' listener may have replaced the object.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = prepend ? [listener, existing] : [existing, listener];
    existing[kEmitting] = 0;
    events[type] = existing;
  } else {
    if (existing[kEmitting] > 0) existing = events[type] = copyList(existing);
    if (prepend) {
      ArrayPrototypeUnshift(existing, listener);
    } else {
      ArrayPrototypePush(existing, listener);
    }
  }
  const max = getMaxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    warnMaxListeners(target, type, existing.length, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return FunctionPrototypeCall(this.listener, this.target);
    return ReflectApply(this.listener, this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = FunctionPrototypeBind(onceWrapper, state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
      return this;
    } else {
      delete events[type];
    }
    if (events.removeListener !== undefined) this.emit('removeListener', type, list.listener || listener);
    return this;
  }
  if (typeof list === 'function') return this;

  // The most recently added match goes first, so that on/off pairs nest.
  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  const target = list[kEmitting] > 0 ? (events[type] = copyList(list)) : list;
  if (position === 0) {
    ArrayPrototypeShift(target);
  } else {
    for (let i = position + 1; i < target.length; i++) target[i - 1] = target[i];
    ArrayPrototypePop(target);
  }
  if (target.length === 1) events[type] = target[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners nobody observes the removals: drop the lists at once.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) {
        this._events = { __proto__: null };
      } else {
        delete events[type];
      }
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    const keys = ReflectOwnKeys(events);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function unwrapListeners(list) {
  const result = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const original = list[i].listener;
    result[i] = typeof original === 'function' ? original : list[i];
  }
  return result;
}

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return unwrap ? unwrapListeners(list) : ArrayPrototypeSlice(list);
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (typeof list === 'function') {
    if (listener != null) return listener === list || listener === list.listener ? 1 : 0;
    return 1;
  }
  if (list === undefined) return 0;
  if (listener == null) return list.length;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === listener || list[i].listener === listener) count++;
  }
  return count;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
};

// Deprecated static form, kept for old callers: events.listenerCount(emitter, type).
const staticListenerCount = function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  const eventTarget = lazyEventTarget();
  if (eventTarget.isEventTarget(emitter)) return eventTarget.getListeners(emitter, type).length;
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
};

// Adds a listener to an EventEmitter or an EventTarget. `flags` may carry `once` and the EventTarget options.
function agnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) {
      emitter.once(name, listener);
    } else {
      emitter.on(name, listener);
    }
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function agnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// Listener options for internal listeners on AbortSignals: they run even if a user listener stops propagation.
function internalOnceFlags() {
  return { __proto__: null, once: true, [lazyEventTarget().kResistStopPropagation]: true };
}

// Settles like an async function that returns `inner`: two microtasks after `inner` (V8 resolves the outer promise
// through a job that calls `then` on the inner one), so callers see Node's ordering, without calling the
// patchable `inner.then`.
function settleAsAsyncReturn(inner) {
  return new Promise((resolve, reject) => {
    PromisePrototypeThen(PromiseResolve(), () => {
      PromisePrototypeThen(inner, resolve, reject);
    });
  });
}

// Not an async function: returning a promise from one would call its (patchable) `then`.
function once(emitter, name, options = kEmptyObject) {
  let signal;
  try {
    validateObject(options, 'options');
    signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
  } catch (err) {
    return PromiseReject(err);
  }
  if (signal?.aborted) return PromiseReject(new AbortError(undefined, { cause: signal.reason }));
  return settleAsAsyncReturn(new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) agnosticRemoveListener(signal, 'abort', abortListener);
      resolve(args);
    };
    function abortListener() {
      agnosticRemoveListener(emitter, name, resolver);
      agnosticRemoveListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }

    const isTarget = typeof emitter.on !== 'function' && typeof emitter.addEventListener === 'function';
    agnosticAddListener(emitter, name, resolver, isTarget ? internalOnceFlags() : { __proto__: null, once: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    if (signal != null) agnosticAddListener(signal, 'abort', abortListener, internalOnceFlags());
  }));
}

// A FIFO with O(1) amortised push and shift.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(value) {
    ArrayPrototypePush(this.items, value);
  }

  shift() {
    const value = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = ArrayPrototypeSlice(this.items, this.head);
      this.head = 0;
    }
    return value;
  }
}
ObjectSetPrototypeOf(Queue.prototype, null);

function iterResult(value, done) {
  return { value, done };
}

function on(emitter, event, options = kEmptyObject) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? NumberMAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  const closeEvents = options.close;

  const iterator = ObjectSetPrototypeOf({
    next() {
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return PromiseResolve(iterResult(value, false));
      }
      if (error) {
        const rejected = PromiseReject(error);
        error = null;
        return rejected;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [SymbolAsyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() {
        return unconsumedEvents.length;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, primordials.AsyncIteratorPrototype);

  const isTarget = typeof emitter.on !== 'function' && typeof emitter.addEventListener === 'function';
  const listenerFlags = isTarget ? { __proto__: null, [lazyEventTarget().kResistStopPropagation]: true } : undefined;
  agnosticAddListener(emitter, event, eventHandler, listenerFlags);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) agnosticAddListener(emitter, closeEvents[i], closeHandler);
  }
  if (signal) agnosticAddListener(signal, 'abort', abortListener, internalOnceFlags());

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(...args) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(iterResult(args, false));
      return;
    }
    unconsumedEvents.push(args);
    if (!paused && unconsumedEvents.length > highWatermark) {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().reject(err);
    } else {
      error = err;
    }
    closeHandler();
  }

  function closeHandler() {
    agnosticRemoveListener(emitter, event, eventHandler, listenerFlags);
    agnosticRemoveListener(emitter, 'error', errorHandler);
    if (closeEvents?.length) {
      for (let i = 0; i < closeEvents.length; i++) agnosticRemoveListener(emitter, closeEvents[i], closeHandler);
    }
    if (signal) agnosticRemoveListener(signal, 'abort', abortListener);
    finished = true;
    const done = iterResult(undefined, true);
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return PromiseResolve(done);
  }

  return iterator;
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  const eventTarget = lazyEventTarget();
  if (eventTarget.isEventTarget(emitterOrTarget)) return eventTarget.getListeners(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return getMaxListenersOf(emitterOrTarget);
  if (lazyEventTarget().isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// The length of this function is 0, as Node's: both arguments are optional.
function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (lazyEventTarget().isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    PromisePrototypeThen(PromiseResolve(), () => listener());
  } else {
    signal.addEventListener('abort', listener, internalOnceFlags());
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      remove?.();
    },
  };
}

module.exports = EventEmitter;

// Node's `init` and static `setMaxListeners` are anonymous functions; programs that print them see ''.
ObjectDefineProperty(init, 'name', { __proto__: null, value: '', configurable: true });
ObjectDefineProperty(setMaxListeners, 'name', { __proto__: null, value: '', configurable: true });

function data(value) {
  return { __proto__: null, value, enumerable: true, writable: true, configurable: true };
}

// In Node's order, which `Object.keys(require('events'))` shows.
ObjectDefineProperties(EventEmitter, {
  addAbortListener: data(addAbortListener),
  once: data(once),
  on: data(on),
  getEventListeners: data(getEventListeners),
  getMaxListeners: data(getMaxListeners),
  listenerCount: data(staticListenerCount),
  EventEmitter: data(EventEmitter),
  usingDomains: data(false),
  captureRejectionSymbol: data(kRejection),
  captureRejections: {
    __proto__: null,
    enumerable: true,
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
  },
  errorMonitor: data(kErrorMonitor),
  defaultMaxListeners: {
    __proto__: null,
    enumerable: true,
    get() {
      return defaultMaxListeners;
    },
    set(value) {
      validateNumber(value, 'defaultMaxListeners', 0);
      defaultMaxListeners = value;
    },
  },
  kMaxEventTargetListeners: {
    __proto__: null, value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
  setMaxListeners: data(setMaxListeners),
  init: data(init),
});
