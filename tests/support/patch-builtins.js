'use strict';

// The robustness tests replace built-in methods with throwing functions, as user code may, and check that the
// library still gives the same results. The code here runs while those patches are being put in place or are in
// effect, so it touches nothing a patch list may name: index loops (for-of and destructuring call the array
// iterator), and Reflect's functions captured when this module loads.

const assert = require('assert');

const { defineProperty, getOwnPropertyDescriptor } = Reflect;

// `list` holds `[target, names]` pairs. Every named own property becomes a function that throws when called;
// the returned function puts the originals back.
function patchBuiltins(list) {
  const saved = [];
  for (let i = 0; i < list.length; i++) {
    const target = list[i][0];
    const names = list[i][1];
    for (let j = 0; j < names.length; j++) {
      const original = getOwnPropertyDescriptor(target, names[j]);
      // Restoring a property that was not there would need a delete; a misspelt name is the likelier cause.
      if (original === undefined) throw new TypeError(`patch list names ${String(names[j])}, which its target lacks`);
      saved[saved.length] = [target, names[j], original];
    }
  }
  for (let i = 0; i < saved.length; i++) {
    const name = saved[i][1];
    defineProperty(saved[i][0], name, {
      value: function patchedByUserCode() { throw new Error(`patched ${String(name)} was called`); },
      writable: true, configurable: true, enumerable: false,
    });
  }
  return () => {
    for (let i = saved.length - 1; i >= 0; i--) defineProperty(saved[i][0], saved[i][1], saved[i][2]);
  };
}

// Runs `scenario` (sync or async) once as is and once with `list` patched, and asserts that both runs give the
// same result. The comparison waits until the originals are back: Node's own assert does not survive the patches.
async function assertSameWhenPatched(list, scenario) {
  const results = [];
  let restore;
  try {
    for (let pass = 0; pass < 2; pass++) {
      if (pass === 1) restore = patchBuiltins(list);
      // Both passes call the scenario from this one line, so results that hold a stack name the same place.
      results[pass] = await scenario();
    }
  } finally {
    if (restore !== undefined) restore();
  }
  assert.deepStrictEqual(results[1], results[0]);
}

module.exports = { assertSameWhenPatched, patchBuiltins };
