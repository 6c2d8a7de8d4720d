import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BridgeHarness } from './support/harness'
import { launch, openApp, shot } from './support/browser'
import { tempDir } from '../support/temp-project'

/**
 * The "done when", through the window only: from an empty project, a programme that is
 * not MIRE is set up, activities are recorded with their participants, two indicators and a table
 * are defined and the workbook is exported; then the same screens in English, and a template.
 */
let harness: BridgeHarness
let browser: Browser
let page: Page
const tmp = tempDir('esiti-e2e-prog-')
const file = path.join(tmp.dir, 'reti-torino.esiti')
const pageErrors: string[] = []

async function organisationsSheet(target: string, withName = true): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Organizzazioni')
  ws.addRow([withName ? 'Nome' : 'Ente', 'Tipo', 'Settore', 'Dimensione', 'Zona', 'Azioni'])
  ws.addRow(['Città di Torino – Divisione Servizi Sociali', 'promotore', 'Pubblica amministrazione', null, null, 'OR;CO'])
  ws.addRow(['Cooperativa Sociale Il Faro', 'partner', 'Servizi sociali', null, 'Barriera di Milano', 'OR'])
  ws.addRow(['Associazione Mamme al Lavoro APS', 'partner', 'Terzo settore', null, 'Vanchiglia', 'CO'])
  ws.addRow(['Panificio Dora S.r.l.', 'impresa', 'Alimentare', 'micro', 'Aurora', 'CO'])
  ws.addRow(['Logistica Nord Ovest S.p.A.', 'impresa', 'Logistica', 'media', 'Barriera di Milano', 'OR;CO'])
  await wb.xlsx.writeFile(target)
  return target
}

beforeAll(async () => {
  harness = new BridgeHarness()
  await harness.start()
  browser = await launch()
  page = await openApp(browser, harness.url)
  page.on('pageerror', (e) => pageErrors.push(e.message))
  await page.getByTestId('welcome').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await harness?.stop()
  tmp.cleanup()
})

const tab = async (name: string, root: string) => {
  await page.getByTestId(`tab-${name}`).click()
  await page.getByTestId(root).waitFor()
}

describe('an evaluation of a non-MIRE programme, set up in the window', () => {
  it('starts from an empty project and names the programme', async () => {
    harness.platform.queueSavePath(file)
    await page.getByTestId('new-project').click()
    await page.getByTestId('programme-area').waitFor()
    expect(await page.getByTestId('programme-title').textContent()).toBe('Programma senza nome')
    await page.getByTestId('programme-name').fill('RETI Torino')
    await page.getByTestId('programme-promoter').fill('Città di Torino')
    await page.getByTestId('programme-start').fill('2024-01-01')
    await page.getByTestId('programme-end').fill('2025-12-31')
    await page.getByTestId('programme-territory').fill('Torino, Circoscrizioni 6 e 7')
    await page.getByTestId('programme-area-label').fill('Quartiere')
    await page.getByTestId('programme-save').click()
    await page.getByText('Salvato.').waitFor()
    await expect.poll(() => page.getByTestId('programme-title').textContent()).toBe('RETI Torino')
    await shot(page, 'prog-01-details-it')
  })

  it('defines its own areas (not Milan’s) and refuses one twice', async () => {
    await tab('areas', 'areas-tab')
    await page.getByTestId('areas-new').fill('Barriera di Milano\nAurora\nVanchiglia')
    await page.getByTestId('areas-add').click()
    await expect.poll(() => page.getByTestId('area-row').count()).toBe(3)
    await page.getByTestId('areas-new').fill('aurora')
    await page.getByTestId('areas-add').click()
    expect(await page.getByTestId('areas-error').textContent()).toBe('La zona «aurora» esiste già.')
    expect(await page.getByTestId('area-row').count()).toBe(3)
    await shot(page, 'prog-02-areas-it')
  })

  it('adds two actions with their SDG targets, and refuses a duplicate code', async () => {
    await tab('actions', 'actions-tab')
    for (const [code, name, sdgs] of [['OR', 'Orientamento al lavoro', '8.5'], ['CO', 'Conciliazione famiglia-lavoro', '5.4']]) {
      await page.getByTestId('action-new').click()
      await page.getByTestId('action-code').fill(code)
      await page.getByTestId('action-name').fill(name)
      await page.getByTestId('action-sdgs').fill(sdgs)
      await page.getByTestId('action-save').click()
      await page.getByTestId('action-form').waitFor({ state: 'detached' })
    }
    await expect.poll(() => page.getByTestId('action-card').count()).toBe(2)
    await page.getByTestId('action-new').click()
    await page.getByTestId('action-code').fill('or')
    await page.getByTestId('action-name').fill('Doppione')
    await page.getByTestId('action-save').click()
    expect(await page.getByTestId('action-error').textContent()).toBe(
      'Esiste già un’azione con codice «or» («Orientamento al lavoro»): i codici delle azioni devono essere unici.'
    )
    await page.keyboard.press('Escape')
    await shot(page, 'prog-03-actions-it')
  })

  it('imports five organisations from a sheet, after refusing one without a name column', async () => {
    await tab('organisations', 'organisations-tab')
    harness.platform.queueFiles([await organisationsSheet(path.join(tmp.dir, 'senza-nome.xlsx'), false)])
    await page.getByTestId('org-import').click()
    const report = page.getByTestId('import-report')
    await report.waitFor()
    expect(await report.textContent()).toContain('senza-nome.xlsx: manca la colonna Nome / Name nella riga di intestazione 1')
    await report.getByRole('button', { name: 'Chiudi' }).click()
    expect(await page.getByTestId('organisation-row').count()).toBe(0)
    harness.platform.queueFiles([await organisationsSheet(path.join(tmp.dir, 'organizzazioni.xlsx'))])
    await page.getByTestId('org-import').click()
    await page.getByTestId('org-notice').waitFor()
    expect(await page.getByTestId('org-notice').textContent()).toContain('Importate 5 organizzazioni')
    await expect.poll(() => page.getByTestId('organisation-row').count()).toBe(5)
    const cells = await page.getByTestId('organisation-row').nth(3).locator('td').allTextContents()
    expect(cells.slice(0, 7)).toEqual(['Logistica Nord Ovest S.p.A.', 'Impresa', 'Logistica', 'media', '—', 'Barriera di Milano', 'OR, CO'])
    await shot(page, 'prog-04-organisations-it')
  })

  it('adds three report sections and moves one', async () => {
    await tab('sections', 'sections-tab')
    for (const title of ['Conclusioni', 'Contesto e disegno della valutazione', 'Risultati delle azioni']) {
      await page.getByTestId('section-new').fill(title)
      await page.getByTestId('section-add').click()
      await expect.poll(async () => (await page.getByTestId('section-title').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value))).includes(title)).toBe(true)
    }
    // "Conclusioni" goes last: down twice.
    for (let i = 0; i < 2; i++) {
      const row = page.getByTestId('section-row').filter({ has: page.locator('input[value="Conclusioni"]') })
      await row.getByRole('button', { name: 'Sposta giù' }).click()
      await page.waitForTimeout(150)
    }
    await expect
      .poll(() => page.getByTestId('section-title').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value)))
      .toEqual(['Contesto e disegno della valutazione', 'Risultati delle azioni', 'Conclusioni'])
    await shot(page, 'prog-05-sections-it')
  })

  it('adopts four SDG targets from the whole 2030 Agenda', async () => {
    await tab('sdg', 'sdg-tab')
    expect(await page.locator('[data-testid^="sdg-goal-"]').count()).toBe(17)
    for (const code of ['5.4', '8.5', '8.6', '10.2']) {
      const goal = page.getByTestId(`sdg-goal-${code.split('.')[0]}`)
      if ((await page.getByTestId(`sdg-target-${code}`).count()) === 0) await goal.locator('.sdg-head').click()
      await page.getByTestId(`sdg-target-${code}`).check()
      await expect.poll(() => page.getByTestId('sdg-adopted').textContent()).toContain(code)
    }
    expect(await page.getByTestId('sdg-adopted').textContent()).toBe('Target adottati: 5.4, 8.5, 8.6, 10.2')
    expect(await page.getByTestId('sdg-goal-5').textContent()).toContain('Riconoscere e valorizzare la cura e il lavoro domestico non retribuito')
    await page.getByTestId('sdg-goal-8').scrollIntoViewIfNeeded()
    await shot(page, 'prog-06-sdg-it')
    // Only what the programme adopted, collapsed to one card per goal.
    await page.getByText('Solo gli obiettivi adottati').click()
    await expect.poll(() => page.locator('[data-testid^="sdg-goal-"]').count()).toBe(3)
    await page.getByTestId('sdg-tab').scrollIntoViewIfNeeded()
    await shot(page, 'prog-06b-sdg-adopted-it')
  })
})

/** Opens the activity form, fills it and types the participant list from the keyboard. */
async function recordActivity(a: { date: string; action: string; kind: string; title: string; area?: string; people?: [string, string][]; counts?: [string, string, string] }) {
  await page.getByTestId('activity-new').click()
  await page.getByTestId('activity-form').waitFor()
  await page.getByTestId('activity-date').fill(a.date)
  await page.getByTestId('activity-action').selectOption({ label: a.action })
  await page.getByTestId('activity-kind').selectOption({ label: a.kind })
  await page.getByTestId('activity-title').fill(a.title)
  if (a.area) await page.getByTestId('activity-area').selectOption({ label: a.area })
  if (a.counts) {
    await page.getByTestId('activity-participants').fill(a.counts[0])
    await page.getByTestId('activity-women').fill(a.counts[1])
    await page.getByTestId('activity-men').fill(a.counts[2])
  }
  if (a.people) {
    await page.getByTestId('participants-start').click()
    for (const [i, [name, gender]] of a.people.entries()) {
      const row = page.getByTestId('participant-row').nth(i)
      await row.getByTestId('participant-name').fill(name)
      if (gender) await row.getByTestId('participant-gender').selectOption(gender)
      // Enter opens the next row, as a keyboard user would go on.
      if (i < a.people.length - 1) {
        await row.getByTestId('participant-name').press('Enter')
        await page.getByTestId('participant-row').nth(i + 1).waitFor()
      }
    }
  }
  await page.getByTestId('activity-save').click()
  await page.getByTestId('activity-form').waitFor({ state: 'detached' })
}

describe('recording, computing and exporting in the window', () => {
  it('records four activities, three with participant lists; persons are counted once', async () => {
    await page.getByTestId('nav-indicators').click()
    await page.getByTestId('area-indicators').waitFor()
    await tab('register', 'register-tab')
    await recordActivity({ date: '2024-03-12', action: 'OR – Orientamento al lavoro', kind: 'Formazione', title: 'Corso di orientamento', area: 'Barriera di Milano',
      people: [['Anna Rossi', 'F'], ['Luca Bianchi', 'M'], ['Sara Verdi', 'F']] })
    // Anna is known now: her gender is filled in when her name is typed again.
    await recordActivity({ date: '2024-04-02', action: 'OR – Orientamento al lavoro', kind: 'Consulenza', title: 'Colloqui individuali', area: 'Aurora',
      people: [['Anna Rossi', ''], ['Marco Neri', 'M']] })
    await recordActivity({ date: '2024-05-20', action: 'CO – Conciliazione famiglia-lavoro', kind: 'Incontro', title: 'Incontro con i genitori', area: 'Vanchiglia',
      people: [['Sara Verdi', ''], ['Giulia Costa', 'F'], ['Paolo Gallo', 'NB']] })
    await recordActivity({ date: '2024-06-10', action: 'CO – Conciliazione famiglia-lavoro', kind: 'Webinar', title: 'Webinar sui congedi', counts: ['40', '25', '15'] })
    await expect.poll(() => page.getByTestId('register-row').count()).toBe(4)
    await expect.poll(() => page.getByTestId('register-persons').locator('.count-value').textContent()).toBe('6')
    expect(await page.getByTestId('register-participations').locator('.count-value').textContent()).toBe('8')
    expect(await page.getByTestId('register-totals').locator('.count-value').nth(1).textContent()).toBe('48')
    await shot(page, 'prog-07-register-it')
    // The list of the second activity, reopened: Anna's recorded gender is hers here too.
    await page.getByTestId('register-row').filter({ hasText: 'Colloqui individuali' }).click()
    await page.getByTestId('participant-row').nth(1).waitFor()
    expect(await page.getByTestId('participant-row').nth(0).getByTestId('participant-gender').inputValue()).toBe('F')
    expect(await page.getByTestId('activity-women').inputValue()).toBe('1')
    expect(await page.getByTestId('activity-participants').isDisabled()).toBe(true)
    await shot(page, 'prog-08-participants-it')
    await page.keyboard.press('Escape')
  })

  it('defines the indicators: activities per action, distinct persons reached by gender', async () => {
    await tab('indicators', 'indicators-tab')
    const define = async (code: string, name: string, measure: string, by: string, target: string) => {
      await page.getByTestId('indicator-new').click()
      await page.getByTestId('indicator-builder').waitFor()
      await page.getByTestId('field-code').fill(code)
      await page.getByTestId('field-name').fill(name)
      await page.getByTestId('source-kind').getByRole('radio', { name: 'Registro attività' }).click()
      await page.getByTestId('spec-measure').selectOption(measure)
      await page.getByTestId('field-baseline').fill('0')
      await page.getByTestId('field-baseline-year').fill('2023')
      await page.getByTestId('field-target').fill(target)
      await page.getByTestId('field-target-year').fill('2025')
      await page.getByTestId('disaggregations').getByRole('button', { name: 'Aggiungi una disaggregazione' }).click()
      await page.getByTestId('disaggregations').locator('select').first().selectOption(by)
      await page.getByTestId('builder-save').click()
      await page.getByTestId('indicator-builder').waitFor({ state: 'detached' })
    }
    await define('R1', 'Attività realizzate', 'activities', 'action', '10')
    await define('R2', 'Persone raggiunte', 'persons', 'gender', '8')
    const value = (code: string) => page.locator(`[data-testid="indicator-row"][data-code="${code}"]`).getByTestId('indicator-value').textContent()
    await expect.poll(() => value('R1')).toBe('4')
    await expect.poll(() => value('R2')).toBe('6')
    await page.locator('[data-testid="indicator-row"][data-code="R2"]').click()
    const detail = page.getByTestId('indicator-detail')
    await expect.poll(() => detail.textContent()).toContain('Donne')
    expect(await page.getByTestId('indicator-achievement-pct').textContent()).toBe('75,0%')
    expect(await page.getByTestId('indicator-baseline').textContent()).toContain('(2023)')
    await shot(page, 'prog-09-indicators-it')
  })

  it('builds a report table of persons by gender in section 2', async () => {
    await tab('tables', 'tables-tab')
    await page.getByTestId('table-new').click()
    const builder = page.getByTestId('table-builder')
    await builder.waitFor()
    await builder.getByLabel('Sezione del rapporto').selectOption({ label: '2. Risultati delle azioni' })
    await page.getByTestId('table-title').fill('Persone raggiunte per genere')
    await page.getByTestId('table-indicators').locator('.picker-item', { hasText: 'R2' }).click()
    await builder.getByLabel('Colonne').selectOption({ label: 'Genere' })
    await page.getByTestId('table-save').click()
    await builder.waitFor({ state: 'detached' })
    const table = page.getByTestId('report-table').filter({ hasText: 'Persone raggiunte per genere' })
    await table.waitFor()
    expect(await table.locator('h3').textContent()).toBe('Tabella 2.1 – Persone raggiunte per genere')
    const row = table.locator('tbody tr').first()
    expect(await row.textContent()).toContain('R2')
    // Total, women, men, non-binary, then the target.
    expect((await row.locator('td').allTextContents()).slice(0, 5)).toEqual(['6', '3', '2', '1', '8'])
    expect(await table.locator('thead').textContent()).toMatch(/Donne.*Uomini.*Persone non binarie/)
    await shot(page, 'prog-10-table-it')
  })

  it('exports the workbook with the figures', async () => {
    await page.getByTestId('nav-export').click()
    await page.getByTestId('export-area').waitFor()
    const out = path.join(tmp.dir, 'rapporto.xlsx')
    harness.platform.queueSavePath(out)
    await page.getByTestId('export-run').click()
    await page.getByTestId('export-result').waitFor({ timeout: 90_000 })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const ind = wb.worksheets.find((w) => w.name === 'Indicatori')!
    const byCode = new Map<string, unknown[]>()
    ind.eachRow((r, n) => n > 1 && byCode.set(String(r.getCell(1).value), (r.values as unknown[]).slice(1)))
    expect(byCode.get('R1')![5]).toBe(4)
    expect(byCode.get('R2')![5]).toBe(6)
    const section = wb.worksheets.find((w) => w.name.startsWith('2 '))!
    const texts: unknown[] = []
    section.eachRow((r) => r.eachCell((c) => texts.push(c.value)))
    expect(texts).toContain('Persone non binarie')
    await shot(page, 'prog-11-export-it')
  })
})

describe('the same screens in English, and a template', () => {
  it('words the workspace, the register and the indicators in English', async () => {
    await page.getByTestId('locale').selectOption('en')
    await page.getByTestId('nav-programme').click()
    await page.getByTestId('programme-area').waitFor()
    for (const [name, root] of [['details', 'programme-form'], ['actions', 'actions-tab'], ['organisations', 'organisations-tab'], ['areas', 'areas-tab'], ['lists', 'lists-tab'], ['sections', 'sections-tab'], ['sdg', 'sdg-tab']]) {
      await tab(name, root)
      await shot(page, `prog-en-${name}`)
    }
    // The language changes when app:setLocale answers, and the goals' texts come with sdg:framework read
    // again in that language: polled.
    await expect.poll(() => page.getByTestId('sdg-adopted').textContent()).toBe('Adopted targets: 5.4, 8.5, 8.6, 10.2')
    await expect.poll(() => page.getByTestId('sdg-goal-5').textContent()).toContain('Recognize and value unpaid care and domestic work')
    await tab('organisations', 'organisations-tab')
    expect(await page.getByTestId('organisation-row').nth(3).locator('td').nth(1).textContent()).toBe('Company')
    await page.getByTestId('nav-indicators').click()
    await tab('register', 'register-tab')
    await expect.poll(() => page.getByTestId('register-persons').locator('.count-label').textContent()).toBe('Persons reached')
    await shot(page, 'prog-en-register')
    await tab('indicators', 'indicators-tab')
    await page.locator('[data-testid="indicator-row"][data-code="R2"]').click()
    await expect.poll(() => page.getByTestId('indicator-detail').textContent()).toContain('Women')
    expect(await page.getByTestId('indicator-achievement-pct').textContent()).toBe('75.0%')
    await shot(page, 'prog-en-indicators')
    await page.getByTestId('locale').selectOption('it')
  })

  it('saves the project as a template and starts a new project from it, with the structure and no data', async () => {
    await page.getByTestId('nav-programme').click()
    await page.getByTestId('programme-area').waitFor()
    const template = path.join(tmp.dir, 'modello.esiti')
    harness.platform.queueSavePath(template)
    await page.getByTestId('template-save').click()
    await page.getByTestId('template-saved').waitFor()
    expect(fs.existsSync(template)).toBe(true)
    await page.getByRole('button', { name: 'Chiudi progetto' }).click()
    await page.getByTestId('welcome').waitFor()
    const next = path.join(tmp.dir, 'reti-2026.esiti')
    harness.platform.queueFiles([template])
    harness.platform.queueSavePath(next)
    await page.getByTestId('new-from-template').click()
    await page.getByTestId('programme-area').waitFor()
    await expect.poll(() => page.getByTestId('programme-title').textContent()).toBe('RETI Torino')
    await tab('details', 'programme-form')
    const counts = await page.getByTestId('project-counts').locator('.count-value').allTextContents()
    // Transcripts, codings, cases, datasets, indicators, organisations (partners only), activities.
    expect(counts).toEqual(['0', '0', '0', '0', '2', '3', '0'])
    await tab('actions', 'actions-tab')
    expect(await page.getByTestId('action-card').count()).toBe(2)
    await shot(page, 'prog-12-from-template-it')
    expect(pageErrors).toEqual([])
  })
})
