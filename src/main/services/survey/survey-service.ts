import type { Ctx } from '../context'
import { cleanState, ensureClean } from './clean/clean-store'
import { recipeSteps, resolveDataset, storedImport, variablesOf, wavesOf, type DatasetRow } from './storage/dataset-rows'
import type { ImportSettings } from './model'
import { metaOfRow } from './storage/store'
import type { SurveyDatasetDto, SurveyVariableDto } from '../../../shared/ipc/survey'
import './clean/undo-hooks'

/** One dataset as the list shows it (the CLI's `survey list` and the Questionnaires area). */
export type DatasetSummary = SurveyDatasetDto

export type VariableDto = SurveyVariableDto

export interface DatasetDetail extends DatasetSummary {
  settings: ImportSettings
  headerRows: number[]
  warnings: string[]
  variableList: VariableDto[]
}

function summaryOf(ctx: Ctx, ds: DatasetRow): DatasetSummary {
  const state = cleanState(ctx.project, ds.id) ?? ensureClean(ctx.project, ds)
  const waves = wavesOf(ctx.project, ds.id)
  const vars = variablesOf(ctx.project, ds.id).filter((v) => v.role !== 'dropped')
  const steps = recipeSteps(ctx.project, ds)
  return {
    id: ds.id,
    name: ds.name,
    title: ds.title,
    waves: waves.length || ds.wave ? [ds.wave ?? '1', ...waves.map((w) => w.wave ?? '')] : [],
    platform: ds.platform,
    file: ds.file_name,
    sheet: ds.sheet,
    rows: state.rowCount,
    totalRows: state.totalRows,
    variables: vars.length,
    recipeVersion: ds.recipe_version,
    steps: steps.length,
    issues: state.issueCount,
    excluded: state.exclusions.length,
    importedAt: ds.imported_at,
    importedBy: ds.imported_by
  }
}

export function listDatasets(ctx: Ctx): DatasetSummary[] {
  const rows = ctx.project.sqlite
    .prepare('SELECT * FROM datasets WHERE deleted_at IS NULL AND parent_id IS NULL ORDER BY name')
    .all() as DatasetRow[]
  return rows.map((ds) => summaryOf(ctx, ds))
}

export function variableDtos(ctx: Ctx, datasetId: string): VariableDto[] {
  return variablesOf(ctx.project, datasetId)
    .filter((v) => v.role !== 'dropped')
    .map((r, i) => {
      const meta = metaOfRow(r)
      return {
        id: r.id,
        position: i,
        name: r.name,
        label: r.label,
        type: meta.type,
        role: r.role,
        valueLabels: meta.valueLabels,
        missingCodes: meta.missingCodes,
        options: meta.options ?? null,
        columns: r.source_columns ? (JSON.parse(r.source_columns) as string[]) : [],
        derived: r.derived !== null
      }
    })
}

export function datasetDetail(ctx: Ctx, dataset: string): DatasetDetail {
  const ds = resolveDataset(ctx, dataset)
  const stored = storedImport(ds)
  return {
    ...summaryOf(ctx, ds),
    settings: stored.settings,
    headerRows: stored.settings.headerRows,
    warnings: stored.warnings,
    variableList: variableDtos(ctx, ds.id)
  }
}
