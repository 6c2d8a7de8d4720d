import type { CodingSpec, FilterSpec, IndicatorOptionsDto, IndicatorSpec, RegisterSpec, SurveySpec } from '../../../../../shared/ipc/indicators'

/** Form state of the three kinds of indicator source, and their conversion to and from the stored spec. */
export type Scalar = string | number

export interface FilterForm {
  variable: string
  op: FilterSpec['op']
  /** Comma-separated for in / notIn. */
  value: string
}

export interface SurveyForm {
  dataset: string
  layer: 'clean' | 'raw'
  statistic: SurveySpec['statistic']
  variable: string
  categories: Scalar[]
  items: string[]
  colVariable: string
  percentBase: 'row' | 'col' | 'total'
  filter: FilterForm | null
  weight: string
}

export interface RegisterForm {
  measure: RegisterSpec['measure']
  kinds: string[]
  actions: string[]
  from: string
  to: string
  areas: string[]
  orgAreas: string[]
  orgKinds: NonNullable<RegisterSpec['orgKinds']>
  modes: string[]
}

export interface CodingForm {
  measure: CodingSpec['measure']
  codes: string[]
  includeChildren: boolean
  coders: string
}

export const emptySurvey = (o: IndicatorOptionsDto): SurveyForm => ({
  dataset: o.datasets[0]?.name ?? '',
  layer: 'clean',
  statistic: 'percent',
  variable: '',
  categories: [],
  items: [],
  colVariable: '',
  percentBase: 'row',
  filter: null,
  weight: ''
})
export const emptyRegister = (): RegisterForm => ({
  measure: 'activities',
  kinds: [],
  actions: [],
  from: '',
  to: '',
  areas: [],
  orgAreas: [],
  orgKinds: [],
  modes: []
})
export const emptyCoding = (): CodingForm => ({ measure: 'sources', codes: [], includeChildren: true, coders: '' })

export function filterForm(f: FilterSpec | undefined): FilterForm | null {
  if (!f) return null
  const v = f.value
  return { variable: f.variable, op: f.op, value: v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v) }
}

/** The editor's state of a stored spec (the other two sources keep their empty forms). */
export function specForms(s: IndicatorSpec, o: IndicatorOptionsDto): { survey: SurveyForm; register: RegisterForm; coding: CodingForm } {
  const out = { survey: emptySurvey(o), register: emptyRegister(), coding: emptyCoding() }
  if (s.source === 'survey')
    out.survey = {
      dataset: s.dataset,
      layer: s.layer,
      statistic: s.statistic,
      variable: s.variable ?? '',
      categories: s.categories ?? [],
      items: s.items ?? [],
      colVariable: s.colVariable ?? '',
      percentBase: s.percentBase,
      filter: filterForm(s.filter),
      weight: s.weight ?? ''
    }
  else if (s.source === 'register')
    out.register = {
      measure: s.measure,
      kinds: s.kinds ?? [],
      actions: s.actions ?? [],
      from: s.from ?? '',
      to: s.to ?? '',
      areas: s.areas ?? [],
      orgAreas: s.orgAreas ?? [],
      orgKinds: s.orgKinds ?? [],
      modes: s.modes ?? []
    }
  else out.coding = { measure: s.measure, codes: s.codes, includeChildren: s.includeChildren, coders: (s.coders ?? []).join(', ') }
  return out
}

const scalarOf = (s: string, categories: { value: Scalar }[]): Scalar => {
  const t = s.trim()
  const known = categories.find((c) => String(c.value) === t)
  if (known) return known.value
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t
}

export function filterSpecOf(f: FilterForm | null, categories: { value: Scalar }[]): FilterSpec | undefined {
  if (!f || !f.variable) return undefined
  if (f.op === 'missing' || f.op === 'notMissing') return { variable: f.variable, op: f.op }
  if (f.op === 'in' || f.op === 'notIn')
    return {
      variable: f.variable,
      op: f.op,
      value: f.value
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
        .map((x) => scalarOf(x, categories))
    }
  return { variable: f.variable, op: f.op, value: scalarOf(f.value, categories) }
}

const opt = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined)
const optText = (s: string): string | undefined => (s.trim() ? s.trim() : undefined)

export function specOf(
  f: { source: 'survey' | 'register' | 'coding'; survey: SurveyForm; register: RegisterForm; coding: CodingForm },
  o: IndicatorOptionsDto
): IndicatorSpec {
  if (f.source === 'survey') {
    const s = f.survey
    const ds = o.datasets.find((d) => d.name === s.dataset || d.id === s.dataset)
    const cats = ds?.variables.find((v) => v.name === s.filter?.variable)?.categories ?? []
    const usesItems = s.statistic === 'itemMeans'
    return {
      source: 'survey',
      dataset: s.dataset,
      layer: s.layer,
      statistic: s.statistic,
      variable: usesItems ? undefined : optText(s.variable),
      categories: usesItems ? undefined : opt(s.categories),
      items: usesItems ? opt(s.items) : undefined,
      colVariable: s.statistic === 'crosstab' ? optText(s.colVariable) : undefined,
      percentBase: s.percentBase,
      filter: filterSpecOf(s.filter, cats),
      weight: optText(s.weight)
    }
  }
  if (f.source === 'register') {
    const r = f.register
    return {
      source: 'register',
      measure: r.measure,
      kinds: opt(r.kinds),
      actions: opt(r.actions),
      from: optText(r.from),
      to: optText(r.to),
      areas: opt(r.areas),
      orgAreas: opt(r.orgAreas),
      orgKinds: opt(r.orgKinds),
      modes: opt(r.modes)
    }
  }
  const c = f.coding
  const coders = c.coders
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
  return { source: 'coding', measure: c.measure, codes: c.codes, includeChildren: c.includeChildren, coders: opt(coders) }
}

