import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { makeCtx } from '../../src/main/services/context'
import { importSurvey } from '../../src/main/services/survey/import/import'
import { listDatasets } from '../../src/main/services/survey/survey-service'
import { seedDemo } from '../../src/main/demo/seed'
import { writeBigQuestionnaireXlsx } from '../../src/main/services/io/sheet/generate-big-xlsx'
import { respondents, writeGoogleForms } from '../main/survey/support/platform-exports'
import { COMPANY_VARIANTS, writeMessy } from '../main/survey/support/messy-survey'
import type { BridgeHarness } from './support/harness'
import { shot, openProjectIn, runInPage } from './support/browser'
import { appPerFile } from './support/app-per-file'
import { tempDir } from '../support/temp-project'

let harness: BridgeHarness
let page: Page
const tmp = tempDir('esiti-e2e-sv-')
const emptyProject = path.join(tmp.dir, 'questionari.esiti')
const bigProject = path.join(tmp.dir, 'grande.esiti')
const googleFile = path.join(tmp.dir, 'Risposte dipendenti.xlsx')
const waveFile = path.join(tmp.dir, 'Risposte 2024.xlsx')
const messyFile = path.join(tmp.dir, 'Aziende.xlsx')
const demoProject = path.join(tmp.dir, 'mire-demo.esiti')
let demoDatasets: { name: string; rows: number; steps: number }[] = []
const BIG_ROWS = 100_000
const PEOPLE = 60

const inPage = <T>(fn: string, ...args: unknown[]): Promise<T> => runInPage<T>(page, fn, ...args)

async function openProject(file: string): Promise<void> {
  await openProjectIn(page, harness, file, 'questionnaires')
}

const gridTotal = async (): Promise<number> => Number(await page.getByTestId('sv-grid').getAttribute('data-total'))

/** The texts of one column's visible cells (by the column's header position). */
const columnTexts = (name: string): Promise<string[]> =>
  inPage<string[]>(
    `(name) => {
      const heads = [...document.querySelectorAll('.sv-grid-head > *')]
      const k = heads.findIndex((h) => h.getAttribute('data-testid') === 'sv-col-' + name)
      return [...document.querySelectorAll('[data-testid="sv-row"]')].map((r) => r.children[k]?.textContent ?? '')
    }`,
    name
  )

/** Scrolls the grid so that row `index` is at the top and waits until its cells are loaded. */
async function scrollToRow(index: number): Promise<string> {
  await inPage(`(top) => { const s = document.querySelector('[data-testid="sv-grid-scroll"]'); s.scrollTop = top }`, index * 28)
  const row = page.locator(`[data-testid="sv-row"][data-row="${index}"] .sv-index`)
  await expect.poll(async () => (await row.count()) > 0 && (await row.first().textContent()) !== '', { timeout: 20_000 }).toBe(true)
  return (await row.first().textContent())!
}

appPerFile(
  tmp,
  async () => {
    await writeGoogleForms(googleFile, respondents(PEOPLE), { duplicateOf: 3 })
    await writeMessy(messyFile)
    await writeGoogleForms(waveFile, respondents(12, 99).map((p) => ({ ...p, email: `ondata2-${p.email}` })))
    ;(await openProjectFile(emptyProject, { create: true })).close()
    const big = await openProjectFile(bigProject, { create: true })
    const bigFile = path.join(tmp.dir, 'grande.xlsx')
    await writeBigQuestionnaireXlsx(bigFile, BIG_ROWS, 12)
    await importSurvey(makeCtx(big, 'e2e'), bigFile, { dataset: 'Grande' })
    big.close()
    const demo = await openProjectFile(demoProject, { create: true })
    await seedDemo(makeCtx(demo, 'e2e'))
    demoDatasets = listDatasets(makeCtx(demo, 'e2e'))
    demo.close()
  },
  (app) => ({ harness, page } = app)
)

describe('questionnaires area', () => {
  it('previews a messy Google Forms export with the right header and types, then imports it', async () => {
    await openProject(emptyProject)
    await page.getByText(/Nessun questionario importato/).waitFor()
    harness.platform.queueFiles([googleFile])
    await page.getByTestId('sv-import').click()
    await page.getByTestId('sv-import-preview').waitFor()
    expect(await page.getByTestId('sv-import-platform').textContent()).toBe('Google Moduli')
    expect(await page.getByTestId('sv-import-header').textContent()).toBe('1')
    expect(await page.getByTestId('sv-import-rows').textContent()).toBe(`${PEOPLE + 1} risposte (righe 2–${PEOPLE + 2})`)
    const typeOf = (name: string) => page.locator(`[data-testid="sv-import-var"][data-name="${name}"]`).getAttribute('data-type')
    expect(await typeOf('lavoro_agile_migliora')).toBe('ordinal')
    expect(await typeOf('frequenza_usi_coworking')).toBe('ordinal')
    expect(await typeOf('servizi_welfare_utilizzi')).toBe('multi')
    expect(await typeOf('informazioni_cronologiche')).toBe('datetime')
    expect(await typeOf('eta')).toBe('numeric')
    const likert = page.locator('[data-testid="sv-import-var"][data-name="lavoro_agile_migliora"]')
    expect(await likert.textContent()).toContain("Per niente d'accordo · Poco d'accordo")
    expect(await likert.textContent()).toContain('ordinale')
    const multi = page.locator('[data-testid="sv-import-var"][data-name="servizi_welfare_utilizzi"]')
    expect(await multi.textContent()).toContain("Asilo nido, scuola dell'infanzia")
    expect(await multi.textContent()).toContain('risposta multipla')
    await shot(page, 'sv-01-import-preview')

    // What the import decided is listed with its count; unticking one reads the preview again without it.
    const decisionOf = (kind: string, variable: string) =>
      page.locator(`[data-testid="sv-decision"][data-kind="${kind}"]`).filter({ has: page.locator('td.mono', { hasText: new RegExp(`^${variable}$`) }) })
    expect(await decisionOf('metadata', 'indirizzo_email').count()).toBe(1)
    const ageTexts = decisionOf('type', 'eta')
    expect(Number(await ageTexts.locator('td.num').textContent())).toBeGreaterThan(0)
    // The box follows the preview read again (a controlled input): click, then wait for the new preview.
    await ageTexts.getByTestId('sv-decision-apply').click()
    await expect.poll(() => typeOf('eta')).not.toBe('numeric')
    await expect.poll(() => ageTexts.getByTestId('sv-decision-apply').isChecked()).toBe(false)
    await shot(page, 'sv-01b-decision-undone')
    await ageTexts.getByTestId('sv-decision-apply').click()
    await expect.poll(() => typeOf('eta')).toBe('numeric')

    await page.getByTestId('sv-import-name').fill('Dipendenti 2023')
    await page.getByTestId('sv-import-confirm').click()
    await expect.poll(() => page.getByTestId('sv-title').textContent()).toBe('Dipendenti 2023')
    await expect.poll(gridTotal).toBe(PEOPLE + 1)
    expect(await page.getByTestId('sv-dataset').count()).toBe(1)
  })

  it('shows raw and clean cells: multiple answers as options, the raw text as typed', async () => {
    // The grid reloads when the dataset list is read again after the import (its version changes):
    // the cells are polled until a page of rows is there, then read.
    await expect.poll(async () => (await columnTexts('servizi_welfare_utilizzi')).some((c) => c.includes('; '))).toBe(true)
    const clean = await columnTexts('servizi_welfare_utilizzi')
    expect(clean.join('|')).not.toMatch(/[a-z], [A-Z]/)
    await page.getByTestId('sv-layer-raw').click()
    await expect.poll(() => page.getByTestId('sv-grid').getAttribute('data-layer')).toBe('raw')
    await expect.poll(async () => (await columnTexts('servizi_welfare_utilizzi')).some((c) => /[a-z], [A-Z]/.test(c))).toBe(true)
    // Ages typed as "45 anni" stay text in the raw layer and are numbers in the clean one.
    await expect.poll(async () => (await columnTexts('eta')).some((c) => / anni$/.test(c))).toBe(true)
    await page.getByTestId('sv-layer-clean').click()
    await expect.poll(async () => (await columnTexts('eta')).some((c) => / anni$/.test(c))).toBe(false)
  })

  it('adds a cleaning step and shows the cells and rows it changed', async () => {
    await page.getByTestId('sv-add-step').click()
    await page.getByTestId('sv-step-kind').selectOption('dedupe')
    await page.getByTestId('sv-step-variables').selectOption(['indirizzo_email'])
    await page.getByTestId('sv-step-by').selectOption('informazioni_cronologiche')
    await shot(page, 'sv-10-add-step')
    await page.getByTestId('sv-step-submit').click()
    const dedupe = page.locator('[data-testid="sv-step"][data-op="dedupe"]')
    await dedupe.waitFor()
    expect(await dedupe.getByTestId('sv-step-counts').getAttribute('data-rows')).toBe('1')
    expect(await dedupe.getByTestId('sv-step-text').textContent()).toBe(
      'Duplicati rimossi per indirizzo_email, tenendo l’invio più recente (informazioni_cronologiche)'
    )
    await expect.poll(gridTotal).toBe(PEOPLE)

    await page.getByTestId('sv-add-step').click()
    await page.getByTestId('sv-step-kind').selectOption('validate')
    await page.getByTestId('sv-step-variable').selectOption('eta')
    await page.getByTestId('sv-step-min').fill('18')
    await page.getByTestId('sv-step-max').fill('40')
    await page.getByTestId('sv-step-submit').click()
    const check = page.locator('[data-testid="sv-step"][data-op="validate"]')
    await check.waitFor()
    const flagged = Number(await check.getByTestId('sv-step-counts').getAttribute('data-rows'))
    expect(flagged).toBeGreaterThan(0)
    expect(await check.getByTestId('sv-step-counts').textContent()).toContain(`${flagged} problemi`)

    // Switching the dedupe step off brings the duplicate back.
    await dedupe.getByTestId('sv-step-enabled').click()
    await expect.poll(gridTotal).toBe(PEOPLE + 1)
    await page.locator('[data-testid="sv-step"][data-op="dedupe"]').getByTestId('sv-step-enabled').click()
    await expect.poll(gridTotal).toBe(PEOPLE)

    // Facet: only the respondents answering "Sì" (the spellings "si", "SI", "Si " were unified at import).
    await page.getByTestId('sv-facet-add').selectOption('lavori_smart_working')
    const yes = page.getByTestId('sv-facet-lavori_smart_working').getByTestId('sv-facet-value').filter({ hasText: 'Sì' })
    await yes.waitFor()
    const count = Number((await yes.locator('.sv-facet-count').textContent())!.replace(/\D/g, ''))
    expect(count).toBeGreaterThan(0)
    await yes.click()
    await expect.poll(gridTotal).toBe(count)
    await shot(page, 'sv-02-grid-recipe-facet')
    await page.getByTestId('sv-facet-clear').click()
    await expect.poll(gridTotal).toBe(PEOPLE)

    // Removing a step is undoable from the top bar.
    await page.locator('[data-testid="sv-step"][data-op="validate"]').getByTestId('sv-step-remove').click()
    await expect.poll(() => page.locator('[data-testid="sv-step"][data-op="validate"]').count()).toBe(0)
    await page.getByTestId('undo').click()
    await expect.poll(() => page.locator('[data-testid="sv-step"][data-op="validate"]').count()).toBe(1)

    await page.getByTestId('tab-issues').click()
    await expect.poll(() => page.getByTestId('sv-issue').count()).toBe(flagged)
    await expect.poll(() => page.getByTestId('sv-issue').first().textContent()).toMatch(/in «eta» è fuori da 18–40\.È corretto$/)
    await shot(page, 'sv-09-issues')
    await page.getByTestId('sv-issue-accept').first().click()
    await expect.poll(() => page.getByTestId('sv-issue').count()).toBe(flagged - 1)
    await page.getByTestId('tab-data').click()

    // A step with nothing to do says so in the interface language (main sends a note, not only English).
    await page.getByTestId('sv-add-step').click()
    await page.getByTestId('sv-step-kind').selectOption('normalise')
    await page.getByTestId('sv-step-variables').selectOption(['eta'])
    await page.getByTestId('sv-step-submit').click()
    const idle = page.locator('[data-testid="sv-step"][data-op="normalise"]').last()
    await idle.locator('.sv-step-warning').waitFor()
    expect(await idle.locator('.sv-step-warning').textContent()).toBe('Nessun valore da normalizzare.')
    await idle.getByTestId('sv-step-remove').click()
    await expect.poll(() => page.locator('.sv-step-warning').count()).toBe(0)

    // Dropping a variable takes its column out of the clean data; Undo brings it back.
    await page.getByTestId('sv-add-step').click()
    await page.getByTestId('sv-step-kind').selectOption('drop')
    await page.getByTestId('sv-step-variables').selectOption(['frequenza_usi_coworking'])
    await page.getByTestId('sv-step-submit').click()
    await page.locator('[data-testid="sv-step"][data-op="drop"]').waitFor()
    await expect.poll(() => page.getByTestId('sv-col-frequenza_usi_coworking').count()).toBe(0)
    await page.getByTestId('undo').click()
    await expect.poll(() => page.locator('[data-testid="sv-step"][data-op="drop"]').count()).toBe(0)
    await expect.poll(() => page.getByTestId('sv-col-frequenza_usi_coworking').count()).toBe(1)
  })

  it('profiles a variable with its chart and overrides its label', async () => {
    await page.getByTestId('sv-col-frequenza_usi_coworking').click()
    await page.getByTestId('sv-variable-panel').waitFor()
    await page.getByTestId('sv-profile-chart').waitFor()
    const rows = await page.getByTestId('sv-profile-counts').locator('tr').allTextContents()
    expect(rows.map((r) => r.split(/\d/)[0])).toEqual(['Mai', 'Raramente', 'A volte', 'Spesso', 'Sempre'])
    await page.getByTestId('sv-override-label').fill('Frequenza del coworking')
    await page.getByTestId('sv-override-save').click()
    await expect.poll(() => page.getByTestId('sv-var-frequenza_usi_coworking').textContent()).toContain('Frequenza del coworking')
    await shot(page, 'sv-03-variable-profile')
    await page.getByTestId('tab-data').click()
  })

  it('appends a second wave after reviewing the column mapping', async () => {
    await page.getByTestId('tab-waves').click()
    await page.getByTestId('sv-wave-label').fill('2024')
    await page.getByPlaceholder('2023').fill('2023')
    harness.platform.queueFiles([waveFile])
    await page.getByTestId('sv-wave-pick').click()
    await page.getByTestId('sv-wave-preview').waitFor()
    expect(await page.getByTestId('sv-wave-map').count()).toBe(10)
    await shot(page, 'sv-08-wave-mapping')
    expect(await page.getByTestId('sv-wave-map').filter({ hasText: 'servizi_welfare_utilizzi' }).locator('select').inputValue()).toBe(
      'Quali servizi di welfare utilizzi?'
    )
    await page.getByTestId('sv-wave-append').click()
    await page.getByTestId('sv-wave-done').waitFor()
    await expect.poll(async () => (await page.getByTestId('sv-wave').allTextContents()).map((r) => r.slice(0, 4))).toEqual(['2023', '2024'])
    await page.getByTestId('tab-data').click()
    // The recipe replays on both waves: 61 + 12 rows, the one duplicate removed.
    await expect.poll(gridTotal).toBe(PEOPLE + 12)
  })

  it('groups similar spellings and accepts them as one recode step', async () => {
    harness.platform.queueFiles([messyFile])
    await page.getByTestId('sv-import').click()
    await page.getByTestId('sv-import-name').fill('Aziende')
    await page.getByTestId('sv-import-confirm').click()
    await expect.poll(() => page.getByTestId('sv-title').textContent()).toBe('Aziende')
    await page.getByTestId('sv-clusters').click()
    await page.getByTestId('sv-cluster-variable').selectOption('azienda')
    await page.getByTestId('sv-cluster-find').click()
    await expect.poll(() => page.getByTestId('sv-cluster').count()).toBeGreaterThanOrEqual(2)
    await shot(page, 'sv-07-clusters')
    await page.getByTestId('sv-cluster-accept').click()
    const recode = page.locator('[data-testid="sv-step"][data-op="recode"]')
    await recode.waitFor()
    expect(Number(await recode.getByTestId('sv-step-counts').getAttribute('data-cells'))).toBeGreaterThan(0)
    await page.getByTestId('sv-facet-add').selectOption('azienda')
    await expect.poll(() => page.getByTestId('sv-facet-azienda').getByTestId('sv-facet-value').count()).toBe(COMPANY_VARIANTS.length)
    await page.locator('[data-testid="sv-dataset"][data-name="Dipendenti 2023"]').click()
    await expect.poll(() => page.getByTestId('sv-title').textContent()).toBe('Dipendenti 2023')
    // Facets belong to their dataset: switching shows none and raises no error.
    await expect.poll(gridTotal).toBe(PEOPLE + 12)
    expect(await page.getByTestId('sv-facet-azienda').count()).toBe(0)
    expect(await page.getByTestId('error-surface').count()).toBe(0)
  })

  it('scrolls 100,000 rows, loading pages on demand', async () => {
    await openProject(bigProject)
    await expect.poll(gridTotal, { timeout: 20_000 }).toBe(BIG_ROWS)
    // Only the visible rows are in the page.
    expect(await page.getByTestId('sv-row').count()).toBeLessThan(120)
    expect(await scrollToRow(50_000)).toBe(String(50_000 + 2))
    expect(await scrollToRow(BIG_ROWS - 10)).toBe(String(BIG_ROWS - 10 + 2))
    await shot(page, 'sv-04-grid-100k')
    await page.getByTestId('sv-layer-raw').click()
    await expect.poll(() => page.getByTestId('sv-grid').getAttribute('data-layer'), { timeout: 20_000 }).toBe('raw')
    expect(await scrollToRow(75_000)).toBe(String(75_000 + 2))
    await page.getByTestId('sv-layer-clean').click()
  })

  it('shows the demo project\'s questionnaires with their recipes, issues and waves', async () => {
    await openProject(demoProject)
    // The area is there before survey:datasets answers.
    await expect.poll(() => page.getByTestId('sv-dataset').count()).toBe(demoDatasets.length)
    for (const d of demoDatasets) {
      await page.locator(`[data-testid="sv-dataset"][data-name="${d.name}"]`).click()
      await expect.poll(() => page.getByTestId('sv-title').textContent()).toBe(d.name)
      await expect.poll(gridTotal).toBe(d.rows)
      await expect.poll(() => page.getByTestId('sv-step').count()).toBe(d.steps)
      for (const tab of ['variables', 'issues', 'waves', 'data']) {
        await page.getByTestId(`tab-${tab}`).click()
        await page.getByTestId(tab === 'data' ? 'sv-grid' : `sv-${tab}`).waitFor()
      }
    }
    await shot(page, 'sv-06-demo')
    expect((page as Page & { collectedErrors: string[] }).collectedErrors).toEqual([])
  })

  it('reads in English', async () => {
    await openProject(emptyProject)
    await page.locator('[data-testid="sv-dataset"][data-name="Dipendenti 2023"]').click()
    await page.getByTestId('locale').selectOption('en')
    await page.getByTestId('sv-recipe').getByText('Cleaning recipe').waitFor()
    expect(await page.locator('[data-testid="sv-step"][data-op="dedupe"]').getByTestId('sv-step-text').textContent()).toBe(
      'Duplicates removed by indirizzo_email, keeping the latest submission (informazioni_cronologiche)'
    )
    // The chosen dataset's grid loads its first page after the click.
    await expect.poll(() => page.getByTestId('sv-grid-count').textContent()).toBe(`${PEOPLE + 12} rows`)
    await shot(page, 'sv-05-english')
    await page.getByTestId('locale').selectOption('it')
  })
})
