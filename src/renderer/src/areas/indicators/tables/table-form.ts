import type { ChartSpec, IndicatorOptionsDto, TableInput, TableModelDto, TableSpec, TableStats } from '../../../../../shared/ipc/indicators'
import { filterForm, filterSpecOf, type FilterForm } from '../builder/spec-form'

export type RowsKind = TableSpec['rows']

/** The table editor's state; the three kinds of rows keep their own fields while the user switches. */
export interface TableForm {
  section: string
  title: string
  rows: RowsKind
  indicators: string[]
  indicatorsBy: string
  showTarget: boolean
  dataset: string
  variable: string
  items: string[]
  categoryStatistic: 'percent' | 'count'
  itemStatistic: 'likert' | 'mean' | 'top2box'
  by: string
  layer: 'clean' | 'raw'
  weight: string
  filter: FilterForm | null
  /** null: leave the stored notes as they are. */
  notes: string | null
  chart: ChartSpec
  /** Intervals, tests of group differences and the minimum base (as typed: '' = none). */
  stats: { ci: boolean; tests: boolean; minBase: string }
}

export function newTableForm(o: IndicatorOptionsDto): TableForm {
  return {
    section: '',
    title: '',
    rows: 'indicators',
    indicators: [],
    indicatorsBy: '',
    showTarget: true,
    dataset: o.datasets[0]?.name ?? '',
    variable: '',
    items: [],
    categoryStatistic: 'percent',
    itemStatistic: 'likert',
    by: '',
    layer: 'clean',
    weight: '',
    filter: null,
    notes: '',
    chart: { type: 'bar', horizontal: false, includeTotal: false },
    stats: { ci: false, tests: false, minBase: '' }
  }
}

export function tableFormOf(m: TableModelDto, o: IndicatorOptionsDto): TableForm {
  const f: TableForm = {
    ...newTableForm(o),
    section: m.sectionNumber === null ? '' : String(m.sectionNumber),
    title: m.title,
    rows: m.spec.rows,
    notes: null,
    chart: m.chartSpec ?? { type: 'none', horizontal: false, includeTotal: false },
    stats: { ci: m.stats.ci, tests: m.stats.tests, minBase: m.stats.minBase ? String(m.stats.minBase) : '' }
  }
  const s = m.spec
  if (s.rows === 'indicators') return { ...f, indicators: [...s.indicators], indicatorsBy: s.by ?? '', showTarget: s.showTarget }
  const common = { dataset: s.dataset, by: s.by ?? '', layer: s.layer, weight: s.weight ?? '', filter: filterForm(s.filter) }
  if (s.rows === 'categories') return { ...f, ...common, variable: s.variable, categoryStatistic: s.statistic }
  return { ...f, ...common, items: [...s.items], itemStatistic: s.statistic }
}

const optText = (s: string): string | undefined => (s.trim() ? s.trim() : undefined)

function specOf(f: TableForm, o: IndicatorOptionsDto): TableSpec {
  if (f.rows === 'indicators') return { rows: 'indicators', indicators: f.indicators, by: optText(f.indicatorsBy), showTarget: f.showTarget }
  const ds = o.datasets.find((d) => d.name === f.dataset || d.id === f.dataset)
  const cats = ds?.variables.find((v) => v.name === f.filter?.variable)?.categories ?? []
  const common = { dataset: f.dataset, by: optText(f.by), layer: f.layer, weight: optText(f.weight), filter: filterSpecOf(f.filter, cats) }
  if (f.rows === 'categories') return { rows: 'categories', ...common, variable: f.variable, statistic: f.categoryStatistic }
  return { rows: 'items', ...common, items: f.items, statistic: f.itemStatistic }
}

/** The table's statistics; a minimum base that is not a whole number from 1 is left for the service to refuse. */
export function statsOf(f: TableForm): TableStats | null {
  const minBase = f.stats.minBase.trim() ? Number(f.stats.minBase.trim()) : null
  if (!f.stats.ci && !f.stats.tests && minBase === null) return null
  return { ci: f.stats.ci, tests: f.stats.tests, minBase }
}

export function tableInputOf(f: TableForm, o: IndicatorOptionsDto): TableInput {
  const input: TableInput = {
    section: f.section ? Number(f.section) : null,
    title: f.title,
    spec: specOf(f, o),
    chart: f.chart.type === 'none' ? null : f.chart,
    stats: statsOf(f)
  }
  if (f.notes !== null) input.notes = f.notes.trim() || null
  return input
}
