import type { TeamOverviewDto } from '../../../shared/ipc/team'
import type { Ctx } from '../context'
import { loadCodes } from './resolve'

const LIVE = 'JOIN sources s ON s.id = c.source_id AND s.deleted_at IS NULL'

/** What the team screens offer to pick: coders, codes and sources, with how much each was coded. */
export function teamOverview(ctx: Ctx): TeamOverviewDto {
  const db = ctx.project.sqlite
  const count = (sql: string): Map<string, number> =>
    new Map((db.prepare(sql).all() as { id: string; n: number }[]).map((r) => [r.id, r.n]))
  const byCoder = count(`SELECT c.coder_id id, COUNT(*) n FROM codings c ${LIVE} GROUP BY c.coder_id`)
  const byCode = count(`SELECT c.code_id id, COUNT(*) n FROM codings c ${LIVE} GROUP BY c.code_id`)
  const bySource = count(`SELECT c.source_id id, COUNT(*) n FROM codings c ${LIVE} GROUP BY c.source_id`)
  const coders = db.prepare('SELECT id, name, color FROM coders ORDER BY name').all() as { id: string; name: string; color: string }[]
  const sources = db.prepare('SELECT id, name, chars FROM sources WHERE deleted_at IS NULL ORDER BY name').all() as {
    id: string
    name: string
    chars: number
  }[]
  return {
    coders: coders.map((c) => ({ ...c, codings: byCoder.get(c.id) ?? 0 })),
    codes: loadCodes(ctx).map(({ id, name, path, color, parentId }) => ({ id, name, path, color, parentId, codings: byCode.get(id) ?? 0 })),
    sources: sources.map((s) => ({ ...s, codings: bySource.get(s.id) ?? 0 }))
  }
}
