import { createHash } from 'node:crypto'
import type { ProjectFile } from '../../db/project-file'
import { newId } from '../../db/ids'
import {
  CLEAN_ENCODING,
  STATE_ENCODING,
  decodeRaw,
  decodeRowIds,
  encodeClean
} from './codec'
import { datasetById, recipeSteps, storedImport, variablesOf, wavesOf, type DatasetRow } from './dataset-rows'
import type { CleanValue } from './frame'
import type { RawColumn } from './model'
import { buildBaseFrame, runSteps, type PartData, type RecipeRun, type StepReport } from './recipe/engine'
import type { ImportStep, RecipeStep } from './recipe/steps'
import type { Issue } from './recipe/work-frame'

/**
 * The clean layer: recomputed from the raw layer and the current recipe, never edited. Stored per
 * variable (layer 'clean') plus one state record (variable_id NULL) with the surviving rows, the step
 * reports, the issues and the exclusions.
 */

export interface CleanState {
  fingerprint: string
  recipeVersion: number
  rowCount: number
  totalRows: number
  /** Indices (into the concatenated raw rows) of the rows kept. */
  active: number[]
  reports: StepReport[]
  issues: Issue[]
  exclusions: { row: string; sheetRow: number; wave: string | null; reason: string; step: string }[]
}

/** A derived variable's id, stable for a dataset and step: re-running the recipe finds the same row. */
export function derivedId(datasetId: string, key: string, index = 0): string {
  const h = createHash('sha1').update(`${datasetId}\u0000${key}\u0000${index}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export const waveVariableId = (datasetId: string): string => derivedId(datasetId, 'wave')

/** Does the dataset carry a wave variable (a wave label, or waves appended)? */
export function hasWaves(project: ProjectFile, ds: DatasetRow): boolean {
  return ds.wave !== null || wavesOf(project, ds.id).length > 0
}

function partOf(project: ProjectFile, ds: DatasetRow, mapping: Record<string, string> | null, wave: string | null): PartData {
  const rowid = project.sqlite
    .prepare("SELECT data FROM column_data WHERE dataset_id = ? AND layer = 'rowid'")
    .get(ds.id) as { data: Buffer } | undefined
  const { ids, sheetRows } = rowid ? decodeRowIds(rowid.data) : { ids: [], sheetRows: new Uint32Array(0) }
  const blobs = new Map(
    (
      project.sqlite
        .prepare("SELECT variable_id, data FROM column_data WHERE dataset_id = ? AND layer = 'raw'")
        .all(ds.id) as { variable_id: string; data: Buffer }[]
    ).map((r) => [r.variable_id, r.data])
  )
  const stored = storedImport(ds)
  return {
    datasetId: ds.id,
    wave,
    rowIds: ids,
    sheetRows,
    sources: stored.sources,
    mapping,
    raw(varId: string): RawColumn[] | null {
      const b = blobs.get(varId)
      return b ? decodeRaw(b, { numberTexts: false }) : null
    }
  }
}

/** The dataset's first import and every live wave appended to it, in order. */
export function loadParts(project: ProjectFile, ds: DatasetRow): PartData[] {
  const waves = wavesOf(project, ds.id)
  const first = partOf(project, ds, null, ds.wave ?? (waves.length ? '1' : null))
  return [first, ...waves.map((w) => partOf(project, w, storedImport(w).mapping ?? {}, w.wave))]
}

export function fingerprintOf(project: ProjectFile, ds: DatasetRow): string {
  const waves = wavesOf(project, ds.id).map((w) => w.id)
  const recipe = project.sqlite
    .prepare('SELECT id FROM recipes WHERE dataset_id = ? AND version = ?')
    .get(ds.id, ds.recipe_version) as { id: string } | undefined
  return [ds.recipe_version, recipe?.id ?? '', ds.wave ?? '', ...waves].join('|')
}

/** Runs a recipe (the current one by default) over the dataset's raw layer. Reads only. */
export function runRecipe(
  project: ProjectFile,
  ds: DatasetRow,
  steps?: RecipeStep[],
  signal?: AbortSignal,
  extra?: { parts: PartData[]; baseWave: string }
): RecipeRun {
  const recipe = steps ?? recipeSteps(project, ds)
  const parts = loadParts(project, ds)
  if (extra) {
    parts[0].wave ??= extra.baseWave
    parts.push(...extra.parts)
  }
  const wave = extra || hasWaves(project, ds) ? { id: waveVariableId(ds.id) } : null
  const frame = buildBaseFrame(parts, recipe[0] as ImportStep, wave)
  return runSteps(frame, recipe, (stepId, i) => derivedId(ds.id, stepId, i), signal)
}

/**
 * Replaces the clean layer of a dataset with a run's result (unlogged: it is derived data). `encoded`
 * holds columns already encoded (by variable id) whose values the run no longer keeps; `stored`, in
 * a new dataset's transaction, the variables whose clean column was already inserted (all rows).
 */
export function writeClean(
  project: ProjectFile,
  ds: DatasetRow,
  run: RecipeRun,
  encoded?: ReadonlyMap<string, Buffer>,
  stored?: ReadonlySet<string>
): CleanState {
  const { frame } = run
  const db = project.sqlite
  if (stored) {
    // Only columns the clean layer would not keep go; the rest stay as inserted.
    const existing = new Set(variablesOf(project, ds.id).map((v) => v.id))
    const remove = db.prepare("DELETE FROM column_data WHERE dataset_id = ? AND variable_id = ? AND layer = 'clean'")
    for (const v of frame.vars) if (stored.has(v.id) && (v.dropped || !existing.has(v.id))) remove.run(ds.id, v.id)
  } else db.prepare("DELETE FROM column_data WHERE dataset_id = ? AND layer = 'clean'").run(ds.id)
  const active: number[] = []
  for (let r = 0; r < frame.n; r++) if (frame.isActive(r)) active.push(r)
  const existing = new Set(variablesOf(project, ds.id).map((v) => v.id))
  const insert = db.prepare(
    "INSERT INTO column_data (id, dataset_id, variable_id, layer, encoding, data) VALUES (?, ?, ?, 'clean', ?, ?)"
  )
  const all = active.length === frame.n
  let subset: CleanValue[] | undefined
  for (const v of frame.vars) {
    if (v.dropped || !existing.has(v.id)) continue
    if (stored?.has(v.id)) {
      // The stored columns hold every row and their values are gone: only an import run may get here.
      if (!all) throw new Error('writeClean: clean columns were stored before rows were excluded')
      continue
    }
    const ready = all ? encoded?.get(v.id) : undefined
    if (ready) {
      insert.run(newId(), ds.id, v.id, CLEAN_ENCODING, ready)
      continue
    }
    let values = v.values
    if (!all) {
      // One array for every variable's surviving rows (encodeClean only reads it).
      subset ??= new Array<CleanValue>(active.length)
      for (let j = 0; j < active.length; j++) subset[j] = v.values[active[j]]
      values = subset
    }
    insert.run(newId(), ds.id, v.id, CLEAN_ENCODING, encodeClean(values))
  }
  const current = datasetById(project, ds.id) ?? ds
  const state: CleanState = {
    fingerprint: fingerprintOf(project, current),
    recipeVersion: current.recipe_version,
    rowCount: active.length,
    totalRows: frame.n,
    active: all ? [] : active,
    reports: run.reports,
    issues: frame.issues,
    exclusions: [...frame.excluded].map(([r, e]) => ({
      row: frame.rowIds[r],
      sheetRow: frame.sheetRows[r],
      wave: frame.rowWave[r],
      reason: e.reason,
      step: e.step
    }))
  }
  insert.run(newId(), ds.id, null, STATE_ENCODING, Buffer.from(JSON.stringify(state), 'utf8'))
  return state
}

export function cleanState(project: ProjectFile, datasetId: string): CleanState | null {
  const row = project.sqlite
    .prepare("SELECT data FROM column_data WHERE dataset_id = ? AND layer = 'clean' AND variable_id IS NULL")
    .get(datasetId) as { data: Buffer } | undefined
  return row ? (JSON.parse(row.data.toString('utf8')) as CleanState) : null
}

/** Indices of the surviving rows (an empty `active` list means all of them). */
export function activeRows(state: CleanState): number[] {
  if (state.active.length || state.rowCount === 0) return state.active
  return Array.from({ length: state.totalRows }, (_, i) => i)
}

/** Recomputes the clean layer when the recipe or the waves changed since it was written. */
export function ensureClean(project: ProjectFile, ds: DatasetRow): CleanState {
  const state = cleanState(project, ds.id)
  if (state && state.fingerprint === fingerprintOf(project, ds)) return state
  return project.tx(() => writeClean(project, ds, runRecipe(project, ds)))
}
