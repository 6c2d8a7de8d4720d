import path from 'node:path'
import { participantInput, type ParticipantInput } from '../../../shared/ipc/indicators'
import type { ParticipantDto, ParticipantImportResult, ParticipantListDto } from '../../../shared/ipc/register'
import { mutate } from '../../db/op-log'
import type { Ctx } from '../context'
import { fail, type WriteOpts } from '../programme/common'
import { cellText, readMapped, rowsRefused, type ColumnSpec, type RowErrors, type RowProblem } from '../programme/sheet-import'
import { bandOfAge, checkParticipants, writeParticipants, type ParticipantFields } from './participants'
import { RegisterRefs } from './register-refs'
import { checkList, getActivity, parseWith } from './register-service'
import { msg, zodIssueMsg } from '../../../shared/messages'

export function listParticipants(ctx: Ctx, activityId: string): ParticipantListDto {
  const activity = getActivity(ctx, activityId)
  const rows = ctx.project.sqlite
    .prepare(
      `SELECT x.id, p.id personId, p.name, p.pseudonym, p.gender, p.age_band ageBand, p.organisation_id organisationId,
        o.name organisation, x.role,
        (SELECT COUNT(*) FROM participations y WHERE y.person_id = p.id) activities
       FROM participations x JOIN persons p ON p.id = x.person_id LEFT JOIN organisations o ON o.id = p.organisation_id
       WHERE x.activity_id = ? ORDER BY p.name COLLATE NOCASE`
    )
    .all(activityId) as (Omit<ParticipantDto, 'pseudonym'> & { pseudonym: number })[]
  return { activity, participants: rows.map((r) => ({ ...r, pseudonym: !!r.pseudonym })) }
}

/** Persons already recorded whose name starts with (or contains) the text: the form's suggestions. */
export function searchPersons(ctx: Ctx, text: string, limit = 20): ParticipantDto[] {
  const q = text.trim()
  if (!q) return []
  const like = `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`
  return (
    ctx.project.sqlite
      .prepare(
        `SELECT '' id, p.id personId, p.name, p.pseudonym, p.gender, p.age_band ageBand, p.organisation_id organisationId,
          o.name organisation, NULL role, (SELECT COUNT(*) FROM participations y WHERE y.person_id = p.id) activities
         FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id
         WHERE p.name LIKE ? ESCAPE '\\' ORDER BY (p.name LIKE ? ESCAPE '\\') DESC, p.name COLLATE NOCASE LIMIT ?`
      )
      .all(like, like.slice(1), limit) as (Omit<ParticipantDto, 'pseudonym'> & { pseudonym: number })[]
  ).map((r) => ({ ...r, pseudonym: !!r.pseudonym }))
}

/** Replaces an activity's participant list with the one given (the window's form saves this way). */
export function setParticipants(ctx: Ctx, activityId: string, list: (ParticipantInput | unknown)[], opts: WriteOpts = {}): ParticipantListDto {
  const activity = getActivity(ctx, activityId)
  const parsed = list.map((p, i) => parseWith(participantInput, p, `participant #${i + 1}`))
  const resolved = checkList(ctx, new RegisterRefs(ctx), parsed)
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'register.participants', summary: msg('register.op.participants', { count: resolved.length, title: activity.title }) },
    (w) => writeParticipants(w, activityId, resolved, 'replace'),
    opts
  )
  return listParticipants(ctx, activityId)
}

type Field = 'name' | 'pseudonym' | 'gender' | 'ageBand' | 'age' | 'organisation' | 'role'

/** An attendance sheet's columns, Italian and English. */
export const PARTICIPANT_COLUMNS: ColumnSpec<Field>[] = [
  { field: 'name', headers: ['Nome', 'Name', 'Nome e cognome', 'Full name', 'Partecipante', 'Participant', 'Cognome e nome'] },
  { field: 'pseudonym', headers: ['Pseudonimo', 'Pseudonym', 'Codice', 'Code', 'ID partecipante', 'Participant ID'] },
  { field: 'gender', headers: ['Genere', 'Gender', 'Sesso', 'Sex'] },
  { field: 'ageBand', headers: ['Fascia d’età', 'Age band', "Fascia d'eta", 'Fascia di età', 'Classe di età', 'Age group'] },
  { field: 'age', headers: ['Età', 'Age', 'Anni'] },
  { field: 'organisation', headers: ['Organizzazione', 'Organisation', 'Organization', 'Ente', 'Azienda', 'Impresa', 'Company'] },
  { field: 'role', headers: ['Ruolo', 'Role', 'Qualifica', 'Position'] }
]

/**
 * Adds the people of an attendance sheet to an activity's list, all or nothing: every row is
 * checked (name or pseudonym, gender and age band in the programme's lists, known organisation,
 * not twice, not already on the list, consistent with what is recorded for the same person).
 * A numeric age is put in its age band, and the count of such rows is returned.
 */
export async function importParticipants(
  ctx: Ctx,
  activityId: string,
  file: string,
  opts: { sheet?: string } & WriteOpts = {}
): Promise<ParticipantImportResult> {
  const activity = getActivity(ctx, activityId)
  const sheet = await readMapped(file, PARTICIPANT_COLUMNS, { sheet: opts.sheet, signal: ctx.progress.signal })
  if (!sheet.columns.has('name') && !sheet.columns.has('pseudonym'))
    throw fail('INVALID_INPUT', 'programme.importMissingColumns', {
      file: path.basename(file),
      columns: ['Nome / Name', 'Pseudonimo / Pseudonym'],
      row: sheet.table.headerRow,
      found: sheet.table.header.filter(Boolean).map((h) => h.replace(/\s+/g, ' '))
    })
  const refs = new RegisterRefs(ctx)
  const rowErrors: RowErrors[] = []
  const list: ParticipantFields[] = []
  const rowOf: number[] = []
  let agesBanded = 0
  for (const { row, cells } of sheet.table.rows) {
    const problems: RowProblem[] = []
    const t = (f: Field) => cellText(sheet.get(cells, f))
    const pseudo = t('pseudonym')
    const name = t('name') ?? pseudo
    let ageBand = t('ageBand')
    const age = t('age')
    if (!ageBand && age) {
      const n = Number(age.replace(',', '.'))
      const band = Number.isFinite(n) ? bandOfAge(refs.ageBands, n) : undefined
      if (band) {
        ageBand = band
        agesBanded++
      } else problems.push({ key: 'register.ageNotInBand', params: { value: age, known: refs.ageBands } })
    }
    if (!name) problems.push({ key: 'register.personNoName' })
    const parsed = participantInput.safeParse({
      name: name ?? '',
      pseudonym: !t('name') && !!pseudo,
      gender: t('gender'),
      ageBand,
      organisation: t('organisation'),
      role: t('role')
    })
    if (!parsed.success && name)
      for (const i of parsed.error.issues) problems.push({ key: 'programme.importBadField', params: { field: i.path.join('.'), detail: zodIssueMsg(i) } })
    if (problems.length) rowErrors.push({ row, problems })
    else if (parsed.success) {
      list.push(parsed.data)
      rowOf.push(row)
    }
  }
  const listed = new Set(
    (ctx.project.sqlite.prepare('SELECT person_id FROM participations WHERE activity_id = ?').all(activityId) as { person_id: string }[]).map(
      (r) => r.person_id
    )
  )
  const checked = checkParticipants(ctx.project, refs, list, { alreadyListed: listed })
  if ('errors' in checked) for (const e of checked.errors) rowErrors.push({ row: rowOf[e.index], problems: e.problems })
  if (rowErrors.length || 'errors' in checked) {
    rowErrors.sort((a, b) => a.row - b.row)
    throw rowsRefused(file, rowErrors, sheet.table.rows.length)
  }
  const known = checked.ok.filter((p) => p.personId).length
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'register.participants.import', summary: msg('register.op.importParticipants', { count: checked.ok.length, title: activity.title, file: path.basename(file) }) },
    (w) => writeParticipants(w, activityId, checked.ok, 'append'),
    opts
  )
  return { added: checked.ok.length, newPersons: checked.ok.length - known, knownPersons: known, agesBanded, columns: sheet.used, warnings: sheet.table.warnings }
}
