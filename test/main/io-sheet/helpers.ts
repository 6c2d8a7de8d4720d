import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync, type Zippable } from 'fflate'
import { StreamingZipWriter } from '../../../src/main/services/io/sheet/zip-writer'
import { CellKind, cellText as textAt, columnTexts, type ColumnCells, type SheetGrid } from '../../../src/main/services/io/sheet/types'
import { SHARED_FIXTURES } from '../../support/shared-fixtures'
import { TextList } from '../../../src/main/services/io/sheet/utf8-texts'

export const CORPUS = join(SHARED_FIXTURES, 'xlsx-corpus')

export function tempDir(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'esiti-read-'))
  return { dir, file: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export interface PackageSheet {
  name: string
  xml: string
  state?: 'hidden' | 'veryHidden'
}

/** The text parts of a minimal hand-written .xlsx package (workbook, rels, optional styles and shared strings). */
function packageParts(sheets: PackageSheet[], opts: { sharedStrings?: string; styles?: string; date1904?: boolean }): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${NS}" xmlns:r="${REL}"><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  }
  sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml))
  if (opts.styles) parts['xl/styles.xml'] = opts.styles
  if (opts.sharedStrings) parts['xl/sharedStrings.xml'] = opts.sharedStrings
  return parts
}

/** Writes a hand-made package (native deflate, so multi-megabyte sheets are quick to build). */
export function writePackage(file: string, sheets: PackageSheet[], opts: { sharedStrings?: string; styles?: string; date1904?: boolean } = {}): void {
  const zip = new StreamingZipWriter(file, 1)
  for (const [name, text] of Object.entries(packageParts(sheets, opts))) zip.file(name, text)
  zip.close()
}

/** Same package through fflate, with extra raw entries (hostile names, odd contents). */
export function writeZip(file: string, entries: Record<string, string | Uint8Array>): void {
  const files: Zippable = {}
  for (const [name, data] of Object.entries(entries)) files[name] = typeof data === 'string' ? strToU8(data) : data
  writeFileSync(file, zipSync(files, { level: 1 }))
}

export function packageEntries(sheets: PackageSheet[], opts: { sharedStrings?: string; styles?: string } = {}): Record<string, string> {
  return packageParts(sheets, opts)
}

export const sheetXml = (body: string, extra = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${body}</sheetData>${extra}</worksheet>`

/** Styles where s="1" is a date (built-in 14) and s="2" a custom date-time format. */
export const DATE_STYLES = `<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`

/** Text of the cell, or null. */
export function cellText(grid: SheetGrid, r: number, c: number): string | null {
  const col = grid.columns[c]
  return col && r < col.codes.length ? textAt(col, r) : null
}

export function cellKind(grid: SheetGrid, r: number, c: number): CellKind {
  return (grid.columns[c]?.kind[r] ?? CellKind.Empty) as CellKind
}

export function cellNum(grid: SheetGrid, r: number, c: number): number {
  return grid.columns[c]?.num[r] ?? NaN
}

/** A SheetGrid from rows of literal values (strings → Text, numbers → Number, null → empty), for layout tests. */
export function gridFromRows(rows: (string | number | null)[][], merges: SheetGrid['merges'] = []): SheetGrid {
  const rowCount = rows.length
  const colCount = Math.max(0, ...rows.map((r) => r.length))
  const columns: ColumnCells[] = []
  for (let c = 0; c < colCount; c++) {
    const strings: (string | null)[] = [null]
    const col: ColumnCells = { kind: new Uint8Array(rowCount), codes: new Uint16Array(rowCount), strings: TextList.empty, num: new Float64Array(rowCount).fill(NaN) }
    rows.forEach((row, r) => {
      const v = row[c]
      if (typeof v === 'number') {
        col.kind[r] = CellKind.Number
        col.num[r] = v
      } else if (typeof v === 'string' && v !== '') {
        col.kind[r] = CellKind.Text
        col.codes[r] = strings.push(v) - 1
      }
    })
    col.strings = TextList.of(strings)
    columns.push(col)
  }
  return { name: 'test', rowCount, colCount, columns, merges, warnings: [] }
}

/** Rows of a grid as arrays of text (null for empty), for compact assertions. */
export function gridRows(grid: SheetGrid): (string | null)[][] {
  const out: (string | null)[][] = []
  const texts = grid.columns.map((c) => columnTexts(c))
  for (let r = 0; r < grid.rowCount; r++) out.push(texts.map((t) => t[r]))
  return out
}
