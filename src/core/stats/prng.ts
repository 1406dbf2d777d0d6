// Seeded pseudo-random numbers for simulations. Core code never calls Math.random: the caller
// passes a generator, so the same seed gives the same probabilities in tests, reports and the API.

export type RandomSource = () => number;

/** mulberry32: a 32-bit state generator, uniform on [0, 1), fast and good enough for bootstraps. */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
