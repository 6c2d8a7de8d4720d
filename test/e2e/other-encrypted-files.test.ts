import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { decryptFileInPlace, encryptFileInPlace, fileKind, readHead } from '../../src/main/db/encryption'
import { mutate } from '../../src/main/db/op-log'
import { openProjectFile } from '../../src/main/db/project-file'
import { insertCode } from '../../src/main/services/team/rows'
import type { BridgeHarness } from './support/harness'
import { appPerFile } from './support/app-per-file'
import { expectNoMissingKeys, shot } from './support/browser'
import { tempDir } from '../support/temp-project'

/*
 * Other encrypted files in the window (issue 17's follow-up): a template, or a colleague's copy to
 * merge, encrypted with a passphrase the open project does not have. The window asks it in a dialog
 * naming the file, says a wrong one there, and carries on with the files already picked.
 */

const tmp = tempDir('esiti-e2e-other-crypt-')
const template = path.join(tmp.dir, 'modello.esiti')
const created = path.join(tmp.dir, 'nuova-valutazione.esiti')
const theirs = path.join(tmp.dir, 'copia-di-giulia.esiti')
const TEMPLATE_PASS = 'la passphrase del modello'
const GIULIA_PASS = 'la passphrase di Giulia'
let harness: BridgeHarness
let page: Page
const kindOf = (f: string): string => fileKind(readHead(f))

/** A project with a programme and one code, written by `actor`. */
async function projectWith(file: string, code: string, actor: string): Promise<void> {
  const p = await openProjectFile(file, { create: true, actor })
  p.sqlite.prepare("INSERT INTO programmes (id, name) VALUES ('p1', 'Reti di welfare')").run()
  mutate(p, { actor, kind: 'test.code', summary: { key: 'legacy.text', params: { text: code } } }, (w) => insertCode(w, { name: code }))
  p.close()
}

appPerFile(
  tmp,
  async () => {
    await projectWith(template, 'Benefici', 'Marco')
    await encryptFileInPlace(template, TEMPLATE_PASS)
  },
  (app) => ({ harness, page } = app)
)

describe('other encrypted files in the window', () => {
  it('asks an encrypted template its passphrase, says a wrong one, and creates the project', async () => {
    harness.platform.queueFiles([template])
    harness.platform.queueSavePath(created)
    await page.getByTestId('new-from-template').click()
    const dialog = page.getByTestId('other-passphrase-dialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('modello.esiti è cifrato. Digita la sua passphrase per leggerlo')
    await page.getByTestId('unlock-passphrase').fill('non è questa')
    await page.getByTestId('unlock-open').click()
    await expect.poll(() => page.getByTestId('unlock-error').textContent()).toContain('Passphrase errata per modello.esiti')
    expect(fs.existsSync(created)).toBe(false)
    await shot(page, 'other-crypt-01-template-wrong')
    await page.getByTestId('unlock-passphrase').fill(TEMPLATE_PASS)
    await page.keyboard.press('Enter')
    await page.getByTestId('project-name').waitFor()
    await dialog.waitFor({ state: 'detached' })
    expect(kindOf(created)).toBe('plain')
    expect(await page.getByTestId('error-surface').count()).toBe(0)
  })

  it('reads a colleague’s copy encrypted with her own passphrase once it is typed, and merges it', async () => {
    // Giulia's copy of the new project: one code more, and her own passphrase.
    fs.copyFileSync(created, theirs)
    const p = await openProjectFile(theirs, { actor: 'Giulia' })
    mutate(p, { actor: 'Giulia', kind: 'test.code', summary: { key: 'legacy.text', params: { text: 'c' } } }, (w) => insertCode(w, { name: 'Difficoltà' }))
    p.close()
    await encryptFileInPlace(theirs, GIULIA_PASS)

    await page.getByTestId('nav-team').click()
    await page.getByTestId('tab-merge').click()
    harness.platform.queueFiles([theirs])
    await page.getByTestId('merge-choose').click()
    const dialog = page.getByTestId('other-passphrase-dialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('copia-di-giulia.esiti è cifrato')
    expect(await page.getByTestId('job-progress').count()).toBe(0)
    await shot(page, 'other-crypt-02-merge-copy')
    await page.getByTestId('unlock-passphrase').fill(GIULIA_PASS)
    await page.getByTestId('unlock-open').click()
    await page.getByTestId('merge-preview').waitFor()
    await dialog.waitFor({ state: 'detached' })
    const counts = page.getByTestId('merge-counts')
    expect(await counts.locator('tr', { hasText: 'Codici' }).locator('td.num').first().textContent()).toBe('1')
    await page.getByTestId('merge-run').click()
    await page.getByTestId('merge-done').waitFor()
    await shot(page, 'other-crypt-03-merged')
    expect(await page.getByTestId('error-surface').count()).toBe(0)
    expect((page as Page & { collectedErrors: string[] }).collectedErrors).toEqual([])
    expectNoMissingKeys(page)
  })
})

// The copies are read but never rewritten: still encrypted with their own passphrases.
it('leaves the template and the copy encrypted', async () => {
  expect(kindOf(template)).toBe('encrypted')
  expect(kindOf(theirs)).toBe('encrypted')
  await decryptFileInPlace(theirs, GIULIA_PASS)
  expect(kindOf(theirs)).toBe('plain')
})
