import { describe, expect, it } from 'vitest'
import { tMean, wilson, kishEffective } from '../../../src/main/services/indicators/inference/intervals'
import { chiSquare, columnLetter, columnMeans, columnProportions } from '../../../src/main/services/indicators/inference/tests'

/*
 * Published reference values (docs/decisions/0021). The same figures are checked through the CLI in
 * report-statistics-cli.test.ts, on a project whose data reproduce each example.
 */

describe('Wilson score interval', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
  // methods", Statistics in Medicine 17:857–872, Table I, method 3 (score method without correction).
  const table1: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718]
  ]
  it.each(table1)('%i/%i → %f–%f (Newcombe 1998, Table I)', (x, n, lo, hi) => {
    const ci = wilson(x / n, n)!
    expect(ci[0]).toBeCloseTo(lo, 4)
    expect(ci[1]).toBeCloseTo(hi, 4)
  })
  it('has no interval without a base', () => {
    expect(wilson(0.5, 0)).toBeNull()
  })
})

describe('Student t interval for a mean', () => {
  it('uses t(0.975, n − 1) times the standard error', () => {
    // t(0.975, 9) = 2.262157 (any t table): mean 10, sd 2, n 10 → ±1.430739.
    const [lo, hi] = tMean(10, 2, 10)!
    expect(hi - 10).toBeCloseTo(2.262157 * (2 / Math.sqrt(10)), 5)
    expect(10 - lo).toBeCloseTo(hi - 10, 12)
    expect(tMean(10, 2, 1)).toBeNull()
  })
  it("Kish's effective n equals n for equal weights and shrinks with unequal ones", () => {
    expect(kishEffective(10 * 1.7, 10 * 1.7 * 1.7)).toBeCloseTo(10, 12)
    expect(kishEffective(1 + 3, 1 + 9)).toBeCloseTo(1.6, 12)
  })
})

describe('column-proportion z-test', () => {
  it('reproduces the two-proportion test of Illowsky & Dean, Introductory Statistics (OpenStax), §10.4, hives example', () => {
    // Medication A: 20 of 200 still had hives; B: 12 of 200. Pooled p = 0.08, two-sided p-value = 0.1404.
    const r = columnProportions([20 / 200, 12 / 200], [200, 200])
    expect(r.pairs).toHaveLength(1)
    expect(r.pairs[0].p).toBeCloseTo(0.1404, 4)
    expect(r.pairs[0].statistic).toBeCloseTo(0.04 / Math.sqrt(0.08 * 0.92 * (2 / 200)), 10)
    expect(r.greaterThan).toEqual([[], []])
  })
  it('corrects for the number of pairs (Bonferroni) and gives the letter to the larger column', () => {
    // Fleiss (1981), smokers among lung-cancer patients in four samples (R's prop.test example).
    const x = [83, 90, 129, 70]
    const n = [86, 93, 136, 82]
    const r = columnProportions(x.map((v, i) => v / n[i]), n)
    expect(r.pairs).toHaveLength(6)
    for (const p of r.pairs) expect(p.adjusted).toBeCloseTo(Math.min(1, p.p * 6), 12)
    const d = r.pairs.find((p) => p.a === 1 && p.b === 3)!
    expect(d.adjusted).toBeLessThan(0.05)
    expect(r.greaterThan[1]).toContain(3)
    expect(r.greaterThan[3]).toEqual([])
  })
  it('leaves out columns whose proportion is 0 or 1, as SPSS does', () => {
    const r = columnProportions([0, 0.5, 1], [20, 20, 20])
    expect(r.pairs).toEqual([])
  })
})

describe('chi-square test of independence', () => {
  it('reproduces R prop.test on the Fleiss (1981) smokers data: X² = 12.6, df = 3, p = 0.005585', () => {
    const x = [83, 90, 129, 70]
    const n = [86, 93, 136, 82]
    const r = chiSquare([x, x.map((v, i) => n[i] - v)])!
    expect(r.statistic).toBeCloseTo(12.6004, 4)
    expect(r.df).toBe(3)
    expect(r.p).toBeCloseTo(0.005585, 6)
  })
  it('ignores empty rows and columns, and needs a 2 × 2 table', () => {
    expect(chiSquare([[5, 0, 5], [5, 0, 15], [0, 0, 0]])!.df).toBe(1)
    expect(chiSquare([[5, 5]])).toBeNull()
  })
})

describe('column-mean t-tests', () => {
  it('pools the variance of all columns and corrects for the pairs', () => {
    const r = columnMeans([10, 12, 20], [2, 2, 2], [30, 30, 30])
    expect(r.pairs).toHaveLength(3)
    const ac = r.pairs.find((p) => p.a === 0 && p.b === 2)!
    expect(ac.statistic).toBeCloseTo(-10 / (2 * Math.sqrt(2 / 30)), 10)
    expect(r.greaterThan[2].sort()).toEqual([0, 1])
  })
  it('names columns as SPSS does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
  })
})
