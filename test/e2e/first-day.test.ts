import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { makeCtx } from '../../src/main/services/context'
import { projectCounts } from '../../src/main/services/project/project-service'
import { seedDemo } from '../../src/main/demo/seed'
import { respondents, writeGoogleForms } from '../main/survey/support/platform-exports'
import { makeDocx } from '../main/transcripts/support/make-docx'
import { sharedFixture } from '../support/shared-fixtures'
import { tempDir } from '../support/temp-project'
import type { BridgeHarness } from './support/harness'
import { runInPage, shot } from './support/browser'
import { appPerFile } from './support/app-per-file'

/** The small frictions of a first day: each one seen in the window, in Italian. */
let harness: BridgeHarness
let page: Page
const tmp = tempDir('esiti-e2e-first-')
const demo = path.join(tmp.dir, 'mire-demo.esiti')
const other = path.join(tmp.dir, 'altro.esiti')
const created = path.join(tmp.dir, 'nuova valutazione.esiti')
const wide = path.join(tmp.dir, 'Risposte dipendenti.xlsx')
const word = path.join(tmp.dir, 'questionario.docx')

const recentPaths = (): Promise<string[]> =>
  page.getByTestId('recent-project').evaluateAll((els) => els.map((e) => e.getAttribute('data-path') ?? ''))

async function closeProject(): Promise<void> {
  await page.getByTestId('close-project').click()
  await page.getByTestId('welcome').waitFor()
}

appPerFile(
  tmp,
  async () => {
    const p = await openProjectFile(demo, { create: true })
    await seedDemo(makeCtx(p, 'e2e'))
    p.close()
    ;(await openProjectFile(other, { create: true })).close()
    await writeGoogleForms(wide, respondents(30))
    fs.writeFileSync(word, makeDocx(['Questionario sul lavoro agile', 'Domanda 1: quanti giorni lavori da casa?']))
  },
  (app) => ({ harness, page } = app)
)

describe('first day in the window', () => {
  it('lists a project among the recent ones as soon as it is created, opened or closed, newest first', async () => {
    expect(await page.getByTestId('recent-project').count()).toBe(0)
    harness.platform.queueSavePath(created)
    await page.getByTestId('new-project').click()
    await page.getByTestId('project-name').waitFor()
    await closeProject()
    // The welcome screen shows the settings it has, then the list read again (app:settings): polled.
    await expect.poll(recentPaths).toEqual([created])
    harness.platform.queueFiles([other])
    await page.getByTestId('open-project').click()
    await page.getByTestId('project-name').waitFor()
    await closeProject()
    await expect.poll(recentPaths).toEqual([other, created])
    // Reopening from the list moves it to the top, without reloading the window.
    await page.locator(`[data-testid="recent-project"][data-path="${created}"] button`).click()
    await page.getByTestId('project-name').waitFor()
    await closeProject()
    await expect.poll(recentPaths).toEqual([created, other])
    await shot(page, 'first-day-recents')
  })

  it('greys out Undo and Redo with nothing to do (the shortcuts do nothing), says so in Italian, and shows that every change is saved', async () => {
    harness.platform.queueFiles([created])
    await page.getByTestId('open-project').click()
    await page.getByTestId('project-name').waitFor()
    const undo = page.getByTestId('undo')
    const redo = page.getByTestId('redo')
    expect(await undo.isDisabled()).toBe(true)
    expect(await redo.isDisabled()).toBe(true)
    expect(await undo.getAttribute('title')).toBe('Niente da annullare')
    expect(await redo.getAttribute('title')).toBe('Niente da ripetere')
    await page.locator('body').click()
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+y')
    await page.keyboard.press('Control+Shift+z')
    await page.waitForTimeout(300)
    expect(await page.getByTestId('error-surface').count()).toBe(0)
    const saved = page.getByTestId('saved-state')
    expect(await saved.textContent()).toBe('✓ Salvato')
    expect(await saved.getAttribute('title')).toMatch(/^Ogni modifica è scritta subito nel file del progetto/)

    // A change (a REFI-QDA codebook import, one undoable operation): Undo names it in Italian.
    harness.platform.queueFiles([sharedFixture('qdpx', 'taguette__taguette-1.5.2-codebook-from-tests.qdc')])
    await runInPage(page, `() => window.api.invoke('team:qdcImport', {})`)
    await expect.poll(() => undo.isDisabled()).toBe(false)
    expect(await undo.getAttribute('title')).toBe('Annulla: Importato il codebook taguette__taguette-1.5.2-codebook-from-tests.qdc')
    await expect.poll(() => saved.textContent()).toMatch(/^✓ Salvato alle \d{2}:\d{2}$/)
    await undo.click()
    await expect.poll(() => redo.isDisabled()).toBe(false)
    expect(await redo.getAttribute('title')).toBe('Ripeti: Importato il codebook taguette__taguette-1.5.2-codebook-from-tests.qdc')
    expect(await undo.isDisabled()).toBe(true)
    await page.keyboard.press('Control+z')
    await page.waitForTimeout(300)
    expect(await page.getByTestId('error-surface').count()).toBe(0)
    await shot(page, 'first-day-undo-redo')
  })

  it('saves a copy of the open project that opens with the same content, while the project stays open', async () => {
    await closeProject()
    harness.platform.queueFiles([demo])
    await page.getByTestId('open-project').click()
    await page.getByTestId('project-name').waitFor()
    const copy = path.join(tmp.dir, 'copia di sicurezza')
    harness.platform.queueSavePath(copy)
    await page.getByTestId('save-copy').click()
    await expect.poll(() => page.getByTestId('copy-done').count()).toBe(1)
    expect(await page.getByTestId('copy-done').textContent()).toBe('Copia salvata: copia di sicurezza.esiti')
    expect(await page.getByTestId('project-name').getAttribute('title')).toBe(demo)
    await shot(page, 'first-day-copy')
    const read = async (file: string) => {
      const p = await openProjectFile(file, { readonly: true })
      try {
        return { id: p.meta('project_id'), counts: projectCounts(makeCtx(p, 'e2e')) }
      } finally {
        p.close()
      }
    }
    const [a, b] = [await read(demo), await read(`${copy}.esiti`)]
    expect(b).toEqual(a)
    expect(b.counts.codings).toBeGreaterThan(400)
  })

  it('names a Word document chosen as a questionnaire, in Italian only', async () => {
    await page.getByTestId('nav-questionnaires').click()
    await page.getByTestId('area-questionnaires').waitFor()
    harness.platform.queueFiles([word])
    await page.getByTestId('sv-import').click()
    const error = page.getByTestId('error-surface')
    await error.waitFor()
    expect(await error.locator('.error-item').first().textContent()).toBe(
      'File di un altro tipo. questionario.docx è un documento Word (.docx), non dati di un questionario (.xlsx, .ods, .xls, .csv o .sav).Chiudi'
    )
    await shot(page, 'first-day-wrong-kind')
    await error.getByRole('button').first().click()
  })

  it('keeps the import dialog’s main button in view in a small window; the long body scrolls', async () => {
    await page.setViewportSize({ width: 900, height: 520 })
    harness.platform.queueFiles([wide])
    await page.getByTestId('sv-import').click()
    const dialogBox = page.getByTestId('sv-import-dialog')
    await page.getByTestId('sv-import-preview').waitFor()
    const confirm = page.getByTestId('sv-import-confirm')
    const box = await confirm.boundingBox()
    expect(box).not.toBeNull()
    expect(box!.y + box!.height).toBeLessThanOrEqual(520)
    expect(box!.x + box!.width).toBeLessThanOrEqual(900)
    expect(await confirm.textContent()).toBe('Importa 30 risposte')
    const scroll = await runInPage<{ scrollable: boolean; dialogBottom: number }>(
      page,
      `() => { const b = document.querySelector('[data-testid="sv-import-dialog"] .modal-body'); const d = document.querySelector('[data-testid="sv-import-dialog"]').getBoundingClientRect(); return { scrollable: b.scrollHeight > b.clientHeight, dialogBottom: d.bottom } }`
    )
    expect(scroll.scrollable).toBe(true)
    expect(scroll.dialogBottom).toBeLessThanOrEqual(520)
    // Scrolled to the end, the button is still where it was.
    await runInPage(page, `() => { const b = document.querySelector('[data-testid="sv-import-dialog"] .modal-body'); b.scrollTop = b.scrollHeight }`)
    expect((await confirm.boundingBox())!.y).toBeCloseTo(box!.y, 0)
    await shot(page, 'first-day-import-small-window')
    await dialogBox.getByRole('button', { name: 'Annulla' }).click()

    // The longest form (a new indicator) keeps its buttons in view too.
    await page.getByTestId('nav-indicators').click()
    await page.getByTestId('tab-indicators').click()
    await page.getByTestId('indicator-new').click()
    await page.getByTestId('indicator-builder').waitFor()
    const save = (await page.getByTestId('builder-save').boundingBox())!
    expect(save.y + save.height).toBeLessThanOrEqual(520)
    await shot(page, 'first-day-indicator-small-window')
    await page.keyboard.press('Escape')
    await page.setViewportSize({ width: 1440, height: 900 })
    expect((page as Page & { collectedErrors: string[] }).collectedErrors).toEqual([])
  })
})
