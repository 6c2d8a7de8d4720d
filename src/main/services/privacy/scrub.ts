import type { ProjectFile } from '../../db/project-file'
import { decodeRaw, decodeRowIds, encodeRaw, encodeRowIds } from '../survey/storage/codec'
import { CELL_EMPTY, CELL_TEXT } from '../survey/model'
import { tableExists } from './detect/roster'
import { resolveOverlaps } from './detect/detect'
import { findPatterns } from './detect/patterns'
import { rewrite } from './remap'
import { isUuid } from '../../db/ids'

/**
 * Writes that take personal data out of stored rows. They are the deliberate exceptions to "raw data
 * is never rewritten" (a shareable copy, an erasure): the derived layers are dropped afterwards and
 * rebuilt from what is left the next time they are read.
 */

/** Free-text columns that may mention people: a shareable copy and an erasure rewrite them. */
export const FREE_TEXT: [table: string, column: string][] = [
  ['cases', 'description'],
  ['memos', 'title'],
  ['memos', 'body'],
  ['codings', 'comment'],
  ['activities', 'title'],
  ['activities', 'notes'],
  ['organisations', 'notes'],
  ['indicators', 'definition'],
  ['report_tables', 'notes'],
  ['joint_displays', 'notes'],
  ['case_values', 'value'],
  ['datasets', 'file_name'],
  ['datasets', 'title'],
  ['recipes', 'steps'],
  // An import may list a text variable's distinct values as value labels (names, e-mails…).
  ['variables', 'value_labels']
]

/** Applies `fn` to every value of the free-text columns; returns how many values changed. */
export function scrubColumns(project: ProjectFile, fn: (s: string) => string): number {
  let changed = 0
  for (const [table, column] of FREE_TEXT) {
    if (!tableExists(project, table)) continue
    const rows = project.sqlite.prepare(`SELECT id, "${column}" v FROM "${table}" WHERE "${column}" IS NOT NULL`).all() as { id: string; v: string }[]
    const upd = project.sqlite.prepare(`UPDATE "${table}" SET "${column}" = ? WHERE id = ?`)
    for (const r of rows) {
      if (typeof r.v !== 'string') continue
      const next = table === 'recipes' || table === 'variables' ? scrubJson(r.v, fn) : fn(r.v)
      if (next !== r.v) {
        upd.run(next, r.id)
        changed++
      }
    }
  }
  return changed
}

/** Every string inside a JSON document (recipe steps: typed cell values, reasons). */
function scrubJson(json: string, fn: (s: string) => string): string {
  try {
    // Ids are left whole (see patternScrubber); here the name replacement could also match a
    // segment of one ("…-fede-…").
    const walk = (v: unknown): unknown =>
      typeof v === 'string' ? (isUuid(v) ? v : fn(v)) : Array.isArray(v) ? v.map(walk) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) : v
    return JSON.stringify(walk(JSON.parse(json)))
  } catch {
    return fn(json)
  }
}

/** A dataset and the waves appended to it (each has raw columns of its own). */
export function datasetParts(project: ProjectFile, datasetId: string): string[] {
  return [datasetId, ...(project.stmt('SELECT id FROM datasets WHERE parent_id = ?').all(datasetId) as { id: string }[]).map((r) => r.id)]
}

/** Drops the clean layer and the cached base columns: they are rebuilt from raw when next read. */
export function dropDerived(project: ProjectFile, datasetId: string): void {
  for (const id of datasetParts(project, datasetId)) {
    project.stmt("DELETE FROM column_data WHERE dataset_id = ? AND layer = 'clean'").run(id)
    project.stmt('DELETE FROM column_cache WHERE dataset_id = ?').run(id)
  }
}

/** Removes the raw cells of some variables (every part): they read as empty from now on. */
export function emptyVariables(project: ProjectFile, datasetId: string, variableIds: string[]): number {
  let n = 0
  const parts = datasetParts(project, datasetId)
  for (const part of parts) {
    // A wave stores its columns under its own ids, mapped to the dataset's variables.
    const mapping = waveMapping(project, part)
    for (const v of variableIds) {
      const own = part === datasetId ? v : mapping?.[v]
      if (!own) continue
      n += project.stmt("DELETE FROM column_data WHERE dataset_id = ? AND variable_id = ? AND layer = 'raw'").run(part, own).changes
      // An import may have listed the distinct values as value labels: they are the same data.
      project.stmt('UPDATE variables SET value_labels = NULL WHERE id = ?').run(own)
    }
  }
  dropDerived(project, datasetId)
  return n
}

function waveMapping(project: ProjectFile, part: string): Record<string, string> | null {
  const r = project.stmt('SELECT import_settings FROM datasets WHERE id = ?').get(part) as { import_settings: string | null } | undefined
  if (!r?.import_settings) return null
  try {
    return (JSON.parse(r.import_settings) as { mapping?: Record<string, string> }).mapping ?? null
  } catch {
    return null
  }
}

/** Rewrites the text of every raw cell of a dataset (every part) through `fn`; returns cells changed. */
export function rewriteRawTexts(project: ProjectFile, datasetId: string, fn: (s: string) => string): number {
  let changed = 0
  for (const part of datasetParts(project, datasetId)) {
    const blobs = project.stmt("SELECT id, data FROM column_data WHERE dataset_id = ? AND layer = 'raw'").all(part) as { id: string; data: Buffer }[]
    for (const b of blobs) {
      const cols = decodeRaw(b.data)
      let touched = false
      for (const c of cols)
        for (let i = 0; i < c.text.length; i++) {
          const t = c.text[i]
          if (t === null || c.kind[i] !== CELL_TEXT) continue
          const next = fn(t)
          if (next !== t) {
            c.text[i] = next
            if (next === '') c.kind[i] = CELL_EMPTY
            touched = true
            changed++
          }
        }
      if (touched) project.stmt('UPDATE column_data SET data = ? WHERE id = ?').run(encodeRaw(cols), b.id)
    }
  }
  if (changed) dropDerived(project, datasetId)
  return changed
}

/**
 * Removes rows (indices into the dataset's rows: its first import, then each wave) from the raw
 * layer and the row identities; returns how many went.
 */
export function removeRows(project: ProjectFile, datasetId: string, rows: number[]): number {
  if (rows.length === 0) return 0
  const wanted = new Set(rows)
  let offset = 0
  let removed = 0
  for (const part of datasetParts(project, datasetId)) {
    const rowid = project.stmt("SELECT id, data FROM column_data WHERE dataset_id = ? AND layer = 'rowid'").get(part) as { id: string; data: Buffer } | undefined
    if (!rowid) continue
    const { ids, sheetRows } = decodeRowIds(rowid.data)
    const n = ids.length
    const keep: number[] = []
    for (let i = 0; i < n; i++) if (!wanted.has(offset + i)) keep.push(i)
    offset += n
    if (keep.length === n) continue
    project.stmt('UPDATE column_data SET data = ? WHERE id = ?').run(encodeRowIds(keep.map((i) => ids[i]), keep.map((i) => sheetRows[i])), rowid.id)
    for (const b of project.stmt("SELECT id, data FROM column_data WHERE dataset_id = ? AND layer = 'raw'").all(part) as { id: string; data: Buffer }[]) {
      const cols = decodeRaw(b.data).map((c) => ({
        kind: Uint8Array.from(keep, (i) => c.kind[i]),
        text: keep.map((i) => c.text[i]),
        num: Float64Array.from(keep, (i) => c.num[i])
      }))
      project.stmt('UPDATE column_data SET data = ? WHERE id = ?').run(encodeRaw(cols), b.id)
    }
    project.stmt('UPDATE datasets SET row_count = ? WHERE id = ?').run(keep.length, part)
    removed += n - keep.length
  }
  dropDerived(project, datasetId)
  return removed
}

/**
 * Replaces identifiers found by their shape (e-mails, phone numbers, tax codes, VAT numbers, IBANs,
 * addresses, dates of birth) with a plain label, in texts that have no review of their own (open
 * answers, memos, comments). Results are cached per distinct text: answers repeat.
 */
export function patternScrubber(labels: Record<string, string>): (s: string) => string {
  const cache = new Map<string, string>()
  return (s: string) => {
    // A value that is an id (an entity's or a row's, in recipes and in export columns such as Kobo's
    // _uuid) is never personal data, and about 1 in 400 looks like a phone number to the patterns
    // ("07848811-a42e-…" starts like a landline): a shared copy whose recipe had a variable id
    // rewritten lost that variable (`survey export` failed on it, at random). Ids are left whole.
    if (s.length < 6 || !/[@\d]|\b(?:via|viale|piazza|corso|nat[oa])\b/i.test(s) || isUuid(s)) return s
    let out = cache.get(s)
    if (out === undefined) {
      const hits = resolveOverlaps(findPatterns(s)).kept
      out = hits.length ? rewrite(s, hits.map((h) => ({ start: h.start, end: h.end, with: `[${labels[h.kind] ?? h.kind}]` }))).text : s
      if (cache.size < 100_000) cache.set(s, out)
    }
    return out
  }
}
