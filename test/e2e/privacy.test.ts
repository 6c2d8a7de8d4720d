import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/main'
import { INTERVIEW, tracesIn } from '../main/privacy/support'
import { tempDir } from '../support/temp-project'
import type { BridgeHarness } from './support/harness'
import type { Channel, Input, Output } from '../../src/shared/ipc'
import { openProjectIn, shot, startApp } from './support/browser'

/**
 * Issue 17 through the window: the pseudonymisation review (find, accept and reject, a "never" rule,
 * apply with codings carried over), the personal-data overview in Programme with a review recorded,
 * the shareable copy, erasure with its certificate and the key exported under a passphrase. Every
 * effect is checked in the project or the files written, not only on screen.
 */
let app: Awaited<ReturnType<typeof startApp>>
let page: Page
let harness: BridgeHarness
const tmp = tempDir('esiti-e2e-privacy-')
const project = path.join(tmp.dir, 'valutazione.esiti')
const SHOTS = path.resolve(__dirname, '../../test-output/privacy')

async function cli(...args: string[]): Promise<any> {
  let out = ''
  let err = ''
  const code = await runCli([...args, '--json'], (s) => (out += s), (s) => (err += s))
  if (code !== 0) throw new Error(`${args.join(' ')}: ${err}`)
  return out ? JSON.parse(out) : null
}

beforeAll(async () => {
  await cli('new', project)
  const txt = path.join(tmp.dir, 'Intervista Bianchi.txt')
  fs.writeFileSync(txt, INTERVIEW)
  await cli('cases', 'add', project, 'Giulia Bianchi')
  await cli('cases', 'add', project, 'Cooperativa Sole Nascente', '--kind', 'organisation')
  await cli('transcripts', 'import', project, txt, '--case', 'Giulia Bianchi')
  await cli('codes', 'add', project, 'Lavoro')
  // A coding that spans a name to be replaced: it must keep spanning its surrogate.
  await cli('code', project, '--source', 'Intervista Bianchi', '--code', 'Lavoro', '--quote', 'lavoro alla Cooperativa Sole Nascente da tre anni')
  const csv = path.join(tmp.dir, 'risposte.csv')
  fs.writeFileSync(csv, 'Email;Soddisfazione\nanna.verdi@example.it;4\nluca.moro@example.org;3\nsara.conte@example.com;5\n')
  await cli('survey', 'import', project, csv, '--dataset', 'Indagine')
  app = await startApp()
  ;({ harness, page } = app)
  await openProjectIn(page, harness, project, 'interviews')
}, 240_000)

afterAll(async () => {
  await app?.stop()
  tmp.cleanup()
})

const look = (name: string) => shot(page, name, SHOTS)

/** Asks the service process the window uses (the project is locked by it: the CLI cannot open it now). */
async function svc<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await harness.host.call(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
  return r.value as Output<C>
}

describe('pseudonymisation review', () => {
  it('finds the planted identifiers with their context and proposes surrogates', async () => {
    await page.getByTestId('tab-pseudonymise').click()
    await page.getByTestId('privacy-review').waitFor()
    await page.getByTestId('privacy-find').click()
    await page.getByTestId('privacy-hits').waitFor()
    const texts = await page.getByTestId('privacy-hit').locator('mark').allTextContents()
    for (const planted of ['Giulia Bianchi', 'Cooperativa Sole Nascente', 'RSSMRA85T10A562S', 'giulia.bianchi@example.it', '347 123 4567', 'Franco Neri', 'Serena Galli', 'Rosa Esposito'])
      expect(texts, planted).toContain(planted)
    // "una giornata serena" and "La rosa dei venti": common words, never proposed
    expect(texts.map((t) => t.toLowerCase())).not.toContain('serena')
    await page.getByTestId('privacy-hit').first().click()
    await page.getByTestId('privacy-preview').waitFor()
    await look('01-review')
  }, 60_000)

  it('takes a "never" rule and a rejected hit, and applies the rest in a new version with codings verified', async () => {
    // A never rule for the city: it disappears from the candidates after the new search.
    const torino = page.getByTestId('privacy-hit').filter({ has: page.locator('mark', { hasText: /^Torino$/ }) })
    if (await torino.count()) {
      await torino.first().getByTestId('privacy-rule-never').click()
      await page.getByTestId('privacy-rule').first().waitFor()
      await expect.poll(() => page.getByTestId('privacy-hit').filter({ has: page.locator('mark', { hasText: /^Torino$/ }) }).count()).toBe(0)
    }
    // Leave the address alone (the reviewer's choice), replace everything else that is proposed.
    const address = page.getByTestId('privacy-hit').filter({ has: page.locator('mark', { hasText: /Via Garibaldi/ }) })
    await address.first().locator('input[type="checkbox"]').uncheck()
    await look('02-review-decided')
    await page.getByTestId('privacy-apply').click()
    await page.getByTestId('privacy-result').waitFor()
    // The source just replaced by its new version is asked for by nobody: no error shows.
    await page.waitForTimeout(300)
    expect(await page.getByTestId('error-surface').count()).toBe(0)
    const result = await page.getByTestId('privacy-result').textContent()
    expect(result).toMatch(/1 riportata e verificata/)
    await look('03-applied')
    const [source] = await svc('coding:sources', {})
    const view = await svc('coding:sourceView', { sourceId: source.id, includeText: true })
    for (const gone of ['Giulia Bianchi', 'RSSMRA85T10A562S', 'giulia.bianchi@example.it', '347 123 4567', 'Franco Neri', 'Sole Nascente']) expect(view.text).not.toContain(gone)
    // the rejected address and the city under a never rule stay
    expect(view.text).toContain('Via Garibaldi 12')
    const [coding] = view.codings
    expect(view.text!.slice(coding.start, coding.end)).toMatch(/^lavoro alla \[.+\] da tre anni$/)
  }, 90_000)
})

describe('identifier variables in Questionnaires', () => {
  it('shows the e-mail variable marked at import, and takes the user’s correction', async () => {
    await page.getByTestId('nav-questionnaires').click()
    await page.getByTestId('sv-dataset').first().click()
    await page.getByTestId('tab-variables').click()
    // The list settles once the identifier marks have loaded (the badge moves the rows).
    await page.getByTestId('sv-var-email').getByTestId('sv-var-identifier').waitFor()
    await page.getByTestId('sv-var-email').click()
    await page.getByTestId('sv-identifier').waitFor()
    expect(await page.getByTestId('sv-var-email').getByTestId('sv-var-identifier').textContent()).toBe('E-mail')
    expect(await page.getByTestId('sv-identifier-kind').inputValue()).toBe('email')
    await look('04a-questionnaire-identifier')
    // Say it is a name instead (the user's decision is recorded with who made it).
    await page.getByTestId('sv-identifier-kind').selectOption('name')
    await page.getByTestId('sv-identifier-save').click()
    await expect.poll(async () => (await svc('privacy:identifiers', {})).find((v) => v.variable === 'email')?.kind).toBe('name')
    expect((await svc('privacy:identifiers', {})).find((v) => v.variable === 'email')?.decidedBy).not.toBe('auto')
    // The window shows the stored decision once it has reloaded it; a choice made before that would be
    // compared with the old value (and reset by the reload), so wait for the badge.
    await expect.poll(async () => page.getByTestId('sv-var-email').getByTestId('sv-var-identifier').textContent()).toBe('Nome')
    await page.getByTestId('sv-identifier-kind').selectOption('email')
    await page.getByTestId('sv-identifier-save').click()
    await expect.poll(async () => (await svc('privacy:identifiers', {})).find((v) => v.variable === 'email')?.kind).toBe('email')
  })
})

describe('personal data, share, erase, key', () => {
  it('shows where personal data lives and records a review', async () => {
    await page.getByTestId('nav-programme').click()
    await page.getByTestId('tab-privacy').click()
    await page.getByTestId('privacy-overview').waitFor()
    expect(await page.getByTestId('privacy-place-pseudonymisedSources').locator('td.num').textContent()).toBe('1')
    expect(await page.getByTestId('privacy-place-originalsKept').locator('td.num').textContent()).toBe('1')
    await page.getByTestId('privacy-mark-reviewed').click()
    await expect.poll(() => page.getByTestId('privacy-review-record').textContent()).toMatch(/Rivisti il/)
    await look('04-programme-personal-data')
    // The kept original can be destroyed from here (after a confirmation): the count goes to 0.
    await page.getByTestId('privacy-originals-destroy').click()
    await page.getByTestId('privacy-originals-confirm').click()
    await expect.poll(() => page.getByTestId('privacy-place-originalsKept').locator('td.num').textContent()).toBe('0')
    expect((await svc('privacy:overview', {})).reviewedAt).toBeTruthy()
  })

  it('writes a shareable copy with none of the planted strings in its bytes, and says what it removed', async () => {
    await page.getByTestId('privacy-share-open').click()
    await page.getByTestId('privacy-share-dialog').waitFor()
    await page.getByTestId('privacy-share-workbook').check()
    await look('05-share')
    const copy = path.join(tmp.dir, 'copia condivisibile.esiti')
    harness.platform.queueSavePath(copy)
    await page.getByTestId('privacy-share-run').click()
    await page.getByTestId('privacy-share-report').waitFor({ timeout: 60_000 })
    await look('06-share-report')
    expect(fs.existsSync(copy)).toBe(true)
    expect(fs.existsSync(copy.replace(/\.esiti$/, '.xlsx'))).toBe(true)
    expect(tracesIn(copy, ['Giulia Bianchi', 'RSSMRA85T10A562S', 'giulia.bianchi@example.it', 'Franco Neri', 'Sole Nascente'])).toEqual([])
    await page.keyboard.press('Escape')
    await page.getByTestId('privacy-share-dialog').waitFor({ state: 'detached' })
  }, 90_000)

  it('exports the key under a passphrase', async () => {
    await page.getByTestId('privacy-key-open').click()
    await page.getByTestId('privacy-key-status').waitFor()
    await page.getByTestId('privacy-key-pass').fill('una frase lunga')
    await page.getByTestId('privacy-key-again').fill('una frase lunga')
    const keyFile = path.join(tmp.dir, 'chiave.esiti-key')
    harness.platform.queueSavePath(keyFile)
    await page.getByTestId('privacy-key-export').click()
    await page.getByTestId('privacy-key-exported').waitFor()
    await look('07-key')
    expect(fs.existsSync(keyFile)).toBe(true)
    expect(tracesIn(keyFile, ['Giulia Bianchi'])).toEqual([])
    await page.keyboard.press('Escape')
  })

  it('finds a person, previews where they appear, erases them after confirmation and shows the certificate', async () => {
    await page.getByTestId('privacy-erase-open').click()
    await page.getByTestId('privacy-erase-dialog').waitFor()
    await page.getByTestId('privacy-erase-search').fill('bianchi')
    await page.getByTestId('privacy-person').filter({ hasText: 'Giulia Bianchi' }).click()
    await page.getByTestId('privacy-erase-confirm').waitFor()
    expect(await page.getByTestId('privacy-erase-run').isDisabled()).toBe(true)
    await page.getByTestId('privacy-erase-confirm').fill('Giulia Bianchi')
    await look('08-erase-preview')
    await page.getByTestId('privacy-erase-run').click()
    await page.getByTestId('privacy-certificate').waitFor({ timeout: 60_000 })
    await look('09-erase-certificate')
    expect(await page.getByTestId('privacy-certificate').textContent()).toMatch(/nessuna traccia/)
    await page.keyboard.press('Escape')
    expect(tracesIn(project, ['Giulia Bianchi', 'giulia.bianchi@example.it'])).toEqual([])
  }, 90_000)
})
