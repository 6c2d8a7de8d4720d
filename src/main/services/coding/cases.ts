import { EsitiError } from '../../../shared/errors'
import { msg } from '../../../shared/messages'
import type { CaseSegmentDto } from '../../../shared/ipc/coding'
import { nowIso } from '../../db/ids'
import { mutate, type Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import { loadSource } from '../transcripts/source-text'
import { removeMemosOf } from './codes'
import { checkRange } from './codings'

export interface CaseFields {
  name: string
  kind?: string
  organisationId?: string | null
  description?: string | null
}

function cleanCaseName(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim()
  if (!n) throw new EsitiError('INVALID_INPUT', 'coding.caseNameMissing')
  if (n.length > 200) throw new EsitiError('INVALID_INPUT', 'coding.caseNameTooLong', { max: 200 })
  return n
}

export function findCaseId(project: ProjectFile, name: string): string | undefined {
  return (project.sqlite.prepare('SELECT id FROM cases WHERE name = ?').get(name) as { id: string } | undefined)?.id
}

function checkOrganisation(project: ProjectFile, id: string | null | undefined): string | null {
  if (!id) return null
  if (!project.sqlite.prepare('SELECT 1 FROM organisations WHERE id = ?').get(id))
    throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('coding.entity.organisation'), name: id })
  return id
}

/** Inserts a case inside the caller's transaction. */
export function createCaseRow(w: Writer, input: CaseFields & { id?: string }): string {
  const name = cleanCaseName(input.name)
  if (findCaseId(w.project, name)) throw new EsitiError('CONFLICT', 'coding.caseExists', { name })
  return w.insert('cases', {
    ...(input.id ? { id: input.id } : {}),
    name,
    kind: input.kind?.trim() || 'person',
    organisation_id: checkOrganisation(w.project, input.organisationId),
    description: input.description?.trim() || null,
    created_at: nowIso()
  })
}

/** The case with this name, created inside the caller's transaction when it is new. */
export function ensureCase(w: Writer, name: string, kind = 'person'): string {
  return findCaseId(w.project, cleanCaseName(name)) ?? createCaseRow(w, { name, kind })
}

export function createCase(ctx: Ctx, input: CaseFields): string {
  return mutate(ctx.project, { actor: ctx.actor, kind: 'cases.add', summary: msg('coding.op.addCase', { name: input.name.trim() }) }, (w) =>
    createCaseRow(w, input)
  )
}

export function updateCase(ctx: Ctx, id: string, patch: Partial<CaseFields>): void {
  const row = ctx.project.sqlite.prepare('SELECT name FROM cases WHERE id = ?').get(id) as { name: string } | undefined
  if (!row) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.case'), name: id })
  const set: Record<string, unknown> = {}
  if (patch.name !== undefined) {
    set.name = cleanCaseName(patch.name)
    const other = findCaseId(ctx.project, set.name as string)
    if (other && other !== id) throw new EsitiError('CONFLICT', 'coding.caseExists', { name: set.name as string })
  }
  if (patch.kind !== undefined) set.kind = patch.kind.trim() || 'person'
  if (patch.organisationId !== undefined) set.organisation_id = checkOrganisation(ctx.project, patch.organisationId)
  if (patch.description !== undefined) set.description = patch.description?.trim() || null
  mutate(ctx.project, { actor: ctx.actor, kind: 'cases.update', summary: msg('coding.op.editCase', { name: row.name }) }, (w) => w.update('cases', id, set))
}

/** Deletes a case with its values and segments; its sources stay, unlinked. */
export function deleteCase(ctx: Ctx, id: string): void {
  const row = ctx.project.sqlite.prepare('SELECT name FROM cases WHERE id = ?').get(id) as { name: string } | undefined
  if (!row) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.case'), name: id })
  mutate(ctx.project, { actor: ctx.actor, kind: 'cases.delete', summary: msg('coding.op.deleteCase', { name: row.name }) }, (w) => {
    removeMemosOf(w, 'case', [id])
    w.remove('cases', id)
  })
}

/** Links a whole source to a case (null unlinks). */
export function setSourceCase(ctx: Ctx, sourceId: string, caseId: string | null): void {
  const source = loadSource(ctx.project, sourceId)
  let caseName: string | null = null
  if (caseId) {
    const c = ctx.project.sqlite.prepare('SELECT name FROM cases WHERE id = ?').get(caseId) as { name: string } | undefined
    if (!c) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.case'), name: caseId })
    caseName = c.name
  }
  mutate(ctx.project, { actor: ctx.actor, kind: 'sources.case', summary: caseName === null ? msg('coding.op.sourceNoCase', { source: source.name }) : msg('coding.op.sourceCase', { source: source.name, case: caseName }) }, (w) =>
    w.update('sources', sourceId, { case_id: caseId })
  )
}

/** Assigns part of a source (e.g. one speaker of a focus group) to a case. */
export function addCaseSegment(ctx: Ctx, input: { caseId: string; sourceId: string; start: number; end: number }): CaseSegmentDto {
  const source = loadSource(ctx.project, input.sourceId)
  const c = ctx.project.sqlite.prepare('SELECT name FROM cases WHERE id = ?').get(input.caseId) as { name: string } | undefined
  if (!c) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.case'), name: input.caseId })
  const text = checkRange(source.text, input.start, input.end, source.name)
  const id = mutate(ctx.project, { actor: ctx.actor, kind: 'cases.segment', summary: msg('coding.op.caseSegment', { source: source.name, case: c.name }) }, (w) =>
    w.insert('case_segments', { case_id: input.caseId, source_id: input.sourceId, start: input.start, end: input.end })
  )
  return { id, caseId: input.caseId, caseName: c.name, sourceId: input.sourceId, start: input.start, end: input.end, text }
}

export function removeCaseSegment(ctx: Ctx, id: string): void {
  if (!ctx.project.sqlite.prepare('SELECT 1 FROM case_segments WHERE id = ?').get(id))
    throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('coding.entity.caseSegment'), name: id })
  mutate(ctx.project, { actor: ctx.actor, kind: 'cases.unsegment', summary: msg('coding.op.removeCaseSegment') }, (w) => w.remove('case_segments', id))
}

export function listCaseSegments(ctx: Ctx, filter: { sourceId?: string; caseId?: string } = {}): CaseSegmentDto[] {
  const rows = ctx.project.sqlite
    .prepare(
      `SELECT cs.id, cs.case_id, c.name case_name, cs.source_id, cs.start, cs."end" FROM case_segments cs
       JOIN cases c ON c.id = cs.case_id JOIN sources s ON s.id = cs.source_id AND s.deleted_at IS NULL
       WHERE (? IS NULL OR cs.source_id = ?) AND (? IS NULL OR cs.case_id = ?) ORDER BY s.name, cs.start`
    )
    .all(filter.sourceId ?? null, filter.sourceId ?? null, filter.caseId ?? null, filter.caseId ?? null) as {
    id: string
    case_id: string
    case_name: string
    source_id: string
    start: number
    end: number
  }[]
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    caseName: r.case_name,
    sourceId: r.source_id,
    start: r.start,
    end: r.end,
    text: loadSource(ctx.project, r.source_id).text.slice(r.start, r.end)
  }))
}
