import type { AreaDto, AreaPreset } from '../../../shared/ipc/programme'
import { mutate, type Writer } from '../../db/op-log'
import type { Ctx } from '../context'
import { cleanName, fail, nameKey, type WriteOpts } from './common'
import { rewriteRegisterSpecs } from './spec-rewrite'
import { msg } from '../../../shared/messages'

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV']

/** Ready-made territorial units, with what one unit is called. */
export const AREA_PRESET_LISTS: Record<AreaPreset, { label: string; names: string[] }> = {
  // Milan's nine municipi (decentramento since 2016), numbered in Arabic numerals as the Comune does.
  'milano-municipi': { label: 'Municipio', names: Array.from({ length: 9 }, (_, i) => `Municipio ${i + 1}`) },
  // Rome's fifteen municipi, in Roman numerals as Roma Capitale writes them.
  'roma-municipi': { label: 'Municipio', names: ROMAN.map((r) => `Municipio ${r}`) }
}

export function listAreas(ctx: Ctx): AreaDto[] {
  return ctx.project.sqlite
    .prepare(
      `SELECT a.id, a.name, a.sort,
        (SELECT COUNT(*) FROM activities x WHERE x.area_id = a.id) activities,
        (SELECT COUNT(*) FROM organisations o WHERE o.area_id = a.id) organisations
       FROM areas a ORDER BY a.sort, a.name`
    )
    .all() as AreaDto[]
}

/** Area look-up by id or name (any case), loaded once per write. */
export class AreaRefs {
  private readonly byKey = new Map<string, { id: string; name: string }>()
  readonly all: { id: string; name: string }[]
  constructor(ctx: Ctx) {
    this.all = ctx.project.sqlite.prepare('SELECT id, name FROM areas ORDER BY sort, name').all() as { id: string; name: string }[]
    for (const a of this.all) {
      this.byKey.set(a.id, a)
      this.byKey.set(nameKey(a.name), a)
    }
  }
  find(ref: string): { id: string; name: string } | undefined {
    return this.byKey.get(ref) ?? this.byKey.get(nameKey(ref))
  }
  /** The area or an error naming the areas the programme defines. */
  get(ref: string): { id: string; name: string } {
    const a = this.find(ref)
    if (!a)
      throw fail('INVALID_INPUT', this.all.length ? 'programme.areaUnknown' : 'programme.areaNoneDefined', {
        name: ref,
        known: this.all.map((x) => x.name)
      })
    return a
  }
}

function insertAreas(w: Writer, ctx: Ctx, names: string[]): void {
  const existing = new Set(listAreas(ctx).map((a) => nameKey(a.name)))
  let sort = (ctx.project.sqlite.prepare('SELECT COALESCE(MAX(sort), -1) + 1 s FROM areas').get() as { s: number }).s
  const seen = new Set<string>()
  for (const raw of names) {
    const name = cleanName(raw)
    const key = nameKey(name)
    if (!name) throw fail('INVALID_INPUT', 'programme.areaEmpty')
    if (name.length > 300) throw fail('INVALID_INPUT', 'programme.nameTooLong', { name: name.slice(0, 40), max: 300 })
    if (existing.has(key)) throw fail('CONFLICT', 'programme.areaExists', { name })
    if (seen.has(key)) throw fail('INVALID_INPUT', 'programme.areaTwice', { name })
    seen.add(key)
    w.insert('areas', { name, sort: sort++ })
  }
}

/** Adds territorial units (quartieri, comuni, municipi…); all or none. */
export function addAreas(ctx: Ctx, names: string[], opts: WriteOpts = {}): AreaDto[] {
  if (names.length === 0) throw fail('INVALID_INPUT', 'programme.areaEmpty')
  mutate(ctx.project, { actor: ctx.actor, kind: 'areas.add', summary: msg('programme.op.addAreas', { count: names.length, names: names.join(', ') }) }, (w) => insertAreas(w, ctx, names), opts)
  return listAreas(ctx)
}

/** Adds a preset list; refused when any of its names is already an area (nothing is added twice). */
export function applyAreaPreset(ctx: Ctx, preset: AreaPreset, opts: WriteOpts = {}): AreaDto[] {
  const p = AREA_PRESET_LISTS[preset]
  if (!p) throw fail('INVALID_INPUT', 'programme.areaPresetUnknown', { preset, known: Object.keys(AREA_PRESET_LISTS) })
  const label = (ctx.project.sqlite.prepare('SELECT id, area_label FROM programmes ORDER BY rowid LIMIT 1').get() as
    | { id: string; area_label: string | null }
    | undefined)
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'areas.preset', summary: msg('programme.op.areaPreset', { preset }) },
    (w) => {
      insertAreas(w, ctx, p.names)
      if (label && !label.area_label) w.update('programmes', label.id, { area_label: p.label })
    },
    opts
  )
  return listAreas(ctx)
}

export function renameArea(ctx: Ctx, ref: string, newName: string, opts: WriteOpts = {}): AreaDto[] {
  const area = new AreaRefs(ctx).get(ref)
  const name = cleanName(newName)
  if (!name) throw fail('INVALID_INPUT', 'programme.areaEmpty')
  const clash = new AreaRefs(ctx).find(name)
  if (clash && clash.id !== area.id) throw fail('CONFLICT', 'programme.areaExists', { name })
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'areas.rename', summary: msg('programme.op.renameArea', { from: area.name, to: name }) },
    (w) => {
      w.update('areas', area.id, { name })
      // Indicators name areas in their filters: they follow the rename in the same step.
      rewriteRegisterSpecs(w, (spec) => {
        const swap = (list?: string[]) => list?.map((a) => (nameKey(a) === nameKey(area.name) ? name : a))
        return { ...spec, ...(spec.areas ? { areas: swap(spec.areas) } : {}), ...(spec.orgAreas ? { orgAreas: swap(spec.orgAreas) } : {}) }
      })
    },
    opts
  )
  return listAreas(ctx)
}

/** Removes an area no activity, organisation or indicator uses. */
export function removeArea(ctx: Ctx, ref: string, opts: WriteOpts = {}): AreaDto[] {
  const area = new AreaRefs(ctx).get(ref)
  const used = listAreas(ctx).find((a) => a.id === area.id)!
  if (used.activities || used.organisations)
    throw fail('CONFLICT', 'programme.areaInUse', { name: area.name, activities: used.activities, organisations: used.organisations })
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'areas.remove', summary: msg('programme.op.removeArea', { name: area.name }) },
    (w) => {
      let usedBy: string | null = null
      rewriteRegisterSpecs(w, (spec, code) => {
        if ([...(spec.areas ?? []), ...(spec.orgAreas ?? [])].some((a) => nameKey(a) === nameKey(area.name))) usedBy ??= code
        return spec
      })
      if (usedBy) throw fail('CONFLICT', 'programme.areaInIndicator', { name: area.name, indicator: usedBy })
      w.remove('areas', area.id)
    },
    opts
  )
  return listAreas(ctx)
}

/** Moves an area to position `to` (0-based) in the list order. */
export function moveArea(ctx: Ctx, ref: string, to: number, opts: WriteOpts = {}): AreaDto[] {
  const area = new AreaRefs(ctx).get(ref)
  const list = listAreas(ctx)
  const from = list.findIndex((a) => a.id === area.id)
  const order = [...list]
  const [moved] = order.splice(from, 1)
  order.splice(Math.max(0, Math.min(to, order.length)), 0, moved)
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'areas.move', summary: msg('programme.op.moveArea', { name: area.name }) },
    (w) => order.forEach((a, i) => a.sort !== i && w.update('areas', a.id, { sort: i })),
    opts
  )
  return listAreas(ctx)
}
