import { describe, expect, it } from 'vitest'
import { hostileProject } from './support/project'
import { run } from './support/run-cli'
import { expectRefusal, expectSuccess } from './support/expect-run'
import {
  cornerCellsXlsx,
  hugeCellCsv,
  manyEntriesXlsx,
  oddCellsXlsx,
  sharedStringsBombXlsx,
  wideCsv,
  wideQuestionnaireCsv
} from './support/generators'

/**
 * Spreadsheets and CSV through every command that reads them (questionnaires, case attributes, the
 * register), each in a child process under the 60 s / 1 GB ceilings (issue 15).
 */
const { dir, project } = hostileProject('esiti-hostile-tables-')

describe('cases import', () => {
  it('refuses an xlsx whose two cells are A1 and XFD1048576 by the area it spans (it used to loop over 17 billion cells)', async () => {
    const file = cornerCellsXlsx(dir)
    await expectRefusal(['cases', 'import', project, file], /^esiti: angoli\.xlsx \(sheet "Foglio1", 1,048,576 rows × 16,384 columns\) has [\d,]+ cells; the limit is 2,000,000 cells\.$/)
  })

  it('refuses a 10 MB CSV with a million columns, naming the count and the limit', async () => {
    const file = wideCsv(dir, 1_000_000)
    await expectRefusal(['cases', 'import', project, file], /^esiti: larga\.csv \(row 1\) has 1,000,000 columns; the limit is 16,384 columns\.$/)
  })

  it('reads odd but harmless cells correctly: a shared-string index past the table, absurd dimensions, a formula, a cell past the grid', async () => {
    const { json } = await expectSuccess(['cases', 'import', project, oddCellsXlsx(dir)])
    expect(json).toMatchObject({ casesCreated: 2, attributesCreated: ['Età', 'Nota'], values: 2 })
    expect(json.warnings).toEqual([
      'Some cells point to a shared string that does not exist: they were left empty',
      'Some cells lie outside the Excel grid: they were skipped'
    ])
    const { cases } = await run('cases', 'list', project)
    // Anna's age is a formula (40+1) read by its cached value, never evaluated.
    expect(cases.map((c: { name: string; attributes: Record<string, string | null> }) => [c.name, c.attributes])).toEqual([
      ['Anna', { Età: '41', Nota: null }],
      ['Bruno', { Età: '35', Nota: null }]
    ])
  })
})

describe('survey import', () => {
  it('refuses a 10 MB CSV with a million columns (it used to take 4.2 GB)', async () => {
    const file = wideCsv(dir, 1_000_000, 'larga-questionario.csv')
    await expectRefusal(['survey', 'import', project, file, '--dataset', 'Larga'], /^esiti: larga-questionario\.csv \(row 1\) has 1,000,000 columns; the limit is 16,384 columns\.$/)
  })

  it('imports a wide but legitimate questionnaire of 16,384 columns (20k used to take 29 s, growing with the square of the width)', async () => {
    const file = wideQuestionnaireCsv(dir, 16_384, 30)
    const { json, r } = await expectSuccess(['survey', 'import', project, file, '--dataset', 'Ampio'])
    expect(json.rows).toBe(30)
    expect(json.variables).toHaveLength(16_384)
    // CPU time, which a loaded machine does not inflate: about 5 s now; the variable sync's scans,
    // quadratic in width, needed about 12 s of CPU at 10,000 columns and 30 at this width.
    expect(r.cpuSeconds).toBeLessThan(15)
  })

  it('refuses a zip with more entries than any workbook has', async () => {
    await expectRefusal(['survey', 'import', project, manyEntriesXlsx(dir, 60_000), '--dataset', 'Voci'], /^esiti: voci\.xlsx has 60,00\d entries; the limit is 50,000 entries\.$/)
  })
})

describe('register import', () => {
  it('refuses an xlsx whose shared strings inflate to 1 GB (it read them through exceljs: 3.4 GB, then a crash)', async () => {
    const file = sharedStringsBombXlsx(dir, 1024)
    // Its header states the size, so it is refused before inflating (a lying header is refused while inflating: unit tests).
    await expectRefusal(['register', 'import', project, file], /^esiti: registro-bomba\.xlsx \(xl\/sharedStrings\.xml\) has 1,073,\d{3},\d{3} bytes \(1,024 MB\); the limit is 268,435,456 bytes \(256 MB\)\.$/)
  })

  it('refuses a CSV with one 50 MB cell (it used to take 1.9 GB), naming the record length and its limit', async () => {
    const file = hugeCellCsv(dir, 50)
    await expectRefusal(['register', 'import', project, file], /^esiti: cella-enorme\.csv \(one record, perhaps an unclosed quote\) has at least [\d,]+ bytes \(\d+ MB\); the limit is 33,554,432 bytes \(32 MB\)\.$/)
  })

  it('refuses a CSV with one 2 MB cell by the cell limit', async () => {
    const file = hugeCellCsv(dir, 2)
    await expectRefusal(['register', 'import', project, file], /^esiti: cella-enorme\.csv \(row 2, column 4\) has 2,097,152 bytes \(2 MB\); the limit is 1,048,576 bytes \(1 MB\)\.$/)
  })
})
