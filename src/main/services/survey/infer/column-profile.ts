import { CELL_BOOLEAN, CELL_DATE, CELL_EMPTY, CELL_ERROR, CELL_NUMBER, CELL_TEXT, type RawColumn } from '../model'
import type { ColumnCells } from '../../io/sheet'

// Module-local copies: hot loops read these per cell (an imported binding is a property read).
const BOOLEAN = CELL_BOOLEAN
const DATE = CELL_DATE
const EMPTY = CELL_EMPTY
const ERROR = CELL_ERROR
const NUMBER = CELL_NUMBER
const TEXT = CELL_TEXT

/** Distinct values kept per column while inferring; beyond it a column is plainly high-cardinality. */
const MAX_DISTINCT = 20_000
const SMALL_INTS = 4096

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

/** States of a sheet column's text code while profiling (see profileCells). */
const UNSEEN = 0
const COUNTED = 1
const BLANK = 2
const OVER = 3

/** One pass over a column's data cells (all rows when `rows` is absent). */
export function profileColumn(col: RawColumn | ColumnCells, rows?: ArrayLike<number>): ColumnProfile {
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
  if ('codes' in col) profileCells(p, col, rows)
  else profileRaw(p, col, rows)
  return p
}

function profileRaw(p: ColumnProfile, col: RawColumn, rows?: ArrayLike<number>): void {
  const n = rows ? rows.length : col.kind.length
  p.rows = n
  for (let i = 0; i < n; i++) {
    const r = rows ? rows[i] : i
    const k = col.kind[r]
    if (k === TEXT || k === BOOLEAN) countText(p, col.text[r] ?? (col.num[r] === 1 ? 'TRUE' : 'FALSE'))
    else other(p, k, col.num[r])
  }
}

function countText(p: ColumnProfile, t: string): void {
  if (isBlank(t)) {
    p.empty++
    return
  }
  p.textCount++
  const c = p.texts.get(t)
  if (c !== undefined) p.texts.set(t, c + 1)
  else if (p.texts.size < MAX_DISTINCT) p.texts.set(t, 1)
  else p.overflow = true
}

/**
 * The same profile from a sheet column's text codes: each code's text is looked at once and counted
 * per code, then the counts go to `texts`, whose entries are made at first appearance as countText
 * makes them (same order, same cap).
 */
function profileCells(p: ColumnProfile, col: ColumnCells, rows?: ArrayLike<number>): void {
  const n = rows ? rows.length : col.kind.length
  p.rows = n
  const { codes, strings } = col
  const state = new Uint8Array(strings.length)
  const counts = new Int32Array(strings.length)
  const order: number[] = []
  // Texts are decoded from the column's UTF-8 once each, when first seen (see ColumnCells.strings).
  const orderTexts: string[] = []
  // Small whole numbers (Likert codes, ages, counts) are most number cells: counted in an array, their
  // Map entry made at first appearance (so the order and the cap are those of other()).
  const small = new Int32Array(SMALL_INTS)
  const smallSeen = new Uint8Array(SMALL_INTS)
  for (let i = 0; i < n; i++) {
    const r = rows ? rows[i] : i
    const k = col.kind[r]
    if (k !== TEXT && k !== BOOLEAN) {
      const v = col.num[r]
      if (k === NUMBER && v >= 0 && v < SMALL_INTS && v === (v | 0)) {
        p.numberCount++
        if (smallSeen[v] === 0) {
          if (p.numbers.size < MAX_DISTINCT) {
            p.numbers.set(v, 0)
            smallSeen[v] = 1
          } else {
            p.overflow = true
            continue
          }
        }
        small[v]++
      } else other(p, k, v)
      continue
    }
    const code = codes[r]
    if (code === 0) {
      countText(p, col.num[r] === 1 ? 'TRUE' : 'FALSE')
      continue
    }
    let s = state[code]
    if (s === UNSEEN) {
      // Each code's text is read once here: decoded without the cache of get.
      const t = strings.decode(code)
      if (isBlank(t)) s = BLANK
      else if (p.texts.has(t) || p.texts.size < MAX_DISTINCT) {
        // Two codes may share a text (codes are not guaranteed distinct): both add to one entry.
        if (!p.texts.has(t)) p.texts.set(t, 0)
        s = COUNTED
        order.push(code)
        orderTexts.push(t)
      } else s = OVER
      state[code] = s
    }
    if (s === BLANK) p.empty++
    else {
      p.textCount++
      if (s === COUNTED) counts[code]++
      else p.overflow = true
    }
  }
  for (let k = 0; k < order.length; k++) {
    const t = orderTexts[k]
    p.texts.set(t, (p.texts.get(t) as number) + counts[order[k]])
  }
  for (let v = 0; v < SMALL_INTS; v++) if (smallSeen[v]) p.numbers.set(v, (p.numbers.get(v) as number) + small[v])
}

/** Everything but text and boolean cells. */
function other(p: ColumnProfile, k: number, v: number): void {
  if (k === EMPTY) {
    p.empty++
  } else if (k === NUMBER) {
    p.numberCount++
    const c = p.numbers.get(v)
    if (c !== undefined) p.numbers.set(v, c + 1)
    else if (p.numbers.size < MAX_DISTINCT) p.numbers.set(v, 1)
    else p.overflow = true
  } else if (k === DATE) {
    p.dateCells++
    if (v < 1) p.timeOnly++
    else if (v !== Math.floor(v)) p.dateTimes++
  } else if (k === ERROR) {
    p.errors++
  }
}
