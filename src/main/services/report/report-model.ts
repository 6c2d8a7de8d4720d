import type { ActivityDto, IndicatorResultDto, JointDisplayDto, SdgOverviewDto, TableModelDto } from '../../../shared/ipc/indicators'
import { checkCancelled, type Ctx } from '../context'
import { computeIndicators, type FrameProvider } from '../indicators/compute-indicators'
import { defaultFrameProvider } from '../indicators/frame-provider'
import { readIndicatorDefs, type IndicatorDef } from '../indicators/indicator-defs'
import type { Locale } from '../indicators/labels'
import { listActivities } from '../register/register-service'
import { listJointDisplays } from './joint-display'
import { sdgOverview } from './sdg-overview'
import { buildTable, cachingFrames } from './table-builder'
import { readTableDefs } from './table-service'

export interface DatasetInfo {
  id: string
  name: string
  title: string | null
  wave: string | null
  rows: number
  fileName: string | null
  importedAt: string
  recipeVersion: number
  recipes: { version: number; steps: unknown[]; createdAt: string; createdBy: string | null }[]
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

function datasets(ctx: Ctx): DatasetInfo[] {
  const db = ctx.project.sqlite
  const rows = db
    .prepare('SELECT id, name, title, wave, row_count, file_name, imported_at, recipe_version FROM datasets WHERE deleted_at IS NULL ORDER BY name')
    .all() as { id: string; name: string; title: string | null; wave: string | null; row_count: number; file_name: string | null; imported_at: string; recipe_version: number }[]
  const recipes = db.prepare('SELECT dataset_id, version, steps, created_at, created_by FROM recipes ORDER BY version').all() as {
    dataset_id: string
    version: number
    steps: string
    created_at: string
    created_by: string | null
  }[]
  return rows.map((d) => ({
    id: d.id,
    name: d.name,
    title: d.title,
    wave: d.wave,
    rows: d.row_count,
    fileName: d.file_name,
    importedAt: d.imported_at,
    recipeVersion: d.recipe_version,
    recipes: recipes
      .filter((r) => r.dataset_id === d.id)
      .map((r) => {
        let steps: unknown[] = []
        try {
          const parsed = JSON.parse(r.steps) as unknown
          steps = Array.isArray(parsed) ? parsed : [parsed]
        } catch {
          steps = [r.steps]
        }
        return { version: r.version, steps, createdAt: r.created_at, createdBy: r.created_by }
      })
  }))
}

/** Indicators and tables only: what the tables view and chart channels need. */
export function computeTables(ctx: Ctx, opts: { locale?: Locale; frames?: FrameProvider } = {}): { results: IndicatorResultDto[]; tables: TableModelDto[] } {
  const locale = opts.locale ?? 'it'
  const frames = cachingFrames(opts.frames ?? defaultFrameProvider(ctx))
  const results = computeIndicators(ctx, { locale, frames })
  return { results, tables: readTableDefs(ctx).map((d) => buildTable(d, results, frames, locale)) }
}

export function buildReportModel(ctx: Ctx, opts: { locale?: Locale; frames?: FrameProvider } = {}): ReportModel {
  const locale = opts.locale ?? 'it'
  const frames = cachingFrames(opts.frames ?? defaultFrameProvider(ctx))
  const results = computeIndicators(ctx, { locale, frames })
  checkCancelled(ctx)
  const tables = readTableDefs(ctx).map((d) => buildTable(d, results, frames, locale))
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
