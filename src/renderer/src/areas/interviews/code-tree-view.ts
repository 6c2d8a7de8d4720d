import type { CodeDto } from '../../../../shared/ipc/coding'
import { fold } from './fuzzy'

/**
 * The codes to show, in tree order: hidden when an ancestor is collapsed; with a filter, the
 * matching codes and their ancestors (so a match is always seen in its place).
 */
export function visibleCodes(codes: CodeDto[], collapsed: Set<string>, foldedFilter: string): CodeDto[] {
  const byId = new Map(codes.map((c) => [c.id, c]))
  if (foldedFilter) {
    const keep = new Set<string>()
    for (const c of codes) {
      if (!fold(c.name).includes(foldedFilter) && !fold(c.definition ?? '').includes(foldedFilter)) continue
      for (let p: CodeDto | undefined = c; p && !keep.has(p.id); p = p.parentId ? byId.get(p.parentId) : undefined) keep.add(p.id)
    }
    return codes.filter((c) => keep.has(c.id))
  }
  const out: CodeDto[] = []
  for (const c of codes) {
    let hidden = false
    for (let p = c.parentId ? byId.get(c.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined)
      if (collapsed.has(p.id)) {
        hidden = true
        break
      }
    if (!hidden) out.push(c)
  }
  return out
}

/** Position of `anchor` among its siblings once `moving` is taken out (drop "before" anchor). */
export function siblingIndex(codes: CodeDto[], anchor: CodeDto, moving: string): number {
  const siblings = codes.filter((c) => c.parentId === anchor.parentId && c.id !== moving)
  return Math.max(0, siblings.findIndex((c) => c.id === anchor.id))
}

/** Ids of a code and all its descendants. */
export function subtree(codes: CodeDto[], id: string): Set<string> {
  const out = new Set([id])
  for (const c of codes) if (c.parentId && out.has(c.parentId)) out.add(c.id)
  return out
}
