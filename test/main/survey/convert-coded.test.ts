import { describe, expect, it } from 'vitest'
import { prng } from '../../../src/main/demo/questionnaires/prng'
import { convertCoded, convertRaw, convertsCoded } from '../../../src/main/services/survey/clean/base-values'
import { buildCodes } from '../../../src/main/services/survey/recipe/column-codes'
import type { CleanValue } from '../../../src/main/services/survey/frame'
import { CELL_BOOLEAN, CELL_DATE, CELL_EMPTY, CELL_ERROR, CELL_NUMBER, CELL_TEXT, type BaseVariable, type RawColumn, type SourceColumn } from '../../../src/main/services/survey/model'

// convertCoded (once per distinct text, from a sheet's codes) must give convertRaw's values (once per
// cell) and, for categories, buildCodes' dictionary view of them, on data it was not shaped for.

// Answers of every sort a column may mix: labels in several spellings, blanks, missing codes, numbers
// and dates as text, yes/no variants, identifiers, hostile texts (control characters, a lone surrogate,
// JSON and separators, very long).
const TEXTS = [
  "Molto d'accordo",
  'molto  d’accordo ',
  "Per niente d'accordo",
  'Abbastanza',
  'Non so',
  'Preferisco non rispondere',
  'N/A',
  '-99',
  '',
  '   ',
  '\u00a0',
  'Sì',
  'si',
  'SI ',
  'No',
  'no',
  '3',
  '3,5',
  '1.200',
  '45%',
  '0.45',
  '12/02/2023 19.07.17',
  '2023-02-12',
  '2023-02-12T19:07:17',
  '31/12/1999',
  '02/13/2023',
  'ieri',
  '01234567890',
  'IT01234567890',
  'RSSMRA80A01F205X',
  'laura.mariani@esempio.it',
  '#N/A',
  'TRUE',
  'x\u0000y\u001f',
  '\ud800 alone',
  '"quoted" \\ back',
  'a, b; c',
  'x'.repeat(5000),
  'Municipio 5',
  'Trasporti / navetta'
]

function variable(type: BaseVariable['type'], extra: Partial<BaseVariable> = {}): BaseVariable {
  return { id: 'v', name: 'v', label: null, group: null, type, role: 'question', valueLabels: [], scale: null, missingCodes: [], columns: ['v'], ...extra }
}

const VARIABLES: BaseVariable[] = [
  variable('text'),
  variable('metadata'),
  variable('id'),
  variable('id', { identifier: 'vat' }),
  variable('date', { dateOrder: 'dmy' }),
  variable('datetime', { dateOrder: 'dmy' }),
  variable('datetime', { dateOrder: 'mdy' }),
  variable('nominal'),
  variable('nominal', { scale: 'yesno', valueLabels: ['Sì', 'No'].map((l) => ({ value: l, label: l })) }),
  variable('ordinal', {
    scale: 'intensity',
    valueLabels: ["Per niente d'accordo", 'Abbastanza', "Molto d'accordo"].map((l, i) => ({ value: l, label: l, score: i + 1 })),
    missingCodes: ['N/A', -99]
  }),
  variable('ordinal', { scale: 'numeric', valueLabels: [1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) })), decimal: ',' }),
  variable('numeric', { decimal: ',' }),
  variable('multi', { options: ['a', 'b', 'c'], separator: ', ' })
]

const SOURCES: SourceColumn[] = [{ col: 0, header: 'v', group: null, role: 'value' }]

/**
 * A sheet column read in place: `from` rows before the data, texts as codes into a table in which
 * some texts appear twice (codes are not guaranteed distinct) and some codes are never used.
 */
function column(rand: () => number, n: number, kinds: number[]): RawColumn {
  const strings: (string | null)[] = [null]
  const codeOf = new Map<string, number[]>()
  const codeFor = (t: string): number => {
    let list = codeOf.get(t)
    if (!list) codeOf.set(t, (list = []))
    if (list.length === 0 || (list.length < 2 && rand() < 0.1)) {
      if (rand() < 0.05) strings.push('never used')
      list.push(strings.push(t) - 1)
    }
    return list[Math.floor(rand() * list.length)]
  }
  const from = 3
  const codes = new Uint32Array(from + n)
  const kind = new Uint8Array(n)
  const num = new Float64Array(n).fill(NaN)
  for (let r = 0; r < n; r++) {
    const k = kinds[Math.floor(rand() * kinds.length)]
    kind[r] = k
    if (k === CELL_TEXT) {
      // Unique texts too (timestamps, comments): beyond the caches' limits of convertRaw.
      const t = rand() < 0.3 ? `${TEXTS[Math.floor(rand() * TEXTS.length)]} ${Math.floor(rand() * 3000)}` : TEXTS[Math.floor(rand() * TEXTS.length)]
      codes[from + r] = codeFor(t)
    } else if (k === CELL_NUMBER) {
      num[r] = [0, -0, 1, 3, 5, -99, 0.45, 12.5, 45, 44970.5, 1234567890, NaN][Math.floor(rand() * 12)]
      if (rand() < 0.3) codes[from + r] = codeFor(rand() < 0.5 ? String(num[r]) : `${num[r]}.0`)
    } else if (k === CELL_DATE) num[r] = [0.25, 1, 44970, 44970.75, 2958466, -3][Math.floor(rand() * 6)]
    else if (k === CELL_BOOLEAN) {
      num[r] = rand() < 0.5 ? 1 : 0
      if (rand() < 0.5) codes[from + r] = codeFor(num[r] ? 'TRUE' : 'FALSE')
    } else if (k === CELL_ERROR) codes[from + r] = codeFor('#N/A')
  }
  const text = Array.from({ length: n }, (_, r) => (codes[from + r] !== 0 ? strings[codes[from + r]] : null))
  return { kind, text, num, coded: { codes, strings, from } }
}

const same = (a: CleanValue[], b: CleanValue[]): void => {
  expect(a.length).toBe(b.length)
  for (let r = 0; r < a.length; r++) if (!Object.is(a[r], b[r]) && JSON.stringify(a[r]) !== JSON.stringify(b[r])) expect([r, a[r]]).toEqual([r, b[r]])
}

describe('conversion once per distinct text (convertCoded)', () => {
  it('gives convertRaw’s values and buildCodes’ view on mixed and hostile columns', () => {
    const rand = prng(7).next
    let converted = 0
    let categories = 0
    for (let round = 0; round < 12; round++) {
      // Most rounds hold text, number and date cells only (convertCoded applies); some add booleans
      // and errors with a text, which it must turn down.
      const kinds = round % 4 === 3 ? [CELL_TEXT, CELL_NUMBER, CELL_BOOLEAN, CELL_ERROR, CELL_EMPTY] : [CELL_TEXT, CELL_TEXT, CELL_TEXT, CELL_NUMBER, CELL_DATE, CELL_EMPTY]
      const col = column(rand, 1500 + Math.floor(rand() * 3000), kinds)
      for (const v of VARIABLES) {
        const slow = convertRaw(v, SOURCES, [{ kind: col.kind, text: col.text, num: col.num }], [], true)
        const out: CleanValue[] = ['stale', 1, null]
        const fast = convertCoded(v, SOURCES, [col], out)
        const applies = convertsCoded({ type: v.type, sources: SOURCES }) && round % 4 !== 3
        expect(fast !== null, `${v.type} round ${round}`).toBe(applies)
        if (!fast) continue
        converted++
        same(out.slice(0, slow.length), slow)
        if (v.type === 'nominal' || v.type === 'ordinal') {
          categories++
          expect(fast.codes).toEqual(buildCodes(slow))
        } else expect(fast.codes).toBeNull()
      }
    }
    expect(converted).toBeGreaterThan(60)
    expect(categories).toBeGreaterThan(30)
  })

  it('convertRaw writes out the texts of a column that left them to its codes', () => {
    const rand = prng(11).next
    const col = column(rand, 2000, [CELL_TEXT, CELL_NUMBER, CELL_BOOLEAN, CELL_ERROR, CELL_EMPTY])
    for (const v of VARIABLES) {
      const full = convertRaw(v, SOURCES, [{ kind: col.kind, text: col.text, num: col.num }], [], false)
      const lazy = convertRaw(v, SOURCES, [{ ...col, text: [] }], [], false)
      same(lazy, full)
    }
  })
})
