import { EsitiError } from '../../../shared/errors'
import { msg } from '../../../shared/messages'
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
 * by id for the life of the open project. Deletion is checked on every call (it is a flag). The
 * structure is parsed only when asked for: a search over thousands of sources needs the text alone.
 */
interface Entry {
  text: string
  rawStructure: string | null
  structure?: SourceStructure
}
interface SourceCache {
  entries: Map<string, Entry>
  chars: number
}
const cache = new WeakMap<ProjectFile, SourceCache>()
const MAX_CACHED_CHARS = 40_000_000

function cacheFor(project: ProjectFile): SourceCache {
  let c = cache.get(project)
  if (!c) cache.set(project, (c = { entries: new Map(), chars: 0 }))
  return c
}

export function loadSource(project: ProjectFile, sourceId: string): LoadedSource {
  const row = project
    .stmt('SELECT id, name, case_id, deleted_at FROM sources WHERE id = ?')
    .get(sourceId) as { id: string; name: string; case_id: string | null; deleted_at: string | null } | undefined
  if (!row || row.deleted_at) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.source'), name: sourceId })
  const c = cacheFor(project)
  let hit = c.entries.get(sourceId)
  if (hit) {
    // Most recently used last: eviction below drops the least recently used first.
    c.entries.delete(sourceId)
    c.entries.set(sourceId, hit)
  } else {
    const r = project.stmt('SELECT text, structure FROM sources WHERE id = ?').get(sourceId) as {
      text: string
      structure: string | null
    }
    hit = { text: r.text, rawStructure: r.structure }
    c.entries.set(sourceId, hit)
    c.chars += hit.text.length
    for (const [k, v] of c.entries) {
      if (c.chars <= MAX_CACHED_CHARS || k === sourceId) break
      c.chars -= v.text.length
      c.entries.delete(k)
    }
  }
  const entry = hit
  return {
    id: row.id,
    name: row.name,
    caseId: row.case_id,
    text: entry.text,
    get structure(): SourceStructure {
      return (entry.structure ??= parseStructure(entry.rawStructure, row.id))
    }
  }
}
