import { EsitiError } from '../../../shared/errors'
import { parseAttributeValue } from '../../../shared/attribute-values'
import { msg } from '../../../shared/messages'
import type { AttributeDto, AttributeType, CaseDto, CaseGridDto } from '../../../shared/ipc/coding'
import { mutate, type Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import { storedList } from '../../db/stored-json'

export const ATTRIBUTE_TYPES: AttributeType[] = ['text', 'number', 'date', 'boolean', 'category']

interface AttributeRow {
  id: string
  name: string
  type: AttributeType
  choices: string | null
  sort: number
}

const toDto = (r: AttributeRow): AttributeDto => ({
  id: r.id,
  name: r.name,
  type: r.type,
  choices: r.choices ? storedList<string>(r.choices, { table: 'attributes', column: 'choices', id: r.id }) : null,
  sort: r.sort
})

export function listAttributes(project: ProjectFile): AttributeDto[] {
  return (project.sqlite.prepare('SELECT * FROM attributes ORDER BY sort, name').all() as AttributeRow[]).map(toDto)
}

function getAttribute(project: ProjectFile, id: string): AttributeDto {
  const r = project.sqlite.prepare('SELECT * FROM attributes WHERE id = ?').get(id) as AttributeRow | undefined
  if (!r) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.attribute'), name: id })
  return toDto(r)
}

/**
 * Brings a value to the stored form of its attribute type (shared/attribute-values.ts): numbers with
 * a dot, dates as YYYY-MM-DD (dd/mm/yyyy accepted), booleans as true/false. Empty means "not set".
 */
export function normaliseValue(attr: Pick<AttributeDto, 'name' | 'type'>, raw: string | number | boolean | Date | null | undefined): string | null {
  if (raw === null || raw === undefined) return null
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) throw new EsitiError('INVALID_INPUT', 'coding.valueBadDate', { attribute: attr.name })
    return attr.type === 'date' ? raw.toISOString().slice(0, 10) : raw.toISOString()
  }
  const parsed = parseAttributeValue(attr, String(raw))
  if (!parsed.ok) throw new EsitiError('INVALID_INPUT', parsed.key, parsed.params)
  return parsed.value
}

function cleanAttrName(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim()
  if (!n) throw new EsitiError('INVALID_INPUT', 'coding.attributeNameMissing')
  if (n.length > 100) throw new EsitiError('INVALID_INPUT', 'coding.attributeNameTooLong', { max: 100 })
  return n
}

/** Inserts an attribute inside the caller's transaction. */
export function createAttributeRow(w: Writer, input: { name: string; type: AttributeType; choices?: string[] | null; id?: string }): string {
  const name = cleanAttrName(input.name)
  if (!ATTRIBUTE_TYPES.includes(input.type)) throw new EsitiError('INVALID_INPUT', 'coding.attributeTypeUnknown', { type: input.type })
  if (w.project.sqlite.prepare('SELECT 1 FROM attributes WHERE name = ?').get(name))
    throw new EsitiError('CONFLICT', 'coding.attributeExists', { name })
  const sort = (w.project.sqlite.prepare('SELECT COALESCE(MAX(sort), -1) + 1 AS s FROM attributes').get() as { s: number }).s
  const choices = input.choices?.length ? [...new Set(input.choices.map((c) => c.trim()).filter(Boolean))] : null
  return w.insert('attributes', { ...(input.id ? { id: input.id } : {}), name, type: input.type, choices: choices ? JSON.stringify(choices) : null, sort })
}

export function addAttribute(ctx: Ctx, input: { name: string; type: AttributeType; choices?: string[] | null }): AttributeDto {
  const id = mutate(ctx.project, { actor: ctx.actor, kind: 'attributes.add', summary: msg('coding.op.addAttribute', { name: input.name.trim() }) }, (w) =>
    createAttributeRow(w, input)
  )
  return getAttribute(ctx.project, id)
}

/** Renames, retypes (existing values must fit the new type; they are rewritten in its form) or sets the choices. */
export function updateAttribute(ctx: Ctx, id: string, patch: { name?: string; type?: AttributeType; choices?: string[] | null }): AttributeDto {
  const attr = getAttribute(ctx.project, id)
  const set: Record<string, unknown> = {}
  if (patch.name !== undefined) {
    set.name = cleanAttrName(patch.name)
    const other = ctx.project.sqlite.prepare('SELECT id FROM attributes WHERE name = ? AND id <> ?').get(set.name, id)
    if (other) throw new EsitiError('CONFLICT', 'coding.attributeExists', { name: set.name as string })
  }
  if (patch.choices !== undefined) set.choices = patch.choices?.length ? JSON.stringify([...new Set(patch.choices)]) : null
  const values = ctx.project.sqlite.prepare('SELECT id, value FROM case_values WHERE attribute_id = ?').all(id) as { id: string; value: string | null }[]
  const rewrites: { id: string; value: string | null }[] = []
  if (patch.type !== undefined && patch.type !== attr.type) {
    if (!ATTRIBUTE_TYPES.includes(patch.type)) throw new EsitiError('INVALID_INPUT', 'coding.attributeTypeUnknown', { type: patch.type })
    set.type = patch.type
    for (const v of values) {
      const nv = normaliseValue({ name: attr.name, type: patch.type }, v.value)
      if (nv !== v.value) rewrites.push({ id: v.id, value: nv })
    }
  }
  mutate(ctx.project, { actor: ctx.actor, kind: 'attributes.update', summary: msg('coding.op.editAttribute', { name: attr.name }) }, (w) => {
    w.update('attributes', id, set)
    for (const r of rewrites) w.update('case_values', r.id, { value: r.value })
  })
  return getAttribute(ctx.project, id)
}

export function deleteAttribute(ctx: Ctx, id: string): void {
  const attr = getAttribute(ctx.project, id)
  mutate(ctx.project, { actor: ctx.actor, kind: 'attributes.delete', summary: msg('coding.op.deleteAttribute', { name: attr.name }) }, (w) =>
    w.remove('attributes', id)
  )
}

/** Sets one value inside the caller's transaction; category choices grow to include new values. */
export function writeCaseValue(w: Writer, caseId: string, attributeId: string, raw: string | number | boolean | Date | null): void {
  const attr = getAttribute(w.project, attributeId)
  if (!w.project.sqlite.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.case'), name: caseId })
  const value = normaliseValue(attr, raw)
  if (attr.type === 'category' && value !== null && attr.choices && !attr.choices.includes(value))
    w.update('attributes', attributeId, { choices: JSON.stringify([...attr.choices, value]) })
  const existing = w.project.sqlite
    .prepare('SELECT id, value FROM case_values WHERE case_id = ? AND attribute_id = ?')
    .get(caseId, attributeId) as { id: string; value: string | null } | undefined
  if (existing) {
    if (existing.value !== value) w.update('case_values', existing.id, { value })
  } else if (value !== null) w.insert('case_values', { case_id: caseId, attribute_id: attributeId, value })
}

/** Edits several grid cells as one undoable operation (typing or pasting into the grid). */
export function setCaseValues(ctx: Ctx, edits: { caseId: string; attributeId: string; value: string | null }[]): void {
  if (edits.length === 0) return
  const summary = msg('coding.op.editCaseValues', { count: edits.length })
  mutate(ctx.project, { actor: ctx.actor, kind: 'cases.values', summary }, (w) => {
    for (const e of edits) writeCaseValue(w, e.caseId, e.attributeId, e.value)
  })
}

/** Cases × attributes, with source, segment and coding counts. */
export function caseGrid(ctx: Ctx): CaseGridDto {
  const db = ctx.project.sqlite
  const attributes = listAttributes(ctx.project)
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.kind, c.organisation_id, o.name AS organisation_name, c.description,
        (SELECT COUNT(*) FROM sources s WHERE s.case_id = c.id AND s.deleted_at IS NULL) AS sources,
        (SELECT COUNT(*) FROM case_segments cs WHERE cs.case_id = c.id) AS segments,
        (SELECT COUNT(*) FROM codings k JOIN sources s ON s.id = k.source_id AND s.deleted_at IS NULL WHERE s.case_id = c.id) AS codings
       FROM cases c LEFT JOIN organisations o ON o.id = c.organisation_id ORDER BY c.name`
    )
    .all() as { id: string; name: string; kind: string; organisation_id: string | null; organisation_name: string | null; description: string | null; sources: number; segments: number; codings: number }[]
  const values = new Map<string, Record<string, string | null>>()
  for (const v of db.prepare('SELECT case_id, attribute_id, value FROM case_values').all() as { case_id: string; attribute_id: string; value: string | null }[]) {
    const rec = values.get(v.case_id) ?? {}
    rec[v.attribute_id] = v.value
    values.set(v.case_id, rec)
  }
  const cases: CaseDto[] = rows.map((r) => {
    const vals: Record<string, string | null> = {}
    for (const a of attributes) vals[a.id] = values.get(r.id)?.[a.id] ?? null
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      description: r.description,
      sources: r.sources,
      segments: r.segments,
      codings: r.codings,
      values: vals
    }
  })
  return { attributes, cases }
}

/** Ids of the cases matching every attribute=value condition (values compared in stored form). */
export function casesMatching(project: ProjectFile, conditions: { attributeId: string; value: string }[]): string[] {
  const sets: Set<string>[] = []
  for (const c of conditions) {
    const attr = getAttribute(project, c.attributeId)
    const value = normaliseValue(attr, c.value)
    const rows = project.sqlite
      .prepare('SELECT case_id FROM case_values WHERE attribute_id = ? AND value IS ?')
      .all(c.attributeId, value) as { case_id: string }[]
    sets.push(new Set(rows.map((r) => r.case_id)))
  }
  if (sets.length === 0) return []
  return [...sets[0]].filter((id) => sets.every((s) => s.has(id)))
}
