import { binaryAlphaFromCounts, cohenKappaFromTable } from './stats'

/**
 * Binary presence data (each coder did or did not apply a code in each unit; never missing)
 * summarised as how many units show each pattern of coders, bit i set when coder i applied it.
 * Every statistic over such data depends only on these counts, so per-code figures over thousands
 * of units cost a pass over the patterns instead of building per-unit rating arrays. The formulas
 * are those of percentAgreement, cohenKappa, fleissKappa and krippendorffAlpha (nominal, domain
 * 0/1) specialised to complete binary data; the tests compare both ways.
 */
export class PresencePatterns {
  private constructor(
    readonly coders: number,
    readonly counts: Map<number, number>
  ) {}

  /** Patterns of units [from, to) of a per-unit pattern list; `codedOnly` drops the units nobody coded. */
  static of(coders: number, patterns: ArrayLike<number>, from = 0, to = patterns.length, codedOnly = false): PresencePatterns {
    const counts = new Map<number, number>()
    for (let u = from; u < to; u++) {
      const p = patterns[u]
      if (codedOnly && p === 0) continue
      counts.set(p, (counts.get(p) ?? 0) + 1)
    }
    return new PresencePatterns(coders, counts)
  }

  get units(): number {
    let n = 0
    for (const w of this.counts.values()) n += w
    return n
  }

  /** True when some coder applied the code in some unit. */
  get anyCoded(): boolean {
    for (const [p, w] of this.counts) if (p !== 0 && w > 0) return true
    return false
  }

  /** Units each coder applied the code to. */
  coded(): number[] {
    const out = new Array<number>(this.coders).fill(0)
    for (const [p, w] of this.counts) for (let i = 0; i < this.coders; i++) if (p & (1 << i)) out[i] += w
    return out
  }

  private ones(p: number): number {
    let c = 0
    for (let i = 0; i < this.coders; i++) if (p & (1 << i)) c++
    return c
  }

  /** Mean share of agreeing coder pairs per unit (percentAgreement). */
  percent(): number | null {
    const m = this.coders
    const pairs = (m * (m - 1)) / 2
    let sum = 0
    let units = 0
    for (const [p, w] of this.counts) {
      const c = this.ones(p)
      sum += (w * ((c * (c - 1)) / 2 + ((m - c) * (m - c - 1)) / 2)) / pairs
      units += w
    }
    return units === 0 ? null : sum / units
  }

  /** 2 × 2 table of coders i (rows) and j (columns): [not, applied]. */
  pairTable(i: number, j: number): number[][] {
    const t = [
      [0, 0],
      [0, 0]
    ]
    for (const [p, w] of this.counts) t[(p >> i) & 1][(p >> j) & 1] += w
    return t
  }

  pairPercent(i: number, j: number): number | null {
    const t = this.pairTable(i, j)
    const n = t[0][0] + t[0][1] + t[1][0] + t[1][1]
    return n === 0 ? null : (t[0][0] + t[1][1]) / n
  }

  pairKappa(i: number, j: number): number | null {
    return cohenKappaFromTable(this.pairTable(i, j))
  }

  /** Cohen's kappa for two coders, Fleiss' kappa for more (every unit is complete). */
  kappa(): number | null {
    const m = this.coders
    if (m === 2) return this.pairKappa(0, 1)
    let units = 0
    let pSum = 0
    let yes = 0
    for (const [p, w] of this.counts) {
      const c = this.ones(p)
      pSum += (w * (c * c + (m - c) * (m - c) - m)) / (m * (m - 1))
      yes += w * c
      units += w
    }
    if (units === 0) return null
    const pMean = pSum / units
    const total = units * m
    const pExp = (yes / total) ** 2 + ((total - yes) / total) ** 2
    if (pExp === 1) return pMean === 1 ? 1 : null
    return (pMean - pExp) / (1 - pExp)
  }

  /** Krippendorff's nominal alpha over values 0/1 through the coincidence matrix. */
  alpha(): number | null {
    const unitsWithYes = new Float64Array(this.coders + 1)
    for (const [p, w] of this.counts) unitsWithYes[this.ones(p)] += w
    return binaryAlphaFromCounts(this.coders, unitsWithYes, 1)
  }
}
