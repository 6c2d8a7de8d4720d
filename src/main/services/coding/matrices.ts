import { EsitiError } from '../../../shared/errors'
import { msg } from '../../../shared/messages'
import type { ContextMode, CooccurrenceDto, MatrixColumnDto, MatrixDto, MatrixMeasure, MatrixRows, SegmentFilter, SegmentPageDto } from '../../../shared/ipc/coding'
import type { Ctx } from '../context'
import { codeTree, subtreeIds } from './code-tree'
import { casesWithValue, unitMatrix } from './matrix-units'
import { codingConditions, filterSql, liveSources, resolveFilter, retrieveSegments } from './retrieval'

export interface MatrixOptions {
  rows: MatrixRows
  /** What a cell counts (default codings). */
  measure?: MatrixMeasure
  /** Columns, in this order; every code in codebook order when absent. */
  codeIds?: string[]
  /** Count each column's sub-codes too. */
  aggregate?: boolean
  filter?: SegmentFilter
}

function columns(ctx: Ctx, codeIds?: string[]): MatrixColumnDto[] {
  const { ordered, byId } = codeTree(ctx.project)
  const nodes = codeIds?.length
    ? codeIds.map((id) => {
        const n = byId.get(id)
        if (!n) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.code'), name: id })
        return n
      })
    : ordered
  return nodes.map((n) => ({ id: n.id, name: n.name, path: n.path, color: n.color }))
}

/**
 * Codes × sources, cases or attribute values. Codings per source or case take the fast path below;
 * attribute rows and the segment and case measures count distinct units (matrix-units.ts).
 */
export function codeMatrix(ctx: Ctx, opts: MatrixOptions): MatrixDto {
  const cols = columns(ctx, opts.codeIds)
  const measure = opts.measure ?? 'codings'
  if (typeof opts.rows === 'object' || measure !== 'codings')
    return unitMatrix(ctx, { rows: opts.rows, measure, columns: cols, aggregate: !!opts.aggregate, filter: opts.filter })
  return codingMatrix(ctx, opts.rows, cols, opts)
}

/**
 * Codings of each code per source or case. A coding belongs to its source's case and to every case
 * segment it overlaps (counted once per case). Totals count each coding once: in a row's total
 * however many aggregated columns hold it, in a column's total however many cases hold it.
 */
function codingMatrix(ctx: Ctx, rowKind: 'sources' | 'cases', cols: MatrixColumnDto[], opts: MatrixOptions): MatrixDto {
  const db = ctx.project.sqlite
  const filter = resolveFilter(ctx.project, opts.filter)
  const { children } = codeTree(ctx.project)
  const rowList =
    rowKind === 'sources'
      ? (db.prepare('SELECT id, name FROM sources WHERE deleted_at IS NULL ORDER BY name').all() as { id: string; name: string }[]).filter(
          (r) => !filter.sourceIds || filter.sourceIds.includes(r.id)
        )
      : (db.prepare('SELECT id, name FROM cases ORDER BY name').all() as { id: string; name: string }[]).filter(
          (r) => !filter.caseIds || filter.caseIds.includes(r.id)
        )
  // Dense counts, rows × every code: string-keyed maps cost more than the SQL at 200,000 codings.
  const codeIndex = new Map([...codeTree(ctx.project).byId.keys()].map((id, i) => [id, i]))
  const rowIndex = new Map(rowList.map((r, i) => [r.id, i]))
  const grid = rowList.map(() => new Float64Array(codeIndex.size))
  const unassignedByCode = new Map<string, number>()
  const add = (row: string, code: string, n: number): void => {
    const r = rowIndex.get(row)
    const k = codeIndex.get(code)
    if (r !== undefined && k !== undefined) grid[r][k] += n
  }
  // A coding also counts for every other case whose segment it overlaps (once per case).
  const addCaseSegmentCounts = (sql: { where: string; params: unknown[] }): void => {
    for (const r of db
      .prepare(
        `SELECT cs.case_id r, c.code_id k, COUNT(DISTINCT c.id) n FROM case_segments cs
         JOIN codings c ON c.source_id = cs.source_id AND cs.start < c."end" AND cs."end" > c.start
         JOIN sources s ON s.id = c.source_id
         WHERE ${sql.where} AND s.case_id IS NOT cs.case_id GROUP BY 1, 2`
      )
      .all(...sql.params) as { r: string; k: string; n: number }[])
      add(r.r, r.k, r.n)
  }
  const sql = filterSql(filter, null)
  if (sql && !filter.caseIds) {
    // No case condition: count per code and source in SQLite, then place each source in JS.
    const live = liveSources(ctx.project)
    const { where, params } = codingConditions(null, filter)
    const rowOfSource = new Map<string, number | null>()
    for (const [sourceId, src] of live) {
      const r = rowIndex.get(rowKind === 'sources' ? sourceId : (src.caseId ?? ''))
      rowOfSource.set(sourceId, r ?? (rowKind === 'cases' && !src.caseId ? -1 : null))
    }
    // One row per code with its sources and counts packed, counted on the covering index: a row per
    // coding out of SQLite costs more than the counting itself at 200,000 codings.
    const packed = ctx.project
      .stmt(
        `SELECT code_id, group_concat(source_id || ' ' || n) FROM (
           SELECT c.code_id, c.source_id, COUNT(*) n FROM codings c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
           GROUP BY c.code_id, c.source_id)
         GROUP BY code_id`
      )
      .raw(true)
      .all(...params) as [string, string][]
    for (const [k, list] of packed) {
      const i = codeIndex.get(k)
      for (const item of list.split(',')) {
        const space = item.indexOf(' ')
        const r = rowOfSource.get(item.slice(0, space))
        if (r === undefined || r === null) continue
        const n = Number(item.slice(space + 1))
        if (r === -1) unassignedByCode.set(k, (unassignedByCode.get(k) ?? 0) + n)
        else if (i !== undefined) grid[r][i] += n
      }
    }
    if (rowKind === 'cases') {
      addCaseSegmentCounts(sql)
      // Codings of case-less sources that a case segment claims are not unassigned.
      for (const r of db
        .prepare(
          `SELECT c.code_id k, COUNT(DISTINCT c.id) n FROM case_segments cs
           JOIN codings c ON c.source_id = cs.source_id AND cs.start < c."end" AND cs."end" > c.start
           JOIN sources s ON s.id = c.source_id
           WHERE ${sql.where} AND s.case_id IS NULL GROUP BY 1`
        )
        .all(...sql.params) as { k: string; n: number }[])
        unassignedByCode.set(r.k, (unassignedByCode.get(r.k) ?? 0) - r.n)
    }
  } else if (sql) {
    if (rowKind === 'sources') {
      for (const r of db
        .prepare(`SELECT c.source_id r, c.code_id k, COUNT(*) n FROM codings c JOIN sources s ON s.id = c.source_id WHERE ${sql.where} GROUP BY 1, 2`)
        .all(...sql.params) as { r: string; k: string; n: number }[])
        add(r.r, r.k, r.n)
    } else {
      for (const r of db
        .prepare(`SELECT s.case_id r, c.code_id k, COUNT(*) n FROM codings c JOIN sources s ON s.id = c.source_id WHERE ${sql.where} GROUP BY 1, 2`)
        .all(...sql.params) as { r: string | null; k: string; n: number }[])
        if (r.r) add(r.r, r.k, r.n)
      addCaseSegmentCounts(sql)
      for (const r of db
        .prepare(
          `SELECT c.code_id k, COUNT(*) n FROM codings c JOIN sources s ON s.id = c.source_id
           WHERE ${sql.where} AND s.case_id IS NULL AND NOT EXISTS (
             SELECT 1 FROM case_segments cs WHERE cs.source_id = c.source_id AND cs.start < c."end" AND cs."end" > c.start)
           GROUP BY 1`
        )
        .all(...sql.params) as { k: string; n: number }[])
        unassignedByCode.set(r.k, r.n)
    }
  }
  const members = cols.map((c) => (opts.aggregate ? subtreeIds(children, c.id) : [c.id]))
  const memberIdx = members.map((ids) => ids.map((id) => codeIndex.get(id)!))
  const counts = grid.map((g) => memberIdx.map((ks) => ks.reduce((sum, k) => sum + g[k], 0)))
  const unassigned = members.map((ids) => ids.reduce((sum, id) => sum + (unassignedByCode.get(id) ?? 0), 0))
  // A coding has one code: the codings of a set of codes, each counted once, are the sum over the set's
  // distinct codes. A parent column and its sub-code's column share codes, so a row's total sums the
  // union of every column's codes, never the columns.
  const allCodes = [...new Set(memberIdx.flat())]
  const inAnyRow = codesInAnyRow(ctx, rowKind, filter, grid, codeIndex, unassignedByCode)
  return {
    rowKind,
    measure: 'codings',
    rows: rowList,
    columns: cols,
    counts,
    rowTotals: grid.map((g) => allCodes.reduce((sum, k) => sum + g[k], 0)),
    columnTotals: memberIdx.map((ks) => [...new Set(ks)].reduce((sum, k) => sum + inAnyRow[k], 0)),
    grandTotal: allCodes.reduce((sum, k) => sum + inAnyRow[k], 0),
    columnPresence: cols.map((_, j) => counts.filter((r) => r[j] > 0).length),
    unassigned,
    aggregated: !!opts.aggregate
  }
}

/**
 * Codings of each code (by code index) that lie in at least one row, each counted once. A coding lies
 * in one source but may lie in several cases (its source's and those of the case segments it
 * overlaps): for cases it is every coding passing the filter less those in no case.
 */
function codesInAnyRow(
  ctx: Ctx,
  rowKind: 'sources' | 'cases',
  filter: ReturnType<typeof resolveFilter>,
  grid: Float64Array[],
  codeIndex: Map<string, number>,
  unassignedByCode: Map<string, number>
): number[] {
  const out = new Array<number>(codeIndex.size).fill(0)
  if (rowKind === 'sources') {
    for (const g of grid) for (let k = 0; k < out.length; k++) out[k] += g[k]
    return out
  }
  const sql = filterSql(filter, null)
  if (!sql) return out
  for (const r of ctx.project.sqlite
    .prepare(`SELECT c.code_id k, COUNT(*) n FROM codings c JOIN sources s ON s.id = c.source_id WHERE ${sql.where} GROUP BY 1`)
    .all(...sql.params) as { k: string; n: number }[]) {
    const k = codeIndex.get(r.k)
    if (k !== undefined) out[k] += r.n - (unassignedByCode.get(r.k) ?? 0)
  }
  return out
}

/** The segments behind one matrix cell. */
export function matrixCell(
  ctx: Ctx,
  opts: { rows: MatrixRows; rowId: string; codeId: string; aggregate?: boolean; filter?: SegmentFilter; context?: ContextMode; offset?: number; limit?: number }
): SegmentPageDto {
  const filter: SegmentFilter = { ...opts.filter }
  if (opts.rows === 'sources') filter.sourceIds = [opts.rowId]
  else if (opts.rows === 'cases') filter.caseIds = [opts.rowId]
  else {
    // The cases of the attribute row, within any case condition the matrix had.
    const inRow = casesWithValue(ctx.project, opts.rows.attribute, opts.rowId)
    const scoped = resolveFilter(ctx.project, { caseIds: filter.caseIds, attributes: filter.attributes }).caseIds
    filter.caseIds = scoped ? inRow.filter((id) => scoped.includes(id)) : inRow
    delete filter.attributes
    if (filter.caseIds.length === 0) return { total: 0, offset: opts.offset ?? 0, segments: [] }
  }
  return retrieveSegments(ctx, {
    query: { code: opts.codeId, subcodes: !!opts.aggregate },
    filter,
    context: opts.context,
    offset: opts.offset,
    limit: opts.limit
  })
}

/**
 * Code co-occurrence: for each pair of codes, the number of pairs of their codings that overlap in
 * the same source; the diagonal holds each code's codings. Computed with one sweep per source.
 */
export function cooccurrence(ctx: Ctx, opts: { codeIds?: string[]; filter?: SegmentFilter } = {}): CooccurrenceDto {
  const cols = columns(ctx, opts.codeIds)
  const index = new Map(cols.map((c, i) => [c.id, i]))
  const counts = cols.map(() => cols.map(() => 0))
  const filter = resolveFilter(ctx.project, opts.filter)
  const sql = filterSql(filter, cols.map((c) => c.id))
  if (!sql) return { codes: cols, counts }
  const sweep = (list: [string, number, number][]): void => {
    let active: [number, number][] = []
    for (const [k, a, b] of list) {
      const i = index.get(k)!
      counts[i][i]++
      active = active.filter(([, end]) => end > a)
      for (const [j] of active) {
        if (j === i) continue
        counts[i][j]++
        counts[j][i]++
      }
      active.push([i, b])
    }
  }
  if (filter.caseIds) {
    const rows = ctx.project.sqlite
      .prepare(
        `SELECT c.source_id s, c.code_id k, c.start a, c."end" b FROM codings c JOIN sources s ON s.id = c.source_id
         WHERE ${sql.where} ORDER BY c.source_id, c.start`
      )
      .raw()
      .all(...sql.params) as [string, string, number, number][]
    const bySource = new Map<string, [string, number, number][]>()
    for (const [src, k, a, b] of rows) {
      const list = bySource.get(src)
      if (list) list.push([k, a, b])
      else bySource.set(src, [[k, a, b]])
    }
    for (const list of bySource.values()) sweep(list)
    return { codes: cols, counts }
  }
  // No case condition: read codings alone and sort them per source. No per-row join, no ORDER BY and
  // no code condition: each would make SQLite fetch every coding's row through an index, one by one.
  const live = liveSources(ctx.project)
  const { where, params } = codingConditions(null, filter)
  const bySource = new Map<string, [string, number, number][]>()
  const rows = ctx.project.sqlite
    .prepare(`SELECT c.source_id, c.code_id, c.start, c."end" FROM codings c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`)
    .raw()
    .iterate(...params) as Iterable<[string, string, number, number]>
  for (const [src, k, a, b] of rows) {
    if (!live.has(src) || !index.has(k)) continue
    const list = bySource.get(src)
    if (list) list.push([k, a, b])
    else bySource.set(src, [[k, a, b]])
  }
  for (const list of bySource.values()) sweep(list.sort((x, y) => x[1] - y[1]))
  return { codes: cols, counts }
}

/** The segments behind a co-occurrence cell: codings of either code that overlap a coding of the other. */
export function cooccurrenceCell(
  ctx: Ctx,
  opts: { codeA: string; codeB: string; filter?: SegmentFilter; context?: ContextMode; offset?: number; limit?: number }
): SegmentPageDto {
  const a = { code: opts.codeA, subcodes: false }
  const b = { code: opts.codeB, subcodes: false }
  return retrieveSegments(ctx, {
    query: opts.codeA === opts.codeB ? a : { or: [{ and: [a, b] }, { and: [b, a] }] },
    filter: opts.filter,
    context: opts.context,
    offset: opts.offset,
    limit: opts.limit
  })
}
