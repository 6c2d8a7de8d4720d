import { EsitiError } from '../../../shared/errors'
import { connectTeamServer } from '../../services/sync/server/connect'
import { migrateServer } from '../../services/sync/server/migrate'
import { parseTeamUrl } from '../../services/sync/server/team-url'
import { opt, type CliIo, type CommandSpec } from '../command'

const SERVER_INIT = 'team server-init URL [--as ROLE] [--json]'

export const commands: CommandSpec[] = [
  {
    words: ['team', 'server-init'],
    usage: SERVER_INIT,
    summary: 'IT: install or upgrade Esiti’s schema on a team server (PostgreSQL); scripts/team-server-setup.sh runs it as esiti_owner.',
    valueOptions: ['as'],
    project: 'none',
    async run(args) {
      const url = args.positionals[0]
      if (!url) throw new EsitiError('INVALID_INPUT', 'sync.cliMissing', { what: 'URL', usage: SERVER_INIT })
      const server = await connectTeamServer(parseTeamUrl(url), { setRole: opt(args, 'as') })
      try {
        return await migrateServer(server)
      } finally {
        await server.close()
      }
    },
    human: (r, io: CliIo) => io.print(io.t('sync.serverInitDone', { count: (r as { applied: string[] }).applied.length }))
  }
]
