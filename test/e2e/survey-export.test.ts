import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { makeCtx } from '../../src/main/services/context'
import { seedDemo } from '../../src/main/demo/seed'
import { readSheet } from '../../src/main/services/io/sheet'
import type { BridgeHarness } from './support/harness'
import { shot, openProjectIn } from './support/browser'
import { appPerFile } from './support/app-per-file'
import { tempDir } from '../support/temp-project'

let harness: BridgeHarness
let page: Page
const tmp = tempDir('esiti-e2e-svx-')
const demoProject = path.join(tmp.dir, 'mire-demo.esiti')

appPerFile(
  tmp,
  async () => {
    const demo = await openProjectFile(demoProject, { create: true })
    await seedDemo(makeCtx(demo, 'e2e'))
    demo.close()
  },
  (app) => ({ harness, page } = app)
)

describe('questionnaires: export dialog', () => {
  it('exports the clean data as SPSS .sav through the save dialog and says what it wrote', async () => {
    await openProjectIn(page, harness, demoProject, 'questionnaires')
    await page.getByTestId('sv-export-open').click()
    await page.getByTestId('sv-export').waitFor()
    await page.getByTestId('sv-export-format-sav').check()
    await shot(page, 'svx-01-export-dialog')
    const target = path.join(tmp.dir, 'aziende')
    harness.platform.queueSavePath(target)
    await page.getByTestId('sv-export-run').click()
    const done = page.getByTestId('sv-export-done')
    await done.waitFor({ timeout: 30_000 })
    expect(await done.textContent()).toMatch(/Esportate \d+ righe e \d+ variabili in .*aziende\.sav/)
    expect(await done.textContent()).toContain('Identificativi esclusi')
    await shot(page, 'svx-02-export-done')
    const { dictionary } = await readSheet(`${target}.sav`)
    expect(dictionary!.variables.length).toBeGreaterThan(10)
    expect(fs.existsSync(`${target}.sav`)).toBe(true)
  })

  it('offers the CSV kinds and the dictionary alone', async () => {
    await page.getByTestId('sv-export-format-csv').check()
    expect(await page.getByTestId('sv-export-dialect-excel-it').isChecked()).toBe(true)
    harness.platform.queueSavePath(path.join(tmp.dir, 'dizionario.xlsx'))
    await page.getByTestId('sv-export-dictionary').click()
    await page.getByTestId('sv-export-dictionary-done').waitFor({ timeout: 30_000 })
    expect(fs.existsSync(path.join(tmp.dir, 'dizionario.xlsx'))).toBe(true)
    await shot(page, 'svx-03-export-csv')
  })
})
