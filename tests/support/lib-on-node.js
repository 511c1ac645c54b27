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

// The loader's own state uses primordials too: the robustness tests patch Map.prototype methods after loading.
const { SafeMap } = primordials;

// Every library id and binding and its file, found once: loading a module later must not go through Node's
// `path`, which does not survive the robustness tests' patches of Array.prototype methods.
const bindingFiles = new SafeMap();
for (const name of fs.readdirSync(bindingsDir)) {
  if (name.endsWith('.js')) bindingFiles.set(name.slice(0, -3), path.join(bindingsDir, name));
}

const bindingCache = new SafeMap();
function internalBinding(name) {
  if (!bindingCache.has(name)) {
    const file = bindingFiles.get(name);
    if (file === undefined) throw new Error(`No such binding: ${name}`);
    bindingCache.set(name, require(file));
  }
  return bindingCache.get(name);
}

const libraryFiles = new SafeMap();
(function index(dir, prefix) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      index(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    } else if (entry.name.endsWith('.js')) {
      libraryFiles.set(`${prefix}${entry.name.slice(0, -3)}`, path.join(dir, entry.name));
    }
  }
})(libDir, '');

const moduleCache = new SafeMap();
function loadBuiltin(id) {
  const cached = moduleCache.get(id);
  if (cached !== undefined) return cached.exports;
  const file = libraryFiles.get(id);
  if (file === undefined) {
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
