import type { RegisterListsDto } from '../../../shared/ipc/register'
import { mutate } from '../../db/op-log'
import type { Ctx } from '../context'
import { cleanName, fail, nameKey, type WriteOpts } from '../programme/common'
import { rewriteRegisterSpecs } from '../programme/spec-rewrite'
import { msg } from '../../../shared/messages'

/** Gender codes the women/men counts are made of: they stay in every list. */
const FIXED_GENDERS = ['F', 'M']

export function registerLists(ctx: Ctx): RegisterListsDto {
  const db = ctx.project.sqlite
  const values = db
    .prepare(
      `SELECT v.id, v.list, v.code,
        (SELECT COUNT(*) FROM persons p WHERE (v.list = 'gender' AND p.gender = v.code) OR (v.list = 'ageBand' AND p.age_band = v.code)) persons
       FROM participant_values v ORDER BY v.sort, v.code`
    )
    .all() as { id: string; list: string; code: string; persons: number }[]
  return {
    kinds: db
      .prepare('SELECT k.id, k.name, (SELECT COUNT(*) FROM activities a WHERE a.kind = k.name) activities FROM activity_kinds k ORDER BY k.sort, k.name')
      .all() as RegisterListsDto['kinds'],
    genders: values.filter((v) => v.list === 'gender').map(({ id, code, persons }) => ({ id, code, persons })),
    ageBands: values.filter((v) => v.list === 'ageBand').map(({ id, code, persons }) => ({ id, code, persons }))
  }
}

/** Adds activity kinds (the programme's own: "laboratorio", "visita"…); all or none. */
export function addKinds(ctx: Ctx, names: string[], opts: WriteOpts = {}): RegisterListsDto {
  const have = new Set(registerLists(ctx).kinds.map((k) => nameKey(k.name)))
  const clean = names.map(cleanName)
  for (const [i, n] of clean.entries()) {
    if (!n) throw fail('INVALID_INPUT', 'register.kindEmpty')
    if (have.has(nameKey(n))) throw fail('CONFLICT', 'register.kindExists', { kind: n })
    if (clean.findIndex((x) => nameKey(x) === nameKey(n)) !== i) throw fail('INVALID_INPUT', 'register.kindTwice', { kind: n })
  }
  let sort = (ctx.project.sqlite.prepare('SELECT COALESCE(MAX(sort), -1) + 1 s FROM activity_kinds').get() as { s: number }).s
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'register.kinds.add', summary: msg('register.op.addKinds', { count: clean.length, names: clean.join(', ') }) },
    (w) => clean.forEach((name) => w.insert('activity_kinds', { name, sort: sort++ })),
    opts
  )
  return registerLists(ctx)
}

function findKind(ctx: Ctx, ref: string): { id: string; name: string; activities: number } {
  const kinds = registerLists(ctx).kinds
  const k = kinds.find((x) => x.id === ref) ?? kinds.find((x) => nameKey(x.name) === nameKey(ref))
  if (!k) throw fail('NOT_FOUND', 'register.kindUnknown', { kind: ref, known: kinds.map((x) => x.name) })
  return k
}

/** Renames a kind; the activities of that kind and the indicators that filter on it follow in the same step. */
export function renameKind(ctx: Ctx, ref: string, newName: string, opts: WriteOpts = {}): RegisterListsDto {
  const k = findKind(ctx, ref)
  const name = cleanName(newName)
  if (!name) throw fail('INVALID_INPUT', 'register.kindEmpty')
  const clash = registerLists(ctx).kinds.find((x) => x.id !== k.id && nameKey(x.name) === nameKey(name))
  if (clash) throw fail('CONFLICT', 'register.kindExists', { kind: name })
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'register.kinds.rename', summary: msg('register.op.renameKind', { from: k.name, to: name }) },
    (w) => {
      w.update('activity_kinds', k.id, { name })
      for (const a of w.project.sqlite.prepare('SELECT id FROM activities WHERE kind = ?').all(k.name) as { id: string }[])
        w.update('activities', a.id, { kind: name })
      rewriteRegisterSpecs(w, (spec) => (spec.kinds ? { ...spec, kinds: spec.kinds.map((x) => (x === k.name ? name : x)) } : spec))
    },
    opts
  )
  return registerLists(ctx)
}

/** Removes a kind no activity and no indicator uses. */
export function removeKind(ctx: Ctx, ref: string, opts: WriteOpts = {}): RegisterListsDto {
  const k = findKind(ctx, ref)
  if (k.activities) throw fail('CONFLICT', 'register.kindInUse', { kind: k.name, count: k.activities })
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'register.kinds.remove', summary: msg('register.op.removeKind', { name: k.name }) },
    (w) => {
      let usedBy: string | null = null
      rewriteRegisterSpecs(w, (spec, code) => {
        if (spec.kinds?.includes(k.name)) usedBy ??= code
        return spec
      })
      if (usedBy) throw fail('CONFLICT', 'register.kindInIndicator', { kind: k.name, indicator: usedBy })
      w.remove('activity_kinds', k.id)
    },
    opts
  )
  return registerLists(ctx)
}

/** Adds gender or age-band codes to the programme's lists. */
export function addValues(ctx: Ctx, list: 'gender' | 'ageBand', codes: string[], opts: WriteOpts = {}): RegisterListsDto {
  const current = registerLists(ctx)[list === 'gender' ? 'genders' : 'ageBands']
  const clean = codes.map(cleanName)
  for (const [i, c] of clean.entries()) {
    if (!c) throw fail('INVALID_INPUT', 'register.valueEmpty')
    if (/[;]/.test(c)) throw fail('INVALID_INPUT', 'register.valueChars', { value: c })
    if (current.some((v) => nameKey(v.code) === nameKey(c)) || clean.findIndex((x) => nameKey(x) === nameKey(c)) !== i)
      throw fail('CONFLICT', 'register.valueExists', { value: c })
  }
  let sort = (ctx.project.sqlite.prepare('SELECT COALESCE(MAX(sort), -1) + 1 s FROM participant_values WHERE list = ?').get(list) as { s: number }).s
  mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'register.values.add', summary: msg(list === 'gender' ? 'register.op.addGenders' : 'register.op.addAgeBands', { count: clean.length, codes: clean.join(', ') }) },
    (w) => clean.forEach((code) => w.insert('participant_values', { list, code, sort: sort++ })),
    opts
  )
  return registerLists(ctx)
}

/** Removes a gender or age-band code no person has; F and M stay (they are the women and men). */
export function removeValue(ctx: Ctx, id: string, opts: WriteOpts = {}): RegisterListsDto {
  const v = ctx.project.sqlite.prepare('SELECT id, list, code FROM participant_values WHERE id = ?').get(id) as
    | { id: string; list: 'gender' | 'ageBand'; code: string }
    | undefined
  if (!v) throw fail('NOT_FOUND', 'register.valueUnknown', { value: id })
  if (v.list === 'gender' && FIXED_GENDERS.includes(v.code)) throw fail('CONFLICT', 'register.genderFixed', { value: v.code })
  const lists = registerLists(ctx)
  const used = [...lists.genders, ...lists.ageBands].find((x) => x.id === id)!.persons
  if (used) throw fail('CONFLICT', 'register.valueInUse', { value: v.code, count: used })
  mutate(ctx.project, { actor: ctx.actor, kind: 'register.values.remove', summary: msg(v.list === 'gender' ? 'register.op.removeGender' : 'register.op.removeAgeBand', { code: v.code }) }, (w) => w.remove('participant_values', id), opts)
  return registerLists(ctx)
}
