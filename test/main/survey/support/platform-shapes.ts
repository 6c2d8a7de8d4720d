import fs from 'node:fs'
import { prng } from '../../../../src/main/demo/questionnaires/prng'
import { csvText, writeXlsx, type Cell } from './xlsx-writer'

/**
 * One population of respondents written the way each platform exports it (second-batch.md, survey.md
 * §h, the platforms' own documentation): SurveyMonkey's two header rows with the question merged over
 * its options, Qualtrics' three header rows, LimeSurvey's full-text headings with Sì/No/N/A, Kobo's
 * label and value exports with every select_multiple format. The truth (`truth`) is computed from the
 * respondents themselves, never from an import.
 */

/** Option labels with the traps real labels have: a slash with spaces, a comma-free multi-word label. */
export const SERVICES = ['Mensa aziendale', 'Trasporti / navetta', 'Asilo nido', 'Palestra', 'Consulenza legale', 'Buoni pasto']
export const SERVICE_CODES = ['mensa', 'trasporti', 'asilo', 'palestra', 'legale', 'buoni']
export const AGREE = ["Per niente d'accordo", "Poco d'accordo", "Né d'accordo né in disaccordo", "Abbastanza d'accordo", "Molto d'accordo"]
export const ITEMS = ['Il lavoro agile migliora la conciliazione', 'Il lavoro agile riduce lo stress', 'Il lavoro agile aumenta la produttività']
export const MUNICIPI = Array.from({ length: 9 }, (_, k) => `Municipio ${k + 1}`)
export const GENDERS = ['Donna', 'Uomo', 'Preferisco non rispondere']

export interface Person {
  id: number
  at: Date
  email: string
  gender: string
  municipio: string
  /** null: the question was not shown (LimeSurvey N/A) or skipped; never empty when answered. */
  services: string[] | null
  /** One answer per item: a label of AGREE, "Non so", or null (skipped). */
  agree: (string | null)[]
  hours: number
  comment: string | null
}

export function population(n: number, seed = 12): Person[] {
  const rnd = prng(seed)
  const out: Person[] = []
  for (let i = 0; i < n; i++) {
    let services: string[] | null = SERVICES.filter((_, k) => rnd.chance([0.55, 0.35, 0.2, 0.3, 0.1, 0.45][k]))
    if (!services.length) services = [rnd.pick(SERVICES)]
    if (i % 10 === 3) services = null
    out.push({
      id: 1000 + i,
      at: new Date(Date.UTC(2023, 2, 1 + (i % 28), 8 + (i % 9), (i * 7) % 60, (i * 11) % 60)),
      email: `persona${i}@esempio.it`,
      gender: i % 17 === 5 ? GENDERS[2] : rnd.pick(GENDERS.slice(0, 2)),
      municipio: rnd.pick(MUNICIPI),
      services,
      agree: ITEMS.map((_, k) => (i % 13 === k ? 'Non so' : i % 19 === k ? null : AGREE[rnd.int(0, 4)])),
      hours: rnd.int(0, 40),
      comment: i % 4 === 0 ? `Commento numero ${i}: bene così` : null
    })
  }
  return out
}

/** Ground truth computed from the respondents. */
export const truth = {
  /** % of respondents (who answered the question) choosing each option. */
  servicePercents(people: Person[]): number[] {
    const answered = people.filter((p) => p.services !== null)
    return SERVICES.map((s) => (100 * answered.filter((p) => p.services!.includes(s)).length) / answered.length)
  },
  /** % of responses (mentions) going to each option. */
  serviceShares(people: Person[]): number[] {
    const mentions = people.flatMap((p) => p.services ?? [])
    return SERVICES.map((s) => (100 * mentions.filter((m) => m === s).length) / mentions.length)
  },
  /** Mean of an item scored 1..5, "Non so" and blanks left out. */
  agreeMean(people: Person[], k: number): number {
    const scores = people.map((p) => p.agree[k]).filter((a): a is string => a !== null && a !== 'Non so').map((a) => AGREE.indexOf(a) + 1)
    return scores.reduce((s, x) => s + x, 0) / scores.length
  },
  /** % agreeing (top two categories) among substantive answers. */
  agreeTop2(people: Person[], k: number): number {
    const answers = people.map((p) => p.agree[k]).filter((a): a is string => a !== null && a !== 'Non so')
    return (100 * answers.filter((a) => AGREE.indexOf(a) >= 3).length) / answers.length
  },
  nonSubstantive(people: Person[], k: number): number {
    return people.filter((p) => p.agree[k] === 'Non so').length
  },
  municipioPercents(people: Person[]): number[] {
    return MUNICIPI.map((m) => (100 * people.filter((p) => p.municipio === m).length) / people.length)
  }
}

const pad = (n: number): string => String(n).padStart(2, '0')
const isoSeconds = (d: Date): string => d.toISOString().slice(0, 19)

// ---------------------------------------------------------------------------------------------------
// SurveyMonkey: row 1 the questions (merged over a multiple answer's option columns, or only over the
// first of them in CSV), row 2 "Response" / "Open-Ended Response" / the option labels; an option cell
// holds the option's text when chosen, nothing otherwise; "Other (please specify)" holds free text.
// ---------------------------------------------------------------------------------------------------
export function surveyMonkeyRows(people: Person[], lang: 'en' | 'it' = 'en'): { rows: Cell[][]; merges: string[] } {
  const it = lang === 'it'
  const meta = it
    ? ['ID rispondente', 'ID raccoglitore', 'Data di inizio', 'Data di fine', 'Indirizzo IP', 'Indirizzo e-mail', 'Nome', 'Cognome', 'Dati personalizzati 1']
    : ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1']
  const response = it ? 'Risposta' : 'Response'
  const open = it ? 'Risposta aperta' : 'Open-Ended Response'
  const other = it ? 'Altro (specifica)' : 'Other (please specify)'
  const row1: Cell[] = [...meta, 'Genere', 'In quale municipio vivi?', 'Quali servizi di welfare utilizzi?', ...SERVICES.slice(1).map(() => null), null]
  const row2: Cell[] = [...meta.map(() => null), response, response, ...SERVICES, other]
  const agreeAt = row1.length
  row1.push("Quanto sei d'accordo con queste affermazioni?", null, null)
  row2.push(...ITEMS)
  row1.push('Quante ore a settimana lavori da remoto?', 'Commenti')
  row2.push(response, open)
  const col = (i: number): string => String.fromCharCode(65 + i)
  const servicesAt = meta.length + 2
  const merges = [`${col(servicesAt)}1:${col(servicesAt + SERVICES.length)}1`, `${col(agreeAt)}1:${col(agreeAt + 2)}1`]
  const rows: Cell[][] = [row1, row2]
  people.forEach((p, i) => {
    const otherText = p.services !== null && i % 9 === 0 ? 'Buoni libro' : null
    rows.push([
      114_000_000_000 + p.id * 37,
      404_000_123,
      new Date(p.at.getTime() - 420_000),
      p.at,
      `93.45.${i % 250}.${(i * 7) % 250}`,
      null,
      null,
      null,
      null,
      p.gender,
      p.municipio,
      ...SERVICES.map((s) => (p.services?.includes(s) ? s : null)),
      otherText,
      ...p.agree,
      p.hours,
      p.comment
    ])
  })
  return { rows, merges }
}

export async function writeSurveyMonkey(file: string, people: Person[], lang: 'en' | 'it' = 'en'): Promise<void> {
  const { rows, merges } = surveyMonkeyRows(people, lang)
  if (file.endsWith('.csv'))
    fs.writeFileSync(file, csvText(rows.map((r) => r.map((c) => (c instanceof Date ? isoSeconds(c).replace('T', ' ') : (c as string | number | null)))), ','))
  else await writeXlsx(file, [{ name: 'Sheet', rows, merges }])
}

// ---------------------------------------------------------------------------------------------------
// Qualtrics CSV: row 1 short names, row 2 question texts ("… - Selected Choice - Option"), row 3
// {"ImportId": …}; split multiple answers (Q3_1…Q3_6 holding 1 or nothing) and an other-text column.
// ---------------------------------------------------------------------------------------------------
export function writeQualtrics(file: string, people: Person[]): void {
  const meta: [string, string, string][] = [
    ['StartDate', 'Start Date', '{"ImportId":"startDate","timeZone":"Europe/Rome"}'],
    ['EndDate', 'End Date', '{"ImportId":"endDate","timeZone":"Europe/Rome"}'],
    ['Status', 'Response Type', '{"ImportId":"status"}'],
    ['IPAddress', 'IP Address', '{"ImportId":"ipAddress"}'],
    ['Progress', 'Progress', '{"ImportId":"progress"}'],
    ['Duration (in seconds)', 'Duration (in seconds)', '{"ImportId":"duration"}'],
    ['Finished', 'Finished', '{"ImportId":"finished"}'],
    ['RecordedDate', 'Recorded Date', '{"ImportId":"recordedDate","timeZone":"Europe/Rome"}'],
    ['ResponseId', 'Response ID', '{"ImportId":"_recordId"}'],
    ['RecipientEmail', 'Recipient Email', '{"ImportId":"recipientEmail"}'],
    ['LocationLatitude', 'Location Latitude', '{"ImportId":"locationLatitude"}'],
    ['LocationLongitude', 'Location Longitude', '{"ImportId":"locationLongitude"}'],
    ['DistributionChannel', 'Distribution Channel', '{"ImportId":"distributionChannel"}'],
    ['UserLanguage', 'User Language', '{"ImportId":"userLanguage"}']
  ]
  const q: [string, string, string][] = [
    ['Q1', 'Genere', '{"ImportId":"QID1"}'],
    ['Q2', 'In quale municipio vivi?', '{"ImportId":"QID2"}'],
    ...SERVICES.map((s, k): [string, string, string] => [`Q3_${k + 1}`, `Quali servizi di welfare utilizzi? - Selected Choice - ${s}`, `{"ImportId":"QID3_${k + 1}"}`]),
    ['Q3_7_TEXT', 'Quali servizi di welfare utilizzi? - Altro - Text', '{"ImportId":"QID3_7_TEXT"}'],
    ...ITEMS.map((t, k): [string, string, string] => [`Q4_${k + 1}`, `Quanto sei d'accordo con queste affermazioni? - ${t}`, `{"ImportId":"QID4_${k + 1}"}`]),
    ['Q5', 'Quante ore a settimana lavori da remoto?', '{"ImportId":"QID5_TEXT"}']
  ]
  const cols = [...meta, ...q]
  const rows: (string | number | null)[][] = [cols.map((c) => c[0]), cols.map((c) => c[1]), cols.map((c) => c[2])]
  people.forEach((p, i) => {
    rows.push([
      isoSeconds(new Date(p.at.getTime() - 420_000)).replace('T', ' '),
      isoSeconds(p.at).replace('T', ' '),
      'IP Address',
      `93.45.${i % 250}.1`,
      100,
      420,
      'True',
      isoSeconds(p.at).replace('T', ' '),
      `R_${(p.id * 7919).toString(36).padStart(15, 'x')}`,
      p.email,
      45.4642,
      9.19,
      'anonymous',
      'IT',
      p.gender,
      p.municipio,
      ...SERVICES.map((s) => (p.services?.includes(s) ? 1 : null)),
      p.services !== null && i % 9 === 0 ? 'Buoni libro' : null,
      ...p.agree,
      p.hours
    ])
  })
  fs.writeFileSync(file, '\uFEFF' + csvText(rows, ','))
}

// ---------------------------------------------------------------------------------------------------
// LimeSurvey, full answers and full headings, Italian interface: metadata headings in Italian, a
// multiple choice as "Domanda [Opzione]" columns holding Sì / No (N/A when the question was not shown),
// an array question as "Domanda [Voce]" columns holding the scale's labels.
// ---------------------------------------------------------------------------------------------------
export async function writeLimeSurveyFull(file: string, people: Person[]): Promise<void> {
  const q = 'Quali servizi di welfare utilizzi?'
  const header = [
    'ID risposta',
    'Data invio',
    'Ultima pagina',
    'Lingua iniziale',
    'Seme',
    'Data di inizio',
    'Data ultima azione',
    'Genere',
    'In quale municipio vivi?',
    ...SERVICES.map((s) => `${q} [${s}]`),
    ...ITEMS.map((t) => `Quanto sei d'accordo con queste affermazioni? [${t}]`),
    'Quante ore a settimana lavori da remoto?'
  ]
  const rows: Cell[][] = [header]
  const stamp = (d: Date): string =>
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  for (const p of people)
    rows.push([
      p.id,
      stamp(p.at),
      4,
      'it',
      String(1_234_567 + p.id * 13),
      stamp(new Date(p.at.getTime() - 400_000)),
      stamp(p.at),
      p.gender,
      p.municipio,
      ...SERVICES.map((s) => (p.services === null ? 'N/A' : p.services.includes(s) ? 'Sì' : 'No')),
      ...p.agree,
      p.hours
    ])
  await writeXlsx(file, [{ name: 'Risultati', rows }])
}

// ---------------------------------------------------------------------------------------------------
// KoboToolbox (formpack): labels or XML values, groups in the headers ("Servizi/…"), a select_multiple
// as a summary column (space-joined), one 0/1 column per option ("question/option"), or both; the
// columns Kobo appends (_id, _uuid, _submission_time, _validation_status, __version__, _index).
// ---------------------------------------------------------------------------------------------------
export type KoboMultiple = 'both' | 'summary' | 'details'

export async function writeKoboShape(file: string, people: Person[], opts: { labels: boolean; multiple: KoboMultiple }): Promise<void> {
  const L = opts.labels
  const group = L ? 'Servizi' : 'servizi'
  const question = L ? `${group}/Quali servizi di welfare utilizzi?` : `${group}/welfare`
  const options = L ? SERVICES : SERVICE_CODES
  const header: string[] = [
    'start',
    'end',
    L ? 'Anagrafica/Genere' : 'anagrafica/genere',
    L ? 'Anagrafica/In quale municipio vivi?' : 'anagrafica/municipio',
    ...(opts.multiple !== 'details' ? [question] : []),
    ...(opts.multiple !== 'summary' ? options.map((o) => `${question}/${o}`) : []),
    ...ITEMS.map((t, k) => (L ? `Opinioni/${t}` : `opinioni/item${k + 1}`)),
    L ? 'Quante ore a settimana lavori da remoto?' : 'ore_remoto',
    '_id',
    '_uuid',
    '_submission_time',
    '_validation_status',
    '__version__',
    '_index'
  ]
  const municipioValue = (m: string): string => (L ? m : `m${m.split(' ')[1]}`)
  const rows: Cell[][] = [header]
  people.forEach((p, i) => {
    const chosen = p.services === null ? null : SERVICES.map((s, k) => (p.services!.includes(s) ? options[k] : null)).filter((x): x is string => x !== null)
    rows.push([
      isoSeconds(new Date(p.at.getTime() - 600_000)) + '.000+01:00',
      isoSeconds(p.at) + '.000+01:00',
      L ? p.gender : ['donna', 'uomo', 'non_risponde'][GENDERS.indexOf(p.gender)],
      municipioValue(p.municipio),
      ...(opts.multiple !== 'details' ? [chosen ? chosen.join(' ') : null] : []),
      ...(opts.multiple !== 'summary' ? options.map((o) => (chosen ? (chosen.includes(o) ? 1 : 0) : null)) : []),
      ...p.agree.map((a) => (a === null ? null : L ? a : a === 'Non so' ? 'non_so' : `a${AGREE.indexOf(a) + 1}`)),
      p.hours,
      900_000 + i,
      `6c0a3f4e-2b1d-4e7a-9f10-${String(i).padStart(12, '0')}`,
      isoSeconds(p.at),
      null,
      'vKx9Qm4',
      i + 1
    ])
  })
  await writeXlsx(file, [{ name: L ? 'Questionario' : 'questionario', rows }])
}
