import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ipcSessionsClosedAfterEach, ok } from '../../support/ipc-session'
import { fileKind, readHead } from '../../../src/main/db/encryption'
import { INTERVIEW, PLANTED, projectFiles, tracesIn } from './support'
import { decryptFileInPlace, encryptFileInPlace } from '../../../src/main/db/encryption'
import { openProjectFile } from '../../../src/main/db/project-file'
import { mutate } from '../../../src/main/db/op-log'
import { makeCtx } from '../../../src/main/services/context'
import { insertCode } from '../../../src/main/services/team/rows'

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

describe('other encrypted files through the IPC contract (a template, a copy to merge)', () => {
  /** A project at `file` with a programme and one code, encrypted with `passphrase`, closed. */
  async function encryptedProject(file: string, passphrase: string, code: string): Promise<void> {
    const p = await openProjectFile(file, { create: true, actor: 'Marco' })
    p.sqlite.prepare("INSERT INTO programmes (id, name) VALUES ('p1', 'Reti di welfare')").run()
    p.close()
    const ctx = makeCtx(await openProjectFile(file, { actor: 'Marco' }), 'Marco')
    mutate(ctx.project, { actor: 'Marco', kind: 'test.code', summary: { key: 'legacy.text', params: { text: code } } }, (w) => insertCode(w, { name: code }))
    ctx.project.close()
    await encryptFileInPlace(file, passphrase)
  }

  it('asks an encrypted template its passphrase, keeps the picked files, and says a wrong one', async () => {
    const s = newSession()
    const template = path.join(s.dir, 'modello.esiti')
    await encryptedProject(template, 'la passphrase del modello', 'Benefici')
    const target = path.join(s.dir, 'nuovo.esiti')
    s.files.push([template])
    s.saves.push(target)
    const asked = await s.dispatch('project:create', { template: true })
    expect(!asked.ok && asked.error).toMatchObject({ code: 'PASSPHRASE_REQUIRED', params: { file: 'modello.esiti' } })
    expect(fs.existsSync(target)).toBe(false)

    ok(await s.dispatch('project:otherPassphrase', { passphrase: 'non è questa' }))
    const wrong = await s.dispatch('project:create', { template: true, again: true })
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'WRONG_PASSPHRASE', params: { file: 'modello.esiti' } })
    expect(fs.existsSync(target)).toBe(false)

    // Typed again: the same template and the same new file, no dialog asked twice.
    ok(await s.dispatch('project:otherPassphrase', { passphrase: 'la passphrase del modello' }))
    const created = ok(await s.dispatch('project:create', { template: true, again: true }))
    expect(created).toMatchObject({ path: target, encrypted: false, name: 'Reti di welfare' })
    expect(s.files).toEqual([])
    expect(s.saves).toEqual([])
    expect(kindOf(target)).toBe('plain')
    expect(kindOf(template)).toBe('encrypted')
    const codes = ok(await s.dispatch('coding:codes', {})) as { name: string }[]
    expect(codes.map((c) => c.name)).toEqual(['Benefici'])
  })

  it('reads a colleague copy encrypted with another passphrase once it is typed, and merges it', async () => {
    const s = newSession()
    const mine = path.join(s.dir, 'mia.esiti')
    await encryptedProject(mine, PASS, 'Benefici')
    const theirs = path.join(s.dir, 'sua.esiti')
    fs.copyFileSync(mine, theirs)
    // The colleague adds a code on their copy, then sets another passphrase on it.
    const p = await openProjectFile(theirs, { actor: 'Giulia', passphrase: PASS })
    mutate(p, { actor: 'Giulia', kind: 'test.code', summary: { key: 'legacy.text', params: { text: 'c' } } }, (w) => insertCode(w, { name: 'Difficoltà' }))
    p.close()
    await decryptFileInPlace(theirs, PASS)
    await encryptFileInPlace(theirs, 'la passphrase di Giulia')

    s.files.push([mine])
    expect((await s.dispatch('project:open', {})).ok).toBe(false)
    expect(ok(await s.dispatch('project:unlock', { passphrase: PASS }))).toMatchObject({ path: mine, encrypted: true })

    // The open project's passphrase is tried first: it is not this copy's, and that is said.
    s.files.push([theirs])
    const wrong = await s.dispatch('team:mergePreview', {})
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'WRONG_PASSPHRASE', params: { file: 'sua.esiti' } })
    ok(await s.dispatch('project:otherPassphrase', { passphrase: 'la passphrase di Giulia' }))
    const preview = ok(await s.dispatch('team:mergePreview', { again: true }))!
    expect(s.files).toEqual([])
    expect(preview).toMatchObject({ other: theirs, preview: true, added: { codes: 1 } })
    const merged = ok(await s.dispatch('team:merge', { file: theirs, accept: 'all' }))
    expect(merged.added.codes).toBe(1)
    const codes = ok(await s.dispatch('coding:codes', {})) as { name: string }[]
    expect(codes.map((c) => c.name).sort()).toEqual(['Benefici', 'Difficoltà'])
    expect(kindOf(mine)).toBe('encrypted')

    // Closing the project forgets the passphrase typed for the copy.
    ok(await s.dispatch('project:close', {}))
    expect((await s.dispatch('project:otherPassphrase', { passphrase: 'x' })).ok).toBe(false)
  })
})
