import { z } from 'zod'
import { actionInput, type ActionDto, type ActionInput } from '../../../shared/ipc/programme'
import { mutate, type Writer } from '../../db/op-log'
import type { Ctx } from '../context'
import { cleanName, defined, fail, fieldName, isRealDate, nameKey, parseInput, type WriteOpts } from './common'
import { ensureProgramme } from './details'
import { OrganisationRefs } from './organisation-refs'
import { resolveSdg, sdgOrder, type SdgRef } from './sdg-adoption'
import { msg } from '../../../shared/messages'

type Fields = z.output<typeof actionInput>

export function listActions(ctx: Ctx): ActionDto[] {
  const db = ctx.project.sqlite
  const sdgs = db
    .prepare(
      `SELECT s.action_id, CASE WHEN t.code IS NULL THEN CAST(g.number AS TEXT) ELSE t.code END code
       FROM action_sdgs s JOIN sdg_goals g ON g.id = s.goal_id LEFT JOIN sdg_targets t ON t.id = s.target_id`
    )
    .all() as { action_id: string; code: string }[]
  const byAction = new Map<string, string[]>()
  for (const s of sdgs) byAction.set(s.action_id, [...(byAction.get(s.action_id) ?? []), s.code])
  return (
    db
      .prepare(
        `SELECT a.id, a.code, a.name, a.description, a.period_start periodStart, a.period_end periodEnd, a.lead_id leadId,
          o.name lead, a.sort,
          (SELECT COUNT(*) FROM organisation_actions oa WHERE oa.action_id = a.id) organisations,
          (SELECT COUNT(*) FROM activities x WHERE x.action_id = a.id) activities
         FROM actions a LEFT JOIN organisations o ON o.id = a.lead_id ORDER BY a.sort, a.code`
      )
      .all() as Omit<ActionDto, 'sdgs'>[]
  ).map((a) => ({ ...a, sdgs: (byAction.get(a.id) ?? []).sort(sdgOrder) }))
}

export function findAction(ctx: Ctx, ref: string): ActionDto {
  const list = listActions(ctx)
  const a = list.find((x) => x.id === ref || x.code === ref) ?? list.find((x) => nameKey(x.code) === nameKey(ref) || nameKey(x.name) === nameKey(ref))
  if (!a) throw fail('NOT_FOUND', 'programme.actionUnknown', { code: ref, known: list.map((x) => x.code) })
  return a
}

interface Resolved {
  row: Record<string, unknown>
  sdgs: SdgRef[] | undefined
}

function resolve(ctx: Ctx, f: Fields, selfId: string | null): Resolved {
  const code = cleanName(f.code)
  if (/[\s;,]/.test(code)) throw fail('INVALID_INPUT', 'programme.actionCodeChars', { code })
  const clash = listActions(ctx).find((a) => nameKey(a.code) === nameKey(code) && a.id !== selfId)
  if (clash) throw fail('CONFLICT', 'programme.actionCodeExists', { code, name: clash.name })
  for (const [field, d] of [['periodStart', f.periodStart], ['periodEnd', f.periodEnd]] as const)
    if (d && !isRealDate(d)) throw fail('INVALID_INPUT', 'programme.badDate', { field: fieldName(field), value: d })
  if (f.periodStart && f.periodEnd && f.periodEnd < f.periodStart)
    throw fail('INVALID_INPUT', 'programme.periodReversed', { start: f.periodStart, end: f.periodEnd })
  const lead = f.lead ? new OrganisationRefs(ctx).get(f.lead).id : null
  return {
    row: {
      code,
      name: cleanName(f.name),
      description: f.description || null,
      period_start: f.periodStart ?? null,
      period_end: f.periodEnd ?? null,
      lead_id: lead
    },
    sdgs: f.sdgs?.map((s) => resolveSdg(ctx, s))
  }
}

function writeSdgs(w: Writer, actionId: string, sdgs: SdgRef[]): void {
  const old = w.project.sqlite.prepare('SELECT id FROM action_sdgs WHERE action_id = ?').all(actionId) as { id: string }[]
  for (const o of old) w.remove('action_sdgs', o.id)
  const seen = new Set<string>()
  for (const s of sdgs) {
    if (seen.has(s.code)) continue
    seen.add(s.code)
    w.insert('action_sdgs', { action_id: actionId, goal_id: s.goalId, target_id: s.targetId })
  }
}

/** Adds actions in one undoable step (a programme with two actions is one import, not two). */
export function addActions(ctx: Ctx, inputs: (ActionInput | unknown)[], opts: WriteOpts = {}): ActionDto[] {
  const parsed = inputs.map((i) => parseInput(actionInput, i, 'programme.what.action'))
  const codes = parsed.map((p) => nameKey(p.code))
  const dup = parsed.find((p, i) => codes.indexOf(nameKey(p.code)) !== i)
  if (dup) throw fail('INVALID_INPUT', 'programme.actionCodeTwice', { code: dup.code })
  const resolved = parsed.map((f) => resolve(ctx, f, null))
  let sort = (ctx.project.sqlite.prepare('SELECT COALESCE(MAX(sort), -1) + 1 s FROM actions').get() as { s: number }).s
  const ids = mutate(
    ctx.project,
    {
      actor: ctx.actor,
      kind: 'actions.create',
      summary: msg('programme.op.addActions', { count: resolved.length, codes: resolved.map((r) => r.row.code).join(', ') })
    },
    (w) => {
      const programmeId = ensureProgramme(w)
      return resolved.map((r) => {
        const id = w.insert('actions', { programme_id: programmeId, sort: sort++, ...r.row })
        if (r.sdgs) writeSdgs(w, id, r.sdgs)
        return id
      })
    },
    opts
  )
  const all = listActions(ctx)
  return ids.map((id) => all.find((a) => a.id === id)!)
}

export const addAction = (ctx: Ctx, input: ActionInput | unknown, opts: WriteOpts = {}): ActionDto => addActions(ctx, [input], opts)[0]

export function updateAction(ctx: Ctx, ref: string, patch: Partial<ActionInput> | unknown, opts: WriteOpts = {}): ActionDto {
  const cur = findAction(ctx, ref)
  const p = defined(parseInput(actionInput.partial(), patch, 'programme.what.action'))
  const f: Fields = {
    code: cur.code,
    name: cur.name,
    description: cur.description,
    periodStart: cur.periodStart,
    periodEnd: cur.periodEnd,
    lead: cur.leadId,
    ...p
  }
  const r = resolve(ctx, f, cur.id)
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'actions.update', summary: msg('programme.op.editAction', { code: String(r.row.code) }) },
    (w) => {
      w.update('actions', cur.id, r.row)
      if (r.sdgs) writeSdgs(w, cur.id, r.sdgs)
    },
    opts
  )
  return findAction(ctx, cur.id)
}

/** Removes an action that has no activities; its memberships and SDG links go with it (undoable). */
export function removeAction(ctx: Ctx, ref: string, opts: WriteOpts = {}): { deleted: number } {
  const a = findAction(ctx, ref)
  if (a.activities) throw fail('CONFLICT', 'programme.actionHasActivities', { code: a.code, count: a.activities })
  const db = ctx.project.sqlite
  // A register indicator filtering on the action would silently count nothing: it must be changed first.
  for (const r of db.prepare("SELECT code, spec FROM indicators WHERE source_kind = 'register'").all() as { code: string; spec: string }[]) {
    let actions: unknown
    try {
      actions = (JSON.parse(r.spec) as { actions?: unknown }).actions
    } catch {
      continue
    }
    if (Array.isArray(actions) && actions.some((k) => k === a.id || k === a.code))
      throw fail('CONFLICT', 'programme.actionInIndicator', { code: a.code, indicator: r.code })
  }
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'actions.delete', summary: msg('programme.op.deleteAction', { code: a.code }) },
    (w) => {
      const links = db.prepare("SELECT id FROM code_links WHERE target_kind = 'action' AND target_id = ?").all(a.id) as { id: string }[]
      for (const l of links) w.remove('code_links', l.id)
      w.remove('actions', a.id)
    },
    opts
  )
  return { deleted: 1 }
}

export function moveAction(ctx: Ctx, ref: string, to: number, opts: WriteOpts = {}): ActionDto[] {
  const a = findAction(ctx, ref)
  const order = listActions(ctx)
  const from = order.findIndex((x) => x.id === a.id)
  const [moved] = order.splice(from, 1)
  order.splice(Math.max(0, Math.min(to, order.length)), 0, moved)
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'actions.move', summary: msg('programme.op.moveAction', { code: a.code }) },
    (w) => order.forEach((x, i) => x.sort !== i && w.update('actions', x.id, { sort: i })),
    opts
  )
  return listActions(ctx)
}
