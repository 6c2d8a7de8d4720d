import type { Ctx } from '../../../src/main/services/context'
import { isSynced, schemaInfo } from '../../../src/main/services/sync/local/schema-info'
import { projectAgreement } from '../../../src/main/services/team/agreement/project-agreement'

/**
 * What members must agree on after syncing: every synced table's rows by id (the list comes from
 * the sync engine's own schema reading, so a table added later is compared too). When each copy
 * noticed a conflict (`detected_at`) is its own moment; everything else about it must agree.
 * `reviewOnly` compares only the conflicts that need a person: a field written concurrently by
 * several members is listed (for the record, decided by clock) by each copy that saw the writes
 * cross, which depends on the order they arrived in (the values themselves converge); and the
 * wording of a conflict may name a different deleter when two members deleted the same row
 * concurrently (each copy saw only the deletion that reached it first): ids, kinds, rows and
 * resolutions are compared.
 */
export function syncedContent(ctx: Ctx, opts: { reviewOnly?: boolean } = {}): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {}
  for (const t of [...schemaInfo(ctx.project).keys()].sort())
    if (isSynced(ctx.project, t)) {
      const where = t === 'sync_conflicts' && opts.reviewOnly ? 'WHERE review = 1' : ''
      const rows = ctx.project.sqlite.prepare(`SELECT * FROM "${t}" ${where} ORDER BY id`).all() as Record<string, unknown>[]
      out[t] =
        t !== 'sync_conflicts'
          ? rows
          : opts.reviewOnly
            ? rows.map((r) => ({ id: r.id, kind: r.kind, tbl: r.tbl, row_id: r.row_id, resolution: r.resolution, resolved_by: r.resolved_by }))
            : rows.map(({ detected_at: _local, ...rest }) => rest)
    }
  return out
}

/** The conflicts a copy lists: ids, kinds and rows (every copy derives the same id). */
export function conflictList(ctx: Ctx, opts: { reviewOnly?: boolean } = {}): { id: string; kind: string; tbl: string; row_id: string; resolution: string | null }[] {
  return ctx.project.sqlite.prepare(`SELECT id, kind, tbl, row_id, resolution FROM sync_conflicts ${opts.reviewOnly ? 'WHERE review = 1' : ''} ORDER BY id`).all() as never
}

/** Agreement figures through the agreement service (the same call the window and the CLI make). */
export function agreementFigures(ctx: Ctx, coders: string[]): unknown {
  const r = projectAgreement(ctx, { coders })
  return { kappa: r.kappa, perCode: r.perCode }
}

/** A seeded pseudo-random generator (mulberry32): the same runs produce the same operations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Every order of a list (3 members: the six orders of syncing). */
export function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs]
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]))
}

/** Where two copies' contents first differ (table, row id, field), for a readable failure; null when equal. */
export function firstDifference(a: Record<string, unknown[]>, b: Record<string, unknown[]>): string | null {
  for (const t of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const ra = new Map((a[t] ?? []).map((r) => [(r as { id: string }).id, r as Record<string, unknown>]))
    const rb = new Map((b[t] ?? []).map((r) => [(r as { id: string }).id, r as Record<string, unknown>]))
    for (const [id, row] of ra) {
      const other = rb.get(id)
      if (!other) return `${t} ${id}: only in the first (${JSON.stringify(row).slice(0, 300)})`
      for (const k of Object.keys(row))
        if (JSON.stringify(row[k]) !== JSON.stringify(other[k])) return `${t} ${id}.${k}: ${JSON.stringify(row[k])} ≠ ${JSON.stringify(other[k])}`
    }
    for (const [id, row] of rb) if (!ra.has(id)) return `${t} ${id}: only in the second (${JSON.stringify(row).slice(0, 300)})`
  }
  return null
}
