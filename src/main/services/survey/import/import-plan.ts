import { EsitiError } from '../../../../shared/errors'
import type { ProgressSink } from '../../../../shared/progress'
import { newId } from '../../../db/ids'
import { profileColumn } from '../infer/column-profile'
import { inferColumn } from '../infer/infer'
import type { BaseVariable, ImportSettings, RawColumn, SourceColumn, SurveyPlatform } from '../model'
import { CELL_BOOLEAN, CELL_EMPTY, CELL_NUMBER, CELL_TEXT } from '../model'
import { detectPlatform, splitHeaderPath } from './platform'
import { cellText, columnTexts, type ColumnCells, type SheetGrid, type TableLayout, type WorkbookInfo } from '../../io/sheet'
import { looseKey, slugify, uniqueName } from '../infer/text-norm'

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
  warnings: string[]
}

interface HeaderCol {
  col: number
  header: string
  group: string | null
  label: string
}

const IDENT_RE = /^[A-Za-z_][\w.-]*$/

function headerText(grid: SheetGrid, layout: TableLayout, col: number, fallback: string): string {
  const r = layout.headerRows.at(-1)
  if (r === undefined) return fallback
  const c = grid.columns[col]
  const t = cellText(c, r) ?? (c.kind[r] === CELL_NUMBER ? String(c.num[r]) : null)
  return t?.replace(/\s+/g, ' ').trim() || fallback
}

/** Data rows: the layout's range without blank and total rows. */
function dataRowsOf(layout: TableLayout): Int32Array {
  const skip = new Set([...layout.blankRows, ...layout.totalRows])
  const rows: number[] = []
  for (let r = layout.dataStart; r <= layout.dataEnd; r++) if (!skip.has(r)) rows.push(r)
  return Int32Array.from(rows)
}

/** Is every data cell of the column a 0/1-like mark (1, 0, Y, x, TRUE or empty), with at least one mark? */
function isDichotomous(grid: SheetGrid, col: number, rows: Int32Array): boolean {
  const c = grid.columns[col]
  let marks = 0
  for (const r of rows) {
    const k = c.kind[r]
    if (k === CELL_EMPTY) continue
    if (k === CELL_NUMBER || k === CELL_BOOLEAN) {
      const v = c.num[r]
      if (v !== 0 && v !== 1) return false
      if (v === 1) marks++
      continue
    }
    if (k !== CELL_TEXT) return false
    const t = (cellText(c, r) ?? '').trim().toLowerCase()
    if (t === '' || t === '0' || t === 'n' || t === 'no') continue
    if (t === '1' || t === 'y' || t === 'x' || t === 'true' || t === 'sì' || t === 'si' || t === '1.0') marks++
    else return false
  }
  return marks > 0
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
  for (let i = 0; i < n; i++) {
    const r = rows[i]
    kind[i] = c.kind[r]
    text.push(cellText(c, r))
    num[i] = c.num[r]
  }
  return { kind, text, num }
}

function examplesOf(raw: ColumnCells, rows: Int32Array, max = 5): string[] {
  const seen = new Set<string>()
  for (let j = 0; j < rows.length && seen.size < max; j++) {
    const i = rows[j]
    const t = cellText(raw, i) ?? (raw.kind[i] === CELL_NUMBER ? String(raw.num[i]) : null)
    if (t !== null && t.trim()) seen.add(t.length > 80 ? t.slice(0, 77) + '…' : t)
  }
  return [...seen]
}

function nameFor(header: string, platform: SurveyPlatform, used: Set<string>): string {
  const h = header.trim()
  const lime = platform === 'limesurvey' ? /^(\w+)\[(\w+)\]$/.exec(h) : null
  if (lime) return uniqueName(`${lime[1]}_${lime[2]}`, used)
  const base = (platform === 'kobo' || platform === 'limesurvey') && IDENT_RE.test(h) ? h.replace(/[^\w]/g, '_') : slugify(h)
  return uniqueName(base, used)
}

/**
 * Turns a read sheet and its layout into the variables the import will create: platform bookkeeping,
 * multiple-response sets (Kobo q/option 0/1 columns, LimeSurvey Q[SQ] Y columns, 0/1 items under a
 * shared group header, joined answers) and typed single variables.
 */
export function planImport(info: WorkbookInfo, grid: SheetGrid, layout: TableLayout, progress?: ProgressSink): ImportPlan {
  const dataRows = dataRowsOf(layout)
  const cols: HeaderCol[] = layout.columns.map((c) => ({
    col: c.index,
    header: headerText(grid, layout, c.index, c.label),
    group: c.group,
    label: c.label
  }))
  const platform = detectPlatform(cols.map((c) => c.header))
  const used = new Set<string>()
  const variables: PlannedVariable[] = []
  const warnings: string[] = []
  const dichotomous = new Map<number, boolean>()
  const isDich = (col: number): boolean => {
    let v = dichotomous.get(col)
    if (v === undefined) dichotomous.set(col, (v = isDichotomous(grid, col, dataRows)))
    return v
  }

  for (let i = 0; i < cols.length; ) {
    // Inference over a large sheet takes seconds: keep the progress moving and the cancel button live.
    if (progress) {
      if (progress.signal?.aborted) throw new EsitiError('CANCELLED', 'Cancelled: nothing was changed.')
      progress.report('survey:infer', i, cols.length)
    }
    const c = cols[i]
    const path = splitHeaderPath(c.header, platform)
    // A run of option columns sharing a question prefix, or 0/1 items under one group header.
    let run = 0
    if (path) {
      while (i + run < cols.length) {
        const p = splitHeaderPath(cols[i + run].header, platform)
        if (!p || p.prefix !== path.prefix || !isDich(cols[i + run].col)) break
        run++
      }
    } else if (c.group) {
      while (i + run < cols.length && cols[i + run].group === c.group && isDich(cols[i + run].col)) run++
    }
    const summaryBefore = path && variables.length > 0 && variables.at(-1)!.sources.length === 1 &&
      looseKey(variables.at(-1)!.sources[0].header) === looseKey(path.prefix)
      ? variables.at(-1)!
      : null
    if (run >= 2 || (run === 1 && summaryBefore)) {
      const members = cols.slice(i, i + run)
      const sources: SourceColumn[] = []
      if (summaryBefore) {
        variables.pop()
        used.delete(summaryBefore.name.toLowerCase())
        sources.push({ ...summaryBefore.sources[0], role: 'summary' })
      }
      for (const m of members) {
        const option = path ? splitHeaderPath(m.header, platform)!.item : m.header
        sources.push({ col: m.col, header: m.header, group: m.group, role: 'option', option })
      }
      const prefix = path ? path.prefix : (c.group as string)
      const segments = prefix.split('/')
      const question = segments.at(-1) as string
      const group = path ? (segments.length > 1 ? segments.slice(0, -1).join('/') : c.group) : null
      const options = sources.filter((s) => s.role === 'option').map((s) => s.option as string)
      const kinds = sources.map((s) => grid.columns[s.col].kind)
      let answered = 0
      for (const r of dataRows) if (kinds.some((k) => k[r] !== CELL_EMPTY)) answered++
      variables.push({
        id: newId(),
        name: nameFor(question, platform, used),
        label: summaryBefore?.label ?? question,
        group,
        type: 'multi',
        role: 'question',
        valueLabels: [],
        scale: null,
        missingCodes: [],
        options,
        columns: sources.map((s) => s.header),
        sources,
        distinct: options.length,
        missing: dataRows.length - answered,
        examples: options.slice(0, 5)
      })
      i += run
      continue
    }
    // Read in place over the data rows: a copy of every column would only make garbage.
    const raw = grid.columns[c.col]
    const inf = inferColumn(profileColumn(raw, dataRows), c.header, platform)
    warnings.push(...inf.warnings)
    const grouped = path && !c.group ? path.prefix : c.group
    variables.push({
      id: newId(),
      name: nameFor(path && platform === 'kobo' ? path.item : c.header, platform, used),
      label: path && platform === 'kobo' ? path.item : c.label,
      group: grouped,
      type: inf.type,
      role: inf.role,
      valueLabels: inf.valueLabels,
      scale: inf.scale,
      missingCodes: inf.missingCodes,
      ...(inf.options ? { options: inf.options, separator: inf.separator } : {}),
      ...(inf.decimal ? { decimal: inf.decimal } : {}),
      ...(inf.dateOrder ? { dateOrder: inf.dateOrder } : {}),
      columns: [c.header],
      sources: [{ col: c.col, header: c.header, group: c.group, role: 'value' }],
      distinct: inf.distinct,
      missing: inf.missing,
      examples: examplesOf(raw, dataRows)
    })
    i++
  }

  const oneBased = (rows: number[]): number[] => rows.map((r) => r + 1)
  return {
    settings: {
      format: info.format,
      sheet: grid.name,
      ...(info.encoding ? { encoding: info.encoding } : {}),
      ...(info.delimiter ? { delimiter: info.delimiter } : {}),
      titleRows: oneBased(layout.titleRows),
      headerRows: oneBased(layout.headerRows),
      dataStart: layout.dataStart + 1,
      dataEnd: layout.dataEnd + 1,
      blankRows: layout.blankRows.length,
      totalRows: oneBased(layout.totalRows),
      noteRows: oneBased(layout.noteRows),
      platform
    },
    variables,
    dataRows,
    warnings: [...new Set([...grid.warnings, ...layout.warnings, ...warnings])]
  }
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
