'use strict';

// The one way tests reach rnode's library. Under rnode the builtins are the real modules and globals; under Node.js
// they come from tests/support/lib-on-node.js, which evaluates rnode's files under the same contract.
// Differential tests compare `builtin(id)` with `reference(id)` (Node's own module).

const underRnode = typeof process.versions.rnode === 'string';

let harness;
function lib() {
  harness ??= require('./lib-on-node.js');
  return harness;
}

function builtin(id) {
  return underRnode ? require(id) : lib().loadBuiltin(id);
}

function builtinGlobal(name) {
  return underRnode ? globalThis[name] : lib().loadGlobal(name);
}

function reference(id) {
  return require(`node:${id}`);
}

module.exports = { builtin, builtinGlobal, reference, underRnode };
