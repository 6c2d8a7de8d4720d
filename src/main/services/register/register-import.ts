import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { activityInput, type RegisterImportResult, type RegisterImportRowError } from '../../../shared/ipc/indicators'
import { mutate } from '../../db/op-log'
import type { Ctx } from '../context'
import { readTable, type CellValue } from '../io/table'
import { RegisterRefs } from './register-refs'
import { insertActivity } from './register-service'
import { validateActivity, type ActivityRow } from './validate-activity'

type Field = 'date' | 'action' | 'kind' | 'title' | 'organiser' | 'participants' | 'women' | 'men' | 'organisations' | 'mode' | 'municipio' | 'hours' | 'notes'

const fold = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '')

/** Italian headers of the register template, and English ones. */
const HEADERS: Record<string, Field> = {
  data: 'date', date: 'date',
  azione: 'action', action: 'action',
  tipo: 'kind', tipologia: 'kind', kind: 'kind', type: 'kind',
  titolo: 'title', title: 'title',
  organizzatore: 'organiser', organiser: 'organiser', organizer: 'organiser',
  partecipanti: 'participants', participants: 'participants',
  donne: 'women', women: 'women',
  uomini: 'men', men: 'men',
  organizzazioni: 'organisations', organisations: 'organisations', organizations: 'organisations',
  modalita: 'mode', mode: 'mode',
  municipio: 'municipio', municipality: 'municipio',
  ore: 'hours', hours: 'hours',
  note: 'notes', notes: 'notes'
}
const REQUIRED: Field[] = ['date', 'action', 'kind', 'title', 'participants']

const KIND_ALIASES: Record<string, string> = { meeting: 'incontro', consultancy: 'consulenza', desk: 'sportello', training: 'formazione', event: 'evento' }
const MODE_ALIASES: Record<string, string> = { online: 'online', presenza: 'presenza', inpresenza: 'presenza', inperson: 'presenza', ibrida: 'ibrida', mista: 'ibrida', hybrid: 'ibrida' }

const text = (v: CellValue): string | null => {
  if (v === null) return null
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  const s = String(v).trim()
  return s === '' ? null : s
}

/** Excel dates are zone-less: the table reader gives UTC midnight, so read them in UTC. */
function toIsoDate(v: CellValue): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10)
  if (typeof v === 'number' && v > 20000 && v < 80000) return new Date(Math.round((v - 25569) * 86400000)).toISOString().slice(0, 10)
  const s = text(v)
  if (!s) return null
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s)
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s)
  if (m) return `${m[3].length === 2 ? '20' + m[3] : m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`
  return s
}

function toNumber(v: CellValue, field: string, errors: string[]): number | null {
  if (v === null) return null
  if (typeof v === 'number') return v
  const s = text(v)
  if (!s) return null
  const n = Number(s.replace(/\s/g, '').replace(',', '.'))
  if (!Number.isFinite(n)) {
    errors.push(`${field} "${s}" is not a number`)
    return null
  }
  return n
}

function rowToInput(get: (f: Field) => CellValue, errors: string[]): Record<string, unknown> {
  const kind = text(get('kind'))?.toLowerCase() ?? null
  const mode = text(get('mode'))
  const muni = text(get('municipio'))
  const municipio = muni ? Number(/\d+/.exec(muni)?.[0] ?? NaN) : null
  if (muni && !Number.isFinite(municipio)) errors.push(`Municipio "${muni}" is not a number`)
  return {
    date: toIsoDate(get('date')) ?? '',
    action: text(get('action')) ?? '',
    kind: kind ? (KIND_ALIASES[kind] ?? kind) : '',
    title: text(get('title')) ?? '',
    organiser: text(get('organiser')),
    participants: toNumber(get('participants'), 'Partecipanti', errors) ?? undefined,
    women: toNumber(get('women'), 'Donne', errors),
    men: toNumber(get('men'), 'Uomini', errors),
    organisations: (text(get('organisations')) ?? '').split(';').map((s) => s.trim()).filter(Boolean),
    mode: mode ? (MODE_ALIASES[fold(mode)] ?? mode) : null,
    municipio: Number.isFinite(municipio) ? municipio : null,
    hours: toNumber(get('hours'), 'Ore', errors),
    notes: text(get('notes'))
  }
}

/**
 * Imports register activities from an xlsx/csv sheet, all or nothing: when any row is wrong nothing
 * is written and the error lists every row's problems (details: RegisterImportRowError[]).
 */
export async function importRegister(ctx: Ctx, file: string, opts: { sheet?: string } = {}): Promise<RegisterImportResult> {
  const table = await readTable(file, { sheet: opts.sheet, signal: ctx.progress.signal })
  const columns = new Map<Field, number>()
  table.header.forEach((h, i) => {
    const f = HEADERS[fold(h)]
    if (f && !columns.has(f)) columns.set(f, i)
  })
  const absent = REQUIRED.filter((f) => !columns.has(f))
  if (absent.length)
    throw new EsitiError('INVALID_INPUT', `${path.basename(file)}: missing column(s) ${absent.map((f) => Object.keys(HEADERS).find((k) => HEADERS[k] === f)).map((k) => `"${k![0].toUpperCase()}${k!.slice(1)}"`).join(', ')} in the header row ${table.headerRow}.`)
  if (table.rows.length === 0) throw new EsitiError('INVALID_INPUT', `${path.basename(file)} has no activity rows.`)
  const refs = new RegisterRefs(ctx)
  const problems: RegisterImportRowError[] = []
  const valid: ActivityRow[] = []
  for (const { row, cells } of table.rows) {
    const errors: string[] = []
    const get = (f: Field): CellValue => (columns.has(f) ? (cells[columns.get(f)!] ?? null) : null)
    const parsed = activityInput.safeParse(rowToInput(get, errors))
    if (!parsed.success) for (const i of parsed.error.issues) errors.push(`${i.path.join('.') || 'row'}: ${i.message}`)
    else {
      const v = validateActivity(parsed.data, refs)
      if ('errors' in v) errors.push(...v.errors)
      else if (!errors.length) valid.push(v.ok)
    }
    if (errors.length) problems.push({ row, message: errors.join('; ') })
  }
  if (problems.length) {
    const first = problems.slice(0, 3).map((p) => `row ${p.row}: ${p.message}`).join(' | ')
    const more = problems.length > 3 ? ` | … ${problems.length - 3} more` : ''
    throw new EsitiError('INVALID_INPUT', `Nothing imported: ${problems.length} of ${table.rows.length} rows have errors — ${first}${more}`, undefined, problems)
  }
  const ids = mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'register.import', summary: `Import ${valid.length} activities from ${path.basename(file)}` },
    (w) => valid.map((a) => insertActivity(w, a))
  )
  return { imported: ids.length, activityIds: ids }
}
