import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { connectTeamServer } from '../../../src/main/services/sync/server/connect'
import { parseTeamUrl } from '../../../src/main/services/sync/server/team-url'
import { publishProject } from '../../../src/main/services/sync/publish-join'
import { newProject, tempDir } from '../team/helpers'
import { PG_URL, SKIP_PG } from './pg'

const ROOT = path.resolve(__dirname, '../../..')
const tag = crypto.randomBytes(4).toString('hex')
const database = `esiti_setup_${tag}`
const member = `giulia_${tag}`

function setup(...args: string[]): { status: number | null; out: string } {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/team-server-setup.sh'), '--admin', PG_URL, '--database', database, ...args], { encoding: 'utf8' })
  return { status: r.status, out: r.stdout + r.stderr }
}

async function superQuery(text: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL })
  await c.connect()
  try {
    await c.query(text)
  } finally {
    await c.end()
  }
}

describe.skipIf(SKIP_PG)('scripts/team-server-setup.sh', () => {
  afterAll(async () => {
    if (SKIP_PG) return
    await superQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await superQuery(`DROP ROLE IF EXISTS ${member}`)
  })

  it('creates the database, schema and a member role from nothing; safe to run again; removes a member', async () => {
    const first = setup('--member', member)
    expect(first.status, first.out).toBe(0)
    const pw = new RegExp(`^\\s+${member} (\\S+)$`, 'm').exec(first.out)?.[1]
    expect(pw).toBeTruthy()
    const u = new URL(PG_URL)
    const passfile = path.join(tempDir(), 'pgpass')
    fs.writeFileSync(passfile, `${u.hostname}:${u.port}:${database}:${member}:${pw}\n`, { mode: 0o600 })
    const saved = { file: process.env.PGPASSFILE, pw: process.env.PGPASSWORD }
    process.env.PGPASSFILE = passfile
    process.env.ESITI_NO_KEYCHAIN = '1'
    delete process.env.PGPASSWORD
    try {
      const url = `postgresql://${member}@${u.hostname}:${u.port}/${database}`
      const p = await newProject()
      try {
        const r = await publishProject(p.ctx, url)
        expect(r.url).toContain(`project=${p.ctx.project.meta('project_id')}`)
      } finally {
        p.close()
      }
      const again = setup('--member', member)
      expect(again.status, again.out).toBe(0)
      expect(again.out).toContain('exists: made a member')
      const removed = setup('--remove-member', member)
      expect(removed.status, removed.out).toBe(0)
      await expect(connectTeamServer(parseTeamUrl(url))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    } finally {
      if (saved.file) process.env.PGPASSFILE = saved.file
      else delete process.env.PGPASSFILE
      if (saved.pw) process.env.PGPASSWORD = saved.pw
    }
  }, 180_000)
})
