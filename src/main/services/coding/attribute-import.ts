import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { msg, type Msg } from '../../../shared/messages'
import type { AttributeType, CaseImportResultDto } from '../../../shared/ipc/coding'
import { mutate } from '../../db/op-log'
import type { Ctx } from '../context'
import { readTable, type CellValue } from '../io/table'
import { createAttributeRow, listAttributes, normaliseValue, writeCaseValue } from './attributes'
import { createCaseRow, findCaseId } from './cases'
import { readingAs } from '../../files/wrong-kind'

type Cell = CellValue

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
  const table = await readingAs(file, 'spreadsheet', () => readTable(file, { sheet: opts.sheet, signal: ctx.progress.signal }))
  if (table.rows.length === 0) throw new EsitiError('INVALID_INPUT', 'coding.importNoCases', { file: name })
  const header = table.header
  const columns = header.map((h, i) => ({ name: h, index: i })).slice(1).filter((c) => c.name !== '')
  if (columns.length === 0) throw new EsitiError('INVALID_INPUT', 'coding.importNoAttributes', { file: name })
  const dupCol = columns.find((c, i) => columns.findIndex((d) => d.name === c.name) !== i)
  if (dupCol) throw new EsitiError('INVALID_INPUT', 'coding.importAttributeTwice', { file: name, name: dupCol.name })
  const body = table.rows.map((r) => r.cells)
  const rowOf = table.rows.map((r) => r.row)
  // The sheet reader's notes are still English sentences (io area): carried as they are.
  const warnings: Msg[] = [...table.warnings]
  const existing = new Map(listAttributes(ctx.project).map((a) => [a.name, a]))
  const types = new Map(columns.map((c) => [c.name, existing.get(c.name) ?? { name: c.name, ...inferType(body.map((r) => r[c.index] ?? null)) }]))
  // Check every value before writing anything, to report the first bad cell precisely.
  body.forEach((r, i) => {
    for (const c of columns)
      try {
        normaliseValue(types.get(c.name)!, r[c.index] ?? null)
      } catch (e) {
        if (!(e instanceof EsitiError)) throw e
        throw new EsitiError('INVALID_INPUT', 'coding.importBadValue', { file: name, row: rowOf[i], problem: e.msg })
      }
  })
  const result: CaseImportResultDto = { file: name, casesCreated: 0, casesUpdated: 0, attributesCreated: [], values: 0, warnings }
  mutate(ctx.project, { actor: ctx.actor, kind: 'cases.import', summary: msg('coding.op.importAttributes', { file: name }) }, (w) => {
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
        warnings.push(msg('coding.importRowNoCase', { row: rowOf[i] }))
        return
      }
      if (seen.has(caseName)) warnings.push(msg('coding.importCaseTwice', { name: caseName }))
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
