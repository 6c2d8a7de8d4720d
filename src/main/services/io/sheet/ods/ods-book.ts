import { LIMITS } from '../../limits'
import { basename } from 'node:path'
import { EsitiError } from '../../../../../shared/errors'
import { msg, type Msg } from '../../../../../shared/messages'
import { DEFAULT_MAX_CELLS } from '../grid-builder'
import type { ReadOptions, SheetGrid, WorkbookInfo } from '../types'
import { ZipArchive } from '../../zip-archive'
import { OdsScanner } from './ods-scanner'

/** Inflated bytes of content.xml: the same budget as one .xlsx worksheet. */
const CONTENT_MAX = LIMITS.sheetPartBytes.value
const SMALL_PART_MAX = 64 * 1024 * 1024

/**
 * Reads an OpenDocument spreadsheet (.ods, LibreOffice and others): content.xml is streamed once
 * through the zip reader's budgets. Without a sheet name it proposes the first visible table with
 * data, as for .xlsx.
 */
export async function readOds(file: string, opts: ReadOptions): Promise<{ info: WorkbookInfo; grid: SheetGrid; proposed: 'visible' | 'hidden' | 'empty' }> {
  const zip = await ZipArchive.open(file)
  try {
    const content = zip.resolve('content.xml')
    if (!content) throw new EsitiError('CORRUPT_FILE', 'formats.ods.noContent', { file: basename(file) })
    const manifest = zip.resolve('META-INF/manifest.xml')
    if (manifest && /encryption-data/.test(await zip.readText(manifest, { maxBytes: SMALL_PART_MAX, signal: opts.signal })))
      throw new EsitiError('ENCRYPTED_FILE', 'formats.encryptedWorkbook', { file: basename(file) })
    const scanner = new OdsScanner(opts.sheet === undefined ? 'auto' : { name: opts.sheet }, opts.maxCells ?? DEFAULT_MAX_CELLS, file)
    const total = zip.compressedSize(content)
    for await (const chunk of zip.inflate(content, { maxBytes: CONTENT_MAX, limit: LIMITS.sheetPartBytes, signal: opts.signal, onProgress: (d) => opts.onProgress?.(d, total) })) scanner.push(chunk)
    scanner.finish()
    const info: WorkbookInfo = {
      format: 'ods',
      sheets: scanner.tables.map((t, index) => ({ name: t.name, index, state: t.hidden ? 'hidden' : 'visible' })),
      date1904: false
    }
    const named = opts.sheet === undefined ? null : scanner.tables.find((t) => t.grid && t.name === opts.sheet) ?? scanner.tables.find((t) => t.grid)
    const kept = named ?? scanner.tables.find((t) => t.grid && t.hasData) ?? scanner.tables.find((t) => t.grid)
    if (!kept?.grid) {
      if (opts.sheet !== undefined)
        throw new EsitiError('NOT_FOUND', 'formats.sheetNotFound', { sheet: opts.sheet, file: basename(file), sheets: info.sheets.map((x) => x.name).join(', ') })
      throw new EsitiError('INVALID_INPUT', 'formats.ods.noTables', { file: basename(file) })
    }
    const grid = kept.grid.finish()
    return { info, grid, proposed: opts.sheet !== undefined ? 'visible' : !kept.hasData ? 'empty' : kept.hidden ? 'hidden' : 'visible' }
  } finally {
    zip.close()
  }
}

/** Table names and visibility only (the import dialog's sheet list). */
export async function inspectOds(file: string): Promise<WorkbookInfo> {
  const zip = await ZipArchive.open(file)
  try {
    const content = zip.resolve('content.xml')
    if (!content) throw new EsitiError('CORRUPT_FILE', 'formats.ods.noContent', { file: basename(file) })
    const scanner = new OdsScanner('none', DEFAULT_MAX_CELLS, file)
    for await (const chunk of zip.inflate(content, { maxBytes: CONTENT_MAX, limit: LIMITS.sheetPartBytes })) scanner.push(chunk)
    scanner.finish()
    return { format: 'ods', sheets: scanner.tables.map((t, index) => ({ name: t.name, index, state: t.hidden ? 'hidden' : 'visible' })), date1904: false }
  } finally {
    zip.close()
  }
}

/** The warning for a proposal that fell back to a hidden table or found no data. */
export function proposalWarning(proposed: 'visible' | 'hidden' | 'empty', sheet: string): Msg | null {
  if (proposed === 'hidden') return msg('formats.hiddenSheetRead', { sheet })
  if (proposed === 'empty') return msg('formats.noSheetData')
  return null
}
