import path from 'node:path'
import { activityInput, type RegisterImportResult } from '../../../shared/ipc/indicators'
import { mutate } from '../../db/op-log'
import type { Ctx } from '../context'
import { fieldName, type WriteOpts } from '../programme/common'
import { cellDate, cellText, foldHeader, readMapped, rowsRefused, type CellValue, type ColumnSpec, type RowErrors, type RowProblem } from '../programme/sheet-import'
import { valueAliases } from '../programme/value-labels'
import { RegisterRefs } from './register-refs'
import { insertActivity } from './register-service'
import { validateActivity, type ActivityRow } from './validate-activity'
import { readingAs } from '../../files/wrong-kind'
import { msg, zodIssueMsg } from '../../../shared/messages'

type Field = 'date' | 'action' | 'kind' | 'title' | 'organiser' | 'participants' | 'women' | 'men' | 'organisations' | 'mode' | 'area' | 'hours' | 'notes'

/** The register template's columns, Italian and English. */
export const REGISTER_COLUMNS: ColumnSpec<Field>[] = [
  { field: 'date', headers: ['Data', 'Date'], required: true },
  { field: 'action', headers: ['Azione', 'Action'], required: true },
  { field: 'kind', headers: ['Tipo', 'Kind', 'Tipologia', 'Type'], required: true },
  { field: 'title', headers: ['Titolo', 'Title'], required: true },
  { field: 'organiser', headers: ['Organizzatore', 'Organiser', 'Organizer'] },
  { field: 'participants', headers: ['Partecipanti', 'Participants'], required: true },
  { field: 'women', headers: ['Donne', 'Women'] },
  { field: 'men', headers: ['Uomini', 'Men'] },
  { field: 'organisations', headers: ['Organizzazioni', 'Organisations', 'Organizations'] },
  { field: 'mode', headers: ['Modalità', 'Mode'] },
  // "Municipio" is what registers written for Milan call the column.
  { field: 'area', headers: ['Zona', 'Area', 'Municipio', 'Quartiere', 'Territorio', 'Municipality', 'District'] },
  { field: 'hours', headers: ['Ore', 'Hours'] },
  { field: 'notes', headers: ['Note', 'Notes'] }
]

const MODES: Record<string, string> = { online: 'online', presenza: 'presenza', inpresenza: 'presenza', inperson: 'presenza', ibrida: 'ibrida', mista: 'ibrida', hybrid: 'ibrida' }

function toNumber(v: CellValue, field: Field, problems: RowProblem[]): number | null {
  if (v === null) return null
  if (typeof v === 'number') return v
  const s = cellText(v)
  if (!s) return null
  const n = Number(s.replace(/\s/g, '').replace(',', '.'))
  if (!Number.isFinite(n)) {
    problems.push({ key: 'programme.importBadNumber', params: { field: fieldName(field), value: s } })
    return null
  }
  return n
}

function rowToInput(get: (f: Field) => CellValue, refs: RegisterRefs, problems: RowProblem[]): Record<string, unknown> {
  const kindText = cellText(get('kind'))
  // A preset kind may be written in English ("Meeting") or capitalised ("Sportello").
  const kind = kindText ? (refs.kind(kindText) ?? refs.kind(valueAliases('activityKind').get(kindText.toLocaleLowerCase('it')) ?? '') ?? kindText) : ''
  const mode = cellText(get('mode'))
  let area = cellText(get('area'))
  // A bare number in a "Municipio" column names the area "Municipio N" when the programme has it.
  if (area && /^\d+$/.test(area) && !refs.area(area) && refs.areaLabel && refs.area(`${refs.areaLabel} ${area}`)) area = `${refs.areaLabel} ${area}`
  return {
    date: cellDate(get('date')) ?? '',
    action: cellText(get('action')) ?? '',
    kind,
    title: cellText(get('title')) ?? '',
    organiser: cellText(get('organiser')),
    participants: toNumber(get('participants'), 'participants', problems) ?? undefined,
    women: toNumber(get('women'), 'women', problems),
    men: toNumber(get('men'), 'men', problems),
    organisations: (cellText(get('organisations')) ?? '').split(';').map((s) => s.trim()).filter(Boolean),
    mode: mode ? (MODES[foldHeader(mode)] ?? mode) : null,
    area,
    hours: toNumber(get('hours'), 'hours', problems),
    notes: cellText(get('notes'))
  }
}

/**
 * Imports register activities from an xlsx/csv sheet, all or nothing: when any row is wrong nothing
 * is written and the error lists every row's problems (details: ImportRowError[]).
 */
export async function importRegister(ctx: Ctx, file: string, opts: { sheet?: string } & WriteOpts = {}): Promise<RegisterImportResult> {
  const sheet = await readingAs(file, 'spreadsheet', () => readMapped(file, REGISTER_COLUMNS, { sheet: opts.sheet, signal: ctx.progress.signal }))
  const refs = new RegisterRefs(ctx)
  const errors: RowErrors[] = []
  const valid: ActivityRow[] = []
  for (const { row, cells } of sheet.table.rows) {
    const problems: RowProblem[] = []
    const parsed = activityInput.safeParse(rowToInput((f) => sheet.get(cells, f), refs, problems))
    if (!parsed.success)
      for (const i of parsed.error.issues) problems.push({ key: 'programme.importBadField', params: { field: i.path.join('.') || '—', detail: zodIssueMsg(i) } })
    else {
      const v = validateActivity(parsed.data, refs)
      if ('problems' in v) problems.push(...v.problems)
      else if (!problems.length) valid.push(v.ok)
    }
    if (problems.length) errors.push({ row, problems })
  }
  if (errors.length) throw rowsRefused(file, errors, sheet.table.rows.length)
  const ids = mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'register.import', summary: msg('register.op.import', { count: valid.length, file: path.basename(file) }) },
    (w) => valid.map((a) => insertActivity(w, a)),
    opts
  )
  return { imported: ids.length, activityIds: ids, warnings: sheet.table.warnings }
}
