import { z } from 'zod'
import { EsitiError, invalid } from '../../../shared/errors'
import {
  ACTIVITY_KINDS,
  ACTIVITY_MODES,
  activityInput,
  type ActivityDto,
  type ActivityInput,
  type RegisterGridDto
} from '../../../shared/ipc/indicators'
import { mutate, type Writer } from '../../db/op-log'
import type { Ctx } from '../context'
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

/** Parses untrusted input with a zod schema; the first problem becomes a one-line INVALID_INPUT. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const r = schema.safeParse(input)
  if (r.success) return r.data
  const issue = r.error.issues[0]
  const where = issue.path.length ? ` (${issue.path.join('.')})` : ''
  throw invalid(`Invalid ${what}${where}: ${issue.message}`)
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
  municipio: number | null
  hours: number | null
  notes: string | null
}

export function listActivities(ctx: Ctx, filter: RegisterFilter = {}): ActivityDto[] {
  const db = ctx.project.sqlite
  const where: string[] = []
  const params: unknown[] = []
  if (filter.action) {
    const a = new RegisterRefs(ctx).action(filter.action)
    if (!a) throw new EsitiError('NOT_FOUND', `Action not found: "${filter.action}"`)
    where.push('x.action_id = ?')
    params.push(a.id)
  }
  if (filter.id) where.push('x.id = ?'), params.push(filter.id)
  if (filter.kind) where.push('x.kind = ?'), params.push(filter.kind)
  if (filter.from) where.push('x.date >= ?'), params.push(filter.from)
  if (filter.to) where.push('x.date <= ?'), params.push(filter.to)
  const rows = db
    .prepare(
      `SELECT x.*, a.code action_code, a.name action_name, o.name organiser
       FROM activities x JOIN actions a ON a.id = x.action_id LEFT JOIN organisations o ON o.id = x.organiser_id
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY x.date, x.title, x.id`
    )
    .all(...params) as ActivitySqlRow[]
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
    municipio: r.municipio,
    hours: r.hours,
    notes: r.notes
  }))
}

export function getActivity(ctx: Ctx, id: string): ActivityDto {
  const [found] = listActivities(ctx, { id })
  if (!found) throw new EsitiError('NOT_FOUND', `Activity not found: ${id}`)
  return found
}

export function registerGrid(ctx: Ctx, filter: RegisterFilter = {}): RegisterGridDto {
  const refs = new RegisterRefs(ctx)
  const rows = listActivities(ctx, filter)
  const orgs = new Set<string>()
  for (const r of rows) for (const o of r.organisations) orgs.add(o.id)
  return {
    period: refs.period,
    kinds: [...ACTIVITY_KINDS],
    modes: [...ACTIVITY_MODES],
    actions: refs.actions.map((a) => ({ id: a.id, code: a.code, name: a.name })),
    organisations: refs.organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    rows,
    totals: {
      activities: rows.length,
      participants: rows.reduce((s, r) => s + r.participants, 0),
      women: rows.reduce((s, r) => s + (r.women ?? 0), 0),
      men: rows.reduce((s, r) => s + (r.men ?? 0), 0),
      organisations: orgs.size
    }
  }
}

/** Validates or throws one line naming every problem of the activity. */
export function checkActivity(fields: ActivityFields, refs: RegisterRefs): ActivityRow {
  const v = validateActivity(fields, refs)
  if ('errors' in v) throw invalid(`Activity "${fields.title}": ${v.errors.join('; ')}.`)
  return v.ok
}

export function insertActivity(w: Writer, a: ActivityRow): string {
  const id = w.insert('activities', a.row)
  for (const organisation_id of a.organisationIds) w.insert('activity_organisations', { activity_id: id, organisation_id })
  return id
}

export function createActivity(ctx: Ctx, input: ActivityInput | unknown): ActivityDto {
  const fields = parseWith(activityInput, input, 'activity')
  const row = checkActivity(fields, new RegisterRefs(ctx))
  const id = mutate(ctx.project, { actor: ctx.actor, kind: 'register.create', summary: `Add activity "${fields.title}"` }, (w) =>
    insertActivity(w, row)
  )
  return getActivity(ctx, id)
}

function toFields(a: ActivityDto): ActivityFields {
  return {
    date: a.date,
    action: a.actionId,
    kind: a.kind as ActivityFields['kind'],
    title: a.title,
    organiser: a.organiserId,
    participants: a.participants,
    women: a.women,
    men: a.men,
    other: a.other,
    organisations: a.organisations.map((o) => o.id),
    mode: a.mode as ActivityFields['mode'],
    municipio: a.municipio,
    hours: a.hours,
    notes: a.notes
  }
}

export function updateActivity(ctx: Ctx, id: string, patch: Partial<ActivityInput> | unknown): ActivityDto {
  const current = getActivity(ctx, id)
  const p = parseWith(activityInput.partial(), patch, 'activity change')
  const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))
  const fields = { ...toFields(current), ...defined } as ActivityFields
  const next = checkActivity(fields, new RegisterRefs(ctx))
  mutate(ctx.project, { actor: ctx.actor, kind: 'register.update', summary: `Edit activity "${fields.title}"` }, (w) => {
    w.update('activities', id, next.row)
    const links = ctx.project.sqlite
      .prepare('SELECT id, organisation_id FROM activity_organisations WHERE activity_id = ?')
      .all(id) as { id: string; organisation_id: string }[]
    for (const l of links) if (!next.organisationIds.includes(l.organisation_id)) w.remove('activity_organisations', l.id)
    for (const orgId of next.organisationIds)
      if (!links.some((l) => l.organisation_id === orgId)) w.insert('activity_organisations', { activity_id: id, organisation_id: orgId })
  })
  return getActivity(ctx, id)
}

export function deleteActivities(ctx: Ctx, ids: string[]): { deleted: number } {
  const unique = [...new Set(ids)]
  const exists = ctx.project.sqlite.prepare('SELECT 1 FROM activities WHERE id = ?')
  for (const id of unique) if (!exists.get(id)) throw new EsitiError('NOT_FOUND', `Activity not found: ${id}`)
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'register.delete', summary: `Delete ${unique.length} activit${unique.length === 1 ? 'y' : 'ies'}` },
    (w) => unique.forEach((id) => w.remove('activities', id))
  )
  return { deleted: unique.length }
}
