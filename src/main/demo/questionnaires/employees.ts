import { EMPLOYEE_ORDER_2021, EMPLOYEE_ORDER_2023, headerOf } from './employee-questions'
import { COMMENTS, TEST_COMMENT } from './comments'
import { demoCompanies, emailOf, typedCompany, type DemoCompany } from './people'
import { prng, type Rng } from './prng'
import { AGREEMENT_SCALE, EMPLOYEE_WELFARE_OPTIONS, FREQUENCY_SCALE, SATISFACTION_SCALE } from './variables'
import type { Cell } from './xlsx-writer'

export type EmployeeWave = '2021' | '2023'

/** The e-mail of the evaluation team's test submission (excluded by the demo recipe). */
export const TEST_EMAIL = 'prova.valutazione@comune.milano.it'

export const WAVE_SIZE: Record<EmployeeWave, number> = { '2021': 210, '2023': 250 }

interface Person {
  email: string
  company: DemoCompany
  gender: string
  age: number
  municipio: string
  role: string
}

interface Submission {
  at: Date
  cells: Record<string, Cell>
}

const GENDERS = ['Donna', 'Uomo', 'Non binario', 'Preferisco non rispondere']
const ROLES = ['Impiegato/a', 'Operaio/a', 'Tecnico/a', 'Quadro', 'Dirigente', 'Addetto/a vendite e servizi']
const pad = (n: number): string => String(n).padStart(2, '0')

/** Google Forms' Italian timestamp text: "12/02/2023 19.07.17". */
export function googleStamp(d: Date): string {
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}.${pad(d.getUTCMinutes())}.${pad(d.getUTCSeconds())}`
}

const has = (c: DemoCompany, a: 'SW' | 'CW' | 'CWF'): boolean => c.actions.includes(a)
const clamp = (x: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, x))
const gauss = (rnd: Rng): number => (rnd.next() + rnd.next() + rnd.next() - 1.5) * 1.4

function newPerson(rnd: Rng, used: Set<string>): Person {
  const company = demoCompanies[rnd.weighted(demoCompanies.map((c) => Math.pow(c.employees ?? 1, 0.7)))]
  const near = company.municipio === 5 || company.municipio === 7
  const m = near && rnd.chance(0.55) ? company.municipio! : rnd.weighted([1.5, 1, 1, 1, 1, 2, 2, 1.5, 1, 1])
  const industrial = /Manifattura|Logistica|Edilizia|Pulizia|Trasporti|Chimica|Tessile|legno|Alimentare/.test(company.sector)
  const gender = GENDERS[rnd.weighted([53, 43, 1, 3])]
  return {
    email: emailOf(rnd, company, used, gender),
    company,
    gender,
    age: clamp(Math.round(41 + gauss(rnd) * 9), 20, 66),
    municipio: m === 0 ? 'Fuori Milano' : `Municipio ${m}`,
    role: ROLES[rnd.weighted(industrial ? [3, 5, 2, 1, 0.3, 1] : [6, 0.3, 2, 1.5, 0.5, 2])]
  }
}

function ageCell(rnd: Rng, age: number): Cell {
  const x = rnd.next()
  if (x < 0.55) return age
  if (x < 0.8) return String(age)
  if (x < 0.93) return `${age} anni`
  if (x < 0.97) return 'n.d.'
  return null
}

/**
 * Days typed in a short-answer field: "3,5", "2 giorni", "due", ranges such as "2-3" and a few
 * "variabile": enough non-numbers that the column imports as text and the recipe parses it.
 */
function daysCell(rnd: Rng, days: number): Cell {
  const x = rnd.next()
  if (x < 0.03) return 'n.d.'
  if (x < 0.06) return 'variabile'
  if (x < 0.28 && days >= 1 && days <= 4 && Number.isInteger(days)) return rnd.chance(0.7) ? `${days}-${days + 1}` : `${days}/${days + 1}`
  if (!Number.isInteger(days)) return String(days).replace('.', ',')
  if (x < 0.34 && days > 0) return days === 1 ? '1 giorno' : `${days} giorni`
  if (x < 0.37 && days === 2) return 'due'
  if (x < 0.7) return days
  return String(days)
}

function answer(rnd: Rng, p: Person, wave: EmployeeWave): Record<string, Cell> {
  const c = p.company
  const later = wave === '2023'
  const sw = has(c, 'SW')
  const whole = sw ? clamp(Math.round((later ? 2.4 : 1.9) + gauss(rnd) * 1.1), 0, 4) : rnd.chance(0.15) ? 1 : 0
  const d = sw && rnd.chance(0.15) ? whole + 0.5 : whole
  const fq = has(c, 'CW') ? rnd.weighted(later ? [1, 2, 3, 3, 1] : [2, 3, 3, 1.5, 0.3]) : rnd.weighted([7, 2, 1, 0.3, 0])
  const latent = 2.5 + 0.25 * d + (later ? 0.35 : 0) + (fq >= 3 ? 0.3 : 0) + gauss(rnd) * 0.8
  const likert = (shift: number): Cell => (rnd.chance(0.02) ? null : AGREEMENT_SCALE[clamp(Math.round(latent + shift + gauss(rnd) * 0.5), 1, 5) - 1])
  const cwf = has(c, 'CWF')
  let satisfaction: Cell
  if (cwf || (p.municipio === 'Municipio 5' || p.municipio === 'Municipio 7')) {
    satisfaction = rnd.chance(cwf ? 0.15 : 0.5) ? 'Non so' : SATISFACTION_SCALE[clamp(Math.round(latent + (later ? 0.3 : 0) + gauss(rnd) * 0.6), 1, 5) - 1]
  } else satisfaction = rnd.chance(0.7) ? 'Non so' : null
  const welfare = cwf
    ? EMPLOYEE_WELFARE_OPTIONS.slice(0, 6).filter((_, i) => rnd.chance(i === 1 ? 0.35 : later ? 0.3 : 0.2))
    : rnd.chance(0.35) ? [rnd.pick([EMPLOYEE_WELFARE_OPTIONS[4], EMPLOYEE_WELFARE_OPTIONS[5]])] : []
  return {
    email: p.email,
    gender: p.gender,
    age: ageCell(rnd, p.age + (later ? 2 : 0)),
    company: typedCompany(rnd, c),
    municipio: p.municipio,
    role: p.role,
    smartWorkingDays: daysCell(rnd, d),
    coworkingFrequency: FREQUENCY_SCALE[fq],
    agreeWorkLifeBalance: likert(d > 0 ? 0.4 : -0.3),
    agreeWellbeing: likert(0),
    agreeProductivity: likert(-0.2),
    agreeLessCommuting: likert(d > 0 || fq >= 2 ? 0.6 : -0.8),
    cittadellaSatisfaction: satisfaction,
    welfareServices: welfare.length ? welfare.join(', ') : rnd.chance(0.8) ? 'Nessuno' : null,
    webinar: sw || has(c, 'CW') ? (rnd.chance(0.4) ? 'Sì' : 'No') : rnd.chance(0.1) ? 'Sì' : 'No',
    comment: rnd.chance(0.22) ? rnd.pick(COMMENTS) : null
  }
}

function waveStart(wave: EmployeeWave): number {
  return wave === '2021' ? Date.UTC(2021, 10, 8, 7) : Date.UTC(2023, 1, 6, 7)
}

function stampAt(rnd: Rng, wave: EmployeeWave): Date {
  const day = rnd.int(0, 26)
  const secs = rnd.int(0, 16 * 3600 - 1)
  return new Date(waveStart(wave) + day * 86_400_000 + secs * 1000)
}

/** People of 2021; 2023 re-interviews about a third of them (same e-mail) and adds new ones. */
function peopleOf(wave: EmployeeWave): Person[] {
  const rnd = prng(2021)
  const used = new Set<string>()
  const first = Array.from({ length: WAVE_SIZE['2021'] }, () => newPerson(rnd, used))
  if (wave === '2021') return first
  const again = first.filter(() => rnd.chance(0.35))
  const fresh = Array.from({ length: WAVE_SIZE['2023'] - again.length }, () => newPerson(rnd, used))
  return [...again, ...fresh]
}

/**
 * One wave of the employees' survey as rows under the Google Forms header: submissions in time order,
 * a few people who submitted twice (a later, partly different answer and one accidental double click),
 * the evaluation team's test submission (2021) and one impossible age per wave.
 */
export function employeeWave(wave: EmployeeWave): { header: string[]; rows: Cell[][] } {
  const rnd = prng(wave === '2021' ? 11 : 23)
  const people = peopleOf(wave)
  const subs: Submission[] = people.map((p) => ({ at: stampAt(rnd, wave), cells: answer(rnd, p, wave) }))
  subs.sort((a, b) => a.at.getTime() - b.at.getTime())
  subs[40].cells.age = wave === '2021' ? 450 : '4 anni'
  for (const i of [17, 63, 120]) {
    const again = answer(rnd, people[0], wave)
    const s = subs[i]
    const later = { ...s.cells, agreeWellbeing: again.agreeWellbeing, agreeProductivity: again.agreeProductivity, comment: 'Ho corretto alcune risposte.' }
    subs.push({ at: new Date(s.at.getTime() + rnd.int(1, 4) * 86_400_000 + rnd.int(60, 7200) * 1000), cells: later })
  }
  const dbl = subs[90]
  subs.push({ at: new Date(dbl.at.getTime() + 41_000), cells: { ...dbl.cells } })
  if (wave === '2021') {
    const t = answer(rnd, people[1], wave)
    subs.push({
      at: new Date(waveStart(wave) - 3 * 86_400_000),
      cells: { ...t, email: TEST_EMAIL, company: 'PROVA', age: 99, comment: TEST_COMMENT }
    })
  }
  subs.sort((a, b) => a.at.getTime() - b.at.getTime())
  const order = wave === '2021' ? EMPLOYEE_ORDER_2021 : EMPLOYEE_ORDER_2023
  return {
    header: order.map((k) => headerOf(k, wave)),
    rows: subs.map((s) => order.map((k) => (k === 'submittedAt' ? googleStamp(s.at) : (s.cells[k] ?? null))))
  }
}

