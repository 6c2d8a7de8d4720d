import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { loadCommands } from '../../../src/main/cli/registry'
import { demoReportCommand } from '../../../src/main/cli/commands/demo-report'
import { hasMessage, MESSAGES } from '../../../src/shared/messages'

/**
 * Guards against English sentences reaching a user from src/main outside the message catalogs:
 * a verb's --help line, an undo entry's name, a warning or a detail written as a plain string would
 * reach an Italian user in English. Sentences are found in the source's string literals (comments
 * are not read) by the share of common English words among their words.
 */

const ROOT = path.resolve(__dirname, '../../../src/main')

/**
 * Files whose English literals never reach a user as a sentence in the wrong language, and why.
 * Keep this list short: a new entry needs a reason a reviewer can check.
 */
const ALLOWED: Record<string, string> = {
  'services/sdg/sdg-reference.ts': 'the UN text of goals and targets, Italian and English side by side, chosen by language',
  'services/indicators/labels.ts': 'report labels in an Italian and an English table, chosen by the report language',
  'services/coding/export-headers.ts': 'export column headers in an Italian and an English table, chosen by the export language',
  'demo/seed-indicators.ts': 'the demo indicators carry an Italian name and its English nameEn',
  'demo/content/sections.ts': 'the demo report sections carry an Italian title and its English titleEn',
  'services/privacy/surrogates.ts': 'surrogate labels in an Italian and an English table, chosen by the surrogate style',
  'services/coding/regex-runner.ts': 'the source of a worker thread, in a string',
  'services/survey/infer/missing-codes.ts': 'answers to recognise in the data ("prefer not to say"), never shown',
  'services/survey/infer/text-norm.ts': 'stop words to ignore when matching text, never shown',
  'service/service-main.ts': 'a line on stderr when the service is started by hand, not by the app',
  'service/service-host.ts': 'log lines of the service process (stderr), not shown in the window',
  // Invariants of Esiti's own code: reaching one is a bug, reported as an internal error.
  'services/survey/clean/clean-store.ts': 'internal invariant (a bug in Esiti), never user input',
  'services/survey/import/import-columns.ts': 'internal invariant (a bug in Esiti), never user input',
  'services/survey/import/import.ts': 'internal invariant (a bug in Esiti), never user input',
  'services/survey/recipe/engine.ts': 'internal invariant (a bug in Esiti), never user input',
  'services/survey/recipe/column-codes.ts': 'internal invariant (a bug in Esiti), never user input',
  'services/survey/storage/blob-io.ts': 'internal invariant (a bug in Esiti), never user input',
  'services/sync/local/apply.ts': 'internal invariant (a bug in Esiti), never user input',
  'services/report/xlsx-charts/package.ts': 'internal invariant (a bug in Esiti), never user input',
  'demo/questionnaires/zip-times.ts': 'internal invariant (a bug in Esiti), never user input',
  'services/io/sheet/grid-builder.ts': 'internal invariant (a bug in Esiti), never user input',
  'services/io/sheet/utf8-texts.ts': 'internal invariant (a bug in Esiti), never user input',
  'services/io/sheet/shared-strings-thread.ts': 'ESITI_SHEET_WORKER=always, a test setting: a worker that cannot start fails the test',
  'services/io/sheet/xls/biff-strings.ts': 'a short record: caught by the .xls reader and reported as formats.xls.badRecord',
  'services/team/agreement/stats/cohen.ts': 'statistics kernel: callers check their input first (a throw is a bug)',
  'services/team/agreement/stats/fleiss.ts': 'statistics kernel: callers check their input first (a throw is a bug)',
  'services/team/agreement/stats/krippendorff.ts': 'statistics kernel: callers check their input first (a throw is a bug)'
}

/** Lower-case function words of each language (none that both share, such as "a" or "in"). */
const ENGLISH = new Set(
  (
    'the an is are was were be been of to and or not with for this that these those from has have had cannot can must ' +
    'should will would it its by on at as into than there their they you your which what when where who only every each'
  ).split(' ')
)
const ITALIAN = new Set(
  'il lo la le gli un una uno di da del della dei delle dello al alla ai alle nel nella con per tra che non è sono ha come più già'.split(' ')
)

/** A phrase of three words or more with more English function words than Italian ones. */
export function looksEnglish(text: string): boolean {
  // Markup and SQL are code, not sentences.
  if (/^\s*</.test(text) || /\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER)\b/.test(text)) return false
  // Options (--not, --and) are syntax; a function word is lower case except at the start.
  const words = (text.replace(/--[a-z-]+/g, ' ').match(/[A-Za-zÀ-ÿ’']+/g) ?? []).map((w, i) => (i === 0 ? w.toLowerCase() : w))
  const en = words.filter((w) => ENGLISH.has(w)).length
  const it = words.filter((w) => ITALIAN.has(w)).length
  return words.length >= 3 && en >= 1 && en > it && /[a-z]{2,} [a-z]{2,}/.test(text)
}

/** A CLI usage line (`verb PROJECT [--opt X]`): syntax, the same in every language. */
const isUsage = (text: string): boolean => /^[a-z][a-z-]*( [a-z][a-z-]*)* [A-Z][A-Z-]+( |$)/.test(text) && !/\([a-z]/.test(text)

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) sourceFiles(p, out)
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p)
  }
  return out
}

/** Every string literal and template of a file (a template's parameters as "X"), with its line. */
function literals(file: string): { line: number; text: string; summary: boolean }[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const out: { line: number; text: string; summary: boolean }[] = []
  const visit = (n: ts.Node): void => {
    let text: string | null = null
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) text = n.text
    else if (ts.isTemplateExpression(n)) text = [n.head.text, ...n.templateSpans.map((s) => 'X' + s.literal.text)].join('')
    if (text !== null) {
      const p = n.parent
      const summary = ts.isPropertyAssignment(p) && p.initializer === n && p.name.getText(sf) === 'summary'
      out.push({ line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text, summary })
      return
    }
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return out
}

const files = sourceFiles(ROOT).map((f) => ({ file: f, rel: path.relative(ROOT, f).split(path.sep).join('/') }))

describe('no English sentence reaches a user from src/main outside the catalogs', () => {
  it('finds English sentences (the check can fail)', () => {
    expect(looksEnglish('Remove the privacy rule')).toBe(true)
    expect(looksEnglish('Resolve sync conflict: X is not kept')).toBe(true)
    expect(looksEnglish('Rimozione della regola di riservatezza')).toBe(false)
    expect(looksEnglish('SELECT id FROM codes WHERE name = ? AND deleted_at IS NULL')).toBe(false)
    expect(isUsage('survey import PROJECT FILE [--sheet NAME] [--json]')).toBe(true)
    expect(isUsage('sdg adopt PROJECT TARGET… [--json]   (e.g. 5.4 8.5, or a whole goal: 13)')).toBe(false)
  })

  it('every allowed file exists and still needs its exception', () => {
    for (const rel of Object.keys(ALLOWED)) {
      const f = files.find((x) => x.rel === rel)
      expect(f, rel).toBeDefined()
      expect(literals(f!.file).some((l) => looksEnglish(l.text)), `${rel} has no English sentence left: remove it from ALLOWED`).toBe(true)
    }
  })

  it('has no English sentence in a string literal of src/main (messages are catalog keys with parameters)', () => {
    const found: string[] = []
    for (const { file, rel } of files) {
      if (rel in ALLOWED) continue
      for (const l of literals(file)) if (looksEnglish(l.text) && !isUsage(l.text)) found.push(`${rel}:${l.line}: ${l.text.slice(0, 100)}`)
    }
    expect(found).toEqual([])
  })

  it('names every undo entry and every verb summary by a catalog key, never by text', () => {
    const found: string[] = []
    for (const { file, rel } of files)
      for (const l of literals(file)) if (l.summary && !hasMessage(l.text)) found.push(`${rel}:${l.line}: summary: ${l.text.slice(0, 80)}`)
    expect(found).toEqual([])
    // The compensating entry of an old operation is the one place a stored text becomes a message.
    const legacy = files.filter(({ file }) => fs.readFileSync(file, 'utf8').includes("'legacy.text'")).map((f) => f.rel)
    expect(legacy.sort()).toEqual(['db/migrations/0006-survey-messages.ts', 'db/op-log.ts'])
  })

  it('never passes zod’s English issue text on to a user (zodIssueMsg / zodErrorMsg word it)', () => {
    const found = files.filter(({ file }) => /prettifyError|\.issues\[\d+\]\??\.message|\bissue\.message\b/.test(fs.readFileSync(file, 'utf8'))).map((f) => f.rel)
    expect(found).toEqual([])
  })

  it('words every verb of esiti --help in Italian and in English', async () => {
    const specs = [...(await loadCommands()), demoReportCommand(async () => 0)]
    expect(specs.length).toBeGreaterThan(130)
    const bad = specs
      .filter((s) => {
        const it = MESSAGES.it[s.summary]
        const en = MESSAGES.en[s.summary]
        return !it || !en || it === en || looksEnglish(it)
      })
      .map((s) => `${s.words.join(' ')}: ${s.summary}`)
    expect(bad).toEqual([])
  })
})
