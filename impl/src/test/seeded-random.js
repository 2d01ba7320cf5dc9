// The fixed-seed generator both reference scripts draw their inputs from (amp-cache/reference.js,
// whatwg-url/reference.js), so that each golden file is the same on every platform and run.
'use strict';

/** mulberry32: a small PRNG whose output never depends on the platform. */
function seeded(seed) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    random,
    pick: (list) => list[Math.floor(random() * list.length)],
    chance: (p) => random() < p,
  };
}

module.exports = {seeded};
