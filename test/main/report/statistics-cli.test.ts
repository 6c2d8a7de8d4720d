import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TableModelDto } from '../../../src/shared/ipc/indicators'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

/*
 * Published reference values checked end to end: questionnaires whose answers reproduce each
 * textbook example are imported with `esiti survey import`, tabulated with `esiti tables add`, and
 * read back from `esiti tables list --ci --tests --json`. The formulas are unit-tested against the
 * same values in inference-reference.test.ts.
 *
 * - Wilson interval: Newcombe (1998), Statistics in Medicine 17:857–872, Table I, method 3.
 * - Two-proportion (column-proportion) test: Illowsky & Dean, Introductory Statistics (OpenStax),
 *   §10.4, "hives" example: 20/200 vs 12/200, two-sided p = 0.1404 (the 2 × 2 chi-square is z²).
 * - k-proportion chi-square: Fleiss (1981) smokers data as in R's prop.test example:
 *   X² = 12.6, df = 3, p = 0.005585.
 */

type Cell = { value: number | null; n: number | null; ci?: [number, number] | null; sig?: string[]; format: string }
type Table = Omit<TableModelDto, 'rows'> & { rows: { label: string; cells: Cell[]; isBase?: boolean }[] }

const tmp = tempDir('esiti-stats-cli-')
const project = path.join(tmp.dir, 'stats.esiti')
let tables: Table[]
let plain: Table[]

/** A CSV of `group;answer` rows: for each group, `yes` answers "Sì" out of `n`. */
function csv(file: string, header: [string, string], groups: [string, number, number][]): string {
  const lines = [header.join(';')]
  for (const [g, yes, n] of groups) for (let i = 0; i < n; i++) lines.push(`${g};${i < yes ? 'Sì' : 'No'}`)
  const p = path.join(tmp.dir, file)
  fs.writeFileSync(p, lines.join('\n') + '\n')
  return p
}

async function ok(...argv: string[]) {
  const r = await cli(...argv)
  expect(r.stderr, argv.join(' ')).toBe('')
  expect(r.code).toBe(0)
  return r
}

const byTitle = (list: Table[], title: string): Table => list.find((t) => t.title === title)!
const row = (t: Table, label: string) => t.rows.find((r) => r.label === label)!

beforeAll(async () => {
  await ok('new', project, '--json')
  const newcombe = csv('newcombe.csv', ['Campione', 'Esito'], [['i', 81, 263], ['ii', 15, 148], ['iii', 0, 20], ['iv', 1, 29]])
  const hives = csv('orticaria.csv', ['Farmaco', 'Orticaria'], [['A', 20, 200], ['B', 12, 200]])
  const fleiss = csv('fleiss.csv', ['Campione', 'Fumatore'], [['1', 83, 86], ['2', 90, 93], ['3', 129, 136], ['4', 70, 82]])
  await ok('survey', 'import', project, newcombe, '--dataset', 'Newcombe', '--json')
  await ok('survey', 'import', project, hives, '--dataset', 'Orticaria', '--json')
  await ok('survey', 'import', project, fleiss, '--dataset', 'Fleiss', '--json')
  const defs = path.join(tmp.dir, 'tables.json')
  fs.writeFileSync(
    defs,
    JSON.stringify([
      { title: 'Newcombe', spec: { rows: 'categories', dataset: 'Newcombe', variable: 'esito', by: 'campione' } },
      { title: 'Orticaria', spec: { rows: 'categories', dataset: 'Orticaria', variable: 'orticaria', by: 'farmaco' } },
      { title: 'Fleiss', spec: { rows: 'categories', dataset: 'Fleiss', variable: 'fumatore', by: 'campione' } }
    ])
  )
  await ok('tables', 'add', project, defs, '--json')
  tables = (await ok('tables', 'list', project, '--ci', '--tests', '--json')).json.tables
  plain = (await ok('tables', 'list', project, '--json')).json.tables
}, 120_000)
afterAll(() => tmp.cleanup())

describe('report statistics through the CLI, against published values', () => {
  it('gives every cell its base n, and intervals and letters only when asked', () => {
    for (const t of plain)
      for (const r of t.rows)
        for (const c of r.cells) {
          expect(c).toHaveProperty('n')
          expect(c).not.toHaveProperty('ci')
          expect(c).not.toHaveProperty('sig')
        }
    const t = byTitle(tables, 'Newcombe')
    for (const c of row(t, 'Sì').cells) {
      expect(c).toHaveProperty('ci')
      expect(c).toHaveProperty('sig')
    }
  })

  it('reproduces the Wilson intervals of Newcombe (1998), Table I', () => {
    const t = byTitle(tables, 'Newcombe')
    expect(t.header).toEqual(['Esito', 'Totale', 'i', 'ii', 'iii', 'iv'])
    const yes = row(t, 'Sì')
    const expected: [number, number, number][] = [
      [263, 25.53, 36.62],
      [148, 6.24, 16.05],
      [20, 0.0, 16.11],
      [29, 0.61, 17.18]
    ]
    expected.forEach(([n, lo, hi], k) => {
      const c = yes.cells[k + 1]
      expect(c.n).toBe(n)
      expect(c.ci![0]).toBeCloseTo(lo, 2)
      expect(c.ci![1]).toBeCloseTo(hi, 2)
    })
  })

  it('reproduces the two-proportion test of Illowsky & Dean (OpenStax), p = 0.1404, with no letter', () => {
    const t = byTitle(tables, 'Orticaria')
    expect(t.letters).toEqual([null, 'A', 'B'])
    expect(t.chiSquare!.df).toBe(1)
    expect(t.chiSquare!.p).toBeCloseTo(0.1404, 4)
    expect(t.chiSquare!.statistic).toBeCloseTo(1.4744 ** 2, 3)
    for (const r of t.rows.filter((x) => !x.isBase)) for (const c of r.cells) expect(c.sig).toEqual([])
    expect(t.notes.some((n) => n.includes('p = 0,14'))).toBe(true)
  })

  it('reproduces the chi-square of the Fleiss smokers data and marks the one pair that differs after Bonferroni', () => {
    const t = byTitle(tables, 'Fleiss')
    expect(t.chiSquare!.statistic).toBeCloseTo(12.6, 1)
    expect(t.chiSquare!.df).toBe(3)
    expect(t.chiSquare!.p).toBeCloseTo(0.005585, 5)
    // sample 2 (90/93) against sample 4 (70/82): p = 0.0072, × 6 pairs = 0.043 < 0.05
    expect(row(t, 'Sì').cells.map((c) => c.sig)).toEqual([[], [], ['D'], [], []])
    expect(row(t, 'No').cells.map((c) => c.sig)).toEqual([[], [], [], [], ['B']])
  })

  it('hides figures on fewer respondents than --min-base, and flags bases under 30', async () => {
    const r = await ok('tables', 'list', project, '--min-base', '25', '--json')
    const t = byTitle(r.json.tables, 'Newcombe')
    const yes = row(t, 'Sì')
    expect(yes.cells[3]).toMatchObject({ value: null, n: 20, flags: ['suppressed'] })
    expect(yes.cells[4]).toMatchObject({ n: 29, flags: ['lowBase'] })
    expect(yes.cells[4].value).toBeCloseTo(100 / 29, 10)
    expect(t.notes.some((n: string) => n.includes('inferiore a 25 rispondenti'))).toBe(true)
    const bad = await cli('tables', 'list', project, '--min-base', 'dieci', '--json')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/--min-base must be a whole number/)
  })
})
