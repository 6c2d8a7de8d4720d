import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sharedFixture } from '../../support/shared-fixtures'
import { tempDir } from '../../support/temp-project'
import { previewImport } from '../../../src/main/services/survey'
import { formatMessage, hasMessage, type Msg } from '../../../src/shared/messages'
import { writeHandmade } from './support/handmade-sheet'
import { writeMessy } from './support/messy-survey'
import { respondents, writeGoogleForms, writeKobo, writeLimeSurvey, writeMicrosoftForms } from './support/platform-exports'
import { writeXlsx, type Cell } from './support/xlsx-writer'

/** Every warning and decision the import gives on these files. */
async function messagesOf(files: string[]): Promise<Msg[]> {
  const out: Msg[] = []
  for (const f of files) {
    try {
      const p = await previewImport(f)
      out.push(...p.warnings, ...p.decisions.map((d) => d.detail))
    } catch (e) {
      // Files the import refuses (encrypted, damaged, empty) are covered by the corpus test.
      if (!(e instanceof Error && 'code' in e)) throw e
    }
  }
  return out
}

/** TypeScript sources below a folder. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f))
}

const ROOT = path.resolve(__dirname, '../../../src/main')
const FILES = [...sources(path.join(ROOT, 'services/survey')), path.join(ROOT, 'cli/commands/survey.ts'), path.join(ROOT, 'ipc/handlers/survey.ts')]

describe('questionnaire messages', () => {
  it('are catalog keys wherever the survey services, the survey CLI and the IPC handler name one', () => {
    const missing: string[] = []
    let keys = 0
    for (const file of FILES) {
      const src = fs.readFileSync(file, 'utf8')
      for (const m of src.matchAll(/\b(?:msg|warn|fail|decide)\(\s*'([a-zA-Z][\w.-]*)'|EsitiError\(\s*'[A-Z_]+',\s*'([a-zA-Z][\w.-]*)'|\bt\(\s*'(survey\.[\w.-]+)'/g)) {
        const key = m[1] ?? m[2] ?? m[3]
        if (!key.includes('.')) continue
        keys++
        if (!hasMessage(key)) missing.push(`${path.relative(ROOT, file)}: ${key}`)
      }
    }
    expect(keys).toBeGreaterThan(150)
    expect(missing).toEqual([])
  })

  it('leave no English sentence in the survey services: every error, warning and note is a key', () => {
    const sentences: string[] = []
    for (const file of FILES) {
      const src = fs.readFileSync(file, 'utf8')
      // An error or a message built from a sentence (a template, or a string with a space) instead of a key.
      for (const m of src.matchAll(/EsitiError\(\s*'[A-Z_]+',\s*([`'"])([^`'"]*)\1/g)) if (/\s|\$\{/.test(m[2])) sentences.push(`${path.relative(ROOT, file)}: ${m[2]}`)
      for (const m of src.matchAll(/\b(?:warn|msg)\(\s*`(?!survey\.)/g)) sentences.push(`${path.relative(ROOT, file)}: template at ${m.index}`)
      for (const m of src.matchAll(/(?:warnings|notes)\.push\(\s*(['`"])/g)) sentences.push(`${path.relative(ROOT, file)}: a pushed sentence at ${m.index}`)
    }
    expect(sentences).toEqual([])
  })

  it('word every warning and decision real and generated files give, in Italian and in English', async () => {
    const { dir, cleanup } = tempDir()
    try {
      const people = respondents(60)
      const made = ['google.xlsx', 'ms.xlsx', 'kobo.xlsx', 'lime.xlsx', 'messy.xlsx', 'handmade.xlsx', 'odd.xlsx'].map((f) => path.join(dir, f))
      await writeGoogleForms(made[0], people)
      await writeMicrosoftForms(made[1], people)
      await writeKobo(made[2], people)
      await writeLimeSurvey(made[3], people)
      await writeMessy(made[4])
      await writeHandmade(made[5])
      // Errors, non-numbers in a number column, blank and total rows, a column without a header.
      const rows: Cell[][] = [['Età', 'Ore', null], [30, 5, 'x'], [{ error: '#N/A' }, 6, 'y'], [null, null, null]]
      for (let i = 0; i < 30; i++) rows.push([20 + i, i === 7 ? 'tante' : i % 9, 'z'])
      rows.push(['Totale', 180, null])
      await writeXlsx(made[6], [{ name: 'Foglio1', rows }])
      const corpus = sharedFixture('xlsx-corpus')
      const files = [...made, ...fs.readdirSync(corpus).filter((f) => /\.(xlsx|csv)$/.test(f)).map((f) => path.join(corpus, f))]
      const messages = await messagesOf(files)
      expect(messages.length).toBeGreaterThan(30)
      const keys = new Set(messages.map((m) => m.key))
      for (const k of ['survey.layout.totalRows', 'survey.infer.errorCells', 'survey.decision.notNumbers', 'survey.decision.optionColumns']) expect(keys, k).toContain(k)
      for (const m of messages) {
        expect(hasMessage(m.key), m.key).toBe(true)
        const it = formatMessage(m, 'it')
        const en = formatMessage(m, 'en')
        for (const text of [it, en]) expect(text, m.key).not.toMatch(/\{\{|survey\.\w+\.\w+/)
      }
    } finally {
      cleanup()
    }
  })
})
