import { EsitiError } from '../../../shared/errors'
import { msg, type MessageKey } from '../../../shared/messages'
import type { MemoDto, MemoTargetKind } from '../../../shared/ipc/coding'
import { nowIso } from '../../db/ids'
import { mutate, type Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import { codeTree } from './code-tree'

export const MEMO_KINDS: MemoTargetKind[] = ['project', 'source', 'code', 'case', 'coding']

const TARGET_SQL: Record<Exclude<MemoTargetKind, 'project'>, string> = {
  source: 'SELECT name AS label FROM sources WHERE id = ? AND deleted_at IS NULL',
  code: 'SELECT name AS label FROM codes WHERE id = ?',
  case: 'SELECT name AS label FROM cases WHERE id = ?',
  coding: 'SELECT quote AS label FROM codings WHERE id = ?'
}

function targetLabel(project: ProjectFile, kind: MemoTargetKind, id: string | null, codePaths?: Map<string, string>): string | null {
  if (kind === 'project' || !id) return null
  if (kind === 'code' && codePaths) return codePaths.get(id) ?? null
  const r = project.sqlite.prepare(TARGET_SQL[kind]).get(id) as { label: string } | undefined
  if (!r) return null
  return kind === 'coding' && r.label.length > 80 ? r.label.slice(0, 77) + '…' : r.label
}

function checkTarget(project: ProjectFile, kind: MemoTargetKind, id: string | null | undefined): string | null {
  if (!MEMO_KINDS.includes(kind)) throw new EsitiError('INVALID_INPUT', 'coding.memoKindUnknown', { kind })
  if (kind === 'project') return null
  if (!id) throw new EsitiError('INVALID_INPUT', 'coding.memoNeedsTarget', { kind: msg(`coding.export.memoKind.${kind}` as MessageKey) })
  if (!project.sqlite.prepare(TARGET_SQL[kind]).get(id)) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg(`coding.export.memoKind.${kind}` as MessageKey), name: id })
  return id
}

function titleOf(title: string | undefined, body: string): string {
  const t = title?.replace(/\s+/g, ' ').trim()
  if (t) {
    if (t.length > 200) throw new EsitiError('INVALID_INPUT', 'coding.memoTitleTooLong', { max: 200 })
    return t
  }
  const first = body.trim().split('\n')[0]?.trim() ?? ''
  return first ? (first.length > 60 ? first.slice(0, 57) + '…' : first) : 'Memo'
}

export interface NewMemo {
  targetKind: MemoTargetKind
  targetId?: string | null
  title?: string
  body?: string
  author?: string | null
  createdAt?: string
  id?: string
}

/** Inserts a memo inside the caller's transaction. */
export function createMemoRow(w: Writer, input: NewMemo): string {
  const targetId = checkTarget(w.project, input.targetKind, input.targetId)
  const body = input.body ?? ''
  if (body.length > 1_000_000) throw new EsitiError('TOO_LARGE', 'coding.memoTooLong')
  const at = input.createdAt ?? nowIso()
  return w.insert('memos', {
    ...(input.id ? { id: input.id } : {}),
    target_kind: input.targetKind,
    target_id: targetId,
    title: titleOf(input.title, body),
    body,
    author: input.author ?? null,
    created_at: at,
    updated_at: at
  })
}

interface MemoRow {
  id: string
  target_kind: MemoTargetKind
  target_id: string | null
  title: string
  body: string
  author: string | null
  created_at: string
  updated_at: string
}

function toDto(project: ProjectFile, r: MemoRow, codePaths?: Map<string, string>): MemoDto {
  return {
    id: r.id,
    targetKind: r.target_kind,
    targetId: r.target_id,
    targetLabel: targetLabel(project, r.target_kind, r.target_id, codePaths),
    title: r.title,
    body: r.body,
    author: r.author,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  }
}

export function getMemo(ctx: Ctx, id: string): MemoDto {
  const r = ctx.project.sqlite.prepare('SELECT * FROM memos WHERE id = ?').get(id) as MemoRow | undefined
  if (!r) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('coding.entity.memo'), name: id })
  return toDto(ctx.project, r)
}

export function createMemo(ctx: Ctx, input: NewMemo): MemoDto {
  const id = mutate(ctx.project, { actor: ctx.actor, kind: 'memos.add', summary: msg('coding.op.addMemo', { title: titleOf(input.title, input.body ?? '') }) }, (w) =>
    createMemoRow(w, { ...input, author: input.author ?? ctx.actor })
  )
  return getMemo(ctx, id)
}

export function updateMemo(ctx: Ctx, id: string, patch: { title?: string; body?: string }): MemoDto {
  const current = getMemo(ctx, id)
  const set: Record<string, unknown> = { updated_at: nowIso() }
  if (patch.body !== undefined) set.body = patch.body
  if (patch.title !== undefined) set.title = titleOf(patch.title, patch.body ?? current.body)
  mutate(ctx.project, { actor: ctx.actor, kind: 'memos.update', summary: msg('coding.op.editMemo', { title: current.title }) }, (w) => w.update('memos', id, set))
  return getMemo(ctx, id)
}

export function deleteMemo(ctx: Ctx, id: string): void {
  const current = getMemo(ctx, id)
  mutate(ctx.project, { actor: ctx.actor, kind: 'memos.delete', summary: msg('coding.op.deleteMemo', { title: current.title }) }, (w) => w.remove('memos', id))
}

/** Memos, newest first; filtered by target kind and/or target. Memos of deleted sources are left out. */
export function listMemos(ctx: Ctx, filter: { targetKind?: MemoTargetKind; targetId?: string } = {}): MemoDto[] {
  const rows = ctx.project.sqlite
    .prepare(
      `SELECT m.* FROM memos m WHERE (? IS NULL OR m.target_kind = ?) AND (? IS NULL OR m.target_id = ?)
       AND m.target_kind IN ('project','source','code','case','coding')
       AND NOT (m.target_kind = 'source' AND EXISTS (SELECT 1 FROM sources s WHERE s.id = m.target_id AND s.deleted_at IS NOT NULL))
       ORDER BY m.updated_at DESC, m.created_at DESC`
    )
    .all(filter.targetKind ?? null, filter.targetKind ?? null, filter.targetId ?? null, filter.targetId ?? null) as MemoRow[]
  const paths = new Map([...codeTree(ctx.project).byId.values()].map((n) => [n.id, n.path]))
  return rows.map((r) => toDto(ctx.project, r, paths))
}
