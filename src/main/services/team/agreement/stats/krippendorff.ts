import { isMissing, sortedLevels, type Level, type Rating } from './types'

export interface AlphaOptions {
  /**
   * The possible values, in order. Needed for ordinal data whose labels are not numbers; values
   * outside it are an error. Default: the values that occur (numbers in numeric order).
   */
  valueDomain?: (number | string)[]
}

export interface AlphaDetail {
  alpha: number | null
  /** Pairable values (n in Krippendorff's notation). */
  pairable: number
  /** Units with at least two values. */
  units: number
  observedDisagreement: number | null
  expectedDisagreement: number | null
}

/**
 * Krippendorff's alpha for reliability data `coders × units` with missing values (null), at any
 * metric level, through the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
 * alpha-reliability"). Units with fewer than two values are not pairable and are ignored.
 * Alpha is null when there are no pairable values. With no variation at all (one value only) it is
 * strictly undefined; as NLTK does, it is then 1 when no pair disagrees.
 */
export function krippendorffAlphaDetail(data: Rating[][], level: Level = 'nominal', opts: AlphaOptions = {}): AlphaDetail {
  const units = Math.max(0, ...data.map((r) => r.length))
  const domain = opts.valueDomain ?? sortedLevels(data.flat())
  const index = new Map(domain.map((v, i) => [v, i]))
  if (level === 'interval' || level === 'ratio')
    for (const v of domain)
      if (typeof v !== 'number') throw new RangeError(`${level} alpha needs numeric values, got "${String(v)}"`)
  const k = domain.length
  const o = Array.from({ length: k }, () => new Float64Array(k))
  let pairableUnits = 0
  for (let u = 0; u < units; u++) {
    const idx: number[] = []
    for (const row of data) {
      const v = row[u]
      if (isMissing(v)) continue
      const i = index.get(v)
      if (i === undefined) throw new RangeError(`Value ${String(v)} is outside the value domain`)
      idx.push(i)
    }
    const m = idx.length
    if (m < 2) continue
    pairableUnits++
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++) if (a !== b) o[idx[a]][idx[b]] += 1 / (m - 1)
  }
  const nc = o.map((row) => row.reduce((s, x) => s + x, 0))
  const n = nc.reduce((s, x) => s + x, 0)
  const empty = { alpha: null, pairable: n, units: pairableUnits, observedDisagreement: null, expectedDisagreement: null }
  if (n <= 1) return empty
  const delta = deltaFunction(level, domain, nc)
  let observed = 0
  let expected = 0
  for (let c = 0; c < k; c++)
    for (let d = 0; d < k; d++) {
      if (c === d) continue
      const dd = delta(c, d)
      observed += o[c][d] * dd
      expected += nc[c] * nc[d] * dd
    }
  const dO = observed / n
  const dE = expected / (n * (n - 1))
  // No variation at all: strictly undefined; like NLTK we report 1 when nobody disagrees either.
  if (dE === 0) return { ...empty, alpha: dO === 0 ? 1 : null, observedDisagreement: dO, expectedDisagreement: dE }
  return { alpha: 1 - dO / dE, pairable: n, units: pairableUnits, observedDisagreement: dO, expectedDisagreement: dE }
}

export function krippendorffAlpha(data: Rating[][], level: Level = 'nominal', opts: AlphaOptions = {}): number | null {
  return krippendorffAlphaDetail(data, level, opts).alpha
}

/** Squared difference function δ²(c, k) over value indices, per metric level. */
function deltaFunction(level: Level, domain: (number | string)[], nc: number[]): (c: number, d: number) => number {
  switch (level) {
    case 'nominal':
      return (c, d) => (c === d ? 0 : 1)
    case 'ordinal':
      return (c, d) => {
        const lo = Math.min(c, d)
        const hi = Math.max(c, d)
        let s = 0
        for (let g = lo; g <= hi; g++) s += nc[g]
        return (s - (nc[lo] + nc[hi]) / 2) ** 2
      }
    case 'interval':
      return (c, d) => ((domain[c] as number) - (domain[d] as number)) ** 2
    case 'ratio':
      return (c, d) => {
        const x = domain[c] as number
        const y = domain[d] as number
        return x + y === 0 ? 0 : ((x - y) / (x + y)) ** 2
      }
  }
}

/**
 * Nominal alpha for binary data given only, per unit size m, how many units had c "yes" values.
 * `noVariation`: the value when every pairable value is the same (expected disagreement 0), where
 * alpha is undefined; character agreement reports null there, unit agreement 1 (as krippendorffAlpha).
 */
export function binaryAlphaFromCounts(m: number, unitsWithYes: ArrayLike<number>, noVariation: 1 | null = null): number | null {
  // Every unit has m values; a unit with c yes contributes c(c−1), (m−c)(m−c−1) and 2c(m−c)
  // ordered pairs to the coincidences of yes/yes, no/no and disagreement, each over (m − 1).
  if (m < 2) return null
  let oYes = 0
  let oNo = 0
  let oDis = 0
  for (let c = 0; c <= m; c++) {
    const w = unitsWithYes[c] ?? 0
    if (!w) continue
    oYes += (w * c * (c - 1)) / (m - 1)
    oNo += (w * (m - c) * (m - c - 1)) / (m - 1)
    oDis += (w * 2 * c * (m - c)) / (m - 1)
  }
  const nYes = oYes + oDis / 2
  const nNo = oNo + oDis / 2
  const n = nYes + nNo
  if (n <= 1) return null
  const expected = (2 * nYes * nNo) / (n * (n - 1))
  if (expected === 0) return noVariation
  return 1 - oDis / n / expected
}
