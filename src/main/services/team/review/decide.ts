import { EsitiError } from '../../../../shared/errors'
import type { DecisionKind, DecisionResultDto } from '../../../../shared/ipc/team'
import { msg } from '../../../../shared/messages'
import { nowIso } from '../../../db/ids'
import { mutate } from '../../../db/op-log'
import type { Ctx } from '../../context'
import { resolveSources } from '../resolve'
import { insertCoding } from '../rows'
import { resolveOneCode, resolvePair } from './disagreements'
import { codingGroups, type ReviewCoding } from './groups'

export interface DecideInput {
  coders: string[] | string
  code: string
  source: string
  /** The codings of one review item (all of them, as listed). */
  codingIds: string[]
  decision: DecisionKind
}

const DECISIONS: DecisionKind[] = ['keep_a', 'keep_b', 'keep_both', 'merge']

type Span = { start: number; end: number }

/** The spans both coders hold after the decision. */
function finalSpans(decision: DecisionKind, a: ReviewCoding[], b: ReviewCoding[]): Span[] {
  const unique = (list: Span[]): Span[] => {
    const seen = new Set<string>()
    return list
      .filter((s) => (seen.has(`${s.start}:${s.end}`) ? false : (seen.add(`${s.start}:${s.end}`), true)))
      .map(({ start, end }) => ({ start, end }))
  }
  if (decision === 'keep_a') return unique(a)
  if (decision === 'keep_b') return unique(b)
  if (decision === 'keep_both') return unique([...a, ...b])
  const all = [...a, ...b]
  return [{ start: Math.min(...all.map((c) => c.start)), end: Math.max(...all.map((c) => c.end)) }]
}

/**
 * Applies one review decision as a single undoable operation and records it in coding_decisions.
 * Afterwards both coders hold the decided version of the segment(s), so the item no longer counts
 * as a disagreement; their earlier codings come back with Undo.
 */
export function decide(ctx: Ctx, input: DecideInput): DecisionResultDto {
  if (!DECISIONS.includes(input.decision))
    throw new EsitiError('INVALID_INPUT', 'review.unknownDecision', { value: String(input.decision) })
  const [a, b] = resolvePair(ctx, input.coders)
  const code = resolveOneCode(ctx, input.code)
  const [source] = resolveSources(ctx, [input.source])
  const db = ctx.project.sqlite
  const codings = db
    .prepare('SELECT id, coder_id, start, "end" FROM codings WHERE source_id = ? AND code_id = ? AND coder_id IN (?, ?)')
    .all(source.id, code.id, a.id, b.id) as ReviewCoding[]
  const wanted = [...new Set(input.codingIds)].sort()
  const group = codingGroups(codings, a.id, b.id).find((g) => {
    const ids = [...g.a, ...g.b].map((c) => c.id).sort()
    return ids.length === wanted.length && ids.every((id, i) => id === wanted[i])
  })
  if (!group) throw new EsitiError('CONFLICT', 'review.stale')
  const text = (db.prepare('SELECT text FROM sources WHERE id = ?').get(source.id) as { text: string }).text
  const spans = finalSpans(input.decision, group.a, group.b)
  const summary = msg('review.op', {
    code: code.name,
    source: source.name,
    decision: msg(`review.decision.${input.decision}`, { a: a.name, b: b.name })
  })
  return mutate(ctx.project, { actor: ctx.actor, kind: 'team.decide', summary }, (w) => {
    const removed: string[] = []
    const created: string[] = []
    const kept: string[] = []
    for (const [coder, mine] of [
      [a.id, group.a],
      [b.id, group.b]
    ] as const) {
      const todo = [...spans]
      for (const c of mine) {
        const i = todo.findIndex((s) => s.start === c.start && s.end === c.end)
        if (i >= 0) {
          todo.splice(i, 1)
          kept.push(c.id)
        } else {
          w.remove('codings', c.id)
          removed.push(c.id)
        }
      }
      const mineNow: string[] = mine.filter((c) => kept.includes(c.id)).map((c) => c.id)
      for (const s of todo) {
        const id = insertCoding(w, { sourceId: source.id, codeId: code.id, coderId: coder, start: s.start, end: s.end, quote: text.slice(s.start, s.end) })
        created.push(id)
        mineNow.push(id)
      }
      // Memos on a removed coding follow the coder's resulting coding (or the source): none is orphaned.
      for (const c of mine.filter((x) => removed.includes(x.id))) {
        const memos = db.prepare("SELECT id FROM memos WHERE target_kind = 'coding' AND target_id = ?").all(c.id) as { id: string }[]
        for (const m of memos)
          w.update('memos', m.id, mineNow.length ? { target_id: mineNow[0] } : { target_kind: 'source', target_id: source.id })
      }
    }
    const decisionId = w.insert('coding_decisions', {
      code_id: code.id,
      source_id: source.id,
      decision: input.decision,
      coding_ids: JSON.stringify(wanted),
      result_ids: JSON.stringify([...kept, ...created].sort()),
      decided_by: ctx.actor,
      decided_at: nowIso()
    })
    return { decisionId, decision: input.decision, removed, created, kept, summary }
  })
}
