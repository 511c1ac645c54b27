'use strict';

// addAbortSignal(signal, stream): destroys the stream with an AbortError when the signal aborts.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { addAbortListener, isNodeStream } = require('internal/streams/utils');

let eos;

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
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
