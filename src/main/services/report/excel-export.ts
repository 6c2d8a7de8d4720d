import { msg, type Msg } from '../../../shared/messages'
import fs from 'node:fs'
import path from 'node:path'
import type ExcelJS from 'exceljs'
import { newWorkbook } from '../excel/exceljs'
import { EsitiError } from '../../../shared/errors'
import type { ExportResultDto } from '../../../shared/ipc/indicators'
import { checkCancelled, type Ctx } from '../context'
import type { FrameProvider } from '../indicators/compute-indicators'
import type { Locale } from '../indicators/labels'
import { publishFiles } from '../files/publish'
import { sheetName } from './cell-guard'
import { csvFiles, type Delimiter } from './csv-export'
import { writeDocx } from './docx/docx-export'
import { buildReportModel, type ReportModel } from './report-model'
import type { StatsRequest } from './table-builder'
import { bookText, nameFonts, type BookText } from './xlsx-book'
import { bindChart } from './xlsx-charts/bind'
import { addCharts, type SheetChart } from './xlsx-charts/package'
import { writeData, type DataIdentifiers } from './xlsx-data'
import { pseudonymiser, type IdentifierPolicy } from '../survey/export/identifiers'
import { identifierIds } from '../privacy/identifiers'
import { writeIndex, type IndexEntry } from './xlsx-index'
import { writeBreakdowns, writeIndicators, writeSdg } from './xlsx-indicators'
import { writeJoint } from './xlsx-joint'
import { writeMethods } from './xlsx-methods'
import { writeRegister } from './xlsx-register'
import { tableCaption, writeSection, type Placed } from './xlsx-section'

export interface ExportOptions {
  out: string
  /** Also write the report as a Word document here. */
  docx?: string
  csvDir?: string
  withData?: boolean
  /**
   * Identifier variables in the data sheets (e-mails, names, tax codes, respondent ids): left out
   * (default), replaced by pseudonyms for this file only, or kept when the user asks.
   */
  identifiers?: IdentifierPolicy
  locale?: Locale
  delimiter?: Delimiter
  frames?: FrameProvider
  /** Statistics for every table (intervals, tests, minimum base), on top of each table's own. */
  stats?: StatsRequest
  /** Fixed creation time (reproducible files in tests). */
  now?: Date
}

export type ExportResult = ExportResultDto

/** The folder exists and is writable, and the name has the right extension. */
export function checkTarget(out: string, ext: '.xlsx' | '.docx'): string {
  const abs = path.resolve(out)
  if (path.extname(abs).toLowerCase() !== ext) throw new EsitiError('INVALID_INPUT', 'report.badExtension', { file: out, ext })
  const dir = path.dirname(abs)
  if (!fs.existsSync(dir)) throw new EsitiError('READ_ONLY', 'report.noFolder', { file: abs })
  if (!fs.statSync(dir).isDirectory()) throw new EsitiError('READ_ONLY', 'report.notAFolder', { file: abs, folder: dir })
  try {
    fs.accessSync(dir, fs.constants.W_OK)
  } catch {
    throw new EsitiError('READ_ONLY', 'report.folderReadOnly', { file: abs })
  }
  if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) throw new EsitiError('INVALID_INPUT', 'report.targetIsFolder', { file: abs })
  return abs
}

interface Book {
  wb: ExcelJS.Workbook
  charts: SheetChart[]
}

async function buildWorkbook(model: ReportModel, opts: ExportOptions, bt: BookText, ids: DataIdentifiers, warnings: Msg[]): Promise<Book> {
  const { L } = bt
  const wb = await newWorkbook()
  const now = opts.now ?? new Date()
  Object.assign(wb, { creator: 'Esiti', lastModifiedBy: 'Esiti', created: now, modified: now, title: model.programme ?? L.index })
  const used = new Set<string>()
  const add = (name: string) => wb.addWorksheet(sheetName(name, used))
  const index = add(L.index)
  const indicators = add(L.indicators)
  const breakdowns = add(L.breakdowns)
  const entries: IndexEntry[] = [
    { kind: 'sheet', label: L.indicators, sheet: indicators.name },
    { kind: 'sheet', label: L.breakdowns, sheet: breakdowns.name }
  ]
  writeIndicators(indicators, model.results, bt)
  writeBreakdowns(breakdowns, model.results, bt)
  const placed: { ws: ExcelJS.Worksheet; p: Placed }[] = []
  const groups = model.sections.map((s) => ({ title: `${s.number}. ${s.title}`, sheet: `${s.number} ${s.title}`, tables: model.tables.filter((t) => t.sectionId === s.id) }))
  const loose = model.tables.filter((t) => !t.sectionId || !model.sections.some((s) => s.id === t.sectionId))
  if (loose.length) groups.push({ title: L.others, sheet: L.others, tables: loose })
  const print = { programme: bt.programme, pageOf: bt.t('report.print.pageOf') }
  for (const g of groups) {
    const ws = add(g.sheet)
    const p = writeSection(ws, g.title, g.tables, { L, locale: bt.locale, words: bt.words, print })
    placed.push(...p.map((x) => ({ ws, p: x })))
    entries.push({ kind: 'section', label: g.title, sheet: ws.name }, ...p.map((x) => ({ kind: 'table' as const, label: x.table.label, title: x.table.title, sheet: x.sheet, row: x.row })))
  }
  const sdg = add(L.sdg)
  writeSdg(sdg, model.sdg, bt)
  entries.push({ kind: 'sheet', label: L.sdgTitle, sheet: sdg.name })
  if (model.joint.length) {
    const ws = add(L.jointDisplays)
    const at = writeJoint(ws, model.joint, bt)
    entries.push({ kind: 'section', label: L.jointDisplays, sheet: ws.name }, ...model.joint.map((j) => ({ kind: 'table' as const, label: '', title: j.title, sheet: ws.name, row: at.get(j.id) ?? 1 })))
  }
  if (model.activities.length) {
    const ws = add(L.registerSheet)
    writeRegister(ws, model.activities, bt)
    entries.push({ kind: 'sheet', label: L.registerSheet, sheet: ws.name })
  }
  const methods = add(L.methods)
  writeMethods(methods, model, bt)
  entries.push({ kind: 'sheet', label: L.methods, sheet: methods.name })
  if (opts.withData)
    model.datasets.forEach((d, k) => {
      const ws = add(`${L.data} – ${d.name}`)
      const w = writeData(ws, d, model, `Dati_${k + 1}`, bt, ids)
      if (w.omitted.length) warnings.push(msg('report.data.identifiersOmitted', { count: w.omitted.length, names: `${d.name}: ${w.omitted.join(', ')}` }))
      if (w.hashed.length) warnings.push(msg('report.data.identifiersHashed', { count: w.hashed.length, names: `${d.name}: ${w.hashed.join(', ')}` }))
      entries.push({ kind: 'sheet', label: `${L.data} – ${d.name}`, sheet: ws.name })
    })
  writeIndex(index, entries, bt, now)
  for (const ws of wb.worksheets) if (!ws.name.startsWith(`${L.data} – `)) nameFonts(ws)
  const charts = placed.flatMap(({ ws, p }) => {
    if (!p.chart) return []
    const c = bindChart(ws, p.chart, tableCaption(p.table, L))
    return c ? [c] : []
  })
  return { wb, charts }
}

/**
 * Writes the report workbook (and optionally the Word report and CSVs): every figure numeric with a
 * number format, bases, intervals and tests where asked, an index with internal links, one sheet per
 * section with native charts bound to the tables' cells, print set-up on every sheet, provenance and
 * methods in words. Files appear all at once or not at all.
 */
export async function exportReport(ctx: Ctx, opts: ExportOptions): Promise<ExportResult> {
  const locale = opts.locale ?? 'it'
  const out = checkTarget(opts.out, '.xlsx')
  const docx = opts.docx ? checkTarget(opts.docx, '.docx') : null
  if (docx && docx === out) throw new EsitiError('INVALID_INPUT', 'report.sameTarget', { file: out })
  let csvDir: string | null = null
  if (opts.csvDir) {
    csvDir = path.resolve(opts.csvDir)
    if (!fs.existsSync(path.dirname(csvDir))) throw new EsitiError('READ_ONLY', 'report.noCsvFolder', { folder: csvDir })
  }
  ctx.progress.report('export:compute', 0, 4)
  const model = buildReportModel(ctx, { locale, frames: opts.frames, stats: opts.stats })
  const bt = bookText(locale, model.programme)
  const warnings: Msg[] = []
  checkCancelled(ctx)
  ctx.progress.report('export:workbook', 1, 4)
  const policy = opts.identifiers ?? 'omit'
  const marks = new Map<string, ReadonlySet<string>>()
  const ids: DataIdentifiers = {
    policy,
    marked: (id) => marks.get(id) ?? marks.set(id, policy === 'keep' ? new Set() : identifierIds(ctx, id)).get(id)!,
    pseudonym: policy === 'hash' ? pseudonymiser() : null
  }
  const book = await buildWorkbook(model, opts, bt, ids, warnings)
  // Fast deflate: the XML shrinks almost as much.
  const written = new Uint8Array(await book.wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }))
  const xlsx = Buffer.from(addCharts(written, book.charts))
  checkCancelled(ctx)
  const files: { path: string; data: Buffer | string }[] = [{ path: out, data: xlsx }]
  if (docx) {
    ctx.progress.report('export:docx', 2, 4)
    const doc = await writeDocx(ctx, model, bt, warnings)
    files.push({ path: docx, data: doc })
  }
  checkCancelled(ctx)
  // The CSV folder is created by publishFiles, whole, only once every file in it is written.
  if (csvDir) files.push(...csvFiles(csvDir, model.results, model.tables, bt, opts.delimiter))
  publishFiles(files)
  ctx.progress.report('export:done', 4, 4)
  return {
    file: out,
    sheets: book.wb.worksheets.length,
    tables: model.tables.length,
    charts: book.charts.length,
    ...(docx ? { docx } : {}),
    csv: files.filter((f) => f.path.endsWith('.csv')).map((f) => f.path),
    warnings
  }
}
