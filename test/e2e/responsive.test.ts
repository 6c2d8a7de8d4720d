import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { mutate } from '../../src/main/db/op-log'
import { createSourceFromText } from '../../src/main/services/transcripts/source-service'
import { writeBigQuestionnaireXlsx } from '../../src/main/services/io/sheet/generate-big-xlsx'
import type { BridgeHarness } from './support/harness'
import { openProjectIn, shot, startApp } from './support/browser'
import { tempDir } from '../support/temp-project'

/*
 * Issue 15: the window never waits on work. A 100,000-row questionnaire import runs in the service
 * process while the user goes to another area and types in the search box; then the import is
 * cancelled from the job panel, and the project is exactly as it was. The service holds the import
 * after its read (ESITI_TEST_HOLD_AT) until the cancel arrives, so the test does not race the import.
 */

const tmp = tempDir('esiti-e2e-responsive-')
const project = path.join(tmp.dir, 'valutazione.esiti')
const bigFile = path.join(tmp.dir, 'risposte-100k.xlsx')
let harness: BridgeHarness
let page: Page
let stop = async (): Promise<void> => undefined

const call = async <T,>(channel: string, input: unknown = {}): Promise<T> => {
  const r = await harness.host.call(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
  return r.value as T
}

beforeAll(async () => {
  const p = await openProjectFile(project, { create: true })
  mutate(p, { actor: 'e2e', kind: 'test.seed', summary: { key: 'legacy.text', params: { text: 'seed' } } }, (w) => {
    createSourceFromText(w, {
      name: 'Intervista HR',
      text: 'INT: Che cosa è cambiato con il welfare aziendale?\n\nR: Il welfare ci ha dato lo smart working due giorni a settimana.'
    })
  })
  p.close()
  await writeBigQuestionnaireXlsx(bigFile, 100_000, 20)
  // The import is held after its read until it is cancelled: the cancel below always meets a running
  // job, on a fast machine too (the import once finished before the click reached it).
  ;({ harness, page, stop } = await startApp({ serviceEnv: { ESITI_TEST_HOLD_AT: 'survey.import.read' } }))
}, 180_000)

afterAll(async () => {
  await stop()
  tmp.cleanup()
})

describe('the window during a long import', () => {
  it('keeps answering keystrokes in the search box while a 100,000-row import runs, and cancels it', async () => {
    await openProjectIn(page, harness, project, 'questionnaires')
    const historyBefore = await call<unknown[]>('project:history', { limit: 1000 })
    const pid = harness.host.pid

    harness.platform.queueFiles([bigFile])
    await page.getByTestId('sv-import').click()
    await page.getByTestId('sv-import-preview').waitFor({ timeout: 90_000 })
    expect(await page.getByTestId('sv-import-rows').textContent()).toMatch(/^100\.000 risposte/)
    await page.getByTestId('sv-import-name').fill('Risposte 100k')
    await page.getByTestId('sv-import-confirm').click()

    // The import runs; the wizard is gone and the job panel does not cover the window.
    const job = page.getByTestId('job-progress')
    await job.waitFor()
    await page.getByTestId('nav-interviews').click()
    await page.getByTestId('tab-search').click()
    const box = page.getByTestId('search-input')
    await box.click()
    await page.keyboard.type('welfare', { delay: 25 })
    expect(await box.inputValue()).toBe('welfare')
    expect(await job.isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    await shot(page, 'responsive-01-typing-during-import')

    await page.getByTestId('job-cancel').click()
    await job.waitFor({ state: 'detached', timeout: 60_000 })
    // The held import stops at its next check, in the same service process: no restart notice.
    // (A job stuck in a synchronous step ends the process instead: service-host.test.ts covers that.)
    expect(harness.host.pid).toBe(pid)
    expect(await page.getByTestId('service-notice').count()).toBe(0)
    await page.getByTestId('search-hit').first().waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('search-hit').count()).toBe(2)
    await shot(page, 'responsive-02-cancelled')

    expect(await call<unknown[]>('survey:datasets')).toEqual([])
    expect(await call<unknown[]>('project:history', { limit: 1000 })).toEqual(historyBefore)
    const current = await call<{ path: string }>('project:current')
    expect(current.path).toBe(project)
  })

  it('survives the service process dying: the window says so, and the project is open again', async () => {
    const notice = page.getByTestId('service-notice')
    // A notice left by the cancellation above (if it ended the process) is dismissed first.
    if (await notice.isVisible()) await notice.getByRole('button').click()
    await notice.waitFor({ state: 'detached' })
    const first = harness.host.pid!
    process.kill(first, 'SIGKILL')
    await expect.poll(() => notice.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready')
    expect(await notice.textContent()).toMatch(/si è interrotto ed è stato riavviato; il progetto valutazione\.esiti è di nuovo aperto/)
    expect(harness.host.pid).not.toBe(first)
    await shot(page, 'responsive-03-service-restarted')
    // The window carries on with the reopened project.
    await page.getByTestId('search-input').fill('smart working')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('search-hit').count(), { timeout: 30_000 }).toBe(1)
    expect((await call<{ path: string }>('project:current')).path).toBe(project)
  })
})
