import type { CodingSpec, FilterSpec, RegisterSpec, SurveySpec } from '../../../../shared/ipc/indicators'
import type { IndicatorDef } from '../../indicators/indicator-defs'
import type { BookText } from '../xlsx-book'
import { dateText, listText, quote, valueText, type VariableWords } from './words'

/** An indicator's computation in words: what is counted or averaged, over what, filtered and weighted how. */
export interface DefinitionWords {
  computation: string
  base: string
  filter: string
  weight: string
  breakdowns: string
}

const cats = (xs: (string | number)[] | undefined, bt: BookText): string => listText((xs ?? []).map((x) => valueText(x, bt.locale)), bt.locale, 'disjunction')

export function filterWords(f: FilterSpec | undefined, v: VariableWords, bt: BookText): string {
  if (!f) return bt.t('methods.none')
  const vals = Array.isArray(f.value) ? f.value : f.value === undefined ? [] : [f.value]
  const condition = bt.t(`methods.filter.${f.op}`, {
    variable: v.name(f.variable),
    value: vals.length ? valueText(vals[0], bt.locale) : '',
    values: cats(vals, bt)
  })
  return bt.t('methods.filter.only', { condition })
}

function rangeWords(r: NonNullable<SurveySpec['range']>, bt: BookText): string {
  const n = (x: number): string => valueText(x, bt.locale)
  if (r.min !== undefined && r.max !== undefined) return bt.t('methods.def.rangeBoth', { min: n(r.min), max: n(r.max) })
  if (r.min !== undefined) return bt.t('methods.def.rangeMin', { min: n(r.min) })
  return bt.t('methods.def.rangeMax', { max: n(r.max ?? 0) })
}

function surveyComputation(s: SurveySpec, v: VariableWords, bt: BookText): string {
  const variable = v.name(s.variable ?? '')
  switch (s.statistic) {
    case 'percent':
    case 'count':
      if (s.range) return bt.t(s.statistic === 'percent' ? 'methods.def.percentRange' : 'methods.def.countRange', { variable, range: rangeWords(s.range, bt) })
      if (s.categories?.length) return bt.t(s.statistic === 'percent' ? 'methods.def.percentCategories' : 'methods.def.countCategories', { variable, categories: cats(s.categories, bt) })
      return bt.t('methods.def.countAll', { variable })
    case 'mean':
    case 'median':
    case 'sd':
      return bt.t(`methods.def.${s.statistic}`, { variable })
    case 'likert':
    case 'top2box':
      return bt.t('methods.def.topBox', { variable, categories: s.categories?.length ? cats(s.categories, bt) : (v.topTwo(s.variable ?? '') ?? '') })
    case 'itemMeans':
      return bt.t('methods.def.itemMeans', { items: v.names(s.items ?? []) })
    case 'multi':
      return s.categories?.length ? bt.t('methods.def.multi', { variable, categories: cats(s.categories, bt) }) : bt.t('methods.def.multiAny', { variable })
    case 'crosstab':
      return bt.t('methods.def.crosstab', { row: variable, column: v.name(s.colVariable ?? ''), base: bt.t(`methods.def.crosstabBase.${s.percentBase}`) })
  }
}

function registerFilter(s: RegisterSpec, actionName: (key: string) => string, bt: BookText): string {
  const { locale } = bt
  const parts: string[] = []
  if (s.actions?.length) parts.push(bt.t('methods.reg.actions', { list: listText(s.actions.map((a) => quote(actionName(a), locale)), locale, 'disjunction') }))
  if (s.kinds?.length) parts.push(bt.t('methods.reg.kinds', { list: listText(s.kinds, locale, 'disjunction') }))
  if (s.modes?.length) parts.push(bt.t('methods.reg.modes', { list: listText(s.modes, locale, 'disjunction') }))
  if (s.areas?.length) parts.push(bt.t('methods.reg.places', { list: listText(s.areas.map((a) => quote(a, locale)), locale) }))
  if (s.orgAreas?.length) parts.push(bt.t('methods.reg.orgPlaces', { list: listText(s.orgAreas.map((a) => quote(a, locale)), locale) }))
  if (s.orgKinds?.length) parts.push(bt.t('methods.reg.orgKinds', { list: listText(s.orgKinds.map((k) => bt.t(`methods.org.${k}`)), locale) }))
  if (s.from) parts.push(bt.t('methods.reg.from', { date: dateText(s.from, locale) }))
  if (s.to) parts.push(bt.t('methods.reg.to', { date: dateText(s.to, locale) }))
  return parts.length ? ' ' + parts.join(', ') : ''
}

function codingComputation(s: CodingSpec, bt: BookText): string {
  const codes = listText(s.codes.map((c) => quote(c, bt.locale)), bt.locale, 'disjunction')
  return bt.t(`methods.def.coding.${s.measure}`, {
    codes,
    children: s.includeChildren ? bt.t('methods.def.codingChildren') : '',
    coders: s.coders?.length ? bt.t('methods.def.codingCoders', { coders: listText(s.coders, bt.locale) }) : ''
  })
}

const REGISTER_DIMS = new Set(['action', 'kind', 'area', 'year', 'mode', 'sizeClass', 'sector', 'orgKind', 'gender', 'ageBand'])

/** An indicator's definition in words, its variables and dimensions named by their labels. */
export function definitionWords(d: IndicatorDef, v: VariableWords, actionName: (key: string) => string, bt: BookText): DefinitionWords {
  const none = bt.t('methods.none')
  const s = d.spec
  const dims = d.disaggregations.map((x) => {
    if (x.label) return quote(x.label, bt.locale)
    if (s?.source === 'survey') return v.name(x.by)
    if (s?.source === 'register' && REGISTER_DIMS.has(x.by)) return bt.t(`methods.dim.${x.by as 'action'}`)
    if (x.by === 'coder') return bt.t('methods.dim.coder')
    return quote(x.by, bt.locale)
  })
  const breakdowns = dims.length ? listText(dims, bt.locale) : none
  if (!s) return { computation: bt.t('methods.def.invalid', { reason: d.specError ?? { key: 'indicators.noSpec' } }), base: '', filter: none, weight: none, breakdowns }
  if (s.source === 'survey')
    return {
      computation: surveyComputation(s, v, bt),
      base: bt.t('methods.def.surveyBase', { layer: s.layer === 'raw' ? bt.t('methods.def.rawLayer') : '' }),
      filter: filterWords(s.filter, v, bt),
      weight: s.weight ? bt.t('methods.def.weighted', { variable: v.name(s.weight) }) : none,
      breakdowns
    }
  if (s.source === 'register')
    return {
      computation: bt.t(`methods.def.register.${s.measure}`, { filter: registerFilter(s, actionName, bt) }),
      base: bt.t(s.measure === 'womenShare' ? 'methods.def.registerBaseGender' : 'methods.def.registerBase'),
      filter: none,
      weight: none,
      breakdowns
    }
  return {
    computation: codingComputation(s, bt),
    base: bt.t(s.measure === 'cases' ? 'methods.def.codingBaseCases' : 'methods.def.codingBase'),
    filter: none,
    weight: none,
    breakdowns
  }
}
