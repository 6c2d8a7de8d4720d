import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { fileKind, readHead } from '../../src/main/db/encryption'
import type { BridgeHarness } from './support/harness'
import { shot, startApp } from './support/browser'
import { tempDir } from '../support/temp-project'

/**
 * Encryption at rest in the window (issue 17): the open project is encrypted from the top bar (a new
 * passphrase typed twice), opening it again asks its passphrase in a dialog (a wrong one is said
 * there, in the interface language, and can be typed again), and the encryption can be removed.
 */
let app: Awaited<ReturnType<typeof startApp>>
let harness: BridgeHarness
let page: Page
const tmp = tempDir('esiti-e2e-crypt-')
const file = path.join(tmp.dir, 'valutazione.esiti')
const PASS = 'una frase lunga e segreta'
const kindOf = (f: string): string => fileKind(readHead(f))

beforeAll(async () => {
  const p = await openProjectFile(file, { create: true })
  p.sqlite.prepare("INSERT INTO programmes (id, name) VALUES ('p1', 'Reti di welfare')").run()
  p.close()
  app = await startApp()
  ;({ harness, page } = app)
})

afterAll(async () => {
  await app?.stop()
  tmp.cleanup()
})

describe('encryption in the window', () => {
  it('encrypts the open project, asks its passphrase when it is opened again, retries a wrong one, decrypts', async () => {
    await page.getByTestId('welcome').waitFor()
    harness.platform.queueFiles([file])
    await page.getByTestId('open-project').click()
    await page.getByTestId('project-name').waitFor()
    expect(await page.getByTestId('encrypted-badge').count()).toBe(0)

    await page.getByTestId('encryption').click()
    const dialog = page.getByTestId('encryption-dialog')
    await dialog.waitFor()
    await page.getByTestId('encryption-passphrase').fill(PASS)
    await page.getByTestId('encryption-again').fill(PASS + 'x')
    expect(await page.getByTestId('encryption-error').textContent()).toBe('Le due passphrase sono diverse.')
    expect(await page.getByTestId('encryption-go').isDisabled()).toBe(true)
    await page.getByTestId('encryption-again').fill(PASS)
    await shot(page, 'encryption-01-encrypt-it')
    await page.getByTestId('encryption-go').click()
    await page.getByTestId('encrypted-badge').waitFor()
    expect(await page.getByTestId('encryption-done').textContent()).toContain('Il progetto ora è cifrato.')
    expect(kindOf(file)).toBe('encrypted')
    expect(await page.getByTestId('error-surface').count()).toBe(0)

    // Closed, then opened again from the recent list: the passphrase dialog.
    await page.getByTestId('close-project').click()
    await page.getByTestId('welcome').waitFor()
    await page.getByTestId('recent-project').first().getByRole('button').click()
    await page.getByTestId('unlock-dialog').waitFor()
    expect(await page.getByTestId('unlock-dialog').textContent()).toContain('valutazione.esiti è cifrato')
    await page.getByTestId('unlock-passphrase').fill('non è questa')
    await page.getByTestId('unlock-passphrase').press('Enter')
    const wrong = page.getByTestId('unlock-error')
    await wrong.waitFor()
    expect(await wrong.textContent()).toMatch(/^Passphrase errata per valutazione\.esiti/)
    expect(await wrong.textContent()).not.toMatch(/danneggiat/)
    await shot(page, 'encryption-02-wrong-passphrase-it')
    await page.getByTestId('unlock-passphrase').fill(PASS)
    await page.getByTestId('unlock-open').click()
    await page.getByTestId('project-name').waitFor()
    expect(await page.getByTestId('project-name').textContent()).toBe('Reti di welfare')
    expect(await page.getByTestId('encrypted-badge').textContent()).toContain('Cifrato')
    await shot(page, 'encryption-03-open-encrypted-it')

    // The service process dies: an encrypted project is not reopened without its passphrase; the
    // notice offers to type it, and the project is open again.
    const before = harness.host.pid
    process.kill(before!, 'SIGKILL')
    const notice = page.getByTestId('service-notice')
    await expect.poll(async () => (await notice.count()) > 0 && (await notice.getAttribute('data-state')) === 'ready', { timeout: 60_000 }).toBe(true)
    expect(await notice.textContent()).toContain('valutazione.esiti è cifrato: per aprirlo serve la sua passphrase.')
    await page.getByTestId('welcome').waitFor()
    expect(await notice.textContent()).toContain('il progetto valutazione.esiti non si è riaperto')
    expect(await page.getByTestId('error-surface').count()).toBe(0)
    await shot(page, 'encryption-03b-restart-asks-it')
    await page.getByTestId('service-unlock').click()
    await page.getByTestId('unlock-passphrase').fill(PASS)
    await page.getByTestId('unlock-open').click()
    await page.getByTestId('encrypted-badge').waitFor()
    expect(await page.getByTestId('project-name').textContent()).toBe('Reti di welfare')
    // The badge follows project:changed; the notice goes when project:unlock answers: either may come first.
    await expect.poll(() => page.getByTestId('service-notice').count()).toBe(0)

    // In English, then decrypted (the passphrase typed again as confirmation).
    await page.getByTestId('locale').selectOption('en')
    await page.getByTestId('encryption').click()
    await page.getByTestId('encryption-dialog').waitFor()
    // The language changes when app:setLocale answers: the dialog may open before that.
    await expect.poll(() => page.getByTestId('encryption-dialog').getByRole('heading').textContent()).toBe('Remove the encryption')
    await page.getByTestId('encryption-passphrase').fill('wrong one')
    await page.getByTestId('encryption-go').click()
    await page.getByTestId('encryption-error').waitFor()
    expect(await page.getByTestId('encryption-error').textContent()).toBe('That is not the passphrase of valutazione.esiti: nothing was changed.')
    await shot(page, 'encryption-04-decrypt-wrong-en')
    await page.getByTestId('encryption-passphrase').fill(PASS)
    await page.getByTestId('encryption-go').click()
    await page.getByTestId('encryption-done').waitFor()
    expect(await page.getByTestId('encryption-done').textContent()).toContain('The project is no longer encrypted.')
    // The top bar reloads the project summary after the answer: polled, not read once.
    await expect.poll(() => page.getByTestId('encrypted-badge').count()).toBe(0)
    expect(kindOf(file)).toBe('plain')
    expect(fs.readdirSync(tmp.dir).filter((f) => f.includes('crypting'))).toEqual([])
  }, 120_000)
})
