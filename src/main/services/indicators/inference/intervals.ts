import { tQuantileOf, zQuantile } from './distributions'

/** 95 % everywhere in the report: the level evaluators and their readers expect. */
export const CONFIDENCE = 0.95
const Z = zQuantile(1 - (1 - CONFIDENCE) / 2)

/**
 * Kish's effective sample size of a weighted base, (Σw)² / Σw²: the number of unweighted
 * respondents that would give the same precision. Equals n when every weight is equal.
 */
export function kishEffective(sumW: number, sumW2: number): number {
  return sumW2 > 0 ? (sumW * sumW) / sumW2 : 0
}

/**
 * Wilson's score interval for a proportion p (0–1) on a base n (Wilson 1927; method 3 of
 * Newcombe 1998, Statistics in Medicine 17:857–872). Unlike the Wald interval it stays inside 0–1
 * and keeps its coverage for small n and for p near 0 or 1. With weights, n is Kish's effective n.
 */
export function wilson(p: number, n: number): [number, number] | null {
  if (!(n > 0) || !(p >= 0 && p <= 1)) return null
  const z2 = Z * Z
  const d = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / d
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / d
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

/** Student-t interval for a mean: mean ± t(0.975, n−1) · sd / √n; none below two cases. */
export function tMean(mean: number, sd: number, n: number): [number, number] | null {
  if (!(n >= 2) || !Number.isFinite(mean) || !Number.isFinite(sd)) return null
  const half = tQuantileOf(1 - (1 - CONFIDENCE) / 2, n - 1) * (sd / Math.sqrt(n))
  return [mean - half, mean + half]
}
