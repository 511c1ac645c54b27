'use strict';

// addAbortSignal(signal, stream): destroys the stream with an AbortError when the signal aborts.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { addAbortListener, isNodeStream } = require('internal/streams/utils');

let eos;

// Stricter than validateAbortSignal about undefined (a signal is required here), and, as in Node, `null` gets
// as far as the `in` test and fails there with a plain TypeError.
function validateSignal(signal) {
  if (typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateSignal(signal);
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    eos ??= require('internal/streams/end-of-stream');
    // Once the stream is done the signal no longer needs to hold on to it.
    const stopListening = addAbortListener(signal, onAbort);
    eos(stream, stopListening);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
