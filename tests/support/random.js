'use strict';

// The seeded generator every generated test draws from. A fixed algorithm (mulberry32) rather than Math.random()
// so that a failing case can be replayed from its seed, and the same one everywhere so that a seed means the same
// sequence in every test file.

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6D2B79F5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

module.exports = { prng };
