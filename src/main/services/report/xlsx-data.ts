import type ExcelJS from 'exceljs'
import type { CleanValue } from '../survey/frame'
import { isIdentifier, type IdentifierPolicy } from '../survey/export/identifiers'
import { guardText } from './cell-guard'
import type { DatasetInfo, ReportModel } from './report-model'
import { freeze, printText, type BookText } from './xlsx-book'
import { printSetup } from './xlsx-print'

/** Notes on cells are for reading, not for listing: after this many, the header's note counts the rest. */
const MAX_CELL_NOTES = 200

/** What the data sheets do with variables that identify people (issue 17): left out unless asked. */
export interface DataIdentifiers {
  policy: IdentifierPolicy
  /** Variable ids privacy marked as direct identifiers, by dataset id. */
  marked: (datasetId: string) => ReadonlySet<string>
  /** One pseudonymiser for the whole workbook (policy 'hash'): equal values, equal pseudonyms. */
  pseudonym: ((v: string | number) => string) | null
}

/** The variables a data sheet writes, and those it leaves out or hashes, by the policy. */
export function dataVariables(
  frame: { id?: string; variables: { id: string; name: string; type: string }[] },
  datasetId: string,
  ids: DataIdentifiers
): { keep: string[]; omitted: string[]; hashed: Set<string> } {
  const marked = ids.marked(datasetId)
  const keep: string[] = []
  const omitted: string[] = []
  const hashed = new Set<string>()
  for (const v of frame.variables) {
    const id = isIdentifier(v as { id: string; type: 'id' }, marked)
    if (id && ids.policy === 'omit') omitted.push(v.name)
    else {
      keep.push(v.name)
      if (id && ids.policy === 'hash') hashed.add(v.name)
    }
  }
  return { keep, omitted, hashed }
}

/**
 * The clean data of one dataset (with its waves) as an Excel table with filters. A number that is
 * not finite (a division by zero in a computed variable) is written as an empty cell with a note:
 * `<v>Infinity</v>` is not a number Excel or openpyxl accept. Identifier variables (e-mails, names,
 * tax codes, respondent ids) are left out or hashed unless the user asked to keep them; the header
 * says which.
 */
export function writeData(ws: ExcelJS.Worksheet, d: DatasetInfo, model: ReportModel, tableName: string, bt: BookText, ids: DataIdentifiers): { omitted: string[]; hashed: string[] } {
  const frame = model.frames(d.name, 'clean')
  const chosen = dataVariables(frame, d.id, ids)
  const vars = frame.variables.filter((v) => chosen.keep.includes(v.name))
  const columns = vars.map((v) => {
    const col = frame.column(v.name)
    const hash = ids.pseudonym
    if (!chosen.hashed.has(v.name) || !hash) return col
    return col.map((x) => (x === null || Array.isArray(x) || typeof x === 'boolean' ? x : hash(x)))
  })
  const used = new Set<string>()
  const names = vars.map((v) => {
    let n = guardText(v.name)
    for (let k = 2; used.has(n.toLowerCase()); k++) n = `${guardText(v.name)}_${k}`
    used.add(n.toLowerCase())
    return n
  })
  const bad: { row: number; col: number; value: number }[] = []
  const cellValue = (v: CleanValue, row: number, col: number): string | number | boolean | null => {
    if (v === null) return null
    if (Array.isArray(v)) return guardText(v.join('; '))
    if (typeof v === 'string') return guardText(v)
    if (typeof v === 'number' && !Number.isFinite(v)) return bad.push({ row, col, value: v }), null
    return v
  }
  const rows: (string | number | boolean | null)[][] = new Array(frame.rowCount)
  for (let i = 0; i < frame.rowCount; i++) rows[i] = columns.map((c, k) => cellValue(c[i], i, k))
  ws.addTable({
    name: tableName,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows: rows.length ? rows : [names.map(() => null)]
  })
  for (const b of bad.slice(0, MAX_CELL_NOTES)) ws.getCell(b.row + 2, b.col + 1).note = bt.t('report.data.nonFinite', { value: String(b.value) })
  const notes: string[] = []
  if (bad.length) notes.push(bt.t('report.data.nonFiniteTotal', { count: bad.length }))
  if (chosen.omitted.length) notes.push(bt.t('report.data.identifiersOmitted', { count: chosen.omitted.length, names: chosen.omitted.join(', ') }))
  if (chosen.hashed.size) notes.push(bt.t('report.data.identifiersHashed', { count: chosen.hashed.size, names: [...chosen.hashed].join(', ') }))
  if (notes.length) ws.getCell(1, 1).note = notes.join('\n')
  freeze(ws, 1, 1)
  vars.forEach((v, k) => (ws.getColumn(k + 1).width = Math.min(Math.max(v.name.length + 4, 10), 30)))
  printSetup(ws, { ...printText(bt), columns: vars.length, titleRows: '1:1' })
  return { omitted: chosen.omitted, hashed: [...chosen.hashed] }
}
