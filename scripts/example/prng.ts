/** Seeded PRNG (mulberry32): the example and the large workbook are the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one PRNG. */
export function picker(rand: () => number) {
  return {
    int: (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!,
    chance: (p: number): boolean => rand() < p,
    weighted: <T>(xs: readonly (readonly [T, number])[]): T => {
      const total = xs.reduce((s, [, w]) => s + w, 0);
      let r = rand() * total;
      for (const [x, w] of xs) if ((r -= w) < 0) return x;
      return xs[xs.length - 1]![0];
    },
  };
}
