import type { TeamHistoryDto, TeamHistoryOpDto } from '../../../shared/ipc/team-server'
import { parseMessage } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'

/**
 * Who changed what: the operation log read by member. A pulled operation keeps the name its author's
 * copy recorded (`actor`); compensating operations (an undo) are listed as what they are. Newest first.
 */
export function teamHistory(project: ProjectFile, opts: { limit?: number; actor?: string | null } = {}): TeamHistoryDto {
  const members = project
    .stmt("SELECT actor, COUNT(*) changes, MAX(at) last FROM op_log WHERE role = 'action' OR role IS NULL GROUP BY actor ORDER BY last DESC")
    .all() as TeamHistoryDto['members']
  const rows = project
    .stmt(
      `SELECT id, at, actor, origin, kind, summary, message, state FROM op_log
       WHERE (? IS NULL OR actor = ?) ORDER BY COALESCE(hlc, at) DESC, seq DESC LIMIT ?`
    )
    .all(opts.actor ?? null, opts.actor ?? null, opts.limit ?? 200) as Record<string, unknown>[]
  const ops: TeamHistoryOpDto[] = rows.map((r) => ({
    id: r.id as string,
    at: r.at as string,
    actor: r.actor as string,
    origin: ((r.origin as string | null) ?? 'local') as TeamHistoryOpDto['origin'],
    kind: r.kind as string,
    summary: r.summary as string,
    message: parseMessage(r.message),
    state: r.state as TeamHistoryOpDto['state']
  }))
  return { members, ops }
}
