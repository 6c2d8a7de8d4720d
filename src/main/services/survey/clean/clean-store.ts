import { createHash } from 'node:crypto'
import type { Msg } from '../../../../shared/messages'
import type { ProjectFile } from '../../../db/project-file'
import { newId } from '../../../db/ids'
import {
  CLEAN_ENCODING,
  STATE_ENCODING,
  decodeRaw,
  decodeRowIds,
  encodeClean
} from '../storage/codec'
import { datasetById, recipeRow, recipeSteps, storedImport, variablesOf, wavesOf, type DatasetRow } from '../storage/dataset-rows'
import type { RawColumn } from '../model'
import { startFrame, storeBase } from './base-cache'
import { offeredOptions, runSteps, type PartData, type RecipeRun, type StepReport } from '../recipe/engine'
import type { ImportStep, RecipeStep } from '../recipe/steps'
import type { Issue } from '../recipe/work-frame'
import { decodeIssues, encodeIssues, ISSUES_ENCODING } from '../storage/issue-codec'

/**
 * The clean layer: recomputed from the raw layer and the current recipe, never edited. Stored as one
 * column (every row) per variable the recipe changed or derived, a state record (variable_id NULL:
 * excluded rows, step reports, exclusions, the base key the other columns are read from) and an
 * issues record (issue-codec.ts). See docs/decisions/0009.
 */

export interface CleanState {
  fingerprint: string
  recipeVersion: number
  rowCount: number
  totalRows: number
  /** Indices (into the concatenated raw rows) of the rows excluded, ascending. */
  excluded: number[]
  /** Base columns the clean layer serves untouched variables from (null: none), and how many. */
  baseKey: string | null
  baseColumns: number
  reports: StepReport[]
  /** The issues themselves are a record of their own (storedIssues). */
  issueCount: number
  exclusions: { row: string; sheetRow: number; wave: string | null; reason: Msg; step: string }[]
}

/** Bump when the state's or the issues' shape changes: states written by older code are recomputed. */
const STATE_VERSION = 'v2'

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
  const rowid = project
    .stmt("SELECT data FROM column_data WHERE dataset_id = ? AND layer = 'rowid'")
    .get(ds.id) as { data: Buffer } | undefined
  const { ids, sheetRows } = rowid ? decodeRowIds(rowid.data) : { ids: [], sheetRows: new Uint32Array(0) }
  const stored = storedImport(ds)
  return {
    datasetId: ds.id,
    wave,
    rowIds: ids,
    sheetRows,
    sources: stored.sources,
    mapping,
    offered: offeredOptions(stored.inferred),
    // Read when asked: a run that starts from the cached base columns never needs the raw cells.
    raw(varId: string): RawColumn[] | null {
      const b = project
        .stmt("SELECT data FROM column_data WHERE dataset_id = ? AND variable_id = ? AND layer = 'raw'")
        .get(ds.id, varId) as { data: Buffer } | undefined
      return b ? decodeRaw(b.data, { numberTexts: false }) : null
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
  const recipe = recipeRow(project, ds)
  return [STATE_VERSION, ds.recipe_version, recipe?.id ?? '', ds.wave ?? '', ...waves].join('|')
}

/**
 * Runs a recipe (the current one by default) over the dataset's raw layer. Reads only; with
 * `keepBase`, base columns converted from raw come back in `run.base` for writeClean to cache.
 */
export function runRecipe(
  project: ProjectFile,
  ds: DatasetRow,
  opts: { steps?: RecipeStep[]; signal?: AbortSignal; extra?: { parts: PartData[]; baseWave: string }; keepBase?: boolean } = {}
): RecipeRun {
  const { signal, extra, keepBase = false } = opts
  const recipe = opts.steps ?? recipeSteps(project, ds)
  const parts = loadParts(project, ds)
  if (extra) {
    parts[0].wave ??= extra.baseWave
    parts.push(...extra.parts)
  }
  const wave = extra || hasWaves(project, ds) ? { id: waveVariableId(ds.id) } : null
  const start = startFrame(project, ds.id, parts, recipe[0] as ImportStep, wave, keepBase)
  const run = runSteps(start.frame, recipe, (stepId, i) => derivedId(ds.id, stepId, i), signal)
  return { ...run, baseKey: start.key, ...(start.base ? { base: start.base } : {}) }
}

/**
 * Replaces the clean layer of a dataset with a run's result (unlogged: it is derived data). Columns
 * hold every row (the state lists the excluded ones); an import variable the recipe left untouched
 * gets no column of its own, as its base column (column_cache, under the state's baseKey) has the
 * same values: a recipe rewrites only what it changed.
 */
export function writeClean(project: ProjectFile, ds: DatasetRow, run: RecipeRun): CleanState {
  const { frame } = run
  project.stmt("DELETE FROM column_data WHERE dataset_id = ? AND layer = 'clean'").run(ds.id)
  const existing = new Set(variablesOf(project, ds.id).map((v) => v.id))
  const insert = project.stmt(
    "INSERT INTO column_data (id, dataset_id, variable_id, layer, encoding, data) VALUES (?, ?, ?, 'clean', ?, ?)"
  )
  let baseColumns = 0
  for (const v of frame.vars) {
    if (v.dropped || !existing.has(v.id)) continue
    if (v.base) {
      if (!run.baseKey) throw new Error(`writeClean: "${v.name}" is a base column but the run names no base key`)
      baseColumns++
      continue
    }
    // Inserted at once: a view of the encoder's buffer will do.
    insert.run(newId(), ds.id, v.id, CLEAN_ENCODING, encodeClean(v.values, { coded: v.codes, view: true }))
  }
  if (run.base) storeBase(project, ds.id, run.base.key, run.base.blobs)
  else if (baseColumns && !baseStored(project, ds.id, run.baseKey!, baseColumns))
    throw new Error('writeClean: the base columns this run started from are not stored (run it with keepBase)')
  const excluded = [...frame.excluded.keys()].sort((a, b) => a - b)
  const current = datasetById(project, ds.id) ?? ds
  const state: CleanState = {
    fingerprint: fingerprintOf(project, current),
    recipeVersion: current.recipe_version,
    rowCount: frame.n - excluded.length,
    totalRows: frame.n,
    excluded,
    baseKey: baseColumns ? run.baseKey! : null,
    baseColumns,
    reports: run.reports,
    issueCount: frame.issues.length,
    exclusions: [...frame.excluded].map(([r, e]) => ({
      row: frame.rowIds[r],
      sheetRow: frame.sheetRows[r],
      wave: frame.rowWave[r],
      reason: e.reason,
      step: e.step
    }))
  }
  insert.run(newId(), ds.id, null, STATE_ENCODING, Buffer.from(JSON.stringify(state), 'utf8'))
  insert.run(newId(), ds.id, null, ISSUES_ENCODING, encodeIssues(frame.issues))
  return state
}

function baseStored(project: ProjectFile, datasetId: string, key: string, columns: number): boolean {
  const row = project
    .stmt("SELECT COUNT(*) n FROM column_cache WHERE dataset_id = ? AND kind = 'base' AND key = ?")
    .get(datasetId, key) as { n: number }
  return row.n >= columns
}

/** Was the state written for the current recipe and waves, and are the base columns it relies on still there? */
export function isCurrent(project: ProjectFile, ds: DatasetRow, state: CleanState | null): state is CleanState {
  if (!state || state.fingerprint !== fingerprintOf(project, ds)) return false
  return !state.baseKey || baseStored(project, ds.id, state.baseKey, state.baseColumns)
}

/**
 * A clean column's stored bytes: its own, or its base column's when the recipe left it untouched.
 * Every row, excluded ones included (see activeRows).
 */
export function cleanBlob(project: ProjectFile, datasetId: string, state: CleanState, variableId: string): Buffer | undefined {
  const own = project
    .stmt("SELECT data FROM column_data WHERE dataset_id = ? AND variable_id = ? AND layer = 'clean'")
    .get(datasetId, variableId) as { data: Buffer } | undefined
  if (own || !state.baseKey) return own?.data
  const base = project
    .stmt("SELECT data FROM column_cache WHERE dataset_id = ? AND kind = 'base' AND variable_id = ? AND key = ?")
    .get(datasetId, variableId, state.baseKey) as { data: Buffer } | undefined
  return base?.data
}

/** The clean layer's state; null when there is none or it was written by an older version (recomputed). */
export function cleanState(project: ProjectFile, datasetId: string): CleanState | null {
  const row = project
    .stmt("SELECT data FROM column_data WHERE dataset_id = ? AND layer = 'clean' AND variable_id IS NULL AND encoding = ?")
    .get(datasetId, STATE_ENCODING) as { data: Buffer } | undefined
  return row ? (JSON.parse(row.data.toString('utf8')) as CleanState) : null
}

/** The issues of the clean layer's last run (call after ensureClean). */
export function storedIssues(project: ProjectFile, datasetId: string): Issue[] {
  const row = project
    .stmt("SELECT data FROM column_data WHERE dataset_id = ? AND layer = 'clean' AND variable_id IS NULL AND encoding = ?")
    .get(datasetId, ISSUES_ENCODING) as { data: Buffer } | undefined
  return row ? decodeIssues(row.data) : []
}

/** Indices of the surviving rows. */
export function activeRows(state: CleanState): number[] {
  const out: number[] = []
  let next = 0
  for (const x of state.excluded) {
    for (let r = next; r < x; r++) out.push(r)
    next = x + 1
  }
  for (let r = next; r < state.totalRows; r++) out.push(r)
  return out
}

/** Recomputes the clean layer when the recipe or the waves changed since it was written. */
export function ensureClean(project: ProjectFile, ds: DatasetRow): CleanState {
  const state = cleanState(project, ds.id)
  if (isCurrent(project, ds, state)) return state
  return project.tx(() => writeClean(project, ds, runRecipe(project, ds, { keepBase: true })))
}
