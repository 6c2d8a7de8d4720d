import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { EsitiError } from '../../../shared/errors'
import type { ExportResultDto, TableModelDto } from '../../../shared/ipc/indicators'
import { checkCancelled, type Ctx } from '../context'
import type { FrameProvider } from '../indicators/compute-indicators'
import { labels, type Locale } from '../indicators/labels'
import { writeFilesAtomically } from './atomic-write'
import { sheetName } from './cell-guard'
import { chartConfig } from './chart-config'
import { chartsAvailable, renderChartPng } from './chart-render'
import { csvFiles, type Delimiter } from './csv-export'
import { buildReportModel, type ReportModel } from './report-model'
import { writeIndex, type IndexEntry } from './xlsx-index'
import { writeBreakdowns, writeIndicators, writeSdg } from './xlsx-indicators'
import { writeJoint } from './xlsx-joint'
import { writeRegister } from './xlsx-register'
import { writeData, writeMethods } from './xlsx-methods'
import { CHART_PX, writeSection, type Placed } from './xlsx-section'

export interface ExportOptions {
  out: string
  csvDir?: string
  withData?: boolean
  locale?: Locale
  delimiter?: Delimiter
  frames?: FrameProvider
  /** Fixed creation time (reproducible files in tests). */
  now?: Date
}

export type ExportResult = ExportResultDto

function checkTarget(out: string): string {
  const abs = path.resolve(out)
  if (path.extname(abs).toLowerCase() !== '.xlsx') throw new EsitiError('INVALID_INPUT', `The report file must end with .xlsx: ${out}`)
  const dir = path.dirname(abs)
  if (!fs.existsSync(dir)) throw new EsitiError('READ_ONLY', `Cannot write ${abs}: the folder does not exist.`)
  if (!fs.statSync(dir).isDirectory()) throw new EsitiError('READ_ONLY', `Cannot write ${abs}: ${dir} is not a folder.`)
  try {
    fs.accessSync(dir, fs.constants.W_OK)
  } catch {
    throw new EsitiError('READ_ONLY', `Cannot write ${abs}: the folder is read-only or not permitted.`)
  }
  return abs
}

const CHARTS_IN_FLIGHT = 4

async function renderCharts(ctx: Ctx, tables: TableModelDto[], warnings: string[]): Promise<Map<string, Buffer>> {
  const images = new Map<string, Buffer>()
  const wanted = tables.filter((t) => t.chartSpec && t.chartSpec.type !== 'none')
  if (wanted.length === 0) return images
  const avail = await chartsAvailable()
  if (!avail.ok) {
    warnings.push(`Charts were not drawn: the image renderer could not load (${avail.reason}).`)
    return images
  }
  // A few charts in flight: each draws at once, and their PNG encodings overlap on worker threads.
  const inFlight = new Set<Promise<void>>()
  let failure: unknown = null
  for (let i = 0; i < wanted.length; i++) {
    checkCancelled(ctx)
    ctx.progress.report('export:charts', i, wanted.length)
    const t = wanted[i]
    const config = chartConfig(t)
    if (!config) {
      if (t.status === 'ok') warnings.push(`Table ${t.label}: no data to chart.`)
      continue
    }
    const job: Promise<void> = renderChartPng(config, CHART_PX)
      .then((png) => void images.set(t.id, png))
      .catch((e: unknown) => void (failure ??= e))
      .finally(() => inFlight.delete(job))
    inFlight.add(job)
    if (inFlight.size >= CHARTS_IN_FLIGHT) await Promise.race(inFlight)
    if (failure) break
  }
  await Promise.all(inFlight)
  if (failure) throw failure
  // Insertion order followed completion order: restore table order for stable workbooks.
  return new Map(wanted.filter((t) => images.has(t.id)).map((t) => [t.id, images.get(t.id)!]))
}

function buildWorkbook(model: ReportModel, images: Map<string, Buffer>, opts: ExportOptions, locale: Locale): ExcelJS.Workbook {
  const L = labels(locale)
  const wb = new ExcelJS.Workbook()
  const now = opts.now ?? new Date()
  Object.assign(wb, { creator: 'Esiti', lastModifiedBy: 'Esiti', created: now, modified: now, title: model.programme ?? 'Report' })
  const used = new Set<string>()
  const add = (name: string) => wb.addWorksheet(sheetName(name, used))
  const index = add(L.index)
  const indicators = add(L.indicators)
  const breakdowns = add(L.breakdowns)
  const entries: IndexEntry[] = [
    { kind: 'sheet', label: L.indicators, sheet: indicators.name },
    { kind: 'sheet', label: L.breakdowns, sheet: breakdowns.name }
  ]
  writeIndicators(indicators, model.results, L)
  writeBreakdowns(breakdowns, model.results, L)
  const placed: Placed[] = []
  const groups = model.sections.map((s) => ({ title: `${s.number}. ${s.title}`, sheet: `${s.number} ${s.title}`, tables: model.tables.filter((t) => t.sectionId === s.id) }))
  const loose = model.tables.filter((t) => !t.sectionId || !model.sections.some((s) => s.id === t.sectionId))
  if (loose.length) groups.push({ title: L.others, sheet: L.others, tables: loose })
  for (const g of groups) {
    const ws = add(g.sheet)
    const p = writeSection(wb, ws, g.title, g.tables, images, L, locale)
    placed.push(...p)
    entries.push({ kind: 'section', label: g.title, sheet: ws.name }, ...p.map((x) => ({ kind: 'table' as const, label: x.table.label, title: x.table.title, sheet: x.sheet, row: x.row })))
  }
  const sdg = add(L.sdg)
  writeSdg(sdg, model.sdg, L)
  entries.push({ kind: 'sheet', label: 'SDG', sheet: sdg.name })
  if (model.joint.length) {
    const ws = add(L.jointDisplays)
    const at = writeJoint(ws, model.joint, L, locale)
    entries.push({ kind: 'section', label: L.jointDisplays, sheet: ws.name }, ...model.joint.map((j) => ({ kind: 'table' as const, label: '', title: j.title, sheet: ws.name, row: at.get(j.id) ?? 1 })))
  }
  if (model.activities.length) {
    const ws = add(L.registerSheet)
    writeRegister(ws, model.activities, L)
    entries.push({ kind: 'sheet', label: L.registerSheet, sheet: ws.name })
  }
  const methods = add(L.methods)
  writeMethods(methods, model, L)
  entries.push({ kind: 'sheet', label: L.methods, sheet: methods.name })
  if (opts.withData)
    model.datasets.forEach((d, k) => {
      const ws = add(`${L.data} – ${d.name}`)
      writeData(ws, d, model, `Dati_${k + 1}`)
      entries.push({ kind: 'sheet', label: `${L.data} – ${d.name}`, sheet: ws.name })
    })
  writeIndex(index, model.programme, entries, L, locale, now)
  return wb
}

/**
 * Writes the report workbook (and optionally CSVs): every figure numeric with a number format, an
 * index with internal links, one sheet per section with chart images, provenance and methods. Files
 * appear all at once or not at all.
 */
export async function exportReport(ctx: Ctx, opts: ExportOptions): Promise<ExportResult> {
  const locale = opts.locale ?? 'it'
  const out = checkTarget(opts.out)
  let csvDir: string | null = null
  if (opts.csvDir) {
    csvDir = path.resolve(opts.csvDir)
    if (!fs.existsSync(path.dirname(csvDir))) throw new EsitiError('READ_ONLY', `Cannot write CSV files to ${csvDir}: the folder does not exist.`)
  }
  ctx.progress.report('export:compute', 0, 3)
  const model = buildReportModel(ctx, { locale, frames: opts.frames })
  const warnings: string[] = []
  const images = await renderCharts(ctx, model.tables, warnings)
  checkCancelled(ctx)
  ctx.progress.report('export:workbook', 2, 3)
  const wb = buildWorkbook(model, images, opts, locale)
  // Fast deflate: the XML shrinks almost as much, and the PNGs inside are compressed already.
  const buffer = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }))
  checkCancelled(ctx)
  const files: { path: string; data: Buffer | string }[] = [{ path: out, data: buffer }]
  if (csvDir) {
    try {
      fs.mkdirSync(csvDir, { recursive: true })
    } catch {
      throw new EsitiError('READ_ONLY', `Cannot create the CSV folder ${csvDir}.`)
    }
    files.push(...csvFiles(csvDir, model.results, model.tables, locale, labels(locale), opts.delimiter))
  }
  writeFilesAtomically(files)
  ctx.progress.report('export:done', 3, 3)
  return {
    file: out,
    sheets: wb.worksheets.length,
    tables: model.tables.length,
    charts: images.size,
    csv: files.slice(1).map((f) => f.path),
    warnings
  }
}
