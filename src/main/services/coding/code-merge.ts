import { EsitiError } from '../../../shared/errors'
import { msg } from '../../../shared/messages'
import { mutate } from '../../db/op-log'
import type { Ctx } from '../context'
import { createCodeLink } from './code-links'
import { codeTree, subtreeIds } from './code-tree'

export interface MergeResult {
  into: string
  moved: number
  collapsed: number
  children: number
}

/**
 * Merges code `fromId` into `intoId` as one undoable operation: codings of the first move to the
 * second, exact duplicates (same source, coder, start and end) collapse into the existing coding
 * (keeping a comment if only the removed one had it), sub-codes, links and memos move over, and the
 * first code is deleted.
 */
export function mergeCodes(ctx: Ctx, fromId: string, intoId: string): MergeResult {
  const project = ctx.project
  const db = project.sqlite
  if (fromId === intoId) throw new EsitiError('INVALID_INPUT', 'coding.mergeSelf')
  const { byId, children } = codeTree(project)
  const from = byId.get(fromId)
  const into = byId.get(intoId)
  if (!from) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.code'), name: fromId })
  if (!into) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.code'), name: intoId })
  const intoIsBelow = subtreeIds(children, fromId).includes(intoId)
  const kids = (children.get(fromId) ?? []).filter((k) => k.id !== intoId)
  const clashes = kids.filter((k) => (children.get(intoId) ?? []).some((c) => c.name === k.name))
  if (clashes.length)
    throw new EsitiError('CONFLICT', 'coding.mergeClash', { into: into.name, name: clashes[0].name })
  return mutate(project, { actor: ctx.actor, kind: 'codes.merge', summary: msg('coding.op.mergeCode', { from: from.path, into: into.path }) }, (w) => {
    if (intoIsBelow && into.parentId !== from.parentId) w.update('codes', intoId, { parent_id: from.parentId })
    let sort = (db.prepare('SELECT COALESCE(MAX(sort), -1) + 1 AS s FROM codes WHERE parent_id = ?').get(intoId) as { s: number }).s
    for (const k of kids) w.update('codes', k.id, { parent_id: intoId, sort: sort++ })
    const codings = db.prepare('SELECT id, source_id, coder_id, start, "end", comment FROM codings WHERE code_id = ?').all(fromId) as {
      id: string
      source_id: string
      coder_id: string
      start: number
      end: number
      comment: string | null
    }[]
    const twin = db.prepare(
      'SELECT id, comment FROM codings WHERE code_id = ? AND source_id = ? AND coder_id = ? AND start = ? AND "end" = ?'
    )
    const memoOf = db.prepare("SELECT id FROM memos WHERE target_kind = 'coding' AND target_id = ?")
    let moved = 0
    let collapsed = 0
    for (const c of codings) {
      const t = twin.get(intoId, c.source_id, c.coder_id, c.start, c.end) as { id: string; comment: string | null } | undefined
      if (t) {
        if (c.comment && !t.comment) w.update('codings', t.id, { comment: c.comment })
        else if (c.comment && t.comment && c.comment !== t.comment) w.update('codings', t.id, { comment: `${t.comment}\n${c.comment}` })
        for (const m of memoOf.all(c.id) as { id: string }[]) w.update('memos', m.id, { target_id: t.id })
        w.remove('codings', c.id)
        collapsed++
      } else {
        w.update('codings', c.id, { code_id: intoId })
        moved++
      }
    }
    const links = db.prepare('SELECT id, target_kind, target_id FROM code_links WHERE code_id = ?').all(fromId) as {
      id: string
      target_kind: 'sdg_goal' | 'sdg_target' | 'action' | 'indicator'
      target_id: string
    }[]
    for (const l of links) {
      w.remove('code_links', l.id)
      createCodeLink(w, intoId, l.target_kind, l.target_id)
    }
    for (const m of db.prepare("SELECT id FROM memos WHERE target_kind = 'code' AND target_id = ?").all(fromId) as { id: string }[])
      w.update('memos', m.id, { target_id: intoId })
    w.remove('codes', fromId)
    return { into: intoId, moved, collapsed, children: kids.length }
  })
}
