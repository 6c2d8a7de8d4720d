import { EsitiError } from '../../../shared/errors'
import { msg, type MessageKey } from '../../../shared/messages'
import type { CodeLinkDto, LinkKind, LinkTargetsDto } from '../../../shared/ipc/coding'
import { mutate, type Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'

const TARGETS: Record<LinkKind, { table: string; key: string; label: string }> = {
  sdg_goal: { table: 'sdg_goals', key: 'CAST(number AS TEXT)', label: "'SDG ' || number || ' – ' || title" },
  sdg_target: { table: 'sdg_targets', key: 'code', label: "code || ' – ' || text" },
  action: { table: 'actions', key: 'code', label: "code || ' – ' || name" },
  indicator: { table: 'indicators', key: 'code', label: "code || ' – ' || name" }
}

export const LINK_KINDS = Object.keys(TARGETS) as LinkKind[]

/** Resolves a link target given by id or by its natural key: SDG number, target code ("5.5"), action or indicator code. */
export function resolveLinkTarget(project: ProjectFile, kind: LinkKind, ref: string): string {
  const t = TARGETS[kind]
  if (!t) throw new EsitiError('INVALID_INPUT', 'coding.linkKindUnknown', { kind })
  const r = project.sqlite.prepare(`SELECT id FROM ${t.table} WHERE id = ? OR ${t.key} = ? LIMIT 1`).get(ref, ref) as
    | { id: string }
    | undefined
  if (!r) throw new EsitiError('NOT_FOUND', 'coding.linkTargetNotFound', { kind: msg(`coding.linkKind.${kind}` as MessageKey), ref })
  return r.id
}

/** A label function for link targets, reading each target table once. */
export function linkLabels(project: ProjectFile): (kind: LinkKind, id: string) => string {
  const maps = new Map<LinkKind, Map<string, string>>()
  return (kind, id) => {
    let m = maps.get(kind)
    if (!m) {
      const t = TARGETS[kind]
      m = new Map(
        (project.sqlite.prepare(`SELECT id, ${t.label} AS label FROM ${t.table}`).all() as { id: string; label: string }[]).map((r) => [
          r.id,
          r.label
        ])
      )
      maps.set(kind, m)
    }
    return m.get(id) ?? `(${kind} removed)`
  }
}

/** Adds a link inside the caller's transaction; an existing identical link is kept (returns its id). */
export function createCodeLink(w: Writer, codeId: string, kind: LinkKind, targetId: string): string {
  const existing = w.project.sqlite
    .prepare('SELECT id FROM code_links WHERE code_id = ? AND target_kind = ? AND target_id = ?')
    .get(codeId, kind, targetId) as { id: string } | undefined
  if (existing) return existing.id
  return w.insert('code_links', { code_id: codeId, target_kind: kind, target_id: targetId })
}

function codeName(project: ProjectFile, codeId: string): string {
  const r = project.sqlite.prepare('SELECT name FROM codes WHERE id = ?').get(codeId) as { name: string } | undefined
  if (!r) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('entity.code'), name: codeId })
  return r.name
}

export function addCodeLink(ctx: Ctx, codeId: string, kind: LinkKind, target: string): CodeLinkDto {
  const name = codeName(ctx.project, codeId)
  const targetId = resolveLinkTarget(ctx.project, kind, target)
  const id = mutate(ctx.project, { actor: ctx.actor, kind: 'codes.link', summary: msg('coding.op.linkCode', { name }) }, (w) =>
    createCodeLink(w, codeId, kind, targetId)
  )
  return { id, kind, targetId, label: linkLabels(ctx.project)(kind, targetId) }
}

export function removeCodeLink(ctx: Ctx, linkId: string): void {
  const r = ctx.project.sqlite.prepare('SELECT code_id FROM code_links WHERE id = ?').get(linkId) as { code_id: string } | undefined
  if (!r) throw new EsitiError('NOT_FOUND', 'core.notFound', { what: msg('coding.entity.link'), name: linkId })
  const name = codeName(ctx.project, r.code_id)
  mutate(ctx.project, { actor: ctx.actor, kind: 'codes.unlink', summary: msg('coding.op.unlinkCode', { name }) }, (w) => w.remove('code_links', linkId))
}

/** Replaces all links of a code with the given set, as one operation. */
export function setCodeLinks(ctx: Ctx, codeId: string, links: { kind: LinkKind; target: string }[]): CodeLinkDto[] {
  const name = codeName(ctx.project, codeId)
  const wanted = links.map((l) => ({ kind: l.kind, targetId: resolveLinkTarget(ctx.project, l.kind, l.target) }))
  const key = (k: string, t: string): string => `${k}\u0000${t}`
  const wantedKeys = new Set(wanted.map((l) => key(l.kind, l.targetId)))
  mutate(ctx.project, { actor: ctx.actor, kind: 'codes.links', summary: msg('coding.op.setLinks', { name }) }, (w) => {
    const current = w.project.sqlite.prepare('SELECT id, target_kind, target_id FROM code_links WHERE code_id = ?').all(codeId) as {
      id: string
      target_kind: string
      target_id: string
    }[]
    for (const c of current) if (!wantedKeys.has(key(c.target_kind, c.target_id))) w.remove('code_links', c.id)
    for (const l of wanted) createCodeLink(w, codeId, l.kind, l.targetId)
  })
  const labels = linkLabels(ctx.project)
  return (
    ctx.project.sqlite.prepare('SELECT id, target_kind, target_id FROM code_links WHERE code_id = ?').all(codeId) as {
      id: string
      target_kind: LinkKind
      target_id: string
    }[]
  ).map((l) => ({ id: l.id, kind: l.target_kind, targetId: l.target_id, label: labels(l.target_kind, l.target_id) }))
}

/** Everything a code can be linked to, labelled, for the link picker. */
export function listLinkTargets(project: ProjectFile): LinkTargetsDto {
  const all = (sql: string): { id: string; label: string }[] => project.sqlite.prepare(sql).all() as { id: string; label: string }[]
  return {
    sdgGoals: all(`SELECT id, ${TARGETS.sdg_goal.label} AS label FROM sdg_goals ORDER BY number`),
    sdgTargets: project.sqlite
      .prepare(`SELECT t.id, t.goal_id AS goalId, t.code || ' – ' || t.text AS label FROM sdg_targets t JOIN sdg_goals g ON g.id = t.goal_id ORDER BY g.number, t.code`)
      .all() as { id: string; label: string; goalId: string }[],
    actions: all(`SELECT id, ${TARGETS.action.label} AS label FROM actions ORDER BY sort, code`),
    indicators: all(`SELECT id, ${TARGETS.indicator.label} AS label FROM indicators ORDER BY sort, code`)
  }
}
