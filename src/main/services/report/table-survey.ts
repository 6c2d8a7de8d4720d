import type { TableModelDto, TableSpec } from '../../../shared/ipc/indicators'
import { categorical, multi, numeric, variableMeta } from '../indicators/encode'
import type { Labels } from '../indicators/labels'
import { distributionBy, multiBy, ONE, type Grouping, type Rows, type Weights } from '../indicators/stats'
import { computeSurvey } from '../indicators/survey-compute'
import { filterRows, filterText } from '../indicators/survey-filter'
import type { DatasetFrame } from '../survey/frame'

/** The computed part of a table, before numbering and section. */
export interface Body {
  header: string[]
  roles: TableModelDto['columnRoles']
  rows: TableModelDto['rows']
  notes: string[]
  base: number | null
  missing: number | null
  sources: string[]
  error: string | null
}

type Cats = Extract<TableSpec, { rows: 'categories' }>
type Items = Extract<TableSpec, { rows: 'items' }>

const pct = (a: number, b: number): number | null => (b > 0 ? (100 * a) / b : null)

/** Filter and weight notes; base and missing are written by the sheet writer from Body.base / .missing. */
function surveyNotes(frame: DatasetFrame, spec: Cats | Items, L: Labels): Pick<Body, 'notes' | 'sources'> {
  const notes: string[] = []
  if (spec.filter) notes.push(L.filter(filterText(spec.filter)))
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

/** Rows = the categories (or options) of one variable; columns = total and the groups of "by". */
export function categoriesTable(spec: Cats, frame: DatasetFrame, L: Labels): Body {
  const rows = filterRows(frame, spec.filter)
  const w = weightsOf(frame, spec.weight)
  const cols = columnsOf(frame, spec.by, rows, L)
  const meta = variableMeta(frame, spec.variable)
  const fmt = spec.statistic === 'count' ? ('count' as const) : ('percent' as const)
  let body: TableModelDto['rows']
  let ns: number[]
  let missing: number
  const notes: string[] = []
  const ncols = cols.header.length
  const colIdx = Array.from({ length: ncols }, (_, c) => c)
  if (meta.type === 'multi') {
    const m = multi(frame, spec.variable)
    const total = multiBy(m, rows, w, ONE, null)
    const grouped = cols.by ? multiBy(m, rows, w, cols.by, null) : null
    const src = (c: number) => (c === 0 ? { t: total, j: 0 } : { t: grouped!, j: cols.keep[c - 1] })
    body = m.labels.map((label, o) => ({
      label,
      cells: colIdx.map((c) => {
        const { t, j } = src(c)
        const v = t.chosen[j * t.options + o]
        return { value: fmt === 'count' ? v : pct(v, t.wn[j]), format: fmt, n: t.n[j] }
      })
    }))
    ns = colIdx.map((c) => src(c).t.n[src(c).j])
    missing = total.missing[0]
    notes.push(L.multiNote)
  } else {
    const c0 = categorical(frame, spec.variable)
    const total = distributionBy(c0, rows, w, ONE)
    const grouped = cols.by ? distributionBy(c0, rows, w, cols.by) : null
    const src = (c: number) => (c === 0 ? { t: total, j: 0 } : { t: grouped!, j: cols.keep[c - 1] })
    body = c0.labels.map((label, l) => ({
      label,
      cells: colIdx.map((c) => {
        const { t, j } = src(c)
        const v = t.counts[j * t.levels + l]
        return { value: fmt === 'count' ? v : pct(v, t.wn[j]), format: fmt, n: t.n[j] }
      })
    }))
    ns = colIdx.map((c) => src(c).t.n[src(c).j])
    missing = total.missing[0]
  }
  body.push({ label: L.n, cells: ns.map((n) => ({ value: n, format: 'count', n: null })), isBase: true })
  const extra = surveyNotes(frame, spec, L)
  return {
    header: [meta.label ?? spec.variable, ...cols.header],
    roles: ['label', 'total', ...cols.header.slice(1).map(() => 'group' as const)],
    rows: body,
    notes: [...extra.notes, ...notes],
    base: ns[0],
    missing,
    sources: extra.sources,
    error: ns[0] === 0 ? `No valid answers to "${spec.variable}"` : null
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
    const body = spec.items.map((item) => {
      const c = categorical(frame, item)
      const d = distributionBy(c, rows, w, ONE)
      maxN = Math.max(maxN, d.n[0])
      maxMissing = Math.max(maxMissing, d.missing[0])
      // Items share the scale of the first one: match categories by stored value.
      const cells = scale.values.map((v) => {
        const j = c.values.findIndex((x) => String(x) === String(v))
        return { value: j < 0 ? 0 : pct(d.counts[j], d.wn[0]), format: 'percent' as const, n: d.n[0] }
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
  const body = results.map(({ item, r }) => ({
    label: label(item),
    cells: [
      { value: r.value, format: fmt, n: r.n },
      ...groups.map((g) => {
        const b = r.breakdown.find((x) => x.group === g)
        return { value: b?.value ?? null, format: fmt, n: b?.n ?? null }
      }),
      { value: r.n, format: 'count' as const, n: null }
    ]
  }))
  const n = Math.max(...results.map((x) => x.r.n))
  const missing = Math.max(...results.map((x) => x.r.missing))
  const extra = surveyNotes(frame, spec, L)
  return {
    header: [battery.stem, L.total, ...groups, L.n],
    roles: ['label', 'total', ...groups.map(() => 'group' as const), 'n'],
    rows: body,
    notes: extra.notes,
    base: n,
    missing,
    sources: extra.sources,
    error: null
  }
}
