import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile, type ProjectFile } from '../../../src/main/db/project-file'
import { seedCoding } from '../../../src/main/demo/seed-coding'
import { seedIndicators } from '../../../src/main/demo/seed-indicators'
import { seedProgramme } from '../../../src/main/demo/seed-programme'
import { DEMO_DATASETS } from '../../../src/main/demo/questionnaires/variables'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { computeIndicators } from '../../../src/main/services/indicators/compute-indicators'
import { updateIndicator } from '../../../src/main/services/indicators/indicator-service'
import { buildReportModel } from '../../../src/main/services/report/report-model'
import type { IndicatorResultDto } from '../../../src/shared/ipc/indicators'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

const tmp = tempDir('esiti-seed-ind-')
const demoFile = path.join(tmp.dir, 'demo.esiti')
let project: ProjectFile
let ctx: Ctx
let results: IndicatorResultDto[]
let hasEmployees: boolean

/** What must not differ between two seeds: everything but ids and computation times. */
const stable = (rs: IndicatorResultDto[]) =>
  rs.map(({ id: _id, provenance, action, section, meta, ...r }) => ({
    ...r,
    meta: { ...meta, responsibleId: null },
    action: action?.code ?? null,
    section: section?.number ?? null,
    provenance: { ...provenance, computedAt: '', datasetId: null }
  }))

beforeAll(async () => {
  const made = await cli('new', demoFile, '--demo', '--json')
  expect(made.stderr).toBe('')
  expect(made.code).toBe(0)
  project = await openProjectFile(demoFile)
  ctx = makeCtx(project, 'test')
  results = computeIndicators(ctx)
  hasEmployees = !!project.sqlite.prepare('SELECT 1 FROM datasets WHERE name = ? AND deleted_at IS NULL').get(DEMO_DATASETS.employees)
}, 60_000)
afterAll(() => {
  project?.close()
  tmp.cleanup()
})

describe('the demo indicator framework', () => {
  it('defines 15–30 indicators, every one computed without error', () => {
    expect(results.length).toBeGreaterThanOrEqual(15)
    expect(results.length).toBeLessThanOrEqual(30)
    expect(results.filter((r) => r.status !== 'ok').map((r) => `${r.code}: ${r.message}`)).toEqual([])
    for (const r of results) {
      expect(r.value, r.code).not.toBeNull()
      expect(r.n, r.code).toBeGreaterThan(0)
    }
  })

  it('draws on the register, the codings and (when present) the questionnaires', () => {
    const bySource = (s: string) => results.filter((r) => r.source === s)
    expect(bySource('register').length).toBeGreaterThanOrEqual(8)
    expect(bySource('coding').length).toBeGreaterThanOrEqual(4)
    expect(bySource('coding').every((r) => r.kind === 'qualitative')).toBe(true)
    if (hasEmployees) {
      const survey = bySource('survey')
      expect(survey.length).toBeGreaterThanOrEqual(5)
      expect(survey.every((r) => r.kind === 'outcome' && r.provenance.dataset !== null && r.provenance.recipeVersion !== null)).toBe(true)
      const stats = new Set(survey.map((r) => r.provenance.statistic))
      for (const s of ['top2box', 'mean', 'percent', 'multi']) expect(stats, s).toContain(s)
      // multiple response: both denominators, labelled
      const multi = survey.find((r) => r.provenance.statistic === 'multi' && r.seriesLabels?.secondary)!
      expect(multi.series.length).toBeGreaterThan(3)
      expect(multi.series.every((s) => s.secondary !== null && s.secondary! <= s.value!)).toBe(true)
      const bys = new Set(survey.flatMap((r) => r.breakdown.map((b) => b.by)))
      for (const by of ['wave', 'genere', 'municipio']) expect(bys, by).toContain(by)
    }
  })

  it('covers the three actions, the seven SDGs and every report section', () => {
    expect(new Set(results.map((r) => r.action?.code).filter(Boolean))).toEqual(new Set(['SW', 'CW', 'CWF']))
    expect([...new Set(results.flatMap((r) => r.sdg))].sort((a, b) => a - b)).toEqual([3, 4, 5, 8, 9, 11, 13])
    expect(results.every((r) => r.sdgTargets.length > 0)).toBe(true)
    expect([...new Set(results.map((r) => r.section?.number))].sort()).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('gives quantitative indicators a baseline and a target and compares them', () => {
    for (const r of results.filter((x) => x.source !== 'coding')) {
      expect(r.target, r.code).not.toBeNull()
      expect(r.baseline, r.code).not.toBeNull()
      expect(r.achievement, r.code).not.toBe('none')
    }
    // the register's known figures
    const byCode = new Map(results.map((r) => [r.code, r]))
    expect(byCode.get('C.1')!.value).toBe(26)
    expect(byCode.get('SW.1')!.value).toBe(30)
    expect(byCode.get('SW.1')!.achievement).toBe('met')
    expect(byCode.get('CWF.1')!.value).toBe(17)
    expect(byCode.get('CWF.1')!.achievement).toBe('progress')
    expect(byCode.get('CWF.1')!.breakdown.filter((b) => b.by === 'area').map((b) => [b.group, b.value])).toEqual([
      ['Municipio 5', 8],
      ['Municipio 7', 9]
    ])
    const women = byCode.get('X.1')!
    expect(women.format).toBe('percent')
    expect(women.value!).toBeCloseTo(55.8, 1)
    expect(women.missing).toBe(181)
    expect(byCode.get('Q.1')!.value).toBe(4)
    expect(byCode.get('Q.1')!.n).toBe(8)
  })

  it('lays out charted tables for all six sections, with a Likert stacked bar and a line when the questionnaires are there', () => {
    const model = buildReportModel(ctx, {})
    expect(model.tables.filter((t) => t.status !== 'ok').map((t) => `${t.label}: ${t.message}`)).toEqual([])
    expect([...new Set(model.tables.map((t) => t.sectionNumber))]).toEqual([1, 2, 3, 4, 5, 6])
    const types = new Set(model.tables.map((t) => t.chartSpec?.type))
    expect(types).toContain('bar')
    expect(types).toContain('line')
    if (hasEmployees) {
      expect(types).toContain('stackedBar')
      expect(model.tables.some((t) => t.spec.rows === 'items')).toBe(true)
      expect(model.tables.some((t) => t.spec.rows === 'categories')).toBe(true)
      // a Forms grid: the question heads the table, the rows are the statements
      const grid = model.tables.find((t) => t.spec.rows === 'items' && t.rows.length > 1)!
      expect(grid.header[0]).toMatch(/affermazioni\?$/)
      expect(grid.rows.every((r) => !r.label.includes('[') && r.label.length > 20)).toBe(true)
      expect(grid.rows.every((r) => Math.abs(r.cells.slice(0, 5).reduce((s, c) => s + (c.value ?? 0), 0) - 100) < 1e-9)).toBe(true)
    }
    expect(model.tables.map((t) => t.label)).toEqual(
      model.tables.map((t) => `${t.sectionNumber}.${model.tables.filter((u) => u.sectionNumber === t.sectionNumber).indexOf(t) + 1}`)
    )
  })

  it('has joint displays with indicator figures, code frequencies and chosen quotes', () => {
    const model = buildReportModel(ctx, {})
    expect(model.joint.length).toBeGreaterThanOrEqual(2)
    for (const j of model.joint) {
      expect(j.indicator.status).toBe('ok')
      expect(j.codes.length).toBeGreaterThanOrEqual(2)
      expect(j.codes.every((c) => c.codings > 0 && c.sources > 0)).toBe(true)
      expect(j.quotes.length).toBe(3)
      expect(j.quotes.every((q) => q.text.length > 30 && q.caseName)).toBe(true)
    }
    expect(model.joint.find((j) => j.indicator.code === 'CWF.1')!.quotes[0].source).toMatch(/^Intervista 05/)
  })

  it('is deterministic: a second demo computes the same figures', async () => {
    const again = path.join(tmp.dir, 'again.esiti')
    expect((await cli('new', again, '--demo', '--json')).code).toBe(0)
    const p = await openProjectFile(again)
    try {
      expect(stable(computeIndicators(makeCtx(p, 'test')))).toEqual(stable(results))
    } finally {
      p.close()
    }
  }, 60_000)

  it('is seeded outside the undo history', () => {
    const kinds = project.sqlite.prepare("SELECT kind FROM op_log WHERE kind IN ('indicators.create', 'tables.create', 'joint.create')").all()
    expect(kinds).toEqual([])
  })
})

describe('seeding indicators', () => {
  let partial: { file: string; project: ProjectFile; ctx: Ctx }
  beforeAll(async () => {
    const file = path.join(tmp.dir, 'no-survey.esiti')
    const p = await openProjectFile(file, { create: true })
    partial = { file, project: p, ctx: makeCtx(p, 'test') }
    seedProgramme(partial.ctx)
    await seedCoding(partial.ctx)
    await seedIndicators(partial.ctx)
  }, 60_000)
  afterAll(() => partial.project.close())

  it('skips the questionnaire indicators and tables cleanly when the demo has no questionnaires', () => {
    const rs = computeIndicators(partial.ctx)
    expect(rs.length).toBeGreaterThanOrEqual(15)
    expect(rs.some((r) => r.source === 'survey')).toBe(false)
    expect(rs.filter((r) => r.status !== 'ok')).toEqual([])
    const model = buildReportModel(partial.ctx, {})
    expect(model.tables.filter((t) => t.status !== 'ok')).toEqual([])
    expect(model.joint.length).toBeGreaterThanOrEqual(2)
  })

  it('is deterministic: the same definitions and figures as the full demo for the shared part', () => {
    const rs = computeIndicators(partial.ctx)
    const same = results.filter((r) => r.source !== 'survey')
    expect(stable(rs)).toEqual(stable(same))
  })

  it('reports a problem on one indicator only; the others and their tables still compute', () => {
    updateIndicator(partial.ctx, 'Q.1', { spec: { source: 'coding', measure: 'sources', codes: ['Smart working > Codice rinominato'] } })
    updateIndicator(partial.ctx, 'SW.1', { spec: { source: 'register', measure: 'activities', actions: ['XX'] } })
    const rs = computeIndicators(partial.ctx, { locale: 'en' })
    const bad = rs.filter((r) => r.status === 'error')
    expect(bad.map((r) => r.code).sort()).toEqual(['Q.1', 'SW.1'])
    expect(bad.find((r) => r.code === 'Q.1')!.message).toMatch(/Codice rinominato.*does not exist/)
    expect(bad.find((r) => r.code === 'SW.1')!.message).toMatch(/action "XX" does not exist/)
    // in the report's default language, Italian (the register's own message)
    expect(computeIndicators(partial.ctx).find((r) => r.code === 'SW.1')!.message).toMatch(/«XX»/)
    expect(rs.filter((r) => r.status === 'ok').length).toBe(rs.length - 2)
    const model = buildReportModel(partial.ctx, {})
    const swTable = model.tables.find((t) => t.spec.rows === 'indicators' && t.spec.indicators.includes('SW.1') && t.spec.indicators.length > 1)!
    expect(swTable.status).toBe('ok')
    expect(swTable.notes.some((n) => n.includes('SW.1') && n.includes('XX'))).toBe(true)
    expect(swTable.rows.find((r) => r.label.startsWith('SW.4'))!.cells[0].value).toBe(56)
  })
})
