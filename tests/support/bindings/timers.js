'use strict';

// Emulation of internalBinding('timers') on Node's public APIs (see runtime/lib/BINDINGS.md, section `timers`).

const { performance } = require('perf_hooks');

module.exports = {
  now: () => performance.now(),
  setUnrefTimeout: (callback, delay) => {
    setTimeout(callback, delay).unref();
  },
};
