import type { I18n } from '../../i18n/make-i18n'

/**
 * The import's warnings come from the spreadsheet reader and inference in English (the CLI prints
 * them as they are); the wizard shows them in the interface language by recognising each sentence.
 * A sentence no pattern knows is shown as main wrote it. The patterns follow the texts in
 * services/io/sheet/** and infer.ts; test/main/survey/import-warnings.test.ts checks them on real
 * and generated files.
 */
const PATTERNS: [RegExp, string, string[]][] = [
  [/^The last field opens a quote that never closes: it was read to the end of the file$/, 'csvQuote', []],
  [/^The file is not valid UTF-8 throughout: it was read as Windows-1252$/, 'latin1', []],
  [/^Every visible sheet is empty: the \w+ sheet "(.*)" was read instead$/, 'hiddenSheet', ['sheet']],
  [/^No sheet of the workbook contains data$/, 'noData', []],
  [/^The sheet XML ends abruptly: the file may be truncated$/, 'truncated', []],
  [/^Some cell references are malformed: cells were placed by position$/, 'badRefs', []],
  [/^Some cells lie outside the Excel grid: they were skipped$/, 'outsideGrid', []],
  [/^More than ([\d,]+) merged ranges: the rest were ignored$/, 'tooManyMerges', ['n']],
  [/^Some date cells hold text that is not an ISO date: kept as text$/, 'badIsoDate', []],
  [/^Some cells have an unknown type "(.*)": read as numbers$/, 'unknownType', ['type']],
  [/^Some cells point to a shared string that does not exist: they were left empty$/, 'missingString', []],
  [/^Some number cells hold text: kept as text$/, 'numberText', []],
  [/^Some date-formatted cells hold numbers outside the Excel date range: kept as numbers$/, 'dateRange', []],
  [/^No full header row was found: row (\d+) was taken as the header$/, 'partialHeader', ['row']],
  [/^No header row was found: columns are named by their letter$/, 'noHeader', []],
  [/^Row (\d+) holds HXL hashtags, not answers: it is skipped$/, 'hxl', ['row']],
  [/^The table has a header but no data rows$/, 'noRows', []],
  [/^(\d+) blank row\(s\) inside the data are skipped$/, 'blankRows', ['n']],
  [/^(\d+) total row\(s\) are flagged and left out of the data$/, 'totalRows', ['n']],
  [/^(\d+) merged range\(s\) inside the data: only their first cell holds the value$/, 'dataMerges', ['n']],
  [/^Column\(s\) (.*) have no header: named by their letter$/, 'unnamed', ['cols']],
  [/^Sheet "(.*)" has no data part in the file: it is read as empty$/, 'noDataPart', ['sheet']],
  [/^The styles part is damaged: date cells may read as plain numbers$/, 'badStyles', []],
  [/^(\d+) error cell\(s\) \(#N\/A, #DIV\/0!, …\) in "(.*)" are treated as missing\.$/, 'errorCells', ['n', 'v']],
  [/^(\d+) value\(s\) in "(.*)" are not dates and are treated as missing\.$/, 'notDates', ['n', 'v']],
  [/^(\d+) value\(s\) in "(.*)" are not numbers \((.*)\) and are treated as missing\.$/, 'notNumbers', ['n', 'v', 'examples']]
]

/** The reader's "(1,234 times)" after a sentence it met on many cells. */
const TIMES = / \(([\d,]+) times\)$/

/** The i18n key and parameters of a warning, or null when no pattern knows it. */
export function importWarningNote(text: string): { key: string; params: Record<string, string | number>; times: number | null } | null {
  const times = TIMES.exec(text)
  const sentence = times ? text.slice(0, times.index) : text
  for (const [re, key, names] of PATTERNS) {
    const m = re.exec(sentence)
    if (!m) continue
    const params: Record<string, string | number> = {}
    names.forEach((name, i) => {
      const raw = m[i + 1]
      params[name] = /^[\d,]+$/.test(raw) && name !== 'cols' && name !== 'examples' ? Number(raw.replace(/,/g, '')) : raw
    })
    return { key: `sv.importWarn.${key}`, params, times: times ? Number(times[1].replace(/,/g, '')) : null }
  }
  return null
}

export function importWarningText(i18n: I18n, text: string): string {
  const note = importWarningNote(text)
  if (!note) return text
  const sentence = i18n.t(note.key, note.params)
  return note.times === null ? sentence : `${sentence} ${i18n.t('sv.importWarn.times', { n: note.times })}`
}
