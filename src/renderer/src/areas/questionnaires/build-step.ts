import { parseCodes } from './format'

/** The kinds of step the add form offers (the others come from overrides and clusters). */
export const FORM_KINDS = ['normalise', 'recode', 'setMissing', 'parseNumber', 'parseDate', 'splitMulti', 'bin', 'compute', 'rename', 'drop', 'dedupe', 'exclude', 'validate'] as const
export type FormKind = (typeof FORM_KINDS)[number]

/** The form's fields, all text: the step is built from them only when the user confirms. */
export interface StepFields {
  variable: string
  variables: string[]
  caseMode: string
  map: string
  codes: string
  decimal: string
  order: string
  separator: string
  name: string
  bins: string
  expression: string
  to: string
  by: string
  where: string
  reason: string
  rule: string
  min: string
  max: string
  values: string
}

export const EMPTY_FIELDS: StepFields = {
  variable: '',
  variables: [],
  caseMode: 'keep',
  map: '',
  codes: '',
  decimal: 'auto',
  order: 'auto',
  separator: ', ',
  name: '',
  bins: '',
  expression: '',
  to: '',
  by: '',
  where: '',
  reason: '',
  rule: 'range',
  min: '',
  max: '',
  values: ''
}

const num = (s: string): number | undefined => {
  const x = Number(s.trim().replace(',', '.'))
  return s.trim() === '' || !Number.isFinite(x) ? undefined : x
}

/** "a, b => c" lines: the recode map. */
function recodeMap(text: string): { from: (string | number)[]; to: string | number | null }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [from, to = ''] = l.split(/=>|→/)
      const target = to.trim()
      return { from: parseCodes(from), to: target === '' ? null : (parseCodes(target)[0] ?? target) }
    })
    .filter((m) => m.from.length > 0)
}

/** "piccola: 10-49" lines: bins [min, max+1) for whole numbers, open ends allowed ("grande: 250-"). */
function bins(text: string): { label: string; min?: number; max?: number }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^(.*?):\s*(-?[\d.,]*)\s*[-–]\s*(-?[\d.,]*)$/.exec(l)
      if (!m) return { label: l }
      const min = num(m[2])
      const max = num(m[3])
      return { label: m[1].trim(), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }
    })
}

/** The step object sent to main, which validates it against the step's full schema. */
export function buildStep(kind: FormKind, f: StepFields): Record<string, unknown> & { op: FormKind } {
  const vars = f.variables.length ? f.variables : '*'
  switch (kind) {
    case 'normalise':
      return { op: kind, variables: vars, case: f.caseMode }
    case 'recode':
      return { op: kind, variable: f.variable, map: recodeMap(f.map), loose: true }
    case 'setMissing':
      return { op: kind, variables: f.variables.length ? f.variables : [f.variable], codes: parseCodes(f.codes) }
    case 'parseNumber':
      return { op: kind, variable: f.variable, decimal: f.decimal }
    case 'parseDate':
      return { op: kind, variable: f.variable, order: f.order }
    case 'splitMulti':
      return { op: kind, variable: f.variable, separator: f.separator }
    case 'bin':
      return { op: kind, source: f.variable, name: f.name, bins: bins(f.bins) }
    case 'compute':
      return { op: kind, name: f.name, expression: f.expression }
    case 'rename':
      return { op: kind, from: f.variable, to: f.to }
    case 'drop':
      // Never '*': dropping every variable is not a cleaning step.
      return { op: kind, variables: f.variables }
    case 'dedupe':
      return { op: kind, keys: f.variables.length ? f.variables : [f.variable], ...(f.by ? { by: f.by } : {}) }
    case 'exclude':
      return { op: kind, where: f.where, reason: f.reason }
    case 'validate': {
      const rule =
        f.rule === 'range'
          ? { kind: 'range', variable: f.variable, ...(num(f.min) !== undefined ? { min: num(f.min) } : {}), ...(num(f.max) !== undefined ? { max: num(f.max) } : {}) }
          : f.rule === 'allowed'
            ? { kind: 'allowed', variable: f.variable, values: parseCodes(f.values) }
            : f.rule === 'expression'
              ? { kind: 'expression', expression: f.expression, message: f.reason || f.expression }
              : { kind: f.rule, variable: f.variable }
      return { op: kind, rule }
    }
  }
}
