import { chiSquareUpper, tTwoSided, zTwoSided } from './distributions'

/** Significance level of every test in the report. */
export const ALPHA = 0.05

export interface ChiSquare {
  statistic: number
  df: number
  p: number
  /** Share of cells with an expected count under 5 (Cochran: the test is approximate above 20 %). */
  smallExpected: number
}

/**
 * Pearson's chi-square test of independence on a table of counts (rows × columns). Rows and
 * columns without any count are left out (they carry no information). Null below a 2 × 2 table.
 */
export function chiSquare(counts: number[][]): ChiSquare | null {
  const rowT = counts.map((r) => r.reduce((s, v) => s + v, 0))
  const cols = counts[0]?.length ?? 0
  const colT = Array.from({ length: cols }, (_, j) => counts.reduce((s, r) => s + r[j], 0))
  const rows = rowT.map((t, i) => (t > 0 ? i : -1)).filter((i) => i >= 0)
  const cs = colT.map((t, j) => (t > 0 ? j : -1)).filter((j) => j >= 0)
  if (rows.length < 2 || cs.length < 2) return null
  const total = rows.reduce((s, i) => s + rowT[i], 0)
  let x2 = 0
  let small = 0
  for (const i of rows)
    for (const j of cs) {
      const e = (rowT[i] * colT[j]) / total
      if (e < 5) small++
      x2 += (counts[i][j] - e) ** 2 / e
    }
  const df = (rows.length - 1) * (cs.length - 1)
  return { statistic: x2, df, p: chiSquareUpper(x2, df), smallExpected: small / (rows.length * cs.length) }
}

/** One pairwise comparison of two columns within a row. */
export interface PairTest {
  a: number
  b: number
  statistic: number
  p: number
  /** p × the number of comparisons in the row (Bonferroni), at most 1. */
  adjusted: number
}

export interface ColumnComparison {
  pairs: PairTest[]
  /** For each column, the columns it is significantly greater than (after the correction). */
  greaterThan: number[][]
}

function compare(k: number, test: (a: number, b: number) => { statistic: number; p: number } | null, value: (j: number) => number, usable: (j: number) => boolean): ColumnComparison {
  const cols = Array.from({ length: k }, (_, j) => j).filter(usable)
  const m = (cols.length * (cols.length - 1)) / 2
  const pairs: PairTest[] = []
  const greaterThan: number[][] = Array.from({ length: k }, () => [])
  for (let x = 0; x < cols.length; x++)
    for (let y = x + 1; y < cols.length; y++) {
      const [a, b] = [cols[x], cols[y]]
      const r = test(a, b)
      if (!r) continue
      const adjusted = Math.min(1, r.p * m)
      pairs.push({ a, b, statistic: r.statistic, p: r.p, adjusted })
      if (adjusted < ALPHA) {
        if (value(a) > value(b)) greaterThan[a].push(b)
        else if (value(b) > value(a)) greaterThan[b].push(a)
      }
    }
  return { pairs, greaterThan }
}

/**
 * Column-proportion z-tests as SPSS Custom Tables runs them: every pair of columns in a row, pooled
 * proportion, two-sided p with a Bonferroni correction for the number of pairs in the row. A column
 * whose proportion is 0 or 1 (or whose base is empty) is not compared, as in SPSS. p in 0–1, n is the
 * column base (Kish's effective n with weights).
 */
export function columnProportions(p: (number | null)[], n: number[]): ColumnComparison {
  const usable = (j: number): boolean => p[j] !== null && p[j]! > 0 && p[j]! < 1 && n[j] > 0
  return compare(
    p.length,
    (a, b) => {
      const pa = p[a]!
      const pb = p[b]!
      const pooled = (pa * n[a] + pb * n[b]) / (n[a] + n[b])
      const se = Math.sqrt(pooled * (1 - pooled) * (1 / n[a] + 1 / n[b]))
      if (!(se > 0)) return null
      const z = (pa - pb) / se
      return { statistic: z, p: zTwoSided(z) }
    },
    (j) => p[j]!,
    usable
  )
}

/**
 * Column-mean t-tests as SPSS Custom Tables runs them by default: every pair of columns, the
 * variance pooled over all compared columns (df = Σn − k), Bonferroni within the row.
 */
export function columnMeans(mean: (number | null)[], sd: (number | null)[], n: number[]): ColumnComparison {
  const usable = (j: number): boolean => mean[j] !== null && sd[j] !== null && Number.isFinite(sd[j]!) && n[j] >= 2
  const cols = mean.map((_, j) => j).filter(usable)
  const dfTotal = cols.reduce((s, j) => s + n[j] - 1, 0)
  const pooled = dfTotal > 0 ? cols.reduce((s, j) => s + (n[j] - 1) * sd[j]! ** 2, 0) / dfTotal : NaN
  return compare(
    mean.length,
    (a, b) => {
      const se = Math.sqrt(pooled * (1 / n[a] + 1 / n[b]))
      if (!(se > 0)) return null
      const t = (mean[a]! - mean[b]!) / se
      return { statistic: t, p: tTwoSided(t, dfTotal) }
    },
    (j) => mean[j]!,
    usable
  )
}

/** SPSS's column keys: A, B, …, Z, AA, AB, … */
export function columnLetter(k: number): string {
  let s = ''
  for (let x = k + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}
