/** Deterministic PRNG (mulberry32) so generated questionnaires are the same on every run. */
export function prng(seed: number): { next(): number; int(lo: number, hi: number): number; pick<T>(a: readonly T[]): T; chance(p: number): boolean } {
  let s = seed >>> 0
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (a) => a[Math.floor(next() * a.length)],
    chance: (p) => next() < p
  }
}
