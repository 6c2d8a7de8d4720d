import type { EstimateDto } from '../../../../shared/ipc/indicators'
import { kishEffective, tMean, wilson } from './intervals'

/** The base an interval rests on: n unweighted, Kish's effective n weighted. */
function base(n: number, wn: number, w2: number, weighted: boolean): { n: number; neff: number | null } {
  if (!weighted) return { n, neff: null }
  const neff = kishEffective(wn, w2)
  return { n: neff, neff }
}

/** A percentage (0–100) of a base of n respondents (weights: wn = Σw, w2 = Σw²). */
export function proportionEstimate(percent: number | null, n: number, wn: number, w2: number, weighted: boolean): EstimateDto | null {
  if (percent === null || !Number.isFinite(percent) || n <= 0) return null
  const b = base(n, wn, w2, weighted)
  const ci = wilson(percent / 100, b.n)
  return { kind: 'proportion', ci: ci ? [100 * ci[0], 100 * ci[1]] : null, sd: null, neff: b.neff }
}

/**
 * A mean with the sample sd the moments gave (frequency-weight form Σw(x−m)²/(Σw−1)). With weights
 * the spread is re-expressed on Kish's effective n: s² = Σw(x−m)²/Σw · neff/(neff−1).
 */
export function meanEstimate(mean: number | null, sdFreq: number, n: number, wn: number, w2: number, weighted: boolean): EstimateDto | null {
  if (mean === null || !Number.isFinite(mean) || n <= 0) return null
  const b = base(n, wn, w2, weighted)
  let sd = sdFreq
  if (weighted && Number.isFinite(sdFreq) && wn > 1 && b.n > 1) sd = Math.sqrt(((sdFreq * sdFreq * (wn - 1)) / wn) * (b.n / (b.n - 1)))
  const ci = Number.isFinite(sd) ? tMean(mean, sd, b.n) : null
  return { kind: 'mean', ci, sd: Number.isFinite(sd) ? sd : null, neff: b.neff }
}
