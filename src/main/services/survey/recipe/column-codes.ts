import type { CleanValue } from '../frame'

/**
 * A dictionary view of a variable's values: `values[r]` equals `dict[codes[r]]` for every row, code 0
 * is null, and equal values share one code. Questionnaire answers repeat, so a step that works per
 * distinct value (recode, normalise, missing codes, categories, encoding) touches each answer once and
 * each cell only as an array index. The view is dropped by anything that writes values without
 * keeping it (see `WorkVar.codes`).
 */
export interface ColumnCodes {
  codes: Uint8Array | Uint16Array | Uint32Array
  dict: CleanValue[]
}

/** Equal clean values: the same scalar, or lists with the same options in the same order. */
export const sameValue = (a: CleanValue, b: CleanValue): boolean => {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i])
  return false
}

/** Interns values into a dictionary: scalars keyed by themselves, lists by their joined options. */
export class Interner {
  readonly dict: CleanValue[] = [null]
  private readonly scalars = new Map<unknown, number>()
  private readonly lists = new Map<string, number>()

  /** Lists met before, by identity: rows that share one array (an import, a decoded column) skip the join. */
  private readonly seenLists = new Map<readonly string[], number>()

  code(x: CleanValue): number {
    if (x === null) return 0
    if (Array.isArray(x)) {
      let c = this.seenLists.get(x)
      if (c !== undefined) return c
      const key = x.join('\u001f')
      c = this.lists.get(key)
      if (c === undefined) {
        c = this.dict.push(x) - 1
        this.lists.set(key, c)
      }
      if (this.seenLists.size < 10_000) this.seenLists.set(x, c)
      return c
    }
    let c = this.scalars.get(x)
    if (c === undefined) {
      c = this.dict.push(x) - 1
      this.scalars.set(x, c)
    }
    return c
  }
}

export function codeArray(n: number, distinct: number): Uint8Array | Uint16Array | Uint32Array {
  return distinct < 256 ? new Uint8Array(n) : distinct < 65536 ? new Uint16Array(n) : new Uint32Array(n)
}

/** First-pass codes, before the width is known: one buffer for every call (all synchronous). */
let wide = new Uint32Array(0)

/** The dictionary view of a value array (one Map lookup per cell: done once, then reused). */
export function buildCodes(values: readonly CleanValue[]): ColumnCodes {
  const interner = new Interner()
  const n = values.length
  if (wide.length < n) wide = new Uint32Array(n)
  for (let r = 0; r < n; r++) wide[r] = interner.code(values[r])
  const dict = interner.dict
  const codes = codeArray(n, dict.length)
  codes.set(wide.subarray(0, n))
  return { codes, dict }
}

/**
 * Checks the view against the values (tests turn this on after every step): a stale view would
 * silently give wrong counts and categories.
 */
export function codesMatch(values: readonly CleanValue[], c: ColumnCodes): string | null {
  if (c.codes.length !== values.length) return `codes cover ${c.codes.length} rows, values ${values.length}`
  if (c.dict[0] !== null) return 'code 0 is not null'
  const interner = new Interner()
  for (let k = 1; k < c.dict.length; k++)
    if (interner.code(c.dict[k]) !== k) return `dictionary entry ${k} repeats an earlier one`
  for (let r = 0; r < values.length; r++)
    if (!sameValue(values[r], c.dict[c.codes[r]])) return `row ${r}: value ${JSON.stringify(values[r])}, code says ${JSON.stringify(c.dict[c.codes[r]])}`
  return null
}
