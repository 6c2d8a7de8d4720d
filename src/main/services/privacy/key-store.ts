import type { PrivacyRuleDto } from '../../../shared/privacy-results'
import { msg } from '../../../shared/messages'
import { EsitiError } from '../../../shared/errors'
import { nowIso, newId } from '../../db/ids'
import { mutate, type Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import type { AlwaysRule, KeyEntry } from './detect/roster'
import { HIT_KINDS, type HitKind } from './detect/types'
import type { KeyRow, StoredKeyRow } from './surrogates'
import { nameKey } from './text/tokens'

/** The key between pseudonyms and real identities, and the always/never rules. */

export function keyRows(project: ProjectFile): StoredKeyRow[] {
  return project.stmt('SELECT * FROM privacy_key ORDER BY created_at, id').all() as StoredKeyRow[]
}

export const keyEntries = (rows: StoredKeyRow[]): KeyEntry[] =>
  rows.map((r) => ({ group: r.group_id, kind: r.kind as HitKind, realText: r.real_text, part: r.part, entityTable: r.entity_table, entityId: r.entity_id }))

export function writeKeyRows(w: Writer, rows: KeyRow[]): void {
  const at = nowIso()
  for (const r of rows) w.insert('privacy_key', { ...r, created_at: at })
}

export function listRules(project: ProjectFile): PrivacyRuleDto[] {
  return (
    project.stmt('SELECT id, text, decision, kind, created_at, created_by FROM privacy_rules ORDER BY decision, text').all() as {
      id: string
      text: string
      decision: 'always' | 'never'
      kind: string
      created_at: string
      created_by: string | null
    }[]
  ).map((r) => ({ id: r.id, text: r.text, decision: r.decision, kind: r.kind as HitKind, createdAt: r.created_at, createdBy: r.created_by }))
}

export function rulesOf(project: ProjectFile): { always: AlwaysRule[]; never: Set<string> } {
  const rules = listRules(project)
  return {
    always: rules.filter((r) => r.decision === 'always').map((r) => ({ text: r.text, kind: r.kind })),
    never: new Set(rules.filter((r) => r.decision === 'never').map((r) => nameKey(r.text)))
  }
}

/** Adds (or changes) a rule: "always" replaces the text wherever it appears, "never" leaves it alone. */
export function setRule(ctx: Ctx, text: string, decision: 'always' | 'never', kind: HitKind = 'name'): PrivacyRuleDto {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!clean) throw new EsitiError('INVALID_INPUT', 'privacy.ruleEmpty')
  if (clean.length > 200) throw new EsitiError('INVALID_INPUT', 'privacy.ruleTooLong', { limit: 200 })
  if (!HIT_KINDS.includes(kind)) throw new EsitiError('INVALID_INPUT', 'privacy.badKind', { kind, kinds: HIT_KINDS.join(', ') })
  const key = nameKey(clean)
  mutate(ctx.project, { actor: ctx.actor, kind: 'privacy.rule', summary: msg(decision === 'always' ? 'privacy.op.ruleAlways' : 'privacy.op.ruleNever', { text: clean }) }, (w) => {
    const existing = ctx.project.stmt('SELECT id FROM privacy_rules WHERE text_key = ?').get(key) as { id: string } | undefined
    if (existing) w.update('privacy_rules', existing.id, { text: clean, decision, kind })
    else w.insert('privacy_rules', { id: newId(), text: clean, text_key: key, decision, kind, created_at: nowIso(), created_by: ctx.actor })
  })
  return listRules(ctx.project).find((r) => nameKey(r.text) === key)!
}

export function removeRule(ctx: Ctx, idOrText: string): void {
  const row = ctx.project.stmt('SELECT id, text FROM privacy_rules WHERE id = ? OR text_key = ?').get(idOrText, nameKey(idOrText)) as
    | { id: string; text: string }
    | undefined
  if (!row) throw new EsitiError('NOT_FOUND', 'privacy.ruleNotFound', { text: idOrText })
  mutate(ctx.project, { actor: ctx.actor, kind: 'privacy.rule', summary: msg('privacy.op.ruleRemove', { text: row.text }) }, (w) => w.remove('privacy_rules', row.id))
}
