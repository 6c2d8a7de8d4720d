import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { fileKind, readHead } from '../../../src/main/db/encryption'
import { formatMessage } from '../../../src/shared/messages'
import { INTERVIEW, okJson, PLANTED, projectFiles, tempProject, tracesIn, type CliResult } from './support'

/**
 * Encryption at rest (issue 17, decision 0026): an encrypted project's bytes hold no plaintext of a
 * transcript, it opens only with its passphrase (a wrong one is named as such), every verb works on
 * it with the passphrase, and an encryption killed half-way leaves the original intact.
 */
const PASS = 'cavallo-batteria-graffetta'
const ROOT = path.resolve(__dirname, '../../..')

let t: Awaited<ReturnType<typeof tempProject>>
let cli: (...args: string[]) => Promise<CliResult>
const ok = (...args: string[]): Promise<any> => okJson(cli, ...args)
const withPass = async <T>(pass: string | undefined, fn: () => Promise<T>): Promise<T> => {
  const before = process.env.ESITI_PASSPHRASE
  if (pass === undefined) delete process.env.ESITI_PASSPHRASE
  else process.env.ESITI_PASSPHRASE = pass
  try {
    return await fn()
  } finally {
    if (before === undefined) delete process.env.ESITI_PASSPHRASE
    else process.env.ESITI_PASSPHRASE = before
  }
}
const kindOf = (file: string): string => fileKind(readHead(file))

/** The esiti command in a child process (kill -9 tests), on the pinned Node. */
const spawnCli = (env: Record<string, string>, ...args: string[]): ReturnType<typeof spawnSync> =>
  spawnSync(path.join(ROOT, 'node_modules', '.bin', 'node'), [path.join(ROOT, 'bin', 'esiti.mjs'), ...args, '--json'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000
  })

beforeEach(async () => {
  t = await tempProject()
  cli = t.cli
  await ok('transcripts', 'import', t.project, t.file('intervista.txt', INTERVIEW))
  await ok('codes', 'add', t.project, 'Lavoro')
  await ok('code', t.project, '--source', 'intervista', '--code', 'Lavoro', '--quote', 'Cooperativa Sole Nascente')
})
afterEach(() => {
  delete process.env.ESITI_PASSPHRASE
  fs.rmSync(t.dir, { recursive: true, force: true })
})

describe('encrypt and decrypt', () => {
  it('leaves no plaintext of the transcript in the file or its WAL, and decrypts back to the same project', async () => {
    for (const f of projectFiles(t.project)) expect(tracesIn(f, PLANTED).length).toBeGreaterThan(0)
    const r = await withPass(PASS, () => ok('encrypt', t.project))
    expect(r).toMatchObject({ project: t.project, encrypted: true })
    expect(kindOf(t.project)).toBe('encrypted')
    for (const f of projectFiles(t.project)) expect(tracesIn(f, PLANTED)).toEqual([])
    expect(fs.readdirSync(t.dir).filter((f) => f.includes('crypting'))).toEqual([])

    // While it is open and written to, the WAL holds encrypted pages only.
    const p = await openProjectFile(t.project, { passphrase: PASS })
    p.sqlite.prepare("UPDATE sources SET name = 'Serena Galli ha telefonato'").run()
    expect(fs.statSync(`${t.project}-wal`).size).toBeGreaterThan(0)
    for (const f of projectFiles(t.project)) expect(tracesIn(f, [...PLANTED, 'ha telefonato'])).toEqual([])
    p.close()

    // A plain reader cannot read it at all.
    const plain = new Database(t.project, { readonly: true })
    expect(() => plain.prepare('SELECT * FROM sources').all()).toThrow(/not a database/)
    plain.close()

    const d = await withPass(PASS, () => ok('decrypt', t.project))
    expect(d).toMatchObject({ project: t.project, encrypted: false })
    expect(kindOf(t.project)).toBe('plain')
    const seg = await ok('segments', t.project, '--code', 'Lavoro')
    expect(JSON.stringify(seg)).toContain('Cooperativa Sole Nascente')
    expect(JSON.stringify(await ok('transcripts', 'list', t.project))).toContain('Serena Galli ha telefonato')
  }, 120_000)

  it('refuses a missing, wrong or too short passphrase with its own error in both languages, never "damaged"', async () => {
    const short = await withPass('corta', () => cli('encrypt', t.project))
    expect(short.code).toBe(1)
    expect(short.err).toMatch(/at least 8/)
    expect(kindOf(t.project)).toBe('plain')
    await withPass(PASS, () => ok('encrypt', t.project))

    // No passphrase and no terminal to ask it.
    const none = await withPass(undefined, () => cli('info', t.project))
    expect(none.code).toBe(1)
    expect(none.err).toMatch(/ESITI_PASSPHRASE/)

    const wrong = await withPass('not-the-passphrase', () => cli('info', t.project))
    expect(wrong.code).toBe(1)
    expect(wrong.err).toMatch(/Wrong passphrase for p\.esiti/)
    expect(wrong.err).not.toMatch(/damaged|danneggiat/i)
    const sbagliata = await withPass('not-the-passphrase', () => cli('info', t.project, '--locale', 'it'))
    expect(sbagliata.err).toMatch(/Passphrase errata per p\.esiti/)
    await expect(openProjectFile(t.project, { passphrase: 'nope-nope-nope' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
    await expect(openProjectFile(t.project)).rejects.toMatchObject({ code: 'PASSPHRASE_REQUIRED' })
    await expect(openProjectFile(t.project, { readonly: true, passphrase: 'nope-nope-nope' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
    expect(formatMessage({ key: 'encryption.wrongPassphrase', params: { file: 'x' } }, 'it')).toMatch(/errata/)

    // Encrypting twice, or decrypting a plain project, is refused and changes nothing.
    const twice = await withPass(PASS, () => cli('encrypt', t.project))
    expect(twice.err).toMatch(/already encrypted/)
    await withPass(PASS, () => ok('decrypt', t.project))
    const plainAgain = await withPass(PASS, () => cli('decrypt', t.project))
    expect(plainAgain.err).toMatch(/not encrypted/)
    // A passphrase with accents typed composed or decomposed is the same passphrase.
    await withPass('perché-così-è', () => ok('encrypt', t.project))
    expect(await withPass('perche\u0301-cosi\u0300-e\u0300', () => ok('info', t.project))).toMatchObject({ project: t.project })
  }, 120_000)

  it('every verb works on an encrypted project with its passphrase: reads, writes, undo, copies, merge, REFI-QDA, share', async () => {
    const other = path.join(t.dir, 'altro.esiti')
    await ok('copy', t.project, '--out', other)
    await withPass(PASS, () => ok('encrypt', t.project))
    await withPass(PASS, async () => {
      expect((await ok('privacy', 'status', t.project)).encrypted).toBe(true)
      expect((await ok('info', t.project))).toMatchObject({ sources: 1, codes: 1, codings: 1 })
      expect(JSON.stringify(await ok('segments', t.project, '--code', 'Lavoro'))).toContain('Cooperativa Sole Nascente')
      await ok('codes', 'add', t.project, 'Tempo')
      await ok('code', t.project, '--source', 'intervista', '--code', 'Tempo', '--quote', 'da tre anni')
      expect((await ok('info', t.project)).codings).toBe(2)
      await ok('undo', t.project)
      expect((await ok('info', t.project)).codings).toBe(1)
      expect(JSON.stringify(await ok('history', t.project))).toContain('Tempo')
      await ok('search', t.project, 'laboratorio')
      // A copy of an encrypted project is encrypted with the same passphrase.
      const copy = path.join(t.dir, 'copia.esiti')
      await ok('copy', t.project, '--out', copy)
      expect(kindOf(copy)).toBe('encrypted')
      expect(tracesIn(copy, PLANTED)).toEqual([])
      expect((await ok('info', copy)).sources).toBe(1)
      // The other copy of a merge may be encrypted too.
      await ok('encrypt', other)
      await ok('merge', t.project, other, '--preview')
      // An encrypted template: asked its passphrase for the file named, though it is read from a copy.
      const made = path.join(t.dir, 'dal-modello.esiti')
      expect(await ok('new', made, '--template', other)).toMatchObject({ project: made, codes: 1 })
      expect(kindOf(made)).toBe('plain')
      // REFI-QDA out and back in.
      const qdpx = path.join(t.dir, 'p.qdpx')
      await ok('qdpx', 'export', t.project, '--out', qdpx)
      const fresh = path.join(t.dir, 'fresh.esiti')
      await ok('new', fresh)
      await ok('encrypt', fresh)
      await ok('qdpx', 'import', qdpx, fresh)
      expect((await ok('info', fresh)).sources).toBe(1)
      // Pseudonymisation and erasure work on it too.
      expect((await ok('pseudonymise', t.project, '--preview')).hits.length).toBeGreaterThan(0)
      await ok('cases', 'add', t.project, 'Franco Neri')
      expect((await ok('erase', t.project, '--person', 'Franco Neri')).removed).toMatchObject({ cases: 1 })
      // The shareable copy is a plain project (decision 0026) with none of the planted strings.
      const shared = path.join(t.dir, 'condivisa.esiti')
      const s = await ok('share', t.project, '--out', shared, '--pseudonymise-rest')
      expect(s.file).toBe(shared)
      expect(kindOf(shared)).toBe('plain')
      for (const f of projectFiles(shared)) expect(tracesIn(f, ['Giulia Bianchi', 'RSSMRA85T10A562S', 'giulia.bianchi@example.it'])).toEqual([])
      expect(kindOf(t.project)).toBe('encrypted')
    })
    for (const f of projectFiles(t.project)) expect(tracesIn(f, PLANTED)).toEqual([])
  }, 240_000)

  it('new --encrypt creates the project encrypted from the start, the demo included, and leaves nothing when no passphrase can be read', async () => {
    const fresh = path.join(t.dir, 'nuovo.esiti')
    const made = await withPass(PASS, () => ok('new', fresh, '--demo', '--encrypt'))
    expect(made).toMatchObject({ project: fresh, demo: true, encrypted: true })
    expect(kindOf(fresh)).toBe('encrypted')
    // The demo's transcripts are inside, unreadable without the passphrase and readable with it.
    for (const f of projectFiles(fresh)) expect(tracesIn(f, ['Cittadella del welfare'])).toEqual([])
    expect((await withPass(PASS, () => ok('info', fresh))).sources).toBeGreaterThan(0)
    expect(fs.readdirSync(t.dir).filter((f) => f.startsWith('nuovo') && f !== 'nuovo.esiti')).toEqual([])
    // Without a passphrase (no terminal to ask it) nothing is created.
    const none = path.join(t.dir, 'senza.esiti')
    const refused = await withPass(undefined, () => cli('new', none, '--encrypt'))
    expect(refused.code).not.toBe(0)
    expect(fs.existsSync(none)).toBe(false)
  })

  it('the backup written before an upgrade is encrypted too', async () => {
    await withPass(PASS, () => ok('encrypt', t.project))
    const step = 'zz01-test-encrypted-backup'
    MIGRATIONS[step] = { up: async (db) => void (await db.schema.createTable('test_added').addColumn('id', 'text').execute()) }
    try {
      // Only read, an older encrypted project is upgraded in a private copy, encrypted too, never in place.
      const before = fs.readFileSync(t.project)
      const r = await openProjectFile(t.project, { passphrase: PASS, readonly: true })
      expect(r.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'test_added'").get()).toBeTruthy()
      r.close()
      expect(fs.readFileSync(t.project).equals(before)).toBe(true)
      const p = await openProjectFile(t.project, { passphrase: PASS })
      p.close()
    } finally {
      delete MIGRATIONS[step]
    }
    const backups = fs.readdirSync(t.dir).filter((f) => f.includes('.backup'))
    expect(backups.length).toBe(1)
    const b = path.join(t.dir, backups[0])
    expect(kindOf(b)).toBe('encrypted')
    expect(tracesIn(b, PLANTED)).toEqual([])
  })

  it('the lock holds: a project open elsewhere is not encrypted under it', async () => {
    const p = await openProjectFile(t.project)
    try {
      const r = await withPass(PASS, () => cli('encrypt', t.project))
      expect(r.code).toBe(1)
      expect(r.err).toMatch(/in use|open/i)
    } finally {
      p.close()
    }
    expect(kindOf(t.project)).toBe('plain')
  })
})

describe('an interrupted encryption (kill -9)', () => {
  it('leaves the original intact and openable at every point before the rename; the leftover goes at the next open', async () => {
    const before = fs.readFileSync(t.project)
    for (const point of ['encrypt:copied', 'encrypt:rekeyed', 'encrypt:before-rename']) {
      const killed = spawnCli({ ESITI_TEST_CRASH_AT: point, ESITI_PASSPHRASE: PASS }, 'encrypt', t.project)
      expect(killed.signal, point).toBe('SIGKILL')
      expect(kindOf(t.project), point).toBe('plain')
      expect(fs.readFileSync(t.project).equals(before), point).toBe(true)
      expect(fs.existsSync(`${t.project}.encrypting.esiti`), point).toBe(true)
      // The next open (any verb that writes) removes the leftover copy; the project is all there.
      await ok('codes', 'list', t.project)
      expect((await ok('info', t.project)).codings).toBe(1)
      const p = await openProjectFile(t.project)
      p.close()
      expect(fs.readdirSync(t.dir).filter((f) => f.includes('crypting')), point).toEqual([])
    }
    // Killed right after the rename: the project is encrypted and complete.
    const late = spawnCli({ ESITI_TEST_CRASH_AT: 'encrypt:renamed', ESITI_PASSPHRASE: PASS }, 'encrypt', t.project)
    expect(late.signal).toBe('SIGKILL')
    expect(kindOf(t.project)).toBe('encrypted')
    expect((await withPass(PASS, () => ok('info', t.project))).codings).toBe(1)
  }, 300_000)

  it('an interrupted decryption leaves the project encrypted and openable, and its plain leftover is removed', async () => {
    await withPass(PASS, () => ok('encrypt', t.project))
    for (const point of ['decrypt:copied', 'decrypt:rekeyed', 'decrypt:before-rename']) {
      const killed = spawnCli({ ESITI_TEST_CRASH_AT: point, ESITI_PASSPHRASE: PASS }, 'decrypt', t.project)
      expect(killed.signal, point).toBe('SIGKILL')
      expect(kindOf(t.project), point).toBe('encrypted')
      expect(fs.existsSync(`${t.project}.decrypting.esiti`), point).toBe(true)
      const p = await openProjectFile(t.project, { passphrase: PASS })
      expect((p.sqlite.prepare('SELECT COUNT(*) n FROM codings').get() as { n: number }).n).toBe(1)
      p.close()
      expect(fs.readdirSync(t.dir).filter((f) => f.includes('crypting')), point).toEqual([])
    }
    for (const f of projectFiles(t.project)) expect(tracesIn(f, PLANTED)).toEqual([])
  }, 300_000)
})

describe('a shareable copy killed half-way (kill -9)', () => {
  it('leaves nothing beside the target, and its private staging folder is swept by the next export', async () => {
    const ownTmp = fs.mkdtempSync(path.join(t.dir, 'tmp-'))
    const out = path.join(t.dir, 'uscita')
    fs.mkdirSync(out)
    const target = path.join(out, 'condivisa.esiti')
    for (const point of ['share:copied', 'share:stripped', 'share:before-publish']) {
      const killed = spawnCli({ ESITI_TEST_CRASH_AT: point, TMPDIR: ownTmp }, 'share', t.project, '--out', target, '--pseudonymise-rest', '--qdpx', path.join(out, 'condivisa.qdpx'))
      expect(killed.signal, point).toBe('SIGKILL')
      expect(fs.readdirSync(out), point).toEqual([])
      expect(fs.readdirSync(t.dir).filter((f) => f.includes('partial')), point).toEqual([])
      expect(fs.readdirSync(ownTmp).filter((f) => f.startsWith('esiti-out-')).length, point).toBe(1)
      // The next export (here the share itself, run to the end) sweeps the dead process's folder.
      const r = spawnCli({ TMPDIR: ownTmp }, 'share', t.project, '--out', target, '--pseudonymise-rest')
      expect(r.status, String(r.stderr)).toBe(0)
      expect(fs.readdirSync(ownTmp).filter((f) => f.startsWith('esiti-')), point).toEqual([])
      expect(fs.readdirSync(out).sort()).toEqual(['condivisa.esiti', 'condivisa.esiti.report.txt'])
      for (const f of fs.readdirSync(out)) fs.rmSync(path.join(out, f))
    }
  }, 300_000)
})

describe('hostile encrypted files', () => {
  it('a damaged page after the first is named as damage, not as a wrong passphrase; a foreign file is not asked a passphrase', async () => {
    await withPass(PASS, () => ok('encrypt', t.project))
    const bytes = fs.readFileSync(t.project)
    const page = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16)
    expect(bytes.length).toBeGreaterThan(page * 3)
    bytes[page * 2 + 100] ^= 0xff
    fs.writeFileSync(t.project, bytes)
    const r = await withPass(PASS, () => cli('segments', t.project, '--code', 'Lavoro'))
    expect(r.code).not.toBe(0)
    expect(r.err).not.toMatch(/passphrase/i)
    expect(r.err).toMatch(/damaged|not an Esiti project|cannot be read/i)

    // Random bytes with a SQLite-like header tail are "not a project", never "wrong passphrase".
    const junk = t.file('junk.esiti', Buffer.alloc(4096, 7))
    const j = await withPass(PASS, () => cli('info', junk))
    expect(j.err).not.toMatch(/passphrase/i)
  })
})
