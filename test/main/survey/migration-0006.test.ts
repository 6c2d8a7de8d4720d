import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { undo } from '../../../src/main/db/op-log'
import { warningMessage } from '../../../src/main/db/migrations/0006-survey-messages'
import { makeCtx } from '../../../src/main/services/context'
import { datasetDetail, issuesOf, listDatasets, loadDatasetFrame, recipeView } from '../../../src/main/services/survey'
import { englishText, formatMessage, hasMessage } from '../../../src/shared/messages'
import { tempDir } from '../../support/temp-project'

/**
 * Migration 0006 on a project file written by the code on `main` before messages became codes: a
 * questionnaire imported as wave 2022, a second wave appended, a validation step added. The file's
 * import warnings are English sentences; after opening they are messages, worded in both languages.
 */
const FIXTURE = path.join(__dirname, 'fixtures/pre-0006.esiti')
const tmp = tempDir('esiti-m0006-')
afterAll(() => tmp.cleanup())

describe('migration 0006', () => {
  it('turns the stored English warnings into messages, and the project works as before', async () => {
    const file = path.join(tmp.dir, 'vecchio.esiti')
    fs.copyFileSync(FIXTURE, file)
    const before = fs.readdirSync(tmp.dir)
    const project = await openProjectFile(file, { actor: 'tester' })
    try {
      // A backup precedes the migration.
      expect(fs.readdirSync(tmp.dir).filter((f) => !before.includes(f)).some((f) => f.includes('.backup.'))).toBe(true)
      const ctx = makeCtx(project, 'tester')
      const rows = project.sqlite.prepare('SELECT name, import_settings FROM datasets ORDER BY name').all() as { name: string; import_settings: string }[]
      expect(rows.map((r) => r.name)).toEqual(['Vecchio', 'Vecchio [2023]'])
      for (const r of rows) {
        const warnings = JSON.parse(r.import_settings).warnings as { key: string; params?: Record<string, unknown> }[]
        expect(warnings.length).toBeGreaterThan(2)
        for (const w of warnings) {
          expect(typeof w, r.name).toBe('object')
          expect(w.key, JSON.stringify(w)).not.toBe('legacy.text')
          expect(hasMessage(w.key), w.key).toBe(true)
        }
      }
      const detail = datasetDetail(ctx, 'Vecchio')
      expect(detail.warnings).toEqual([
        { key: 'survey.layout.blankRows', params: { count: 1 } },
        { key: 'survey.layout.totalRows', params: { count: 1 } },
        { key: 'survey.layout.unnamed', params: { cols: ['C'] } },
        { key: 'survey.infer.errorCells', params: { count: 1, v: 'Età' } },
        { key: 'survey.infer.notNumbers', params: { count: 1, v: 'Ore', examples: '"tante"' } }
      ])
      expect(detail.warnings.map(englishText)).toEqual([
        '1 blank row inside the data is skipped',
        '1 total row is flagged and left out of the data',
        'Columns C have no header: named by their letter',
        '1 error cell (#N/A, #DIV/0!, …) in "Età" is treated as missing.',
        '1 value in "Ore" is not a number ("tante") and is treated as missing.'
      ])
      expect(formatMessage(detail.warnings[0], 'it')).toBe('1 riga vuota dentro i dati viene saltata')
      // The variables gained their details column; the data, the recipe and the issues read as before.
      const columns = (project.sqlite.prepare('PRAGMA table_info(variables)').all() as { name: string }[]).map((c) => c.name)
      expect(columns).toContain('details')
      const ds = listDatasets(ctx)[0]
      expect(ds).toMatchObject({ name: 'Vecchio', waves: ['2022', '2023'], rows: 33 + 17 })
      const frame = loadDatasetFrame(ctx, 'Vecchio')
      expect(frame.column('eta').filter((x) => typeof x === 'number')).toHaveLength(31 + 17)
      // An old recipe keeps what it decided: "Non so" stays the missing code it was (no figure changes on upgrade).
      expect(frame.variables.find((v) => v.name === 'soddisfazione')!.missingCodes).toEqual(['Non so'])
      const view = recipeView(ctx, 'Vecchio')
      expect(view.steps.map((s) => s.step.op)).toEqual(['import', 'validate'])
      expect(view.steps[1].report).toMatchObject({ status: 'ok' })
      const issues = issuesOf(ctx, 'Vecchio').issues
      expect(issues.length).toBeGreaterThan(5)
      expect(issues[0].message).toMatchObject({ key: 'survey.issue.range' })
      // Undo still walks the old operation log.
      undo(project, 'tester')
      expect(recipeView(ctx, 'Vecchio').steps.map((s) => s.step.op)).toEqual(['import'])
    } finally {
      project.close()
    }
  })

  it('knows every sentence the reader and inference wrote, with its count', () => {
    expect(warningMessage('Some number cells hold text: kept as text (1,234 times)')).toEqual({
      key: 'survey.read.repeated',
      params: { message: { key: 'survey.read.numberText', params: {} }, count: 1234 }
    })
    expect(englishText(warningMessage('Some number cells hold text: kept as text (1,234 times)') as never)).toBe('Some number cells hold text: kept as text (1,234 times)')
    expect(warningMessage('Every visible sheet is empty: the veryHidden sheet "Dati" was read instead')).toEqual({ key: 'survey.read.hiddenSheet', params: { sheet: 'Dati' } })
    expect(warningMessage('Row 2 holds HXL hashtags, not answers: it is skipped')).toEqual({ key: 'survey.layout.hxl', params: { row: 2 } })
    expect(warningMessage('Something else entirely')).toEqual({ key: 'legacy.text', params: { text: 'Something else entirely' } })
  })
})
