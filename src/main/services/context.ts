import type { ProjectFile } from '../db/project-file'
import { noProgress, type ProgressSink } from '../../shared/progress'
import { EsitiError } from '../../shared/errors'
import { msg, type MessageKey } from '../../shared/messages'
import { isUuid } from '../db/ids'

/** What every service call receives: the open project, who acts, and where long work reports. */
export interface Ctx {
  project: ProjectFile
  actor: string
  progress: ProgressSink
}

export function makeCtx(project: ProjectFile, actor = 'esiti', progress: ProgressSink = noProgress): Ctx {
  return { project, actor, progress }
}

/** Throws CANCELLED when the user asked to stop; long loops call it between chunks. */
export function checkCancelled(ctx: Ctx): void {
  if (ctx.progress.signal?.aborted) throw new EsitiError('CANCELLED', 'core.cancelled')
}

// Kept here too: services resolve names and ids through this module.
export { isUuid }

/**
 * Resolves a user-given name or UUID in a table with a unique name column (CLI contract: names are
 * matched exactly; ids are accepted wherever a name is).
 */
type NamedTable = 'sources' | 'codes' | 'cases' | 'datasets' | 'coders' | 'indicators' | 'attributes'

/** What a table's rows are called in messages ("Codice non trovato: …"). */
const ENTITY: Record<NamedTable, MessageKey> = {
  sources: 'entity.source',
  codes: 'entity.code',
  cases: 'entity.case',
  datasets: 'entity.dataset',
  coders: 'entity.coder',
  indicators: 'entity.indicator',
  attributes: 'entity.attribute'
}

export function resolveByName(ctx: Ctx, table: NamedTable, nameOrId: string): string {
  const live = table === 'sources' || table === 'datasets' ? ' AND deleted_at IS NULL' : ''
  const col = table === 'indicators' ? 'code' : 'name'
  const db = ctx.project.sqlite
  if (isUuid(nameOrId)) {
    const r = db.prepare(`SELECT id FROM ${table} WHERE id = ?${live}`).get(nameOrId) as { id: string } | undefined
    if (r) return r.id
  }
  const rows = db.prepare(`SELECT id FROM ${table} WHERE ${col} = ?${live}`).all(nameOrId) as { id: string }[]
  if (rows.length === 1) return rows[0].id
  if (rows.length > 1)
    throw new EsitiError('CONFLICT', 'core.ambiguous', { what: msg(ENTITY[table]), name: nameOrId, count: rows.length })
  throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg(ENTITY[table]), name: nameOrId })
}
