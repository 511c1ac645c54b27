'use strict';

// The globals that the library defines, and where each one lives: the bootstrap installs them on the global
// object from this table, and the test harness (tests/support/lib-on-node.js) resolves `loadGlobal(name)` with it.
// Each entry names a library module id and the export that holds the value.

const { ObjectFreeze } = primordials;

function entry(module, exportName) {
  return ObjectFreeze({ __proto__: null, module, export: exportName });
}

module.exports = ObjectFreeze({
  __proto__: null,
  AbortController: entry('internal/abort_controller', 'AbortController'),
  AbortSignal: entry('internal/abort_controller', 'AbortSignal'),
  Blob: entry('internal/blob', 'Blob'),
  CustomEvent: entry('internal/event_target', 'CustomEvent'),
  Event: entry('internal/event_target', 'Event'),
  EventTarget: entry('internal/event_target', 'EventTarget'),
  File: entry('internal/blob', 'File'),
  atob: entry('buffer', 'atob'),
  btoa: entry('buffer', 'btoa'),
});
