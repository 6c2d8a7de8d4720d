import type { ProgressSink } from '../../../../shared/progress'
import { msg, type Msg } from '../../../../shared/messages'
import { EsitiError } from '../../../../shared/errors'
import { newId } from '../../../db/ids'
import type { ValueLabel, VariableType } from '../frame'
import { profileColumn } from '../infer/column-profile'
import { inferColumn } from '../infer/infer'
import { uniqueName } from '../infer/text-norm'
import { CELL_EMPTY, type SourceColumn } from '../model'
import { cellText, type SavDictionary, type SavMrSet, type SavVariable, type SheetGrid, type TableLayout, type WorkbookInfo } from '../../io/sheet'
import { detectPlatform } from './platform'
import type { ImportPlan, PlannedVariable } from './import-plan'

/** The table of a system file: names in row 0, every case after it, nothing to skip. */
export function savLayout(grid: SheetGrid, dict: SavDictionary): TableLayout {
  return {
    titleRows: [],
    headerRows: [0],
    dataStart: 1,
    dataEnd: grid.rowCount - 1,
    columns: dict.variables.map((v, index) => ({ index, name: v.name, label: v.label ?? v.name, group: null })),
    blankRows: [],
    totalRows: [],
    noteRows: [],
    emptyColumns: [],
    warnings: []
  }
}

const DURATION_NAMES: Record<number, string> = { 21: 'TIME', 25: 'DTIME', 40: 'MTIME' }

// Module-local: imported bindings are getter calls per cell under the CommonJS transform.
const EMPTY = 0
const NUMBER = 2

interface Observed {
  /** Distinct non-empty values and how often each occurs (numbers for numeric cells, texts otherwise). */
  counts: Map<number | string, number>
  missing: number
  examples: string[]
}

/** One pass over a column's data rows: distinct values with their counts, empty cells, a few examples. */
function observed(grid: SheetGrid, col: number, rows: Int32Array): Observed {
  const c = grid.columns[col]
  const { kind, num, codes, strings } = c
  const numbers = new Map<number, number>()
  const texts = new Uint32Array(strings.length)
  let missing = 0
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j]
    const k = kind[r]
    if (k === EMPTY) missing++
    else if (k === NUMBER) numbers.set(num[r], (numbers.get(num[r]) ?? 0) + 1)
    else if (codes[r] !== 0) texts[codes[r]]++
    else {
      // A date (or another value whose text is its own): counted by its text.
      const t = cellText(c, r)
      if (t !== null) numbers.set(num[r], (numbers.get(num[r]) ?? 0) + 1)
    }
  }
  const counts = new Map<number | string, number>(numbers)
  for (let code = 1; code < texts.length; code++) if (texts[code]) {
    const t = strings.get(code)
    if (t !== null) counts.set(t, (counts.get(t) ?? 0) + texts[code])
  }
  const examples: string[] = []
  for (const v of counts.keys()) {
    if (examples.length >= 5) break
    examples.push(String(v))
  }
  return { counts, missing, examples }
}

/** User-missing values as missing codes; a range becomes the values of it that occur or are labelled. */
function missingCodesOf(v: SavVariable, seen: Map<number | string, number>, notes: Msg[]): (string | number)[] {
  const codes = [...v.missing]
  const range = v.missingRange
  if (range) {
    const inRange = new Set<number>()
    for (const x of seen.keys()) if (typeof x === 'number' && x >= range.lo && x <= range.hi) inRange.add(x)
    for (const l of v.valueLabels) if (typeof l.value === 'number' && l.value >= range.lo && l.value <= range.hi) inRange.add(l.value)
    const list = [...inRange].sort((a, b) => a - b)
    for (const x of list) if (!codes.includes(x)) codes.push(x)
    const fmt = (x: number): string => (x === -Infinity ? 'LO' : x === Infinity ? 'HI' : String(x))
    notes.push(msg('formats.sav.missingRange', { variable: v.name, range: `${fmt(range.lo)}–${fmt(range.hi)}`, count: list.length }))
  }
  return codes
}

function typeOf(v: SavVariable): VariableType | null {
  if (v.kind === 'date') return 'date'
  if (v.kind === 'datetime') return 'datetime'
  if (v.width > 0) return v.valueLabels.length ? 'nominal' : null
  if (v.valueLabels.length) return v.measure === 'ordinal' ? 'ordinal' : v.measure === 'scale' ? 'numeric' : 'nominal'
  if (v.measure === 'nominal') return 'nominal'
  if (v.measure === 'ordinal') return 'ordinal'
  return 'numeric'
}

/** Options of a multiple-response set and how each member column marks them. */
function setSources(set: SavMrSet, byName: Map<string, { v: SavVariable; col: number }>): { sources: SourceColumn[]; options: string[]; valueLabels: ValueLabel[] } {
  const members = set.variables.map((n) => byName.get(n)!)
  if (set.kind === 'dichotomy') {
    const options: string[] = []
    const sources = members.map(({ v, col }) => {
      const counted = set.counted ?? 1
      const byValue = set.countedValueLabels ? v.valueLabels.find((l) => l.value === counted)?.label : undefined
      let option = byValue ?? v.label ?? v.name
      while (options.includes(option)) option = `${option} (${v.name})`
      options.push(option)
      return { col, header: v.name, group: null, role: 'option' as const, option, counted }
    })
    return { sources, options, valueLabels: [] }
  }
  // Category sets: every member holds a category code; the options are their labels, in code order.
  const labels = new Map<string | number, string>()
  for (const { v } of members) for (const l of v.valueLabels) if (!labels.has(l.value)) labels.set(l.value, l.label)
  const valueLabels = [...labels].map(([value, label]) => ({ value, label }))
  valueLabels.sort((a, b) => (typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : String(a.value).localeCompare(String(b.value))))
  const sources = members.map(({ v, col }) => ({ col, header: v.name, group: null, role: 'category' as const }))
  return { sources, options: [...new Set(valueLabels.map((l) => l.label))], valueLabels }
}

/**
 * The variables of a system file. The file says what a spreadsheet leaves to inference: variable
 * labels, value labels (the categories, in the file's order), user-missing values, measurement
 * levels, date formats, the weight and the multiple-response sets; only string variables without
 * labels are typed by inference (free text, identifiers, dates written as text).
 */
export function planSavImport(info: WorkbookInfo, grid: SheetGrid, layout: TableLayout, dict: SavDictionary, progress?: ProgressSink): ImportPlan {
  const rows = Int32Array.from({ length: Math.max(0, layout.dataEnd) }, (_, i) => i + 1)
  const notes: Msg[] = []
  const used = new Set<string>()
  const byName = new Map(dict.variables.map((v, col) => [v.name, { v, col }]))
  const platform = detectPlatform(dict.variables.map((v) => v.name))
  const inSet = new Map<string, SavMrSet>()
  for (const set of dict.mrSets) {
    if (set.variables.length < 2 || set.variables.some((n) => !byName.has(n) || inSet.has(n))) {
      notes.push(msg('formats.sav.setSkipped', { set: set.name }))
      continue
    }
    for (const n of set.variables) inSet.set(n, set)
  }
  const variables: PlannedVariable[] = []
  const done = new Set<SavMrSet>()
  dict.variables.forEach((v, col) => {
    if (progress?.signal?.aborted) throw new EsitiError('CANCELLED', 'core.cancelled')
    progress?.report('survey:infer', col, dict.variables.length)
    const set = inSet.get(v.name)
    if (set) {
      if (done.has(set)) return
      done.add(set)
      const { sources, options, valueLabels } = setSources(set, byName)
      let answered = 0
      for (const r of rows) if (sources.some((s) => grid.columns[s.col].kind[r] !== CELL_EMPTY)) answered++
      variables.push({
        id: newId(),
        name: uniqueName(set.name, used),
        label: set.label ?? byName.get(set.variables[0])?.v.label ?? set.name,
        group: null,
        type: 'multi',
        role: 'question',
        valueLabels,
        scale: null,
        missingCodes: [],
        options,
        columns: sources.map((s) => s.header),
        sources,
        distinct: options.length,
        missing: rows.length - answered,
        examples: options.slice(0, 5)
      })
      return
    }
    const seen = observed(grid, col, rows)
    const fixed = typeOf(v)
    const base = {
      id: newId(),
      name: uniqueName(v.name, used),
      label: v.label ?? v.name,
      group: null,
      scale: null,
      columns: [v.name],
      sources: [{ col, header: v.name, group: null, role: 'value' as const }],
      examples: seen.examples
    }
    if (v.kind === 'duration') notes.push(msg('formats.sav.durationAsNumber', { variable: v.name, format: DURATION_NAMES[v.print.type] ?? 'TIME' }))
    const isWeight = dict.weight === v.name
    if (isWeight) notes.push(msg('formats.sav.weight', { variable: v.name }))
    if (fixed === null || (fixed === 'numeric' && !isWeight && v.valueLabels.length === 0)) {
      // Strings without labels, and plain numbers (which may be respondent ids), are typed by inference.
      const inf = inferColumn(profileColumn(grid.columns[col], rows), v.name, { platform })
      const type = fixed === 'numeric' ? (inf.type === 'id' ? 'id' : 'numeric') : inf.type
      const missingCodes = fixed === 'numeric' ? missingCodesOf(v, seen.counts, notes) : [...new Set([...v.missing, ...inf.missingCodes])]
      variables.push({
        ...base,
        type,
        role: type === 'id' && fixed === null ? inf.role : inf.role === 'metadata' ? 'metadata' : 'question',
        valueLabels: fixed === null ? inf.valueLabels : [],
        scale: fixed === null ? inf.scale : null,
        missingCodes,
        ...(fixed === null && inf.options ? { options: inf.options, separator: inf.separator } : {}),
        ...(fixed === null && inf.dateOrder ? { dateOrder: inf.dateOrder } : {}),
        distinct: fixed === null ? inf.distinct : seen.counts.size,
        missing: seen.missing
      })
      return
    }
    const missingCodes = fixed === 'date' || fixed === 'datetime' ? [] : missingCodesOf(v, seen.counts, notes)
    let missing = seen.missing
    for (const code of missingCodes) missing += seen.counts.get(code) ?? 0
    variables.push({
      ...base,
      type: fixed,
      role: isWeight ? 'weight' : 'question',
      valueLabels: v.valueLabels.map((l) => ({ ...l })),
      missingCodes,
      distinct: seen.counts.size - missingCodes.filter((c) => seen.counts.has(c)).length,
      missing
    })
  })
  return {
    settings: {
      format: info.format,
      sheet: grid.name,
      encoding: dict.encoding,
      titleRows: [],
      headerRows: [],
      dataStart: 1,
      dataEnd: rows.length,
      blankRows: 0,
      totalRows: [],
      noteRows: [],
      platform
    },
    variables,
    // Rows of the grid: case k is grid row k + 1 (row 0 holds the names).
    dataRows: rows,
    warnings: [...grid.warnings, ...notes],
    decisions: [],
    notes: [],
    hiddenColumns: []
  }
}
