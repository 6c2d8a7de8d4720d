import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ipcSessionsClosedAfterEach, ok } from '../../support/ipc-session'
import { fileKind, readHead } from '../../../src/main/db/encryption'
import { INTERVIEW, PLANTED, projectFiles, tracesIn } from './support'

/**
 * The window's face of encryption at rest (decision 0026), through the real dispatcher: an encrypted
 * project asks for its passphrase (a wrong one is WRONG_PASSPHRASE, and can be retried), the open
 * project is encrypted and decrypted in place and stays open.
 */
const newSession = ipcSessionsClosedAfterEach()
const PASS = 'una frase lunga e segreta'
const kindOf = (file: string): string => fileKind(readHead(file))

describe('encryption through the IPC contract', () => {
  it('encrypts the open project, asks the passphrase when it is opened again, retries after a wrong one, decrypts', async () => {
    const s = newSession()
    const file = path.join(s.dir, 'cifrato.esiti')
    s.saves.push(file)
    ok(await s.dispatch('project:create', { demo: false }))
    const src = path.join(s.dir, 'intervista.txt')
    fs.writeFileSync(src, INTERVIEW)
    s.files.push([src])
    ok(await s.dispatch('coding:importTranscripts', {}))

    const short = await s.dispatch('project:encrypt', { passphrase: 'corta' })
    expect(!short.ok && short.error.code).toBe('INVALID_INPUT')
    const enc = ok(await s.dispatch('project:encrypt', { passphrase: PASS }))
    expect(enc).toEqual({ encrypted: true, plainBackups: [] })
    expect(ok(await s.dispatch('project:current', {}))).toMatchObject({ path: file, encrypted: true, counts: { sources: 1 } })
    expect(kindOf(file)).toBe('encrypted')
    for (const f of projectFiles(file)) expect(tracesIn(f, PLANTED)).toEqual([])

    // Closed and opened again from the recent list: the passphrase is asked for.
    ok(await s.dispatch('project:close', {}))
    const asked = await s.dispatch('project:open', { recentPath: file })
    expect(!asked.ok && asked.error.code).toBe('PASSPHRASE_REQUIRED')
    expect(!asked.ok && asked.error.params).toMatchObject({ file: 'cifrato.esiti' })
    const wrong = await s.dispatch('project:unlock', { passphrase: 'non è questa' })
    expect(!wrong.ok && wrong.error.code).toBe('WRONG_PASSPHRASE')
    expect(!wrong.ok && wrong.error.message).not.toMatch(/damaged/i)
    // The same file can be tried again, without picking it again.
    const opened = ok(await s.dispatch('project:unlock', { passphrase: PASS }))
    expect(opened).toMatchObject({ path: file, encrypted: true, counts: { sources: 1 } })

    // Decrypting asks the passphrase again as a confirmation.
    const notIt = await s.dispatch('project:decrypt', { passphrase: 'sbagliata!' })
    expect(!notIt.ok && notIt.error.code).toBe('WRONG_PASSPHRASE')
    expect(kindOf(file)).toBe('encrypted')
    expect(ok(await s.dispatch('project:decrypt', { passphrase: PASS }))).toEqual({ encrypted: false, plainBackups: [] })
    expect(kindOf(file)).toBe('plain')
    expect(ok(await s.dispatch('project:current', {}))).toMatchObject({ encrypted: false, counts: { sources: 1 } })
    expect(s.events.filter((e) => e.event === 'project:changed').length).toBeGreaterThan(2)
  })

  it('unlock without a refused open is refused; an encrypted file picked in the dialog asks too', async () => {
    const s = newSession()
    const none = await s.dispatch('project:unlock', { passphrase: PASS })
    expect(none.ok).toBe(false)
    const file = path.join(s.dir, 'b.esiti')
    s.saves.push(file)
    ok(await s.dispatch('project:create', { demo: false }))
    ok(await s.dispatch('project:encrypt', { passphrase: PASS }))
    ok(await s.dispatch('project:close', {}))
    s.files.push([file])
    const asked = await s.dispatch('project:open', {})
    expect(!asked.ok && asked.error.code).toBe('PASSPHRASE_REQUIRED')
    expect(ok(await s.dispatch('project:unlock', { passphrase: PASS })).encrypted).toBe(true)
  })
})
