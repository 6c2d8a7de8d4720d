import { EsitiError } from '../../../shared/errors'
import { timeAt } from '../../../shared/media-time'
import { msg } from '../../../shared/messages'
import type { CodeQuery, ContextMode, SegmentDto, SegmentFilter, SegmentPageDto } from '../../../shared/ipc/coding'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import { loadSource } from '../transcripts/source-text'
import { casesMatching } from './attributes'
import { codeTree, subtreeIds, type CodeNode } from './code-tree'
import { anyOverlap, groupBySource } from './overlap'
import { segmentContext } from './segment-context'

/** One coding as the query engine sees it. */
export interface SegmentRow {
  id: string
  source_id: string
  code_id: string
  coder_id: string
  start: number
  end: number
  quote: string
  comment: string | null
  created_at: string
  source_name: string
  case_id: string | null
}

export interface ResolvedFilter {
  sourceIds: string[] | null
  coderIds: string[] | null
  /** null: no case condition; [] matches nothing. */
  caseIds: string[] | null
}

export function resolveFilter(project: ProjectFile, f: SegmentFilter = {}): ResolvedFilter {
  let caseIds: string[] | null = f.caseIds?.length ? [...f.caseIds] : null
  if (f.attributes?.length) {
    const matching = casesMatching(project, f.attributes)
    caseIds = caseIds ? caseIds.filter((c) => matching.includes(c)) : matching
  }
  return {
    sourceIds: f.sourceIds?.length ? f.sourceIds : null,
    coderIds: f.coderIds?.length ? f.coderIds : null,
    caseIds
  }
}

/** The code, coder and source conditions on `codings c` that every read of codings shares. */
export function codingConditions(codeIds: string[] | null, filter: ResolvedFilter): { where: string[]; params: unknown[] } {
  const where: string[] = []
  const params: unknown[] = []
  if (codeIds) {
    where.push('c.code_id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(codeIds))
  }
  if (filter.coderIds) {
    where.push('c.coder_id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(filter.coderIds))
  }
  if (filter.sourceIds) {
    where.push('c.source_id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(filter.sourceIds))
  }
  return { where, params }
}

/** SQL conditions for a filter over `codings c JOIN sources s` (null when nothing can match). */
export function filterSql(filter: ResolvedFilter, codeIds: string[] | null): { where: string; params: unknown[] } | null {
  if (filter.caseIds && filter.caseIds.length === 0) return null
  const { where, params } = codingConditions(codeIds, filter)
  where.unshift('s.deleted_at IS NULL')
  if (filter.caseIds) {
    where.push(`(s.case_id IN (SELECT value FROM json_each(?)) OR EXISTS (
      SELECT 1 FROM case_segments cs WHERE cs.source_id = c.source_id AND cs.start < c."end" AND cs."end" > c.start
      AND cs.case_id IN (SELECT value FROM json_each(?))))`)
    params.push(JSON.stringify(filter.caseIds), JSON.stringify(filter.caseIds))
  }
  return { where: where.join(' AND '), params }
}

/**
 * Names and cases of the live sources, read once per query. Joining `sources` once per coding would
 * make SQLite walk each source's overflow pages (the text is stored before case_id and deleted_at).
 */
export function liveSources(project: ProjectFile): Map<string, { name: string; caseId: string | null }> {
  const rows = project.sqlite.prepare('SELECT id, name, case_id FROM sources WHERE deleted_at IS NULL').raw().all() as [string, string, string | null][]
  return new Map(rows.map(([id, name, caseId]) => [id, { name, caseId }]))
}

/** Case segments of the given cases, by source. */
function caseSegmentsOf(project: ProjectFile, caseIds: string[]): Map<string, { start: number; end: number }[]> {
  const out = new Map<string, { start: number; end: number }[]>()
  const rows = project.sqlite
    .prepare('SELECT source_id, start, "end" FROM case_segments WHERE case_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(caseIds)) as { source_id: string; start: number; end: number }[]
  for (const r of rows) out.set(r.source_id, [...(out.get(r.source_id) ?? []), { start: r.start, end: r.end }])
  return out
}

/** Codings of the given codes (all codes when null) passing the filter, straight from the indexes. */
export function fetchSegments(project: ProjectFile, codeIds: string[] | null, filter: ResolvedFilter): SegmentRow[] {
  if (filter.caseIds && filter.caseIds.length === 0) return []
  const { where, params } = codingConditions(codeIds, filter)
  const live = liveSources(project)
  const cases = filter.caseIds ? new Set(filter.caseIds) : null
  const segments = filter.caseIds ? caseSegmentsOf(project, filter.caseIds) : null
  if (cases) {
    // Only the sources that can hold the cases' codings: quotes of the others are never read.
    const candidates: string[] = []
    for (const [id, src] of live) if ((src.caseId && cases.has(src.caseId)) || segments!.has(id)) candidates.push(id)
    where.push('c.source_id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(candidates))
  }
  const rows = project
    .stmt(
      `SELECT c.id, c.source_id, c.code_id, c.coder_id, c.start, c."end", c.quote, c.comment, c.created_at
       FROM codings c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`
    )
    .all(...params) as Omit<SegmentRow, 'source_name' | 'case_id'>[]
  const out: SegmentRow[] = []
  for (const r of rows) {
    const src = live.get(r.source_id)
    if (!src) continue
    if (cases && !(src.caseId && cases.has(src.caseId)) && !(segments!.get(r.source_id) ?? []).some((g) => g.start < r.end && g.end > r.start))
      continue
    out.push({ ...r, source_name: src.name, case_id: src.caseId })
  }
  return out
}

function validate(q: CodeQuery, depth = 0): void {
  if (depth > 20) throw new EsitiError('INVALID_INPUT', 'coding.queryTooDeep')
  if ('code' in q) {
    if (typeof q.code !== 'string' || !q.code) throw new EsitiError('INVALID_INPUT', 'coding.queryTermNeedsCode')
  } else if ('or' in q) q.or.forEach((x) => validate(x, depth + 1))
  else if ('and' in q) q.and.forEach((x) => validate(x, depth + 1))
  else if ('not' in q) q.not.forEach((x) => validate(x, depth + 1))
  else throw new EsitiError('INVALID_INPUT', 'coding.queryUnknownOperator')
}

/** Evaluates a query tree to the codings it selects. */
export function evaluateQuery(project: ProjectFile, q: CodeQuery | null | undefined, filter: ResolvedFilter): SegmentRow[] {
  if (!q) return fetchSegments(project, null, filter)
  validate(q)
  const { byId, children } = codeTree(project)
  const run = (node: CodeQuery): SegmentRow[] => {
    if ('code' in node) {
      if (!byId.has(node.code)) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.code'), name: node.code })
      return fetchSegments(project, node.subcodes === false ? [node.code] : subtreeIds(children, node.code), filter)
    }
    if ('or' in node) {
      const seen = new Map<string, SegmentRow>()
      for (const part of node.or) for (const r of run(part)) seen.set(r.id, r)
      return [...seen.values()]
    }
    const [a, b] = 'and' in node ? node.and : node.not
    const left = run(a)
    const right = groupBySource(run(b))
    const keep = 'and' in node
    return left.filter((r) => anyOverlap(right.get(r.source_id), r.start, r.end) === keep)
  }
  return run(q)
}

export interface Labels {
  codes: Map<string, CodeNode>
  coders: Map<string, string>
  cases: Map<string, string>
  sourceRank: Map<string, number>
}

export function loadLabels(project: ProjectFile): Labels {
  const db = project.sqlite
  const rank = new Map<string, number>()
  ;(db.prepare('SELECT id FROM sources WHERE deleted_at IS NULL ORDER BY name').all() as { id: string }[]).forEach((r, i) => rank.set(r.id, i))
  return {
    codes: codeTree(project).byId,
    coders: new Map((db.prepare('SELECT id, name FROM coders').all() as { id: string; name: string }[]).map((r) => [r.id, r.name])),
    cases: new Map((db.prepare('SELECT id, name FROM cases').all() as { id: string; name: string }[]).map((r) => [r.id, r.name])),
    sourceRank: rank
  }
}

/** Document order: source name, then start, then end, then code path. */
export function sortSegments(rows: SegmentRow[], labels: Labels): SegmentRow[] {
  return rows.sort(
    (a, b) =>
      (labels.sourceRank.get(a.source_id) ?? 0) - (labels.sourceRank.get(b.source_id) ?? 0) ||
      a.start - b.start ||
      a.end - b.end ||
      (labels.codes.get(a.code_id)?.path ?? '').localeCompare(labels.codes.get(b.code_id)?.path ?? '')
  )
}

/** Cases of each segment: its source's case and the case segments it overlaps. */
export function segmentCases(project: ProjectFile, rows: SegmentRow[], labels: Labels): Map<string, { id: string; name: string }[]> {
  const sources = [...new Set(rows.map((r) => r.source_id))]
  const segs = sources.length
    ? (project.sqlite
        .prepare('SELECT source_id, case_id, start, "end" FROM case_segments WHERE source_id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(sources)) as { source_id: string; case_id: string; start: number; end: number }[])
    : []
  const bySource = new Map<string, typeof segs>()
  for (const s of segs) bySource.set(s.source_id, [...(bySource.get(s.source_id) ?? []), s])
  const out = new Map<string, { id: string; name: string }[]>()
  for (const r of rows) {
    const ids = new Set<string>()
    if (r.case_id) ids.add(r.case_id)
    for (const s of bySource.get(r.source_id) ?? []) if (s.start < r.end && r.start < s.end) ids.add(s.case_id)
    out.set(r.id, [...ids].map((id) => ({ id, name: labels.cases.get(id) ?? '' })))
  }
  return out
}

export function toSegmentDtos(project: ProjectFile, rows: SegmentRow[], labels: Labels, context: ContextMode): SegmentDto[] {
  const cases = segmentCases(project, rows, labels)
  return rows.map((r) => {
    const code = labels.codes.get(r.code_id)
    const dto: SegmentDto = {
      id: r.id,
      sourceId: r.source_id,
      sourceName: r.source_name,
      codeId: r.code_id,
      codeName: code?.name ?? '',
      codePath: code?.path ?? '',
      color: code?.color ?? '#888888',
      coderId: r.coder_id,
      coderName: labels.coders.get(r.coder_id) ?? '',
      start: r.start,
      end: r.end,
      text: r.quote,
      comment: r.comment,
      createdAt: r.created_at,
      cases: cases.get(r.id) ?? []
    }
    const src = loadSource(project, r.source_id)
    if (context !== 'none') dto.context = segmentContext(src.text, src.structure, r.start, r.end, context)
    const structure = src.structure
    if (structure.cues?.length || structure.timestamps.length) {
      const time = timeAt(structure, r.start)
      if (time !== null) dto.time = time
    }
    return dto
  })
}

export interface RetrieveOptions {
  query?: CodeQuery | null
  filter?: SegmentFilter
  context?: ContextMode
  offset?: number
  /** Page size; all segments when absent. */
  limit?: number
}

/** Coded segments for a query and filter, in document order, one page at a time. */
export function retrieveSegments(ctx: Ctx, opts: RetrieveOptions = {}): SegmentPageDto {
  const project = ctx.project
  const rows = evaluateQuery(project, opts.query, resolveFilter(project, opts.filter))
  const labels = loadLabels(project)
  sortSegments(rows, labels)
  const offset = Math.max(0, opts.offset ?? 0)
  const page = opts.limit === undefined ? rows.slice(offset) : rows.slice(offset, offset + opts.limit)
  return { total: rows.length, offset, segments: toSegmentDtos(project, page, labels, opts.context ?? 'none') }
}
