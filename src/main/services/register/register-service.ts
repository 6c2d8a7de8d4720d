import { z } from 'zod'
import { EsitiError } from '../../../shared/errors'
import {
  ACTIVITY_MODES,
  activityInput,
  type ActivityDto,
  type ActivityInput,
  type RegisterGridDto
} from '../../../shared/ipc/indicators'
import { msg, zodIssueMsg } from '../../../shared/messages'
import { mutate, type Writer } from '../../db/op-log'
import type { Ctx } from '../context'
import { upgradeActivityInput } from '../indicators/legacy-spec'
import { fail, fieldName, type WriteOpts } from '../programme/common'
import type { RowProblem } from '../programme/sheet-import'
import { checkParticipants, writeParticipants, type ResolvedParticipant } from './participants'
import { RegisterRefs } from './register-refs'
import { validateActivity, type ActivityFields, type ActivityRow } from './validate-activity'

export interface RegisterFilter {
  action?: string
  kind?: string
  from?: string
  to?: string
  /** One activity only. */
  id?: string
}

/**
 * Parses untrusted input with a zod schema; the first problem becomes a one-line INVALID_INPUT
 * naming the field. `what` says what was given ("activity", "indicator #2").
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const r = schema.safeParse(input)
  if (r.success) return r.data
  const issue = r.error.issues[0]
  throw new EsitiError('INVALID_INPUT', 'register.invalidInput', { what, field: issue.path.join('.') || '—', detail: zodIssueMsg(issue) })
}

interface ActivitySqlRow {
  id: string
  date: string
  action_id: string
  action_code: string
  action_name: string
  kind: string
  title: string
  organiser_id: string | null
  organiser: string | null
  participants: number
  participants_women: number | null
  participants_men: number | null
  participants_other: number | null
  mode: string | null
  area_id: string | null
  area: string | null
  hours: number | null
  notes: string | null
  listed: number
}

function where(ctx: Ctx, filter: RegisterFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  if (filter.action) {
    const refs = new RegisterRefs(ctx)
    const a = refs.action(filter.action)
    if (!a) throw fail('NOT_FOUND', 'register.actionUnknown', { code: filter.action, known: refs.actions.map((x) => x.code) })
    clauses.push('x.action_id = ?')
    params.push(a.id)
  }
  if (filter.id) clauses.push('x.id = ?'), params.push(filter.id)
  if (filter.kind) clauses.push('x.kind = ?'), params.push(filter.kind)
  if (filter.from) clauses.push('x.date >= ?'), params.push(filter.from)
  if (filter.to) clauses.push('x.date <= ?'), params.push(filter.to)
  return { sql: clauses.length ? 'WHERE ' + clauses.join(' AND ') : '', params }
}

export function listActivities(ctx: Ctx, filter: RegisterFilter = {}): ActivityDto[] {
  const db = ctx.project.sqlite
  const w = where(ctx, filter)
  const rows = db
    .prepare(
      `SELECT x.*, a.code action_code, a.name action_name, o.name organiser, ar.name area,
        (SELECT COUNT(*) FROM participations p WHERE p.activity_id = x.id) listed
       FROM activities x JOIN actions a ON a.id = x.action_id LEFT JOIN organisations o ON o.id = x.organiser_id
       LEFT JOIN areas ar ON ar.id = x.area_id
       ${w.sql} ORDER BY x.date, x.title, x.id`
    )
    .all(...w.params) as ActivitySqlRow[]
  const reached = db
    .prepare(
      `SELECT ao.activity_id, o.id, o.name, o.kind FROM activity_organisations ao
       JOIN organisations o ON o.id = ao.organisation_id ${filter.id ? 'WHERE ao.activity_id = ?' : ''} ORDER BY o.name`
    )
    .all(...(filter.id ? [filter.id] : [])) as { activity_id: string; id: string; name: string; kind: string }[]
  const byActivity = new Map<string, ActivityDto['organisations']>()
  for (const r of reached) {
    const list = byActivity.get(r.activity_id) ?? []
    list.push({ id: r.id, name: r.name, kind: r.kind })
    byActivity.set(r.activity_id, list)
  }
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    actionId: r.action_id,
    actionCode: r.action_code,
    actionName: r.action_name,
    kind: r.kind,
    title: r.title,
    organiserId: r.organiser_id,
    organiser: r.organiser,
    participants: r.participants,
    women: r.participants_women,
    men: r.participants_men,
    other: r.participants_other,
    organisations: byActivity.get(r.id) ?? [],
    mode: r.mode,
    areaId: r.area_id,
    area: r.area,
    hours: r.hours,
    notes: r.notes,
    listed: r.listed
  }))
}

export function getActivity(ctx: Ctx, id: string): ActivityDto {
  const [found] = listActivities(ctx, { id })
  if (!found) throw fail('NOT_FOUND', 'register.activityUnknown', { id })
  return found
}

/** Distinct persons and participations of the filtered activities (one indexed query each). */
function personTotals(ctx: Ctx, filter: RegisterFilter): { persons: number; participations: number } {
  const w = where(ctx, filter)
  return ctx.project.sqlite
    .prepare(
      `SELECT COUNT(DISTINCT p.person_id) persons, COUNT(*) participations
       FROM participations p JOIN activities x ON x.id = p.activity_id ${w.sql}`
    )
    .get(...w.params) as { persons: number; participations: number }
}

export function registerGrid(ctx: Ctx, filter: RegisterFilter = {}): RegisterGridDto {
  const refs = new RegisterRefs(ctx)
  const rows = listActivities(ctx, filter)
  const orgs = new Set<string>()
  for (const r of rows) for (const o of r.organisations) orgs.add(o.id)
  return {
    period: refs.period,
    kinds: refs.kinds,
    modes: [...ACTIVITY_MODES],
    actions: refs.actions.map((a) => ({ id: a.id, code: a.code, name: a.name })),
    organisations: refs.organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    areas: refs.areas,
    areaLabel: refs.areaLabel,
    genders: refs.genders,
    ageBands: refs.ageBands,
    rows,
    totals: {
      activities: rows.length,
      participants: rows.reduce((s, r) => s + r.participants, 0),
      women: rows.reduce((s, r) => s + (r.women ?? 0), 0),
      men: rows.reduce((s, r) => s + (r.men ?? 0), 0),
      organisations: orgs.size,
      ...personTotals(ctx, filter)
    }
  }
}

/** Validates or throws one error naming the activity and its first problem (all of them in details). */
export function checkActivity(fields: ActivityFields, refs: RegisterRefs): ActivityRow {
  const v = validateActivity(fields, refs)
  if ('problems' in v) throw activityRefused(fields.title, v.problems)
  return v.ok
}

function activityRefused(title: string, problems: RowProblem[]): EsitiError {
  const first = problems[0]
  return new EsitiError(
    'INVALID_INPUT',
    'register.activityRefused',
    { title, count: problems.length, problem: msg(first.key as 'register.activityRefused', first.params as Record<string, string>) },
    problems
  )
}

/** Checks a participant list; a refusal names the list row (1-based) and the person. */
export function checkList(ctx: Ctx, refs: RegisterRefs, list: ActivityFields['participantList'], alreadyListed?: Set<string>): ResolvedParticipant[] {
  const r = checkParticipants(ctx.project, refs, list ?? [], { alreadyListed })
  if ('ok' in r) return r.ok
  const first = r.errors[0]
  throw new EsitiError(
    'INVALID_INPUT',
    'register.participantRefused',
    {
      row: first.index + 1,
      name: (list ?? [])[first.index]?.name ?? '',
      count: r.errors.length,
      problem: msg(first.problems[0].key as 'register.participantRefused', first.problems[0].params as Record<string, string>)
    },
    r.errors.map((e) => ({ row: e.index + 1, problems: e.problems }))
  )
}

export function insertActivity(w: Writer, a: ActivityRow): string {
  const id = w.insert('activities', a.row)
  for (const organisation_id of a.organisationIds) w.insert('activity_organisations', { activity_id: id, organisation_id })
  return id
}

export function createActivity(ctx: Ctx, input: ActivityInput | unknown, opts: WriteOpts = {}): ActivityDto {
  const fields = parseWith(activityInput, upgradeActivityInput(input), 'activity')
  const refs = new RegisterRefs(ctx)
  const row = checkActivity(fields, refs)
  const list = fields.participantList?.length ? checkList(ctx, refs, fields.participantList) : null
  const id = mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'register.create', summary: msg('register.op.create', { title: fields.title }) },
    (w) => {
      const id = insertActivity(w, row)
      if (list) writeParticipants(w, id, list, 'replace')
      return id
    },
    opts
  )
  return getActivity(ctx, id)
}

function toFields(a: ActivityDto): ActivityFields {
  return {
    date: a.date,
    action: a.actionId,
    kind: a.kind,
    title: a.title,
    organiser: a.organiserId,
    participants: a.participants,
    women: a.women,
    men: a.men,
    other: a.other,
    organisations: a.organisations.map((o) => o.id),
    mode: a.mode as ActivityFields['mode'],
    area: a.areaId,
    hours: a.hours,
    notes: a.notes
  }
}

/**
 * Changes an activity. With a participant list, the head count and gender split come from the list:
 * a patch that sets them to other numbers is refused (change the list instead).
 */
export function updateActivity(ctx: Ctx, id: string, patch: Partial<ActivityInput> | unknown): ActivityDto {
  const current = getActivity(ctx, id)
  const p = parseWith(activityInput.partial(), upgradeActivityInput(patch), 'activity change')
  const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Partial<ActivityFields>
  if (current.listed > 0 && defined.participantList === undefined)
    for (const k of ['participants', 'women', 'men', 'other'] as const)
      if (defined[k] !== undefined && defined[k] !== current[k])
        throw fail('CONFLICT', 'register.countsFromList', { title: current.title, listed: current.listed, field: fieldName(k) })
  const fields = { ...toFields(current), ...defined } as ActivityFields
  if (defined.participantList?.length) fields.participants = undefined
  const refs = new RegisterRefs(ctx)
  const next = checkActivity(fields, refs)
  // An empty list given clears the list; the counts given then stand on their own.
  const list = defined.participantList ? checkList(ctx, refs, defined.participantList) : null
  mutate(ctx.project, { actor: ctx.actor, kind: 'register.update', summary: msg('register.op.update', { title: fields.title }) }, (w) => {
    w.update('activities', id, next.row)
    const links = ctx.project.sqlite
      .prepare('SELECT id, organisation_id FROM activity_organisations WHERE activity_id = ?')
      .all(id) as { id: string; organisation_id: string }[]
    for (const l of links) if (!next.organisationIds.includes(l.organisation_id)) w.remove('activity_organisations', l.id)
    for (const orgId of next.organisationIds)
      if (!links.some((l) => l.organisation_id === orgId)) w.insert('activity_organisations', { activity_id: id, organisation_id: orgId })
    if (list) writeParticipants(w, id, list, 'replace')
  })
  return getActivity(ctx, id)
}

/** Deletes activities with their participant lists (the persons stay: they may be on other lists). */
export function deleteActivities(ctx: Ctx, ids: string[]): { deleted: number } {
  const unique = [...new Set(ids)]
  const exists = ctx.project.sqlite.prepare('SELECT 1 FROM activities WHERE id = ?')
  for (const id of unique) if (!exists.get(id)) throw fail('NOT_FOUND', 'register.activityUnknown', { id })
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'register.delete', summary: msg('register.op.delete', { count: unique.length }) },
    (w) => unique.forEach((id) => w.remove('activities', id))
  )
  return { deleted: unique.length }
}
