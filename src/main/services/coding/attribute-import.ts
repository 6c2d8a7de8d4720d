import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { EsitiError } from '../../../shared/errors'
import type { AttributeType, CaseImportResultDto } from '../../../shared/ipc/coding'
import { mutate } from '../../db/op-log'
import type { Ctx } from '../context'
import { decodeTextBytes } from '../transcripts/decode-text'
import { createAttributeRow, listAttributes, normaliseValue, writeCaseValue } from './attributes'
import { createCaseRow, findCaseId } from './cases'

type Cell = string | number | boolean | Date | null
const MAX_BYTES = 20 * 1024 * 1024

/** Splits CSV text (RFC 4180 quotes; delimiter ; , or tab, whichever the header line uses most). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.split('\n', 1)[0]
  const delim = [';', ',', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === delim) {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
    if ('result' in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null)
    if ('text' in v) return String((v as { text: unknown }).text)
    if ('error' in v) return null
  }
  return String(v)
}

async function readTable(file: string, sheet?: string): Promise<Cell[][]> {
  const name = path.basename(file)
  let bytes: Buffer
  try {
    if (fs.statSync(file).size > MAX_BYTES) throw new EsitiError('TOO_LARGE', `${name} is too large for an attribute table.`)
    bytes = fs.readFileSync(file)
  } catch (e) {
    if (e instanceof EsitiError) throw e
    throw new EsitiError('NOT_FOUND', `File not found: ${file}`)
  }
  const ext = path.extname(file).toLowerCase()
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return parseCsv(decodeTextBytes(bytes, name).text.replace(/^\uFEFF/, ''))
  if (ext !== '.xlsx') throw new EsitiError('UNSUPPORTED_FILE', `${name}: use an .xlsx or .csv file.`)
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (e) {
    throw new EsitiError('CORRUPT_FILE', `${name} is damaged or not an Excel workbook (${(e as Error).message}).`)
  }
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0]
  if (!ws) throw new EsitiError('NOT_FOUND', sheet ? `${name} has no sheet "${sheet}".` : `${name} has no sheets.`)
  const out: Cell[][] = []
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: Cell[] = []
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellValue(row.getCell(c).value))
    out.push(cells)
  })
  return out
}

const BOOL = new Set(['sì', 'si', 'no', 'yes', 'true', 'false', 'vero', 'falso'])

/** The type a new attribute gets from its column: yes/no, number, date, a few repeated values (category), or text. */
export function inferType(values: Cell[]): { type: AttributeType; choices: string[] | null } {
  const vals = values.filter((v) => v !== null && String(v).trim() !== '')
  if (vals.length === 0) return { type: 'text', choices: null }
  if (vals.every((v) => typeof v === 'boolean' || BOOL.has(String(v).trim().toLowerCase()))) return { type: 'boolean', choices: null }
  if (vals.every((v) => typeof v === 'number' || /^-?\d+([.,]\d+)?$/.test(String(v).trim()))) return { type: 'number', choices: null }
  if (vals.every((v) => v instanceof Date || /^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/.test(String(v).trim())))
    return { type: 'date', choices: null }
  const distinct = [...new Set(vals.map((v) => String(v).trim()))]
  if (distinct.length <= 12 && distinct.length < vals.length) return { type: 'category', choices: distinct.sort((a, b) => a.localeCompare(b, 'it')) }
  return { type: 'text', choices: null }
}

/**
 * Imports case attributes from a table whose first column holds case names and whose header row
 * holds attribute names. Missing cases and attributes are created; all or nothing.
 */
export async function importCaseAttributes(ctx: Ctx, file: string, opts: { sheet?: string } = {}): Promise<CaseImportResultDto> {
  const name = path.basename(file)
  const table = (await readTable(file, opts.sheet)).filter((r) => r.some((c) => c !== null && String(c).trim() !== ''))
  if (table.length < 2) throw new EsitiError('INVALID_INPUT', `${name} needs a header row and at least one case.`)
  const header = table[0].map((h) => (h === null ? '' : String(h).trim()))
  const columns = header.map((h, i) => ({ name: h, index: i })).slice(1).filter((c) => c.name !== '')
  if (columns.length === 0) throw new EsitiError('INVALID_INPUT', `${name}: the header row has no attribute names after the first column.`)
  const dupCol = columns.find((c, i) => columns.findIndex((d) => d.name === c.name) !== i)
  if (dupCol) throw new EsitiError('INVALID_INPUT', `${name}: the attribute "${dupCol.name}" appears twice in the header.`)
  const body = table.slice(1)
  const warnings: string[] = []
  const existing = new Map(listAttributes(ctx.project).map((a) => [a.name, a]))
  const types = new Map(columns.map((c) => [c.name, existing.get(c.name) ?? { name: c.name, ...inferType(body.map((r) => r[c.index] ?? null)) }]))
  // Check every value before writing anything, to report the first bad cell precisely.
  body.forEach((r, i) => {
    for (const c of columns)
      try {
        normaliseValue(types.get(c.name)!, r[c.index] ?? null)
      } catch (e) {
        throw new EsitiError('INVALID_INPUT', `${name}, row ${i + 2}: ${(e as Error).message}`)
      }
  })
  const result: CaseImportResultDto = { file: name, casesCreated: 0, casesUpdated: 0, attributesCreated: [], values: 0, warnings }
  mutate(ctx.project, { actor: ctx.actor, kind: 'cases.import', summary: `Import case attributes from ${name}` }, (w) => {
    const attrIds = new Map<string, string>()
    for (const c of columns) {
      const known = existing.get(c.name)
      if (known) attrIds.set(c.name, known.id)
      else {
        const t = types.get(c.name)!
        attrIds.set(c.name, createAttributeRow(w, { name: c.name, type: t.type, choices: t.choices }))
        result.attributesCreated.push(c.name)
      }
    }
    const seen = new Set<string>()
    body.forEach((r, i) => {
      const caseName = r[0] === null ? '' : String(r[0]).replace(/\s+/g, ' ').trim()
      if (!caseName) {
        warnings.push(`Row ${i + 2} has no case name: skipped.`)
        return
      }
      if (seen.has(caseName)) warnings.push(`Case "${caseName}" appears more than once: the last row wins.`)
      seen.add(caseName)
      let caseId = findCaseId(w.project, caseName)
      if (caseId) result.casesUpdated++
      else {
        caseId = createCaseRow(w, { name: caseName })
        result.casesCreated++
      }
      for (const c of columns) {
        writeCaseValue(w, caseId, attrIds.get(c.name)!, r[c.index] ?? null)
        if (r[c.index] !== null && String(r[c.index]).trim() !== '') result.values++
      }
    })
  })
  return result
}
