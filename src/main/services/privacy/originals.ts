import type { DestroyOriginalsDto } from '../../../shared/privacy-results'
import { EsitiError } from '../../../shared/errors'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import { compactFile, purgeLog } from './purge'
import { fold } from './text/tokens'

/**
 * Originals of pseudonymised sources: hidden in the project until the team destroys them. Destroying
 * is deliberate and final (it cannot be undone): the rows go, the log entries that held their text or
 * the real names replaced in them are emptied, and the file is compacted.
 */

export interface OriginalDto {
  id: string
  name: string
  versionId: string
  versionName: string
  pseudonymisedAt: string | null
}

export function listOriginals(project: ProjectFile): OriginalDto[] {
  return (
    project
      .stmt(
        `SELECT o.id, o.name, v.id version_id, v.name version_name, v.pseudonymised_at
           FROM sources v JOIN sources o ON o.id = v.version_of
          WHERE v.deleted_at IS NULL AND o.deleted_at IS NOT NULL
          ORDER BY v.name`
      )
      .all() as { id: string; name: string; version_id: string; version_name: string; pseudonymised_at: string | null }[]
  ).map((r) => ({ id: r.id, name: r.name, versionId: r.version_id, versionName: r.version_name, pseudonymisedAt: r.pseudonymised_at }))
}

/** Every ancestor of a source through version_of (a version of a version …). */
function ancestors(project: ProjectFile, id: string): string[] {
  const out: string[] = []
  let cur = (project.stmt('SELECT version_of FROM sources WHERE id = ?').get(id) as { version_of: string | null } | undefined)?.version_of
  while (cur && !out.includes(cur)) {
    out.push(cur)
    cur = (project.stmt('SELECT version_of FROM sources WHERE id = ?').get(cur) as { version_of: string | null } | undefined)?.version_of
  }
  return out
}

/**
 * Destroys the hidden originals of the given sources (ids of originals or of their live versions;
 * all originals when none are given).
 */
export function destroyOriginals(ctx: Ctx, ids?: string[]): DestroyOriginalsDto {
  const project = ctx.project
  const originals = listOriginals(project)
  let targets: string[]
  if (!ids || ids.length === 0) targets = originals.map((o) => o.id)
  else
    targets = ids.flatMap((id) => {
      const o = originals.find((x) => x.id === id || x.versionId === id)
      if (!o) throw new EsitiError('NOT_FOUND', 'privacy.originalNotFound', { source: id })
      return [o.id]
    })
  const all = [...new Set(targets.flatMap((t) => [t, ...ancestors(project, t)]))].filter(
    (id) => !!project.stmt('SELECT 1 FROM sources WHERE id = ? AND deleted_at IS NOT NULL').get(id)
  )
  if (all.length === 0) return { destroyed: 0, emptied: 0, discarded: 0 }
  // The real texts replaced in them: the log entries holding those are emptied too.
  const texts = all.map((id) => fold((project.stmt('SELECT text FROM sources WHERE id = ?').get(id) as { text: string }).text))
  const needles = (project.stmt('SELECT real_text FROM privacy_key').all() as { real_text: string }[])
    .map((r) => r.real_text)
    .filter((t) => texts.some((x) => x.includes(fold(t))))
  project.sqlite.pragma('secure_delete = ON')
  const purge = project.tx(() => {
    // The versions keep version_of: where they came from, not what it said.
    const del = project.stmt('DELETE FROM sources WHERE id = ?')
    for (const id of all) del.run(id)
    return purgeLog(project, needles, all)
  })
  compactFile(project)
  return { destroyed: all.length, ...purge }
}
