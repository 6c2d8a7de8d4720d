import { EsitiError } from '../../../shared/errors'
import type { AttributeDto, MatrixColumnDto, MatrixDto, MatrixMeasure, MatrixRowDto, SegmentFilter } from '../../../shared/ipc/coding'
import { msg } from '../../../shared/messages'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import { listAttributes } from './attributes'
import { codeTree } from './code-tree'
import { fetchSegments, loadLabels, resolveFilter, segmentCases, type SegmentRow } from './retrieval'

/**
 * The general matrix: rows are sources, cases or the values of a case attribute; a cell counts
 * distinct units of the column's code (and, aggregated, its sub-codes) in the row — codings, coded
 * segments (one passage, whoever coded it with whichever code) or cases. Every total counts each
 * unit once, however many columns or rows it falls in. A coding belongs to its cases as retrieval
 * sees them (the source's case and every case segment it overlaps), so a cell equals the number of
 * `segments` the same attribute filter returns.
 */

export const NO_VALUE = ''

function attributeById(project: ProjectFile, id: string): AttributeDto {
  const a = listAttributes(project).find((x) => x.id === id)
  if (!a) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.attribute'), name: id })
  return a
}

/** Values in a reader's order: category choices first, numbers and dates ascending, yes before no, text alphabetically. */
export function orderValues(attr: AttributeDto, values: Iterable<string>): string[] {
  const list = [...new Set(values)]
  const choices = attr.choices ?? []
  const rank = (v: string): number => {
    const i = choices.indexOf(v)
    return i === -1 ? choices.length : i
  }
  return list.sort((a, b) => {
    if (attr.type === 'category' && rank(a) !== rank(b)) return rank(a) - rank(b)
    if (attr.type === 'number') return Number(a) - Number(b)
    if (attr.type === 'boolean') return a === b ? 0 : a === 'true' ? -1 : 1
    return a.localeCompare(b, 'it')
  })
}

/** Attribute value of every case (cases without one are absent). */
export function caseValues(project: ProjectFile, attributeId: string): Map<string, string> {
  const rows = project.sqlite
    .prepare('SELECT case_id, value FROM case_values WHERE attribute_id = ? AND value IS NOT NULL')
    .all(attributeId) as { case_id: string; value: string }[]
  return new Map(rows.map((r) => [r.case_id, r.value]))
}

/** Ids of the cases in one attribute row: those with that value, or with none for the no-value row. */
export function casesWithValue(project: ProjectFile, attributeId: string, value: string): string[] {
  const values = caseValues(project, attributeId)
  const all = (project.sqlite.prepare('SELECT id FROM cases').all() as { id: string }[]).map((r) => r.id)
  return all.filter((id) => (value === NO_VALUE ? !values.has(id) : values.get(id) === value))
}

export interface UnitMatrixOptions {
  rows: 'sources' | 'cases' | { attribute: string }
  measure: MatrixMeasure
  columns: MatrixColumnDto[]
  aggregate: boolean
  filter?: SegmentFilter
}

export function unitMatrix(ctx: Ctx, opts: UnitMatrixOptions): MatrixDto {
  const project = ctx.project
  const db = project.sqlite
  const filter = resolveFilter(project, opts.filter)
  const codings = fetchSegments(project, null, filter)
  const labels = loadLabels(project)
  const casesOf = segmentCases(project, codings, labels)
  const attr = typeof opts.rows === 'object' ? attributeById(project, opts.rows.attribute) : null
  const values = attr ? caseValues(project, attr.id) : null

  // Rows, and the row keys of one coding.
  let rows: MatrixRowDto[]
  let rowKeys: (c: SegmentRow) => string[]
  if (opts.rows === 'sources') {
    rows = (db.prepare('SELECT id, name FROM sources WHERE deleted_at IS NULL ORDER BY name').all() as MatrixRowDto[]).filter(
      (r) => !filter.sourceIds || filter.sourceIds.includes(r.id)
    )
    rowKeys = (c) => [c.source_id]
  } else if (opts.rows === 'cases') {
    rows = (db.prepare('SELECT id, name FROM cases ORDER BY name').all() as MatrixRowDto[]).filter(
      (r) => !filter.caseIds || filter.caseIds.includes(r.id)
    )
    rowKeys = (c) => (casesOf.get(c.id) ?? []).map((k) => k.id)
  } else {
    const allCases = (db.prepare('SELECT id FROM cases').all() as { id: string }[]).map((r) => r.id)
    const inScope = filter.caseIds ? allCases.filter((id) => filter.caseIds!.includes(id)) : allCases
    const present = orderValues(attr!, inScope.flatMap((id) => (values!.has(id) ? [values!.get(id)!] : [])).concat(attr!.choices ?? []))
    rows = present.map((v) => ({ id: v, name: v }))
    if (inScope.some((id) => !values!.has(id))) rows.push({ id: NO_VALUE, name: '', noValue: true })
    rowKeys = (c) => (casesOf.get(c.id) ?? []).map((k) => values!.get(k.id) ?? NO_VALUE)
  }
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]))

  // The units one coding contributes to one row.
  const unitsIn = (c: SegmentRow, rowKey: string | null): string[] => {
    if (opts.measure === 'codings') return [c.id]
    if (opts.measure === 'segments') return [`${c.source_id}:${c.start}:${c.end}`]
    const cases = (casesOf.get(c.id) ?? []).map((k) => k.id)
    if (rowKey === null || opts.rows === 'sources') return cases
    if (opts.rows === 'cases') return [rowKey]
    return cases.filter((id) => (values!.get(id) ?? NO_VALUE) === rowKey)
  }

  // Columns of each code: itself, and with aggregation every column that is one of its ancestors.
  const { byId } = codeTree(project)
  const columnIndex = new Map(opts.columns.map((c, j) => [c.id, j]))
  const columnsOfCode = new Map<string, number[]>()
  const columnsOf = (codeId: string): number[] => {
    let list = columnsOfCode.get(codeId)
    if (list) return list
    list = []
    for (let n = byId.get(codeId); n; n = n.parentId ? byId.get(n.parentId) : undefined) {
      const j = columnIndex.get(n.id)
      if (j !== undefined) list.push(j)
      if (!opts.aggregate) break
    }
    columnsOfCode.set(codeId, list)
    return list
  }

  const nCols = opts.columns.length
  const cells: Set<string>[][] = rows.map(() => opts.columns.map(() => new Set<string>()))
  const rowSets = rows.map(() => new Set<string>())
  const colSets = opts.columns.map(() => new Set<string>())
  const unassignedSets = opts.columns.map(() => new Set<string>())
  const grand = new Set<string>()
  for (const c of codings) {
    const cols = columnsOf(c.code_id)
    if (cols.length === 0) continue
    const keys = rowKeys(c).filter((k) => rowIndex.has(k))
    if (keys.length === 0) {
      for (const u of unitsIn(c, null)) for (const j of cols) unassignedSets[j].add(u)
      continue
    }
    for (const key of keys) {
      const r = rowIndex.get(key)!
      for (const u of unitsIn(c, key)) {
        for (const j of cols) {
          cells[r][j].add(u)
          colSets[j].add(u)
        }
        rowSets[r].add(u)
        grand.add(u)
      }
    }
  }
  const counts = cells.map((row) => row.map((set) => set.size))
  return {
    rowKind: attr ? 'attribute' : (opts.rows as 'sources' | 'cases'),
    ...(attr ? { attribute: { id: attr.id, name: attr.name, type: attr.type } } : {}),
    measure: opts.measure,
    rows,
    columns: opts.columns,
    counts,
    rowTotals: rowSets.map((s) => s.size),
    columnTotals: colSets.map((s) => s.size),
    grandTotal: grand.size,
    columnPresence: Array.from({ length: nCols }, (_, j) => counts.filter((r) => r[j] > 0).length),
    unassigned: unassignedSets.map((s) => s.size),
    aggregated: opts.aggregate
  }
}
