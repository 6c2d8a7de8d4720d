import type { VariableType } from '../frame'
import type { SurveyPlatform } from '../model'
import { looseKey } from '../infer/text-norm'

/**
 * Export conventions of the questionnaire platforms (survey.md §h): which tool wrote the sheet, which
 * columns are its bookkeeping (timestamps, ids, versions) and how multiple answers are joined.
 */

interface MetaRule {
  type: VariableType
  /** Platforms where the header is bookkeeping; empty = everywhere. */
  platforms: SurveyPlatform[]
}

const META: Record<string, MetaRule> = {
  'informazioni cronologiche': { type: 'datetime', platforms: [] },
  timestamp: { type: 'datetime', platforms: [] },
  'marca temporale': { type: 'datetime', platforms: [] },
  'indirizzo email': { type: 'id', platforms: [] },
  'email address': { type: 'id', platforms: [] },
  'indirizzo e-mail': { type: 'id', platforms: [] },
  'posta elettronica': { type: 'id', platforms: ['microsoft-forms'] },
  email: { type: 'id', platforms: ['microsoft-forms', 'google-forms'] },
  punteggio: { type: 'numeric', platforms: ['google-forms'] },
  score: { type: 'numeric', platforms: ['google-forms'] },
  id: { type: 'id', platforms: ['microsoft-forms', 'limesurvey', 'generic'] },
  'ora di inizio': { type: 'datetime', platforms: [] },
  'start time': { type: 'datetime', platforms: [] },
  'ora di completamento': { type: 'datetime', platforms: [] },
  'completion time': { type: 'datetime', platforms: [] },
  "ora dell'ultima modifica": { type: 'datetime', platforms: [] },
  'ora ultima modifica': { type: 'datetime', platforms: [] },
  'last modified time': { type: 'datetime', platforms: [] },
  nome: { type: 'text', platforms: ['microsoft-forms'] },
  name: { type: 'text', platforms: ['microsoft-forms'] },
  'punti totali': { type: 'numeric', platforms: ['microsoft-forms'] },
  'total points': { type: 'numeric', platforms: ['microsoft-forms'] },
  'commenti del quiz': { type: 'text', platforms: ['microsoft-forms'] },
  'quiz feedback': { type: 'text', platforms: ['microsoft-forms'] },
  start: { type: 'datetime', platforms: ['kobo'] },
  end: { type: 'datetime', platforms: ['kobo'] },
  today: { type: 'date', platforms: ['kobo'] },
  deviceid: { type: 'text', platforms: ['kobo'] },
  username: { type: 'text', platforms: ['kobo'] },
  simserial: { type: 'text', platforms: ['kobo'] },
  subscriberid: { type: 'text', platforms: ['kobo'] },
  phonenumber: { type: 'text', platforms: ['kobo'] },
  audit: { type: 'text', platforms: ['kobo'] },
  _id: { type: 'id', platforms: [] },
  _uuid: { type: 'id', platforms: [] },
  _submission_time: { type: 'datetime', platforms: [] },
  _validation_status: { type: 'text', platforms: [] },
  _notes: { type: 'text', platforms: [] },
  _status: { type: 'text', platforms: [] },
  _submitted_by: { type: 'text', platforms: [] },
  __version__: { type: 'text', platforms: [] },
  _version_: { type: 'text', platforms: [] },
  _tags: { type: 'text', platforms: [] },
  _index: { type: 'id', platforms: [] },
  _parent_index: { type: 'numeric', platforms: [] },
  _parent_table_name: { type: 'text', platforms: [] },
  _xform_id_string: { type: 'text', platforms: [] },
  'meta/instanceid': { type: 'id', platforms: [] },
  'meta/instancename': { type: 'text', platforms: [] },
  'meta/deprecatedid': { type: 'text', platforms: [] },
  submitdate: { type: 'datetime', platforms: [] },
  startdate: { type: 'datetime', platforms: ['limesurvey'] },
  datestamp: { type: 'datetime', platforms: ['limesurvey'] },
  lastpage: { type: 'numeric', platforms: ['limesurvey'] },
  startlanguage: { type: 'text', platforms: ['limesurvey'] },
  seed: { type: 'text', platforms: ['limesurvey'] },
  ipaddr: { type: 'text', platforms: ['limesurvey'] },
  refurl: { type: 'text', platforms: ['limesurvey'] },
  token: { type: 'id', platforms: ['limesurvey'] },
  submissiondate: { type: 'datetime', platforms: [] },
  key: { type: 'id', platforms: ['kobo'] }
}

const headerKey = (h: string): string => looseKey(h).replace(/\s*[:?]$/, '')

/** Which platform exported the sheet, from its headers. */
export function detectPlatform(headers: string[]): SurveyPlatform {
  const keys = new Set(headers.map(headerKey))
  const first = headers.length ? headerKey(headers[0]) : ''
  if (keys.has('submitdate') || (keys.has('lastpage') && keys.has('startlanguage'))) return 'limesurvey'
  if (headers.filter((h) => /^[A-Za-z][\w]*\[[^\]]+\]$/.test(h.trim())).length >= 2 && keys.has('id')) return 'limesurvey'
  if (keys.has('_uuid') || keys.has('_submission_time') || (keys.has('_id') && keys.has('_index'))) return 'kobo'
  if (
    keys.has('id') &&
    (keys.has('ora di inizio') || keys.has('start time')) &&
    (keys.has('ora di completamento') || keys.has('completion time'))
  )
    return 'microsoft-forms'
  if (first === 'informazioni cronologiche' || first === 'timestamp' || first === 'marca temporale') return 'google-forms'
  return 'generic'
}

/** The bookkeeping type of a header for this platform, or null for a question. */
export function metadataType(header: string, platform: SurveyPlatform): VariableType | null {
  const k = headerKey(header)
  const rule = META[k]
  if (rule && (rule.platforms.length === 0 || rule.platforms.includes(platform))) return rule.type
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
    case 'limesurvey':
      return []
    default:
      return [';', ', ', '|']
  }
}

/** The item part of a header that carries its path ("grp/q" for Kobo, "Q1[SQ001]" for LimeSurvey). */
export function splitHeaderPath(header: string, platform: SurveyPlatform): { prefix: string; item: string } | null {
  const h = header.trim()
  if (platform === 'kobo' || (platform === 'generic' && /^[\w.-]+(\/[\w.-]+)+$/.test(h))) {
    const i = h.lastIndexOf('/')
    if (i > 0 && i < h.length - 1) return { prefix: h.slice(0, i), item: h.slice(i + 1) }
  }
  const lime = /^(.+?)\s*\[([^\]]+)\]$/.exec(h)
  if (lime) return { prefix: lime[1].trim(), item: lime[2].trim() }
  return null
}
