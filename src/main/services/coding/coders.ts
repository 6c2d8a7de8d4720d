import { EsitiError } from '../../../shared/errors'
import { msg } from '../../../shared/messages'
import type { CoderDto } from '../../../shared/ipc/coding'
import { nowIso } from '../../db/ids'
import type { Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f']

export function findCoderId(project: ProjectFile, name: string): string | undefined {
  return (project.sqlite.prepare('SELECT id FROM coders WHERE name = ?').get(name) as { id: string } | undefined)?.id
}

/** The coder with this name, created (inside the caller's transaction) if it is new. */
export function ensureCoder(w: Writer, name: string, color?: string): string {
  const clean = name.trim()
  if (!clean) throw new EsitiError('INVALID_INPUT', 'coding.coderNameMissing')
  if (clean.length > 80) throw new EsitiError('INVALID_INPUT', 'coding.coderNameTooLong', { max: 80 })
  const existing = findCoderId(w.project, clean)
  if (existing) return existing
  const n = (w.project.sqlite.prepare('SELECT COUNT(*) n FROM coders').get() as { n: number }).n
  return w.insert('coders', { name: clean, color: color ?? PALETTE[n % PALETTE.length], created_at: nowIso() })
}

/** Resolves a coder given by name or id; it must exist (for filters). */
export function resolveCoder(ctx: Ctx, nameOrId: string): string {
  const byId = ctx.project.sqlite.prepare('SELECT id FROM coders WHERE id = ?').get(nameOrId) as { id: string } | undefined
  if (byId) return byId.id
  const id = findCoderId(ctx.project, nameOrId)
  if (!id) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.coder'), name: nameOrId })
  return id
}

export function listCoders(ctx: Ctx): CoderDto[] {
  const rows = ctx.project.sqlite
    .prepare(
      `SELECT k.id, k.name, k.color,
        (SELECT COUNT(*) FROM codings c JOIN sources s ON s.id = c.source_id AND s.deleted_at IS NULL WHERE c.coder_id = k.id) AS codings
       FROM coders k ORDER BY k.name`
    )
    .all() as { id: string; name: string; color: string; codings: number }[]
  return rows.map((r) => ({ ...r, current: r.name === ctx.actor }))
}
