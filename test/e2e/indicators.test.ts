import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { makeCtx } from '../../src/main/services/context'
import { seedDemo } from '../../src/main/demo/seed'
import { BridgeHarness } from './support/harness'
import { launch, openApp, shot } from './support/browser'
import { tempDir } from '../support/temp-project'

let harness: BridgeHarness
let browser: Browser
let page: Page
const tmp = tempDir('esiti-e2e-ind-')
const demo = path.join(tmp.dir, 'mire-demo.esiti')

beforeAll(async () => {
  const p = await openProjectFile(demo, { create: true })
  await seedDemo(makeCtx(p, 'e2e'))
  p.close()
  harness = new BridgeHarness()
  await harness.start()
  browser = await launch()
  page = await openApp(browser, harness.url)
  page.on('pageerror', (e) => pageErrors.push(e.message))
  await page.getByTestId('welcome').waitFor()
  harness.platform.queueFiles([demo])
  await page.getByTestId('open-project').click()
  await page.getByTestId('area-programme').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await harness?.stop()
  tmp.cleanup()
})

const pageErrors: string[] = []

/** Page-side code as strings: the test project is typed without the DOM library. */
const PAINTED_PIXELS = String.raw`(() => {
  const c = document.querySelector('[data-testid="table-chart"] canvas')
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
  let n = 0
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++
  return n
})()`

describe('indicators area on the MIRE demo', () => {
  it('lists the demo indicators by report section, formatted in Italian, with a detail panel', async () => {
    await page.getByTestId('nav-indicators').click()
    await page.getByTestId('indicators-tab').waitFor()
    await page.getByTestId('indicator-row').first().waitFor()
    const rows = page.getByTestId('indicator-row')
    expect(await rows.count()).toBeGreaterThanOrEqual(15)
    const groups = await page.locator('.ind-group-title').allTextContents()
    expect(groups.length).toBeGreaterThanOrEqual(2)
    expect(groups[0]).toMatch(/^\d+\. /)
    // Percentages are printed the Italian way ("72,5%"), counts with a dot for thousands.
    const values = await page.getByTestId('indicator-value').allTextContents()
    expect(values.some((v) => /^\d{1,3},\d%$/.test(v.trim()))).toBe(true)
    expect(await page.locator('.sdg-chip').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('indicator-count').textContent()).toMatch(/\d+ indicatori/)

    await rows.first().click()
    const detail = page.getByTestId('indicator-detail')
    await detail.waitFor()
    const provenance = await page.getByTestId('indicator-provenance').textContent()
    expect(provenance).toContain('Calcolato il')
    expect(provenance).toMatch(/Fonte/)
    await shot(page, 'indicators-list')
  })

  it('shows the error of an indicator that cannot be computed, when the demo has one', async () => {
    const errorRows = page.locator('[data-testid="indicator-row"]:has(.ind-status.error)')
    if ((await errorRows.count()) === 0) return
    await errorRows.first().click()
    const msg = await page.getByTestId('indicator-error').textContent()
    expect(msg && msg.length).toBeGreaterThan(20)
  })

  it('creates an indicator with the builder; main rejects a duplicate code with a clear message', async () => {
    const before = await page.getByTestId('indicator-row').count()
    const existing = (await page.getByTestId('indicator-row').first().getAttribute('data-code'))!
    await page.getByTestId('indicator-new').click()
    const builder = page.getByTestId('indicator-builder')
    await builder.waitFor()
    await page.getByTestId('field-code').fill(existing)
    await page.getByTestId('field-name').fill('Webinar dello smart working')
    await page.getByTestId('source-kind').getByRole('radio', { name: 'Registro attività' }).click()
    await page.getByTestId('register-spec').waitFor()
    await page.getByTestId('spec-measure').selectOption('activities')
    await page.getByTestId('register-spec').getByLabel('Webinar', { exact: true }).check()
    await page.getByTestId('field-target').fill('10')
    await page.getByTestId('sdg-picker').getByRole('button', { name: 'SDG 8' }).click()
    await shot(page, 'indicator-builder')

    await page.getByTestId('builder-save').click()
    const error = page.getByTestId('builder-error')
    await error.waitFor()
    expect(await error.textContent()).toContain(existing)

    await page.getByTestId('field-code').fill('E2E.1')
    await page.getByTestId('builder-save').click()
    await builder.waitFor({ state: 'detached' })
    const created = page.locator('[data-testid="indicator-row"][data-code="E2E.1"]')
    await created.waitFor()
    expect(await page.getByTestId('indicator-row').count()).toBe(before + 1)
    const value = await created.getByTestId('indicator-value').textContent()
    expect(Number(value!.replace(/\./g, ''))).toBeGreaterThan(0)
    expect(await page.getByTestId('indicator-detail').textContent()).toContain('Webinar dello smart working')
  })

  it('deletes that indicator after confirmation, and Undo brings it back', async () => {
    await page.getByTestId('indicator-delete').click()
    await page.getByTestId('confirm-ok').click()
    await page.locator('[data-testid="indicator-row"][data-code="E2E.1"]').waitFor({ state: 'detached' })
    await page.getByTestId('undo').click()
    await page.locator('[data-testid="indicator-row"][data-code="E2E.1"]').waitFor()
  })

  it('renders report tables by section with their chart beside them', async () => {
    await page.getByTestId('tab-tables').click()
    await page.getByTestId('report-table').first().waitFor()
    expect(await page.getByTestId('report-table').count()).toBeGreaterThanOrEqual(3)
    const canvas = page.locator('[data-testid="table-chart"] canvas').first()
    await canvas.waitFor()
    const box = await canvas.boundingBox()
    expect(box!.width).toBeGreaterThan(100)
    expect(box!.height).toBeGreaterThan(100)
    // The canvas really holds a drawing: some pixels are not transparent. The chart is drawn in an
    // effect after the canvas is in the page, so the pixels are polled.
    await expect.poll(() => page.evaluate<number>(PAINTED_PIXELS)).toBeGreaterThan(1000)
    const firstTable = page.getByTestId('report-table').first()
    expect(await firstTable.locator('h3').textContent()).toMatch(/^Tabella \d+(\.\d+)? – /)
    expect(await firstTable.locator('tbody tr').count()).toBeGreaterThan(0)
    await firstTable.scrollIntoViewIfNeeded()
    await shot(page, 'table-with-chart')

    // The demo's questionnaire tables: a Likert distribution as stacked bars, outcomes as lines over the waves.
    for (const [title, name] of [['Accordo con le affermazioni sul lavoro agile', 'table-likert'], ['Esiti del lavoro agile per ondata', 'table-waves']]) {
      const table = page.getByTestId('report-table').filter({ hasText: title })
      await table.locator('[data-testid="table-chart"] canvas').waitFor()
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(0)
      expect(await table.locator('td').allTextContents()).toContainEqual(expect.stringMatching(/^\d{1,3},\d%$/))
      await table.scrollIntoViewIfNeeded()
      await shot(page, name)
    }

    // A table with its statistics on: bases per group, 95% intervals and the columns' letters.
    const stats = page.getByTestId('report-table').filter({ hasText: 'Giorni di smart working per genere' })
    await stats.locator('tr[data-kind="ci"]').first().waitFor()
    expect(await stats.locator('tr[data-kind="letters"] td').allTextContents()).toContain('(A)')
    expect(await stats.locator('tr[data-kind="n"]').count()).toBe(1)
    expect(await stats.locator('tr[data-kind="ci"] td').allTextContents()).toContainEqual(expect.stringMatching(/^\d+,\d\d–\d+,\d\d$/))
    expect(await stats.getByTestId('table-notes').textContent()).toMatch(/Intervalli di confidenza al 95%/)
    await stats.scrollIntoViewIfNeeded()
    await shot(page, 'table-statistics')

    await page.getByTestId('table-new').click()
    await page.getByTestId('table-builder').waitFor()
    await page.getByTestId('table-ci').waitFor()
    expect(await page.getByTestId('table-indicators').locator('.picker-item').count()).toBeGreaterThanOrEqual(15)
    await page.keyboard.press('Escape')
    await page.getByTestId('table-builder').waitFor({ state: 'detached' })
  })

  it('shows one card per programme SDG, in its colour, with indicators against target', async () => {
    await page.getByTestId('tab-sdg').click()
    await page.getByTestId('sdg-overview').waitFor()
    const cards = page.getByTestId('sdg-card')
    expect(await cards.count()).toBe(7)
    const heads = await page.locator('.sdg-card-number').allTextContents()
    expect(heads).toEqual(['3', '4', '5', '8', '9', '11', '13'])
    const bg = await page.evaluate(`getComputedStyle(document.querySelector('.sdg-card-head')).backgroundColor`)
    expect(bg).not.toBe('rgba(0, 0, 0, 0)')
    expect(await page.getByTestId('sdg-indicator').count()).toBeGreaterThanOrEqual(7)
    // Real values against real targets, e.g. "17 su target 20".
    const figures = await page.locator('.sdg-ind-figures').allTextContents()
    expect(figures.filter((f) => /^\d[\d.,]*%?\s.*su target \d/.test(f.trim())).length).toBeGreaterThanOrEqual(10)
    expect(figures.some((f) => f.includes('—'))).toBe(false)
    expect(await page.locator('.goal-bar').count()).toBeGreaterThan(0)
    await shot(page, 'sdg-overview')
  })

  it('shows the joint displays of mixed methods', async () => {
    await page.getByTestId('tab-mixed').click()
    await page.getByTestId('joint-tab').waitFor()
    await page.waitForSelector('[data-testid="joint-display"], .card.empty')
    const n = await page.getByTestId('joint-display').count()
    if (n > 0) expect(await page.getByTestId('joint-display').first().locator('.ind-figure-value, .ind-error').count()).toBe(1)
    await shot(page, 'joint-displays')
  })

  it('shows the activities register with filters, totals and the backend validation message', async () => {
    await page.getByTestId('tab-register').click()
    await page.getByTestId('register-row').first().waitFor()
    const totals = page.getByTestId('register-totals')
    const all = await totals.locator('.count-value').first().textContent()
    expect(Number(all!.replace(/\./g, ''))).toBeGreaterThan(20)
    expect(await totals.textContent()).toMatch(/% donne/)
    await shot(page, 'register')

    await page.getByTestId('filter-kind').selectOption('webinar')
    await expect.poll(() => totals.locator('.count-value').first().textContent(), { timeout: 10_000 }).not.toBe(all)
    const kinds = await page.locator('[data-testid="register-row"] [role="cell"]:nth-child(3)').allTextContents()
    expect(kinds.length).toBeGreaterThan(0)
    expect(new Set(kinds)).toEqual(new Set(['Webinar']))
    await page.getByTestId('filter-kind').selectOption('')
    // The grid keeps the filtered totals until register:grid answers: the next reads need all of them.
    await expect.poll(() => totals.locator('.count-value').first().textContent(), { timeout: 10_000 }).toBe(all)

    await page.getByTestId('activity-new').click()
    await page.getByTestId('activity-form').waitFor()
    await page.getByTestId('activity-date').fill('2015-03-01')
    await page.getByTestId('activity-title').fill('Attività fuori periodo')
    await page.getByTestId('activity-participants').fill('12')
    await page.getByTestId('activity-women').fill('20')
    await page.getByTestId('activity-save').click()
    const err = page.getByTestId('activity-error')
    await err.waitFor()
    const text = (await err.textContent())!
    expect(text).toMatch(/before the programme start|precedente all’inizio del programma/)
    expect(text).toMatch(/exceed|superano/)
    await page.keyboard.press('Escape')
    await page.getByTestId('activity-form').waitFor({ state: 'detached' })
  })

  it('imports a register sheet all or nothing, listing the rows to fix', async () => {
    const header = 'Data;Azione;Tipo;Titolo;Partecipanti;Donne;Uomini'
    const bad = path.join(tmp.dir, 'registro-errato.csv')
    fs.writeFileSync(bad, [header, '12/03/2022;SW;webinar;Webinar di prova;30;12;10', '01/01/2019;XX;webinar;Fuori periodo;10;;', '14/03/2022;CW;incontro;Troppi;5;4;4'].join('\n'))
    const countBefore = await page.getByTestId('register-totals').locator('.count-value').first().textContent()
    harness.platform.queueFiles([bad])
    await page.getByTestId('register-import').click()
    const report = page.getByTestId('import-report')
    await report.waitFor()
    const rows = report.locator('tbody tr')
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(0).locator('td').first().textContent()).toBe('3')
    expect(await rows.nth(1).locator('td').first().textContent()).toBe('4')
    expect(await rows.nth(0).textContent()).toMatch(/XX/)
    await shot(page, 'register-import-errors')
    await report.getByRole('button', { name: 'Chiudi' }).click()
    expect(await page.getByTestId('register-totals').locator('.count-value').first().textContent()).toBe(countBefore)

    const good = path.join(tmp.dir, 'registro.csv')
    fs.writeFileSync(good, [header, '12/03/2022;SW;webinar;Webinar di prova;30;12;10', '15/03/2022;CW;incontro;Incontro di prova;8;4;4'].join('\n'))
    harness.platform.queueFiles([good])
    await page.getByTestId('register-import').click()
    await page.getByText('Importate 2 attività.').waitFor()
    const total = async () => Number((await page.getByTestId('register-totals').locator('.count-value').first().textContent())!.replace(/\./g, ''))
    await expect.poll(total, { timeout: 10_000 }).toBe(Number(countBefore!.replace(/\./g, '')) + 2)
  })

  it('exports the Excel report to the chosen path and shows what it wrote', async () => {
    await page.getByTestId('nav-export').click()
    await page.getByTestId('export-area').waitFor()
    const out = path.join(tmp.dir, 'rapporto-mire.xlsx')
    harness.platform.queueSavePath(out)
    await page.getByTestId('export-csv').check()
    await page.getByTestId('export-docx').check()
    await page.getByTestId('export-ci').check()
    await page.getByTestId('export-min-base').fill('5')
    await page.getByTestId('export-run').click()
    await page.getByTestId('export-result').waitFor({ timeout: 120_000 })
    expect(fs.existsSync(out)).toBe(true)
    const docx = out.replace(/\.xlsx$/, '.docx')
    expect(fs.statSync(docx).size).toBeGreaterThan(10_000)
    expect(await page.getByTestId('export-docx-file').textContent()).toBe(docx)
    expect(fs.statSync(out).size).toBeGreaterThan(10_000)
    expect(await page.getByTestId('export-file').textContent()).toBe(out)
    expect(Number(await page.getByTestId('export-sheets').textContent())).toBeGreaterThanOrEqual(3)
    expect(Number(await page.getByTestId('export-tables').textContent())).toBeGreaterThanOrEqual(3)
    await shot(page, 'export')
    expect(pageErrors).toEqual([])
  })
})
