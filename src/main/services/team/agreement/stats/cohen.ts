import { isMissing, sortedLevels, type Rating } from './types'

/**
 * Weighting of disagreements, as R irr::kappa2 does it:
 * - 'unweighted': only identical categories agree;
 * - 'linear' ("equal"): agreement weight 1 − |i−j|/(k−1) over the ranks of the categories;
 * - 'quadratic' ("squared"): 1 − (i−j)²/(k−1)²;
 * - a number array: a disagreement score for each rank distance |i−j| = 0, 1, …, k−1; it becomes
 *   the agreement weight 1 − (w − min)/(max − min).
 * Ranks are positions among the categories actually in use (irr drops unused levels), so the
 * result depends on which categories occur, not on their numeric values.
 */
export type KappaWeights = 'unweighted' | 'linear' | 'quadratic' | number[]

/** Agreement weight for every pair of category ranks (k × k), built as irr's kappa2 builds it. */
export function kappaWeightMatrix(k: number, weights: KappaWeights = 'unweighted'): number[][] {
  let w: number[]
  if (Array.isArray(weights)) {
    if (weights.length !== k)
      throw new RangeError(`Custom kappa weights need one value per category (${k}), got ${weights.length}`)
    const min = Math.min(...weights)
    const max = Math.max(...weights)
    if (max === min) throw new RangeError('Custom kappa weights must not all be equal')
    w = weights.map((x) => 1 - (x - min) / (max - min))
  } else if (k === 1) w = [1]
  else if (weights === 'linear') w = Array.from({ length: k }, (_, i) => (k - 1 - i) / (k - 1))
  else if (weights === 'quadratic') w = Array.from({ length: k }, (_, i) => 1 - i ** 2 / (k - 1) ** 2)
  else w = Array.from({ length: k }, (_, i) => (i === 0 ? 1 : 0))
  // irr concatenates the ascending sort of w with w[2..] and slides a window per row: for a
  // non-increasing w this is w[|i−j|]; reproducing the construction keeps odd vectors faithful too.
  const wvec = [...[...w].sort((a, b) => a - b), ...w.slice(1)]
  return Array.from({ length: k }, (_, i) => wvec.slice(k - 1 - i, 2 * k - 1 - i))
}

/** Cohen's kappa of a k × k contingency table (rows: rater 1, columns: rater 2). */
export function cohenKappaFromTable(table: number[][], weights: KappaWeights = 'unweighted'): number | null {
  const k = table.length
  if (k === 0 || table.some((r) => r.length !== k)) throw new RangeError('The contingency table must be square')
  const wt = kappaWeightMatrix(k, weights)
  const rows = table.map((r) => r.reduce((s, x) => s + x, 0))
  const cols = table[0].map((_, j) => table.reduce((s, r) => s + r[j], 0))
  const n = rows.reduce((s, x) => s + x, 0)
  if (n === 0) return null
  let agree = 0
  let chance = 0
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      agree += table[i][j] * wt[i][j]
      chance += ((rows[i] * cols[j]) / n) * wt[i][j]
    }
  agree /= n
  chance /= n
  if (chance === 1) return agree === 1 ? 1 : null
  return (agree - chance) / (1 - chance)
}

export interface CohenOptions {
  weights?: KappaWeights
  /**
   * The categories, in order. Pairs with a value outside them are dropped (as scikit-learn's
   * `labels`). Default: the categories the two raters used, numbers in numeric order.
   */
  levels?: (number | string)[]
}

/** Cohen's kappa for two raters over the same units; units missing for either rater are dropped. */
export function cohenKappa(r1: Rating[], r2: Rating[], opts: CohenOptions = {}): number | null {
  if (r1.length !== r2.length) throw new RangeError('Both raters must rate the same units')
  const pairs: [number | string, number | string][] = []
  for (let i = 0; i < r1.length; i++) {
    const a = r1[i]
    const b = r2[i]
    if (!isMissing(a) && !isMissing(b)) pairs.push([a, b])
  }
  const levels = opts.levels ?? sortedLevels(pairs.flat())
  const index = new Map(levels.map((l, i) => [l, i]))
  const table = levels.map(() => new Array<number>(levels.length).fill(0))
  for (const [a, b] of pairs) {
    const i = index.get(a)
    const j = index.get(b)
    if (i !== undefined && j !== undefined) table[i][j]++
  }
  if (levels.length === 0) return null
  return cohenKappaFromTable(table, opts.weights)
}
