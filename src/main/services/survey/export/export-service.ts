import path from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import { formatMessage, type Locale, type Msg } from '../../../../shared/messages'
import type { Ctx } from '../../context'
import { loadDatasetFrame } from '../storage/store'
import { recipeSteps, resolveDataset } from '../storage/dataset-rows'
import { writeDataCsv, type CsvDialect } from './csv-export'
import { dictionaryOf, dictionaryTable } from './dictionary'
import { identifierIds } from '../../privacy/identifiers'
import { exportData } from './export-data'
import type { IdentifierPolicy } from './identifiers'
import { planSav } from './sav-variables'
import { writeSav } from './sav-writer'
import { addDictionarySheet, writeDataXlsx, writeXlsxAtomic } from './xlsx-export'

export type ExportFormat = 'xlsx' | 'csv' | 'sav'

export interface ExportOptions {
  /** Categories as their labels instead of their values (.xlsx and .csv; a .sav always has both). */
  labels?: boolean
  /** .csv only. */
  dialect?: CsvDialect
  bom?: boolean
  /** Identifier variables: left out (default), pseudonymised, or kept as they are. */
  identifiers?: IdentifierPolicy
  locale?: Locale
}

/** What an export wrote: the CLI's JSON and the window's confirmation. */
export interface ExportResult {
  dataset: string
  file: string
  format: ExportFormat
  rows: number
  /** Variables written (a multiple-response set counts once). */
  variables: number
  /** Columns in the file (a multiple-response set has one per option). */
  columns: number
  omitted: string[]
  pseudonymised: string[]
  /** What the format could not hold exactly, as messages. */
  notes: Msg[]
}

export function formatOfFile(file: string): ExportFormat {
  const ext = path.extname(file).toLowerCase()
  if (ext === '.xlsx') return 'xlsx'
  if (ext === '.csv') return 'csv'
  if (ext === '.sav') return 'sav'
  throw new EsitiError('INVALID_INPUT', 'dataExport.badExtension', { file: path.basename(file) })
}

/**
 * Writes a dataset's clean data (excluded rows left out) to .xlsx (data and dictionary sheets),
 * .csv or SPSS .sav. Nothing in the project changes.
 */
export async function exportDataset(ctx: Ctx, dataset: string, file: string, opts: ExportOptions = {}): Promise<ExportResult> {
  const format = formatOfFile(file)
  const locale = opts.locale ?? 'it'
  const identifiers = opts.identifiers ?? 'omit'
  const ds = resolveDataset(ctx, dataset)
  const data = exportData(ctx, ds.id, identifiers)
  const notes: Msg[] = []
  let columns = 0
  let written: string
  if (format === 'sav') {
    const words = { selected: formatMessage({ key: 'dataExport.selected' }, locale), notSelected: formatMessage({ key: 'dataExport.notSelected' }, locale) }
    const plan = planSav(data.variables, words)
    notes.push(...plan.notes)
    columns = plan.variables.length
    const documents = [formatMessage({ key: 'dataExport.sav.document', params: { dataset: data.dataset, version: data.recipeVersion, date: new Date().toISOString().slice(0, 10) } }, 'en')]
    written = writeSav(file, plan, data.rows, { fileLabel: data.dataset, documents })
  } else {
    const all = loadDatasetFrame(ctx, ds.id).variables
    const table = dictionaryTable(dictionaryOf(all, recipeSteps(ctx.project, ds), identifiers, identifierIds(ctx, ds.id)), locale)
    columns = data.variables.reduce((n, v) => n + (v.meta.type === 'multi' ? (v.meta.options ?? []).length : 1), 0)
    if (format === 'xlsx') written = await writeDataXlsx(file, data, table, { labels: !!opts.labels, locale })
    else {
      writeDataCsv(file, data, { labels: !!opts.labels, dialect: opts.dialect ?? 'standard', bom: !!opts.bom })
      written = path.resolve(file)
    }
  }
  return {
    dataset: data.dataset,
    file: written,
    format,
    rows: data.rows,
    variables: data.variables.length,
    columns,
    omitted: data.omitted,
    pseudonymised: data.variables.filter((v) => v.hashed).map((v) => v.meta.name),
    notes
  }
}

/** The data dictionary alone, as a workbook: name, label, type, values, missing codes, steps. */
export async function exportDictionary(
  ctx: Ctx,
  dataset: string,
  file: string,
  opts: { locale?: Locale; identifiers?: IdentifierPolicy } = {}
): Promise<{ dataset: string; file: string; variables: number }> {
  if (path.extname(file).toLowerCase() !== '.xlsx') throw new EsitiError('INVALID_INPUT', 'dataExport.dictionaryExtension', { file: path.basename(file) })
  const locale = opts.locale ?? 'it'
  const ds = resolveDataset(ctx, dataset)
  const all = loadDatasetFrame(ctx, ds.id).variables
  const entries = dictionaryOf(all, recipeSteps(ctx.project, ds), opts.identifiers ?? 'omit', identifierIds(ctx, ds.id))
  const written = await writeXlsxAtomic(file, async (wb) => addDictionarySheet(wb, formatMessage({ key: 'dataExport.sheet.dictionary' }, locale), dictionaryTable(entries, locale)))
  return { dataset: ds.name, file: written, variables: entries.length }
}
