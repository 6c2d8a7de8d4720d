import type { EsitiError } from '../../../shared/errors'
import type { BreakdownDto, CrosstabDto, Disaggregation, EstimateDto, NumberFormat, SeriesDto, SurveySpec } from '../../../shared/ipc/indicators'
import type { DatasetFrame } from '../survey'
import { categorical, matchLevels, multi, numeric, sortedOrder, variableMeta, type CatColumn } from './encode'
import type { Labels } from './labels'
import { problem } from './problem'
import { distributionBy, medianBy, momentsBy, multiBy, notAskedBy, ONE, rangeBy, type Grouping, type Rows, type Weights } from './stats'
import { filterRows, filterText } from './survey-filter'
import { meanEstimate, proportionEstimate } from './inference/estimates'

/** One computed figure and, for distributions, its parts. */
export interface Figure {
  value: number | null
  n: number
  missing: number
  wn: number
  series?: SeriesDto[]
  crosstab?: CrosstabDto
  /** Interval and test inputs (questionnaire percentages and means). */
  estimate?: EstimateDto | null
}

export interface Outcome {
  value: number | null
  n: number
  missing: number
  weightedN: number | null
  estimate: EstimateDto | null
  format: NumberFormat
  series: SeriesDto[]
  seriesLabels: { value: string; secondary: string | null } | null
  crosstab: CrosstabDto | null
  breakdown: BreakdownDto[]
  filterText: string | null
}

/** A statistic computed for every group of a grouping at once (ONE = the whole base). */
type Stat = (rows: Rows, g: Grouping) => Figure[]

const pct = (a: number, b: number): number | null => (b > 0 ? (100 * a) / b : null)
const num = (v: number): number | null => (v === v ? v : null)

export const FORMAT_OF: Record<SurveySpec['statistic'], NumberFormat> = {
  count: 'count',
  percent: 'percent',
  mean: 'decimal',
  median: 'decimal',
  sd: 'decimal',
  likert: 'percent',
  top2box: 'percent',
  itemMeans: 'decimal',
  multi: 'percent',
  crosstab: 'percent'
}

function need<T>(v: T | undefined, what: () => EsitiError): T {
  if (v === undefined || (Array.isArray(v) && v.length === 0)) throw what()
  return v
}

/** The two top levels of a scale: the highest numeric codes, or the last two in scale order. */
export function topTwo(c: CatColumn): Set<number> {
  if (c.values.length < 2) throw problem('indicators.topTwoScale')
  if (c.values.every((v) => typeof v === 'number')) {
    const order = c.values.map((v, i) => [v as number, i] as const).sort((a, b) => b[0] - a[0])
    return new Set([order[0][1], order[1][1]])
  }
  return new Set([c.values.length - 1, c.values.length - 2])
}

const groups = (size: number): number[] => Array.from({ length: size }, (_, j) => j)

function categoryStat(frame: DatasetFrame, spec: SurveySpec, name: string, w: Weights): Stat {
  if (variableMeta(frame, name).type === 'multi') {
    const m = multi(frame, name)
    const set = matchLevels(m, need(spec.categories, () => problem('indicators.needsCategories', { statistic: spec.statistic, variable: name })), name)
    const mask = new Uint8Array(m.labels.length)
    for (const j of set) mask[j] = 1
    return (rows, g) => {
      const t = multiBy(m, rows, w, g, mask)
      return groups(g.size).map((j) => {
        const value = spec.statistic === 'count' ? t.anyOf[j] : pct(t.anyOf[j], t.wn[j])
        const estimate = spec.statistic === 'count' ? null : proportionEstimate(value, t.n[j], t.wn[j], t.w2[j], w !== null)
        return { value, n: t.n[j], missing: t.missing[j], wn: t.wn[j], estimate }
      })
    }
  }
  const c = categorical(frame, name)
  let hits: Set<number> | null = null
  if (spec.statistic === 'top2box' || spec.statistic === 'likert') hits = spec.categories?.length ? matchLevels(c, spec.categories, name) : topTwo(c)
  else if (spec.categories?.length) hits = matchLevels(c, spec.categories, name)
  else if (spec.statistic === 'percent') throw problem('indicators.percentNeedsCategories', { variable: name })
  return (rows, g) => {
    const d = distributionBy(c, rows, w, g)
    return groups(g.size).map((j) => {
      let h = 0
      if (hits) for (const l of hits) h += d.counts[j * d.levels + l]
      const series = c.labels.map((label, l) => ({ key: String(c.values[l]), label, value: pct(d.counts[j * d.levels + l], d.wn[j]), n: d.n[j] }))
      const value = spec.statistic === 'count' ? (hits ? h : d.wn[j]) : pct(h, d.wn[j])
      const estimate = spec.statistic === 'count' ? null : proportionEstimate(value, d.n[j], d.wn[j], d.w2[j], w !== null)
      return { value, n: d.n[j], missing: d.missing[j], wn: d.wn[j], series, estimate }
    })
  }
}

function makeStat(frame: DatasetFrame, spec: SurveySpec, w: Weights): Stat {
  const variable = (): string => need(spec.variable, () => problem('indicators.needsVariable', { statistic: spec.statistic }))
  if ((spec.statistic === 'count' || spec.statistic === 'percent') && spec.range) {
    const x = numeric(frame, variable())
    const lo = spec.range.min ?? -Infinity
    const hi = spec.range.max ?? Infinity
    if (lo > hi) throw problem('indicators.emptyRange', { min: lo, max: hi, variable: spec.variable })
    return (rows, g) => {
      const t = rangeBy(x, rows, w, g, lo, hi)
      return groups(g.size).map((j) => {
        const value = spec.statistic === 'count' ? t.hits[j] : pct(t.hits[j], t.wn[j])
        const estimate = spec.statistic === 'count' ? null : proportionEstimate(value, t.n[j], t.wn[j], t.w2[j], w !== null)
        return { value, n: t.n[j], missing: t.missing[j], wn: t.wn[j], estimate }
      })
    }
  }
  switch (spec.statistic) {
    case 'count':
    case 'percent':
    case 'likert':
    case 'top2box':
      return categoryStat(frame, spec, variable(), w)
    case 'mean':
    case 'sd': {
      const x = numeric(frame, variable())
      const sd = spec.statistic === 'sd'
      return (rows, g) => {
        // The sd is computed for means too: their interval and the column t-tests need it.
        const m = momentsBy(x, rows, w, g, true)
        return groups(g.size).map((j) => ({
          value: num(sd ? m.sd[j] : m.mean[j]),
          n: m.n[j],
          missing: m.missing[j],
          wn: m.wn[j],
          estimate: sd ? null : meanEstimate(num(m.mean[j]), m.sd[j], m.n[j], m.wn[j], m.w2[j], w !== null)
        }))
      }
    }
    case 'median': {
      const name = variable()
      const x = numeric(frame, name)
      const order = sortedOrder(frame, name)
      return (rows, g) => {
        const m = medianBy(x, order, rows, w, g)
        return groups(g.size).map((j) => ({ value: num(m.median[j]), n: m.n[j], missing: m.missing[j], wn: m.wn[j] }))
      }
    }
    case 'itemMeans': {
      const items = need(spec.items, () => problem('indicators.needsItems'))
      const cols = items.map((name) => ({ name, label: variableMeta(frame, name).label ?? name, x: numeric(frame, name) }))
      const xs = cols.map((c) => c.x)
      return (rows, g) => {
        // Weighted: one pass per item. Unweighted: every item's sum and count in the same single pass.
        const per = w ? cols.map((c) => momentsBy(c.x, rows, w, g, false)) : null
        const G = g.size
        const sum = new Float64Array(xs.length * G)
        const cnt = new Int32Array(xs.length * G)
        // A respondent counts in n when they answered at least one item.
        const answered = new Int32Array(G)
        const all = new Int32Array(G)
        const gc = g.codes
        // Item by item over the rows (one column in cache at a time), marking who answered anything.
        const seen = new Uint8Array(rows.length)
        for (let c = 0; c < xs.length; c++) {
          const x = xs[c]
          const base = c * G
          for (let k = 0; k < rows.length; k++) {
            const i = rows[k]
            const gi = gc ? gc[i] : 0
            if (gi < 0) continue
            const v = x[i]
            if (v !== v) continue
            seen[k] = 1
            if (!per) (sum[base + gi] += v), cnt[base + gi]++
          }
        }
        for (let k = 0; k < rows.length; k++) {
          const gi = gc ? gc[rows[k]] : 0
          if (gi < 0) continue
          all[gi]++
          if (seen[k]) answered[gi]++
        }
        return groups(G).map((j) => {
          const series = cols.map((c, k) => ({
            key: c.name,
            label: c.label,
            value: per ? num(per[k].mean[j]) : cnt[k * G + j] > 0 ? sum[k * G + j] / cnt[k * G + j] : null,
            n: per ? per[k].n[j] : cnt[k * G + j]
          }))
          const means = series.map((s) => s.value).filter((v): v is number => v !== null)
          return { value: means.length ? means.reduce((s, v) => s + v, 0) / means.length : null, n: answered[j], missing: all[j] - answered[j], wn: answered[j], series }
        })
      }
    }
    case 'multi': {
      const name = variable()
      const m = multi(frame, name)
      let mask: Uint8Array | null = null
      if (spec.categories?.length) {
        mask = new Uint8Array(m.labels.length)
        for (const j of matchLevels(m, spec.categories, name)) mask[j] = 1
      }
      return (rows, g) => {
        const t = multiBy(m, rows, w, g, mask)
        // % of respondents per option over those asked about it (a wave that did not offer it is left out).
        const na = m.notAsked?.length ? notAskedBy(m, rows, w, g) : null
        return groups(g.size).map((j) => ({
          value: pct(t.anyOf[j], t.wn[j]),
          n: t.n[j],
          missing: t.missing[j],
          wn: t.wn[j],
          estimate: proportionEstimate(pct(t.anyOf[j], t.wn[j]), t.n[j], t.wn[j], t.w2[j], w !== null),
          series: m.labels.map((label, o) => ({
            key: m.values[o],
            label,
            value: pct(t.chosen[j * t.options + o], t.wn[j] - (na ? na.wn[j * t.options + o] : 0)),
            n: t.n[j] - (na ? na.n[j * t.options + o] : 0),
            secondary: pct(t.chosen[j * t.options + o], t.responses[j])
          }))
        }))
      }
    }
    case 'crosstab': {
      const r = categorical(frame, variable())
      const c = categorical(frame, need(spec.colVariable, () => problem('indicators.needsColumn')))
      return (rows) => {
        const d = distributionBy(c, rows, w, { codes: r.codes, size: r.labels.length })
        const counts = r.labels.map((_, a) => Array.from(d.counts.subarray(a * d.levels, (a + 1) * d.levels)))
        const n = d.n.reduce((s, v) => s + v, 0)
        const wn = d.wn.reduce((s, v) => s + v, 0)
        const rowT = counts.map((row) => row.reduce((s, v) => s + v, 0))
        const colT = c.labels.map((_, j) => counts.reduce((s, row) => s + row[j], 0))
        const percents = counts.map((row, a) =>
          row.map((v, b) => pct(v, spec.percentBase === 'row' ? rowT[a] : spec.percentBase === 'col' ? colT[b] : wn))
        )
        return [{ value: null, n, missing: rows.length - n, wn, crosstab: { rowLabels: r.labels, colLabels: c.labels, counts, percents, base: spec.percentBase } }]
      }
    }
  }
}

function weightsOf(frame: DatasetFrame, name: string | undefined): Weights {
  if (!name) return null
  const w = numeric(frame, name)
  for (let i = 0; i < w.length; i++) if (w[i] < 0) throw problem('indicators.negativeWeight', { name })
  return w
}

/** A survey indicator over one dataset frame: headline, distribution parts and breakdowns. */
export function computeSurvey(frame: DatasetFrame, spec: SurveySpec, disaggregations: Disaggregation[], L: Labels): Outcome {
  const w = weightsOf(frame, spec.weight)
  const rows = filterRows(frame, spec.filter)
  const stat = makeStat(frame, spec, w)
  const [fig] = stat(rows, ONE)
  const varName = spec.variable ?? spec.items?.join(', ') ?? ''
  if (fig.n === 0) throw problem(spec.filter ? 'indicators.noValidAnswersFiltered' : 'indicators.noValidAnswers', { variable: varName })
  if (fig.value === null && spec.statistic !== 'crosstab')
    throw spec.statistic === 'sd'
      ? problem('indicators.sdNeedsTwo', { variable: varName, n: fig.n })
      : problem('indicators.noValueToCompute', { variable: varName, statistic: spec.statistic })
  const breakdown: BreakdownDto[] = []
  if (spec.statistic !== 'crosstab')
    for (const d of disaggregations) {
      const by = categorical(frame, d.by)
      const byLabel = d.label ?? variableMeta(frame, d.by).label ?? d.by
      stat(rows, { codes: by.codes, size: by.labels.length }).forEach((f, j) => {
        if (f.n + f.missing === 0) return
        breakdown.push({ by: d.by, byLabel, group: by.labels[j], value: f.value, n: f.n, missing: f.missing, estimate: f.estimate ?? null })
      })
    }
  const multiLabels = spec.statistic === 'multi' ? { value: L.respondentsPct, secondary: L.responsesPct } : null
  return {
    value: fig.value,
    n: fig.n,
    missing: fig.missing,
    weightedN: w ? fig.wn : null,
    estimate: fig.estimate ?? null,
    format: FORMAT_OF[spec.statistic],
    series: fig.series ?? [],
    seriesLabels: multiLabels ?? (fig.series ? { value: spec.statistic === 'itemMeans' ? L.value : '%', secondary: null } : null),
    crosstab: fig.crosstab ?? null,
    breakdown,
    filterText: spec.filter ? filterText(spec.filter, L.locale) : null
  }
}
