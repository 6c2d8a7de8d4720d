import { describe, expect, it } from 'vitest'
import { prng } from '../../../src/main/demo/questionnaires/prng'
import { examplesOf } from '../../../src/main/services/survey/import/import-plan'
import { TextList } from '../../../src/main/services/io/sheet/utf8-texts'
import { CellKind, cellText, type ColumnCells } from '../../../src/main/services/io/sheet/types'

// A variable's examples skip cells whose text was seen (a column of 0/1 or option-or-blank cells is
// read to its end): they must be those of reading every cell, on columns of every sort.

/** The examples as every cell gives them (the code before the skip). */
function everyCell(raw: ColumnCells, rows: Int32Array, max = 5): string[] {
  const seen = new Set<string>()
  for (let j = 0; j < rows.length && seen.size < max; j++) {
    const i = rows[j]
    const t = cellText(raw, i) ?? (raw.kind[i] === CellKind.Number ? String(raw.num[i]) : null)
    if (t !== null && t.trim()) seen.add(t.length > 80 ? t.slice(0, 77) + '…' : t)
  }
  return [...seen]
}

const TEXTS = ['Sì', 'No', ' ', '', 'Palestra', '0', '1', 'x'.repeat(90), 'x'.repeat(90) + 'y', 'NaN', '2023-02-12', '\u00a0']

function column(rand: () => number, n: number, sorts: number): ColumnCells {
  const strings: (string | null)[] = [null]
  // Some texts under two codes (codes are not guaranteed distinct).
  const codeOf = TEXTS.map((t) => [strings.push(t) - 1, strings.push(t) - 1])
  const kind = new Uint8Array(n)
  const codes = new Uint32Array(n)
  const num = new Float64Array(n).fill(NaN)
  for (let r = 0; r < n; r++) {
    const x = Math.floor(rand() * sorts)
    if (x === 0) continue
    if (x === 1) {
      kind[r] = CellKind.Number
      num[r] = [0, 1, -0, NaN, 1, 44970][Math.floor(rand() * 6)]
    } else if (x === 2) {
      kind[r] = CellKind.Text
      const k = Math.floor(rand() * Math.min(TEXTS.length, 3 + sorts))
      codes[r] = codeOf[k][Math.floor(rand() * 2)]
    } else if (x === 3) {
      kind[r] = CellKind.Date
      num[r] = [44970, 44970.5, 0.25, 1][Math.floor(rand() * 4)]
    } else if (x === 4) {
      kind[r] = CellKind.Number
      num[r] = 1
      codes[r] = codeOf[6][0]
    } else {
      kind[r] = [CellKind.Boolean, CellKind.Error][x % 2]
      num[r] = 1
    }
  }
  return { kind, codes, strings: TextList.of(strings), num }
}

describe('a variable’s examples', () => {
  it('are those of reading every cell, on sparse, few-valued and mixed columns', () => {
    const rand = prng(5).next
    let short = 0
    for (let round = 0; round < 60; round++) {
      const n = 50 + Math.floor(rand() * 3000)
      const c = column(rand, n, 1 + (round % 7))
      const all = Int32Array.from({ length: n }, (_, i) => i)
      const some = all.filter((i) => i % 3 !== 1)
      for (const rows of [all, some]) {
        const got = examplesOf(c, rows)
        expect(got).toEqual(everyCell(c, rows))
        if (got.length < 5) short++
      }
    }
    expect(short).toBeGreaterThan(20)
  })
})
