import { createHash } from 'node:crypto'
import { EsitiError } from '../../../../shared/errors'
import type { ProjectFile } from '../../../db/project-file'
import { decodeCleanCoded, encodeClean } from '../storage/codec'
import type { BaseVariable } from '../model'
import { buildCodes } from '../recipe/column-codes'
import { attachNotAsked, baseVar, baseVarOf, frameShell, type PartData } from '../recipe/engine'
import type { ImportStep } from '../recipe/steps'
import type { WorkFrame, WorkVar } from '../recipe/work-frame'

/**
 * The base columns are also what the clean layer serves for every import variable a recipe leaves
 * untouched (clean-store.ts), so a clean state names the key it relies on.
 *
 * The recipe's start frame (the import's variables, converted from the raw cells of every part) is
 * the same for every run until the import step or the waves change; converting 100k × 60 raw cells
 * takes about a second, decoding the cached columns a fraction of that. The cache sits in
 * column_cache and is keyed by everything the conversion reads: a stale or damaged entry is simply
 * rebuilt from the raw layer, which stays the only source of truth.
 */

/** Bump whenever the conversion of raw cells (base-values.ts) gives different values. */
const CONVERSION_VERSION = 2

/**
 * JSON with every object's keys in sorted order: the import step is the same whether it comes from
 * the import (keys in the order the import wrote them) or from a recipe checked by its schema (keys
 * in the schema's order), and its key must be too, or every recipe run after an import converted
 * all the raw cells again instead of reading the cache (~1.5 s on 100,000 × 60).
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v
  )
}

export function baseKey(step0: ImportStep, parts: Pick<PartData, 'datasetId' | 'mapping'>[]): string {
  const parts_ = parts.map((p) => [p.datasetId, p.mapping])
  return createHash('sha1').update(canonicalJson([CONVERSION_VERSION, step0.variables, parts_])).digest('hex')
}

export interface StartFrame {
  frame: WorkFrame
  /** The base key of this frame's import variables (cached under it, or to be by storeBase). */
  key: string
  /** Columns converted from raw in this call (when asked to keep them), to store with storeBase. */
  base?: { key: string; blobs: Map<string, Buffer> }
}

function cachedColumns(project: ProjectFile, datasetId: string, key: string): Map<string, Buffer> {
  const rows = project
    .stmt("SELECT variable_id, data FROM column_cache WHERE dataset_id = ? AND kind = 'base' AND key = ?")
    .all(datasetId, key) as { variable_id: string; data: Buffer }[]
  return new Map(rows.map((r) => [r.variable_id, r.data]))
}

/** Base variables from the cache, or null when any is missing, damaged or of another length. */
function fromCache(cached: Map<string, Buffer>, vars: BaseVariable[], n: number): WorkVar[] | null {
  if (!vars.every((b) => cached.has(b.id))) return null
  const out: WorkVar[] = []
  for (const b of vars) {
    let decoded: ReturnType<typeof decodeCleanCoded>
    try {
      decoded = decodeCleanCoded(cached.get(b.id)!)
    } catch (e) {
      if (e instanceof EsitiError && e.code === 'CORRUPT_FILE') return null
      throw e
    }
    if (decoded.values.length !== n) return null
    out.push(baseVarOf(b, decoded.values, decoded.coded))
  }
  return out
}

const needsCodes = (values: readonly unknown[]): boolean => values.some((x) => typeof x === 'string' || Array.isArray(x))

/**
 * The frame a recipe starts from. `keep`: when the columns had to be converted from raw, also return
 * them encoded so that the caller's write transaction can cache them (storeBase).
 */
export function startFrame(
  project: ProjectFile,
  datasetId: string,
  parts: PartData[],
  step0: ImportStep,
  wave: { id: string } | null,
  keep = false
): StartFrame {
  const key = baseKey(step0, parts)
  const frame = frameShell(parts, step0, wave)
  const vars = step0.variables as BaseVariable[]
  const cached = fromCache(cachedColumns(project, datasetId, key), vars, frame.n)
  if (cached) {
    frame.vars.push(...cached)
    attachNotAsked(frame, parts, step0)
    return { frame, key }
  }
  const blobs = keep ? new Map<string, Buffer>() : null
  for (const b of vars) {
    const v = baseVar(parts, b)
    if (blobs) {
      // The dictionary view serves the encoding here and the recipe's steps after it.
      if (needsCodes(v.values)) v.codes = buildCodes(v.values)
      blobs.set(v.id, encodeClean(v.values, { coded: v.codes }))
    }
    frame.vars.push(v)
  }
  attachNotAsked(frame, parts, step0)
  return { frame, key, base: blobs ? { key, blobs } : undefined }
}

/** Replaces a dataset's cached base columns (inside the caller's transaction). */
export function storeBase(project: ProjectFile, datasetId: string, key: string, blobs: Iterable<[string, Buffer]>): void {
  project.stmt("DELETE FROM column_cache WHERE dataset_id = ? AND kind = 'base'").run(datasetId)
  for (const [variableId, data] of blobs) insertBase(project, datasetId, key, variableId, data)
}

/** One cached base column: an import stores each as it goes, so they are never all in memory. */
export function insertBase(project: ProjectFile, datasetId: string, key: string, variableId: string, data: Buffer): void {
  project
    .stmt("INSERT INTO column_cache (dataset_id, kind, variable_id, key, data) VALUES (?, 'base', ?, ?, ?)")
    .run(datasetId, variableId, key, data)
}
