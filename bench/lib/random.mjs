// A seeded pseudo-random source (sfc32, seeded through splitmix32), so that a corpus depends only on its
// seed and post count: Math.random() would give a different corpus on every run and machine.

function splitmix32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Creates a random source: `float()` in [0, 1), `int(lo, hi)` inclusive, `pick`, `chance`, `sample`. */
export function createRandom(seed) {
  const seeder = splitmix32(Math.trunc(seed));
  let a = seeder();
  let b = seeder();
  let c = seeder();
  let d = seeder();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Let the state mix before the first value is used.
  for (let i = 0; i < 12; i++) next();
  const float = () => next() / 4294967296;
  const int = (lo, hi) => lo + Math.floor(float() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(float() * list.length)];
  const chance = (probability) => float() < probability;
  const sample = (list, count) => {
    const rest = [...list];
    const chosen = [];
    while (chosen.length < count && rest.length > 0) chosen.push(rest.splice(Math.floor(float() * rest.length), 1)[0]);
    return chosen;
  };
  return { float, int, pick, chance, sample };
}
