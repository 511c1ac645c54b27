'use strict';

// EventTarget, Event and CustomEvent (the DOM's, for a target without a tree: events are only ever dispatched at
// their target, so the phase during dispatch is AT_TARGET and composedPath() is [target]).
//
// Errors thrown by listeners do not reach dispatchEvent's caller: like a browser reporting them, the error is
// re-thrown from a process.nextTick callback, where it becomes an 'uncaughtException'. A listener that returns a
// rejecting thenable is reported the same way.

const {
  ArrayPrototypePush,
  Boolean,
  FunctionPrototypeCall,
  NumberIsInteger,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  PromisePrototypeThen,
  PromiseResolve,
  ReflectApply,
  SafeMap,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
  TypeError,
} = primordials;

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
  genericNodeError,
} = require('internal/errors');
const {
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowNullable,
  validateAbortSignal,
  validateObject,
} = require('internal/validators');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const kIsEventTarget = SymbolFor('nodejs.event_target');
const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
// Internal options: `new Event(type, { [kTrustEvent]: true })` makes isTrusted true (events the runtime itself
// fires, such as 'abort'); a listener added with `[kResistStopPropagation]: true` still runs after
// stopImmediatePropagation() (the library's own listeners on AbortSignals).
const kTrustEvent = Symbol('kTrustEvent');
const kResistStopPropagation = Symbol('kResistStopPropagation');
// Hooks called after a listener was added or removed, with the new number of listeners for the type: AbortSignal
// uses them to keep dependent signals that have 'abort' listeners alive.
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');

const kEmptyObject = ObjectFreeze({ __proto__: null });
const kAllowAnyObject = kValidateObjectAllowArray | kValidateObjectAllowFunction | kValidateObjectAllowNullable;
const kEnumerable = ObjectFreeze({ __proto__: null, enumerable: true });

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect;
}

const timers = internalBinding('timers');

// Errors from Web IDL conversions are plain TypeErrors with a code, without the code in the stack's first line.
function webidlError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function toDOMString(value) {
  if (typeof value === 'symbol') throw webidlError('Value is a Symbol and cannot be converted to a string.');
  return `${value}`;
}

function inspectDepth(options) {
  return { ...options, depth: NumberIsInteger(options.depth) ? options.depth - 1 : options.depth };
}

const NONE = 0;
const AT_TARGET = 2;

let isEvent;
let eventDispatchStart;
let eventDispatchEnd;
let eventLeaveTarget;
let eventStoppedImmediately;
let eventSetPassive;
let eventIsDispatching;
let eventType;
let eventNotPrevented;

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

class Event {
  #type;
  #cancelable;
  #bubbles;
  #composed;
  #trusted;
  #timeStamp;
  #defaultPrevented = false;
  #propagationStopped = false;
  #stoppedImmediately = false;
  #inPassiveListener = false;
  #target = null;
  #dispatching = false;
  // Node 24 shows the event at its target (currentTarget, eventPhase AT_TARGET, composedPath) to the first
  // listener only; later listeners of the same dispatch see it as not being dispatched. Kept for fidelity.
  #atTarget = false;

  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #type in value;
    eventDispatchStart = (event, target) => {
      event.#target = target;
      event.#dispatching = true;
      event.#atTarget = true;
    };
    eventLeaveTarget = (event) => {
      event.#atTarget = false;
    };
    eventDispatchEnd = (event) => {
      event.#dispatching = false;
      event.#atTarget = false;
    };
    eventStoppedImmediately = (event) => event.#stoppedImmediately;
    eventSetPassive = (event, passive) => {
      event.#inPassiveListener = passive;
    };
    eventIsDispatching = (event) => event.#dispatching;
    eventType = (event) => event.#type;
    eventNotPrevented = (event) => !(event.#cancelable && event.#defaultPrevented);
  }

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined && options !== null) validateObject(options, 'options');
    this.#bubbles = Boolean(options?.bubbles);
    this.#cancelable = Boolean(options?.cancelable);
    this.#composed = Boolean(options?.composed);
    this.#trusted = options?.[kTrustEvent] === true;
    this.#type = `${type}`;
    this.#timeStamp = timers.now();
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    checkEvent(this);
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  [customInspectSymbol](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${lazyInspect()({
      type: this.#type,
      defaultPrevented: this.#cancelable && this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, inspectDepth(options))}`;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
    this.#stoppedImmediately = true;
  }

  preventDefault() {
    checkEvent(this);
    if (this.#cancelable && !this.#inPassiveListener) this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this.#target;
  }

  get currentTarget() {
    checkEvent(this);
    return this.#atTarget ? this.#target : null;
  }

  get srcElement() {
    checkEvent(this);
    return this.#target;
  }

  get type() {
    checkEvent(this);
    return this.#type;
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timeStamp;
  }

  composedPath() {
    checkEvent(this);
    return this.#atTarget ? [this.#target] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  set returnValue(value) {
    checkEvent(this);
    if (!value) this.preventDefault();
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this.#atTarget ? AT_TARGET : NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    return isEvent(this) && this.#trusted;
  }
}

ObjectDefineProperties(Event.prototype, {
  initEvent: kEnumerable,
  stopImmediatePropagation: kEnumerable,
  preventDefault: kEnumerable,
  target: kEnumerable,
  currentTarget: kEnumerable,
  srcElement: kEnumerable,
  type: kEnumerable,
  cancelable: kEnumerable,
  defaultPrevented: kEnumerable,
  timeStamp: kEnumerable,
  composedPath: kEnumerable,
  returnValue: kEnumerable,
  bubbles: kEnumerable,
  composed: kEnumerable,
  eventPhase: kEnumerable,
  cancelBubble: kEnumerable,
  stopPropagation: kEnumerable,
  // [LegacyUnforgeable] in the DOM: it cannot be redefined.
  isTrusted: { __proto__: null, enumerable: true, configurable: false },
  [SymbolToStringTag]: { __proto__: null, value: 'Event', writable: false, enumerable: false, configurable: true },
});

function phaseConstant(value) {
  return { __proto__: null, value, writable: false, enumerable: true, configurable: false };
}
ObjectDefineProperties(Event, {
  NONE: phaseConstant(0),
  CAPTURING_PHASE: phaseConstant(1),
  AT_TARGET: phaseConstant(2),
  BUBBLING_PHASE: phaseConstant(3),
});

class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

ObjectDefineProperties(CustomEvent.prototype, {
  detail: kEnumerable,
  [SymbolToStringTag]: {
    __proto__: null, value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
  },
});

// The listeners of one type, in a doubly linked list. A dispatch walks the live list, reading each node's `next`
// before calling it, so listeners added during the dispatch run in it too unless they were added while the last
// node ran (Node's behaviour); a removed node is flagged and unlinked but keeps its `next`, so a dispatch that
// holds it can go on.
class ListenerList {
  constructor() {
    this.head = null;
    this.tail = null;
    this.size = 0;
  }
}

class Listener {
  constructor(callback, capture, once, passive, resist) {
    this.callback = callback;
    this.capture = capture;
    this.once = once;
    this.passive = passive;
    this.resist = resist;
    this.removed = false;
    this.previous = null;
    this.next = null;
  }
}

function reportError(err) {
  process.nextTick(() => {
    throw err;
  });
}

function catchRejection(result) {
  try {
    const then = result.then;
    if (typeof then === 'function') FunctionPrototypeCall(then, result, undefined, reportError);
  } catch (err) {
    reportError(err);
  }
}

function reportLater(err) {
  PromisePrototypeThen(PromiseResolve(), () => reportError(err));
}

function callListener(target, listener, event) {
  const callback = listener.callback;
  if (listener.passive) eventSetPassive(event, true);
  if (typeof callback === 'function') {
    try {
      const result = ReflectApply(callback, target, [event]);
      if (result !== undefined && result !== null) catchRejection(result);
    } catch (err) {
      reportError(err);
    }
  } else if (callback.handleEvent !== undefined) {
    // An object without handleEvent is skipped; errors from handleEvent are reported one microtask later than
    // those of function listeners, which is the order Node reports them in.
    try {
      const result = ReflectApply(callback.handleEvent, callback, [event]);
      if (result !== undefined && result !== null) catchRejection(result);
    } catch (err) {
      reportLater(err);
    }
  }
  if (listener.passive) eventSetPassive(event, false);
}

// `options` as addEventListener takes it: a boolean (capture) or a dictionary.
function listenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  validateObject(options, 'options', kAllowAnyObject);
  const once = Boolean(options?.once);
  const capture = Boolean(options?.capture);
  const passive = Boolean(options?.passive);
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  return { capture, once, passive, signal, resist: Boolean(options?.[kResistStopPropagation]) };
}

// Whether `listener` can be registered: a function or an object (whose handleEvent is looked up at dispatch).
function isListenerValue(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (typeof listener === 'object' && listener !== null) return true;
  if (listener === null || listener === undefined) return false;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

let isEventTarget;
let getListeners;

class EventTarget {
  // type -> ListenerList, created on the first addEventListener.
  #listeners = null;
  // type -> { handler } for the `on<type>` attributes.
  #handlers = null;

  static [kIsEventTarget] = true;

  static {
    isEventTarget = (value) => value !== null && typeof value === 'object' && #listeners in value;
    getListeners = (target, type) => {
      const list = target.#listeners?.get(`${type}`);
      const result = [];
      for (let node = list?.head ?? null; node !== null; node = node.next) ArrayPrototypePush(result, node.callback);
      return result;
    };
  }

  constructor() {
    this[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
    this[kMaxEventTargetListenersWarned] = false;
  }

  [kNewListener](size, type) {}

  [kRemoveListener](size, type) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { capture, once, passive, signal, resist } = listenerOptions(options);
    if (signal !== undefined) {
      if (signal.aborted) return;
      // Registered before anything else is checked, and so ahead of a listener that the signal itself carries:
      // that one is removed before its own 'abort' event reaches it (Node's order).
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options),
        { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
    if (!isListenerValue(listener)) {
      const warning = genericNodeError(`addEventListener called with ${listener} which has no effect.`,
        { name: 'AddEventListenerArgumentTypeWarning', target: this, type });
      process.emitWarning(warning);
      return;
    }
    type = toDOMString(type);

    this.#listeners ??= new SafeMap();
    let list = this.#listeners.get(type);
    if (list === undefined) {
      list = new ListenerList();
      this.#listeners.set(type, list);
    } else if (findListener(list, listener, capture) !== null) {
      return;
    }
    const node = new Listener(listener, capture, once, passive, resist);
    if (list.tail === null) {
      list.head = node;
    } else {
      list.tail.next = node;
      node.previous = list.tail;
    }
    list.tail = node;
    const size = ++list.size;
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = genericNodeError(
        `Possible EventTarget memory leak detected. ${size} ${type} listeners added to ` +
        `${lazyInspect()(this, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase ` +
        'limit', { name: 'MaxListenersExceededWarning', target: this, type, count: size });
      process.emitWarning(warning);
    }
    this[kNewListener](size, type);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!isListenerValue(listener)) return;
    type = toDOMString(type);
    // Node 24 reads only `options.capture === true` here: a boolean `options` (or a truthy non-true capture)
    // removes the non-capture registration, unlike addEventListener, which takes both forms.
    const capture = options?.capture === true;
    const list = this.#listeners?.get(type);
    if (list === undefined) return;
    const node = findListener(list, listener, capture);
    if (node !== null) this.#remove(type, list, node);
  }

  #remove(type, list, node) {
    node.removed = true;
    if (node.previous === null) {
      list.head = node.next;
    } else {
      node.previous.next = node.next;
    }
    if (node.next === null) {
      list.tail = node.previous;
    } else {
      node.next.previous = node.previous;
    }
    if (--list.size === 0) this.#listeners.delete(type);
    this[kRemoveListener](list.size, type);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const type = eventType(event);
    if (eventIsDispatching(event)) throw new ERR_EVENT_RECURSION(type);

    eventDispatchStart(event, this);
    const list = this.#listeners?.get(type);
    let node = list?.head ?? null;
    while (node !== null) {
      // Taken before the call: a listener appended while the last one runs is not reached.
      const next = node.next;
      if (!node.removed && (node.resist || !eventStoppedImmediately(event))) {
        if (node.once) this.#remove(type, list, node);
        callListener(this, node, event);
        eventLeaveTarget(event);
      }
      node = next;
    }
    eventDispatchEnd(event);
    return eventNotPrevented(event);
  }

  [customInspectSymbol](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${lazyInspect()({}, inspectDepth(options))}`;
  }

  // The `on<type>` attribute: one listener, registered the first time the attribute is set, that calls whatever
  // the attribute holds when the event fires (so it keeps its place among the other listeners).
  static defineEventHandler(prototype, type) {
    ObjectDefineProperty(prototype, `on${type}`, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
        return this.#handlers?.get(type)?.handler ?? null;
      },
      set(value) {
        if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
        this.#handlers ??= new SafeMap();
        const existing = this.#handlers.get(type);
        if (existing !== undefined) {
          existing.handler = value;
          return;
        }
        const slot = { handler: value };
        this.#handlers.set(type, slot);
        this.addEventListener(type, function(event) {
          const handler = slot.handler;
          if (typeof handler === 'function') return ReflectApply(handler, this, [event]);
        });
      },
    });
  }
}

function findListener(list, callback, capture) {
  for (let node = list.head; node !== null; node = node.next) {
    if (node.callback === callback && node.capture === capture) return node;
  }
  return null;
}

ObjectDefineProperties(EventTarget.prototype, {
  addEventListener: kEnumerable,
  removeEventListener: kEnumerable,
  dispatchEvent: kEnumerable,
  [SymbolToStringTag]: {
    __proto__: null, value: 'EventTarget', writable: false, enumerable: false, configurable: true,
  },
});

const { defineEventHandler } = EventTarget;
delete EventTarget.defineEventHandler;

module.exports = {
  CustomEvent,
  Event,
  EventTarget,
  defineEventHandler,
  getListeners,
  isEvent,
  isEventTarget,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  webidlError,
};
