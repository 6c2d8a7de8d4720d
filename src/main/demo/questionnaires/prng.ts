/** Deterministic PRNG (mulberry32): the demo questionnaires are byte-for-byte the same on every run. */
export interface Rng {
  next(): number
  int(lo: number, hi: number): number
  pick<T>(a: readonly T[]): T
  chance(p: number): boolean
  /** Index drawn with the given (unnormalised) weights. */
  weighted(weights: readonly number[]): number
}

export function prng(seed: number): Rng {
  let s = seed >>> 0
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const weighted = (weights: readonly number[]): number => {
    const total = weights.reduce((a, b) => a + b, 0)
    let x = next() * total
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]
      if (x < 0) return i
    }
    return weights.length - 1
  }
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (a) => a[Math.floor(next() * a.length)],
    chance: (p) => next() < p,
    weighted
  }
}
