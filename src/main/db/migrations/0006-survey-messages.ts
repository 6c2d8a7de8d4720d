import { sql, type Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/**
 * Questionnaire import warnings as messages (issue 12). Projects written before stored each dataset's
 * import warnings as English sentences (datasets.import_settings → warnings: string[]); the window
 * recognised them by regular expression to word them in Italian. They become { key, params } here,
 * once, so that the services and the window only ever deal with codes. A sentence no pattern knows is
 * kept whole as `legacy.text`.
 *
 * Also: variables.details, a JSON column for what a variable carries beyond type and categories
 * (non-substantive answers, the kind of identifier, options not asked in a wave, a note from the file).
 *
 * The patterns are those of the English texts the reader and inference wrote up to this version (they
 * are frozen history: never change them, add new migrations instead).
 */

interface StoredMsg {
  key: string
  params?: Params
}
type Params = Record<string, string | number | string[] | StoredMsg>

const num = (s: string): number => Number(s.replace(/,/g, ''))
const unquote = (s: string): string => s.replace(/^"(.*)"$/, '$1')

const PATTERNS: [RegExp, string, (m: RegExpExecArray) => Params][] = [
  [/^The last field opens a quote that never closes: it was read to the end of the file$/, 'survey.read.csvQuote', () => ({})],
  [/^The file is not valid UTF-8 throughout: it was read as Windows-1252$/, 'survey.read.latin1', () => ({})],
  [/^Every visible sheet is empty: the \w+ sheet "(.*)" was read instead$/, 'survey.read.hiddenSheet', (m) => ({ sheet: m[1] })],
  [/^No sheet of the workbook contains data$/, 'survey.read.noData', () => ({})],
  [/^The sheet XML ends abruptly: the file may be truncated$/, 'survey.read.truncated', () => ({})],
  [/^Some cell references are malformed: cells were placed by position$/, 'survey.read.badRefs', () => ({})],
  [/^Some cells lie outside the Excel grid: they were skipped$/, 'survey.read.outsideGrid', () => ({})],
  [/^More than ([\d,]+) merged ranges: the rest were ignored$/, 'survey.read.tooManyMerges', (m) => ({ limit: num(m[1]) })],
  [/^Some date cells hold text that is not an ISO date: kept as text$/, 'survey.read.badIsoDate', () => ({})],
  [/^Some cells have an unknown type "(.*)": read as numbers$/, 'survey.read.unknownType', (m) => ({ type: m[1] })],
  [/^Some cells point to a shared string that does not exist: they were left empty$/, 'survey.read.missingString', () => ({})],
  [/^Some number cells hold text: kept as text$/, 'survey.read.numberText', () => ({})],
  [/^Some date-formatted cells hold numbers outside the Excel date range: kept as numbers$/, 'survey.read.dateRange', () => ({})],
  [/^Sheet "(.*)" has no data part in the file: it is read as empty$/, 'survey.read.noDataPart', (m) => ({ sheet: m[1] })],
  [/^The styles part is damaged: date cells may read as plain numbers$/, 'survey.read.badStyles', () => ({})],
  [/^The sheet is empty$/, 'survey.layout.empty', () => ({})],
  [/^No full header row was found: row (\d+) was taken as the header$/, 'survey.layout.partialHeader', (m) => ({ row: num(m[1]) })],
  [/^No header row was found: columns are named by their letter$/, 'survey.layout.noHeader', () => ({})],
  [/^Row (\d+) holds HXL hashtags, not answers: it is skipped$/, 'survey.layout.hxl', (m) => ({ row: num(m[1]) })],
  [/^The table has a header but no data rows$/, 'survey.layout.noRows', () => ({})],
  [/^(\d+) blank row\(s\) inside the data are skipped$/, 'survey.layout.blankRows', (m) => ({ count: num(m[1]) })],
  [/^(\d+) total row\(s\) are flagged and left out of the data$/, 'survey.layout.totalRows', (m) => ({ count: num(m[1]) })],
  [/^(\d+) merged range\(s\) inside the data: only their first cell holds the value$/, 'survey.layout.dataMerges', (m) => ({ count: num(m[1]) })],
  [/^Column\(s\) (.*) have no header: named by their letter$/, 'survey.layout.unnamed', (m) => ({ cols: m[1].split(', ') })],
  [
    /^(\d+) error cell\(s\) \(#N\/A, #DIV\/0!, …\) in (".*") are treated as missing\.$/,
    'survey.infer.errorCells',
    (m) => ({ count: num(m[1]), v: unquote(m[2]) })
  ],
  [/^(\d+) value\(s\) in (".*") are not dates and are treated as missing\.$/, 'survey.infer.notDates', (m) => ({ count: num(m[1]), v: unquote(m[2]) })],
  [
    /^(\d+) value\(s\) in (".*") are not numbers \((.*)\) and are treated as missing\.$/,
    'survey.infer.notNumbers',
    (m) => ({ count: num(m[1]), v: unquote(m[2]), examples: m[3] })
  ]
]

/** The reader's "(1,234 times)" after a sentence it met on many cells. */
const TIMES = / \(([\d,]+) times\)$/

/** One stored English warning as a message (exported for the migration's test). */
export function warningMessage(text: string): StoredMsg {
  const times = TIMES.exec(text)
  const sentence = times ? text.slice(0, times.index) : text
  let m: StoredMsg = { key: 'legacy.text', params: { text } }
  for (const [re, key, params] of PATTERNS) {
    const hit = re.exec(sentence)
    if (hit) {
      m = { key, params: params(hit) }
      break
    }
  }
  if (times && m.key !== 'legacy.text') return { key: 'survey.read.repeated', params: { message: m, count: num(times[1]) } }
  return m
}

async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`ALTER TABLE variables ADD COLUMN details TEXT`.execute(trx)
    const rows = await sql<{ id: string; import_settings: string | null }>`SELECT id, import_settings FROM datasets WHERE import_settings IS NOT NULL`.execute(trx)
    for (const row of rows.rows) {
      let stored: { warnings?: unknown[] }
      try {
        stored = JSON.parse(row.import_settings as string) as { warnings?: unknown[] }
      } catch {
        continue
      }
      if (!Array.isArray(stored.warnings) || !stored.warnings.some((w) => typeof w === 'string')) continue
      stored.warnings = stored.warnings.map((w) => (typeof w === 'string' ? warningMessage(w) : w))
      await sql`UPDATE datasets SET import_settings = ${JSON.stringify(stored)} WHERE id = ${row.id}`.execute(trx)
    }
  })
}

export const m0006: Migration = { up }
