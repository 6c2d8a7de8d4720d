import type { RawColumn } from './model'
import { decodeRaw, encodeRaw } from './codec'
import { rawColumnsOf, type PlannedVariable } from './import-plan'
import type { ReadQuestionnaire } from './read-file'
import type { PartData } from './recipe/engine'

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

const releasedColumn = (): RawColumn => ({ kind: new Uint8Array(0), text: [], num: new Float64Array(0) })

/** A variable's cells over the data rows, read in place from the sheet's columns (no copy). */
function gridColumnsOf(q: ReadQuestionnaire, v: PlannedVariable): RawColumn[] {
  const rows = q.plan.dataRows
  const n = rows.length
  if (n === 0 || rows[n - 1] - rows[0] !== n - 1) return rawColumnsOf(q.grid, v, rows)
  const from = rows[0]
  return v.sources.map(({ col }) => {
    const c = q.grid.columns[col]
    return { kind: c.kind.subarray(from, from + n), text: c.text, textFrom: from, num: c.num.subarray(from, from + n) }
  })
}

/**
 * Raw columns read straight from the sheet by an import that converts each variable as soon as its
 * raw cells are stored: the first read of a variable encodes and stores its cells, and each sheet
 * column is let go of after its last variable. Reads come once per variable, in plan order; the
 * cells are those the stored blob decodes to (number texts aside, which conversion does not need).
 */
export function gridReader(q: ReadQuestionnaire, store: (variableId: string, data: Buffer) => void, done: Set<string>): PartData['raw'] {
  const byId = new Map(q.plan.variables.map((v) => [v.id, v]))
  const lastUse = new Map<number, string>()
  for (const v of q.plan.variables) for (const s of v.sources) lastUse.set(s.col, v.id)
  return (id) => {
    const v = byId.get(id)
    if (!v) return null
    if (done.has(id)) throw new Error(`import: the raw cells of variable ${v.name} were read twice`)
    store(id, encodeRawOf(q, v))
    done.add(id)
    const cols = gridColumnsOf(q, v)
    for (const s of v.sources) if (lastUse.get(s.col) === id) q.grid.columns[s.col] = releasedColumn()
    return cols
  }
}

/** A variable's raw cells, read in place when the data rows are one run (the usual case). */
export function encodeRawOf(q: ReadQuestionnaire, v: PlannedVariable): Buffer {
  const rows = q.plan.dataRows
  const n = rows.length
  if (n > 0 && rows[n - 1] - rows[0] === n - 1)
    return encodeRaw(v.sources.map((s) => q.grid.columns[s.col]), { from: rows[0], count: n })
  return encodeRaw(rawColumnsOf(q.grid, v, rows))
}
