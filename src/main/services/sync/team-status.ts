import { EsitiError } from '../../../shared/errors'
import type { Msg } from '../../../shared/messages'
import type { TeamMemberDto, TeamServerStatusDto } from '../../../shared/ipc/team-server'
import { replicaId } from '../../db/replica'
import type { Ctx } from '../context'
import { addMember, members, updateMember, type ServerMember } from './server/api'
import { joinUrl } from './server/team-url'
import { listConflicts, openConflictCount, type ConflictRow } from './local/conflicts'
import { pendingCount } from './local/outbox'
import { syncMeta, teamInfo } from './local/sync-meta'
import { openTeamServer, requireTeam } from './team-sync'

/** One definition each: the shapes the window and `--json` share (src/shared/ipc/team-server.ts). */
export type MemberDto = TeamMemberDto
export type TeamStatus = TeamServerStatusDto

const toDto = (m: ServerMember): MemberDto => ({
  role: m.role,
  displayName: m.displayName,
  isLead: m.isLead,
  blind: m.blind,
  removed: m.removedAt !== null,
  lastSyncAt: m.lastSyncAt ? m.lastSyncAt.toISOString() : null,
  copies: m.replicas
})

/** Where this copy stands; with `online`, also the members and their last sync, from the server. */
export async function teamStatus(ctx: Ctx, opts: { online?: boolean } = {}): Promise<TeamStatus> {
  const project = ctx.project
  const t = teamInfo(project)
  const lastError = syncMeta(project, 'last_error')
  const status: TeamStatus = {
    team: t ? { ...t, url: joinUrl(t.server, t.project) } : null,
    replica: replicaId(project),
    pending: pendingCount(project),
    conflicts: openConflictCount(project),
    waiting: (project.stmt('SELECT COUNT(*) n FROM sync_parked').get() as { n: number }).n,
    lastSyncAt: syncMeta(project, 'last_sync_at') ?? null,
    lastError: lastError ? (({ key, params }) => ({ key, params }))(JSON.parse(lastError) as Msg) : null,
    clockOffsetMs: Number(project.meta('sync.clock_offset') ?? 0),
    online: null,
    members: [],
    // `team status` shares `team sync`'s fields: nothing moves here.
    pushed: 0,
    pulled: 0
  }
  if (!t || !opts.online) return status
  try {
    const { server } = await openTeamServer(project)
    try {
      status.members = (await members(server, t.project)).map(toDto)
      status.online = true
    } finally {
      await server.close()
    }
  } catch (e) {
    if (e instanceof EsitiError && e.code === 'OFFLINE') status.online = false
    else throw e
  }
  return status
}

export type MemberAction = 'add' | 'remove' | 'blind' | 'reveal' | 'lead'

/** The lead shares the project with a role, removes a member, or hides / reveals a blind coder. */
export async function changeMember(ctx: Ctx, action: MemberAction, role: string, displayName?: string): Promise<MemberDto[]> {
  const t = requireTeam(ctx.project)
  const { server } = await openTeamServer(ctx.project)
  try {
    if (action === 'add') await addMember(server, t.project, role, displayName ?? null)
    else if (action === 'remove') await updateMember(server, t.project, role, { removed: true })
    else if (action === 'blind') await updateMember(server, t.project, role, { blind: true })
    else if (action === 'reveal') await updateMember(server, t.project, role, { blind: false })
    else await updateMember(server, t.project, role, { lead: true })
    return (await members(server, t.project)).map(toDto)
  } finally {
    await server.close()
  }
}

export function teamConflicts(ctx: Ctx, opts: { all?: boolean } = {}): { conflicts: ConflictRow[] } {
  return { conflicts: listConflicts(ctx.project, opts.all ? {} : { open: true }) }
}
