import { EsitiError } from '../../../shared/errors'
import type { CleanValue, NewStep } from '../../services/survey'
import { COMPANY_HEADERS } from './companies'
import { COMPANY_VARS as V } from './variables'

type BaseVar = { name: string; columns: string[]; label: string | null }

/** The companies' recipe: names, size classes, a mean rating and the checks the office asked for. */
export function companyRenames(base: BaseVar[]): NewStep[] {
  const H = COMPANY_HEADERS
  const wanted: [string, string][] = [
    [H.company, V.company],
    [H.sector, V.sector],
    [H.declaredSizeClass, V.declaredSizeClass],
    [H.employees, V.employees],
    [H.municipio, V.municipio],
    [H.actions, V.actions],
    [H.smartWorkers, V.smartWorkers],
    [H.welfareMeasures, V.welfareMeasures],
    [H.welfareBudget, V.welfareBudget],
    [H.ratingUsefulness, V.ratingUsefulness],
    [H.ratingOrganisation, V.ratingOrganisation],
    [H.ratingSupport, V.ratingSupport]
  ]
  const renames: NewStep[] = []
  for (const [header, name] of wanted) {
    const v = base.find((b) => b.columns.includes(header) || b.label === header || b.label?.endsWith(`– ${header}`))
    if (!v) throw new EsitiError('INTERNAL', 'demoContent.noColumn', { sheet: 'Imprese', column: header })
    if (v.name !== name) renames.push({ op: 'rename', from: v.name, to: name })
  }
  return [...renames, { op: 'normalise', variables: '*', whitespace: true, apostrophes: true, case: 'keep' }]
}

/** Employee counts with a remark ("45 (sede di Milano)") recoded to the number before parsing. */
export function employeeCountRecode(values: readonly CleanValue[]): NewStep[] {
  const map: { from: string[]; to: number }[] = []
  for (const v of new Set(values)) {
    const m = typeof v === 'string' ? /^(\d+)\s*\(.*\)$/.exec(v) : null
    if (m) map.push({ from: [v as string], to: Number(m[1]) })
  }
  if (!map.length) return []
  map.sort((a, b) => a.to - b.to)
  return [{ op: 'recode', variable: V.employees, map, note: 'Numeri con annotazioni ("sede di Milano").' }]
}

export function companyFinalSteps(): NewStep[] {
  const ratings = [V.ratingUsefulness, V.ratingOrganisation, V.ratingSupport]
  return [
    { op: 'normalise', variables: [V.declaredSizeClass], whitespace: true, apostrophes: true, case: 'sentence', note: '"media" → "Media".' },
    { op: 'setType', variable: V.company, type: 'id' },
    { op: 'setType', variable: V.sector, type: 'nominal' },
    { op: 'parseNumber', variable: V.employees, decimal: ',' },
    { op: 'parseNumber', variable: V.welfareBudget, decimal: ',' },
    {
      op: 'bin',
      source: V.employees,
      name: V.sizeClass,
      label: 'Classe dimensionale (da numero dipendenti)',
      bins: [
        { label: 'Micro (1-9)', min: 1, max: 10 },
        { label: 'Piccola (10-49)', min: 10, max: 50 },
        { label: 'Media (50-249)', min: 50, max: 250 },
        { label: 'Grande (250 e oltre)', min: 250 }
      ]
    },
    {
      op: 'compute',
      name: V.ratingMean,
      label: 'Valutazione media del programma (1-5)',
      expression: `mean(${ratings.join(', ')})`,
      type: 'numeric'
    },
    ...ratings.map((v): NewStep => ({ op: 'validate', rule: { kind: 'range', variable: v, min: 1, max: 5 }, severity: 'error' })),
    {
      op: 'validate',
      rule: { kind: 'expression', expression: `${V.smartWorkers} <= ${V.employees}`, message: 'Più dipendenti in smart working che dipendenti' },
      severity: 'error'
    }
  ]
}
