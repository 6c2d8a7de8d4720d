import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { connectTeamServer } from '../../../src/main/services/sync/server/connect'
import { parseTeamUrl } from '../../../src/main/services/sync/server/team-url'
import { tempDir } from '../team/helpers'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

/**
 * TLS against the throw-away cluster of scripts/test-postgres.sh, which runs with ssl=on and a
 * certificate signed by a CA made on the spot (its ca.crt is in ESITI_TEST_PG_DIR): sslmode=verify-full
 * succeeds with that CA and the connection is encrypted; without it, or with another CA, it fails with
 * a message about the server's certificate; a role the server accepts only over TLS is told so.
 */
const CA = process.env.ESITI_TEST_PG_DIR ? path.join(process.env.ESITI_TEST_PG_DIR, 'ca.crt') : ''
const HAVE_CA = CA !== '' && fs.existsSync(CA)
if (!HAVE_CA && process.env.ESITI_REQUIRE_PG === '1' && process.env.ESITI_TEST_PG_DIR)
  throw new Error(`the test cluster has no CA (${CA}): scripts/test-postgres.sh needs openssl`)
const SKIP = SKIP_PG || (HAVE_CA ? false : 'the PostgreSQL cluster was not started by scripts/test-postgres.sh with TLS (no ESITI_TEST_PG_DIR/ca.crt): TLS tests skipped')
if (SKIP && !SKIP_PG) console.warn(SKIP)

const savedEnv = { HOME: process.env.HOME, PGSSLROOTCERT: process.env.PGSSLROOTCERT, PGSSLMODE: process.env.PGSSLMODE }
afterEach(() => {
  for (const [k, v] of Object.entries(savedEnv))
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
})

describe.skipIf(SKIP)('TLS: sslmode=verify-full with the server’s CA', () => {
  let server: TestServer
  let base: string

  beforeAll(async () => {
    server = await createTestServer(['anna'])
    base = server.url('anna')
    // No ~/.postgresql/root.crt nor PGSSLROOTCERT: only what the URL says.
    process.env.HOME = tempDir()
    delete process.env.PGSSLROOTCERT
    delete process.env.PGSSLMODE
    savedEnv.HOME = process.env.HOME
    savedEnv.PGSSLROOTCERT = undefined
    savedEnv.PGSSLMODE = undefined
    // The role pg_hba.conf lets in only over TLS (hostnossl … reject).
    await server.admin(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tls_only') THEN CREATE ROLE tls_only LOGIN IN ROLE esiti_member; END IF; END $$`)
    await server.admin(`ALTER ROLE tls_only PASSWORD 'tls-only-password'`)
    const u = new URL(base)
    fs.appendFileSync(process.env.PGPASSFILE!, `${u.hostname}:${u.port}:${server.database}:tls_only:tls-only-password\n`)
  }, 60_000)
  afterAll(async () => {
    await server?.drop()
  })

  const withParams = (url: string, params: Record<string, string>): string => {
    const u = new URL(url)
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v)
    return u.toString()
  }

  it('succeeds with the CA, and the connection is encrypted', async () => {
    const s = await connectTeamServer(parseTeamUrl(withParams(base, { sslmode: 'verify-full', sslrootcert: CA })))
    try {
      expect(s.tls).toBe(true)
      const r = await sql<{ ssl: boolean; version: string }>`SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()`.execute(s.db)
      expect(r.rows[0].ssl).toBe(true)
      expect(r.rows[0].version).toMatch(/^TLSv1\.[23]$/)
    } finally {
      await s.close()
    }
  })

  it('fails clearly without the CA, and with another CA', async () => {
    await expect(connectTeamServer(parseTeamUrl(withParams(base, { sslmode: 'verify-full' })))).rejects.toMatchObject({ code: 'FORBIDDEN', key: 'sync.tlsCertificate' })
    const dir = tempDir()
    const other = path.join(dir, 'other-ca.crt')
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=Another CA', '-keyout', path.join(dir, 'k'), '-out', other], { stdio: 'ignore' })
    await expect(connectTeamServer(parseTeamUrl(withParams(base, { sslmode: 'verify-full', sslrootcert: other })))).rejects.toMatchObject({ key: 'sync.tlsCertificate' })
    // A CA file that is not there is named.
    await expect(connectTeamServer(parseTeamUrl(withParams(base, { sslmode: 'verify-full', sslrootcert: path.join(dir, 'missing.crt') })))).rejects.toMatchObject({ key: 'sync.certificateMissing' })
  })

  it('a role accepted only over TLS: refused with sslmode=disable (told why), let in with verify-full', async () => {
    const tlsOnly = base.replace(server.role('anna'), 'tls_only')
    await expect(connectTeamServer(parseTeamUrl(withParams(tlsOnly, { sslmode: 'disable' })))).rejects.toMatchObject({ key: 'sync.serverWantsTls' })
    const s = await connectTeamServer(parseTeamUrl(withParams(tlsOnly, { sslmode: 'verify-full', sslrootcert: CA })))
    try {
      expect(s.tls).toBe(true)
    } finally {
      await s.close()
    }
  })
})
