import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addAttribute, setCaseValues } from '../../../src/main/services/coding/attributes'
import { addCaseSegment, createCase } from '../../../src/main/services/coding/cases'
import { retrieveSegments } from '../../../src/main/services/coding/retrieval'
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

describe('matrix totals and attribute rows', () => {
  /** Codings of a case counted in SQL: its source's, plus those overlapping its case segments, each once. */
  const codingsOfCase = (caseId: string): number =>
    count(
      t.ctx,
      `SELECT COUNT(*) n FROM codings c JOIN sources s ON s.id = c.source_id WHERE s.case_id = ? OR EXISTS (
         SELECT 1 FROM case_segments cs WHERE cs.case_id = ? AND cs.source_id = c.source_id AND cs.start < c."end" AND cs."end" > c.start)`,
      caseId,
      caseId
    )

  it('counts a coding once in a row total with sub-codes aggregated (the issue: 15 shown for 9 codings)', () => {
    // Anna's source has 2 codings of Benefici (a sub-code of Smart working) and 2 of Coworking: 4 codings.
    const flat = codeMatrix(t.ctx, { rows: 'cases' })
    const agg = codeMatrix(t.ctx, { rows: 'cases', aggregate: true })
    const anna = agg.rows.findIndex((r) => r.id === s.cases.anna)
    // The parent column holds the sub-code's codings too: the cells add up to more than there are codings…
    expect(agg.counts[anna].reduce((a, b) => a + b, 0)).toBe(6)
    // …but the total counts each coding once, as without aggregation.
    expect(agg.rowTotals[anna]).toBe(codingsOfCase(s.cases.anna))
    expect(agg.rowTotals).toEqual(flat.rowTotals)
    expect(agg.rowTotals).toEqual(agg.rows.map((r) => codingsOfCase(r.id)))
    const sw = agg.columns.findIndex((c) => c.id === s.codes.sw)
    expect(agg.columnTotals[sw]).toBe(count(t.ctx, 'SELECT COUNT(*) n FROM codings WHERE code_id IN (?, ?, ?)', s.codes.sw, s.codes.swBenefits, s.codes.swLimits))
    expect(agg.grandTotal).toBe(count(t.ctx, 'SELECT COUNT(*) n FROM codings'))
    expect(codeMatrix(t.ctx, { rows: 'sources', aggregate: true }).grandTotal).toBe(agg.grandTotal)
  })

  it('counts a coding in two cases once in its column total', () => {
    const carla = createCase(t.ctx, { name: 'Carla' })
    const start = TEXT_B.indexOf('R: Bene.')
    addCaseSegment(t.ctx, { caseId: carla, sourceId: s.sources.b, start, end: TEXT_B.indexOf('\n', start) })
    const m = codeMatrix(t.ctx, { rows: 'cases' })
    const welfare = m.columns.findIndex((c) => c.id === s.codes.welfare)
    // "smart working" in B is Bruno's (the source's case) and Carla's (her segment): two cells, one coding.
    expect(m.counts.map((r) => r[welfare])).toEqual([0, 1, 1])
    expect(m.columnTotals[welfare]).toBe(1)
    expect(m.grandTotal).toBe(count(t.ctx, 'SELECT COUNT(*) n FROM codings'))
  })

  it('crosses codes with an attribute: cells equal the segments the same attribute filter retrieves', () => {
    const genere = addAttribute(t.ctx, { name: 'genere', type: 'category', choices: ['donna', 'uomo'] })
    const carla = createCase(t.ctx, { name: 'Carla' })
    setCaseValues(t.ctx, [
      { caseId: s.cases.anna, attributeId: genere.id, value: 'donna' },
      { caseId: carla, attributeId: genere.id, value: 'donna' }
    ])
    // Bruno has no value; Carla speaks in B through a case segment.
    const start = TEXT_B.indexOf('R: Bene.')
    addCaseSegment(t.ctx, { caseId: carla, sourceId: s.sources.b, start, end: TEXT_B.indexOf('\n', start) })
    for (const aggregate of [false, true]) {
      const m = codeMatrix(t.ctx, { rows: { attribute: genere.id }, aggregate })
      expect(m.rowKind).toBe('attribute')
      expect(m.rows.map((r) => [r.name, !!r.noValue])).toEqual([
        ['donna', false],
        ['uomo', false],
        ['', true]
      ])
      m.rows.forEach((row, i) =>
        m.columns.forEach((col, j) => {
          const cell = matrixCell(t.ctx, { rows: { attribute: genere.id }, rowId: row.id, codeId: col.id, aggregate })
          expect([row.name, col.name, m.counts[i][j]]).toEqual([row.name, col.name, cell.total])
          if (!row.noValue) {
            const retrieved = retrieveSegments(t.ctx, {
              query: { code: col.id, subcodes: aggregate },
              filter: { attributes: [{ attributeId: genere.id, value: row.id }] }
            })
            expect([row.name, col.name, m.counts[i][j]]).toEqual([row.name, col.name, retrieved.total])
          }
        })
      )
      // "uomo" has no case: an empty row, kept because it is one of the attribute's choices.
      expect(m.counts[1].every((n) => n === 0)).toBe(true)
    }
  })

  it('counts segments (a passage coded twice counts once) and cases', () => {
    const segments = codeMatrix(t.ctx, { rows: 'sources', measure: 'segments' })
    const codings = codeMatrix(t.ctx, { rows: 'sources' })
    const benefici = segments.columns.findIndex((c) => c.id === s.codes.swBenefits)
    // Giulia and Marco coded the same sentence with Benefici: two codings, one segment.
    expect(codings.counts[0][benefici]).toBe(2)
    expect(segments.counts[0][benefici]).toBe(1)
    expect(segments.rowTotals[0]).toBe(count(t.ctx, `SELECT COUNT(*) n FROM (SELECT DISTINCT start, "end" FROM codings WHERE source_id = ?)`, s.sources.a))
    const cases = codeMatrix(t.ctx, { rows: 'cases', measure: 'cases', aggregate: true })
    const sw = cases.columns.findIndex((c) => c.id === s.codes.sw)
    expect(cases.counts.map((r) => r[sw])).toEqual([1, 1])
    expect(cases.columnTotals[sw]).toBe(2)
    expect(cases.grandTotal).toBe(2)
  })
})
