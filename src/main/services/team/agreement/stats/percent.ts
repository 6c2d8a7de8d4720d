import { isMissing, type Rating } from './types'

/**
 * Mean pairwise percent agreement, as a fraction 0..1. `ratings` is coders × units; a unit counts
 * when at least two coders rated it, and its agreement is the share of agreeing coder pairs.
 * With two coders this is simply the share of jointly rated units on which they agree.
 */
export function percentAgreement(ratings: Rating[][]): number | null {
  const units = Math.max(0, ...ratings.map((r) => r.length))
  let sum = 0
  let counted = 0
  for (let u = 0; u < units; u++) {
    const vals = ratings.map((r) => r[u]).filter((v) => !isMissing(v))
    if (vals.length < 2) continue
    let agree = 0
    let pairs = 0
    for (let i = 0; i < vals.length; i++)
      for (let j = i + 1; j < vals.length; j++) {
        pairs++
        if (vals[i] === vals[j]) agree++
      }
    sum += agree / pairs
    counted++
  }
  return counted === 0 ? null : sum / counted
}

/** Brennan & Prediger (1981) kappa: chance agreement fixed at 1/q for q categories (MAXQDA's choice). */
export function brennanPrediger(observed: number, categories: number): number | null {
  if (categories < 2) return null
  const pc = 1 / categories
  return (observed - pc) / (1 - pc)
}
