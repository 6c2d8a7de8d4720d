import { EsitiError } from '../../../../shared/errors'
import { msg, type Msg } from '../../../../shared/messages'
import type { ProgressSink } from '../../../../shared/progress'
import { newId } from '../../../db/ids'
import { profileColumn } from '../infer/column-profile'
import { inferColumn } from '../infer/infer'
import type { BaseVariable, CellNote, DecisionKind, ImportDecision, ImportSettings, RawColumn, SourceColumn, SurveyPlatform } from '../model'
import { CELL_DATE, CELL_EMPTY, CELL_NUMBER } from '../model'
import { detectPlatform, isMonkeyItem, splitHeaderPath } from './platform'
import { cellText, columnLetter, columnTexts, type ColumnCells, type SheetGrid, type TableLayout, type WorkbookInfo } from '../../io/sheet'
import { slugify, uniqueName } from '../infer/text-norm'
import { findOptionRun, MarkCheck, type OptionRun, type PlanColumn } from './option-sets'
import { tableDecisions } from './table-decisions'
import { releaseMemoryIfGrown } from './release-memory'

/** A variable the import will create, with its source columns and what inference found. */
export interface PlannedVariable extends BaseVariable {
  sources: SourceColumn[]
  distinct: number
  missing: number
  /** A few distinct example values (as shown in the file). */
  examples: string[]
}

export interface ImportPlan {
  settings: Omit<ImportSettings, 'file' | 'fileHash'>
  variables: PlannedVariable[]
  /** Grid rows (0-based) that hold data, in order. */
  dataRows: Int32Array
  warnings: Msg[]
  /** Every automatic decision, applied or undone (`reverted`), with its count. */
  decisions: ImportDecision[]
  /** Cell comments kept with the import. */
  notes: CellNote[]
  /** Hidden columns (letters) that were imported. */
  hiddenColumns: string[]
}

export interface PlanOptions {
  /** Decision ids the user undid. */
  revert?: readonly string[]
  /** The header rows the layout found before the user's choice (zero-based), for the decision. */
  detectedHeaderRows?: number[]
  /** The user chose the header rows (1-based, as recorded). */
  chosenHeaderRows?: number[]
}

const IDENT_RE = /^[A-Za-z_][\w.-]*$/
const IMPORT_ID_RE = /^\s*\{\s*"ImportId"\s*:/

function headerText(grid: SheetGrid, row: number | undefined, col: number, fallback: string): string {
  if (row === undefined) return fallback
  const c = grid.columns[col]
  const t = cellText(c, row) ?? (c.kind[row] === CELL_NUMBER ? String(c.num[row]) : null)
  return t?.replace(/\s+/g, ' ').trim() || fallback
}

/** Rows from `from` on that are not blank in any used column. */
function nextFilledRow(grid: SheetGrid, layout: TableLayout, from: number): number {
  for (let r = from; r <= layout.dataEnd; r++) if (layout.columns.some((c) => grid.columns[c.index].kind[r] !== CELL_EMPTY)) return r
  return -1
}

/**
 * Qualtrics writes three header rows: short names, the question texts and a row of {"ImportId": …}.
 * The layout finds the first; this finds the other two (the label row and the id row) under it.
 */
function qualtricsRows(grid: SheetGrid, layout: TableLayout): { labels: number; ids: number } | null {
  const labels = nextFilledRow(grid, layout, layout.dataStart)
  if (labels < 0) return null
  const ids = nextFilledRow(grid, layout, labels + 1)
  if (ids < 0) return null
  let filled = 0
  let json = 0
  for (const c of layout.columns) {
    const t = cellText(grid.columns[c.index], ids)
    if (t === null) continue
    filled++
    if (IMPORT_ID_RE.test(t)) json++
  }
  return filled > 0 && json >= 0.5 * filled ? { labels, ids } : null
}

function sliceColumn(grid: SheetGrid, col: number, rows: Int32Array): RawColumn {
  const c = grid.columns[col]
  const n = rows.length
  // The usual case, data rows without gaps: plain copies of the range.
  if (n > 0 && rows[n - 1] - rows[0] === n - 1) {
    const from = rows[0]
    return { kind: c.kind.slice(from, from + n), text: columnTexts(c, from, n), num: c.num.slice(from, from + n) }
  }
  const kind = new Uint8Array(n)
  const text: (string | null)[] = []
  const num = new Float64Array(n)
  // Each distinct text decoded once (the column keeps them as UTF-8), then read per row.
  const texts = c.strings.toArray()
  for (let i = 0; i < n; i++) {
    const r = rows[i]
    kind[i] = c.kind[r]
    const code = c.codes[r]
    text.push(code !== 0 ? (texts[code] ?? null) : cellText(c, r))
    num[i] = c.num[r]
  }
  return { kind, text, num }
}

/** A column's first distinct non-blank texts over the data rows (at most `max`, long ones shortened). */
export function examplesOf(raw: ColumnCells, rows: Int32Array, max = 5): string[] {
  const seen = new Set<string>()
  // A column of fewer than `max` distinct answers (0/1 and option-or-blank columns, a yes/no) is read
  // to its end: a text code, or a number or date without one, met again has the text it had then (a
  // second look adds nothing), so it is skipped instead of worded again (String(num) for every row).
  const codes = new Set<number>()
  const numbers = new Set<number>()
  const dates = new Set<number>()
  for (let j = 0; j < rows.length && seen.size < max; j++) {
    const i = rows[j]
    const code = raw.codes[i]
    const kind = raw.kind[i]
    const met = code !== 0 ? codes : kind === CELL_NUMBER ? numbers : kind === CELL_DATE ? dates : null
    if (met === null) continue // no text (ownText): nothing to show
    const key = code !== 0 ? code : raw.num[i]
    if (met.has(key)) continue
    met.add(key)
    const t = cellText(raw, i) ?? (kind === CELL_NUMBER ? String(raw.num[i]) : null)
    if (t !== null && t.trim()) seen.add(t.length > 80 ? t.slice(0, 77) + '…' : t)
  }
  return [...seen]
}

function nameFor(header: string, platform: SurveyPlatform, used: Set<string>): string {
  const h = header.trim()
  const lime = /^(\w+)\[(\w+)\]$/.exec(h)
  if (lime && (platform === 'limesurvey' || platform === 'generic')) return uniqueName(`${lime[1]}_${lime[2]}`, used)
  if ((platform === 'kobo' || platform === 'limesurvey' || platform === 'qualtrics') && IDENT_RE.test(h)) return uniqueName(h.replace(/[^\w]/g, '_'), used)
  // "Question [Item]" (LimeSurvey full text, Google grids): the question's words, then the item's.
  const bracket = /^(.+?)\s*\[([^\]]+)\]$/.exec(h)
  if (bracket) return uniqueName(`${slugify(bracket[1], 3)}_${slugify(bracket[2], 2)}`, used)
  return uniqueName(slugify(h), used)
}

/**
 * Turns a read sheet and its layout into the variables the import will create: platform bookkeeping,
 * multiple-response sets (every shape, see option-sets.ts), joined answers and typed single variables.
 * Every decision that can change a figure is listed with its count; those the user undid
 * (`opts.revert`) are listed as such and not applied.
 */
export function planImport(info: WorkbookInfo, grid: SheetGrid, layout: TableLayout, progress?: ProgressSink, opts: PlanOptions = {}): ImportPlan {
  const revert = new Set(opts.revert ?? [])
  const qualtrics = qualtricsRows(grid, layout)
  const effective: TableLayout = qualtrics
    ? { ...layout, headerRows: [...layout.headerRows, qualtrics.labels, qualtrics.ids], dataStart: Math.max(layout.dataStart, qualtrics.ids + 1) }
    : layout
  const table = tableDecisions(grid, effective, revert, opts, qualtrics !== null)
  const dataRows = table.dataRows
  const itemRow = layout.headerRows.at(-1)
  const hidden = new Set(grid.hiddenColumns ?? [])

  const cols: PlanColumn[] = []
  for (const c of layout.columns) {
    const letter = columnLetter(c.index)
    if (hidden.has(c.index) && revert.has(`hiddenColumn:${letter}`)) continue
    let header = headerText(grid, itemRow, c.index, c.label)
    let group = c.group
    let label = c.label
    let code: string | undefined
    if (qualtrics) {
      code = header
      label = headerText(grid, qualtrics.labels, c.index, header)
    } else if (group && isMonkeyItem(header)) {
      // SurveyMonkey: "Response" / "Open-Ended Response" under the question merged above.
      header = group
      label = group
      group = null
    }
    cols.push({ col: c.index, letter, header, group, label, ...(code ? { code } : {}) })
  }
  const platform = detectPlatform(
    cols.map((c) => c.header),
    cols.map((c) => c.group),
    qualtrics !== null
  )
  const used = new Set<string>()
  const variables: PlannedVariable[] = []
  const warnings: Msg[] = []
  const decisions: ImportDecision[] = [...table.decisions]
  const check = new MarkCheck(grid, dataRows)

  for (let i = 0; i < cols.length; ) {
    // Inference over a large sheet takes seconds: keep the progress moving and the cancel button live.
    if (progress) {
      if (progress.signal?.aborted) throw new EsitiError('CANCELLED', 'core.cancelled')
      progress.report('survey:infer', i, cols.length)
    }
    releaseMemoryIfGrown(dataRows.length * cols.length)
    const c = cols[i]
    const run = findOptionRun(cols, i, platform, check)
    if (run) {
      const first = cols[run.summary ?? run.members[0]]
      const id = `multipleResponse:${first.letter}`
      const v = optionSetVariable(grid, cols, run, dataRows, platform, used)
      decisions.push({
        id,
        kind: 'multipleResponse',
        variable: v.name,
        column: first.letter,
        count: run.members.length,
        detail: msg('survey.decision.optionColumns', { count: run.members.length, options: run.options.slice(0, 8) }),
        reversible: true,
        reverted: revert.has(id)
      })
      if (!revert.has(id)) {
        variables.push(v)
        // Free text of "other" options stays readable as a variable of its own.
        run.members.forEach((m, k) => {
          if (!run.other[k]) return
          const o = cols[m]
          const single = singleVariable(grid, o, dataRows, platform, used, revert, decisions, warnings, `${v.label}: ${run.options[k]}`)
          decisions.push({
            id: `otherColumn:${o.letter}`,
            kind: 'multipleResponse',
            variable: single.name,
            column: o.letter,
            count: single.distinct,
            detail: msg('survey.decision.otherColumn', { header: o.header, option: run.options[k] }),
            reversible: false,
            reverted: false
          })
          variables.push(single)
        })
        i = run.members[run.members.length - 1] + 1
        continue
      }
      used.delete(v.name.toLowerCase())
    }
    variables.push(singleVariable(grid, c, dataRows, platform, used, revert, decisions, warnings))
    i++
  }

  const notes = commentNotes(grid, effective, cols, variables, dataRows)
  if (notes.cells.length + notes.onHeaders > 0) {
    const count = notes.cells.length + notes.onHeaders
    decisions.push({ id: 'comments', kind: 'comments', variable: null, column: null, count, detail: msg('survey.decision.comments', { count }), reversible: true, reverted: revert.has('comments') })
  }
  const keepNotes = !revert.has('comments')
  const hiddenColumns = cols.filter((c) => hidden.has(c.col)).map((c) => c.letter)
  const oneBased = (rows: number[]): number[] => rows.map((r) => r + 1)
  return {
    settings: {
      format: info.format,
      sheet: grid.name,
      ...(info.encoding ? { encoding: info.encoding } : {}),
      ...(info.delimiter ? { delimiter: info.delimiter } : {}),
      titleRows: oneBased(effective.titleRows),
      headerRows: oneBased(effective.headerRows),
      dataStart: (dataRows[0] ?? effective.dataStart) + 1,
      dataEnd: effective.dataEnd + 1,
      blankRows: effective.blankRows.length,
      totalRows: oneBased(table.skippedTotals),
      noteRows: oneBased(table.skippedNotes),
      platform,
      ...(revert.size ? { reverted: [...revert] } : {}),
      ...(opts.chosenHeaderRows ? { chosenHeaderRows: opts.chosenHeaderRows } : {})
    },
    variables: keepNotes ? withHeaderNotes(variables, notes.headerNotes) : variables,
    dataRows,
    warnings: dedupe([...grid.warnings, ...layout.warnings, ...warnings]),
    decisions,
    notes: keepNotes ? notes.cells : [],
    hiddenColumns
  }
}

function dedupe(list: Msg[]): Msg[] {
  const seen = new Set<string>()
  return list.filter((m) => {
    const k = JSON.stringify(m)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** One column as one variable, typed by inference; its decisions join the plan's under ids by column. */
function singleVariable(
  grid: SheetGrid,
  c: PlanColumn,
  dataRows: Int32Array,
  platform: SurveyPlatform,
  used: Set<string>,
  revert: Set<string>,
  decisions: ImportDecision[],
  warnings: Msg[],
  labelOverride?: string
): PlannedVariable {
  // Read in place over the data rows: a copy of every column would only make garbage.
  const raw = grid.columns[c.col]
  const profile = profileColumn(raw, dataRows)
  const reverted = (kind: DecisionKind): boolean => revert.has(`${kind}:${c.letter}`)
  const proposed = inferColumn(profile, c.header, { platform })
  const undone = proposed.decisions.filter((d) => reverted(d.kind))
  // Undone decisions stay listed (to be applied again): those the second pass no longer takes are added.
  const inf = undone.length ? inferColumn(profile, c.header, { platform, reverted }) : proposed
  for (const d of undone) if (!inf.decisions.some((x) => x.kind === d.kind)) inf.decisions.push({ ...d, reverted: true })
  warnings.push(...inf.warnings)
  const path = splitHeaderPath(c.header, platform)
  const kobo = platform === 'kobo' && path
  const name = nameFor(kobo ? path.item : c.header, platform, used)
  for (const d of inf.decisions)
    decisions.push({ id: `${d.kind}:${c.letter}`, variable: name, column: c.letter, ...d })
  const group = path && !c.group ? path.prefix : c.group
  return {
    id: newId(),
    name,
    label: labelOverride ?? (kobo ? path.item : c.label),
    group,
    type: inf.type,
    role: inf.role,
    valueLabels: inf.valueLabels,
    scale: inf.scale,
    missingCodes: inf.missingCodes,
    ...(inf.options ? { options: inf.options, separator: inf.separator } : {}),
    ...(inf.decimal ? { decimal: inf.decimal } : {}),
    ...(inf.dateOrder ? { dateOrder: inf.dateOrder } : {}),
    ...(inf.nonSubstantive ? { nonSubstantive: inf.nonSubstantive } : {}),
    ...(inf.identifier ? { identifier: inf.identifier } : {}),
    ...(inf.percent ? { percent: inf.percent } : {}),
    columns: [c.header],
    sources: [{ col: c.col, header: c.header, group: c.group, role: 'value' }],
    distinct: inf.distinct,
    missing: inf.missing,
    examples: examplesOf(raw, dataRows)
  }
}

/** The multiple-response variable of a run of option columns (and its summary column, if any). */
function optionSetVariable(
  grid: SheetGrid,
  cols: PlanColumn[],
  run: OptionRun,
  dataRows: Int32Array,
  platform: SurveyPlatform,
  used: Set<string>
): PlannedVariable {
  const sources: SourceColumn[] = []
  if (run.summary !== null) {
    const s = cols[run.summary]
    sources.push({ col: s.col, header: s.header, group: s.group, role: 'summary' })
  }
  run.members.forEach((m, k) => {
    const o = cols[m]
    sources.push({ col: o.col, header: o.header, group: o.group, role: 'option', option: run.options[k], ...(run.other[k] ? { other: true } : {}) })
  })
  const kinds = sources.map((s) => grid.columns[s.col].kind)
  let answered = 0
  for (const r of dataRows) if (kinds.some((k) => k[r] !== CELL_EMPTY)) answered++
  const summaryLabel = run.summary !== null ? cols[run.summary].label : null
  return {
    id: newId(),
    name: nameFor(run.question, platform === 'qualtrics' ? 'generic' : platform, used),
    label: summaryLabel && !summaryLabel.includes('/') ? summaryLabel : run.question,
    group: run.group,
    type: 'multi',
    role: 'question',
    valueLabels: [],
    scale: null,
    missingCodes: [],
    options: run.options,
    columns: sources.map((s) => s.header),
    sources,
    distinct: run.options.length,
    missing: dataRows.length - answered,
    examples: run.options.slice(0, 5)
  }
}

/**
 * Cell comments kept as notes: on a header cell, the note of the variable reading that column; on a
 * data cell, a note on that respondent's cell (sheet row and column, as the file shows them).
 */
function commentNotes(
  grid: SheetGrid,
  layout: TableLayout,
  cols: PlanColumn[],
  variables: PlannedVariable[],
  dataRows: Int32Array
): { cells: CellNote[]; headerNotes: Map<number, string>; onHeaders: number } {
  const cells: CellNote[] = []
  const headerNotes = new Map<number, string>()
  let onHeaders = 0
  const comments = grid.comments ?? []
  if (!comments.length) return { cells, headerNotes, onHeaders }
  const headers = new Set([...layout.titleRows, ...layout.headerRows])
  const data = new Set(dataRows)
  const varOf = new Map<number, string>()
  for (const v of variables) for (const s of v.sources) if (!varOf.has(s.col)) varOf.set(s.col, v.name)
  const letters = new Map(cols.map((c) => [c.col, c.letter]))
  for (const c of comments) {
    if (headers.has(c.row)) {
      const prev = headerNotes.get(c.col)
      headerNotes.set(c.col, prev ? `${prev}\n${c.text}` : c.text)
      onHeaders++
    } else if (data.has(c.row))
      cells.push({ row: c.row + 1, column: letters.get(c.col) ?? columnLetter(c.col), variable: varOf.get(c.col) ?? null, author: c.author, text: c.text })
  }
  return { cells, headerNotes, onHeaders }
}

function withHeaderNotes(variables: PlannedVariable[], notes: Map<number, string>): PlannedVariable[] {
  if (!notes.size) return variables
  return variables.map((v) => {
    const texts = v.sources.map((s) => notes.get(s.col)).filter((t): t is string => !!t)
    return texts.length ? { ...v, note: [...new Set(texts)].join('\n') } : v
  })
}

/** The raw cells of a planned variable, restricted to the data rows. */
export function rawColumnsOf(grid: SheetGrid, v: PlannedVariable, rows: Int32Array): RawColumn[] {
  return v.sources.map((s) => sliceColumn(grid, s.col, rows))
}

/** The definition stored in recipe step 0 (no inference statistics). */
export function toBaseVariable(v: PlannedVariable): BaseVariable {
  const { sources: _s, distinct: _d, missing: _m, examples: _e, ...base } = v
  return base
}
