import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { mutate } from '../../src/main/db/op-log'
import { makeCtx } from '../../src/main/services/context'
import { insertCoder, insertCoding } from '../../src/main/services/team/rows'
import { seedDemo } from '../../src/main/demo/seed'
import { team as teamStrings } from '../../src/renderer/src/i18n/team'
import { BridgeHarness } from './support/harness'
import { launch, openApp, shot } from './support/browser'
import { tempDir } from '../support/temp-project'
import { sharedFixture } from '../support/shared-fixtures'

const QDPX = sharedFixture('qdpx')

let harness: BridgeHarness
let browser: Browser
let page: Page
const tmp = tempDir('esiti-e2e-team-')
const demo = path.join(tmp.dir, 'mire-demo.esiti')
/** Sara's copy of the demo: the same project plus her own coding, to merge back. */
const colleague = path.join(tmp.dir, 'mire-demo-sara.esiti')
/** Codes Giulia or Marco applied in the demo: the agreement table must have one row for each. */
let codesUsed: string[] = []

beforeAll(async () => {
  const p = await openProjectFile(demo, { create: true })
  await seedDemo(makeCtx(p, 'e2e'))
  codesUsed = (
    p.sqlite
      .prepare(
        `SELECT DISTINCT k.name FROM codings c JOIN coders d ON d.id = c.coder_id JOIN codes k ON k.id = c.code_id
         JOIN sources s ON s.id = c.source_id WHERE d.name IN ('Giulia', 'Marco') AND s.deleted_at IS NULL`
      )
      .all() as { name: string }[]
  ).map((r) => r.name)
  p.close()
  fs.copyFileSync(demo, colleague)
  const q = await openProjectFile(colleague)
  const src = q.sqlite.prepare('SELECT id, text FROM sources WHERE deleted_at IS NULL ORDER BY name LIMIT 1').get() as { id: string; text: string }
  const code = q.sqlite.prepare('SELECT id FROM codes ORDER BY sort, name LIMIT 1').get() as { id: string }
  mutate(q, { actor: 'Sara', kind: 'test', summary: { key: 'legacy.text', params: { text: 'Sara codes' } } }, (w) => {
    const coderId = insertCoder(w, { name: 'Sara', color: '#59a14f' })
    insertCoding(w, { sourceId: src.id, codeId: code.id, coderId, start: 0, end: 40, quote: src.text.slice(0, 40) })
  })
  q.close()
  harness = new BridgeHarness()
  await harness.start()
  browser = await launch()
  page = await openApp(browser, harness.url)
  harness.platform.queueFiles([demo])
  await page.getByTestId('open-project').click()
  await page.getByTestId('area-programme').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await harness?.stop()
  tmp.cleanup()
})

const resolvedCount = async (): Promise<number> =>
  Number(await page.getByTestId('review-progress').getAttribute('data-resolved'))

describe('teamwork area in the browser', () => {
  it('has every team string in Italian and English', () => {
    expect(Object.keys(teamStrings.en).sort()).toEqual(Object.keys(teamStrings.it).sort())
    expect(Object.keys(teamStrings.it).length).toBeGreaterThan(100)
  })

  it('computes agreement between Giulia and Marco: one row per code, kappas in [-1, 1], explained', async () => {
    expect(codesUsed.length).toBeGreaterThan(3)
    await page.getByTestId('nav-team').click()
    await page.getByTestId('area-team').waitFor()
    await page.getByTestId('tab-agreement').click()
    const coders = page.getByTestId('pick-coders')
    await coders.locator('input[type="checkbox"]').first().waitFor()
    for (const box of await coders.locator('input[type="checkbox"]').all()) {
      const name = await box.getAttribute('data-name')
      await box.setChecked(name === 'Giulia' || name === 'Marco')
    }
    await page.getByTestId('agreement-compute').click()
    await page.getByTestId('agreement-table').waitFor()
    const rows = page.getByTestId('agreement-row')
    expect(await rows.count()).toBe(codesUsed.length)
    const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')))
    expect(new Set(names)).toEqual(new Set(codesUsed))
    const kappas = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector('[data-testid="agreement-kappa"]')?.getAttribute('data-value') ?? null)
    )
    for (const k of kappas) {
      expect(k).not.toBeNull()
      const v = Number(k)
      expect(Number.isFinite(v)).toBe(true)
      expect(v).toBeGreaterThanOrEqual(-1)
      expect(v).toBeLessThanOrEqual(1)
    }
    // The coders do not agree everywhere, so not every kappa is 1.
    expect(kappas.some((k) => Number(k) < 0.999)).toBe(true)
    const overall = await page.getByTestId('agreement-overall').textContent()
    expect(overall).toContain('Complessivo')
    // The (i) on kappa brings its explanation (the NVivo chance model) into focus.
    await page.getByTestId('agreement-table').getByTestId('explain-kappa').click()
    expect(await page.getByTestId('explain-focus').textContent()).toMatch(/EF = \(A·B \+ \(T−A\)\(T−B\)\)\/T/)
    expect(await page.getByTestId('kappa-legend').textContent()).toContain('sostanziale')
    await shot(page, 'agreement-table')
  })

  it('reviews the disagreements on one code side by side; a decision moves the counter and undo takes it back', async () => {
    // The code with the lowest kappa has the most to review.
    const rows = page.getByTestId('agreement-row')
    const kappas = await rows.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.querySelector('[data-testid="agreement-kappa"]')?.getAttribute('data-value')))
    )
    const worst = kappas.indexOf(Math.min(...kappas))
    await rows.nth(worst).getByTestId('review-code').click()
    await page.getByTestId('review-progress').waitFor()
    const cards = page.getByTestId('disagreement')
    await cards.first().waitFor()
    expect(await page.getByTestId('side-a-segment').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('side-b-segment').count()).toBeGreaterThan(0)
    const total = Number(await page.getByTestId('review-progress').getAttribute('data-total'))
    const before = await resolvedCount()
    expect(total).toBeGreaterThan(0)
    expect(before).toBeLessThan(total)
    // A disagreement both coders took part in, not yet decided.
    const both = cards.filter({ has: page.getByTestId('side-a-segment') }).filter({ has: page.getByTestId('side-b-segment') })
    const open = both.and(page.locator('[data-decided=""]')).first()
    const decision = (await open.getByTestId('decide-merge').isEnabled()) ? 'decide-merge' : 'decide-keep_both'
    await open.getByTestId(decision).click()
    await expect.poll(resolvedCount).toBe(before + 1)
    expect(await page.getByTestId('review-progress').textContent()).toContain(`${before + 1} di`)
    await expect.poll(() => page.getByTestId('decision-note').count()).toBeGreaterThan(0)
    // Recorded: who decided is the coder set in the top bar, and the decision is in the history.
    expect(await page.getByTestId('decision-note').first().textContent()).toContain('Valutatore')
    await expect.poll(() => page.getByTestId('decision-record').count()).toBe(1)
    await shot(page, 'disagreement-review')
    await page.getByTestId('undo').click()
    await expect.poll(resolvedCount).toBe(before)
    await expect.poll(() => page.getByTestId('decision-record').count()).toBe(0)
  })

  it('exports the project as REFI-QDA (.qdpx) to the chosen path', async () => {
    await page.getByTestId('tab-refi').click()
    const out = path.join(tmp.dir, 'mire-demo.qdpx')
    harness.platform.queueSavePath(out)
    await page.getByTestId('refi-export-qdpx').click()
    await page.getByTestId('refi-export-result').waitFor()
    expect(fs.existsSync(out)).toBe(true)
    const head = fs.readFileSync(out).subarray(0, 2).toString('latin1')
    expect(head).toBe('PK')
    expect(await page.getByTestId('refi-export-result').textContent()).toContain('mire-demo.qdpx')
    // Importing the same file back adds nothing: every element is recognised by its GUID.
    harness.platform.queueFiles([out])
    await page.getByTestId('refi-import-qdpx').click()
    const report = page.getByTestId('refi-import-report')
    await report.waitFor()
    expect(Number(await page.getByTestId('refi-unanchored-count').locator('.count-value').textContent())).toBe(0)
    expect(await report.textContent()).toContain('Già presenti')
    await shot(page, 'refi')
  })

  it('previews and merges a colleague’s copy: her coder and coding are added, the rest is matched', async () => {
    await page.getByTestId('tab-merge').click()
    harness.platform.queueFiles([colleague])
    await page.getByTestId('merge-choose').click()
    const preview = page.getByTestId('merge-preview')
    await preview.waitFor()
    const counts = page.getByTestId('merge-counts')
    const row = (label: string) => counts.locator('tr', { hasText: label }).locator('td.num').first()
    expect(await row('Codificatori').textContent()).toBe('1')
    expect(await row('Codifiche').textContent()).toBe('1')
    await shot(page, 'merge-preview')
    await page.getByTestId('merge-run').click()
    await page.getByTestId('merge-done').waitFor()
    expect(await page.getByTestId('merge-result').getByTestId('merge-summary').textContent()).toContain('codifiche: 1,')
    // The merged coder appears in the agreement pickers.
    await page.getByTestId('tab-agreement').click()
    await expect.poll(() => page.getByTestId('pick-coders').locator('input[data-name="Sara"]').count()).toBe(1)
    expect((page as Page & { collectedErrors: string[] }).collectedErrors).toEqual([])
  })

  it('imports a QualCoder-family .qdpx (qc) and reports dialect, verified quotes and unanchored codings', async () => {
    await page.getByTestId('tab-refi').click()
    harness.platform.queueFiles([path.join(QDPX, 'qualitative-coding__demo.qdpx')])
    await page.getByTestId('refi-import-qdpx').click()
    const report = page.getByTestId('refi-import-report')
    await expect.poll(async () => (await report.textContent()) ?? '').toContain('qualitative-coding__demo.qdpx')
    expect(Number(await page.getByTestId('refi-unanchored-count').locator('.count-value').textContent())).toBe(0)
    const text = (await report.textContent()) ?? ''
    expect(text).toContain('Come sono contate le posizioni')
    expect(text).toContain('205')
    // Every selection of the coded source was re-extracted in qc's units and verified.
    expect(await page.getByTestId('refi-verified').allTextContents()).toContain('158 / 158')
    await report.scrollIntoViewIfNeeded()
    await shot(page, 'refi-import-report')
  })

  it('shows the disagreement review in English, with a decision taken', async () => {
    await page.getByTestId('locale').selectOption('en')
    await page.getByTestId('tab-review').click()
    await page.getByTestId('review-coder-a').selectOption({ label: 'Giulia' })
    await page.getByTestId('review-coder-b').selectOption({ label: 'Marco' })
    const cards = page.getByTestId('disagreement')
    await cards.first().waitFor()
    const before = await resolvedCount()
    const open = cards.and(page.locator('[data-decided=""]')).first()
    await open.getByTestId('decide-keep_a').click()
    await expect.poll(resolvedCount).toBe(before + 1)
    await expect.poll(() => page.getByTestId('decision-note').count()).toBeGreaterThan(0)
    // In English once app:setLocale has answered.
    await expect.poll(() => page.getByTestId('review-progress').textContent()).toContain('resolved')
    await page.getByTestId('decision-history').locator('summary').click()
    expect(await page.getByTestId('decision-record').first().getAttribute('data-decision')).toBe('keep_a')
    await page.getByTestId('disagreements').evaluate((el) => el.scrollTo(0, 0))
    await shot(page, 'disagreement-review-en')
    await page.getByTestId('locale').selectOption('it')
    expect((page as Page & { collectedErrors: string[] }).collectedErrors).toEqual([])
  })
})
