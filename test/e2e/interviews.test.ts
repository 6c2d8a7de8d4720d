import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
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
import { launch, openApp, shot, openProjectIn, runInPage } from './support/browser'
import { tempDir } from '../support/temp-project'

let harness: BridgeHarness
let browser: Browser
let page: Page
const tmp = tempDir('esiti-e2e-iv-')
const demo = path.join(tmp.dir, 'mire-demo.esiti')
const offsetsFile = path.join(tmp.dir, 'offsets.esiti')

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


async function buildOffsetsProject(): Promise<void> {
  const p = await openProjectFile(offsetsFile, { create: true })
  mutate(p, { actor: 'e2e', kind: 'test.seed', summary: { key: 'legacy.text', params: { text: 'seed' } } }, (w) => {
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

const inPage = <T>(fn: string, ...args: unknown[]): Promise<T> => runInPage<T>(page, fn, ...args)

async function openProject(file: string): Promise<void> {
  await openProjectIn(page, harness, file, 'interviews')
  await page.getByTestId('tab-code').click()
}

/**
 * Selects source offsets [start, end) in the reader through the DOM, walking text nodes the way a
 * user's drag would land (independently of the app's own helper), then releases the mouse.
 */
async function selectOffsets(start: number, end: number): Promise<void> {
  await inPage(SELECT_OFFSETS, start, end)
}

/**
 * In-page: the text node and offset inside it where a source offset is rendered in the reader,
 * found by walking the DOM's text nodes (independently of the app's own helper).
 */
const LOCATE_OFFSET = String.raw`(offset, isEnd) => {
  for (const root of Array.from(document.querySelectorAll('[data-testid="reader"] [data-text-start]'))) {
    const rs = Number(root.dataset.textStart)
    const re = Number(root.dataset.textEnd)
    if (offset < rs || offset > re || (!isEnd && offset === re)) continue
    let left = offset - rs
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (left < n.length || (isEnd && left === n.length)) return [n, left]
      left -= n.length
    }
  }
  throw new Error('offset ' + offset + ' not rendered')
}`

const SELECT_OFFSETS = String.raw`(s, e) => {
  const locate = ${LOCATE_OFFSET}
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

beforeAll(async () => {
  const p = await openProjectFile(demo, { create: true })
  await seedDemo(makeCtx(p, 'e2e'))
  p.close()
  await buildOffsetsProject()
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

/** Source offsets → client coordinates for a real mouse drag: just inside the first and last character. */
const DRAG_POINTS = String.raw`(s, e) => {
  const locate = ${LOCATE_OFFSET}
  const [a, ao] = locate(s, false)
  const [b, bo] = locate(e, true)
  const first = document.createRange()
  first.setStart(a, ao)
  first.setEnd(a, ao + 1)
  const last = document.createRange()
  last.setStart(b, bo - 1)
  last.setEnd(b, bo)
  const f = first.getBoundingClientRect()
  const l = last.getBoundingClientRect()
  return { x1: f.left + 1, y1: f.top + f.height / 2, x2: l.right - 1, y2: l.top + l.height / 2 }
}`

/** Six whole words from the middle of an answer that is fully on screen. */
const PICK_VISIBLE_WORDS = String.raw`() => {
  const box = document.querySelector('[data-testid="reader-scroll"]').getBoundingClientRect()
  for (const para of Array.from(document.querySelectorAll('[data-testid="para"]'))) {
    const r = para.getBoundingClientRect()
    if (r.top < box.top + 10 || r.bottom > box.bottom - 10) continue
    const root = para.querySelector('[data-text-start]')
    const text = root.textContent || ''
    if (!/^R: /.test(text)) continue
    const words = Array.from(text.matchAll(/[\p{L}]+/gu))
    if (words.length < 14) continue
    const base = Number(root.dataset.textStart)
    const s = words[4].index
    const e = words[9].index + words[9][0].length
    return { start: base + s, end: base + e, phrase: text.slice(s, e) }
  }
  return null
}`

type View = {
  text: string
  codings: { id: string; codeId: string; coderId: string; start: number; end: number; comment: string | null }[]
}
type Code = { id: string; name: string; path: string; parentId: string | null; codings: number; codingsTotal: number; links: { kind: string; targetId: string }[] }
type Grid = { attributes: { id: string; name: string; type: string; choices: string[] | null }[]; cases: { id: string; name: string; values: Record<string, string | null> }[] }

const sourceView = (id: string) => invoke<View>('coding:sourceView', { sourceId: id })
const codesNow = () => invoke<Code[]>('coding:codes', {})
const byName = (codes: Code[], path: string): Code => {
  const c = codes.find((x) => x.path === path)
  if (!c) throw new Error(`no code ${path}`)
  return c
}
const totalOf = async (query: unknown, filter: unknown = {}) =>
  (await invoke<{ total: number }>('coding:segments', { query, filter, limit: 1 })).total
const shownTotal = async (): Promise<number> => Number((await page.getByTestId('retrieval-total').textContent())!.replace(/\D/g, ''))

describe('coding workspace on the MIRE demo', () => {
  let sourceId = ''
  let codingId = ''

  // Nothing in these steps should surface an error (for instance a stale source of the previous project).
  afterEach(async () => {
    expect(await page.locator('[data-testid="error-surface"] .error-message').allTextContents()).toEqual([])
  })

  it('opens a transcript with coding stripes, overlapping codings in separate lanes', async () => {
    await openProject(demo)
    const first = page.getByTestId('source-item').first()
    await first.waitFor()
    sourceId = (await first.getAttribute('data-source'))!
    await first.click()
    await page.locator(`[data-testid="reader"][data-source="${sourceId}"] [data-testid="para"]`).first().waitFor()
    // The stripes come with the codings' answer, which may follow the paragraphs on a loaded machine.
    await expect.poll(() => page.getByTestId('stripe').count()).toBeGreaterThan(5)
    // Two stripes of one paragraph whose ranges overlap must sit in different lanes.
    await expect.poll(() => inPage<number>(OVERLAPPING_STRIPES)).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.iv-text .hl').count()).toBeGreaterThan(5)
    // Into the interview, where the answers are coded.
    await page.evaluate(`document.querySelector('[data-testid="reader-scroll"]').scrollTop = 600`)
    await page.waitForTimeout(150)
    await shot(page, 'iv-01-coding-view')
  })

  it('selects words with the mouse and codes them from the quick-code palette with the keyboard', async () => {
    // Scroll down to the interview's answers.
    await page.evaluate(`document.querySelector('[data-testid="reader-scroll"]').scrollTop = 600`)
    await page.waitForTimeout(150)
    const pick = await inPage<{ start: number; end: number; phrase: string } | null>(PICK_VISIBLE_WORDS)
    expect(pick).not.toBeNull()
    const pts = await inPage<{ x1: number; y1: number; x2: number; y2: number }>(DRAG_POINTS, pick!.start, pick!.end)
    await page.mouse.move(pts.x1, pts.y1)
    await page.mouse.down()
    await page.mouse.move((pts.x1 + pts.x2) / 2, (pts.y1 + pts.y2) / 2, { steps: 4 })
    await page.mouse.move(pts.x2, pts.y2, { steps: 4 })
    await page.mouse.up()
    const palette = page.getByTestId('quick-code')
    await palette.waitFor()
    expect([Number(await palette.getAttribute('data-start')), Number(await palette.getAttribute('data-end'))]).toEqual([pick!.start, pick!.end])
    expect(await page.getByTestId('quick-code-quote').textContent()).toBe(`“${pick!.phrase}”`)
    // Escape closes it; Ctrl+K reopens it on the same selection.
    await page.keyboard.press('Escape')
    await palette.waitFor({ state: 'detached' })
    await page.keyboard.press('Control+k')
    await palette.waitFor()
    const target = byName(await codesNow(), 'Conciliazione vita-lavoro > Tempi e orari')
    // Fuzzy: no accents, a fragment of the leaf name.
    await page.keyboard.type('tempi orari')
    await page.locator('[data-testid="quick-code-option"]').first().waitFor()
    expect(await page.locator('[data-testid="quick-code-option"]').first().textContent()).toContain('Tempi e orari')
    await shot(page, 'iv-02-quick-code')
    await page.keyboard.press('Enter')
    await palette.waitFor({ state: 'detached' })
    const mine = async () => (await sourceView(sourceId)).codings.filter((c) => c.codeId === target.id && c.start === pick!.start)
    await expect.poll(async () => (await mine()).map((c) => [c.start, c.end])).toEqual([[pick!.start, pick!.end]])
    codingId = (await mine())[0].id
    await page.locator(`[data-testid="segment-details"][data-coding="${codingId}"]`).waitFor()
    expect(await page.getByTestId('segment-quote').textContent()).toBe(pick!.phrase)
    expect(await page.locator(`[data-testid="stripe"][data-coding="${codingId}"]`).count()).toBeGreaterThan(0)
  })

  it('adjusts the boundaries word by word, comments, removes the coding, then undo and redo', async () => {
    const text = (await sourceView(sourceId)).text
    const bounds = async () => {
      const c = (await sourceView(sourceId)).codings.find((x) => x.id === codingId)
      return c ? [c.start, c.end] : null
    }
    const [s0, e0] = (await bounds())!
    const later = moveBoundary(text, s0, e0, 'endLater')!
    await page.getByTestId('end-later').click()
    await expect.poll(bounds).toEqual([later.start, later.end])
    const shrunk = moveBoundary(text, later.start, later.end, 'startLater')!
    await page.getByTestId('start-later').click()
    await expect.poll(bounds).toEqual([shrunk.start, shrunk.end])
    await expect.poll(async () => page.getByTestId('segment-quote').textContent()).toBe(text.slice(shrunk.start, shrunk.end))
    await page.getByTestId('segment-comment').fill('Esempio chiaro di flessibilità oraria.')
    await page.getByTestId('segment-quote').click()
    await expect
      .poll(async () => (await sourceView(sourceId)).codings.find((x) => x.id === codingId)?.comment)
      .toBe('Esempio chiaro di flessibilità oraria.')
    await shot(page, 'iv-03-segment-details')
    // Undo takes back the comment, then the boundary step.
    await page.getByTestId('undo').click()
    await expect.poll(async () => (await sourceView(sourceId)).codings.find((x) => x.id === codingId)?.comment ?? null).toBeNull()
    await page.getByTestId('undo').click()
    await expect.poll(bounds).toEqual([later.start, later.end])
    await page.getByTestId('redo').click()
    await expect.poll(bounds).toEqual([shrunk.start, shrunk.end])
    await page.getByTestId('segment-remove').click()
    await expect.poll(bounds).toBeNull()
    await expect.poll(() => page.locator(`[data-testid="stripe"][data-coding="${codingId}"]`).count()).toBe(0)
    await page.getByTestId('undo').click()
    await expect.poll(bounds).toEqual([shrunk.start, shrunk.end])
    await expect.poll(async () => page.locator(`[data-testid="stripe"][data-coding="${codingId}"]`).count()).toBeGreaterThan(0)
    await page.getByTestId('redo').click()
    await expect.poll(bounds).toBeNull()
  })

  it('filters the reader by coder', async () => {
    const coders = await invoke<{ id: string; name: string }[]>('coding:coders', {})
    const marco = coders.find((c) => c.name === 'Marco')!
    const giulia = coders.find((c) => c.name === 'Giulia')!
    await page.evaluate(`document.querySelector('[data-testid="reader-scroll"]').scrollTop = 0`)
    await page.waitForTimeout(100)
    const of = (id: string) => page.locator(`[data-testid="stripe"][data-coder="${id}"]`).count()
    const marcoBefore = await of(marco.id)
    const giuliaBefore = await of(giulia.id)
    expect(marcoBefore).toBeGreaterThan(0)
    await page.locator('[data-testid="coder-filter"]', { hasText: 'Marco' }).click()
    await expect.poll(() => of(marco.id)).toBe(0)
    expect(await of(giulia.id)).toBe(giuliaBefore)
    await expect.poll(() => page.locator('[data-testid="coder-filter"].off', { hasText: 'Marco' }).count()).toBe(1)
    await shot(page, 'iv-04-coder-filter')
    await page.locator('[data-testid="coder-filter"]', { hasText: 'Marco' }).click()
    await expect.poll(() => of(marco.id)).toBe(marcoBefore)
  })

  it('codebook: renames in place, undo restores the name', async () => {
    await page.getByTestId('tab-codebook').click()
    const tree = page.getByTestId('codebook-tree')
    await tree.locator('[data-testid="code-node"]').first().waitFor()
    const code = byName(await codesNow(), 'Smart working > Strumenti e tecnologie')
    const node = tree.locator(`[data-testid="code-node"][data-code="${code.id}"]`)
    await node.click()
    await page.getByTestId('code-editor').waitFor()
    await shot(page, 'iv-05-codebook')
    await node.press('F2')
    await page.getByTestId('code-rename').fill('Strumenti digitali')
    await page.getByTestId('code-rename').press('Enter')
    await expect.poll(async () => (await codesNow()).find((c) => c.id === code.id)?.name).toBe('Strumenti digitali')
    await expect.poll(() => node.locator('.name').textContent()).toBe('Strumenti digitali')
    await page.getByTestId('undo').click()
    await expect.poll(async () => (await codesNow()).find((c) => c.id === code.id)?.name).toBe('Strumenti e tecnologie')
  })

  it('codebook: drag a code onto another to reparent it; undo puts it back', async () => {
    const codes = await codesNow()
    const leaf = byName(codes, 'Coworking > Reti e contaminazione')
    const into = byName(codes, 'Welfare territoriale')
    const tree = page.getByTestId('codebook-tree')
    await tree.locator(`[data-code="${leaf.id}"]`).dragTo(tree.locator(`[data-code="${into.id}"]`))
    await expect.poll(async () => (await codesNow()).find((c) => c.id === leaf.id)?.parentId).toBe(into.id)
    await expect.poll(async () => (await codesNow()).find((c) => c.id === leaf.id)?.path).toBe('Welfare territoriale > Reti e contaminazione')
    // The moved code keeps its codings; the old parent's total drops by as many.
    const after = await codesNow()
    expect(after.find((c) => c.id === leaf.id)!.codings).toBe(leaf.codings)
    expect(byName(after, 'Coworking').codingsTotal).toBe(byName(codes, 'Coworking').codingsTotal - leaf.codings)
    await page.getByTestId('undo').click()
    await expect.poll(async () => (await codesNow()).find((c) => c.id === leaf.id)?.parentId).toBe(leaf.parentId)
  })

  it('codebook: merges two codes; undo leaves every count as it was', async () => {
    const before = await codesNow()
    const from = byName(before, 'Welfare aziendale > Bisogni dei lavoratori')
    const into = byName(before, 'Welfare aziendale > Servizi attivati')
    const tree = page.getByTestId('codebook-tree')
    await tree.locator(`[data-code="${from.id}"]`).click()
    await page.getByTestId('codebook-merge').click()
    await page.getByTestId('merge-search').fill('servizi attivati')
    await page.locator('[data-testid="merge-option"]', { hasText: 'Servizi attivati' }).first().click()
    await shot(page, 'iv-06-merge')
    await page.getByTestId('merge-ok').click()
    await expect.poll(async () => (await codesNow()).some((c) => c.id === from.id)).toBe(false)
    const merged = (await codesNow()).find((c) => c.id === into.id)!
    // Codings unite; identical segments by the same coder collapse into one.
    expect(merged.codings).toBeGreaterThan(into.codings)
    expect(merged.codings).toBeLessThanOrEqual(into.codings + from.codings)
    expect(byName(await codesNow(), 'Welfare aziendale').codingsTotal).toBe(
      byName(before, 'Welfare aziendale').codingsTotal - (into.codings + from.codings - merged.codings)
    )
    await page.getByTestId('undo').click()
    const counts = (cs: Code[]) => cs.map((c) => [c.path, c.codings, c.codingsTotal]).sort()
    await expect.poll(async () => counts(await codesNow())).toEqual(counts(before))
  })

  it('codebook: delete asks for confirmation and is undoable', async () => {
    const before = await codesNow()
    const code = byName(before, 'Governance del programma > Criticità attuative')
    expect(code.codings).toBeGreaterThan(0)
    await page.getByTestId('codebook-tree').locator(`[data-code="${code.id}"]`).click()
    await page.getByTestId('codebook-delete').click()
    await page.getByTestId('confirm-ok').waitFor()
    await expect(page.getByRole('dialog').textContent()).resolves.toContain('Criticità attuative')
    await shot(page, 'iv-07-delete-confirm')
    await page.getByTestId('confirm-ok').click()
    await expect.poll(async () => (await codesNow()).some((c) => c.id === code.id)).toBe(false)
    await page.getByTestId('undo').click()
    await expect.poll(async () => (await codesNow()).find((c) => c.id === code.id)?.codings).toBe(code.codings)
  })

  it('codebook: links a code to an SDG and to a programme action', async () => {
    const code = byName(await codesNow(), 'Coworking > Uso degli spazi')
    await page.getByTestId('codebook-tree').locator(`[data-code="${code.id}"]`).click()
    await page.getByTestId('code-links').waitFor()
    const targets = await invoke<{ sdgGoals: { id: string; label: string }[]; actions: { id: string; label: string }[] }>('coding:linkTargets', {})
    const sdg11 = targets.sdgGoals.find((g) => /^SDG 11\b/.test(g.label))!
    const coworking = targets.actions.find((a) => /cowork/i.test(a.label))!
    for (const [kind, target] of [['sdg_goal', sdg11], ['action', coworking]] as const) {
      if (code.links.some((l) => l.targetId === target.id)) continue
      await page.getByTestId('link-kind').selectOption(kind)
      await page.getByTestId('link-target').selectOption(target.id)
      await page.getByTestId('link-add').click()
      await expect.poll(async () => (await codesNow()).find((c) => c.id === code.id)!.links.some((l) => l.targetId === target.id)).toBe(true)
    }
    // The links come with coding:codes, read again after the change: polled, like the check above.
    await expect.poll(() => page.getByTestId('code-links').textContent()).toContain('SDG 11')
    await shot(page, 'iv-08-code-links')
  })

  it('cases grid: edits a name and a category attribute', async () => {
    await page.getByTestId('tab-cases').click()
    await page.getByTestId('case-row').first().waitFor()
    const grid = await invoke<Grid>('coding:caseGrid', {})
    const attr = grid.attributes.find((a) => a.type === 'category' && (a.choices?.length ?? 0) > 1)!
    const kase = grid.cases[0]
    const other = attr.choices!.find((v) => v !== kase.values[attr.id])!
    const row = page.locator(`[data-testid="case-row"][data-case="${kase.id}"]`)
    // The case kind is shown in the interface language, not as the stored "person".
    expect(await row.getByTestId('case-kind').locator('option:checked').textContent()).toBe('Persona')
    await row.locator(`td[data-attr="${attr.id}"] select`).selectOption(other)
    const value = async () => (await invoke<Grid>('coding:caseGrid', {})).cases.find((c) => c.id === kase.id)!.values[attr.id]
    await expect.poll(value).toBe(other)
    const name = row.locator('td').first().locator('input')
    await name.fill(`${kase.name} (rivista)`)
    await name.press('Enter')
    await expect.poll(async () => (await invoke<Grid>('coding:caseGrid', {})).cases.find((c) => c.id === kase.id)!.name).toBe(`${kase.name} (rivista)`)
    await shot(page, 'iv-09-cases-grid')
    await page.getByTestId('undo').click()
    await page.getByTestId('undo').click()
    await expect.poll(value).toBe(kase.values[attr.id])
  })

  it('memos: writes a project memo with its author', async () => {
    await page.getByTestId('tab-memos').click()
    await page.getByTestId('memo-new-kind').selectOption('project')
    await page.getByTestId('memo-new').click()
    await page.getByTestId('memo-editor').waitFor()
    await page.getByTestId('memo-title').fill('Prime impressioni sul coworking')
    await page.getByTestId('memo-body').fill('Gli spazi di coworking sono usati soprattutto dai liberi professionisti del Municipio 5.')
    await page.getByTestId('memo-save').click()
    await expect
      .poll(async () => (await invoke<{ title: string; body: string; author: string | null }[]>('coding:memos', {})).find((m) => m.title === 'Prime impressioni sul coworking')?.body)
      .toContain('liberi professionisti')
    // The list refreshes after the save returns: poll it, as the backend check above does.
    await expect.poll(() => page.locator('[data-testid="memo-item"]', { hasText: 'Prime impressioni sul coworking' }).count()).toBe(1)
    await shot(page, 'iv-10-memos')
  })

  it('retrieval: AND / OR / NOT with sub-codes, an attribute filter, and a jump back into the text', async () => {
    await page.getByTestId('tab-retrieval').click()
    await page.getByTestId('query-reset').click()
    const codes = await codesNow()
    const a = byName(codes, 'Smart working')
    const b = byName(codes, 'Conciliazione vita-lavoro')
    await page.getByTestId('query-add-code').selectOption(a.id)
    await expect.poll(shownTotal).toBe(a.codingsTotal)
    await page.getByTestId('query-add-code').selectOption(b.id)
    const qa = { code: a.id, subcodes: true }
    const qb = { code: b.id, subcodes: true }
    await page.getByTestId('op-or').click()
    await expect.poll(shownTotal).toBe(a.codingsTotal + b.codingsTotal)
    await page.getByTestId('op-and').click()
    const and = await totalOf({ and: [qa, qb] })
    await expect.poll(shownTotal).toBe(and)
    await page.getByTestId('op-not').click()
    const not = await totalOf({ not: [qa, qb] })
    await expect.poll(shownTotal).toBe(not)
    // Every segment of A either overlaps B or not.
    expect(and + not).toBe(a.codingsTotal)
    expect(and).toBeGreaterThan(0)
    // Attribute filter on the cases.
    await page.getByTestId('op-or').click()
    const grid = await invoke<Grid>('coding:caseGrid', {})
    const attr = grid.attributes.find((x) => x.type === 'category' && grid.cases.some((c) => c.values[x.id]))!
    const value = grid.cases.map((c) => c.values[attr.id]).find((v): v is string => !!v)!
    await page.getByTestId('query-add-attr').click()
    await page.getByTestId('query-attr').selectOption(attr.id)
    await page.getByTestId('query-attr-value').selectOption(value)
    const filtered = await totalOf({ or: [qa, qb] }, { attributes: [{ attributeId: attr.id, value }] })
    await expect.poll(shownTotal).toBe(filtered)
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(a.codingsTotal + b.codingsTotal)
    await shot(page, 'iv-11-retrieval')
    const first = page.getByTestId('segment-result').first()
    const seg = (await invoke<{ segments: { id: string; sourceName: string }[] }>('coding:segments', {
      query: { or: [qa, qb] },
      filter: { attributes: [{ attributeId: attr.id, value }] },
      limit: 1
    })).segments[0]
    await first.click()
    await page.locator('[data-testid="reader-title"]', { hasText: seg.sourceName }).waitFor()
    await page.locator('.iv-text .flash').first().waitFor()
    await page.locator(`[data-testid="segment-details"][data-coding="${seg.id}"]`).waitFor()
  })

  it('search: accent-insensitive, then code all hits in one undoable step', async () => {
    await page.getByTestId('tab-search').click()
    await page.getByTestId('search-input').fill('perche')
    await page.getByTestId('search-run').click()
    await page.getByTestId('search-hit').first().waitFor()
    const hits = await page.locator('[data-testid="search-hit"] td.hit').allTextContents()
    expect(hits.length).toBeGreaterThan(3)
    expect(hits.every((h) => /^perch[eé]$/i.test(h))).toBe(true)
    expect(hits.some((h) => /é/.test(h))).toBe(true)
    const code = byName(await codesNow(), 'Risultati ed esiti > Raccomandazioni')
    await page.getByTestId('search-code').selectOption(code.id)
    await page.getByTestId('search-expand').selectOption('sentence')
    await shot(page, 'iv-12-search')
    await page.getByTestId('search-code-all').click()
    await page.getByTestId('search-coded').waitFor()
    const created = Number((await page.getByTestId('search-coded').textContent())!.match(/\d+/)![0])
    expect(created).toBeGreaterThan(0)
    await expect.poll(async () => byName(await codesNow(), code.path).codings).toBe(code.codings + created)
    await page.getByTestId('undo').click()
    await expect.poll(async () => byName(await codesNow(), code.path).codings).toBe(code.codings)
    // A hit jumps to its place in the transcript.
    await page.getByTestId('search-hit').first().click()
    await page.locator('.iv-text .flash').first().waitFor()
  })

  it('words: a word shows how many passages it has and where, and codes them all in one undoable step', async () => {
    await page.getByTestId('tab-words').click()
    await page.getByTestId('word-row').first().waitFor()
    await page.getByTestId('word-row').first().click()
    await page.getByTestId('words-hits').waitFor()
    // The count and the transcripts are worded (the tab used to pass parameters the sentence does not use).
    const line = (await page.getByTestId('words-hits').textContent()) ?? ''
    const m = /^(\d+) occorrenz[ae] in (\d+) trascrizion[ei] \(su (\d+)\)\.$/.exec(line)
    expect(m, line).not.toBeNull()
    const [total, inSources, searched] = m!.slice(1).map(Number)
    expect(total).toBeGreaterThan(0)
    expect(inSources).toBeGreaterThan(0)
    expect(searched).toBeGreaterThanOrEqual(inSources)
    expect(await page.getByTestId('words-kwic').locator('tbody tr').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('words-code-all').textContent()).toContain(String(total))
    const code = byName(await codesNow(), 'Risultati ed esiti > Raccomandazioni')
    await page.getByTestId('words-code-target').selectOption(code.id)
    await page.getByTestId('words-code-all').click()
    await page.getByTestId('words-coded').waitFor()
    await expect.poll(async () => byName(await codesNow(), code.path).codings).toBeGreaterThan(code.codings)
    await page.getByTestId('undo').click()
    await expect.poll(async () => byName(await codesNow(), code.path).codings).toBe(code.codings)
  })

  it('matrix: a code × case cell drills down to exactly its segments', async () => {
    await page.getByTestId('tab-matrix').click()
    await page.getByTestId('matrix-cases').click()
    await page.getByTestId('matrix-table').waitFor()
    const cell = page.locator('[data-testid="matrix-cell"]', { hasText: /^[1-9]\d*$/ }).nth(3)
    const n = Number(await cell.textContent())
    await cell.click()
    await page.locator('[data-testid="drill-results"] [data-testid="segment-result"]').first().waitFor()
    expect(await page.locator('[data-testid="drill-results"] [data-testid="segment-result"]').count()).toBe(n)
    await shot(page, 'iv-13-matrix')
    await page.getByTestId('matrix-cooccurrence').click()
    await page.getByTestId('matrix-table').waitFor()
    await page.waitForTimeout(100)
    await shot(page, 'iv-14-cooccurrence')
  })

  it('shows the coding view in English too, with no page errors', async () => {
    await page.getByTestId('locale').selectOption('en')
    await page.getByTestId('tab-code').click()
    await page.locator('[data-testid="interviews-tabs"]', { hasText: 'Codebook' }).waitFor()
    await page.locator('[data-testid="reader"] [data-testid="para"]').first().waitFor()
    await page.waitForTimeout(150)
    await shot(page, 'iv-15-coding-view-en')
    await page.getByTestId('tab-retrieval').click()
    await page.getByTestId('retrieval-total').waitFor()
    expect(await page.getByTestId('retrieval-total').textContent()).toMatch(/segments?$/)
    await shot(page, 'iv-16-retrieval-en')
    await page.getByTestId('locale').selectOption('it')
    expect((page as Page & { collectedErrors: string[] }).collectedErrors).toEqual([])
  })
})
