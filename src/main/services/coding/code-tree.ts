import { EsitiError } from '../../../shared/errors'
import { msg } from '../../../shared/messages'
import type { ProjectFile } from '../../db/project-file'
import { isUuid, type Ctx } from '../context'

export interface CodeNode {
  id: string
  parentId: string | null
  name: string
  color: string
  sort: number
  path: string
  depth: number
}

export const PATH_SEPARATOR = ' > '

/** The whole codebook as a tree, in display order (siblings by sort, then name). A few hundred rows: read fresh. */
export function codeTree(project: ProjectFile): { ordered: CodeNode[]; byId: Map<string, CodeNode>; children: Map<string | null, CodeNode[]> } {
  const rows = project.sqlite
    .prepare('SELECT id, parent_id, name, color, sort FROM codes ORDER BY sort, name, id')
    .all() as { id: string; parent_id: string | null; name: string; color: string; sort: number }[]
  const children = new Map<string | null, CodeNode[]>()
  const byId = new Map<string, CodeNode>()
  for (const r of rows) {
    const node: CodeNode = { id: r.id, parentId: r.parent_id, name: r.name, color: r.color, sort: r.sort, path: r.name, depth: 0 }
    byId.set(r.id, node)
  }
  for (const node of byId.values()) {
    const key = node.parentId && byId.has(node.parentId) ? node.parentId : null
    const list = children.get(key) ?? []
    list.push(node)
    children.set(key, list)
  }
  const ordered: CodeNode[] = []
  const walk = (parent: CodeNode | null): void => {
    for (const node of children.get(parent?.id ?? null) ?? []) {
      node.depth = parent ? parent.depth + 1 : 0
      node.path = parent ? parent.path + PATH_SEPARATOR + node.name : node.name
      ordered.push(node)
      walk(node)
    }
  }
  walk(null)
  return { ordered, byId, children }
}

/** A code and all codes below it. */
export function subtreeIds(children: Map<string | null, CodeNode[]>, id: string): string[] {
  const out = [id]
  for (let i = 0; i < out.length; i++) for (const c of children.get(out[i]) ?? []) out.push(c.id)
  return out
}

/**
 * Finds a code by id, by exact name (when unique) or by its path "Parent > Child" (always unique
 * among siblings). CLI contract: names are matched exactly.
 */
export function resolveCode(ctx: Ctx, ref: string): string {
  const project = ctx.project
  if (isUuid(ref)) {
    const r = project.sqlite.prepare('SELECT id FROM codes WHERE id = ?').get(ref) as { id: string } | undefined
    if (r) return r.id
  }
  const byName = project.sqlite.prepare('SELECT id FROM codes WHERE name = ?').all(ref) as { id: string }[]
  if (byName.length === 1) return byName[0].id
  const { ordered } = codeTree(project)
  const byPath = ordered.filter((c) => c.path === ref)
  if (byPath.length === 1) return byPath[0].id
  if (byName.length > 1)
    throw new EsitiError('CONFLICT', 'coding.codeAmbiguous', { name: ref, count: byName.length })
  throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.code'), name: ref })
}
