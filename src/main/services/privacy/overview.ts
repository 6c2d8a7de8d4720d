import type { PersonalDataPlaceDto, PrivacyOverviewDto } from '../../../shared/privacy-results'
import { msg } from '../../../shared/messages'
import { nowIso } from '../../db/ids'
import { mutate } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import { tableExists } from './detect/roster'
import { identifierAttributes, identifierVariables } from './identifiers'

/**
 * Where personal data lives in the project, table by table, and when the team last reviewed it (a
 * record of processing asks for both). Counts only: nothing personal is shown here.
 */
const n = (p: ProjectFile, sql: string, ...args: unknown[]): number => (p.sqlite.prepare(sql).get(...args) as { n: number }).n

export function privacyOverview(ctx: Ctx): PrivacyOverviewDto {
  const p = ctx.project
  const ids = identifierVariables(ctx).filter((v) => v.direct)
  const datasetsWithIds = [...new Set(ids.map((v) => v.datasetId))]
  const rows = datasetsWithIds.reduce((sum, id) => sum + n(p, 'SELECT COALESCE(SUM(row_count), 0) n FROM datasets WHERE id = ? OR parent_id = ?', id, id), 0)
  const attrs = identifierAttributes(p)
  const places: PersonalDataPlaceDto[] = [
    { key: 'sources', table: 'sources', count: n(p, 'SELECT COUNT(*) n FROM sources WHERE deleted_at IS NULL AND version_of IS NULL'), nature: 'direct' },
    { key: 'pseudonymisedSources', table: 'sources', count: n(p, 'SELECT COUNT(*) n FROM sources WHERE deleted_at IS NULL AND version_of IS NOT NULL'), nature: 'pseudonymised' },
    {
      key: 'originalsKept',
      table: 'sources',
      count: n(p, 'SELECT COUNT(*) n FROM sources o WHERE o.deleted_at IS NOT NULL AND EXISTS (SELECT 1 FROM sources v WHERE v.version_of = o.id AND v.deleted_at IS NULL)'),
      nature: 'direct'
    },
    { key: 'originalFiles', table: 'sources', count: n(p, 'SELECT COUNT(*) n FROM sources WHERE original_data IS NOT NULL'), nature: 'direct' },
    { key: 'recordings', table: 'media', count: tableExists(p, 'media') ? n(p, 'SELECT COUNT(*) n FROM media WHERE deleted_at IS NULL') : 0, nature: 'direct' },
    { key: 'cases', table: 'cases', count: n(p, "SELECT COUNT(*) n FROM cases WHERE kind = 'person'"), nature: 'direct' },
    {
      key: 'caseIdentifiers',
      table: 'case_values',
      count: attrs.reduce((sum, a) => sum + n(p, 'SELECT COUNT(*) n FROM case_values WHERE attribute_id = ? AND value IS NOT NULL', a.id), 0),
      nature: 'direct'
    },
    { key: 'participants', table: 'persons', count: tableExists(p, 'persons') ? n(p, 'SELECT COUNT(*) n FROM persons WHERE pseudonym = 0') : 0, nature: 'direct' },
    { key: 'participations', table: 'participations', count: tableExists(p, 'participations') ? n(p, 'SELECT COUNT(*) n FROM participations') : 0, nature: 'context' },
    { key: 'identifierVariables', table: 'variables', count: ids.length, nature: 'direct' },
    { key: 'questionnaireRows', table: 'column_data', count: rows, nature: 'direct' },
    { key: 'keyEntries', table: 'privacy_key', count: n(p, 'SELECT COUNT(*) n FROM privacy_key'), nature: 'key' },
    { key: 'rules', table: 'privacy_rules', count: n(p, 'SELECT COUNT(*) n FROM privacy_rules'), nature: 'context' },
    { key: 'memos', table: 'memos', count: n(p, 'SELECT COUNT(*) n FROM memos WHERE private = 0'), nature: 'context' },
    { key: 'privateMemos', table: 'memos', count: n(p, 'SELECT COUNT(*) n FROM memos WHERE private = 1'), nature: 'context' },
    { key: 'history', table: 'op_log', count: n(p, "SELECT COUNT(*) n FROM op_log WHERE changes <> '[]'"), nature: 'context' },
    { key: 'erasures', table: 'privacy_erasures', count: n(p, 'SELECT COUNT(*) n FROM privacy_erasures'), nature: 'context' }
  ]
  const last = p.sqlite.prepare('SELECT MAX(at) at FROM privacy_erasures').get() as { at: string | null }
  return {
    places,
    reviewedAt: p.meta('privacy.reviewed_at') ?? null,
    reviewedBy: p.meta('privacy.reviewed_by') ?? null,
    lastErasureAt: last.at,
    encrypted: p.encrypted
  }
}

/** Records that the team reviewed where personal data lives (undoable, like any change). */
export function markReviewed(ctx: Ctx): PrivacyOverviewDto {
  const at = nowIso()
  mutate(ctx.project, { actor: ctx.actor, kind: 'privacy.reviewed', summary: msg('privacy.op.reviewed') }, (w) => {
    for (const [id, value] of [
      ['privacy.reviewed_at', at],
      ['privacy.reviewed_by', ctx.actor]
    ]) {
      if (ctx.project.meta(id) === undefined) w.insert('meta', { id, value })
      else w.update('meta', id, { value })
    }
  })
  return privacyOverview(ctx)
}
