import os from 'node:os'
import { EsitiError } from '../../../shared/errors'
import type { Msg } from '../../../shared/messages'
import { connectTeamServer } from '../../services/sync/server/connect'
import { migrateServer } from '../../services/sync/server/migrate'
import { parseTeamUrl } from '../../services/sync/server/team-url'
import { forgetKeychainPassword, pgpassFile, pgpassLine, saveKeychainPassword, type CredentialTarget } from '../../services/sync/server/credentials'
import { readPassphrase } from '../passphrase'
import { joinProject, publishProject, type JoinResult, type PublishResult } from '../../services/sync/publish-join'
import { syncProject, type SyncResult } from '../../services/sync/team-sync'
import { changeMember, teamConflicts, teamStatus, type MemberAction, type MemberDto, type TeamStatus } from '../../services/sync/team-status'
import { resolveConflict, type Resolution } from '../../services/sync/conflict-review'
import type { ConflictRow } from '../../services/sync/local/conflicts'
import { actorName } from '../actor'
import { flag, opt, type CliIo, type CommandSpec, type ParsedArgs } from '../command'

const SERVER_INIT = 'team server-init URL [--as ROLE] [--json]'
const PUBLISH = 'team publish PROJECT --server URL [--name NAME] [--json]'
const JOIN = 'team join URL --out PROJECT [--project ID] [--json]'
const MEMBERS = 'team members PROJECT [add|remove|blind|reveal|lead ROLE [--name NAME]] [--json]'
const LOGIN = 'team login URL [--forget] [--json]'
const RESOLVE = 'team resolve PROJECT CONFLICT-ID --action restore|discard|keep|use-other [--json]'

function need(args: ParsedArgs, index: number, what: string, usage: string): string {
  const v = args.positionals[index]
  if (!v) throw new EsitiError('INVALID_INPUT', 'sync.cliMissing', { what, usage })
  return v
}

const word = (io: CliIo, m: Msg): string => io.t(m.key as never, m.params)

function printSync(r: SyncResult, io: CliIo): void {
  io.print(io.t('sync.cli.synced', { pushed: r.pushed, pulled: r.pulled }))
  if (r.repaired) io.print(io.t('sync.cli.repaired', { count: r.repaired }))
  if (r.newReplica) io.print(io.t('sync.cli.newReplica'))
  if (r.conflicts) io.print(io.t('sync.cli.conflicts', { count: r.conflicts }))
  if (r.waiting) io.print(io.t('sync.cli.waiting', { count: r.waiting }))
  if (Math.abs(r.clockOffsetMs) > 60_000) io.print(io.t('sync.cli.clockOff', { minutes: Math.round(r.clockOffsetMs / 60_000) }))
}

function printMembers(ms: MemberDto[], io: CliIo): void {
  for (const m of ms)
    io.print(
      `  ${m.role}${m.displayName ? ` (${m.displayName})` : ''}${m.isLead ? ' · lead' : ''}${m.blind ? ' · blind' : ''}${m.removed ? ' · removed' : ''} — ${m.lastSyncAt ? io.t('sync.cli.lastSync', { at: m.lastSyncAt }) : io.t('sync.cli.neverSynced')}`
    )
}

function printStatus(s: TeamStatus, io: CliIo): void {
  if (!s.team) {
    io.print(io.t('sync.cli.notTeam'))
    return
  }
  io.print(io.t('sync.cli.statusHead', { url: s.team.url, role: s.team.role }))
  io.print(io.t('sync.cli.statusCounts', { pending: s.pending, conflicts: s.conflicts, waiting: s.waiting }))
  io.print(s.lastSyncAt ? io.t('sync.cli.lastSync', { at: s.lastSyncAt }) : io.t('sync.cli.neverSynced'))
  if (s.lastError) io.print(`! ${word(io, s.lastError)}`)
  if (s.online === false) io.print(io.t('sync.cli.offline'))
  printMembers(s.members, io)
}

function printConflicts(r: { conflicts: ConflictRow[] }, io: CliIo): void {
  if (!r.conflicts.length) io.print(io.t('sync.cli.noConflicts'))
  for (const c of r.conflicts)
    io.print(`${c.id}  ${c.review ? '!' : '·'} ${word(io, c.message)}${c.setAside ? ` [${c.setAside}]` : ''}${c.resolvedAt ? ` — ${c.resolution} (${c.resolvedBy})` : ''}`)
}

/** The role a member logs in as: the URL's, else PGUSER, else the OS user (as libpq does). */
function loginTarget(url: string): CredentialTarget {
  const u = parseTeamUrl(url)
  return { host: u.host, port: u.port, database: u.database, user: u.user ?? process.env.PGUSER ?? os.userInfo().username }
}
const accountOf = (t: CredentialTarget): string => `${t.user}@${t.host}:${t.port}/${t.database}`

export const commands: CommandSpec[] = [
  {
    words: ['team', 'login'],
    usage: LOGIN,
    summary: 'cli.summary.teamLogin',
    project: 'none',
    async run(args, _ctx, io) {
      const t = loginTarget(need(args, 0, 'URL', LOGIN))
      const account = accountOf(t)
      if (flag(args, 'forget')) return { account, saved: false, forgotten: await forgetKeychainPassword(t) }
      const password = await readPassphrase({ env: 'PGPASSWORD', prompt: io.t('sync.cli.passwordPrompt', { account }) })
      if (!(await saveKeychainPassword(t, password))) throw new EsitiError('NOT_FOUND', 'sync.noKeychain', { file: pgpassFile(), line: pgpassLine(t) })
      return { account, saved: true, forgotten: false }
    },
    human: (r, io) => {
      const x = r as { account: string; saved: boolean; forgotten: boolean }
      io.print(io.t(x.saved ? 'sync.cli.loginSaved' : x.forgotten ? 'sync.cli.loginForgotten' : 'sync.cli.loginNone', { account: x.account }))
    }
  },
  {
    words: ['team', 'server-init'],
    usage: SERVER_INIT,
    summary: 'cli.summary.teamServerInit',
    valueOptions: ['as'],
    project: 'none',
    async run(args) {
      const server = await connectTeamServer(parseTeamUrl(need(args, 0, 'URL', SERVER_INIT)), { setRole: opt(args, 'as') })
      try {
        return await migrateServer(server)
      } finally {
        await server.close()
      }
    },
    human: (r, io) => io.print(io.t('sync.serverInitDone', { count: (r as { applied: string[] }).applied.length }))
  },
  {
    words: ['team', 'publish'],
    usage: PUBLISH,
    summary: 'cli.summary.teamPublish',
    valueOptions: ['server', 'name'],
    project: 'project',
    run(args, ctx) {
      const server = opt(args, 'server')
      if (!server) throw new EsitiError('INVALID_INPUT', 'sync.cliMissing', { what: '--server URL', usage: PUBLISH })
      return publishProject(ctx!, server, { name: opt(args, 'name') })
    },
    human: (r, io) => io.print(io.t('sync.cli.published', { url: (r as PublishResult).url }))
  },
  {
    words: ['team', 'join'],
    usage: JOIN,
    summary: 'cli.summary.teamJoin',
    valueOptions: ['out', 'project'],
    project: 'none',
    run(args) {
      const out = opt(args, 'out')
      if (!out) throw new EsitiError('INVALID_INPUT', 'sync.cliMissing', { what: '--out PROJECT', usage: JOIN })
      return joinProject(need(args, 0, 'URL', JOIN), out, { actor: actorName(), project: opt(args, 'project') ?? null })
    },
    human: (r, io) => {
      const j = r as JoinResult
      io.print(io.t('sync.cli.joined', { name: j.name, file: j.project }))
      printSync(j, io)
    }
  },
  {
    words: ['team', 'sync'],
    usage: 'team sync PROJECT [--json]',
    summary: 'cli.summary.teamSync',
    project: 'project',
    run: (_args, ctx) => syncProject(ctx!),
    human: (r, io) => printSync(r as SyncResult, io)
  },
  {
    words: ['team', 'status'],
    usage: 'team status PROJECT [--offline] [--json]',
    summary: 'cli.summary.teamStatus',
    project: 'project',
    run: (args, ctx) => teamStatus(ctx!, { online: !flag(args, 'offline') }),
    human: (r, io) => printStatus(r as TeamStatus, io)
  },
  {
    words: ['team', 'members'],
    usage: MEMBERS,
    summary: 'cli.summary.teamMembers',
    valueOptions: ['name'],
    project: 'project',
    async run(args, ctx) {
      const action = args.positionals[1] as MemberAction | undefined
      if (!action) return { members: (await teamStatus(ctx!, { online: true })).members }
      if (!['add', 'remove', 'blind', 'reveal', 'lead'].includes(action)) throw new EsitiError('INVALID_INPUT', 'sync.cliMissing', { what: 'add|remove|blind|reveal|lead', usage: MEMBERS })
      return { members: await changeMember(ctx!, action, need(args, 2, 'ROLE', MEMBERS), opt(args, 'name')) }
    },
    human: (r, io) => printMembers((r as { members: MemberDto[] }).members, io)
  },
  {
    words: ['team', 'conflicts'],
    usage: 'team conflicts PROJECT [--all] [--json]',
    summary: 'cli.summary.teamConflicts',
    project: 'project',
    run: (args, ctx) => teamConflicts(ctx!, { all: flag(args, 'all') }),
    human: (r, io) => printConflicts(r as { conflicts: ConflictRow[] }, io)
  },
  {
    words: ['team', 'resolve'],
    usage: RESOLVE,
    summary: 'cli.summary.teamResolve',
    valueOptions: ['action'],
    project: 'project',
    run(args, ctx) {
      const action = opt(args, 'action') as Resolution | undefined
      if (!action) throw new EsitiError('INVALID_INPUT', 'sync.cliMissing', { what: '--action', usage: RESOLVE })
      return resolveConflict(ctx!, need(args, 1, 'CONFLICT-ID', RESOLVE), action)
    },
    human: (r, io) => printConflicts({ conflicts: [r as ConflictRow] }, io)
  }
]
