import { prng } from '../../../../src/main/demo/questionnaires/prng'
import { writeXlsx, type Cell } from './xlsx-writer'

/**
 * Synthetic exports that follow each platform's documented conventions (survey.md §h). Each generator
 * returns the truth it encoded so that tests compare the import with what was meant.
 */

export const WELFARE_OPTIONS = [
  'Mensa aziendale',
  "Asilo nido, scuola dell'infanzia",
  'Trasporto pubblico',
  'Assistenza sanitaria integrativa',
  'Palestra'
]
export const AGREEMENT = [
  "Per niente d'accordo",
  "Poco d'accordo",
  "Né d'accordo né in disaccordo",
  "Abbastanza d'accordo",
  "Molto d'accordo"
]
export const SATISFACTION = ['Per niente soddisfatto', 'Poco soddisfatto', 'Abbastanza soddisfatto', 'Molto soddisfatto']
export const FREQUENCY = ['Mai', 'Raramente', 'A volte', 'Spesso', 'Sempre']

const pad = (n: number): string => String(n).padStart(2, '0')

export interface Respondent {
  /** Serial-free wall clock time of the submission (UTC fields). */
  at: Date
  email: string
  gender: string
  age: number
  smart: string
  welfare: string[]
  agreement: string
  satisfaction: string
  days: number
  frequency: string
}

/** Google Forms' Italian timestamp text: "12/02/2023 19.07.17". */
export function googleStamp(d: Date): string {
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}.${pad(d.getUTCMinutes())}.${pad(d.getUTCSeconds())}`
}

export function isoStamp(d: Date): string {
  return d.toISOString().slice(0, 19)
}

/** Respondents shared by the platform generators (same answers, different export conventions). */
export function respondents(n: number, seed = 7): Respondent[] {
  const rnd = prng(seed)
  const out: Respondent[] = []
  for (let i = 0; i < n; i++) {
    const welfare = WELFARE_OPTIONS.filter(() => rnd.chance(0.4))
    if (i === 1) welfare.splice(0, welfare.length, "Asilo nido, scuola dell'infanzia")
    if (i === 2) welfare.splice(0, welfare.length, 'Mensa aziendale', "Asilo nido, scuola dell'infanzia", 'Palestra')
    out.push({
      at: new Date(Date.UTC(2023, 1, 1 + (i % 27), 8 + (i % 10), (i * 7) % 60, (i * 13) % 60)),
      email: `persona${i}@esempio.it`,
      gender: rnd.pick(['Donna', 'Uomo', 'Donna', 'Uomo', 'Preferisco non rispondere']),
      age: rnd.int(22, 64),
      smart: rnd.pick(['Sì', 'No']),
      welfare,
      agreement: AGREEMENT[i % 5],
      satisfaction: i % 9 === 8 ? 'Non so' : SATISFACTION[i % 4],
      days: rnd.pick([0, 1, 2, 2.5, 3]),
      frequency: FREQUENCY[(i * 3) % 5]
    })
  }
  return out
}

export const GOOGLE_HEADERS = [
  'Informazioni cronologiche',
  'Indirizzo email',
  'Genere',
  'Età',
  'Lavori in smart working?',
  'Quali servizi di welfare utilizzi?',
  'Il lavoro agile migliora la conciliazione tra vita e lavoro',
  'Quanto sei soddisfatto dei servizi della Cittadella?',
  'Quanti giorni a settimana lavori da casa?',
  'Con quale frequenza usi il coworking?'
]

/** Google Forms (Italian UI) exported to xlsx: text timestamps, ", "-joined checkboxes, messy spellings. */
export function googleRows(people: Respondent[], opts: { duplicateOf?: number } = {}): Cell[][] {
  const rows: Cell[][] = [GOOGLE_HEADERS]
  const list = [...people]
  if (opts.duplicateOf !== undefined) {
    const p = people[opts.duplicateOf]
    list.push({ ...p, at: new Date(p.at.getTime() + 86_400_000), agreement: AGREEMENT[4] })
  }
  list.forEach((p, i) => {
    const smart = p.smart === 'Sì' ? ['Sì', 'si', 'SI', 'Si '][i % 4] : ['No', 'no'][i % 2]
    rows.push([
      googleStamp(p.at),
      p.email,
      p.gender,
      i % 5 === 0 ? `${p.age} anni` : p.age,
      smart,
      p.welfare.join(', ') || null,
      p.agreement,
      p.satisfaction,
      p.days === 2.5 ? '2,5' : p.days === 2 && i % 2 ? 'due' : p.days,
      p.frequency
    ])
  })
  return rows
}

export async function writeGoogleForms(file: string, people: Respondent[], opts: { duplicateOf?: number } = {}): Promise<void> {
  await writeXlsx(file, [{ name: 'Risposte del modulo 1', rows: googleRows(people, opts) }])
}

/** Microsoft Forms (Italian UI): ID, start/completion as real date cells, ";"-joined answers with a trailing ";". */
export async function writeMicrosoftForms(file: string, people: Respondent[]): Promise<void> {
  const rows: Cell[][] = [
    [
      'ID',
      'Ora di inizio',
      'Ora di completamento',
      'Posta elettronica',
      'Nome',
      'Quali servizi di welfare utilizzi?',
      'Il lavoro agile migliora la conciliazione tra vita e lavoro',
      'Quanti giorni a settimana lavori da casa?'
    ]
  ]
  people.forEach((p, i) =>
    rows.push([
      i + 1,
      new Date(p.at.getTime() - 300_000),
      p.at,
      p.email,
      'anonymous',
      p.welfare.length ? p.welfare.map((w) => w + ';').join('') : null,
      p.agreement,
      p.days
    ])
  )
  await writeXlsx(file, [{ name: 'Sheet1', rows }])
}

export const KOBO_OPTIONS = ['mensa', 'asilo', 'trasporti', 'sanitaria', 'palestra']

/** KoboToolbox xlsx (XML names, groups, select_multiple "both": summary + q/option 0/1 columns, metadata). */
export async function writeKobo(file: string, people: Respondent[]): Promise<void> {
  const header = [
    'start',
    'end',
    'today',
    'deviceid',
    'anagrafica/genere',
    'anagrafica/eta',
    'servizi/welfare',
    ...KOBO_OPTIONS.map((o) => `servizi/welfare/${o}`),
    'opinioni/accordo_agile',
    '_id',
    '_uuid',
    '_submission_time',
    '_validation_status',
    '__version__',
    '_index'
  ]
  const rows: Cell[][] = [header]
  people.forEach((p, i) => {
    const chosen = KOBO_OPTIONS.filter((_o, k) => p.welfare.includes(WELFARE_OPTIONS[k]))
    rows.push([
      isoStamp(new Date(p.at.getTime() - 600_000)) + '.000+01:00',
      isoStamp(p.at) + '.000+01:00',
      isoStamp(p.at).slice(0, 10),
      `collect:${1000 + (i % 3)}`,
      p.gender,
      p.age,
      chosen.join(' ') || null,
      ...KOBO_OPTIONS.map((o) => (chosen.length ? (chosen.includes(o) ? 1 : 0) : null)),
      p.agreement,
      100 + i,
      `0b8f5c4e-1111-4a2b-9c3d-${String(i).padStart(12, '0')}`,
      isoStamp(p.at),
      null,
      'vKx9',
      i + 1
    ])
  })
  await writeXlsx(file, [{ name: 'Questionario', rows }])
}

export const LIME_CODES = ['SQ001', 'SQ002', 'SQ003', 'SQ004', 'SQ005']

/** LimeSurvey xlsx (answer codes): id, submitdate, lastpage, startlanguage, seed, Q1[SQ00n] = Y or empty. */
export async function writeLimeSurvey(file: string, people: Respondent[]): Promise<void> {
  const header = [
    'id',
    'submitdate',
    'lastpage',
    'startlanguage',
    'seed',
    'G01Q01',
    ...LIME_CODES.map((c) => `Q1[${c}]`),
    'Q1[other]',
    'G01Q03'
  ]
  const rows: Cell[][] = [header]
  people.forEach((p, i) => {
    const stamp = `${p.at.getUTCFullYear()}-${pad(p.at.getUTCMonth() + 1)}-${pad(p.at.getUTCDate())} ${pad(p.at.getUTCHours())}:${pad(p.at.getUTCMinutes())}:${pad(p.at.getUTCSeconds())}`
    rows.push([
      i + 1,
      stamp,
      3,
      'it',
      String(123456 + i * 17),
      p.gender,
      ...LIME_CODES.map((_c, k) => (p.welfare.includes(WELFARE_OPTIONS[k]) ? 'Y' : '')),
      i % 11 === 0 ? 'Buoni pasto' : null,
      p.agreement
    ])
  })
  await writeXlsx(file, [{ name: 'results', rows }])
}
