import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { connectTeamServer } from '../../../src/main/services/sync/server/connect'
import { migrateServer } from '../../../src/main/services/sync/server/migrate'
import { parseTeamUrl } from '../../../src/main/services/sync/server/team-url'

/**
 * A team server for one test file, on the throw-away cluster of scripts/test-postgres.sh
 * (ESITI_TEST_PG, a superuser URL): a database of its own, set up as scripts/team-server-setup.sh
 * does (esiti_owner, esiti_member, schema esiti, migrations run as esiti_owner), and one LOGIN role
 * per member with a random password, written to a pgpass file (PGPASSFILE) as a member would keep it.
 */
export const PG_URL = process.env.ESITI_TEST_PG ?? ''
if (!PG_URL && process.env.ESITI_REQUIRE_PG === '1') throw new Error('ESITI_TEST_PG is not set but ESITI_REQUIRE_PG=1: the PostgreSQL cluster did not start')
export const SKIP_PG = PG_URL ? false : 'ESITI_TEST_PG is unset: start a cluster with eval "$(scripts/test-postgres.sh start)" to run the team-server tests'
if (SKIP_PG) console.warn(SKIP_PG)

export interface TestServer {
  database: string
  /** A member's team URL (postgresql://ROLE@127.0.0.1:PORT/DB, TLS not required). */
  url(member: string): string
  role(member: string): string
  /** Runs SQL as the superuser against this test's database. */
  admin(sqlText: string, params?: unknown[]): Promise<pg.QueryResult>
  drop(): Promise<void>
}

async function superQuery(database: string, text: string, params?: unknown[]): Promise<pg.QueryResult> {
  const u = new URL(PG_URL)
  u.pathname = `/${database}`
  const c = new pg.Client({ connectionString: u.toString() })
  await c.connect()
  try {
    return await c.query(text, params)
  } finally {
    await c.end()
  }
}

async function ensureGroupRoles(): Promise<void> {
  for (const role of ['esiti_owner', 'esiti_member'])
    try {
      await superQuery('postgres', `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} NOLOGIN; END IF; END $$`)
    } catch (e) {
      // another test file created it at the same moment
      if (!/already exists|duplicate key/.test(String((e as Error).message))) throw e
    }
}

export async function createTestServer(members: string[]): Promise<TestServer> {
  const tag = crypto.randomBytes(4).toString('hex')
  const database = `esiti_t_${tag}`
  const roles = new Map(members.map((m) => [m, `${m}_${tag}`]))
  await ensureGroupRoles()
  await superQuery('postgres', `CREATE DATABASE ${database} OWNER esiti_owner ENCODING 'UTF8' TEMPLATE template0`)
  await superQuery('postgres', `REVOKE ALL ON DATABASE ${database} FROM PUBLIC; GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO esiti_member`)
  await superQuery(database, 'CREATE SCHEMA IF NOT EXISTS esiti AUTHORIZATION esiti_owner; REVOKE CREATE ON SCHEMA public FROM PUBLIC')
  const u = new URL(PG_URL)
  const base = `postgresql://${u.hostname}:${u.port}/${database}`
  const owner = await connectTeamServer(parseTeamUrl(`postgresql://${u.username}@${u.hostname}:${u.port}/${database}?sslmode=disable`), { setRole: 'esiti_owner' })
  try {
    await migrateServer(owner)
  } finally {
    await owner.close()
  }
  const passfile = process.env.PGPASSFILE ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-pgpass-')), 'pgpass')
  const lines: string[] = []
  for (const role of roles.values()) {
    const pw = crypto.randomBytes(12).toString('base64url')
    await superQuery('postgres', `CREATE ROLE ${role} LOGIN PASSWORD '${pw}' IN ROLE esiti_member`)
    lines.push(`${u.hostname}:${u.port}:${database}:${role}:${pw}`)
  }
  fs.appendFileSync(passfile, lines.join('\n') + '\n', { mode: 0o600 })
  process.env.PGPASSFILE = passfile
  process.env.ESITI_NO_KEYCHAIN = '1'
  delete process.env.PGPASSWORD
  const role = (m: string): string => {
    const r = roles.get(m)
    if (!r) throw new Error(`no member ${m}`)
    return r
  }
  return {
    database,
    role,
    url: (m) => base.replace('postgresql://', `postgresql://${role(m)}@`),
    admin: (text, params) => superQuery(database, text, params),
    async drop() {
      await superQuery('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      for (const r of roles.values()) await superQuery('postgres', `DROP ROLE IF EXISTS ${r}`)
    }
  }
}
