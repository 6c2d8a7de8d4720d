import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { makeCtx } from '../../src/main/services/context'
import { seedProgramme } from '../../src/main/demo/seed-programme'
import type { OpSummaryDto } from '../../src/shared/ipc/project'
import { tempDir } from '../support/temp-project'
import type { BridgeHarness } from './support/harness'
import { runInPage, shot } from './support/browser'
import { appPerFile } from './support/app-per-file'

/** The last English of #16 as the Italian window shows it: undo names and a register import's note. */
let harness: BridgeHarness
let page: Page
const tmp = tempDir('esiti-e2e-english-')
const file = path.join(tmp.dir, 'programma.esiti')

appPerFile(
  tmp,
  async () => {
    const p = await openProjectFile(file, { create: true })
    seedProgramme(makeCtx(p, 'e2e'))
    p.close()
  },
  (app) => ({ harness, page } = app)
)

describe('the last English in the Italian window', () => {
  it('names an edit of case attributes in Italian in Undo’s tooltip and in the history', async () => {
    harness.platform.queueFiles([file])
    await page.getByTestId('open-project').click()
    await page.getByTestId('project-name').waitFor()
    await page.getByTestId('nav-indicators').click()
    await page.getByTestId('indicators-tab').waitFor()
    const ids = await runInPage<{ caseId: string; a: string; b: string }>(
      page,
      `async () => {
        const c = await window.api.invoke('coding:createCase', { name: 'Intervista 1' })
        const a = await window.api.invoke('coding:createAttribute', { name: 'Età', type: 'number' })
        const b = await window.api.invoke('coding:createAttribute', { name: 'Ruolo', type: 'text' })
        return { caseId: c.value.id, a: a.value.id, b: b.value.id }
      }`
    )
    const set = await runInPage<{ ok: boolean }>(
      page,
      `(ids) => window.api.invoke('coding:setCaseValues', { edits: [
        { caseId: ids.caseId, attributeId: ids.a, value: '41' },
        { caseId: ids.caseId, attributeId: ids.b, value: 'HR' }] })`,
      ids
    )
    expect(set.ok).toBe(true)
    const undo = page.getByTestId('undo')
    await expect.poll(() => undo.getAttribute('title')).toBe('Annulla: Modifica di 2 attributi dei casi')
    const h = await runInPage<{ value: OpSummaryDto[] }>(page, `() => window.api.invoke('project:history', { limit: 1 })`)
    expect(h.value[0].message).toEqual({ key: 'coding.op.editCaseValues', params: { count: 2 } })
    await undo.click()
    await expect.poll(() => page.getByTestId('redo').getAttribute('title')).toBe('Ripeti: Modifica di 2 attributi dei casi')
    await shot(page, 'undo-name-italian')
  })

  it('shows a register import’s reader note in Italian beside the count', async () => {
    await page.getByTestId('tab-register').click()
    const csv = path.join(tmp.dir, 'registro.csv')
    fs.writeFileSync(
      csv,
      'Data;Azione;Tipo;Titolo;Partecipanti;Donne;Uomini;Note\r\n12/03/2022;SW;webinar;Webinar di prova;30;12;10;"nota lasciata aperta\r\n'
    )
    harness.platform.queueFiles([csv])
    await page.getByTestId('register-import').click()
    const notice = page.getByRole('status').filter({ hasText: 'attività' })
    await notice.waitFor()
    expect(await notice.textContent()).toContain(
      'Importata 1 attività. L’ultimo campo apre delle virgolette che non si chiudono: è stato letto fino alla fine del file'
    )
    await shot(page, 'register-import-note-italian')
  })
})
