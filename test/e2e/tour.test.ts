import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MESSAGES, type Locale } from '../../src/shared/messages'
import { DICTIONARIES } from '../../src/renderer/src/i18n/dictionaries'
import { openProjectFile } from '../../src/main/db/project-file'
import { makeCtx } from '../../src/main/services/context'
import { seedDemo } from '../../src/main/demo/seed'
import { previewImport } from '../../src/main/services/survey/import/import'
import { listDatasets, variableDtos } from '../../src/main/services/survey/survey-service'
import { profileDataset } from '../../src/main/services/survey/browse/profile'
import { respondents, writeGoogleForms } from '../main/survey/support/platform-exports'
import { makeDocx } from '../main/transcripts/support/make-docx'
import { sharedFixture } from '../support/shared-fixtures'
import { tempDir } from '../support/temp-project'
import type { BridgeHarness } from './support/harness'
import { runInPage, shot, startApp } from './support/browser'
import { closeStop, crossLanguage, rawIdentifiers, TOUR, VISIBLE_TEXTS, type TourContext } from './support/tour'

/**
 * The screenshot tour: every area, tab and dialog of the window in Italian and in English, saved
 * under test-output/tour-it and tour-en. It fails when a visible text (or tooltip) in one language is
 * a sentence of the other language's dictionaries or message catalog, and when the window asks for a
 * key no dictionary has (see shot()).
 */
const OUT = path.resolve(__dirname, '../../test-output')
let harness: BridgeHarness
let app: Awaited<ReturnType<typeof startApp>>
let page: Page
const tmp = tempDir('esiti-e2e-tour-')
const demo = path.join(tmp.dir, 'mire-demo.esiti')
let files: TourContext['files']
let questionnaireTexts: string[] = []

beforeAll(async () => {
  const p = await openProjectFile(demo, { create: true })
  await seedDemo(makeCtx(p, 'e2e'))
  p.close()
  const colleagueCopy = path.join(tmp.dir, 'copia-collega.esiti')
  fs.copyFileSync(demo, colleagueCopy)
  const questionnaire = path.join(tmp.dir, 'Risposte dipendenti.xlsx')
  await writeGoogleForms(questionnaire, respondents(40))
  const wordDocument = path.join(tmp.dir, 'questionario.docx')
  fs.writeFileSync(wordDocument, makeDocx(['Questionario sul lavoro agile', 'Domanda 1: quanti giorni?']))
  files = { questionnaire, wordDocument, qdpx: sharedFixture('qdpx', 'qualitative-coding__demo.qdpx'), colleagueCopy, dir: tmp.dir }
  // What the import preview shows from the file itself (questions, answers) is the user's data.
  const preview = await previewImport(questionnaire)
  questionnaireTexts = preview.variables.flatMap((v) => [v.name, v.label ?? '', v.group ?? '', ...(v.options ?? []), ...v.examples])
  app = await startApp()
  ;({ harness, page } = app)
}, 240_000)

afterAll(async () => {
  await app?.stop()
  tmp.cleanup()
})

/**
 * Every short text the project holds (names, labels, quotes, choices, questionnaire answers): the
 * user's own words, shown as written whatever the interface language.
 */
async function userData(): Promise<Set<string>> {
  const out = new Set<string>()
  const add = (v: unknown): void => {
    if (typeof v !== 'string') return
    out.add(v.replace(/\s+/g, ' ').trim())
    // Lists kept as JSON (a category attribute's choices) are shown one by one.
    if (/^\[.*\]$/s.test(v.trim()))
      try {
        for (const x of JSON.parse(v) as unknown[]) add(x)
      } catch {
        // not JSON after all
      }
  }
  questionnaireTexts.forEach(add)
  const db = new Database(demo, { readonly: true, fileMustExist: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]
    for (const { name } of tables) {
      const cols = (db.pragma(`table_info("${name}")`) as { name: string; type: string }[]).filter((c) => /TEXT/i.test(c.type))
      for (const c of cols)
        for (const r of db.prepare(`SELECT DISTINCT "${c.name}" v FROM "${name}" WHERE typeof("${c.name}") = 'text' AND length("${c.name}") < 2000`).all() as { v: string }[])
          add(r.v)
    }
    // The Words tab lists single words of the transcripts (lower case): the interviews' own words.
    for (const { text } of db.prepare('SELECT text FROM sources WHERE deleted_at IS NULL').all() as { text: string }[])
      for (const w of text.match(/\p{L}[\p{L}'’]*/gu) ?? []) out.add(w.toLowerCase())
  } finally {
    db.close()
  }
  // Passages of the transcripts (the pseudonymisation review's contexts and preview, issue 17) are
  // the interviews' own words too, cut anywhere: a shown text found inside a source text is data.
  const sources: string[] = []
  {
    const db2 = new Database(demo, { readonly: true, fileMustExist: true })
    try {
      for (const { text } of db2.prepare('SELECT text FROM sources').all() as { text: string }[]) sources.push(text.replace(/\s+/g, ' '))
    } finally {
      db2.close()
    }
  }
  // Questionnaire answers live in column blobs: their categories and labels come from the profile.
  const p = await openProjectFile(demo, { readonly: true })
  try {
    const ctx = makeCtx(p, 'tour')
    for (const d of listDatasets(ctx)) {
      for (const v of variableDtos(ctx, d.id)) [v.name, v.label, ...(v.valueLabels ?? []).map((l) => l.label)].forEach(add)
      for (const layer of ['clean', 'raw'] as const)
        for (const v of profileDataset(ctx, d.name, { layer }).variables) for (const c of v.counts ?? []) [c.label, String(c.value)].forEach(add)
    }
  } finally {
    p.close()
  }
  return new PassageSet(out, sources)
}

/** The project's short texts, and any text of a dozen characters or more found inside a transcript. */
class PassageSet extends Set<string> {
  constructor(
    base: Set<string>,
    private readonly texts: string[]
  ) {
    super(base)
  }
  override has(t: string): boolean {
    if (super.has(t)) return true
    return t.length >= 12 && this.texts.some((x) => x.includes(t))
  }
}

async function tour(lang: Locale): Promise<{ stop: string; text: string; key: string }[]> {
  const dir = path.join(OUT, `tour-${lang}`)
  fs.rmSync(dir, { recursive: true, force: true })
  const other: Locale = lang === 'it' ? 'en' : 'it'
  const dictionaries = { own: [DICTIONARIES[lang], MESSAGES[lang]], other: [DICTIONARIES[other], MESSAGES[other]] }
  const found: { stop: string; text: string; key: string }[] = []
  let n = 0
  // A tab still loading its data would be pictured (and its texts checked) as "Loading…" alone.
  const loading = page.getByText(lang === 'it' ? 'Caricamento…' : 'Loading…', { exact: true })
  const look = async (name: string): Promise<void> => {
    for (let waited = 0; waited < 15_000 && (await loading.count()) > 0; waited += 100) await page.waitForTimeout(100)
    await page.waitForTimeout(150) // lets lists and counts settle before the picture
    await shot(page, `${String(++n).padStart(2, '0')}-${name}`, dir)
    const texts = await runInPage<string[]>(page, VISIBLE_TEXTS)
    const data = await userData()
    for (const hit of crossLanguage(texts, dictionaries, data)) found.push({ stop: name, ...hit })
    for (const text of rawIdentifiers(texts, data, dictionaries.own as Record<string, string>[])) found.push({ stop: name, text, key: '(an identifier shown as it is)' })
  }

  // Settings live in the service process: close the project and choose the language through it.
  for (const [channel, input] of [['project:close', {}], ['app:setLocale', { locale: lang }]] as const) {
    const r = await harness.host.call(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
  }
  await page.reload()
  await page.getByTestId('welcome').waitFor()
  await look('welcome')
  harness.platform.queueFiles([demo])
  await page.getByTestId('open-project').click()
  await page.getByTestId('project-name').waitFor()
  const c: TourContext = { page, harness, files }
  for (const stop of TOUR) {
    if (stop.area) {
      await page.getByTestId(`nav-${stop.area}`).click()
      await page.getByTestId(`area-${stop.area}`).waitFor()
    }
    if (stop.open) await stop.open(c)
    await look(stop.name)
    if (stop.tabs) {
      const ids = await page.locator('[role="tablist"] [role="tab"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''))
      for (const id of ids.filter(Boolean)) {
        await page.getByTestId(id).click()
        await look(`${stop.name}-${id.replace(/^tab-/, '')}`)
      }
    }
    await closeStop(stop, c)
  }
  return found
}

describe('screenshot tour in both languages', () => {
  it('shows every area, tab and dialog in Italian with no English sentence', async () => {
    expect(await tour('it')).toEqual([])
    expect(fs.readdirSync(path.join(OUT, 'tour-it')).length).toBeGreaterThan(TOUR.length)
  })

  it('shows every area, tab and dialog in English with no Italian sentence', async () => {
    expect(await tour('en')).toEqual([])
    expect((page as Page & { collectedErrors: string[] }).collectedErrors).toEqual([])
  })
})
