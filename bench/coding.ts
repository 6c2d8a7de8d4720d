import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { newId, nowIso } from '../src/main/db/ids'
import { openProjectFile, type ProjectFile } from '../src/main/db/project-file'
import { makeCtx, type Ctx } from '../src/main/services/context'
import { applyCode } from '../src/main/services/coding/codings'
import { codeMatrix, cooccurrence } from '../src/main/services/coding/matrices'
import { retrieveSegments } from '../src/main/services/coding/retrieval'
import { searchText } from '../src/main/services/coding/search'
import { textHash } from '../src/main/services/text/normalise'
import { buildStructure } from '../src/main/services/transcripts/structure'
import { countWords } from '../src/main/services/transcripts/source-service'
import { sourceView } from '../src/main/services/transcripts/source-view'
import type { Report } from './run'

const SOURCES = 2000
const WORDS_PER_SOURCE = 6000
const CODINGS = 200_000
const BIG_WORDS = 100_000
const BIG_CODINGS = 5000
const ROLES = ['HR', 'Dipendente', 'Titolare', 'Coordinatrice', 'Referente']

const VOCAB = (
  'allora progetto lavoro azienda welfare servizi famiglia tempo orario flessibile smart working coworking municipio rete ' +
  'partner dipendenti figli scuola conciliazione benessere salute formazione competenze territorio comune milano quartiere ' +
  'impresa risultati cambiamento organizzazione fiducia riunione spazio ufficio casa spostamenti qualità vita donne uomini ' +
  'giovani anziani sostegno piattaforma convenzione sportello ascolto bisogni valutazione indicatori perché così città già ' +
  'però più può è cioè ehm diciamo insomma esperienza difficoltà opportunità attività comunità responsabilità'
).split(' ')

/** A fast deterministic generator (LCG) for the bench corpora; the team bench draws from it too. */
export function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** An interview of about `words` words: alternating INT/R turns, a timestamp every few turns. */
function interview(rand: () => number, words: number): string {
  const turns: string[] = []
  let n = 0
  for (let turn = 0; n < words; turn++) {
    const len = turn % 2 === 0 ? 10 + Math.floor(rand() * 20) : 40 + Math.floor(rand() * 120)
    const body: string[] = []
    for (let i = 0; i < len; i++) {
      body.push(VOCAB[Math.floor(rand() * VOCAB.length)])
      if (i % 14 === 13) body[body.length - 1] += '.'
    }
    n += len
    const ts = turn % 6 === 0 ? `[${String(Math.floor(turn / 60) % 24).padStart(2, '0')}:${String(turn % 60).padStart(2, '0')}:00] ` : ''
    turns.push(`${ts}${turn % 2 === 0 ? 'INT' : 'R'}: ${body.join(' ')}.`)
  }
  return turns.join('\n\n')
}

/** Word starts and ends, to pick coding boundaries on word edges. */
function wordEdges(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = []
  const ends: number[] = []
  const re = /\S+/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(m.index)
    ends.push(m.index + m[0].length)
  }
  return { starts, ends }
}

export interface Corpus {
  codes: { id: string; parent: string | null }[]
  coders: string[]
  roleAttr: string
  bigSource: string
}

/** Fills the project with raw inserts in one transaction (the bench measures reads and single edits, not seeding). */
export function buildCorpus(project: ProjectFile): Corpus {
  const db = project.sqlite
  const rand = rng(42)
  const at = nowIso()
  const ins = {
    code: db.prepare('INSERT INTO codes (id, parent_id, name, color, sort, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    coder: db.prepare('INSERT INTO coders (id, name, color, created_at) VALUES (?, ?, ?, ?)'),
    case: db.prepare('INSERT INTO cases (id, name, created_at) VALUES (?, ?, ?)'),
    attr: db.prepare('INSERT INTO attributes (id, name, type, choices, sort) VALUES (?, ?, ?, ?, ?)'),
    value: db.prepare('INSERT INTO case_values (id, case_id, attribute_id, value) VALUES (?, ?, ?, ?)'),
    source: db.prepare(
      `INSERT INTO sources (id, name, text, text_hash, chars, encoding, structure, case_id, original_type, imported_at)
       VALUES (?, ?, ?, ?, ?, 'utf-8', ?, ?, 'txt', ?)`
    ),
    coding: db.prepare(
      'INSERT INTO codings (id, source_id, code_id, coder_id, start, "end", quote, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    )
  }
  return project.tx(() => {
    const codes: Corpus['codes'] = []
    for (let i = 0; i < 10; i++) {
      const parent = newId()
      ins.code.run(parent, null, `Tema ${i + 1}`, '#4e79a7', i, at)
      codes.push({ id: parent, parent: null })
      for (let j = 0; j < 5; j++) {
        const id = newId()
        ins.code.run(id, parent, `Sottotema ${i + 1}.${j + 1}`, '#76b7b2', j, at)
        codes.push({ id, parent })
      }
    }
    const coders = ['Giulia', 'Marco', 'Anna'].map((name) => {
      const id = newId()
      ins.coder.run(id, name, '#e15759', at)
      return id
    })
    const roleAttr = newId()
    ins.attr.run(roleAttr, 'Ruolo', 'category', JSON.stringify(ROLES), 0)
    const municipio = newId()
    ins.attr.run(municipio, 'Municipio', 'number', null, 1)
    const insertSource = (name: string, text: string, caseId: string): string => {
      const id = newId()
      const structure = { ...buildStructure(text), words: countWords(text) }
      ins.source.run(id, name, text, textHash(text), text.length, JSON.stringify(structure), caseId, at)
      return id
    }
    const insertCodings = (sourceId: string, text: string, n: number): void => {
      const { starts, ends } = wordEdges(text)
      const seen = new Set<string>()
      while (seen.size < n) {
        const w = Math.floor(rand() * (starts.length - 70))
        const start = starts[w]
        const end = ends[w + 5 + Math.floor(rand() * 55)]
        const code = codes[Math.floor(rand() * codes.length)].id
        const coder = coders[Math.floor(rand() * coders.length)]
        const key = `${start}:${end}:${code}:${coder}`
        if (seen.has(key)) continue
        seen.add(key)
        ins.coding.run(newId(), sourceId, code, coder, start, end, text.slice(start, end), at)
      }
    }
    for (let i = 0; i < SOURCES; i++) {
      const caseId = newId()
      ins.case.run(caseId, `Caso ${String(i + 1).padStart(4, '0')}`, at)
      ins.value.run(newId(), caseId, roleAttr, ROLES[i % ROLES.length])
      ins.value.run(newId(), caseId, municipio, String(1 + (i % 9)))
      const text = interview(rand, WORDS_PER_SOURCE)
      insertCodings(insertSource(`Intervista ${String(i + 1).padStart(4, '0')}`, text, caseId), text, CODINGS / SOURCES)
    }
    const bigCase = newId()
    ins.case.run(bigCase, 'Focus group', at)
    ins.value.run(newId(), bigCase, roleAttr, ROLES[0])
    const bigText = interview(rand, BIG_WORDS)
    const bigSource = insertSource('Focus group (100.000 parole)', bigText, bigCase)
    insertCodings(bigSource, bigText, BIG_CODINGS)
    return { codes, coders, roleAttr, bigSource }
  })
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now()
  const r = fn()
  return [r, performance.now() - t]
}

/** Median of several runs after one warm-up (the first run fills SQLite's page cache). */
function measure(runs: number, fn: () => unknown): number {
  fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push(time(fn)[1])
  return median(times)
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now()
  const r = await fn()
  return [r, performance.now() - t]
}

/** Times a click on a source in the list until its first paragraph is rendered and painted (runs in the page). */
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

export interface FirstPaint {
  /** Click to first painted frame with the transcript's paragraphs, one figure per round (ms). */
  times: number[]
  /** Coding stripes in the first screen. */
  stripes: number
  /** Paragraphs rendered (the reader is virtualised: a window, not the whole transcript). */
  paragraphs: number
}

/**
 * Opens `file` in the real renderer in Chromium (through the test bridge) and times opening `sourceId`
 * from the sources list to its first painted screen, alternating with `otherSourceId` so each round
 * really loads it. Needs a built renderer (ESITI_RENDERER_DIR or out/renderer) and Chromium.
 */
export async function browserFirstPaint(file: string, sourceId: string, otherSourceId: string, rounds = 3): Promise<FirstPaint> {
  const { BridgeHarness } = await import('../test/e2e/support/harness')
  const { launch, openApp } = await import('../test/e2e/support/browser')
  const harness = new BridgeHarness()
  await harness.start()
  const browser = await launch()
  try {
    const page = await openApp(browser, harness.url)
    await page.getByTestId('welcome').waitFor()
    harness.platform.queueFiles([file])
    await page.getByTestId('open-project').click()
    await page.getByTestId('project-name').waitFor()
    await page.getByTestId('nav-interviews').click()
    await page.getByTestId('tab-code').click()
    const item = (id: string) => page.locator(`[data-testid="source-item"][data-source="${id}"]`)
    await item(sourceId).waitFor({ state: 'attached' })
    const times: number[] = []
    for (let round = 0; round < rounds; round++) {
      await item(otherSourceId).click()
      await page.locator(`[data-testid="reader"][data-source="${otherSourceId}"] [data-testid="para"]`).first().waitFor()
      // Let the side panel's own calls finish: a user does not click again while they are in flight.
      await page.waitForTimeout(300)
      times.push((await page.evaluate(`(${TIME_FIRST_PAINT})(${JSON.stringify(sourceId)})`)) as number)
    }
    return {
      times,
      stripes: await page.locator('[data-testid="reader"] [data-testid="stripe"]').count(),
      paragraphs: await page.locator('[data-testid="reader"] [data-testid="para"]').count()
    }
  } finally {
    await browser.close()
    await harness.stop()
  }
}

/**
 * The coding workspace at scale: 2,000 interviews of ~6,000 words with 200,000 codings by three
 * coders, plus one 100,000-word transcript with 5,000 codings.
 */
export async function codingBench(report: Report): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-bench-coding-'))
  const file = path.join(dir, 'coding.esiti')
  try {
    const project = await openProjectFile(file, { create: true })
    const ctx: Ctx = makeCtx(project, 'Giulia')
    const [corpus, buildMs] = time(() => buildCorpus(project))
    report('coding: build corpus (2,000 × 6,000 words, 205,000 codings; raw inserts)', buildMs / 1000, 's')
    // Measure reads on the stored project, not through the 270 MB write-ahead log the seeding left.
    project.sqlite.pragma('wal_checkpoint(TRUNCATE)')

    const rand = rng(7)
    const sources = (project.sqlite.prepare('SELECT id, text FROM sources').all() as { id: string; text: string }[]).map((s) => ({
      id: s.id,
      edges: wordEdges(s.text)
    }))
    const applyTimes: number[] = []
    for (let i = 0; i < 60; i++) {
      const s = sources[Math.floor(rand() * sources.length)]
      const w = Math.floor(rand() * (s.edges.starts.length - 30))
      const code = corpus.codes[Math.floor(rand() * corpus.codes.length)].id
      const [, ms] = time(() => applyCode(ctx, { sourceId: s.id, codeId: code, start: s.edges.starts[w], end: s.edges.ends[w + 12] }))
      if (i >= 10) applyTimes.push(ms)
    }
    report('coding: apply a code (one undoable insert, median of 50)', median(applyTimes), 'ms', { target: '< 50 ms' })

    const parent = corpus.codes.find((c) => c.parent === null)!.id
    const filter = { attributes: [{ attributeId: corpus.roleAttr, value: ROLES[1] }] }
    let total = 0
    const retrieveMs = measure(5, () => {
      total = retrieveSegments(ctx, { query: { code: parent }, filter }).total
    })
    report(`coding: all segments of a code + sub-codes, filtered by attribute (${total})`, retrieveMs, 'ms', { target: '< 100 ms' })
    report(
      'coding: first page of 200 of them with sentence context',
      measure(5, () => retrieveSegments(ctx, { query: { code: parent }, filter, context: 'sentence', limit: 200 })),
      'ms'
    )
    report(
      'coding: segments of A overlapping B (AND) over the whole corpus',
      measure(3, () => retrieveSegments(ctx, { query: { and: [{ code: corpus.codes[1].id }, { code: corpus.codes[7].id }] } })),
      'ms'
    )
    report('coding: code × case matrix (2,001 cases × 60 codes)', measure(5, () => codeMatrix(ctx, { rows: 'cases' })), 'ms', {
      target: '< 300 ms'
    })
    report('coding: code × source matrix', measure(3, () => codeMatrix(ctx, { rows: 'sources' })), 'ms')
    report('coding: code co-occurrence (60 × 60)', measure(3, () => cooccurrence(ctx)), 'ms')
    const view = measure(10, () => sourceView(ctx, corpus.bigSource))
    report('coding: sourceView of the 100,000-word transcript (5,000 codings)', view, 'ms')
    // The search runs in a worker (a deadline for any regular expression): the figures include the copy of the texts to it.
    const [hits, searchMs] = await timeAsync(() => searchText(ctx, { query: 'perche citta', limit: 100 }))
    report(`coding: accent-insensitive search over 12M words, first run (${hits.total} hits)`, searchMs, 'ms')
    const again: number[] = []
    for (let i = 0; i < 2; i++) again.push((await timeAsync(() => searchText(ctx, { query: 'perche citta', limit: 100 })))[1])
    report('coding: same search again (folded texts cached)', median(again), 'ms')
    // The project's size as the app's schema stores it (before the experiment below adds indexes).
    const pages = project.sqlite.pragma('page_count', { simple: true }) as number
    const pageSize = project.sqlite.pragma('page_size', { simple: true }) as number
    report('coding: project size', (pages * pageSize) / 1e6, 'MB')
    const other = sources.find((s) => s.id !== corpus.bigSource)!.id
    project.close()
    report('coding: peak memory (process max RSS)', process.resourceUsage().maxRSS / 1024, 'MB')
    try {
      const paint = await browserFirstPaint(file, corpus.bigSource, other, 5)
      report(
        `coding: browser, open the 100,000-word transcript to first paint (median of 5; ${paint.stripes} stripes)`,
        median(paint.times),
        'ms',
        { target: '< 300 ms' }
      )
    } catch (e) {
      // No built renderer or no Chromium on this machine: say so instead of failing the other figures.
      console.log(`coding: browser first paint not measured: ${(e as Error).message.split('\n')[0]}`)
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
