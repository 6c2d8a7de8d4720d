import { describe, expect, it } from 'vitest'
import { profileColumn } from '../../../src/main/services/survey/infer/column-profile'
import { GridBuilder } from '../../../src/main/services/io/sheet/grid-builder'
import { CellKind, cellText, columnTexts } from '../../../src/main/services/io/sheet/types'

describe('grid text codes', () => {
  it('narrows each column to its own texts, 16-bit while they fit', () => {
    const g = new GridBuilder('s')
    g.useSharedStrings(['a', 'b', 'c'])
    g.setCode(0, 0, CellKind.Text, 3, NaN)
    g.setCode(1, 0, CellKind.Text, 1, NaN)
    g.setCode(2, 0, CellKind.Text, 3, NaN)
    g.set(3, 0, CellKind.Text, 'extra', NaN)
    g.setCode(0, 1, CellKind.Number, 0, 42)
    g.setCode(1, 1, CellKind.Date, 0, 44927.5)
    const grid = g.finish()
    const [a, b] = grid.columns
    expect(a.codes).toBeInstanceOf(Uint16Array)
    expect(a.strings.toArray()).toEqual([null, 'c', 'a', 'extra'])
    expect(columnTexts(a)).toEqual(['c', 'a', 'c', 'extra'])
    // Numbers and dates without a code read as their value's own text.
    expect(cellText(b, 0)).toBe('42')
    expect(cellText(b, 1)).toBe('2023-01-01T12:00:00')
    expect(columnTexts(b)).toEqual(['42', '2023-01-01T12:00:00', null, null])
  })

  it('keeps 32-bit codes for a column of more than 65,535 distinct texts', () => {
    const g = new GridBuilder('s')
    const n = 70_000
    for (let r = 0; r < n; r++) g.set(r, 0, CellKind.Text, `t${r}`, NaN)
    const c = g.finish().columns[0]
    expect(c.codes).toBeInstanceOf(Uint32Array)
    expect(cellText(c, 0)).toBe('t0')
    expect(cellText(c, n - 1)).toBe(`t${n - 1}`)
  })

  it('profiles a coded column as it profiles the same texts in an array', () => {
    const g = new GridBuilder('s')
    // Two codes for one text (shared string and an added copy), a blank, a boolean, numbers.
    g.useSharedStrings(['Sì', ' ', 'No'])
    const cells: [CellKind, number, number][] = [
      [CellKind.Text, 3, NaN], [CellKind.Text, 1, NaN], [CellKind.Text, 2, NaN], [CellKind.Number, 0, 7],
      [CellKind.Text, 1, NaN], [CellKind.Empty, 0, NaN], [CellKind.Text, 3, NaN]
    ]
    cells.forEach(([k, code, num], r) => g.setCode(r, 0, k, code, num))
    g.set(7, 0, CellKind.Text, 'Sì', NaN)
    g.set(8, 0, CellKind.Boolean, 'TRUE', 1)
    const c = g.finish().columns[0]
    const coded = profileColumn(c)
    const plain = profileColumn({ kind: c.kind, text: columnTexts(c), num: c.num })
    expect([...coded.texts]).toEqual([['No', 2], ['Sì', 3], ['TRUE', 1]])
    expect(coded).toEqual(plain)
  })

  it('counts numbers in the same order and under the same cap as the array profile', () => {
    const g = new GridBuilder('s')
    g.useSharedStrings([])
    const values = [3, 1.5, 0, -0, 7, 4095, 4096, -2, 3, 1.5, 1e9, 0, 7]
    // Past the distinct-values cap: 25,000 more values, small whole numbers and others interleaved.
    for (let i = 0; i < 25_000; i++) values.push(i % 2 ? i : i + 0.25)
    values.push(5000, 3, 2)
    values.forEach((v, r) => g.setCode(r, 0, CellKind.Number, 0, v))
    const c = g.finish().columns[0]
    const coded = profileColumn(c)
    const plain = profileColumn({ kind: c.kind, text: columnTexts(c), num: c.num })
    expect([...coded.numbers]).toEqual([...plain.numbers])
    expect(coded.overflow).toBe(true)
    expect(coded.numberCount).toBe(plain.numberCount)
    expect(coded.numbers.get(3)).toBe(4)
  })
})
