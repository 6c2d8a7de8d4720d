import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx } from '../../../src/main/services/context'
import { findPassword, osKeyStore, useKeyStore, type KeyStore } from '../../../src/main/services/sync/server/credentials'
import { syncProject } from '../../../src/main/services/sync/team-sync'
import { cli, newProject, tempDir } from '../team/helpers'
import { publishProject } from '../../../src/main/services/sync/publish-join'
import { createTestServer, SKIP_PG, type TestServer } from './pg'

/**
 * The keychain path of the credentials: `esiti team login` saves the role's password, a sync finds
 * it there with neither PGPASSWORD nor a pgpass line. It runs on the OS keychain where the OS has one
 * (a desktop with a Secret Service); where it has none (CI, a headless Linux) an in-memory store
 * stands in for it behind the same interface, and the fallback message is checked.
 */
class MemoryStore implements KeyStore {
  readonly items = new Map<string, string>()
  get(a: string) {
    return this.items.get(a) ?? null
  }
  set(a: string, p: string) {
    this.items.set(a, p)
  }
  delete(a: string) {
    return this.items.delete(a)
  }
}

const saved = { PGPASSWORD: process.env.PGPASSWORD, PGPASSFILE: process.env.PGPASSFILE, ESITI_NO_KEYCHAIN: process.env.ESITI_NO_KEYCHAIN }
function restoreEnv(): void {
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
}
afterEach(() => {
  useKeyStore(undefined)
  restoreEnv()
})

describe('keychain: no store on this computer', () => {
  it('team login says so in the user’s language and gives the pgpass line to write instead', async () => {
    useKeyStore(null)
    process.env.PGPASSWORD = 'segreta'
    process.env.PGPASSFILE = '/home/anna/.pgpass'
    const it = await cli(['team', 'login', 'postgresql://anna@db.comune.it:5433/esiti', '--locale', 'it'])
    expect(it.code).not.toBe(0)
    expect(it.err).toContain('portachiavi di sistema')
    expect(it.err).toContain('db.comune.it:5433:esiti:anna:…')
    expect(it.err).not.toContain('segreta')
    const en = await cli(['team', 'login', 'postgresql://anna@db.comune.it:5433/esiti', '--locale', 'en'])
    expect(en.err).toContain('no system keychain')
    expect(en.err).toContain('/home/anna/.pgpass')
  })

  it('a password in the address is refused before anything is saved', async () => {
    const store = new MemoryStore()
    useKeyStore(store)
    const r = await cli(['team', 'login', 'postgresql://anna:segreta@db.comune.it/esiti', '--locale', 'en'])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/contains a password/)
    expect(store.items.size).toBe(0)
  })
})

describe.skipIf(SKIP_PG)('keychain: login, then sync with the password found there', () => {
  let server: TestServer
  let store: KeyStore
  let usingOs = false
  let password = ''
  let file = ''

  beforeAll(async () => {
    server = await createTestServer(['anna'])
    const line = fs.readFileSync(process.env.PGPASSFILE!, 'utf8').split('\n').find((l) => l.includes(`:${server.database}:${server.role('anna')}:`))!
    password = line.split(':').slice(4).join(':')
    const p = await newProject(tempDir(), 'anna.esiti')
    await publishProject(p.ctx, server.url('anna'))
    p.close()
    file = p.file
    saved.PGPASSFILE = process.env.PGPASSFILE
    saved.ESITI_NO_KEYCHAIN = process.env.ESITI_NO_KEYCHAIN
    const os = await osKeyStore()
    usingOs = os !== null
    if (!usingOs) console.warn('keychain test: this computer has no OS keychain (no Secret Service): an in-memory store stands in for it')
    store = os ?? new MemoryStore()
  }, 60_000)
  afterAll(async () => {
    if (usingOs) store.delete(`${server.role('anna')}@127.0.0.1:${new URL(server.url('anna')).port}/${server.database}`)
    await server?.drop()
  })

  it('esiti team login saves it (from PGPASSWORD, never an argument); a sync without pgpass finds it; --forget removes it', async () => {
    useKeyStore(store)
    const url = server.url('anna')
    process.env.PGPASSWORD = password
    const r = await cli(['team', 'login', url, '--json'])
    expect(r.code, r.err).toBe(0)
    const account = (JSON.parse(r.out) as { account: string }).account
    expect(store.get(account)).toBe(password)

    // Nothing else holds the password now: no PGPASSWORD, an empty pgpass file.
    delete process.env.PGPASSWORD
    const empty = path.join(tempDir(), 'pgpass')
    fs.writeFileSync(empty, '', { mode: 0o600 })
    process.env.PGPASSFILE = empty
    const u = new URL(url)
    expect(await findPassword({ host: u.hostname, port: Number(u.port), database: server.database, user: server.role('anna') })).toEqual({ password, source: 'keychain' })
    const ctx = makeCtx(await openProjectFile(file, { actor: 'Anna' }), 'Anna')
    try {
      await expect(syncProject(ctx)).resolves.toMatchObject({ pushed: 0 })
      expect(await cli(['team', 'login', url, '--forget', '--json'])).toMatchObject({ code: 0 })
      expect(store.get(account)).toBeNull()
      // Without it the server refuses, with a message that says where passwords come from.
      await expect(syncProject(ctx)).rejects.toMatchObject({ key: 'sync.authFailed' })
    } finally {
      ctx.project.close()
    }
  }, 60_000)
})
