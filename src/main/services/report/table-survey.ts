import type { TableModelDto, TableSpec } from '../../../shared/ipc/indicators'
import { formatMessage, msg } from '../../../shared/messages'
import { categorical, multi, numeric, variableMeta } from '../indicators/encode'
import { kishEffective, wilson } from '../indicators/inference/intervals'
import type { Labels } from '../indicators/labels'
import { distributionBy, multiBy, ONE, type Grouping, type Rows, type Tally, type Weights } from '../indicators/stats'
import { computeSurvey } from '../indicators/survey-compute'
import { filterRows, filterText } from '../indicators/survey-filter'
import type { DatasetFrame } from '../survey'
import { estFrom, type Body, type BodyCell, type BodyRow, type Est } from './table-body'

export type { Body } from './table-body'

type Cats = Extract<TableSpec, { rows: 'categories' }>
type Items = Extract<TableSpec, { rows: 'items' }>

const pct = (a: number, b: number): number | null => (b > 0 ? (100 * a) / b : null)

/** Filter and weight notes; base and missing are written by the sheet writer from Body.base / .missing. */
function surveyNotes(frame: DatasetFrame, spec: Cats | Items, L: Labels): Pick<Body, 'notes' | 'sources'> {
  const notes: string[] = []
  if (spec.filter) notes.push(L.filter(filterText(spec.filter, L.locale)))
  if (spec.weight) notes.push(L.weighted(spec.weight))
  return { notes, sources: [L.survey(frame.name, frame.recipeVersion)] }
}

/** Total and the groups of "by" that have respondents, as groupings evaluated by the tallies. */
function columnsOf(frame: DatasetFrame, by: string | undefined, rows: Rows, L: Labels): { header: string[]; by: Grouping | null; keep: number[] } {
  if (!by) return { header: [L.total], by: null, keep: [] }
  const g = categorical(frame, by)
  const present = new Uint8Array(g.labels.length)
  for (let k = 0; k < rows.length; k++) if (g.codes[rows[k]] >= 0) present[g.codes[rows[k]]] = 1
  const keep = g.labels.map((_, j) => j).filter((j) => present[j])
  return { header: [L.total, ...keep.map((j) => g.labels[j])], by: { codes: g.codes, size: g.labels.length }, keep }
}

const weightsOf = (frame: DatasetFrame, name?: string): Weights => (name ? numeric(frame, name) : null)

/** A share of a column's base, with its Wilson interval on the (effective) base. */
function shareEst(part: number, t: Tally, j: number, weighted: boolean): Est | null {
  const p = pct(part, t.wn[j])
  if (p === null) return null
  const base = weighted ? kishEffective(t.wn[j], t.w2[j]) : t.n[j]
  const ci = wilson(p / 100, base)
  return { kind: 'proportion', point: p, base, sd: null, ci: ci ? [100 * ci[0], 100 * ci[1]] : null, weighted }
}

/** Σ of the weights of respondents who skipped the question (their weight itself valid). */
function missingWeight(missingAt: (i: number) => boolean, rows: Rows, w: Weights): number {
  let s = 0
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]
    if (missingAt(i)) s += w ? (w[i] >= 0 ? w[i] : 0) : 1
  }
  return s
}

/** Rows = the categories (or options) of one variable; columns = total and the groups of "by". */
export function categoriesTable(spec: Cats, frame: DatasetFrame, L: Labels): Body {
  const rows = filterRows(frame, spec.filter)
  const w = weightsOf(frame, spec.weight)
  const weighted = w !== null
  const cols = columnsOf(frame, spec.by, rows, L)
  const meta = variableMeta(frame, spec.variable)
  const fmt = spec.statistic === 'count' ? ('count' as const) : ('percent' as const)
  const ncols = cols.header.length
  const colIdx = Array.from({ length: ncols }, (_, c) => c)
  const notes: string[] = []
  let levels: string[]
  const part = (t: Tally & { parts: Float64Array; width: number }, j: number, l: number): number => t.parts[j * t.width + l]
  let total: Tally & { parts: Float64Array; width: number }
  let grouped: (Tally & { parts: Float64Array; width: number }) | null
  let missingAt: (i: number) => boolean
  const isMulti = meta.type === 'multi'
  if (isMulti) {
    const m = multi(frame, spec.variable)
    const wrap = (t: ReturnType<typeof multiBy>) => ({ ...t, parts: t.chosen, width: t.options })
    total = wrap(multiBy(m, rows, w, ONE, null))
    grouped = cols.by ? wrap(multiBy(m, rows, w, cols.by, null)) : null
    levels = m.labels
    missingAt = (i) => !m.answered[i]
    notes.push(L.multiNote)
  } else {
    const c0 = categorical(frame, spec.variable)
    const wrap = (t: ReturnType<typeof distributionBy>) => ({ ...t, parts: t.counts, width: t.levels })
    total = wrap(distributionBy(c0, rows, w, ONE))
    grouped = cols.by ? wrap(distributionBy(c0, rows, w, cols.by)) : null
    levels = c0.labels
    missingAt = (i) => c0.codes[i] < 0
  }
  const src = (c: number) => (c === 0 ? { t: total, j: 0 } : { t: grouped!, j: cols.keep[c - 1] })
  const missing = total.missing[0]
  // Valid % beside the % of all cases when some respondents skipped the question (SPSS's Percent / Valid Percent).
  const allBase = missing > 0 ? total.wn[0] + missingWeight(missingAt, rows, w) : 0
  const showAll = missing > 0 && fmt === 'percent'
  const body: BodyRow[] = levels.map((label, l) => {
    const cells: BodyCell[] = colIdx.map((c) => {
      const { t, j } = src(c)
      const v = part(t, j, l)
      const est = shareEst(v, t, j, weighted)
      return { value: fmt === 'count' ? v : pct(v, t.wn[j]), format: fmt, n: t.n[j], ...(est ? { est } : {}) }
    })
    if (showAll) cells.splice(1, 0, { value: pct(part(total, 0, l), allBase), format: 'percent', n: total.n[0] + missing })
    return { label, cells }
  })
  const ns = colIdx.map((c) => src(c).t.n[src(c).j])
  const baseCells: BodyCell[] = ns.map((n) => ({ value: n, format: 'count', n: null }))
  if (showAll) baseCells.splice(1, 0, { value: total.n[0] + missing, format: 'count', n: null })
  body.push({ label: L.n, cells: baseCells, isBase: true })
  // The table's chi-square: categories × groups (single response only: options of a multiple
  // response are not exclusive), on counts taken to the effective base when weighted.
  let contingency: Body['contingency'] = null
  if (!isMulti && grouped && cols.keep.length > 1) {
    const counts = levels.map((_, l) => cols.keep.map((j) => part(grouped!, j, l)))
    const wn = cols.keep.reduce((s, j) => s + grouped!.wn[j], 0)
    const w2 = cols.keep.reduce((s, j) => s + grouped!.w2[j], 0)
    contingency = { counts, scale: weighted && wn > 0 ? kishEffective(wn, w2) / wn : 1 }
  }
  const extra = surveyNotes(frame, spec, L)
  const header = [meta.label ?? spec.variable, ...cols.header]
  if (showAll) header.splice(2, 0, L.ofAll)
  return {
    header,
    roles: ['label', 'total', ...(showAll ? ['allPercent' as const] : []), ...cols.header.slice(1).map(() => 'group' as const)],
    rows: body,
    notes: [...extra.notes, ...notes],
    base: ns[0],
    missing,
    sources: extra.sources,
    error: ns[0] === 0 ? formatMessage(msg('indicators.tableNoAnswers', { variable: meta.label ?? spec.variable }), L.locale) : null,
    contingency
  }
}

/**
 * Grid questions (Google and Microsoft Forms) label every item "Question [Item]": when all items share
 * the question, it heads the label column and the rows show the items alone.
 */
export function batteryLabels(labels: string[]): { stem: string; items: string[] } {
  const parts = labels.map((l) => /^(.+?)\s*\[([^\]]+)\]\s*$/.exec(l))
  if (labels.length > 1 && parts.every((m) => m && m[1] === parts[0]![1])) return { stem: parts[0]![1], items: parts.map((m) => m![2]) }
  return { stem: '', items: labels }
}

/** Rows = the items of a battery; columns = the scale (likert) or total and groups (mean, top2box). */
export function itemsTable(spec: Items, frame: DatasetFrame, L: Labels): Body {
  const rows = filterRows(frame, spec.filter)
  const w = weightsOf(frame, spec.weight)
  const battery = batteryLabels(spec.items.map((name) => variableMeta(frame, name).label ?? name))
  const label = (name: string): string => battery.items[spec.items.indexOf(name)]
  if (spec.statistic === 'likert') {
    const scale = categorical(frame, spec.items[0])
    let maxN = 0
    let maxMissing = 0
    const body: BodyRow[] = spec.items.map((item) => {
      const c = categorical(frame, item)
      const d = distributionBy(c, rows, w, ONE)
      maxN = Math.max(maxN, d.n[0])
      maxMissing = Math.max(maxMissing, d.missing[0])
      // Items share the scale of the first one: match categories by stored value.
      const cells: BodyCell[] = scale.values.map((v) => {
        const j = c.values.findIndex((x) => String(x) === String(v))
        const est = shareEst(j < 0 ? 0 : d.counts[j], d, 0, w !== null)
        return { value: j < 0 ? 0 : pct(d.counts[j], d.wn[0]), format: 'percent' as const, n: d.n[0], ...(est ? { est } : {}) }
      })
      return { label: label(item), cells: [...cells, { value: d.n[0], format: 'count' as const, n: null }] }
    })
    const extra = surveyNotes(frame, spec, L)
    return {
      header: [battery.stem, ...scale.labels, L.n],
      roles: ['label', ...scale.labels.map(() => 'category' as const), 'n'],
      rows: body,
      notes: extra.notes,
      base: maxN,
      missing: maxMissing,
      sources: extra.sources,
      error: null
    }
  }
  const groups: string[] = []
  const results = spec.items.map((item) => {
    const r = computeSurvey(
      frame,
      { source: 'survey', dataset: spec.dataset, layer: spec.layer, statistic: spec.statistic, variable: item, filter: spec.filter, weight: spec.weight, percentBase: 'row' },
      spec.by ? [{ by: spec.by }] : [],
      L
    )
    for (const b of r.breakdown) if (!groups.includes(b.group)) groups.push(b.group)
    return { item, r }
  })
  const fmt = spec.statistic === 'mean' ? ('decimal' as const) : ('percent' as const)
  const body: BodyRow[] = results.map(({ item, r }) => ({
    label: label(item),
    cells: [
      { value: r.value, format: fmt, n: r.n, est: estFrom(r.estimate, r.value, r.n) },
      ...groups.map((g): BodyCell => {
        const b = r.breakdown.find((x) => x.group === g)
        return { value: b?.value ?? null, format: fmt, n: b?.n ?? null, est: estFrom(b?.estimate, b?.value ?? null, b?.n ?? null) }
      }),
      { value: r.n, format: 'count' as const, n: null }
    ]
  }))
  const n = Math.max(...results.map((x) => x.r.n))
  const missing = Math.max(...results.map((x) => x.r.missing))
  const extra = surveyNotes(frame, spec, L)
  return {
    header: [battery.stem, L.total, ...groups, L.n],
    roles: ['label', 'total', ...groups.map(() => 'group' as const), 'n'] as TableModelDto['columnRoles'],
    rows: body,
    notes: extra.notes,
    base: n,
    missing,
    sources: extra.sources,
    error: null,
    rowTests: true
  }
}
