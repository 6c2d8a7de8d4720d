import { EsitiError } from '../../../shared/errors'
import { msg } from '../../../shared/messages'
import { parseShortcut } from '../../../shared/shortcuts'
import type { CodeDto, CodeLinkDto, LinkKind } from '../../../shared/ipc/coding'
import { nowIso } from '../../db/ids'
import { mutate, type Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import { linkLabels } from './code-links'
import { codeTree, subtreeIds } from './code-tree'

export const CODE_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac']

export interface CodeFields {
  name: string
  parentId?: string | null
  color?: string
  definition?: string | null
  whenToUse?: string | null
  whenNotToUse?: string | null
  example?: string | null
  shortcut?: string | null
}
export interface NewCode extends CodeFields {
  id?: string
  sort?: number
  createdAt?: string
  createdBy?: string | null
}

const COLOR_RE = /^#[0-9a-fA-F]{6}$/

export const codeNotFound = (id: string): EsitiError => new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.code'), name: id })

function cleanName(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim()
  if (!n) throw new EsitiError('INVALID_INPUT', 'coding.codeNameMissing')
  if (n.length > 200) throw new EsitiError('INVALID_INPUT', 'coding.codeNameTooLong', { max: 200 })
  if (n.includes(' > ')) throw new EsitiError('INVALID_INPUT', 'coding.codeNameSeparator', { name: n })
  return n
}

function checkColor(color: string): string {
  if (!COLOR_RE.test(color)) throw new EsitiError('INVALID_INPUT', 'coding.badColour', { value: color })
  return color.toLowerCase()
}

function checkSiblingName(project: ProjectFile, parentId: string | null, name: string, except?: string): void {
  const clash = project.sqlite
    .prepare('SELECT id FROM codes WHERE parent_id IS ? AND name = ? AND id IS NOT ?')
    .get(parentId, name, except ?? null)
  if (clash)
    throw new EsitiError('CONFLICT', parentId ? 'coding.codeExistsSibling' : 'coding.codeExistsTop', { name })
}

/**
 * A shortcut is stored in its canonical form ("Alt+2", "Ctrl+Shift+K"): one key with Ctrl, Alt or Cmd
 * (or F1–F12), not one the workspace uses itself, and used by one code only (compared canonically, so
 * an older "alt+2" clashes with "Alt+2").
 */
export function checkShortcut(project: ProjectFile, shortcut: string | null | undefined, except?: string): string | null {
  const raw = shortcut?.trim() || null
  if (raw === null) return null
  const parsed = parseShortcut(raw)
  if (!parsed.ok) throw new EsitiError('INVALID_INPUT', `coding.shortcut.${parsed.problem}`, { value: raw })
  const others = project.sqlite.prepare('SELECT name, shortcut FROM codes WHERE shortcut IS NOT NULL AND id IS NOT ?').all(except ?? null) as {
    name: string
    shortcut: string
  }[]
  const clash = others.find((o) => {
    const p = parseShortcut(o.shortcut)
    return (p.ok ? p.text : o.shortcut) === parsed.text
  })
  if (clash) throw new EsitiError('CONFLICT', 'coding.shortcut.taken', { value: parsed.text, code: clash.name })
  return parsed.text
}

function checkParent(project: ProjectFile, parentId: string | null | undefined): string | null {
  if (!parentId) return null
  const p = project.sqlite.prepare('SELECT id FROM codes WHERE id = ?').get(parentId)
  if (!p) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('coding.entity.parentCode'), name: parentId })
  return parentId
}

const text = (v: string | null | undefined): string | null => (v === undefined || v === null || v.trim() === '' ? null : v.trim())

/** Inserts a code inside the caller's transaction (also used by bulk imports). Returns its id. */
export function createCode(w: Writer, input: NewCode): string {
  const project = w.project
  const name = cleanName(input.name)
  const parentId = checkParent(project, input.parentId)
  checkSiblingName(project, parentId, name)
  const shortcut = checkShortcut(project, input.shortcut)
  let color = input.color
  if (!color) {
    const parent = parentId
      ? (project.sqlite.prepare('SELECT color FROM codes WHERE id = ?').get(parentId) as { color: string })
      : undefined
    const n = (project.sqlite.prepare('SELECT COUNT(*) n FROM codes WHERE parent_id IS NULL').get() as { n: number }).n
    color = parent?.color ?? CODE_PALETTE[n % CODE_PALETTE.length]
  }
  const sort =
    input.sort ??
    (project.sqlite.prepare('SELECT COALESCE(MAX(sort), -1) + 1 AS s FROM codes WHERE parent_id IS ?').get(parentId) as { s: number }).s
  return w.insert('codes', {
    ...(input.id ? { id: input.id } : {}),
    parent_id: parentId,
    name,
    color: checkColor(color),
    definition: text(input.definition),
    when_to_use: text(input.whenToUse),
    when_not_to_use: text(input.whenNotToUse),
    example: text(input.example),
    shortcut,
    sort,
    created_at: input.createdAt ?? nowIso(),
    created_by: input.createdBy ?? null
  })
}

export function addCode(ctx: Ctx, input: CodeFields): CodeDto {
  const id = mutate(ctx.project, { actor: ctx.actor, kind: 'codes.add', summary: msg('coding.op.addCode', { name: input.name.trim() }) }, (w) =>
    createCode(w, { ...input, createdBy: ctx.actor })
  )
  return getCode(ctx, id)
}

export function updateCode(ctx: Ctx, id: string, patch: Partial<Omit<CodeFields, 'parentId'>>): CodeDto {
  const row = ctx.project.sqlite.prepare('SELECT name, parent_id FROM codes WHERE id = ?').get(id) as
    | { name: string; parent_id: string | null }
    | undefined
  if (!row) throw codeNotFound(id)
  const set: Record<string, unknown> = {}
  if (patch.name !== undefined) {
    set.name = cleanName(patch.name)
    checkSiblingName(ctx.project, row.parent_id, set.name as string, id)
  }
  if (patch.color !== undefined) set.color = checkColor(patch.color)
  if (patch.definition !== undefined) set.definition = text(patch.definition)
  if (patch.whenToUse !== undefined) set.when_to_use = text(patch.whenToUse)
  if (patch.whenNotToUse !== undefined) set.when_not_to_use = text(patch.whenNotToUse)
  if (patch.example !== undefined) set.example = text(patch.example)
  if (patch.shortcut !== undefined) set.shortcut = checkShortcut(ctx.project, patch.shortcut, id)
  const what = set.name && set.name !== row.name ? msg('coding.op.renameCode', { from: row.name, to: set.name as string }) : msg('coding.op.editCode', { name: row.name })
  mutate(ctx.project, { actor: ctx.actor, kind: 'codes.update', summary: what }, (w) => w.update('codes', id, set))
  return getCode(ctx, id)
}

/**
 * Moves a code under another parent (null: top level) at a position among its new siblings.
 * A code cannot move below itself or one of its sub-codes.
 */
export function moveCode(ctx: Ctx, id: string, parentId: string | null, index?: number): CodeDto {
  const project = ctx.project
  const { byId, children } = codeTree(project)
  const node = byId.get(id)
  if (!node) throw codeNotFound(id)
  const target = checkParent(project, parentId)
  if (target && subtreeIds(children, id).includes(target))
    throw new EsitiError('INVALID_INPUT', 'coding.cannotMoveUnder', { name: node.name })
  checkSiblingName(project, target, node.name, id)
  const siblings = (children.get(target) ?? []).filter((c) => c.id !== id)
  const at = Math.max(0, Math.min(index ?? siblings.length, siblings.length))
  siblings.splice(at, 0, node)
  mutate(project, { actor: ctx.actor, kind: 'codes.move', summary: target ? msg('coding.op.moveCode', { name: node.name, parent: byId.get(target)!.name }) : msg('coding.op.moveCodeTop', { name: node.name }) }, (w) => {
    if (node.parentId !== target) w.update('codes', id, { parent_id: target })
    siblings.forEach((s, i) => {
      if (s.sort !== i) w.update('codes', s.id, { sort: i })
    })
  })
  return getCode(ctx, id)
}

/** Deletes memos attached to codes or codings that are about to go (memos have no foreign key). */
export function removeMemosOf(w: Writer, kind: 'code' | 'coding' | 'source' | 'case', ids: string[]): void {
  const stmt = w.project.sqlite.prepare('SELECT id FROM memos WHERE target_kind = ? AND target_id = ?')
  for (const id of ids) for (const m of stmt.all(kind, id) as { id: string }[]) w.remove('memos', m.id)
}

/** Deletes a code with its sub-codes, codings and links, as one undoable operation. */
export function deleteCode(ctx: Ctx, id: string): { codes: number; codings: number } {
  const project = ctx.project
  const { byId, children } = codeTree(project)
  const node = byId.get(id)
  if (!node) throw codeNotFound(id)
  const ids = subtreeIds(children, id)
  const codingIds: string[] = []
  const stmt = project.sqlite.prepare('SELECT id FROM codings WHERE code_id = ?')
  for (const c of ids) for (const r of stmt.all(c) as { id: string }[]) codingIds.push(r.id)
  mutate(project, { actor: ctx.actor, kind: 'codes.delete', summary: msg('coding.op.deleteCode', { name: node.path }) }, (w) => {
    removeMemosOf(w, 'coding', codingIds)
    removeMemosOf(w, 'code', ids)
    w.remove('codes', id)
  })
  return { codes: ids.length, codings: codingIds.length }
}

interface CodeRow {
  id: string
  parent_id: string | null
  name: string
  color: string
  definition: string | null
  when_to_use: string | null
  when_not_to_use: string | null
  example: string | null
  shortcut: string | null
  sort: number
  created_at: string
  created_by: string | null
}

/** The codebook in tree order with counts, links and memo counts. */
export function listCodes(ctx: Ctx): CodeDto[] {
  const db = ctx.project.sqlite
  const { ordered, children } = codeTree(ctx.project)
  const rows = new Map((db.prepare('SELECT * FROM codes').all() as CodeRow[]).map((r) => [r.id, r]))
  const counts = new Map(
    (
      db
        .prepare(
          `SELECT c.code_id, COUNT(*) n, COUNT(DISTINCT c.source_id) s FROM codings c
           JOIN sources s ON s.id = c.source_id AND s.deleted_at IS NULL GROUP BY c.code_id`
        )
        .all() as { code_id: string; n: number; s: number }[]
    ).map((r) => [r.code_id, r])
  )
  const memos = new Map(
    (db.prepare("SELECT target_id, COUNT(*) n FROM memos WHERE target_kind = 'code' GROUP BY target_id").all() as {
      target_id: string
      n: number
    }[]).map((r) => [r.target_id, r.n])
  )
  const links = new Map<string, CodeLinkDto[]>()
  const labels = linkLabels(ctx.project)
  for (const l of db.prepare('SELECT id, code_id, target_kind, target_id FROM code_links').all() as {
    id: string
    code_id: string
    target_kind: LinkKind
    target_id: string
  }[]) {
    const list = links.get(l.code_id) ?? []
    list.push({ id: l.id, kind: l.target_kind, targetId: l.target_id, label: labels(l.target_kind, l.target_id) })
    links.set(l.code_id, list)
  }
  return ordered.map((node) => {
    const r = rows.get(node.id)!
    const total = subtreeIds(children, node.id).reduce((sum, id) => sum + (counts.get(id)?.n ?? 0), 0)
    return {
      id: node.id,
      name: node.name,
      parentId: node.parentId,
      path: node.path,
      depth: node.depth,
      color: node.color,
      definition: r.definition,
      whenToUse: r.when_to_use,
      whenNotToUse: r.when_not_to_use,
      example: r.example,
      shortcut: r.shortcut,
      sort: r.sort,
      codings: counts.get(node.id)?.n ?? 0,
      codingsTotal: total,
      sources: counts.get(node.id)?.s ?? 0,
      links: links.get(node.id) ?? [],
      memos: memos.get(node.id) ?? 0,
      createdAt: r.created_at,
      createdBy: r.created_by
    }
  })
}

export function getCode(ctx: Ctx, id: string): CodeDto {
  const code = listCodes(ctx).find((c) => c.id === id)
  if (!code) throw codeNotFound(id)
  return code
}
