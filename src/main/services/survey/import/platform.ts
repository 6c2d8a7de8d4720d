import type { VariableType } from '../frame'
import type { SurveyPlatform } from '../model'
import { looseKey } from '../infer/text-norm'

/**
 * Export conventions of the questionnaire platforms (survey.md §h, second-batch.md): which tool wrote
 * the sheet, which columns are its bookkeeping (timestamps, ids, versions) and how multiple answers
 * are joined. Italian and English interface strings both.
 */

interface MetaRule {
  type: VariableType
  /** Platforms where the header is bookkeeping; empty = everywhere. */
  platforms: SurveyPlatform[]
}

const ANY: SurveyPlatform[] = []
const GOOGLE: SurveyPlatform[] = ['google-forms']
const MS: SurveyPlatform[] = ['microsoft-forms']
const KOBO: SurveyPlatform[] = ['kobo']
const LIME: SurveyPlatform[] = ['limesurvey']
const MONKEY: SurveyPlatform[] = ['surveymonkey']
const QUALTRICS: SurveyPlatform[] = ['qualtrics']

const rule = (type: VariableType, platforms: SurveyPlatform[] = ANY): MetaRule => ({ type, platforms })

const META: Record<string, MetaRule> = {
  // Google Forms
  'informazioni cronologiche': rule('datetime'),
  timestamp: rule('datetime'),
  'marca temporale': rule('datetime'),
  'indirizzo email': rule('id'),
  'email address': rule('id'),
  'indirizzo e-mail': rule('id'),
  punteggio: rule('numeric', GOOGLE),
  score: rule('numeric', GOOGLE),
  // Microsoft Forms
  'posta elettronica': rule('id', MS),
  email: rule('id', [...MS, ...GOOGLE, ...MONKEY]),
  id: rule('id', [...MS, ...LIME, 'generic']),
  'ora di inizio': rule('datetime'),
  'start time': rule('datetime'),
  'ora di completamento': rule('datetime'),
  'completion time': rule('datetime'),
  "ora dell'ultima modifica": rule('datetime'),
  'ora ultima modifica': rule('datetime'),
  'last modified time': rule('datetime'),
  nome: rule('text', [...MS, ...MONKEY]),
  name: rule('text', MS),
  'punti totali': rule('numeric', MS),
  'total points': rule('numeric', MS),
  'commenti del quiz': rule('text', MS),
  'quiz feedback': rule('text', MS),
  // KoboToolbox (metadata questions and the columns it appends)
  start: rule('datetime', KOBO),
  end: rule('datetime', KOBO),
  today: rule('date', KOBO),
  deviceid: rule('text', KOBO),
  username: rule('text', KOBO),
  simserial: rule('text', KOBO),
  subscriberid: rule('text', KOBO),
  phonenumber: rule('text', KOBO),
  audit: rule('text', KOBO),
  _id: rule('id'),
  _uuid: rule('id'),
  _submission_time: rule('datetime'),
  _validation_status: rule('text'),
  _notes: rule('text'),
  _status: rule('text'),
  _submitted_by: rule('text'),
  __version__: rule('text'),
  _version_: rule('text'),
  _tags: rule('text'),
  _index: rule('id'),
  _parent_index: rule('numeric'),
  _parent_table_name: rule('text'),
  _xform_id_string: rule('text'),
  'meta/instanceid': rule('id'),
  'meta/instancename': rule('text'),
  'meta/deprecatedid': rule('text'),
  'meta/rootuuid': rule('id'),
  // LimeSurvey: codes, then full headings in English and Italian
  submitdate: rule('datetime'),
  startdate: rule('datetime', [...LIME, ...QUALTRICS]),
  datestamp: rule('datetime', LIME),
  lastpage: rule('numeric', LIME),
  startlanguage: rule('text', LIME),
  seed: rule('text', LIME),
  ipaddr: rule('text', LIME),
  refurl: rule('text', LIME),
  token: rule('id', LIME),
  'response id': rule('id', [...LIME, ...QUALTRICS]),
  'date submitted': rule('datetime', LIME),
  'last page': rule('numeric', LIME),
  'start language': rule('text', LIME),
  'date started': rule('datetime', LIME),
  'date last action': rule('datetime', LIME),
  'referrer url': rule('text', LIME),
  'id risposta': rule('id', LIME),
  'data invio': rule('datetime', LIME),
  'data di invio': rule('datetime', LIME),
  'ultima pagina': rule('numeric', LIME),
  'lingua iniziale': rule('text', LIME),
  seme: rule('text', LIME),
  'data inizio': rule('datetime', LIME),
  'data ultima azione': rule('datetime', LIME),
  "data dell'ultima azione": rule('datetime', LIME),
  'url di provenienza': rule('text', LIME),
  'url referente': rule('text', LIME),
  "codice d'accesso": rule('id', LIME),
  // SurveyMonkey (English and Italian)
  'respondent id': rule('id', MONKEY),
  'collector id': rule('text', MONKEY),
  'start date': rule('datetime', MONKEY),
  'end date': rule('datetime', [...MONKEY, ...QUALTRICS]),
  'ip address': rule('text', [...MONKEY, ...LIME]),
  'first name': rule('text', MONKEY),
  'last name': rule('text', MONKEY),
  'custom data 1': rule('text', MONKEY),
  'id rispondente': rule('id', MONKEY),
  'id raccoglitore': rule('text', MONKEY),
  'id del raccoglitore': rule('text', MONKEY),
  'data di inizio': rule('datetime', [...MONKEY, ...LIME]),
  'data di fine': rule('datetime', MONKEY),
  'indirizzo ip': rule('text', [...MONKEY, ...LIME]),
  cognome: rule('text', MONKEY),
  'dati personalizzati 1': rule('text', MONKEY),
  // Qualtrics (row 1 of the export)
  enddate: rule('datetime', QUALTRICS),
  status: rule('text', QUALTRICS),
  ipaddress: rule('text', QUALTRICS),
  progress: rule('numeric', QUALTRICS),
  'duration (in seconds)': rule('numeric', QUALTRICS),
  finished: rule('text', QUALTRICS),
  recordeddate: rule('datetime', QUALTRICS),
  responseid: rule('id', QUALTRICS),
  recipientlastname: rule('text', QUALTRICS),
  recipientfirstname: rule('text', QUALTRICS),
  recipientemail: rule('id', QUALTRICS),
  externalreference: rule('text', QUALTRICS),
  externaldatareference: rule('text', QUALTRICS),
  locationlatitude: rule('numeric', QUALTRICS),
  locationlongitude: rule('numeric', QUALTRICS),
  distributionchannel: rule('text', QUALTRICS),
  userlanguage: rule('text', QUALTRICS),
  q_recaptchascore: rule('numeric', QUALTRICS),
  q_relevantidduplicate: rule('text', QUALTRICS),
  q_relevantidduplicatescore: rule('numeric', QUALTRICS),
  q_relevantidfraudscore: rule('numeric', QUALTRICS),
  q_relevantidlaststartdate: rule('datetime', QUALTRICS),
  q_ballotboxstuffing: rule('text', QUALTRICS),
  // ODK Central / Briefcase
  submissiondate: rule('datetime'),
  key: rule('id', KOBO)
}

const headerKey = (h: string): string => looseKey(h).replace(/\s*[:?]$/, '')

/** SurveyMonkey's item row under single questions. */
const MONKEY_ITEM = /^(?:response|open-ended response|risposta|risposta aperta|respuesta|respuesta abierta|réponse|antwort)$/i

/** The item text SurveyMonkey writes under a single-answer question (the question is in the row above). */
export const isMonkeyItem = (item: string): boolean => MONKEY_ITEM.test(item.trim())

/** Which platform exported the sheet, from its headers (item row and group row). */
export function detectPlatform(headers: string[], groups: (string | null)[] = [], qualtricsRows = false): SurveyPlatform {
  if (qualtricsRows) return 'qualtrics'
  const keys = new Set([...headers, ...groups.filter((g): g is string => !!g)].map(headerKey))
  const first = headers.length ? headerKey(groups[0] ?? headers[0]) : ''
  const has = (...k: string[]): boolean => k.some((x) => keys.has(x))
  if (
    (has('respondent id', 'id rispondente') && has('collector id', 'id raccoglitore', 'id del raccoglitore')) ||
    headers.filter(isMonkeyItem).length >= 2
  )
    return 'surveymonkey'
  if (has('responseid') && has('recordeddate', 'finished')) return 'qualtrics'
  if (has('submitdate') || (has('lastpage') && has('startlanguage'))) return 'limesurvey'
  if (has('date submitted', 'data invio', 'data di invio') && has('last page', 'ultima pagina', 'start language', 'lingua iniziale'))
    return 'limesurvey'
  if (headers.filter((h) => /^[A-Za-z][\w]*\[[^\]]+\]$/.test(h.trim())).length >= 2 && has('id')) return 'limesurvey'
  if (has('_uuid', '_submission_time') || (has('_id') && has('_index'))) return 'kobo'
  if (has('id') && has('ora di inizio', 'start time') && has('ora di completamento', 'completion time')) return 'microsoft-forms'
  if (first === 'informazioni cronologiche' || first === 'timestamp' || first === 'marca temporale') return 'google-forms'
  return 'generic'
}

/** The bookkeeping type of a header for this platform, or null for a question. */
export function metadataType(header: string, platform: SurveyPlatform): VariableType | null {
  const k = headerKey(header)
  const r = META[k]
  if (r && (r.platforms.length === 0 || r.platforms.includes(platform))) return r.type
  if (platform === 'kobo') {
    if (/^_.+_(latitude|longitude|altitude|precision)$/.test(k)) return 'numeric'
    if (k.startsWith('meta/')) return 'text'
  }
  return null
}

/** How the platform joins the options of a multiple-answer question in one cell. */
export function platformSeparators(platform: SurveyPlatform): string[] {
  switch (platform) {
    case 'google-forms':
      return [', ']
    case 'microsoft-forms':
      return [';']
    case 'kobo':
      return [' ']
    case 'qualtrics':
      return [',']
    case 'limesurvey':
    case 'surveymonkey':
      return []
    default:
      return [';', ', ', '|']
  }
}

/**
 * The "/" that separates a group path ("grp/q", "Servizi/Quali servizi usi?") from the rest. A slash
 * with a space on either side belongs to a label ("Trasporti / navetta"), never to the path.
 */
export function pathSeparators(header: string): number[] {
  const out: number[] = []
  for (let i = header.indexOf('/'); i >= 0; i = header.indexOf('/', i + 1)) {
    if (i === 0 || i === header.length - 1) continue
    if (header[i - 1] === ' ' || header[i + 1] === ' ') continue
    out.push(i)
  }
  return out
}

/** The item part of a header that carries its path ("grp/q" for Kobo, "Q1[SQ001]" for LimeSurvey and grids). */
export function splitHeaderPath(header: string, platform: SurveyPlatform): { prefix: string; item: string } | null {
  const h = header.trim()
  if (platform === 'kobo' || (platform === 'generic' && /^[\w.-]+(\/[\w.-]+)+$/.test(h))) {
    const cuts = pathSeparators(h)
    // XML names nest groups ("g1/g2/q"); labels may hold a slash of their own ("(auto/moto)"), and
    // group labels rarely do: a label header is cut at its first separator.
    const i = /\s/.test(h) ? cuts[0] : cuts.at(-1)
    if (i !== undefined) return { prefix: h.slice(0, i), item: h.slice(i + 1) }
  }
  const bracket = /^(.+?)\s*\[([^\]]+)\]$/.exec(h)
  if (bracket) return { prefix: bracket[1].trim(), item: bracket[2].trim() }
  return null
}
