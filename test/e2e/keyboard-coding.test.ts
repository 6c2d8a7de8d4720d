import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { mutate } from '../../src/main/db/op-log'
import { createSourceFromText } from '../../src/main/services/transcripts/source-service'
import { createCode } from '../../src/main/services/coding/codes'
import { createCase } from '../../src/main/services/coding/cases'
import { addAttribute } from '../../src/main/services/coding/attributes'
import { makeCtx } from '../../src/main/services/context'
import { BridgeHarness } from './support/harness'
import { launch, openApp, openProjectIn, shot } from './support/browser'
import { tempDir } from '../support/temp-project'

/*
 * Issue 14's keyboard test: a page of an interview coded without the mouse — keyboard selection by
 * sentence, word, paragraph and turn, two shortcuts assigned in the codebook and used, an in-vivo
 * code, the last code again, the palette's Escape keeping the selection — and the smaller defects
 * seen with the mouse: six new codes in a row, a number attribute given a word.
 */

let harness: BridgeHarness
let browser: Browser
let page: Page
const tmp = tempDir('esiti-e2e-keys-')
const file = path.join(tmp.dir, 'tastiera.esiti')
let sourceId = ''
const TEXT = [
  'INT: Buongiorno. Come è nato il progetto nella vostra azienda?',
  'R: È nato dal bisogno delle famiglie. Molti colleghi avevano figli piccoli e lunghi spostamenti.',
  'INT: E lo smart working?',
  'R: Due giorni a settimana. La gente recupera il tempo dello spostamento. Per noi è stato un cambiamento enorme.',
  'INT: Ci sono stati problemi?',
  'R: All’inizio la fiducia dei capi reparto. Poi si sono abituati, e oggi nessuno tornerebbe indietro.',
  'INT: Che cosa consiglierebbe a un’altra azienda?',
  'R: Di partire in piccolo, con un gruppo pilota, e di misurare i risultati.'
].join('\n\n')
const PAGE_TWO = [
  'INT: Ci racconta la sua cooperativa?',
  'R: Siamo una cooperativa sociale di trenta persone, quasi tutte donne.',
  'INT: Che cosa è cambiato con il coworking?',
  'R: Le socie che vivono lontano lavorano vicino a casa due giorni a settimana.',
  'INT: E la Cittadella del welfare?',
  'R: Lo sportello ci ha aiutato con i buoni per i centri estivi.'
].join('\n\n')

beforeAll(async () => {
  const p = await openProjectFile(file, { create: true, actor: 'e2e' })
  mutate(p, { actor: 'e2e', kind: 'test.seed', summary: { key: 'legacy.text', params: { text: 'seed' } } }, (w) => {
    sourceId = createSourceFromText(w, { name: 'Intervista HR', text: TEXT }).id
    createSourceFromText(w, { name: 'Intervista Coop', text: PAGE_TWO })
    createCode(w, { name: 'Motivazioni', color: '#4e79a7' })
    createCode(w, { name: 'Benefici', color: '#59a14f' })
    createCode(w, { name: 'Difficoltà', color: '#e15759' })
    createCode(w, { name: 'Consigli', color: '#b07aa1' })
  })
  const ctx = makeCtx(p, 'e2e')
  createCase(ctx, { name: 'Chiara' })
  addAttribute(ctx, { name: 'Età', type: 'number' })
  p.close()
  harness = new BridgeHarness()
  await harness.start()
  browser = await launch()
  page = await openApp(browser, harness.url)
  await page.getByTestId('welcome').waitFor()
  await openProjectIn(page, harness, file, 'interviews')
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await harness?.stop()
  tmp.cleanup()
})

async function invoke<T>(channel: string, input: unknown): Promise<T> {
  const r = (await page.evaluate(`window.api.invoke(${JSON.stringify(channel)}, ${JSON.stringify(input)})`)) as { ok: true; value: T } | { ok: false; error: unknown }
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

interface Seg {
  codePath: string
  text: string
  start: number
  end: number
}
const segments = async (): Promise<Seg[]> => (await invoke<{ segments: Seg[] }>('coding:segments', { context: 'none', limit: 1000 })).segments
const codes = async () => invoke<{ id: string; name: string; path: string; shortcut: string | null; depth: number }[]>('coding:codes', {})

/** Waits until the project holds `n` codings (each action is one IPC call and a refresh). */
async function waitForCodings(n: number): Promise<Seg[]> {
  for (let i = 0; i < 100; i++) {
    const s = await segments()
    if (s.length >= n) return s
    await page.waitForTimeout(50)
  }
  throw new Error(`expected ${n} codings, have ${(await segments()).length}`)
}

const selection = async (): Promise<[number, number]> => {
  const r = page.getByTestId('reader')
  return [Number(await r.getAttribute('data-sel-start')), Number(await r.getAttribute('data-sel-end'))]
}
const selected = async (text = TEXT): Promise<string> => {
  const [s, e] = await selection()
  return text.slice(s, e)
}

describe('coding by keyboard only', () => {
  it('assigns two shortcuts in the codebook by pressing them; refuses combinations that cannot be shortcuts', async () => {
    await page.getByTestId('tab-codebook').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('codebook').waitFor()
    const node = (name: string) => page.getByTestId('codebook-tree').locator('[data-testid="code-node"]', { hasText: name })
    await node('Benefici').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('code-shortcut-input').focus()
    // Not shortcuts: a digit alone, and a combination Esiti uses itself.
    await page.keyboard.press('5')
    await expect.poll(() => page.getByTestId('code-shortcut-help').textContent()).toMatch(/richiede Ctrl, Alt o Cmd/)
    await page.keyboard.press('Control+K')
    await expect.poll(() => page.getByTestId('code-shortcut-help').textContent()).toMatch(/Ctrl\+K è già usata da Esiti/)
    await page.keyboard.press('Alt+2')
    await expect.poll(async () => (await codes()).find((c) => c.name === 'Benefici')?.shortcut).toBe('Alt+2')
    await node('Difficoltà').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('code-shortcut-input').focus()
    // Taken by Benefici: refused by main with the code that has it.
    await page.keyboard.press('Alt+2')
    await page.getByText(/già usata dal codice «Benefici»/).waitFor()
    await page.keyboard.press('Escape')
    await page.getByTestId('code-shortcut-input').focus()
    await page.keyboard.press('Alt+3')
    await expect.poll(async () => (await codes()).find((c) => c.name === 'Difficoltà')?.shortcut).toBe('Alt+3')
    // The tree shows each code's shortcut.
    await expect.poll(() => node('Benefici').getByTestId('code-shortcut').textContent()).toBe('Alt+2')
    await shot(page, 'keyboard-01-codebook-shortcuts')
  })

  it('selects by sentence, word and character with the keys, and a shortcut applies exactly its code', async () => {
    await page.getByTestId('tab-code').focus()
    await page.keyboard.press('Enter')
    await page.locator('[data-testid="source-item"]', { hasText: 'Intervista HR' }).focus()
    await page.keyboard.press('Enter')
    await page.locator(`[data-testid="reader"][data-source="${sourceId}"] [data-testid="para"]`).first().waitFor()
    await page.getByTestId('reader').focus()
    // Caret at the top: S selects the first sentence, S again adds the next one.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('s')
    expect(await selected()).toBe('R: È nato dal bisogno delle famiglie.')
    await page.keyboard.press('s')
    expect(await selected()).toBe('R: È nato dal bisogno delle famiglie. Molti colleghi avevano figli piccoli e lunghi spostamenti.')
    await shot(page, 'keyboard-02-sentence-selected')
    await page.keyboard.press('Alt+3')
    let segs = await waitForCodings(1)
    expect(segs.map((s) => [s.codePath, s.text])).toEqual([
      ['Difficoltà', 'R: È nato dal bisogno delle famiglie. Molti colleghi avevano figli piccoli e lunghi spostamenti.']
    ])
    // Word by word and character by character, from the caret after the coded passage.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Home')
    await page.keyboard.press('Control+ArrowRight')
    await page.keyboard.press('Control+ArrowRight')
    await page.keyboard.press('Control+Shift+ArrowRight')
    await page.keyboard.press('Control+Shift+ArrowRight')
    expect(await selected()).toBe(' lo smart')
    await page.keyboard.press('Control+Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    expect(await selected()).toBe(' lo smart working?')
    await page.keyboard.press('Shift+ArrowLeft')
    expect(await selected()).toBe(' lo smart working')
    // Alt+2 is Benefici's shortcut: it applies Benefici, not the second most recent code (the defect).
    await page.keyboard.press('Alt+2')
    segs = await waitForCodings(2)
    expect(segs.find((s) => s.text === 'lo smart working')?.codePath).toBe('Benefici')
  })

  it('opens the palette with Ctrl+K; Escape closes only the palette and the selection stays', async () => {
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('t')
    const turn = await selected()
    expect(turn).toBe('R: Due giorni a settimana. La gente recupera il tempo dello spostamento. Per noi è stato un cambiamento enorme.')
    await page.keyboard.press('Control+k')
    await page.getByTestId('quick-code').waitFor()
    expect(await page.getByTestId('quick-code-quote').textContent()).toContain('Due giorni a settimana')
    // The palette shows each code's shortcut beside it.
    await expect.poll(() => page.getByTestId('quick-code-shortcut').allTextContents()).toEqual(expect.arrayContaining(['Alt+2', 'Alt+3']))
    await shot(page, 'keyboard-03-palette-with-shortcuts')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('quick-code').count()).toBe(0)
    expect(await selected()).toBe(turn)
    // …and the keys still act on it: the palette again, a search, Enter.
    await page.keyboard.press('Control+k')
    await page.keyboard.type('bene')
    await page.keyboard.press('Enter')
    const segs = await waitForCodings(3)
    expect(segs.find((s) => s.text === turn)?.codePath).toBe('Benefici')
    // In the palette a code's shortcut also applies exactly that code.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('p')
    await page.keyboard.press('Control+k')
    await page.getByTestId('quick-code').waitFor()
    await page.keyboard.press('Alt+3')
    expect((await waitForCodings(4)).find((s) => s.text === 'INT: Ci sono stati problemi?')?.codePath).toBe('Difficoltà')
  })

  it('codes in vivo (the selected words become a code) and with the last code used', async () => {
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Home')
    // "R", "All’inizio", then three words with Shift: " la fiducia dei", one more: " la fiducia dei capi".
    await page.keyboard.press('Control+ArrowRight')
    await page.keyboard.press('Control+ArrowRight')
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight')
    expect((await selected()).trim()).toBe('la fiducia dei')
    await page.keyboard.press('Control+Shift+ArrowRight')
    expect((await selected()).trim()).toBe('la fiducia dei capi')
    await page.keyboard.press('Control+i')
    await expect.poll(async () => (await codes()).some((c) => c.name === 'la fiducia dei capi' && c.depth === 0)).toBe(true)
    expect((await waitForCodings(5)).find((s) => s.codePath === 'la fiducia dei capi')?.text).toBe('la fiducia dei capi')
    // Ctrl+L: the code used last (the in-vivo one) on the next sentence (Alt+→ to the sentence's end, then S).
    await page.keyboard.press('Alt+ArrowRight')
    await page.keyboard.press('s')
    expect(await selected()).toBe('Poi si sono abituati, e oggi nessuno tornerebbe indietro.')
    await page.keyboard.press('Control+l')
    expect((await waitForCodings(6)).filter((s) => s.codePath === 'la fiducia dei capi').length).toBe(2)
    // Ctrl+K without a selection opens the palette on the sentence at the caret.
    await page.keyboard.press('Escape')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Control+k')
    await page.getByTestId('quick-code').waitFor()
    expect(await page.getByTestId('quick-code-quote').textContent()).toContain('INT: Che cosa consiglierebbe')
    await page.getByTestId('quick-code-input').fill('consigli')
    await page.keyboard.press('Enter')
    await waitForCodings(7)
  })

  it('codes the whole page of another interview, paragraph by paragraph, with the two shortcuts', async () => {
    // Another transcript, opened from the sources list with the keyboard.
    await page.locator('[data-testid="source-item"]', { hasText: 'Intervista Coop' }).focus()
    await page.keyboard.press('Enter')
    await page.locator('[data-testid="reader"]', { hasText: 'cooperativa' }).waitFor()
    await page.getByTestId('reader').focus()
    const before = (await segments()).length
    const paragraphs = PAGE_TWO.split('\n\n')
    for (let i = 0; i < paragraphs.length; i++) {
      await page.keyboard.press('p')
      expect(await selected(PAGE_TWO)).toBe(paragraphs[i])
      await page.keyboard.press(i % 2 === 0 ? 'Alt+2' : 'Alt+3')
      await waitForCodings(before + i + 1)
    }
    const segs = await segments()
    for (const [i, p] of paragraphs.entries())
      expect([p, segs.some((s) => s.text === p && s.codePath === (i % 2 === 0 ? 'Benefici' : 'Difficoltà'))]).toEqual([p, true])
    await page.waitForTimeout(300)
    await shot(page, 'keyboard-04-page-coded')
    expect((page as Page & { collectedErrors: string[] }).collectedErrors).toEqual([])
  })
})

describe('smaller defects seen with the mouse', () => {
  it('"+ Nuovo codice" six times makes six codes side by side, not six levels deep', async () => {
    await page.getByTestId('tab-codebook').click()
    const before = (await codes()).length
    for (let i = 1; i <= 6; i++) {
      await page.getByTestId('codebook-new').click()
      await page.getByRole('dialog').locator('input').first().fill(`Tema ${i}`)
      await page.keyboard.press('Enter')
      await expect.poll(async () => (await codes()).length).toBe(before + i)
    }
    const all = await codes()
    const created = all.filter((c) => /^Tema \d$/.test(c.name))
    // The first goes under the code picked in the tree; the others beside it: one level, one parent.
    expect(created.length).toBe(6)
    expect(new Set(created.map((c) => c.depth)).size).toBe(1)
    expect(new Set(created.map((c) => c.path.split(' > ').slice(0, -1).join(' > '))).size).toBe(1)
    await shot(page, 'keyboard-05-six-new-codes')
  })

  it('a number attribute refuses "trentotto" with the reason instead of turning it into "e"', async () => {
    await page.getByTestId('tab-cases').click()
    const cell = page.getByTestId('attr-cell').first()
    await cell.click()
    await cell.fill('trentotto')
    await page.keyboard.press('Enter')
    await page.getByTestId('attr-cell-problem').waitFor()
    expect(await page.getByTestId('attr-cell-problem').textContent()).toMatch(/«Età» è un attributo numerico: «trentotto» non è un numero/)
    expect(await cell.inputValue()).toBe('trentotto')
    const grid = await invoke<{ cases: { values: Record<string, string | null> }[] }>('coding:caseGrid', {})
    expect(Object.values(grid.cases[0].values)).toEqual([null])
    await shot(page, 'keyboard-06-number-refused')
    await cell.fill('38,5')
    await page.keyboard.press('Enter')
    await expect.poll(async () => Object.values((await invoke<{ cases: { values: Record<string, string | null> }[] }>('coding:caseGrid', {})).cases[0].values)).toEqual(['38.5'])
  })
})
