import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../src/main/db/project-file'
import { mutate } from '../../src/main/db/op-log'
import { makeCtx } from '../../src/main/services/context'
import { seedDemo } from '../../src/main/demo/seed'
import { createSourceFromText } from '../../src/main/services/transcripts/source-service'
import { createCode } from '../../src/main/services/coding/codes'
import { createCoding } from '../../src/main/services/coding/codings'
import { ensureCoder } from '../../src/main/services/coding/coders'
import { fuzzyMatch, fold, rankByQuery } from '../../src/renderer/src/areas/interviews/fuzzy'
import { canonicalSelection, snapToCodePoints, trimRange } from '../../src/renderer/src/areas/interviews/offset-rules'
import { assignLanes, bucketByParagraph, buildPieces } from '../../src/renderer/src/areas/interviews/layout'
import { moveBoundary } from '../../src/renderer/src/areas/interviews/word-steps'
import { toCodeQuery } from '../../src/renderer/src/areas/interviews/query-model'
import { BridgeHarness } from './support/harness'
import { launch, openApp, shot } from './support/browser'
import { tempDir } from '../support/temp-project'

let harness: BridgeHarness
let browser: Browser
let page: Page
const tmp = tempDir('esiti-e2e-iv-')
const demo = path.join(tmp.dir, 'mire-demo.esiti')
const offsetsFile = path.join(tmp.dir, 'offsets.esiti')
const largeFile = path.join(tmp.dir, 'large.esiti')

/** A text with accents, emoji (astral, two UTF-16 units each) and speaker turns. */
const OFFSETS_TEXT = [
  '[00:00:03] INT: Ciao 👋 come va? Perché è così 😀 bello, davvero.',
  '',
  'R: Benissimo, città 🏙 e caffè ☕ ogni giorno; la qualità è alta 🚀 e il welfare funziona.',
  '',
  'INT: E le famiglie? 👨‍👩‍👧 Tutte coinvolte?',
  '',
  'R: Sì, più o meno tutte. Lo smart working 💻 ha aiutato molto.'
].join('\n')

let offsetsSourceId = ''
let largeSourceId = ''

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const WORDS =
  'allora progetto lavoro azienda welfare servizi famiglia tempo orario flessibile smart working coworking municipio rete partner dipendenti figli scuola conciliazione benessere salute formazione competenze territorio comune milano quartiere impresa risultati cambiamento organizzazione fiducia riunione spazio ufficio casa spostamenti qualità vita donne uomini giovani anziani sostegno piattaforma convenzione sportello ascolto bisogni valutazione indicatori'.split(
    ' '
  )

/** A 100,000-word interview with 5,000 codings, built through the services in one transaction. */
async function buildLargeProject(): Promise<void> {
  const p = await openProjectFile(largeFile, { create: true })
  const rand = rng(7)
  const turns: string[] = []
  let words = 0
  let turn = 0
  while (words < 100_000) {
    const n = 20 + Math.floor(rand() * 60)
    const body: string[] = []
    for (let i = 0; i < n; i++) body.push(WORDS[Math.floor(rand() * WORDS.length)])
    words += n + 1
    const ts = turn % 4 === 0 ? `[${String(Math.floor(turn / 120)).padStart(2, '0')}:${String(Math.floor(turn / 2) % 60).padStart(2, '0')}:00] ` : ''
    turns.push(`${ts}${turn % 2 === 0 ? 'INT' : 'R'}: ${body.join(' ')}.`)
    turn++
  }
  const text = turns.join('\n\n')
  mutate(p, { actor: 'e2e', kind: 'test.seed', summary: 'seed' }, (w) => {
    createSourceFromText(w, { name: '00 Breve', text: 'INT: Una breve intervista.\n\nR: Sì, molto breve.' })
    const src = createSourceFromText(w, { name: 'Trascrizione lunga', text })
    largeSourceId = src.id
    const coder = ensureCoder(w, 'e2e')
    const other = ensureCoder(w, 'Revisore')
    const codes: string[] = []
    for (let i = 0; i < 6; i++) {
      const parent = createCode(w, { name: `Tema ${i + 1}` })
      codes.push(parent)
      for (let j = 0; j < 4; j++) codes.push(createCode(w, { name: `Sottotema ${i + 1}.${j + 1}`, parentId: parent }))
    }
    const seen = new Set<string>()
    let made = 0
    while (made < 5000) {
      const start = Math.floor(rand() * (text.length - 400))
      const s = text.lastIndexOf(' ', start) + 1
      const len = 20 + Math.floor(rand() * 300)
      let e = text.indexOf(' ', s + len)
      if (e === -1) e = text.length
      while (/\s/.test(text[e - 1])) e--
      const code = codes[Math.floor(rand() * codes.length)]
      const who = rand() < 0.8 ? coder : other
      const key = `${s}:${e}:${code}:${who}`
      if (seen.has(key) || text.slice(s, e).trim() === '') continue
      seen.add(key)
      createCoding(w, { sourceId: src.id, codeId: code, coderId: who, start: s, end: e })
      made++
    }
  })
  p.close()
}

async function buildOffsetsProject(): Promise<void> {
  const p = await openProjectFile(offsetsFile, { create: true })
  mutate(p, { actor: 'e2e', kind: 'test.seed', summary: 'seed' }, (w) => {
    const src = createSourceFromText(w, { name: 'Emoji e accenti', text: OFFSETS_TEXT })
    offsetsSourceId = src.id
    const coder = ensureCoder(w, 'e2e')
    const a = createCode(w, { name: 'Benessere', color: '#e15759' })
    const b = createCode(w, { name: 'Conciliazione', color: '#4e79a7' })
    const at = (q: string): [number, number] => {
      const i = src.text.indexOf(q)
      if (i < 0) throw new Error(q)
      return [i, i + q.length]
    }
    const [s1, e1] = at('come va? Perché è così 😀')
    const [s2, e2] = at('così 😀 bello')
    const [s3, e3] = at('città 🏙 e caffè ☕ ogni')
    createCoding(w, { sourceId: src.id, codeId: a, coderId: coder, start: s1, end: e1 })
    createCoding(w, { sourceId: src.id, codeId: b, coderId: coder, start: s2, end: e2 })
    createCoding(w, { sourceId: src.id, codeId: b, coderId: coder, start: s3, end: e3 })
  })
  p.close()
}

/** The page's bridge, from the test: same calls the renderer makes. */
async function invoke<T>(channel: string, input: unknown): Promise<T> {
  const r = (await page.evaluate(`window.api.invoke(${JSON.stringify(channel)}, ${JSON.stringify(input)})`)) as
    | { ok: true; value: T }
    | { ok: false; error: unknown }
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

/** Runs a browser-side function (given as source, so this Node-typed file needs no DOM types). */
async function inPage<T>(fn: string, ...args: unknown[]): Promise<T> {
  return (await page.evaluate(`(${fn})(...${JSON.stringify(args)})`)) as T
}

async function openProject(file: string): Promise<void> {
  if (await page.getByTestId('welcome').isHidden()) {
    await page.getByRole('button', { name: /Chiudi progetto|Close project/ }).click()
    await page.getByTestId('welcome').waitFor()
  }
  harness.platform.queueFiles([file])
  await page.getByTestId('open-project').click()
  await page.getByTestId('project-name').waitFor()
  await page.getByTestId('nav-interviews').click()
  await page.getByTestId('interviews').waitFor()
  await page.getByTestId('tab-code').click()
}

/**
 * Selects source offsets [start, end) in the reader through the DOM, walking text nodes the way a
 * user's drag would land (independently of the app's own helper), then releases the mouse.
 */
async function selectOffsets(start: number, end: number): Promise<void> {
  await inPage(SELECT_OFFSETS, start, end)
}

const SELECT_OFFSETS = String.raw`(s, e) => {
  const roots = Array.from(document.querySelectorAll('[data-testid="reader"] [data-text-start]'))
  const locate = (offset, isEnd) => {
    for (const root of roots) {
      const rs = Number(root.dataset.textStart)
      const re = Number(root.dataset.textEnd)
      if (offset < rs || offset > re || (!isEnd && offset === re)) continue
      let left = offset - rs
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.length
        if (left < len || (isEnd && left === len)) return [n, left]
        left -= len
      }
    }
    throw new Error('offset ' + offset + ' not rendered')
  }
  const [a, ao] = locate(s, false)
  const [b, bo] = locate(e, true)
  const r = document.createRange()
  r.setStart(a, ao)
  r.setEnd(b, bo)
  const sel = window.getSelection()
  sel.removeAllRanges()
  sel.addRange(r)
  const target = b.nodeType === Node.TEXT_NODE ? b.parentElement : b
  target.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
}`

/** Times a click on a source in the list until its first paragraph is rendered and painted. */
const TIME_FIRST_PAINT = String.raw`(id) => new Promise((resolve) => {
  const item = document.querySelector('[data-testid="source-item"][data-source="' + id + '"]')
  const t0 = performance.now()
  const check = () => {
    if (document.querySelector('[data-testid="reader"][data-source="' + id + '"] [data-testid="para"]'))
      requestAnimationFrame(() => resolve(performance.now() - t0))
    else requestAnimationFrame(check)
  }
  item.click()
  requestAnimationFrame(check)
})`

/** Counts pairs of overlapping stripes in one paragraph; -1 if two of them share a lane. */
const OVERLAPPING_STRIPES = String.raw`() => {
  let found = 0
  for (const para of Array.from(document.querySelectorAll('[data-testid="para"]'))) {
    const bars = Array.from(para.querySelectorAll('[data-testid="stripe"]')).map((b) => ({
      s: Number(b.dataset.s), e: Number(b.dataset.e), lane: b.dataset.lane, left: b.getBoundingClientRect().left
    }))
    for (let i = 0; i < bars.length; i++)
      for (let j = i + 1; j < bars.length; j++)
        if (bars[i].s < bars[j].e && bars[j].s < bars[i].e) {
          if (bars[i].lane === bars[j].lane || bars[i].left === bars[j].left) return -1
          found++
        }
  }
  return found
}`

/** A phrase starting in plain text and ending inside a highlight (so it spans split text nodes). */
const PICK_PHRASE = String.raw`() => {
  for (const root of Array.from(document.querySelectorAll('[data-testid="reader"] [data-text-start]'))) {
    const text = root.textContent || ''
    const base = Number(root.dataset.textStart)
    for (const hl of Array.from(root.querySelectorAll('.hl'))) {
      const o = Number(hl.dataset.o) - base
      if (o < 30 || root.querySelector('[data-e="' + hl.dataset.o + '"].hl')) continue
      const s = text.lastIndexOf(' ', o - 12) + 1
      let e = text.indexOf(' ', o + 6)
      if (e === -1 || e > Number(hl.dataset.e) - base) e = Number(hl.dataset.e) - base
      const phrase = text.slice(s, e)
      if (s > 0 && phrase.trim() === phrase && /^\p{L}/u.test(phrase) && /\p{L}$/u.test(phrase)) return { start: base + s, end: base + e, phrase }
    }
  }
  return null
}`

beforeAll(async () => {
  const p = await openProjectFile(demo, { create: true })
  await seedDemo(makeCtx(p, 'e2e'))
  p.close()
  await buildOffsetsProject()
  await buildLargeProject()
  harness = new BridgeHarness()
  await harness.start()
  browser = await launch()
  page = await openApp(browser, harness.url)
  await page.getByTestId('welcome').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await harness?.stop()
  tmp.cleanup()
})

describe('pure helpers of the coding workspace', () => {
  it('fuzzy matcher: accents and case ignored, word starts and leaf names rank first', () => {
    expect(fold('Città È')).toBe('citta e')
    expect(fuzzyMatch('citta', 'Territorio > Città')).not.toBeNull()
    expect(fuzzyMatch('xyz', 'Territorio > Città')).toBeNull()
    const ranked = rankByQuery(
      ['Conciliazione > Orari flessibili', 'Organizzazione', 'Benessere > Salute > Orari di lavoro'],
      'orari',
      (s) => s,
      () => -1
    ).map((r) => r.item)
    expect(ranked[0]).toBe('Conciliazione > Orari flessibili')
    expect(ranked).not.toContain('Organizzazione')
    const recentFirst = rankByQuery(['A', 'B', 'C'], '', (s) => s, (s) => (s === 'C' ? 0 : s === 'B' ? 1 : -1)).map((r) => r.item)
    expect(recentFirst).toEqual(['C', 'B', 'A'])
  })

  it('offsets: never split a surrogate pair, trim white space', () => {
    const text = 'ab 😀 cd'
    const emoji = text.indexOf('😀')
    expect(snapToCodePoints(text, { start: emoji + 1, end: emoji + 1 + 1 })).toEqual({ start: emoji, end: emoji + 2 })
    expect(trimRange(text, { start: 2, end: 6 })).toEqual({ start: 3, end: 5 })
    expect(canonicalSelection(text, { start: 2, end: 3 })).toBeNull()
    expect(canonicalSelection(text, { start: 0, end: emoji + 1 })).toEqual({ start: 0, end: emoji + 2 })
  })

  it('layout: lanes keep overlapping codings apart, pieces cut at every boundary', () => {
    const items = [
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 12, end: 20 },
      { start: 16, end: 18 }
    ]
    const { lanes, count } = assignLanes(items)
    expect(lanes[0]).not.toBe(lanes[1])
    expect(lanes[2]).toBe(lanes[0])
    expect(count).toBe(2)
    expect(bucketByParagraph([[0, 8], [9, 30]], items)).toEqual([[0, 1], [0, 1, 2, 3]])
    const pieces = buildPieces(0, 20, items, [0, 1, 2, 3], [{ start: 0, end: 3, style: 'speaker' }])
    expect(pieces.map((p) => [p.start, p.end])).toEqual([[0, 3], [3, 5], [5, 10], [10, 12], [12, 15], [15, 16], [16, 18], [18, 20]])
    expect(pieces[0].style).toBe('speaker')
    expect(pieces[2].items.sort()).toEqual([0, 1])
  })

  it('word steps and query building', () => {
    const text = 'uno due tre quattro'
    expect(moveBoundary(text, 4, 7, 'startEarlier')).toEqual({ start: 0, end: 7 })
    expect(moveBoundary(text, 4, 11, 'endEarlier')).toEqual({ start: 4, end: 7 })
    expect(moveBoundary(text, 4, 7, 'endLater')).toEqual({ start: 4, end: 11 })
    expect(moveBoundary(text, 4, 11, 'startLater')).toEqual({ start: 8, end: 11 })
    const q = toCodeQuery({ terms: [{ codeId: 'a', subcodes: true }, { codeId: 'b', subcodes: false }], operator: 'not', sourceIds: [], coderIds: [], attributes: [] })
    expect(q).toEqual({ not: [{ code: 'a', subcodes: true }, { code: 'b', subcodes: false }] })
  })
})

describe('selection → offsets in the browser (highlights, emoji, accents)', () => {
  it('maps DOM selections to exact UTF-16 offsets of the source', async () => {
    await openProject(offsetsFile)
    await page.locator(`[data-testid="source-item"][data-source="${offsetsSourceId}"]`).click()
    await page.locator(`[data-testid="reader"][data-source="${offsetsSourceId}"] [data-testid="para"]`).first().waitFor()
    const at = (q: string, from = 0): number => {
      const i = OFFSETS_TEXT.indexOf(q, from)
      if (i < 0) throw new Error(q)
      return i
    }
    const cases: { name: string; start: number; end: number; expect: [number, number] }[] = [
      // Starts in plain text, ends inside the overlap of two highlights, right after an emoji.
      { name: 'into overlap after emoji', start: at('Ciao'), end: at('😀') + 2, expect: [at('Ciao'), at('😀') + 2] },
      // End between the two halves of an emoji: widened to the whole character.
      { name: 'half emoji', start: at('così'), end: at('😀') + 1, expect: [at('così'), at('😀') + 2] },
      // Across two paragraphs, starting inside a highlight.
      { name: 'across paragraphs', start: at('bello'), end: at('Benissimo') + 'Benissimo'.length, expect: [at('bello'), at('Benissimo') + 9] },
      // Leading and trailing spaces are trimmed.
      { name: 'trimmed', start: at(' e caffè'), end: at('☕') + 2, expect: [at(' e caffè') + 1, at('☕') + 1] },
      // Emoji with joiners (family) inside an unhighlighted paragraph.
      { name: 'zwj family', start: at('famiglie?'), end: at('Tutte') + 5, expect: [at('famiglie?'), at('Tutte') + 5] }
    ]
    for (const c of cases) {
      await selectOffsets(c.start, c.end)
      const palette = page.getByTestId('quick-code')
      await palette.waitFor()
      const got = [Number(await palette.getAttribute('data-start')), Number(await palette.getAttribute('data-end'))]
      const exp = canonicalSelection(OFFSETS_TEXT, { start: c.expect[0], end: c.expect[1] })!
      expect({ name: c.name, got }).toEqual({ name: c.name, got: [exp.start, exp.end] })
      expect(await page.getByTestId('quick-code-quote').textContent()).toBe(`“${OFFSETS_TEXT.slice(exp.start, exp.end)}”`)
      await page.keyboard.press('Escape')
      await palette.waitFor({ state: 'detached' })
    }
  })
})

describe('large transcript', () => {
  it('opens a 100,000-word transcript with 5,000 codings quickly (printed, not asserted)', async () => {
    await openProject(largeFile)
    await page.locator('[data-testid="source-item"]').first().waitFor()
    await page.locator('[data-testid="reader"] [data-testid="para"]').first().waitFor()
    const times: number[] = []
    for (let round = 0; round < 3; round++) {
      // Go to the small transcript first, so the click below really loads the large one.
      await page.locator('[data-testid="source-item"]', { hasText: '00 Breve' }).click()
      await page.locator('[data-testid="reader-title"]', { hasText: '00 Breve' }).waitFor()
      const ms = await inPage<number>(TIME_FIRST_PAINT, largeSourceId)
      times.push(Math.round(ms))
    }
    const stripes = await page.getByTestId('stripe').count()
    const call = await inPage<number>(
      `async (id) => { const t0 = performance.now(); await window.api.invoke('coding:sourceView', { sourceId: id }); return performance.now() - t0 }`,
      largeSourceId
    )
    console.log(
      `[perf] first paint of a 100,000-word transcript with 5,000 codings: ${times.join(' ms, ')} ms ` +
        `(of which the sourceView call through the test bridge ≈ ${Math.round(call)} ms; stripes in view: ${stripes})`
    )
    expect(stripes).toBeGreaterThan(10)
    // Scrolling to the middle keeps rendering only a window of paragraphs.
    await page.evaluate(`(() => { const el = document.querySelector('[data-testid="reader-scroll"]'); el.scrollTop = el.scrollHeight / 2 })()`)
    await page.waitForTimeout(100)
    expect(await page.getByTestId('para').count()).toBeLessThan(120)
    await shot(page, 'coding-view-large')
  })
})

describe('coding workspace on the MIRE demo', () => {
  let sourceId = ''

  it('opens a transcript with coding stripes, overlapping codings in separate lanes', async () => {
    await openProject(demo)
    const first = page.getByTestId('source-item').first()
    await first.waitFor()
    sourceId = (await first.getAttribute('data-source'))!
    await first.click()
    await page.locator(`[data-testid="reader"][data-source="${sourceId}"] [data-testid="para"]`).first().waitFor()
    await page.waitForTimeout(150)
    const stripes = await page.getByTestId('stripe').count()
    expect(stripes).toBeGreaterThan(10)
    // Two stripes of one paragraph whose ranges overlap must sit in different lanes.
    const overlapping = await inPage<number>(OVERLAPPING_STRIPES)
    expect(overlapping).toBeGreaterThan(0)
    expect(await page.locator('.iv-text .hl').count()).toBeGreaterThan(5)
    await shot(page, 'coding-view')
  })

  it('codes a selected phrase with the quick-code palette, then undo removes it', async () => {
    // A phrase starting in plain text and ending inside a highlight (so it spans split nodes).
    const pick = await inPage<{ start: number; end: number; phrase: string } | null>(PICK_PHRASE)
    expect(pick).not.toBeNull()
    await selectOffsets(pick!.start, pick!.end)
    const palette = page.getByTestId('quick-code')
    await palette.waitFor()
    const codes = await invoke<{ id: string; name: string; path: string }[]>('coding:codes', {})
    const target = codes[codes.length - 1]
    await page.keyboard.type(target.name)
    await page.waitForTimeout(50)
    await shot(page, 'quick-code')
    await page.keyboard.press('Enter')
    await palette.waitFor({ state: 'detached' })
    const findIt = async () => {
      const view = await invoke<{ codings: { id: string; codeId: string; start: number; end: number }[]; text: string }>('coding:sourceView', { sourceId })
      return view.codings.filter((c) => c.codeId === target.id && c.start === pick!.start && c.end === pick!.end).map((c) => view.text.slice(c.start, c.end))
    }
    await expect.poll(findIt).toEqual([pick!.phrase])
    await page.getByTestId('segment-details').waitFor()
    expect(await page.getByTestId('segment-quote').textContent()).toBe(pick!.phrase)
    await page.getByTestId('undo').click()
    await expect.poll(findIt).toEqual([])
  })

  it('shows the codebook with a code editor', async () => {
    await page.getByTestId('tab-codebook').click()
    const nodes = page.locator('[data-testid="codebook-tree"] [data-testid="code-node"]')
    await nodes.first().waitFor()
    expect(await nodes.count()).toBeGreaterThan(5)
    await nodes.nth(1).click()
    await page.getByTestId('code-editor').waitFor()
    await shot(page, 'codebook')
  })

  it('retrieves segments of a code and jumps to the reader', async () => {
    await page.getByTestId('tab-retrieval').click()
    await page.getByTestId('retrieval-total').waitFor()
    const codes = await invoke<{ id: string; codings: number }[]>('coding:codes', {})
    const busy = codes.slice().sort((a, b) => b.codings - a.codings)[0]
    await page.getByTestId('query-add-code').selectOption(busy.id)
    await page.getByTestId('segment-result').first().waitFor()
    await expect.poll(async () => page.getByTestId('retrieval-total').textContent()).toMatch(/\d+ segmenti/)
    await shot(page, 'retrieval')
    await page.getByTestId('segment-result').first().click()
    await page.locator('.iv-text .flash').first().waitFor()
    await page.getByTestId('segment-details').waitFor()
  })

  it('shows the code × source matrix with a drill-down', async () => {
    await page.getByTestId('tab-matrix').click()
    await page.getByTestId('matrix-sources').click()
    await page.getByTestId('matrix-table').waitFor()
    const cell = page.locator('[data-testid="matrix-cell"]', { hasText: /^[1-9]\d*$/ }).first()
    await cell.click()
    await page.locator('[data-testid="drill-results"] [data-testid="segment-result"]').first().waitFor()
    await shot(page, 'matrix')
  })

  it('shows the cases × attributes grid', async () => {
    await page.getByTestId('tab-cases').click()
    await page.getByTestId('case-row').first().waitFor()
    expect(await page.getByTestId('case-row').count()).toBeGreaterThan(3)
    await shot(page, 'cases-grid')
    await page.getByTestId('tab-code').click()
    expect((page as Page & { collectedErrors: string[] }).collectedErrors).toEqual([])
  })
})
