import type { Disaggregation, IndicatorDefDto, IndicatorInput, IndicatorOptionsDto } from '../../../../../shared/ipc/indicators'
import { emptyCoding, emptyRegister, emptySurvey, specForms, specOf, type CodingForm, type RegisterForm, type SurveyForm } from './spec-form'

export type SourceKind = 'survey' | 'register' | 'coding'
export type IndicatorKind = 'output' | 'outcome' | 'qualitative' | 'context'

/** The editor's state: text inputs stay text until saved; the three source specs are kept apart. */
export interface IndicatorForm {
  code: string
  name: string
  nameEn: string
  definition: string
  unit: string
  kind: IndicatorKind
  action: string
  section: string
  sdgs: { goal: number; targets: string[] }[]
  baseline: string
  baselineYear: string
  baselineSource: string
  milestone: string
  milestoneYear: string
  target: string
  targetYear: string
  /** '' = inferred from baseline and target. */
  direction: '' | 'increase' | 'decrease'
  responsible: string
  source: SourceKind
  survey: SurveyForm
  register: RegisterForm
  coding: CodingForm
  disaggregations: Disaggregation[]
}

export function newForm(o: IndicatorOptionsDto): IndicatorForm {
  return {
    code: '',
    name: '',
    nameEn: '',
    definition: '',
    unit: '',
    kind: 'output',
    action: '',
    section: '',
    sdgs: [],
    baseline: '',
    baselineYear: '',
    baselineSource: '',
    milestone: '',
    milestoneYear: '',
    target: '',
    targetYear: '',
    direction: '',
    responsible: '',
    source: o.datasets.length ? 'survey' : 'register',
    survey: emptySurvey(o),
    register: emptyRegister(),
    coding: emptyCoding(),
    disaggregations: []
  }
}

const numText = (n: number | null): string => (n === null ? '' : String(n))

export function formFromDef(d: IndicatorDefDto, o: IndicatorOptionsDto): IndicatorForm {
  const section = o.sections.find((s) => s.id === d.sectionId)
  return {
    code: d.code,
    name: d.name,
    nameEn: d.nameEn ?? '',
    definition: d.definition ?? '',
    unit: d.unit,
    kind: (['output', 'outcome', 'qualitative', 'context'].includes(d.kind) ? d.kind : 'output') as IndicatorKind,
    action: d.actionId ?? '',
    section: section ? String(section.number) : '',
    sdgs: d.sdgs.map((s) => ({ goal: s.goal, targets: [...s.targets] })),
    baseline: numText(d.baseline),
    baselineYear: numText(d.meta.baselineYear),
    baselineSource: d.meta.baselineSource ?? '',
    milestone: numText(d.meta.milestone),
    milestoneYear: numText(d.meta.milestoneYear),
    target: numText(d.target),
    targetYear: numText(d.meta.targetYear),
    direction: d.meta.direction ?? '',
    responsible: d.meta.responsibleId ?? '',
    source: d.spec.source,
    ...specForms(d.spec, o),
    disaggregations: d.disaggregations.map((x) => ({ ...x }))
  }
}

/** Parses "12,5" or "12.5"; '' is null; anything else is reported by the caller. */
export function parseNumber(text: string): number | null | 'invalid' {
  const s = text.trim().replace(/\s/g, '')
  if (s === '') return null
  const normal = s.includes(',') && !s.includes('.') ? s.replace(',', '.') : s.replace(/,/g, '')
  const n = Number(normal)
  return Number.isFinite(n) ? n : 'invalid'
}
type NumberField = 'baseline' | 'target' | 'milestone' | 'baselineYear' | 'milestoneYear' | 'targetYear'

/** A year: four digits, or empty. */
function parseYear(text: string): number | null | 'invalid' {
  const s = text.trim()
  if (s === '') return null
  return /^\d{4}$/.test(s) ? Number(s) : 'invalid'
}

/** The input for indicators:create / :update, or the key of the first field that is not a number. */
export function inputOf(f: IndicatorForm, o: IndicatorOptionsDto): { input: IndicatorInput } | { badNumber: NumberField } {
  const numbers: Partial<Record<NumberField, number | null>> = {}
  for (const k of ['baseline', 'target', 'milestone'] as const) {
    const v = parseNumber(f[k])
    if (v === 'invalid') return { badNumber: k }
    numbers[k] = v
  }
  for (const k of ['baselineYear', 'milestoneYear', 'targetYear'] as const) {
    const v = parseYear(f[k])
    if (v === 'invalid') return { badNumber: k }
    numbers[k] = v
  }
  const { baseline, target } = numbers
  return {
    input: {
      code: f.code,
      name: f.name,
      nameEn: f.nameEn.trim() || null,
      definition: f.definition.trim() || null,
      unit: f.unit.trim() || null,
      kind: f.kind,
      action: f.action || null,
      section: f.section ? Number(f.section) : null,
      sdgs: f.sdgs,
      baseline,
      target,
      baselineYear: numbers.baselineYear,
      baselineSource: f.baselineSource.trim() || null,
      milestone: numbers.milestone,
      milestoneYear: numbers.milestoneYear,
      targetYear: numbers.targetYear,
      direction: f.direction || null,
      responsible: f.responsible || null,
      spec: specOf(f, o),
      disaggregations: f.disaggregations
        .filter((d) => d.by)
        .map((d) => (d.label?.trim() ? { by: d.by, label: d.label.trim() } : { by: d.by }))
    }
  }
}

