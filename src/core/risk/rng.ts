// A small, fast, seedable random number generator (sfc32, Chris Doty-Humphrey's "small fast
// chaotic" generator): 128 bits of state, 32-bit integer arithmetic only, the same numbers in Node
// and every browser. Each proposal draws from its own stream, seeded from the simulation's seed and
// the proposal's ref, so its risk picture is the same alone (the editor) and in a round.

export interface Rng {
  /** A uniform number in (0, 1), never exactly 0 or 1. */
  next(): number;
}

/** 32-bit FNV-1a of a text, mixed with a seed. */
export function hashSeed(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function sfc32(seed: number): Rng {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const step = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up: the first outputs of a fresh state are correlated with the seed.
  for (let i = 0; i < 15; i++) step();
  return { next: () => (step() + 0.5) / 4294967296 };
}
