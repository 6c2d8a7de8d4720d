import { EsitiError } from '../../../../shared/errors'
import { msg } from '../../../../shared/messages'
import type { DecisionKind, DecisionRecordDto, DisagreementItemDto, DisagreementsDto, NamedRef } from '../../../../shared/ipc/team'
import type { Ctx } from '../../context'
import { resolveCoders, resolveCodes, resolveSources } from '../resolve'
import { codingGroups, groupKey, type ReviewCoding } from './groups'

export interface DisagreementsInput {
  /** Exactly two coders: A and B. */
  coders: string[] | string
  code: string
  sources?: string[] | string
  /** Also list the clusters on which the coders already agree. */
  includeAgreements?: boolean
}

const CONTEXT = 80

export function resolvePair(ctx: Ctx, coders: string[] | string): [NamedRef, NamedRef] {
  const list = resolveCoders(ctx, coders)
  if (list.length !== 2) throw new EsitiError('INVALID_INPUT', 'review.twoCoders')
  return [list[0], list[1]]
}

export function resolveOneCode(ctx: Ctx, code: string) {
  const list = resolveCodes(ctx, [code])
  return list[0]
}

interface DecisionMark {
  decision: DecisionKind
  by: string | null
  at: string
}

/** Decisions already taken on a code, keyed by the set of codings they produced. */
function decisionsByResult(ctx: Ctx, codeId: string): Map<string, DecisionMark> {
  const rows = ctx.project.sqlite
    .prepare('SELECT decision, result_ids, decided_by, decided_at FROM coding_decisions WHERE code_id = ? ORDER BY decided_at')
    .all(codeId) as { decision: DecisionKind; result_ids: string; decided_by: string | null; decided_at: string }[]
  const out = new Map<string, DecisionMark>()
  for (const r of rows) {
    try {
      const ids = JSON.parse(r.result_ids) as string[]
      if (ids.length) out.set(groupKey(ids), { decision: r.decision, by: r.decided_by, at: r.decided_at })
    } catch {
      // a damaged row is simply not shown as decided
    }
  }
  return out
}

const HISTORY = 200

/** The decisions recorded on a code, newest first, with where their codings are now. */
function decisionHistory(ctx: Ctx, codeId: string): DecisionRecordDto[] {
  const rows = ctx.project.sqlite
    .prepare(
      `SELECT d.id, d.source_id, s.name source, d.decision, d.decided_by, d.decided_at, d.coding_ids, d.result_ids,
         (SELECT MIN(c.start) FROM codings c WHERE c.id IN (SELECT value FROM json_each(d.result_ids))) AS start,
         (SELECT MAX(c."end") FROM codings c WHERE c.id IN (SELECT value FROM json_each(d.result_ids))) AS "end"
       FROM coding_decisions d JOIN sources s ON s.id = d.source_id
       WHERE d.code_id = ? AND json_valid(d.coding_ids) AND json_valid(d.result_ids)
       ORDER BY d.decided_at DESC, d.rowid DESC LIMIT ${HISTORY}`
    )
    .all(codeId) as {
    id: string
    source_id: string
    source: string
    decision: DecisionKind
    decided_by: string | null
    decided_at: string
    coding_ids: string
    result_ids: string
    start: number | null
    end: number | null
  }[]
  return rows.map((r) => ({
    id: r.id,
    sourceId: r.source_id,
    source: r.source,
    decision: r.decision,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    before: (JSON.parse(r.coding_ids) as string[]).length,
    after: (JSON.parse(r.result_ids) as string[]).length,
    start: r.start,
    end: r.end
  }))
}

/**
 * Side-by-side review of one code for two coders: every cluster of overlapping segments where
 * they differ (segments of only one of them, or different boundaries), source by source.
 */
export function disagreements(ctx: Ctx, input: DisagreementsInput): DisagreementsDto {
  const coders = resolvePair(ctx, input.coders)
  const code = resolveOneCode(ctx, input.code)
  const db = ctx.project.sqlite
  const sourceFilter = input.sources && input.sources.length ? new Set(resolveSources(ctx, input.sources).map((s) => s.id)) : null
  const rows = db
    .prepare(
      `SELECT c.id, c.coder_id, c.start, c."end", c.source_id FROM codings c JOIN sources s ON s.id = c.source_id
       WHERE c.code_id = ? AND c.coder_id IN (?, ?) AND s.deleted_at IS NULL ORDER BY s.name, c.start`
    )
    .all(code.id, coders[0].id, coders[1].id) as (ReviewCoding & { source_id: string })[]
  const bySource = new Map<string, ReviewCoding[]>()
  for (const r of rows) if (!sourceFilter || sourceFilter.has(r.source_id)) bySource.set(r.source_id, [...(bySource.get(r.source_id) ?? []), r])
  const decided = decisionsByResult(ctx, code.id)
  const counts = { agree: 0, only_a: 0, only_b: 0, boundaries: 0, decided: 0 }
  const items: DisagreementItemDto[] = []
  for (const [sourceId, codings] of bySource) {
    const src = db.prepare('SELECT name, text FROM sources WHERE id = ?').get(sourceId) as { name: string; text: string }
    for (const g of codingGroups(codings, coders[0].id, coders[1].id)) {
      counts[g.kind]++
      const mark = decided.get(g.key) ?? null
      if (mark) counts.decided++
      if (g.kind === 'agree' && !input.includeAgreements) continue
      const seg = (c: ReviewCoding) => ({ codingId: c.id, coderId: c.coder_id, start: c.start, end: c.end, text: src.text.slice(c.start, c.end) })
      items.push({
        key: g.key,
        kind: g.kind,
        sourceId,
        source: src.name,
        start: g.start,
        end: g.end,
        a: g.a.map(seg),
        b: g.b.map(seg),
        context: {
          before: src.text.slice(Math.max(0, g.start - CONTEXT), g.start),
          text: src.text.slice(g.start, g.end),
          after: src.text.slice(g.end, g.end + CONTEXT)
        },
        decision: mark?.decision ?? null,
        decidedBy: mark?.by ?? null,
        decidedAt: mark?.at ?? null
      })
    }
  }
  return {
    code: { id: code.id, name: code.name, path: code.path, color: code.color },
    coders,
    items,
    counts,
    history: decisionHistory(ctx, code.id),
    explanation: msg('review.explanation', { code: code.path, a: coders[0].name, b: coders[1].name })
  }
}
