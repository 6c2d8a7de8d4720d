import { CELL_BOOLEAN, CELL_DATE, CELL_EMPTY, CELL_ERROR, CELL_NUMBER, CELL_TEXT, type RawColumn } from './model'

// Module-local copies: hot loops read these per cell (an imported binding is a property read).
const BOOLEAN = CELL_BOOLEAN
const DATE = CELL_DATE
const EMPTY = CELL_EMPTY
const ERROR = CELL_ERROR
const NUMBER = CELL_NUMBER
const TEXT = CELL_TEXT

/** Distinct values kept per column while inferring; beyond it a column is plainly high-cardinality. */
const MAX_DISTINCT = 20_000

/** One pass over a column's data cells: what kinds of values it holds and how often. */
export interface ColumnProfile {
  rows: number
  empty: number
  errors: number
  /** Distinct non-blank texts (booleans as TRUE/FALSE) → occurrences; capped at MAX_DISTINCT entries. */
  texts: Map<string, number>
  textCount: number
  overflow: boolean
  numbers: Map<number, number>
  numberCount: number
  dateCells: number
  /** Date cells with a time of day. */
  dateTimes: number
  /** Date cells below serial 1 (a time of day only). */
  timeOnly: number
}

function isBlank(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false
  }
  return true
}

export function profileColumn(col: RawColumn, rows?: ArrayLike<number>): ColumnProfile {
  const p: ColumnProfile = {
    rows: 0,
    empty: 0,
    errors: 0,
    texts: new Map(),
    textCount: 0,
    overflow: false,
    numbers: new Map(),
    numberCount: 0,
    dateCells: 0,
    dateTimes: 0,
    timeOnly: 0
  }
  const n = rows ? rows.length : col.kind.length
  p.rows = n
  for (let i = 0; i < n; i++) {
    const r = rows ? rows[i] : i
    const k = col.kind[r]
    if (k === EMPTY) {
      p.empty++
    } else if (k === TEXT || k === BOOLEAN) {
      const t = col.text[r] ?? (col.num[r] === 1 ? 'TRUE' : 'FALSE')
      if (isBlank(t)) {
        p.empty++
        continue
      }
      p.textCount++
      const c = p.texts.get(t)
      if (c !== undefined) p.texts.set(t, c + 1)
      else if (p.texts.size < MAX_DISTINCT) p.texts.set(t, 1)
      else p.overflow = true
    } else if (k === NUMBER) {
      p.numberCount++
      const v = col.num[r]
      const c = p.numbers.get(v)
      if (c !== undefined) p.numbers.set(v, c + 1)
      else if (p.numbers.size < MAX_DISTINCT) p.numbers.set(v, 1)
      else p.overflow = true
    } else if (k === DATE) {
      p.dateCells++
      const v = col.num[r]
      if (v < 1) p.timeOnly++
      else if (v !== Math.floor(v)) p.dateTimes++
    } else if (k === ERROR) {
      p.errors++
    }
  }
  return p
}
