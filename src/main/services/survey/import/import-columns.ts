import type { RawColumn } from '../model'
import { columnTexts, type ColumnCells } from '../../io/sheet'
import { releaseBuffer } from '../../io/sheet/grid-builder'
import { TextList } from '../../io/sheet/utf8-texts'
import { decodeRaw, encodeRaw, encodeRawCoded, type CodedRawColumn } from '../storage/codec'
import { rawColumnsOf, type PlannedVariable } from './import-plan'
import { convertsCoded } from '../clean/base-values'
import type { ReadQuestionnaire } from './read-file'
import type { PartData } from '../recipe/engine'

// How an import reads a variable's raw cells: from their encoded blobs, or in place from the sheet.

/**
 * Raw columns from the encoded cells, not the grid. Built outside preparePart on purpose: a closure
 * created there would share its scope, which holds the read file, and keep the whole sheet alive.
 */
export function rawReader(blobs: { get(id: string): Buffer | undefined }): PartData['raw'] {
  return (id) => {
    const b = blobs.get(id)
    return b ? decodeRaw(b, { numberTexts: false }) : null
  }
}

/** What a sheet column is replaced with once the import no longer needs it. */
export const releasedCells = (): ColumnCells => ({ kind: new Uint8Array(0), codes: new Uint16Array(0), strings: TextList.empty, num: new Float64Array(0) })

/** The texts of a variable's source columns, decoded once (index = code; see ColumnCells.strings). */
const decodedTexts = (q: ReadQuestionnaire, v: PlannedVariable): (string | null)[][] => v.sources.map(({ col }) => q.grid.columns[col].strings.toArray())

/**
 * A variable's cells over the data rows: kinds and numbers read in place from the sheet's columns,
 * texts written out from the sheet's codes (`texts`: decodedTexts), into `scratch` arrays when given
 * (one per source column, reused from one call to the next) or new ones. With `texts`, the columns
 * also carry the codes; for a variable convertCoded converts (convertsCoded) the texts are then left
 * to them, not written out per row (`text` empty; convertRaw writes them out if it gets the column).
 */
function gridColumnsOf(q: ReadQuestionnaire, v: PlannedVariable, scratch?: (string | null)[][], texts?: (string | null)[][]): RawColumn[] {
  const rows = q.plan.dataRows
  const n = rows.length
  if (n === 0 || rows[n - 1] - rows[0] !== n - 1) return rawColumnsOf(q.grid, v, rows)
  const from = rows[0]
  return v.sources.map(({ col }, k) => {
    const c = q.grid.columns[col]
    let text: (string | null)[]
    let coded: RawColumn['coded']
    if (scratch && texts && convertsCoded(v)) {
      coded = { codes: c.codes, strings: texts[k], from }
      text = []
    } else if (scratch && texts) {
      coded = { codes: c.codes, strings: texts[k], from }
      text = scratch[k] ??= new Array<string | null>(n)
      const { codes } = c
      const strings = texts[k]
      // A number's or a date's own text is left out: conversion reads their values (and words one
      // from its value when it needs its text, see cellDisplay), so 100,000 date cells make no strings.
      for (let i = 0; i < n; i++) {
        const code = codes[from + i]
        text[i] = code !== 0 ? (strings[code] ?? null) : null
      }
    } else text = columnTexts(c, from, n)
    return { kind: c.kind.subarray(from, from + n), text, num: c.num.subarray(from, from + n), ...(coded ? { coded } : {}) }
  })
}

/**
 * A variable's cells in place in the sheet, texts as the sheet's codes (null when its rows are not
 * contiguous); `texts`: the columns' texts when already decoded (decodedTexts).
 */
export function codedColumnsOf(q: ReadQuestionnaire, v: PlannedVariable, texts = decodedTexts(q, v)): CodedRawColumn[] | null {
  const rows = q.plan.dataRows
  const n = rows.length
  if (n === 0 || rows[n - 1] - rows[0] !== n - 1) return null
  const from = rows[0]
  return v.sources.map(({ col }, k) => {
    const c = q.grid.columns[col]
    return { kind: c.kind.subarray(from, from + n), num: c.num.subarray(from, from + n), codes: c.codes, strings: texts[k], from }
  })
}

/**
 * Raw columns read straight from the sheet by an import that converts each variable as soon as its
 * raw cells are stored: the first read of a variable encodes and stores its cells, and each sheet
 * column is let go of after its last variable. Reads come once per variable, in plan order; the
 * cells are those the stored blob decodes to (number texts aside, which conversion does not need).
 * The columns a read returns are valid until the next read: their texts are written into arrays
 * reused by every read (a new 100k-slot array per variable only makes garbage), and the sheet
 * columns they view are freed at the next read once no variable needs them.
 */
export function gridReader(q: ReadQuestionnaire, store: (variableId: string, data: Buffer) => void, done: Set<string>): PartData['raw'] {
  const byId = new Map(q.plan.variables.map((v) => [v.id, v]))
  const lastUse = new Map<number, string>()
  for (const v of q.plan.variables) for (const s of v.sources) lastUse.set(s.col, v.id)
  const scratch: (string | null)[][] = []
  // Scratch arrays the reads from each variable on need (gridColumnsOf writes texts out only for a
  // variable convertCoded does not convert): a set of 8 option columns leaves 8 arrays of 100,000
  // slots that no later single-column variable uses, dropped at the next read (issue 12: 6 MB).
  const index = new Map(q.plan.variables.map((v, i) => [v.id, i]))
  const needed = new Array<number>(q.plan.variables.length + 1).fill(0)
  for (let i = q.plan.variables.length - 1; i >= 0; i--) {
    const v = q.plan.variables[i]
    needed[i] = Math.max(needed[i + 1], convertsCoded(v) ? 0 : v.sources.length)
  }
  // Sheet columns share some buffers (an all-NaN one, say): each is freed when no column uses it.
  const users = new Map<ArrayBufferLike, number>()
  const buffersOf = (c: ColumnCells): ArrayBufferLike[] => [...new Set([c.kind.buffer, c.codes.buffer, c.num.buffer])]
  for (const c of q.grid.columns) for (const b of buffersOf(c)) users.set(b, (users.get(b) ?? 0) + 1)
  let unused: ArrayBufferLike[] = []
  return (id) => {
    const v = byId.get(id)
    if (!v) return null
    if (done.has(id)) throw new Error(`import: the raw cells of variable ${v.name} were read twice`)
    // The previous read's columns are no longer in use (see above): their memory goes back now.
    for (const b of unused) releaseBuffer(b)
    unused = []
    const keep = needed[index.get(id)!]
    if (scratch.length > keep) scratch.length = keep
    // `store` writes the blob at once: a view of the encoder's buffer, no copy per column.
    // Each source column's texts are decoded once, for the blob and the conversion alike.
    const texts = decodedTexts(q, v)
    const coded = codedColumnsOf(q, v, texts)
    const cols = gridColumnsOf(q, v, scratch, texts)
    store(id, coded ? encodeRawCoded(coded, { view: true }) : encodeRaw(cols, undefined, { view: true }))
    done.add(id)
    for (const s of v.sources) {
      if (lastUse.get(s.col) !== id) continue
      for (const b of buffersOf(q.grid.columns[s.col])) {
        const n = (users.get(b) ?? 1) - 1
        users.set(b, n)
        if (n === 0) unused.push(b)
      }
      // The texts are decoded above (`texts`): their UTF-8 goes back at once.
      q.grid.columns[s.col].strings.detach()
      q.grid.columns[s.col] = releasedCells()
    }
    return cols
  }
}

/** A variable's raw cells over the data rows, encoded. */
export function encodeRawOf(q: ReadQuestionnaire, v: PlannedVariable): Buffer {
  return encodeRaw(gridColumnsOf(q, v))
}
