import type { SdgFrameworkDto } from '../../../shared/ipc/programme'
import { mutate } from '../../db/op-log'
import type { Ctx } from '../context'
import { parseSdgCode, SDG_GOALS, type SdgLocale } from '../sdg/sdg-framework'
import { fail, type WriteOpts } from './common'
import { msg } from '../../../shared/messages'

export interface SdgRef {
  goalId: string
  targetId: string | null
  /** "5" or "5.4" */
  code: string
}

/**
 * Resolves "5", "SDG 5", "5.4" to the project's goal and target rows. Every project holds the whole
 * framework (migration 0005), so anything the 2030 Agenda has is found; "18.1" is named in the error.
 */
export function resolveSdg(ctx: Ctx, text: string): SdgRef {
  const c = parseSdgCode(text)
  if (!c) {
    const goal = /^\s*(?:sdg\s*)?(\d+)/i.exec(text)?.[1]
    throw fail(
      'INVALID_INPUT',
      goal && !SDG_GOALS.some((g) => g.number === Number(goal)) ? 'sdg.noSuchGoal' : 'sdg.noSuchTarget',
      { code: text.trim(), goal: goal ?? '' }
    )
  }
  const db = ctx.project.sqlite
  const goal = db.prepare('SELECT id FROM sdg_goals WHERE number = ?').get(c.goal) as { id: string } | undefined
  if (!goal) throw fail('INTERNAL', 'sdg.frameworkMissing', { code: text })
  if (c.kind === 'goal') return { goalId: goal.id, targetId: null, code: String(c.goal) }
  const target = db.prepare('SELECT id FROM sdg_targets WHERE code = ?').get(c.code) as { id: string } | undefined
  if (!target) throw fail('INTERNAL', 'sdg.frameworkMissing', { code: text })
  return { goalId: goal.id, targetId: target.id, code: c.code }
}

/** Codes in framework order: goals by number, targets 5.1 … 5.6, 5.a … 5.c. */
export function sdgOrder(a: string, b: string): number {
  const [ga, ta = ''] = a.split('.')
  const [gb, tb = ''] = b.split('.')
  if (ga !== gb) return Number(ga) - Number(gb)
  const na = /^\d+$/.test(ta)
  const nb = /^\d+$/.test(tb)
  if (ta === '' || tb === '') return ta === '' ? -1 : 1
  if (na && nb) return Number(ta) - Number(tb)
  if (na !== nb) return na ? -1 : 1
  return ta.localeCompare(tb)
}

export function adoptedCodes(ctx: Ctx): string[] {
  return (
    ctx.project.sqlite
      .prepare(
        `SELECT CASE WHEN t.code IS NULL THEN CAST(g.number AS TEXT) ELSE t.code END code
         FROM sdg_adoptions a JOIN sdg_goals g ON g.id = a.goal_id LEFT JOIN sdg_targets t ON t.id = a.target_id`
      )
      .all() as { code: string }[]
  )
    .map((r) => r.code)
    .sort(sdgOrder)
}

/** The programme adopts goals and targets; already adopted ones are kept as they are. All or none. */
export function adoptSdgs(ctx: Ctx, codes: string[], opts: WriteOpts = {}): { adopted: string[] } {
  if (!codes.length) throw fail('INVALID_INPUT', 'sdg.nothingGiven')
  const refs = codes.map((c) => resolveSdg(ctx, c))
  const have = new Set(adoptedCodes(ctx))
  const fresh = refs.filter((r, i) => !have.has(r.code) && refs.findIndex((x) => x.code === r.code) === i)
  if (fresh.length)
    mutate(
      ctx.project,
      { actor: ctx.actor, kind: 'sdg.adopt', summary: msg('programme.op.adoptSdgs', { count: fresh.length, codes: fresh.map((r) => r.code).join(', ') }) },
      (w) => fresh.forEach((r) => w.insert('sdg_adoptions', { goal_id: r.goalId, target_id: r.targetId })),
      opts
    )
  return { adopted: adoptedCodes(ctx) }
}

/** Drops adopted goals or targets; a code that was not adopted is an error, so a typo is not ignored. */
export function unadoptSdgs(ctx: Ctx, codes: string[], opts: WriteOpts = {}): { adopted: string[] } {
  if (!codes.length) throw fail('INVALID_INPUT', 'sdg.nothingGiven')
  const refs = codes.map((c) => resolveSdg(ctx, c))
  const db = ctx.project.sqlite
  const rows = refs.map((r) => {
    const row = db
      .prepare('SELECT id FROM sdg_adoptions WHERE goal_id = ? AND COALESCE(target_id, \'\') = ?')
      .get(r.goalId, r.targetId ?? '') as { id: string } | undefined
    if (!row) throw fail('NOT_FOUND', 'sdg.notAdopted', { code: r.code })
    return row.id
  })
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'sdg.unadopt', summary: msg('programme.op.dropSdgs', { count: refs.length, codes: refs.map((r) => r.code).join(', ') }) },
    (w) => [...new Set(rows)].forEach((id) => w.remove('sdg_adoptions', id)),
    opts
  )
  return { adopted: adoptedCodes(ctx) }
}

/** The whole framework in one language, with what the programme adopts. */
export function sdgFramework(ctx: Ctx, locale: SdgLocale = 'it'): SdgFrameworkDto {
  const adopted = adoptedCodes(ctx)
  const set = new Set(adopted)
  return {
    goals: SDG_GOALS.map((g) => ({
      number: g.number,
      color: g.color,
      title: g.short[locale],
      fullTitle: g.title[locale],
      adopted: set.has(String(g.number)) || g.targets.some((t) => set.has(t.code)),
      targets: g.targets.map((t) => ({ code: t.code, text: t[locale], adopted: set.has(t.code) }))
    })),
    adopted
  }
}
