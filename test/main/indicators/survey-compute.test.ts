import { describe, expect, it } from 'vitest'
import { surveySpec, type SurveySpec } from '../../../src/shared/ipc/indicators'
import { computeSurvey } from '../../../src/main/services/indicators/survey-compute'
import { labels } from '../../../src/main/services/indicators/labels'
import { memFrame } from './mem-frame'

const LIKERT: [number, string][] = [
  [1, 'Per nulla'],
  [2, 'Poco'],
  [3, 'Abbastanza'],
  [4, 'Molto'],
  [5, 'Moltissimo']
]
// Ten respondents, hand-tallied in the comments of each test.
const frame = memFrame('Prova', [
  { name: 'genere', label: 'Genere', values: ['F', 'F', 'F', 'M', 'M', 'F', null, 'M', 'F', 'F'], valueLabels: [['F', 'Donna'], ['M', 'Uomo']] },
  { name: 'sodd', type: 'ordinal', values: [5, 4, 3, 2, 1, 4, 5, null, 4, 99], valueLabels: LIKERT, missingCodes: [99] },
  { name: 'peso', role: 'weight', values: [1, 1, 2, 2, 1, 1, 1, 1, 0.5, 1] },
  { name: 'servizi', type: 'multi', values: [['a', 'b'], ['a'], [], null, ['b', 'c'], ['a', 'c'], ['a'], null, ['c'], ['a', 'b', 'c']], valueLabels: [['a', 'Asilo'], ['b', 'Buoni pasto'], ['c', 'Check-up']] },
  { name: 'zona', values: ['N', 'S', 'N', 'N', 'N', 'S', 'N', null, 'S', 'N'] },
  { name: 'eta', values: [30, 41, 25, 52, 38, 47, 33, 29, 61, 44] },
  { name: 'vuota', type: 'numeric', values: [null, null, null, null, null, null, null, null, null, null] }
])

const L = labels('it')
const run = (spec: Partial<SurveySpec> & { statistic: SurveySpec['statistic'] }, by: string[] = []) =>
  computeSurvey(frame, surveySpec.parse({ source: 'survey', dataset: 'Prova', ...spec }), by.map((b) => ({ by: b })), L)

describe('survey statistics on a hand-checked frame', () => {
  it('percent of respondents for a category counts missing apart', () => {
    const r = run({ statistic: 'percent', variable: 'genere', categories: ['F'] })
    expect(r.value).toBeCloseTo((6 / 9) * 100, 10)
    expect([r.n, r.missing]).toEqual([9, 1])
    expect(r.format).toBe('percent')
    // a label works as well as the stored code
    expect(run({ statistic: 'percent', variable: 'genere', categories: ['Uomo'] }).value).toBeCloseTo((3 / 9) * 100, 10)
  })

  it('mean, median and sample sd exclude missing codes', () => {
    // valid: 5 4 3 2 1 4 5 4 (99 is a missing code, one null)
    const m = run({ statistic: 'mean', variable: 'sodd' })
    expect(m.value).toBe(3.5)
    expect([m.n, m.missing]).toEqual([8, 2])
    expect(run({ statistic: 'median', variable: 'sodd' }).value).toBe(4)
    // squared deviations sum to 14 → variance 14 / 7 = 2
    expect(run({ statistic: 'sd', variable: 'sodd' }).value).toBeCloseTo(Math.SQRT2, 12)
  })

  it('weighted mean and weighted median', () => {
    // (5·1 + 4·1 + 3·2 + 2·2 + 1·1 + 4·1 + 5·1 + 4·0.5) / 9.5 = 31 / 9.5
    const m = run({ statistic: 'mean', variable: 'sodd', weight: 'peso' })
    expect(m.value).toBeCloseTo(31 / 9.5, 12)
    expect(m.weightedN).toBe(9.5)
    expect(m.n).toBe(8)
    // sorted with weights: 1(1) 2(2) 3(2) 4(1) 4(1) 4(.5) 5(1) 5(1); cumulative 1, 3, 5 passes 9.5 / 2 at 3
    expect(run({ statistic: 'median', variable: 'sodd', weight: 'peso' }).value).toBe(3)
    const f = memFrame('W', [
      { name: 'x', values: [1, 2, 3] },
      { name: 'w', values: [1, 1, 2] }
    ])
    // like the unweighted 1 2 3 3 → (2 + 3) / 2
    const wm = computeSurvey(f, surveySpec.parse({ source: 'survey', dataset: 'W', statistic: 'median', variable: 'x', weight: 'w' }), [], L)
    expect(wm.value).toBe(2.5)
  })

  it('top-2-box and the Likert distribution', () => {
    // 4 or 5: rows 0 1 5 6 8 → 5 of 8
    const t = run({ statistic: 'top2box', variable: 'sodd' })
    expect(t.value).toBe(62.5)
    const l = run({ statistic: 'likert', variable: 'sodd' })
    expect(l.value).toBe(62.5)
    expect(l.series.map((s) => s.label)).toEqual(['Per nulla', 'Poco', 'Abbastanza', 'Molto', 'Moltissimo'])
    expect(l.series.map((s) => s.value)).toEqual([12.5, 12.5, 12.5, 37.5, 25])
  })

  it('multiple response: % of respondents and % of responses, both labelled', () => {
    // 8 answered (2 null); chosen a=5 b=3 c=4; responses = 12
    const r = run({ statistic: 'multi', variable: 'servizi' })
    expect([r.n, r.missing]).toEqual([8, 2])
    expect(r.value).toBe(87.5) // 7 of 8 chose at least one option
    expect(r.seriesLabels).toEqual({ value: '% rispondenti', secondary: '% risposte' })
    const a = r.series.find((s) => s.key === 'a')!
    expect(a.label).toBe('Asilo')
    expect(a.value).toBe(62.5)
    expect(a.secondary).toBeCloseTo((5 / 12) * 100, 10)
    expect(r.series.reduce((s, x) => s + (x.secondary ?? 0), 0)).toBeCloseTo(100, 10)
    expect(run({ statistic: 'multi', variable: 'servizi', categories: ['b', 'c'] }).value).toBe(62.5) // rows 0 4 5 8 9 = 5 of 8
    expect(run({ statistic: 'percent', variable: 'servizi', categories: ['Asilo'] }).value).toBe(62.5)
  })

  it('crosstab with row and column percentages', () => {
    // both valid: 8 rows; F: N 3, S 3; M: N 2, S 0
    const row = run({ statistic: 'crosstab', variable: 'genere', colVariable: 'zona', percentBase: 'row' })
    expect(row.crosstab!.counts).toEqual([[3, 3], [2, 0]])
    expect(row.crosstab!.percents).toEqual([[50, 50], [100, 0]])
    expect([row.n, row.missing]).toEqual([8, 2])
    const col = run({ statistic: 'crosstab', variable: 'genere', colVariable: 'zona', percentBase: 'col' })
    expect(col.crosstab!.percents).toEqual([[60, 100], [40, 0]])
    expect(col.crosstab!.rowLabels).toEqual(['Donna', 'Uomo'])
  })

  it('breaks down by a variable with n and missing per group', () => {
    const r = run({ statistic: 'mean', variable: 'sodd' }, ['genere'])
    expect(r.breakdown).toMatchObject([
      { by: 'genere', byLabel: 'Genere', group: 'Donna', value: 4, n: 5, missing: 1 },
      { by: 'genere', byLabel: 'Genere', group: 'Uomo', value: 1.5, n: 2, missing: 1 }
    ])
    // each group's mean carries its t interval, centred on it, on its own base (unweighted: no neff)
    for (const b of r.breakdown) {
      expect(b.estimate).toMatchObject({ kind: 'mean', neff: null })
      const [lo, hi] = b.estimate!.ci!
      expect((lo + hi) / 2).toBeCloseTo(b.value!, 10)
    }
  })

  it('applies filters and names them in the provenance', () => {
    const r = run({ statistic: 'top2box', variable: 'sodd', filter: { variable: 'genere', op: 'eq', value: 'M' } })
    expect([r.value, r.n, r.missing]).toEqual([0, 2, 1])
    expect(r.filterText).toBe('genere = "M"')
    expect(run({ statistic: 'count', variable: 'genere', filter: { variable: 'eta', op: 'ge', value: 44 } }).value).toBe(4)
  })

  it('explains bad input instead of computing nonsense', () => {
    expect(() => run({ statistic: 'mean', variable: 'soddisfazione' })).toThrow(/Variable "soddisfazione" is not in questionnaire "Prova" \(renamed or removed\?\)/)
    expect(() => run({ statistic: 'mean', variable: 'vuota' })).toThrow(/No valid answers to "vuota".*divide by zero/)
    expect(() => run({ statistic: 'count', variable: 'genere', filter: { variable: 'eta', op: 'gt', value: 100 } })).toThrow(
      /filter "eta > 100" leaves no respondents/
    )
    expect(() => run({ statistic: 'percent', variable: 'genere', categories: ['X'] })).toThrow(/"X" is not a category of "genere"/)
    expect(() => run({ statistic: 'sd', variable: 'sodd', filter: { variable: 'eta', op: 'eq', value: 30 } })).toThrow(/at least 2 valid answers/)
  })
})
