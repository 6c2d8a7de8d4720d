import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sharedFixture } from '../../support/shared-fixtures'
import { tempDir } from '../../support/temp-project'
import { previewImport } from '../../../src/main/services/survey/import/import'
import { makeI18n } from '../../../src/renderer/src/i18n/make-i18n'
import { importWarningNote, importWarningText } from '../../../src/renderer/src/areas/questionnaires/import-warning-text'
import { writeHandmade } from './support/handmade-sheet'
import { writeMessy } from './support/messy-survey'
import { respondents, writeGoogleForms, writeKobo, writeLimeSurvey, writeMicrosoftForms } from './support/platform-exports'
import { writeXlsx, type Cell } from './support/xlsx-writer'

/** Every warning the import gives on these files, as main wrote it. */
async function warningsOf(files: string[]): Promise<string[]> {
  const out: string[] = []
  for (const f of files) {
    try {
      out.push(...(await previewImport(f)).warnings)
    } catch (e) {
      // Files the import refuses (encrypted, damaged, empty) are covered by the corpus test.
      if (!(e instanceof Error && 'code' in e)) throw e
    }
  }
  return out
}

describe('import warnings in the interface language', () => {
  it('word every warning the import gives on real and generated files, in Italian and English', async () => {
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
      const warnings = await warningsOf(files)
      expect(warnings.length).toBeGreaterThan(10)
      expect(warnings.filter((w) => importWarningNote(w) === null)).toEqual([])
      const it = makeI18n('it')
      const en = makeI18n('en')
      for (const w of warnings) {
        for (const text of [importWarningText(it, w), importWarningText(en, w)]) expect(text, w).not.toMatch(/\{\w+\}|sv\.importWarn/)
        expect(importWarningText(it, w), w).not.toBe(w)
      }
    } finally {
      cleanup()
    }
  })

  it('know every warning sentence the reader and inference can write', () => {
    const root = path.resolve(__dirname, '../../../src/main/services/survey')
    const reader = path.resolve(__dirname, '../../../src/main/services/io/sheet')
    const sources = [
      ...fs.readdirSync(reader, { recursive: true, encoding: 'utf8' }).map((f) => path.join(reader, f)),
      path.join(root, 'infer', 'infer.ts')
    ].filter((f) => f.endsWith('.ts'))
    const sentences: string[] = []
    for (const file of sources) {
      const src = fs.readFileSync(file, 'utf8')
      for (const m of src.matchAll(/(?:\.warn|warnings\.push)\(\s*(['`])((?:(?!\1).)*)\1\s*\)/g))
        // A sample of the sentence: quoted headers as "q", every other placeholder as 7.
        sentences.push(m[2].replace(/\$\{quote\([^}]*\)\}/g, '"q"').replace(/\$\{[^}]*\}/g, '7'))
    }
    expect(sentences.length).toBeGreaterThanOrEqual(25)
    expect(sentences.filter((x) => importWarningNote(x) === null)).toEqual([])
  })

  it('keep the counts the reader adds and leave an unknown sentence as it is', () => {
    const it = makeI18n('it')
    expect(importWarningText(it, 'Some number cells hold text: kept as text (1,234 times)')).toBe(
      'Alcune celle numero contengono testo: tenute come testo. (1234 volte)'.replace('1234', new Intl.NumberFormat('it-IT').format(1234))
    )
    expect(importWarningText(it, '3 blank row(s) inside the data are skipped')).toBe('3 righe vuote dentro i dati vengono saltate.')
    expect(importWarningText(it, 'Something new')).toBe('Something new')
  })
})
