import { EsitiError } from '../../../shared/errors'
import type { ProjectFile } from '../../db/project-file'
import { parseStructure, type SourceStructure } from './structure'

export interface LoadedSource {
  id: string
  name: string
  text: string
  structure: SourceStructure
  caseId: string | null
}

/**
 * Source texts never change after import (a trigger enforces it), so a loaded text can be cached
 * by id for the life of the open project. Deletion is checked on every call (it is a flag).
 */
const cache = new WeakMap<ProjectFile, Map<string, { text: string; structure: SourceStructure }>>()
const MAX_CACHED_CHARS = 40_000_000

function cacheFor(project: ProjectFile): Map<string, { text: string; structure: SourceStructure }> {
  let m = cache.get(project)
  if (!m) cache.set(project, (m = new Map()))
  return m
}

export function loadSource(project: ProjectFile, sourceId: string): LoadedSource {
  const row = project
    .stmt('SELECT id, name, case_id, deleted_at FROM sources WHERE id = ?')
    .get(sourceId) as { id: string; name: string; case_id: string | null; deleted_at: string | null } | undefined
  if (!row || row.deleted_at) throw new EsitiError('NOT_FOUND', `Source not found: ${sourceId}`)
  const m = cacheFor(project)
  let hit = m.get(sourceId)
  if (hit) {
    m.delete(sourceId)
    m.set(sourceId, hit)
  } else {
    const r = project.stmt('SELECT text, structure FROM sources WHERE id = ?').get(sourceId) as {
      text: string
      structure: string | null
    }
    hit = { text: r.text, structure: parseStructure(r.structure) }
    m.set(sourceId, hit)
    let total = 0
    for (const v of m.values()) total += v.text.length
    for (const [k, v] of m) {
      if (total <= MAX_CACHED_CHARS || k === sourceId) break
      total -= v.text.length
      m.delete(k)
    }
  }
  return { id: row.id, name: row.name, caseId: row.case_id, text: hit.text, structure: hit.structure }
}
