import { z } from 'zod'
import { organisationInput, type OrganisationDto, type OrganisationInput } from '../../../shared/ipc/programme'
import { mutate, type Writer } from '../../db/op-log'
import type { Ctx } from '../context'
import { AreaRefs } from './areas'
import { cleanName, defined, fail, fieldName, isRealDate, nameKey, parseInput, type WriteOpts } from './common'
import { OrganisationRefs } from './organisation-refs'
import { msg } from '../../../shared/messages'

export type OrganisationFields = z.output<typeof organisationInput>

interface OrgRow {
  id: string
  name: string
  kind: OrganisationDto['kind']
  org_type: string | null
  sector: string | null
  size_class: OrganisationDto['sizeClass']
  employees: number | null
  area_id: string | null
  area: string | null
  notes: string | null
}

export function listOrganisations(ctx: Ctx, filter: { id?: string } = {}): OrganisationDto[] {
  const db = ctx.project.sqlite
  const joins = db
    .prepare(
      `SELECT oa.organisation_id org, a.code, oa.joined_on joinedOn, oa.role FROM organisation_actions oa
       JOIN actions a ON a.id = oa.action_id ${filter.id ? 'WHERE oa.organisation_id = ?' : ''} ORDER BY a.sort, a.code`
    )
    .all(...(filter.id ? [filter.id] : [])) as { org: string; code: string; joinedOn: string | null; role: string | null }[]
  const byOrg = new Map<string, { action: string; joinedOn: string | null; role: string | null }[]>()
  for (const j of joins) byOrg.set(j.org, [...(byOrg.get(j.org) ?? []), { action: j.code, joinedOn: j.joinedOn, role: j.role }])
  const rows = db
    .prepare(
      `SELECT o.id, o.name, o.kind, o.org_type, o.sector, o.size_class, o.employees, o.area_id, a.name area, o.notes
       FROM organisations o LEFT JOIN areas a ON a.id = o.area_id ${filter.id ? 'WHERE o.id = ?' : ''}
       ORDER BY CASE o.kind WHEN 'promoter' THEN 0 WHEN 'partner' THEN 1 WHEN 'company' THEN 2 ELSE 3 END, o.name`
    )
    .all(...(filter.id ? [filter.id] : [])) as OrgRow[]
  return rows.map((o) => {
    const joined = byOrg.get(o.id) ?? []
    return {
      id: o.id,
      name: o.name,
      kind: o.kind,
      orgType: o.org_type,
      sector: o.sector,
      sizeClass: o.size_class,
      employees: o.employees,
      areaId: o.area_id,
      area: o.area,
      actions: joined.map((j) => j.action),
      joined,
      notes: o.notes
    }
  })
}

export function getOrganisation(ctx: Ctx, ref: string): OrganisationDto {
  const o = new OrganisationRefs(ctx).get(ref)
  return listOrganisations(ctx, { id: o.id })[0]
}

/** What is needed to write one organisation: its row and the actions it joined, resolved. */
export interface OrganisationRow {
  row: Record<string, unknown>
  joins: { actionId: string; joinedOn: string | null; role: string | null }[]
}

/** Look-ups shared by every row of an import. */
export class OrganisationContext {
  readonly areas: AreaRefs
  readonly actions: Map<string, { id: string; code: string }>
  readonly actionCodes: string[]
  constructor(ctx: Ctx) {
    this.areas = new AreaRefs(ctx)
    const list = ctx.project.sqlite.prepare('SELECT id, code, name FROM actions ORDER BY sort, code').all() as {
      id: string
      code: string
      name: string
    }[]
    this.actionCodes = list.map((a) => a.code)
    this.actions = new Map()
    for (const a of list) for (const k of [a.id, nameKey(a.code), nameKey(a.name)]) this.actions.set(k, a)
  }
}

/** Checks one organisation; returns every problem (an import reports a row completely). */
export function checkOrganisation(
  f: OrganisationFields,
  oc: OrganisationContext
): { ok: OrganisationRow } | { problems: { key: string; params?: Record<string, unknown> }[] } {
  const problems: { key: string; params?: Record<string, unknown> }[] = []
  let areaId: string | null = null
  if (f.area) {
    const a = oc.areas.find(f.area)
    if (a) areaId = a.id
    else
      problems.push(
        oc.areas.all.length
          ? { key: 'programme.areaUnknown', params: { name: f.area, known: oc.areas.all.map((x) => x.name) } }
          : { key: 'programme.areaNoneDefined', params: { name: f.area } }
      )
  }
  const joins: OrganisationRow['joins'] = []
  for (const j of f.actions ?? []) {
    const a = oc.actions.get(j.action) ?? oc.actions.get(nameKey(j.action))
    if (!a) problems.push({ key: 'programme.actionUnknown', params: { code: j.action, known: oc.actionCodes } })
    else if (j.joinedOn && !isRealDate(j.joinedOn)) problems.push({ key: 'programme.badDate', params: { field: fieldName('joinedOn'), value: j.joinedOn } })
    else if (!joins.some((x) => x.actionId === a.id)) joins.push({ actionId: a.id, joinedOn: j.joinedOn ?? null, role: j.role || null })
  }
  if (problems.length) return { problems }
  return {
    ok: {
      row: {
        name: cleanName(f.name),
        kind: f.kind,
        org_type: f.orgType || null,
        sector: f.sector || null,
        size_class: f.sizeClass ?? null,
        employees: f.employees ?? null,
        area_id: areaId,
        notes: f.notes || null
      },
      joins
    }
  }
}

export function insertOrganisation(w: Writer, o: OrganisationRow): string {
  const id = w.insert('organisations', o.row)
  for (const j of o.joins) w.insert('organisation_actions', { organisation_id: id, action_id: j.actionId, role: j.role, joined_on: j.joinedOn })
  return id
}

function checkOrThrow(f: OrganisationFields, oc: OrganisationContext): OrganisationRow {
  const r = checkOrganisation(f, oc)
  if ('problems' in r) {
    const first = r.problems[0]
    throw fail('INVALID_INPUT', first.key as 'programme.areaUnknown', first.params as Record<string, string>, r.problems)
  }
  return r.ok
}

export function addOrganisation(ctx: Ctx, input: OrganisationInput | unknown, opts: WriteOpts = {}): OrganisationDto {
  const f = parseInput(organisationInput, input, 'programme.what.organisation')
  if (new OrganisationRefs(ctx).find(f.name)) throw fail('CONFLICT', 'programme.organisationExists', { name: cleanName(f.name) })
  const row = checkOrThrow(f, new OrganisationContext(ctx))
  const id = mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'organisations.create', summary: msg('programme.op.addOrganisation', { name: String(row.row.name) }) },
    (w) => insertOrganisation(w, row),
    opts
  )
  return listOrganisations(ctx, { id })[0]
}

export function updateOrganisation(ctx: Ctx, ref: string, patch: Partial<OrganisationInput> | unknown, opts: WriteOpts = {}): OrganisationDto {
  const cur = getOrganisation(ctx, ref)
  const p = defined(parseInput(organisationInput.partial(), patch, 'programme.what.organisation'))
  const f: OrganisationFields = {
    name: cur.name,
    kind: cur.kind,
    orgType: cur.orgType,
    sector: cur.sector,
    sizeClass: cur.sizeClass,
    employees: cur.employees,
    area: cur.areaId,
    actions: cur.joined,
    notes: cur.notes,
    ...p
  }
  const clash = new OrganisationRefs(ctx).find(f.name)
  if (clash && clash.id !== cur.id) throw fail('CONFLICT', 'programme.organisationExists', { name: cleanName(f.name) })
  const next = checkOrThrow(f, new OrganisationContext(ctx))
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'organisations.update', summary: msg('programme.op.editOrganisation', { name: String(next.row.name) }) },
    (w) => {
      w.update('organisations', cur.id, next.row)
      const links = w.project.sqlite
        .prepare('SELECT id, action_id, joined_on, role FROM organisation_actions WHERE organisation_id = ?')
        .all(cur.id) as { id: string; action_id: string; joined_on: string | null; role: string | null }[]
      for (const l of links) {
        const keep = next.joins.find((j) => j.actionId === l.action_id)
        if (!keep) w.remove('organisation_actions', l.id)
        else if (keep.joinedOn !== l.joined_on || keep.role !== l.role) w.update('organisation_actions', l.id, { joined_on: keep.joinedOn, role: keep.role })
      }
      for (const j of next.joins)
        if (!links.some((l) => l.action_id === j.actionId))
          w.insert('organisation_actions', { organisation_id: cur.id, action_id: j.actionId, role: j.role, joined_on: j.joinedOn })
    },
    opts
  )
  return listOrganisations(ctx, { id: cur.id })[0]
}

/**
 * Removes organisations. Activities they organised or reached keep their rows (the link is
 * cleared, as the schema says), so this is refused while the register still names them: the
 * figures of past activities must not change silently.
 */
export function removeOrganisations(ctx: Ctx, refs: string[], opts: WriteOpts = {}): { deleted: number } {
  const orgRefs = new OrganisationRefs(ctx)
  const orgs = [...new Map(refs.map((r) => orgRefs.get(r)).map((o) => [o.id, o])).values()]
  const db = ctx.project.sqlite
  for (const o of orgs) {
    const used = db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM activities WHERE organiser_id = ?) + (SELECT COUNT(*) FROM activity_organisations WHERE organisation_id = ?)
          + (SELECT COUNT(*) FROM persons WHERE organisation_id = ?) n`
      )
      .get(o.id, o.id, o.id) as { n: number }
    if (used.n) throw fail('CONFLICT', 'programme.organisationInUse', { name: o.name, count: used.n })
  }
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'organisations.delete', summary: msg('programme.op.deleteOrganisations', { count: orgs.length }) },
    (w) => orgs.forEach((o) => w.remove('organisations', o.id)),
    opts
  )
  return { deleted: orgs.length }
}
