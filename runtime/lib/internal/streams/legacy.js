'use strict';

// The pre-streams2 `Stream`: an EventEmitter with a naive pipe(). Every stream class inherits from it, and
// require('stream') is this constructor itself.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeUnshift,
  ObjectSetPrototypeOf,
  ReflectApply,
  ReflectOwnKeys,
} = primordials;

const EE = require('events');

function Stream(opts) {
  ReflectApply(EE, this, [opts]);
}
ObjectSetPrototypeOf(Stream.prototype, EE.prototype);
ObjectSetPrototypeOf(Stream, EE);

Stream.prototype.pipe = function(dest, options) {
  const source = this;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  source.on('data', ondata);

  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);

  // stdio is never ended by a pipe: other writers may still use it.
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }

  let didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }

  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }

  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);

  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);

  dest.emit('pipe', source);
  return dest;
};

// Only events that have listeners count: an `_events` table may hold keys whose listeners were all removed.
Stream.prototype.eventNames = function eventNames() {
  const events = this._events;
  const names = [];
  if (events == null) return names;
  const keys = ReflectOwnKeys(events);
  for (let i = 0; i < keys.length; i++) {
    const listeners = events[keys[i]];
    if (typeof listeners === 'function' || (ArrayIsArray(listeners) && listeners.length > 0)) {
      ArrayPrototypePush(names, keys[i]);
    }
  }
  return names;
};

// Emitters that predate prependListener still get the listener in front, through their `_events` table.
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  const events = emitter._events;
  if (!events || !events[event]) {
    emitter.on(event, fn);
  } else if (ArrayIsArray(events[event])) {
    ArrayPrototypeUnshift(events[event], fn);
  } else {
    events[event] = [fn, events[event]];
  }
}

module.exports = { Stream, prependListener };
