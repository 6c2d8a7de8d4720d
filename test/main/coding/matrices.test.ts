import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addCaseSegment, createCase } from '../../../src/main/services/coding/cases'
import { codeMatrix, cooccurrence, cooccurrenceCell, matrixCell } from '../../../src/main/services/coding/matrices'
import { tempProject, type TempProject } from '../transcripts/support/project'
import { codeQuote, count, seedSmall, TEXT_A, TEXT_B, type Small } from './fixture'

let t: TempProject
let s: Small
beforeEach(async () => {
  t = await tempProject('Giulia')
  s = seedSmall(t.ctx)
  const { a, b } = s.sources
  const { giulia, marco } = s.coders
  codeQuote(t.ctx, a, TEXT_A, 'Lo smart working ci ha cambiato la vita.', s.codes.swBenefits, giulia)
  codeQuote(t.ctx, a, TEXT_A, 'Lo smart working ci ha cambiato la vita.', s.codes.swBenefits, marco)
  codeQuote(t.ctx, a, TEXT_A, 'cambiato la vita', s.codes.cw, giulia)
  codeQuote(t.ctx, a, TEXT_A, 'Il coworking è stato utile', s.codes.cw, giulia)
  codeQuote(t.ctx, b, TEXT_B, 'Lo smart working invece no.', s.codes.swLimits, marco)
  codeQuote(t.ctx, b, TEXT_B, 'smart working', s.codes.welfare, giulia)
})
afterEach(() => t.close())

describe('matrices', () => {
  it('counts codings of each code per source, matching the codings table', () => {
    const m = codeMatrix(t.ctx, { rows: 'sources' })
    expect(m.rows.map((r) => r.name)).toEqual(['Intervista A', 'Intervista B'])
    expect(m.columns.map((c) => c.path)).toEqual(['Smart working', 'Smart working > Benefici', 'Smart working > Limiti', 'Coworking', 'Welfare'])
    expect(m.counts).toEqual([
      [0, 2, 0, 2, 0],
      [0, 0, 1, 0, 1]
    ])
    m.rows.forEach((r, i) =>
      m.columns.forEach((c, j) =>
        expect(m.counts[i][j]).toBe(count(t.ctx, 'SELECT COUNT(*) n FROM codings WHERE source_id = ? AND code_id = ?', r.id, c.id))
      )
    )
    expect(m.columnPresence).toEqual([0, 1, 1, 1, 1])
    expect(m.rowTotals).toEqual([4, 2])
    const agg = codeMatrix(t.ctx, { rows: 'sources', aggregate: true })
    expect(agg.counts.map((r) => r[0])).toEqual([2, 1])
  })

  it('counts per case, including case segments once, and reports codings without a case', () => {
    const carla = createCase(t.ctx, { name: 'Carla' })
    const start = TEXT_B.indexOf('R: Bene.')
    addCaseSegment(t.ctx, { caseId: carla, sourceId: s.sources.b, start, end: TEXT_B.indexOf('\n', start) })
    addCaseSegment(t.ctx, { caseId: carla, sourceId: s.sources.b, start: start + 3, end: TEXT_B.indexOf('\n', start) })
    t.project.sqlite.prepare('UPDATE sources SET case_id = NULL WHERE id = ?').run(s.sources.a)
    const m = codeMatrix(t.ctx, { rows: 'cases', filter: { coderIds: [s.coders.giulia, s.coders.marco] } })
    expect(m.rows.map((r) => r.name)).toEqual(['Anna', 'Bruno', 'Carla'])
    expect(m.counts).toEqual([
      [0, 0, 0, 0, 0],
      [0, 0, 1, 0, 1],
      [0, 0, 1, 0, 1]
    ])
    expect(m.unassigned).toEqual([0, 2, 0, 2, 0])
    const cell = matrixCell(t.ctx, { rows: 'cases', rowId: carla, codeId: s.codes.welfare })
    expect(cell.segments.map((x) => x.text)).toEqual(['smart working'])
  })

  it('filters the matrix by coder', () => {
    const m = codeMatrix(t.ctx, { rows: 'sources', filter: { coderIds: [s.coders.marco] } })
    expect(m.counts).toEqual([
      [0, 1, 0, 0, 0],
      [0, 0, 1, 0, 0]
    ])
  })

  it('drills down from a cell to exactly its segments', () => {
    const m = codeMatrix(t.ctx, { rows: 'sources' })
    m.rows.forEach((r, i) =>
      m.columns.forEach((c, j) => expect(matrixCell(t.ctx, { rows: 'sources', rowId: r.id, codeId: c.id }).total).toBe(m.counts[i][j]))
    )
  })

  it('counts overlapping pairs as co-occurrence, with drill-down', () => {
    const co = cooccurrence(t.ctx)
    const at = (a: string, b: string): number => co.counts[co.codes.findIndex((c) => c.id === a)][co.codes.findIndex((c) => c.id === b)]
    expect(at(s.codes.swBenefits, s.codes.cw)).toBe(2)
    expect(at(s.codes.cw, s.codes.swBenefits)).toBe(2)
    expect(at(s.codes.swLimits, s.codes.welfare)).toBe(1)
    expect(at(s.codes.swBenefits, s.codes.swBenefits)).toBe(2)
    expect(at(s.codes.cw, s.codes.welfare)).toBe(0)
    // Pairs lie within one source: per-source counts add up to the whole, and all coders give the whole.
    const ids = (sql: string): string[] => (t.project.sqlite.prepare(sql).all() as { id: string }[]).map((r) => r.id)
    const sum = co.counts.map((row) => row.map(() => 0))
    for (const source of ids('SELECT DISTINCT source_id id FROM codings'))
      cooccurrence(t.ctx, { filter: { sourceIds: [source] } }).counts.forEach((row, i) => row.forEach((n, j) => (sum[i][j] += n)))
    expect(sum).toEqual(co.counts)
    expect(cooccurrence(t.ctx, { filter: { coderIds: ids('SELECT DISTINCT coder_id id FROM codings') } }).counts).toEqual(co.counts)
    expect(cooccurrence(t.ctx, { filter: { coderIds: ['nobody'] } }).counts.flat().every((n) => n === 0)).toBe(true)
    const cell = cooccurrenceCell(t.ctx, { codeA: s.codes.swBenefits, codeB: s.codes.cw })
    expect(cell.segments.map((x) => x.text).sort()).toEqual(['Lo smart working ci ha cambiato la vita.', 'Lo smart working ci ha cambiato la vita.', 'cambiato la vita'].sort())
  })
})
