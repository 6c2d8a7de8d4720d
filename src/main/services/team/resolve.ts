import { EsitiError } from '../../../shared/errors'
import { msg, type Msg } from '../../../shared/messages'
import type { CodeRefDto, NamedRef } from '../../../shared/ipc/team'
import { isUuid, type Ctx } from '../context'

export interface CodeInfo extends CodeRefDto {
  parentId: string | null
  sort: number
}

/** Every code with its "Parent > Child" path, in tree order. */
export function loadCodes(ctx: Ctx): CodeInfo[] {
  const rows = ctx.project.sqlite
    .prepare('SELECT id, parent_id, name, color, sort FROM codes ORDER BY sort, name, id')
    .all() as { id: string; parent_id: string | null; name: string; color: string; sort: number }[]
  const byId = new Map(rows.map((r) => [r.id, r]))
  const pathOf = (id: string): string => {
    const names: string[] = []
    const seen = new Set<string>()
    for (let r = byId.get(id); r && !seen.has(r.id); r = r.parent_id ? byId.get(r.parent_id) : undefined) {
      seen.add(r.id)
      names.unshift(r.name)
    }
    return names.join(' > ')
  }
  return rows.map((r) => ({ id: r.id, name: r.name, color: r.color, parentId: r.parent_id, sort: r.sort, path: pathOf(r.id) }))
}

function resolveOne<T extends { id: string; name: string }>(
  items: T[],
  key: string,
  label: Msg,
  extra?: (t: T) => string
): T {
  const k = key.trim()
  if (isUuid(k)) {
    const byId = items.find((i) => i.id.toLowerCase() === k.toLowerCase())
    if (byId) return byId
  }
  let hits = items.filter((i) => i.name === k)
  if (hits.length === 0 && extra) hits = items.filter((i) => extra(i) === k)
  if (hits.length === 1) return hits[0]
  if (hits.length > 1)
    throw new EsitiError('CONFLICT', 'agreement.ambiguous', { what: label, name: k, count: hits.length })
  throw new EsitiError('NOT_FOUND', 'core.notFound', { what: label, name: k })
}

/**
 * Resolves a list of names. A CLI list arrives comma-separated, but names may contain commas
 * ("libertà, sovranità"): the longest run of pieces that names an item wins.
 */
export function resolveList<T extends { id: string; name: string }>(
  items: T[],
  input: string[] | string,
  label: Msg,
  extra?: (t: T) => string
): T[] {
  if (Array.isArray(input)) return dedupe(input.map((k) => resolveOne(items, k, label, extra)))
  const parts = input.split(',')
  const out: T[] = []
  for (let i = 0; i < parts.length; ) {
    let found: T | null = null
    let used = 1
    for (let j = parts.length; j > i; j--) {
      const candidate = parts.slice(i, j).join(',').trim()
      if (!candidate) continue
      try {
        found = resolveOne(items, candidate, label, extra)
        used = j - i
        break
      } catch (e) {
        if (j === i + 1) throw e
      }
    }
    if (found) out.push(found)
    i += used
  }
  return dedupe(out)
}

function dedupe<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>()
  return list.filter((t) => (seen.has(t.id) ? false : (seen.add(t.id), true)))
}

export function loadCoders(ctx: Ctx): (NamedRef & { color: string })[] {
  return ctx.project.sqlite.prepare('SELECT id, name, color FROM coders ORDER BY name').all() as (NamedRef & {
    color: string
  })[]
}

export function loadLiveSources(ctx: Ctx): NamedRef[] {
  return ctx.project.sqlite
    .prepare('SELECT id, name FROM sources WHERE deleted_at IS NULL ORDER BY name')
    .all() as NamedRef[]
}

export const resolveCoders = (ctx: Ctx, input: string[] | string): NamedRef[] =>
  resolveList(loadCoders(ctx), input, msg('entity.coder')).map(({ id, name }) => ({ id, name }))

export const resolveCodes = (ctx: Ctx, input: string[] | string): CodeInfo[] =>
  resolveList(loadCodes(ctx), input, msg('entity.code'), (c) => c.path)

export const resolveSources = (ctx: Ctx, input: string[] | string): NamedRef[] =>
  resolveList(loadLiveSources(ctx), input, msg('entity.source'))
