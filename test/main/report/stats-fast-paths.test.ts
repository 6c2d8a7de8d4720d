import { describe, expect, it } from 'vitest'
import type { CatColumn, MultiColumn } from '../../../src/main/services/indicators/encode'
import { labels } from '../../../src/main/services/indicators/labels'
import { distributionBy, medianBy, momentsBy, multiBy, ONE, rangeBy, type Grouping } from '../../../src/main/services/indicators/stats'
import { computeSurvey } from '../../../src/main/services/indicators/survey-compute'
import { surveySpec } from '../../../src/shared/ipc/indicators'
import { memFrame } from '../indicators/mem-frame'

/*
 * The tallies have separate unweighted loops (for speed) beside the weighted ones: with unit weights
 * both must give the same figures, and the median over a subset must match a brute-force median.
 */

const N = 1000
const rnd = (() => {
  let s = 7
  return () => ((s = (s * 16807) % 2147483647) / 2147483647)
})()
const x = Float64Array.from({ length: N }, () => (rnd() < 0.1 ? NaN : Math.floor(rnd() * 20)))
const cat: CatColumn = { codes: Int32Array.from({ length: N }, () => (rnd() < 0.1 ? -1 : Math.floor(rnd() * 4))), labels: ['a', 'b', 'c', 'd'], values: ['a', 'b', 'c', 'd'] }
const choices = Array.from({ length: N }, () => (rnd() < 0.1 ? null : [0, 1, 2].filter(() => rnd() < 0.4)))
const offsets = new Uint32Array(N + 1)
const flat: number[] = []
choices.forEach((c, i) => ((offsets[i] = flat.length), c && flat.push(...c)))
offsets[N] = flat.length
const multi: MultiColumn = { offsets, codes: Int32Array.from(flat), answered: Uint8Array.from(choices, (c) => (c ? 1 : 0)), labels: ['p', 'q', 'r'], values: ['p', 'q', 'r'] }
const ones = new Float64Array(N).fill(1)
const all = Uint32Array.from({ length: N }, (_, i) => i)
const some = all.filter((i) => i % 3 !== 0)
const groups: Grouping = { codes: Int32Array.from({ length: N }, (_, i) => (i % 7 === 0 ? -1 : i % 3)), size: 3 }

const plain = (o: object) => JSON.parse(JSON.stringify(o, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)))

describe('unweighted tallies', () => {
  for (const rows of [all, some])
    for (const g of [ONE, groups])
      it(`equal the weighted ones with unit weights (${rows.length} rows, ${g.size} groups)`, () => {
        expect(plain(distributionBy(cat, rows, null, g))).toEqual(plain(distributionBy(cat, rows, ones, g)))
        expect(plain(momentsBy(x, rows, null, g, true))).toEqual(plain(momentsBy(x, rows, ones, g, true)))
        expect(plain(rangeBy(x, rows, null, g, 5, 12))).toEqual(plain(rangeBy(x, rows, ones, g, 5, 12)))
        expect(plain(multiBy(multi, rows, null, g, Uint8Array.from([1, 0, 1])))).toEqual(plain(multiBy(multi, rows, ones, g, Uint8Array.from([1, 0, 1]))))
        const t = distributionBy(cat, rows, null, g)
        expect(Array.from(t.n).reduce((s, v) => s + v, 0)).toBeGreaterThan(rows.length / 2)
      })

  it('give the textbook median over all rows and over a subset', () => {
    const order = Uint32Array.from([...all].filter((i) => x[i] === x[i]).sort((a, b) => x[a] - x[b] || a - b))
    const brute = (rows: Uint32Array): number => {
      const v = [...rows].map((i) => x[i]).filter((n) => n === n).sort((a, b) => a - b)
      const h = v.length / 2
      return v.length % 2 ? v[Math.floor(h)] : (v[h - 1] + v[h]) / 2
    }
    for (const rows of [all, some]) {
      expect(medianBy(x, order, rows, null, ONE).median[0]).toBe(brute(rows))
      const byGroup = medianBy(x, order, rows, null, groups)
      for (let j = 0; j < 3; j++) expect(byGroup.median[j]).toBe(brute(rows.filter((i) => groups.codes![i] === j)))
    }
  })
})

describe('item means of a battery', () => {
  // Six respondents, three items; hand-tallied: i1 mean (4+2+5+3)/4 = 3.5, i2 (1+3+5)/3 = 3, i3 (2+2)/2 = 2.
  const frame = memFrame('Batteria', [
    { name: 'i1', values: [4, 2, null, 5, 3, null] },
    { name: 'i2', values: [1, null, 3, null, 5, null] },
    { name: 'i3', values: [2, null, null, null, 2, null] },
    { name: 'g', values: ['A', 'A', 'B', 'B', 'B', 'A'] },
    { name: 'uno', role: 'weight', values: [1, 1, 1, 1, 1, 1] }
  ])
  const spec = (weight?: string) => surveySpec.parse({ source: 'survey', dataset: 'Batteria', statistic: 'itemMeans', items: ['i1', 'i2', 'i3'], weight })
  const L = labels('it')

  it('averages each item over its answers and counts respondents with any answer', () => {
    const r = computeSurvey(frame, spec(), [{ by: 'g' }], L)
    expect(r.series.map((s) => [s.key, s.value, s.n])).toEqual([
      ['i1', 3.5, 4],
      ['i2', 3, 3],
      ['i3', 2, 2]
    ])
    expect(r.value).toBeCloseTo((3.5 + 3 + 2) / 3, 12)
    expect([r.n, r.missing]).toEqual([5, 1])
    // A: rows 0,1,5 → i1 (4+2)/2 = 3, i2 1, i3 2 → 2; B: rows 2,3,4 → i1 4, i2 4, i3 2 → 10/3
    expect(r.breakdown.map((b) => [b.group, b.value, b.n, b.missing])).toEqual([
      ['A', 2, 2, 1],
      ['B', 10 / 3, 3, 0]
    ])
  })

  it('gives the same figures through the weighted path with unit weights', () => {
    const a = computeSurvey(frame, spec(), [{ by: 'g' }], L)
    const b = computeSurvey(frame, spec('uno'), [{ by: 'g' }], L)
    expect(b.series).toEqual(a.series)
    expect(b.breakdown).toEqual(a.breakdown)
    expect([b.value, b.n, b.missing]).toEqual([a.value, a.n, a.missing])
  })
})
