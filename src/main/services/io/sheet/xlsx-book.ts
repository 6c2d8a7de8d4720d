import { basename } from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import { CellValues } from './cell-values'
import { DEFAULT_MAX_CELLS, GridBuilder } from './grid-builder'
import { sharedStringsOf } from './shared-strings-thread'
import { throwIfCancelled } from '../cancel'
import type { Utf8TextTable } from './utf8-texts'
import { SheetScanner } from './sheet-scanner'
import type { ReadOptions, SheetGrid, SheetInfo, WorkbookInfo } from './types'
import { parseComments, parseDateStyles, parseRels, parseWorkbook, relsPathFor, resolveTarget, type Relationship } from './xlsx-parts'
import { LIMITS } from '../limits'
import type { XmlSource } from '../xml'
import { ZipArchive } from '../zip-archive'
import { msg, type Msg } from '../../../../shared/messages'

const DIMENSION_PEEK = 64 * 1024

/** Why a zip without a workbook part is not readable, in the user's terms. */
function missingWorkbook(zip: ZipArchive): EsitiError {
  const name = basename(zip.file)
  const has = (n: string): boolean => zip.resolve(n) !== undefined
  if (has('mimetype') || has('content.xml'))
    return new EsitiError('UNSUPPORTED_FILE', 'survey.read.ods', { file: name })
  if (has('word/document.xml'))
    return new EsitiError('UNSUPPORTED_FILE', 'formats.wrongKind', { file: name, kind: msg('formats.kind.docx') })
  if (has('ppt/presentation.xml'))
    return new EsitiError('UNSUPPORTED_FILE', 'formats.wrongKind', { file: name, kind: msg('formats.kind.pptx') })
  if (has('xl/workbook.bin'))
    return new EsitiError('UNSUPPORTED_FILE', 'survey.read.xlsb', { file: name })
  if (has('Index/Document.iwa') || zip.names.some((n) => n.startsWith('Index/')))
    return new EsitiError('UNSUPPORTED_FILE', 'survey.read.numbers', { file: name })
  if (zip.names.some((n) => n.startsWith('xl/')))
    return new EsitiError('CORRUPT_FILE', 'survey.read.noWorkbookPart', { file: name })
  return new EsitiError('UNSUPPORTED_FILE', 'survey.read.otherZip', { file: name })
}

const byType = (rels: Map<string, Relationship>, suffix: string): Relationship | undefined =>
  [...rels.values()].find((r) => r.type.endsWith(suffix))

/** An open .xlsx package: sheet list, date system and, once needed, styles and shared strings. */
export class XlsxBook {
  private sst: Utf8TextTable | null = null
  private dateStyles: Uint8Array | null = null
  private readonly warnings: Msg[] = []

  private constructor(
    private readonly zip: ZipArchive,
    readonly info: WorkbookInfo,
    private readonly sheetParts: (string | undefined)[],
    private readonly rels: Map<string, Relationship>,
    private readonly workbookPart: string
  ) {}

  static async open(file: string, signal?: AbortSignal): Promise<XlsxBook> {
    const zip = await ZipArchive.open(file, { what: 'xlsx' })
    try {
      let workbookPart = 'xl/workbook.xml'
      const rootRels = zip.resolve('_rels/.rels')
      if (rootRels) {
        const office = byType(parseRelsSafe(await zip.readText(rootRels, { signal }), { file, part: rootRels }), '/officeDocument')
        if (office) workbookPart = resolveTarget('', office.target)
      }
      const wbName = zip.resolve(workbookPart) ?? zip.resolve('xl/workbook.xml')
      if (!wbName) throw missingWorkbook(zip)
      let wb: ReturnType<typeof parseWorkbook>
      try {
        wb = parseWorkbook(await zip.readText(wbName, { signal }), { file, part: wbName })
      } catch (err) {
        if (err instanceof EsitiError) throw err
        throw new EsitiError('CORRUPT_FILE', 'survey.read.badWorkbookXml', { file: basename(file), detail: (err as Error).message })
      }
      const relsName = zip.resolve(relsPathFor(wbName))
      const rels = relsName ? parseRelsSafe(await zip.readText(relsName, { signal }), { file, part: relsName }) : new Map<string, Relationship>()
      const sheetParts = wb.sheets.map((s, i) => {
        const rel = rels.get(s.relId)
        return zip.resolve(rel ? resolveTarget(wbName, rel.target) : `xl/worksheets/sheet${i + 1}.xml`)
      })
      const sheets: SheetInfo[] = wb.sheets.map((s, index) => ({ name: s.name, index, state: s.state }))
      const info: WorkbookInfo = { format: 'xlsx', sheets, date1904: wb.date1904 }
      return new XlsxBook(zip, info, sheetParts, rels, wbName)
    } catch (err) {
      zip.close()
      throw err
    }
  }

  close(): void {
    // The grids read hold their own copies of the texts (GridBuilder.finish): the table goes at once.
    this.sst?.release()
    this.sst = null
    this.zip.close()
  }

  /** Reads the head of every sheet part for its `<dimension ref>`. */
  async peekDimensions(signal?: AbortSignal): Promise<void> {
    for (const sheet of this.info.sheets) {
      const part = this.sheetParts[sheet.index]
      if (!part) continue
      let head = ''
      for await (const chunk of this.zip.inflate(part, { limit: LIMITS.sheetPartBytes, signal })) {
        head += chunk.toString('latin1', 0, Math.min(chunk.length, DIMENSION_PEEK - head.length))
        if (head.length >= DIMENSION_PEEK || /<(?:\w+:)?sheetData\b/.test(head)) break
      }
      const m = /<(?:\w+:)?dimension\s[^>]*?ref\s*=\s*["']([^"']+)["']/.exec(head)
      if (m) sheet.dimension = m[1]
    }
  }

  async readGrid(index: number, opts: ReadOptions): Promise<SheetGrid> {
    const sheet = this.info.sheets[index]
    const grid = new GridBuilder(sheet.name, this.zip.file, opts.maxCells ?? DEFAULT_MAX_CELLS)
    const part = this.sheetParts[index]
    if (!part) {
      grid.warn(msg('survey.read.noDataPart', { sheet: sheet.name }))
      return grid.finish()
    }
    // Progress covers the shared strings (once per book) and the sheet, read at the same time.
    const sstPart = this.sst ? undefined : this.partFor('/sharedStrings', 'xl/sharedStrings.xml')
    const sstSize = sstPart ? this.zip.compressedSize(sstPart) : 0
    const total = sstSize + this.zip.compressedSize(part)
    const report = opts.onProgress
    let sstDone = 0
    let sheetDone = 0
    await this.loadStyles(opts.signal)
    for (const w of this.warnings) grid.warn(w)
    const values = new CellValues(grid, this.sst, this.dateStyles ?? new Uint8Array(0), this.info.date1904)
    const scanner = new SheetScanner(grid, values, this.zip.file)
    // The first sheet read starts the shared strings (in a worker when large) and is scanned meanwhile:
    // its cells keep their string indices until the table is there (GridBuilder.resolveSharedStrings).
    const stop = new AbortController()
    const onCancel = (): void => stop.abort()
    opts.signal?.addEventListener('abort', onCancel, { once: true })
    let sstError: unknown = null
    const sst = this.sst
      ? null
      : sharedStringsOf(this.zip, sstPart, {
          signal: stop.signal,
          onProgress: report && ((done) => report((sstDone = done) + sheetDone, total))
        }).catch((err: unknown) => {
          sstError = err
          stop.abort()
          return null
        })
    try {
      const onProgress = report && ((done: number) => report(sstDone + (sheetDone = done), total))
      for await (const chunk of this.zip.inflate(part, { limit: LIMITS.sheetPartBytes, signal: stop.signal, onProgress })) scanner.push(chunk)
      scanner.finish()
      if (sst) {
        const table = await sst
        if (!table) throw sstError
        this.sst = table
        grid.resolveSharedStrings(table, values.maxSharedIndex)
      }
    } catch (err) {
      // The first failure is the one to tell: a damaged shared strings part stops the scan (which then
      // reports CANCELLED), a damaged sheet stops the worker; the user's own cancel is CANCELLED.
      const first = sstError
      stop.abort()
      await sst
      throwIfCancelled(opts.signal)
      throw first ?? err
    } finally {
      opts.signal?.removeEventListener('abort', onCancel)
    }
    if (scanner.dimension) sheet.dimension = scanner.dimension
    await this.readComments(part, grid, opts.signal)
    return grid.finish()
  }

  /** The sheet's cell comments (kept with the import as notes); a damaged part is left out, with a warning. */
  private async readComments(sheetPart: string, grid: GridBuilder, signal?: AbortSignal): Promise<void> {
    const relsName = this.zip.resolve(relsPathFor(sheetPart))
    if (!relsName) return
    try {
      const rels = parseRels(await this.zip.readText(relsName, { signal }), { file: this.zip.file, part: relsName })
      const rel = byType(rels, '/comments')
      const part = rel && this.zip.resolve(resolveTarget(sheetPart, rel.target))
      if (!part) return
      grid.comments = parseComments(await this.zip.readText(part, { signal }), { file: this.zip.file, part }).slice(0, 100_000)
    } catch (err) {
      if (err instanceof EsitiError && err.code !== 'CORRUPT_FILE') throw err
      grid.warn(msg('survey.read.badComments'))
    }
  }

  /** A workbook-level part by relationship type, else at its usual place. */
  private partFor(typeSuffix: string, fallback: string): string | undefined {
    const rel = byType(this.rels, typeSuffix)
    return this.zip.resolve(rel ? resolveTarget(this.workbookPart, rel.target) : fallback) ?? this.zip.resolve(fallback)
  }

  /** The date formats of the styles part (once per book); damaged styles only cost the date formats. */
  private async loadStyles(signal?: AbortSignal): Promise<void> {
    if (this.dateStyles) return
    const stylesPart = this.partFor('/styles', 'xl/styles.xml')
    let styles: Uint8Array = new Uint8Array(0)
    if (stylesPart) {
      try {
        styles = parseDateStyles(await this.zip.readText(stylesPart, { signal }), { file: this.zip.file, part: stylesPart })
      } catch (err) {
        // A limit or a cancel still stops the read.
        if (err instanceof EsitiError && err.code !== 'CORRUPT_FILE') throw err
        this.warnings.push(msg('survey.read.badStyles'))
      }
    }
    this.dateStyles = styles
  }
}

function parseRelsSafe(xml: string, src: XmlSource): Map<string, Relationship> {
  try {
    return parseRels(xml, src)
  } catch (err) {
    if (err instanceof EsitiError && err.code !== 'CORRUPT_FILE') throw err
    return new Map()
  }
}
