import { describe, expect, it } from 'vitest'
import {
  brennanPrediger,
  characterKappa,
  characterKappaCodedOnly,
  cohenKappa,
  cohenKappaFromTable,
  fleissKappa,
  krippendorffAlpha,
  percentAgreement,
  ratingsToCounts,
  type Rating
} from '../../../src/main/services/team/agreement/stats'

const parse = (row: string): Rating[] => row.trim().split(/\s+/).map((x) => (x === '.' || x === '*' ? null : Number(x)))

// D1: Krippendorff (2011), 4 coders × 12 units (irr::kripp.alpha "nmm").
const D1 = [
  '1 2 3 3 2 1 4 1 2 . . .',
  '1 2 3 3 2 2 4 1 2 5 . 3',
  '. 3 3 3 2 3 4 2 2 5 1 .',
  '1 2 3 3 2 4 4 1 2 5 1 .'
].map(parse)

// D2: Wikipedia / fast-krippendorff, 3 coders × 15 units.
const D2 = [
  '* * * * * 3 4 1 2 1 1 3 3 * 3',
  '1 * 2 1 3 3 4 3 * * * * * * *',
  '* * 2 1 3 4 4 * 2 1 1 3 3 * 4'
].map(parse)

describe('D1 Krippendorff 2011', () => {
  it('nominal .743, ordinal .815, interval .849, ratio .797', () => {
    expect(krippendorffAlpha(D1, 'nominal')).toBeCloseTo(0.7434211, 6)
    expect(krippendorffAlpha(D1, 'ordinal')).toBeCloseTo(0.8153875, 6)
    expect(krippendorffAlpha(D1, 'interval')).toBeCloseTo(0.8491071, 6)
    expect(krippendorffAlpha(D1, 'ratio')).toBeCloseTo(0.7974028, 6)
  })
  it('an explicit value domain gives the same ordinal value', () => {
    expect(krippendorffAlpha(D1, 'ordinal', { valueDomain: [1, 2, 3, 4, 5] })).toBeCloseTo(0.815, 3)
  })
  it('string labels with an ordered value domain', () => {
    const names = ['very low', 'low', 'medium', 'high', 'very high']
    const labelled = D1.map((r) => r.map((v) => (v === null ? null : names[(v as number) - 1])))
    expect(krippendorffAlpha(labelled, 'nominal')).toBeCloseTo(0.743, 3)
    expect(krippendorffAlpha(labelled, 'ordinal', { valueDomain: names })).toBeCloseTo(0.815, 3)
  })
})

describe('D2 3 coders × 15 units', () => {
  it('nominal .691358, interval .810845 (ordinal .806721, ratio .808944 computed)', () => {
    expect(krippendorffAlpha(D2, 'nominal')).toBeCloseTo(0.691358, 6)
    expect(krippendorffAlpha(D2, 'interval')).toBeCloseTo(0.810845, 6)
    expect(krippendorffAlpha(D2, 'ordinal')).toBeCloseTo(0.806721, 6)
    expect(krippendorffAlpha(D2, 'ratio')).toBeCloseTo(0.808944, 6)
  })
})

describe('D3 NLTK test_disagreement', () => {
  it('test_easy: −1/3, and single-rated units are ignored', () => {
    const easy = [
      ['YES', 'YES', null],
      ['NO', 'NO', null],
      ['NO', null, 'NO']
    ]
    expect(krippendorffAlpha(easy)).toBeCloseTo(-0.3333333, 6)
    const easy2 = [
      ['YES', 'YES'],
      ['NO', 'NO'],
      ['NO', null]
    ]
    expect(krippendorffAlpha(easy2)).toBeCloseTo(-0.3333333, 6)
  })
  it('test_easy3: perfect agreement gives 1, also with no expected disagreement', () => {
    expect(krippendorffAlpha([[1, 2], [1, 2]])).toBe(1)
    expect(krippendorffAlpha([[1, 2], [1, null]])).toBe(1)
    expect(krippendorffAlpha([[1], [null]])).toBeNull()
  })
  it('test_advanced (triples) is D1 nominal 0.743421052632', () => {
    expect(krippendorffAlpha(D1.map((r) => r.map((v) => (v === null ? null : String(v)))))).toBeCloseTo(0.743421052632, 10)
  })
  it('missing data dropped gives 1; None as a category gives 1/3', () => {
    const ratings = { c1: [1, 1, 2], c2: [1, 1, null], c3: [null, 1, 2] }
    expect(krippendorffAlpha(Object.values(ratings))).toBe(1)
    const asCategory = Object.values(ratings).map((r) => r.map((v) => (v === null ? 'None' : String(v))))
    expect(krippendorffAlpha(asCategory)).toBeCloseTo(0.3333333, 6)
  })
})

describe('D4 ATLAS.ti manual', () => {
  const c1 = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
  const c2 = [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
  it('60% agreement, alpha 0.095238, Cohen 0.090909', () => {
    expect(percentAgreement([c1, c2])).toBeCloseTo(0.6, 10)
    expect(krippendorffAlpha([c1, c2])).toBeCloseTo(0.095238, 6)
    expect(cohenKappa(c1, c2)).toBeCloseTo(0.090909, 6)
  })
})

describe('D5 scikit-learn test_cohen_kappa', () => {
  const rep = (v: number, n: number): number[] => new Array<number>(n).fill(v)
  it('binary 0.348, symmetric, and labels restriction', () => {
    const y1 = [...rep(0, 40), ...rep(1, 60)]
    const y2 = [...rep(0, 20), ...rep(1, 20), ...rep(0, 10), ...rep(1, 50)]
    expect(cohenKappa(y1, y2)).toBeCloseTo(8 / 23, 10)
    expect(cohenKappa(y2, y1)).toBeCloseTo(8 / 23, 10)
    expect(cohenKappa([...y1, ...rep(2, 4)], [...y2, ...rep(2, 4)], { levels: [0, 1] })).toBeCloseTo(0.348, 3)
  })
  it('3 classes 0.8013', () => {
    const y1 = [...rep(0, 46), ...rep(1, 44), ...rep(2, 10)]
    const y2 = [...rep(0, 52), ...rep(1, 32), ...rep(2, 16)]
    expect(cohenKappa(y1, y2)).toBeCloseTo(0.8013, 4)
  })
  it('weighted 0.9315 / 0.9412 / 0.9541', () => {
    const y1 = [...rep(0, 46), ...rep(1, 44), ...rep(2, 10)]
    const y2 = [...rep(0, 50), ...rep(1, 40), ...rep(2, 10)]
    expect(cohenKappa(y1, y2)).toBeCloseTo(0.9315, 4)
    expect(cohenKappa(y1, y2, { weights: 'linear' })).toBeCloseTo(0.9412, 4)
    expect(cohenKappa(y1, y2, { weights: 'quadratic' })).toBeCloseTo(0.9541, 4)
  })
})

describe('D6 statsmodels / irr', () => {
  const table10 = [
    [0, 4, 1],
    [0, 8, 0],
    [0, 1, 5]
  ]
  it('contingency table: kappa 0.4842, linear weights 0.4701', () => {
    expect(cohenKappaFromTable(table10)).toBeCloseTo(0.4842, 4)
    expect(cohenKappaFromTable(table10, 'linear')).toBeCloseTo(0.4701, 4)
  })
  it('Fleiss, Wikipedia table: 0.210', () => {
    const rows = '0 0 0 0 14|0 2 6 4 2|0 0 3 5 6|0 3 9 2 0|2 2 8 1 1|7 7 0 0 0|3 2 6 3 0|2 5 3 2 2|6 5 2 1 0|0 2 2 3 7'
    const table = rows.split('|').map((r) => r.trim().split(/\s+/).map(Number))
    expect(fleissKappa(table)).toBeCloseTo(0.2099307, 6)
  })
  it('Fleiss, irr diagnoses: 0.4302445, column sums 26 26 30 55 43', () => {
    const diagnoses = [
      [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
      [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
      [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
      [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
      [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
      [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5]
    ]
    const { table } = ratingsToCounts(diagnoses)
    expect(table[0].map((_, j) => table.reduce((s, r) => s + r[j], 0))).toEqual([26, 26, 30, 55, 43])
    expect(fleissKappa(table)).toBeCloseTo(0.4302445, 7)
  })
  it('Randolph free-marginal checks', () => {
    expect(fleissKappa([[7, 1], [3, 5]])).toBeCloseTo(0.161905, 6)
    expect(fleissKappa([[7, 1], [3, 5]], { method: 'randolph' })).toBeCloseTo(0.214286, 6)
    expect(fleissKappa([[6, 1, 0], [0, 7, 0]])).toBeCloseTo(0.708333, 6)
    expect(fleissKappa([[6, 1, 0], [0, 7, 0]], { method: 'randolph' })).toBeCloseTo(0.785714, 6)
    expect(fleissKappa([[6.99, 0.01], [6.99, 0.01]])).toBeCloseTo(-0.166667, 6)
    expect(fleissKappa([[6.99, 0.01], [6.99, 0.01]], { method: 'randolph' })).toBeCloseTo(0.993343, 6)
  })
  const r1 = parse('3 3 3 4 5 5 2 3 5 2 2 6 1 5 2 2 1 2 4 3')
  const r2 = parse('3 6 4 6 2 4 2 4 3 3 2 3 3 3 2 2 1 3 3 4')
  const r3 = parse('2 1 4 4 3 2 1 6 1 1 1 2 3 3 1 1 3 3 2 2')
  it('irr kappa2 anxiety raters 2:3: −0.006289308, equal 0.1459075, squared 0.2520325', () => {
    expect(cohenKappa(r2, r3)).toBeCloseTo(-0.006289308, 8)
    expect(cohenKappa(r2, r3, { weights: 'linear' })).toBeCloseTo(0.1459075, 7)
    expect(cohenKappa(r2, r3, { weights: 'quadratic' })).toBeCloseTo(0.2520325, 7)
  })
  it('irr custom weight vectors score rank distances', () => {
    expect(cohenKappa(r2, r3, { weights: [0, 0, 1, 1, 2] })).toBeCloseTo(0.2391304, 7)
    expect(cohenKappa(r1, r2, { weights: [0, 0, 0, 1, 1, 1] })).toBeCloseTo(0.1891892, 7)
    expect(cohenKappa(r1, r2, { weights: [0, 0, 1, 1, 2, 2] })).toBeCloseTo(0.2820513, 7)
  })
  it('a custom vector of the wrong length is refused', () => {
    expect(() => cohenKappa(r2, r3, { weights: [0, 1] })).toThrow(/one value per category/)
  })
})

describe('D7 character-level kappa (NVivo)', () => {
  const counts = { total: 1000, a: 150, b: 100, both: 50 }
  it('85% agreement and kappa 0.318182', () => {
    const r = characterKappa(counts)
    expect(r.percent).toBeCloseTo(0.85, 10)
    expect(r.kappa).toBeCloseTo(0.318182, 6)
  })
  it('does not reproduce QualCoder’s Pe = Pyes·Pno formula (0.2131)', () => {
    const u = counts.a + counts.b - counts.both
    const po = counts.both / u
    const pe = (counts.a / u) * (counts.b / u) * (((u - counts.a) / u) * ((u - counts.b) / u))
    const qualcoder = (po - pe) / (1 - pe)
    expect(qualcoder).toBeCloseTo(0.2131, 4)
    expect(Math.abs((characterKappa(counts).kappa ?? 0) - qualcoder)).toBeGreaterThan(0.1)
    expect(Math.abs((characterKappaCodedOnly(counts).kappa ?? 0) - qualcoder)).toBeGreaterThan(0.1)
  })
  it('perfect agreement with no chance room is 1; coded-only over the union', () => {
    expect(characterKappa({ total: 100, a: 0, b: 0, both: 0 }).kappa).toBe(1)
    expect(characterKappa({ total: 100, a: 100, b: 100, both: 100 }).kappa).toBe(1)
    const co = characterKappaCodedOnly({ a: 150, b: 100, both: 50 })
    expect(co.percent).toBeCloseTo(0.25, 10)
    expect(co.kappa).toBeCloseTo(-0.5, 10)
  })
  it('inconsistent counts are refused', () => {
    expect(() => characterKappa({ total: 10, a: 5, b: 5, both: 6 })).toThrow(RangeError)
  })
})

describe('Brennan–Prediger', () => {
  it('chance is 1/#codes', () => {
    expect(brennanPrediger(0.8, 4)).toBeCloseTo((0.8 - 0.25) / 0.75, 10)
    expect(brennanPrediger(0.8, 1)).toBeNull()
  })
})
