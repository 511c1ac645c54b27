'use strict';

// Runs rnode's builtin JavaScript library (runtime/lib) on Node.js, under the same contract the rnode runtime
// applies: every file is the body of `function (exports, require, module, process, internalBinding, primordials)`,
// `require` inside the library reaches library ids only (lazily, once), and `internalBinding(name)` returns a native
// binding object. Here the bindings are adapters over Node's public APIs (tests/support/bindings/<name>.js), and
// `process` is Node's own.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const libDir = path.join(__dirname, '..', '..', 'runtime', 'lib');
const bindingsDir = path.join(__dirname, 'bindings');
const parameters = ['exports', 'require', 'module', 'process', 'internalBinding', 'primordials'];

function compile(file, params) {
  return vm.compileFunction(fs.readFileSync(file, 'utf8'), params, { filename: file });
}

const primordials = {};
compile(path.join(libDir, 'internal', 'per_context', 'primordials.js'), ['primordials'])(primordials);
Object.freeze(primordials);

const bindingCache = new Map();
function internalBinding(name) {
  if (!bindingCache.has(name)) {
    const file = path.join(bindingsDir, `${name}.js`);
    if (!/^[a-z_]+$/.test(name) || !fs.existsSync(file)) {
      throw new Error(`No such binding: ${name}`);
    }
    bindingCache.set(name, require(file));
  }
  return bindingCache.get(name);
}

const moduleCache = new Map();
function loadBuiltin(id) {
  const cached = moduleCache.get(id);
  if (cached !== undefined) return cached.exports;
  const file = path.join(libDir, `${id}.js`);
  if (!/^[a-z_]+(\/[a-z_0-9-]+)*$/.test(id) || !fs.existsSync(file)) {
    const err = new Error(`No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  // Cached before it runs, so that cycles see the partial exports, as CommonJS does.
  const module = { id, exports: {}, loaded: false };
  moduleCache.set(id, module);
  try {
    compile(file, parameters)(module.exports, loadBuiltin, module, process, internalBinding, primordials);
  } catch (err) {
    moduleCache.delete(id);
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

// The globals the library defines, by the same table the runtime's bootstrap installs them from.
function loadGlobal(name) {
  const table = loadBuiltin('internal/bootstrap/web_globals');
  const entry = table[name];
  if (entry === undefined) throw new Error(`rnode's library does not define the global ${name}`);
  return loadBuiltin(entry.module)[entry.export];
}

module.exports = { loadBuiltin, loadGlobal, primordials };
