import { EsitiError } from '../../../../shared/errors'
import type { Msg } from '../../../../shared/messages'
import { warningMessage } from '../../../db/migrations/0006-survey-messages'
import type { ProjectFile } from '../../../db/project-file'
import type { DatasetTable, VariableTable } from '../../../db/schema'
import { isUuid, type Ctx } from '../../context'
import type { StoredImport } from '../model'
import { recipeStep, type RecipeStep } from '../recipe/steps'
import { damagedValue, storedList } from '../../../db/stored-json'

/** Typed reads of the survey tables (synchronous, on the project's connection). */

export type DatasetRow = DatasetTable

export function datasetById(project: ProjectFile, id: string): DatasetRow | undefined {
  return project.sqlite.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as DatasetRow | undefined
}

/**
 * A live top-level dataset by name or id (waves appended to a dataset are reached through it).
 */
export function resolveDataset(ctx: Ctx, nameOrId: string): DatasetRow {
  const db = ctx.project.sqlite
  if (isUuid(nameOrId)) {
    const r = db.prepare('SELECT * FROM datasets WHERE id = ? AND deleted_at IS NULL').get(nameOrId) as DatasetRow | undefined
    if (r) return r.parent_id ? resolveDataset(ctx, r.parent_id) : r
  }
  const r = db
    .prepare('SELECT * FROM datasets WHERE name = ? AND deleted_at IS NULL AND parent_id IS NULL')
    .get(nameOrId) as DatasetRow | undefined
  if (r) return r
  const names = (
    db.prepare('SELECT name FROM datasets WHERE deleted_at IS NULL AND parent_id IS NULL ORDER BY name').all() as { name: string }[]
  ).map((x) => `"${x.name}"`)
  if (!names.length) throw new EsitiError('NOT_FOUND', 'survey.datasetNotFoundNone', { name: nameOrId })
  throw new EsitiError('NOT_FOUND', 'survey.datasetNotFound', { name: nameOrId, names })
}

/** Waves appended to a dataset, oldest first (live ones only). */
export function wavesOf(project: ProjectFile, datasetId: string): DatasetRow[] {
  return project.sqlite
    .prepare('SELECT * FROM datasets WHERE parent_id = ? AND deleted_at IS NULL ORDER BY imported_at, rowid')
    .all(datasetId) as DatasetRow[]
}

export function storedImport(ds: DatasetRow): StoredImport {
  if (!ds.import_settings) throw new EsitiError('CORRUPT_FILE', 'survey.store.noImportRecord', { name: ds.name })
  const stored = JSON.parse(ds.import_settings) as StoredImport
  // A row restored by undo from before migration 0006 may still hold English sentences.
  if (stored.warnings?.some((w) => typeof w === 'string'))
    stored.warnings = stored.warnings.map((w) => (typeof w === 'string' ? (warningMessage(w) as Msg) : w))
  return stored
}

export function variablesOf(project: ProjectFile, datasetId: string): VariableTable[] {
  return project.sqlite
    .prepare('SELECT * FROM variables WHERE dataset_id = ? ORDER BY position, rowid')
    .all(datasetId) as VariableTable[]
}

/**
 * The recipe row a dataset's version names. The current version is found by its id (a number alone
 * may name two versions saved by two members offline), but only while that row exists and still has
 * the version the dataset says: undoing an operation logged before recipes were referenced by id
 * (migration 0011) restores the version number and not the id, and the number is then the truth.
 */
export function recipeRow(project: ProjectFile, ds: DatasetRow, version = ds.recipe_version): { id: string; steps: string } | undefined {
  if (version === ds.recipe_version && ds.recipe_id) {
    const byId = project.sqlite.prepare('SELECT id, steps, version FROM recipes WHERE id = ?').get(ds.recipe_id) as
      | { id: string; steps: string; version: number }
      | undefined
    if (byId && byId.version === version) return byId
  }
  return project.sqlite
    .prepare('SELECT id, steps FROM recipes WHERE dataset_id = ? AND version = ? ORDER BY created_at DESC, id LIMIT 1')
    .get(ds.id, version) as { id: string; steps: string } | undefined
}

/** The steps of a recipe version (the dataset's current one by default). */
export function recipeSteps(project: ProjectFile, ds: DatasetRow, version = ds.recipe_version): RecipeStep[] {
  const row = recipeRow(project, ds, version)
  if (!row) throw new EsitiError('CORRUPT_FILE', 'survey.store.recipeMissing', { version, name: ds.name })
  const steps = storedList<unknown>(row.steps, { table: 'recipes', column: 'steps', id: `${ds.name} v${version}` })
  const parsed = steps.map((s) => {
    const step = recipeStep.safeParse(s)
    if (!step.success) throw damagedValue({ table: 'recipes', column: 'steps', id: `${ds.name} v${version}` })
    return step.data
  })
  if (parsed[0]?.op !== 'import') throw new EsitiError('CORRUPT_FILE', 'survey.store.noImportStep', { name: ds.name })
  return parsed
}

export function recipeVersions(
  project: ProjectFile,
  datasetId: string
): { version: number; steps: number; createdAt: string; createdBy: string | null }[] {
  return (
    project.sqlite
      .prepare('SELECT version, steps, created_at, created_by FROM recipes WHERE dataset_id = ? ORDER BY version, created_at, id')
      .all(datasetId) as { version: number; steps: string; created_at: string; created_by: string | null }[]
  ).map((r) => ({
    version: r.version,
    steps: storedList(r.steps, { table: 'recipes', column: 'steps', id: `v${r.version}` }).length,
    createdAt: r.created_at,
    createdBy: r.created_by
  }))
}
