import type { ActivityDto, IndicatorResultDto, JointDisplayDto, SdgOverviewDto, TableModelDto } from '../../../shared/ipc/indicators'
import { checkCancelled, type Ctx } from '../context'
import { computeIndicators, type FrameProvider } from '../indicators/compute-indicators'
import { defaultFrameProvider } from '../indicators/frame-provider'
import { readIndicatorDefs, type IndicatorDef } from '../indicators/indicator-defs'
import type { Locale } from '../indicators/labels'
import { listActivities } from '../register/register-service'
import { listJointDisplays } from './joint-display'
import { sdgOverview } from './sdg-overview'
import { buildTable, cachingFrames, type StatsRequest } from './table-builder'
import { readTableDefs } from './table-service'
import { ensureClean } from '../survey/clean/clean-store'
import type { StepReport } from '../survey/recipe/engine'
import type { RecipeStep } from '../survey/recipe/steps'
import { recipeSteps, recipeVersions, wavesOf, type DatasetRow } from '../survey/storage/dataset-rows'

/** A questionnaire as the Methods sheet describes it: the current recipe with what each step did. */
export interface DatasetInfo {
  id: string
  name: string
  title: string | null
  wave: string | null
  /** Respondents after cleaning (excluded rows left out), and rows imported. */
  rows: number
  totalRows: number
  fileName: string | null
  sheet: string | null
  importedAt: string
  recipeVersion: number
  recipeCreatedAt: string | null
  /** Waves appended to this questionnaire, oldest first. */
  waves: { name: string; wave: string | null; fileName: string | null; importedAt: string; rows: number }[]
  steps: { step: RecipeStep; report: StepReport | null }[]
}

/** Everything a report export needs, computed once. */
export interface ReportModel {
  programme: string | null
  sections: { id: string; number: number; title: string }[]
  results: IndicatorResultDto[]
  defs: IndicatorDef[]
  tables: TableModelDto[]
  sdg: SdgOverviewDto
  joint: JointDisplayDto[]
  datasets: DatasetInfo[]
  activities: ActivityDto[]
  frames: FrameProvider
}

/**
 * The questionnaires with their waves (a wave is read through its questionnaire, never on its own)
 * and the current recipe version's steps with what each did in the last run of the clean layer.
 */
function datasets(ctx: Ctx): DatasetInfo[] {
  const db = ctx.project.sqlite
  const tops = db.prepare('SELECT * FROM datasets WHERE deleted_at IS NULL AND parent_id IS NULL ORDER BY name').all() as DatasetRow[]
  return tops.map((d) => {
    let steps: DatasetInfo['steps'] = []
    let rows = d.row_count
    let totalRows = d.row_count
    try {
      const state = ensureClean(ctx.project, d)
      const reports = new Map(state.reports.map((r) => [r.id, r]))
      steps = recipeSteps(ctx.project, d).map((step) => ({ step, report: reports.get(step.id) ?? null }))
      rows = state.rowCount
      totalRows = state.totalRows
    } catch {
      // An unreadable recipe is reported by the indicators that use it; the sheet lists what it can.
    }
    const version = recipeVersions(ctx.project, d.id).find((v) => v.version === d.recipe_version)
    return {
      id: d.id,
      name: d.name,
      title: d.title,
      wave: d.wave,
      rows,
      totalRows,
      fileName: d.file_name,
      sheet: d.sheet,
      importedAt: d.imported_at,
      recipeVersion: d.recipe_version,
      recipeCreatedAt: version?.createdAt ?? null,
      waves: wavesOf(ctx.project, d.id).map((w) => ({ name: w.name, wave: w.wave, fileName: w.file_name, importedAt: w.imported_at, rows: w.row_count })),
      steps
    }
  })
}

export interface ModelOptions {
  locale?: Locale
  frames?: FrameProvider
  /** Statistics for every table, on top of each table's own. */
  stats?: StatsRequest
}

export function computeTables(ctx: Ctx, opts: ModelOptions = {}): { results: IndicatorResultDto[]; tables: TableModelDto[] } {
  const locale = opts.locale ?? 'it'
  const frames = cachingFrames(opts.frames ?? defaultFrameProvider(ctx))
  const results = computeIndicators(ctx, { locale, frames })
  return { results, tables: readTableDefs(ctx).map((d) => buildTable(d, results, frames, locale, opts.stats)) }
}

export function buildReportModel(ctx: Ctx, opts: ModelOptions = {}): ReportModel {
  const locale = opts.locale ?? 'it'
  const frames = cachingFrames(opts.frames ?? defaultFrameProvider(ctx))
  const results = computeIndicators(ctx, { locale, frames })
  checkCancelled(ctx)
  const tables = readTableDefs(ctx).map((d) => buildTable(d, results, frames, locale, opts.stats))
  const db = ctx.project.sqlite
  const programme = (db.prepare('SELECT name FROM programmes LIMIT 1').get() as { name: string } | undefined)?.name ?? null
  const sections = (db.prepare('SELECT id, number, title, title_en FROM report_sections ORDER BY number').all() as {
    id: string
    number: number
    title: string
    title_en: string | null
  }[]).map((s) => ({ id: s.id, number: s.number, title: locale === 'en' && s.title_en ? s.title_en : s.title }))
  return {
    programme,
    sections,
    results,
    defs: readIndicatorDefs(ctx),
    tables,
    sdg: sdgOverview(ctx, results, locale),
    joint: listJointDisplays(ctx, results),
    datasets: datasets(ctx),
    activities: listActivities(ctx),
    frames
  }
}
