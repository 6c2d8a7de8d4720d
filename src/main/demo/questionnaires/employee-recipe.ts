import { EsitiError } from '../../../shared/errors'
import { clusterStrings, clustersToStep, looseKey, ngramFingerprint, type CleanValue, type ImportStep, type NewStep } from '../../services/survey'
import { EMPLOYEE_QUESTIONS } from './employee-questions'
import { TEST_EMAIL } from './employees'
import { aliasMap, demoCompanies } from './people'
import { AGREEMENT_SCALE, EMPLOYEE_VARS as V, FREQUENCY_SCALE, SATISFACTION_SCALE } from './variables'

/**
 * The cleaning recipe an analyst would build for the employees' survey: tidy steps that need no look
 * at the data, recodes made from what people actually typed (company clusters, day ranges), then
 * scales, exclusions, duplicates, derived variables and checks.
 */

type BaseVar = { name: string; columns: string[] }

/** Renames from the import's generated names (found by their 2021 header) to the demo's names. */
export function employeeRenames(base: BaseVar[]): NewStep[] {
  const steps: NewStep[] = []
  for (const q of EMPLOYEE_QUESTIONS) {
    const v = base.find((b) => b.columns[0] === q.h2021)
    if (!v) throw new EsitiError('INTERNAL', 'demoContent.noColumn', { sheet: 'Dipendenti', column: q.h2021 })
    if (v.name !== V[q.key]) steps.push({ op: 'rename', from: v.name, to: V[q.key] })
  }
  return steps
}

/** Column mapping of the 2023 wave: each 2021 variable → its 2023 header (the grid was reordered). */
export function employeeWaveMap(base: BaseVar[]): Record<string, string> {
  const map: Record<string, string> = {}
  for (const q of EMPLOYEE_QUESTIONS) {
    const v = base.find((b) => b.columns[0] === q.h2021)
    if (v) map[v.name] = q.h2023
  }
  return map
}

const LIKERT = [V.agreeWorkLifeBalance, V.agreeWellbeing, V.agreeProductivity, V.agreeLessCommuting]
const labels = (scale: readonly string[]): { value: string; label: string }[] => scale.map((s) => ({ value: s, label: s }))

/**
 * The analyst's override of one import decision: the days column ("2-3" ranges, "2,5" decimals,
 * "variabile") is read as plain text, so that the recipe recodes the ranges to their midpoint before
 * parsing numbers, instead of letting the import set the ranges aside as missing.
 */
export function employeeImportOverride(step0: ImportStep): ImportStep {
  const days = EMPLOYEE_QUESTIONS.find((q) => q.key === 'smartWorkingDays')!.h2021
  return {
    ...step0,
    variables: step0.variables.map((v) => {
      if (v.columns[0] !== days) return v
      const { options: _o, separator: _s, decimal: _d, ...rest } = v
      return { ...rest, type: 'text', valueLabels: [], scale: null }
    })
  }
}

/** Steps before the company-name recode. */
export function employeeTidySteps(base: BaseVar[]): NewStep[] {
  return [
    ...employeeRenames(base),
    { op: 'normalise', variables: '*', whitespace: true, apostrophes: true, case: 'keep', note: 'Spazi doppi o finali e apostrofi tipografici.' },
    { op: 'setType', variable: V.comment, type: 'text' }
  ]
}

/**
 * Smart-working days: ranges ("2-3", "2/3") recoded to their midpoint, "variabile" declared missing,
 * then the column parsed as numbers ("3,5", "2 giorni", "due").
 */
export function daysSteps(dayValues: readonly CleanValue[]): NewStep[] {
  const ranges = new Map<number, string[]>()
  for (const v of counts(dayValues).keys()) {
    const m = /^(\d+)\s*[-/]\s*(\d+)$/.exec(v)
    if (!m) continue
    const mid = (Number(m[1]) + Number(m[2])) / 2
    ranges.set(mid, [...(ranges.get(mid) ?? []), v])
  }
  const steps: NewStep[] = []
  if (ranges.size)
    steps.push({
      op: 'recode',
      variable: V.smartWorkingDays,
      map: [...ranges].sort((a, b) => a[0] - b[0]).map(([to, from]) => ({ from: from.sort(), to })),
      note: 'Intervalli di giorni ricodificati al valore centrale.'
    })
  steps.push(
    { op: 'setMissing', variables: [V.smartWorkingDays], codes: ['variabile', 'n.d.'] },
    { op: 'parseNumber', variable: V.smartWorkingDays, decimal: ',' }
  )
  return steps
}

function counts(values: readonly CleanValue[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const x of values) if (typeof x === 'string') out.set(x, (out.get(x) ?? 0) + 1)
  return out
}

/**
 * The company recode: n-gram clusters of the typed names ("Meccanica Vigentina srl", "MECCANICA
 * VIGENTINA S.R.L.") accepted with the company's registered name as target, then a manual recode of
 * the abbreviations no clustering can find ("Mecc. Vigentina").
 */
export function companyRecodeSteps(companyValues: readonly CleanValue[]): NewStep[] {
  const seen = counts(companyValues)
  const canonical = new Map(demoCompanies.map((c) => [ngramFingerprint(c.name), c.name]))
  const accepted = clusterStrings(seen, 'ngram').map((cl) => {
    const hit = cl.values.map((v) => canonical.get(ngramFingerprint(v.value))).find((x) => x !== undefined)
    return { from: cl.values.map((v) => v.value).filter((v) => v !== (hit ?? cl.suggestion)), to: hit ?? cl.suggestion }
  }).filter((c) => c.from.length > 0)
  const steps: NewStep[] = []
  if (accepted.length) steps.push({ ...clustersToStep(V.company, accepted), note: 'Grafie della stessa azienda raggruppate (n-grammi).' } as NewStep)
  const clustered = new Set(accepted.flatMap((c) => c.from))
  const aliases = aliasMap()
  // a spelling seen only once forms no cluster: it is matched to the registered names loosely
  const byKey = new Map([...aliases, ...demoCompanies.map((c): [string, string] => [c.name, c.name])].map(([a, c]) => [looseKey(a), c]))
  const manual = new Map<string, string[]>()
  for (const v of seen.keys()) {
    if (clustered.has(v)) continue
    const to = byKey.get(looseKey(v))
    if (to && to !== v) manual.set(to, [...(manual.get(to) ?? []), v])
  }
  if (manual.size)
    steps.push({
      op: 'recode',
      variable: V.company,
      loose: true,
      map: [...manual].sort((a, b) => a[0].localeCompare(b[0])).map(([to, from]) => ({ from, to })),
      note: 'Abbreviazioni, nomi senza forma giuridica e grafie isolate.'
    })
  steps.push({ op: 'setType', variable: V.company, type: 'nominal' })
  return steps
}

/** Steps after the recode: scales, exclusions, duplicates, derived variables, checks. */
export function employeeFinalSteps(): NewStep[] {
  return [
    ...LIKERT.map((v): NewStep => ({ op: 'setValueLabels', variable: v, values: labels(AGREEMENT_SCALE) })),
    { op: 'setValueLabels', variable: V.coworkingFrequency, values: labels(FREQUENCY_SCALE) },
    { op: 'setValueLabels', variable: V.cittadellaSatisfaction, values: labels(SATISFACTION_SCALE) },
    { op: 'exclude', where: `${V.email} = "${TEST_EMAIL}"`, reason: 'Compilazione di prova del gruppo di valutazione' },
    { op: 'dedupe', keys: [V.email, V.wave], by: V.submittedAt, keep: 'latest', near: true },
    {
      op: 'bin',
      source: V.age,
      name: V.ageClass,
      label: 'Classe di età',
      bins: [
        { label: '18-29', min: 18, max: 30 },
        { label: '30-44', min: 30, max: 45 },
        { label: '45-54', min: 45, max: 55 },
        { label: '55 e oltre', min: 55, max: 76 }
      ]
    },
    {
      op: 'compute',
      name: V.usesSmartWorking,
      label: 'Lavora in smart working almeno un giorno a settimana',
      expression: `if(${V.smartWorkingDays} > 0, "Sì", "No")`,
      type: 'nominal'
    },
    { op: 'validate', rule: { kind: 'range', variable: V.age, min: 18, max: 75 }, severity: 'error' },
    { op: 'validate', rule: { kind: 'range', variable: V.smartWorkingDays, min: 0, max: 5 }, severity: 'error' },
    { op: 'validate', rule: { kind: 'allowed', variable: V.company, values: demoCompanies.map((c) => c.name) }, severity: 'warning' }
  ]
}
