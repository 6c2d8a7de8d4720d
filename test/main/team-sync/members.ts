import type { Ctx } from '../../../src/main/services/context'
import { isSynced, schemaInfo } from '../../../src/main/services/sync/local/schema-info'
import { projectAgreement } from '../../../src/main/services/team/agreement/project-agreement'

/**
 * What members must agree on after syncing: every synced table's rows by id (the list comes from
 * the sync engine's own schema reading, so a table added later is compared too). When each copy
 * noticed a conflict (`detected_at`) is its own moment; everything else about it must agree.
 */
export function syncedContent(ctx: Ctx): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {}
  for (const t of [...schemaInfo(ctx.project).keys()].sort())
    if (isSynced(ctx.project, t)) {
      const rows = ctx.project.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY id`).all() as Record<string, unknown>[]
      out[t] = t === 'sync_conflicts' ? rows.map(({ detected_at: _local, ...rest }) => rest) : rows
    }
  return out
}

/** The conflicts a copy lists: ids, kinds and rows (every copy derives the same id). */
export function conflictList(ctx: Ctx): { id: string; kind: string; tbl: string; row_id: string; resolution: string | null }[] {
  return ctx.project.sqlite.prepare('SELECT id, kind, tbl, row_id, resolution FROM sync_conflicts ORDER BY id').all() as never
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
