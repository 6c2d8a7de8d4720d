import type { Ctx } from '../context'
import { cleanState, ensureClean } from './clean/clean-store'
import { recipeSteps, resolveDataset, storedImport, variablesOf, wavesOf, type DatasetRow } from './storage/dataset-rows'
import type { ImportDecision, ImportSettings } from './model'
import type { Msg } from '../../../shared/messages'
import { metaOfRow } from './storage/store'
import type { SurveyDatasetDto, SurveyVariableDto } from '../../../shared/ipc/survey'
import './clean/undo-hooks'

/** One dataset as the list shows it (the CLI's `survey list` and the Questionnaires area). */
export type DatasetSummary = SurveyDatasetDto

export type VariableDto = SurveyVariableDto

export interface DatasetDetail extends DatasetSummary {
  settings: ImportSettings
  headerRows: number[]
  warnings: Msg[]
  decisions: ImportDecision[]
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
        derived: r.derived !== null,
        nonSubstantive: meta.nonSubstantive ?? null,
        identifier: meta.identifier ?? null,
        notAsked: meta.notAsked ?? null,
        note: meta.note ?? null
      }
    })
}

/** A dataset's id and name, by name or id (NOT_FOUND listing the datasets otherwise). */
export function datasetRef(ctx: Ctx, dataset: string): { id: string; name: string } {
  const ds = resolveDataset(ctx, dataset)
  return { id: ds.id, name: ds.name }
}

/** The variables of a dataset by name or id (as the window's variable list shows them). */
export function variablesOfDataset(ctx: Ctx, dataset: string): VariableDto[] {
  return variableDtos(ctx, resolveDataset(ctx, dataset).id)
}

export function datasetDetail(ctx: Ctx, dataset: string): DatasetDetail {
  const ds = resolveDataset(ctx, dataset)
  const stored = storedImport(ds)
  return {
    ...summaryOf(ctx, ds),
    settings: stored.settings,
    headerRows: stored.settings.headerRows,
    warnings: stored.warnings,
    decisions: stored.decisions ?? [],
    variableList: variableDtos(ctx, ds.id)
  }
}
