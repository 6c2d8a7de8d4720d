import { isMissing, sortedLevels, type Rating } from './types'

/**
 * Fleiss' kappa from a subjects × categories table of counts (how many raters put each subject in
 * each category). `randolph` uses free-marginal chance 1/k (Randolph 2005) instead of the observed
 * category proportions. Subjects rated by fewer than two raters are skipped.
 */
export function fleissKappa(table: number[][], opts: { method?: 'fleiss' | 'randolph' } = {}): number | null {
  const k = Math.max(0, ...table.map((r) => r.length))
  if (k === 0) return null
  const colSums = new Array<number>(k).fill(0)
  let total = 0
  let pSum = 0
  let subjects = 0
  for (const row of table) {
    const n = row.reduce((s, x) => s + x, 0)
    if (n < 2) continue
    let sq = 0
    for (let j = 0; j < k; j++) {
      const x = row[j] ?? 0
      sq += x * x
      colSums[j] += x
    }
    total += n
    pSum += (sq - n) / (n * (n - 1))
    subjects++
  }
  if (subjects === 0 || total === 0) return null
  const pMean = pSum / subjects
  const pExp = opts.method === 'randolph' ? 1 / k : colSums.reduce((s, x) => s + (x / total) ** 2, 0)
  if (pExp === 1) return pMean === 1 ? 1 : null
  return (pMean - pExp) / (1 - pExp)
}

/** Turns raw ratings (subjects × raters, missing allowed) into the counts table fleissKappa takes. */
export function ratingsToCounts(
  ratings: Rating[][],
  categories?: (number | string)[]
): { table: number[][]; categories: (number | string)[] } {
  const cats = categories ?? sortedLevels(ratings.flat())
  const index = new Map(cats.map((c, i) => [c, i]))
  const table = ratings.map((row) => {
    const counts = new Array<number>(cats.length).fill(0)
    for (const v of row) {
      if (isMissing(v)) continue
      const i = index.get(v)
      if (i === undefined) throw new RangeError(`Rating ${String(v)} is not among the categories`)
      counts[i]++
    }
    return counts
  })
  return { table, categories: cats }
}
