import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mutate } from '../../../src/main/db/op-log'
import { nowIso } from '../../../src/main/db/ids'
import { computeIndicators } from '../../../src/main/services/indicators/compute-indicators'
import { createIndicators, deleteIndicators, updateIndicator } from '../../../src/main/services/indicators/indicator-service'
import { undo } from '../../../src/main/db/op-log'
import type { IndicatorInput } from '../../../src/shared/ipc/indicators'
import { memFrame } from './mem-frame'
import { tempProject, type TempProject } from './helpers'

let t: TempProject
beforeEach(async () => {
  t = await tempProject({ programme: true })
})
afterEach(() => t.close())

const q = <T>(sql: string, ...p: unknown[]): T => t.ctx.project.sqlite.prepare(sql).get(...p) as T

const frame = memFrame('Dipendenti', [
  { name: 'genere', values: ['F', 'M', 'F', 'F', null] },
  { name: 'sw_giorni', values: [2, 0, 3, 1, 2] },
  { name: 'wave', values: ['2021', '2021', '2022', '2022', '2022'] }
])
const frames = (dataset: string) => {
  if (dataset === 'Dipendenti') return frame
  throw new Error(`Dataset not found: "${dataset}"`)
}

function seedCodings(): void {
  mutate(t.ctx.project, { actor: 't', kind: 'test', summary: { key: 'legacy.text', params: { text: 'codings' } } }, (w) => {
    const coder = w.insert('coders', { name: 'Giulia', color: '#000000', created_at: nowIso() })
    const parent = w.insert('codes', { name: 'Welfare territoriale', created_at: nowIso() })
    const child = w.insert('codes', { name: 'Cittadella del welfare', parent_id: parent, created_at: nowIso() })
    const other = w.insert('codes', { name: 'Genere e pari opportunità', created_at: nowIso() })
    const texts = ['Uno due tre quattro', 'Cinque sei sette otto', 'Nove dieci undici']
    const caseA = w.insert('cases', { name: 'Caso A', created_at: nowIso() })
    const caseB = w.insert('cases', { name: 'Caso B', created_at: nowIso() })
    const src = texts.map((text, i) =>
      w.insert('sources', { name: `Intervista ${i + 1}`, text, text_hash: 'h' + i, chars: text.length, imported_at: nowIso(), case_id: i === 2 ? caseB : caseA })
    )
    const code = (source: string, code_id: string, start: number) =>
      w.insert('codings', { source_id: source, code_id, coder_id: coder, start, end: start + 3, quote: 'xxx', created_at: nowIso() })
    code(src[0], child, 0)
    code(src[0], child, 5)
    code(src[1], parent, 0)
    code(src[2], other, 0)
  })
}

const ind = (code: string, spec: IndicatorInput['spec'], extra: Partial<IndicatorInput> = {}): IndicatorInput => ({
  code,
  name: `Indicatore ${code}`,
  spec,
  ...extra
})

describe('computing indicators', () => {
  it('computes register indicators that match direct queries, with breakdowns', () => {
    createIndicators(t.ctx, [
      ind('R1', { source: 'register', measure: 'activities', kinds: ['webinar'], actions: ['SW'] }, { sdgs: [{ goal: 8, targets: ['8.2'] }], target: 5 }),
      ind('R2', { source: 'register', measure: 'participants' }, { disaggregations: [{ by: 'action' }, { by: 'year' }] }),
      ind('R3', { source: 'register', measure: 'womenShare' }),
      ind('R4', { source: 'register', measure: 'organisations', kinds: ['sportello'], actions: ['CWF'], orgKinds: ['company'], orgAreas: ['Municipio 5', 'Municipio 7'] }, {
        disaggregations: [{ by: 'sizeClass' }]
      }),
      ind('R5', { source: 'register', measure: 'companiesJoined' }, { disaggregations: [{ by: 'action' }] })
    ])
    const r = Object.fromEntries(computeIndicators(t.ctx, { frames }).map((x) => [x.code, x]))
    const webinars = q<{ n: number }>(
      "SELECT COUNT(*) n FROM activities x JOIN actions a ON a.id = x.action_id WHERE a.code = 'SW' AND x.kind = 'webinar'"
    ).n
    expect(webinars).toBeGreaterThan(0)
    expect(r.R1).toMatchObject({ status: 'ok', value: webinars, n: webinars, sdg: [8], sdgTargets: ['8.2'], format: 'count', target: 5 })
    expect(r.R1.achievement).toBe(webinars >= 5 ? 'met' : 'below')

    const total = q<{ s: number }>('SELECT SUM(participants) s FROM activities').s
    expect(r.R2.value).toBe(total)
    const byAction = r.R2.breakdown.filter((b) => b.by === 'action')
    expect(byAction.map((b) => b.group)).toEqual(['Smart working', 'Coworking', 'Cittadella del welfare'])
    expect(byAction.reduce((s, b) => s + (b.value ?? 0), 0)).toBe(total)
    const years = r.R2.breakdown.filter((b) => b.by === 'year').map((b) => b.group)
    expect(years).toEqual([...years].sort())

    const g = q<{ w: number; rec: number; all: number }>(
      `SELECT SUM(participants_women) w, SUM(participants_women + COALESCE(participants_men,0) + COALESCE(participants_other,0)) rec,
       (SELECT SUM(participants) FROM activities) "all" FROM activities WHERE participants_women IS NOT NULL`
    )
    expect(r.R3.value).toBeCloseTo((100 * g.w) / g.rec, 10)
    expect([r.R3.n, r.R3.missing]).toEqual([g.rec, g.all - g.rec])
    expect(r.R3.format).toBe('percent')

    const reached = q<{ n: number }>(
      `SELECT COUNT(DISTINCT o.id) n FROM activities x JOIN actions a ON a.id = x.action_id
       JOIN activity_organisations ao ON ao.activity_id = x.id JOIN organisations o ON o.id = ao.organisation_id
       JOIN areas ar ON ar.id = o.area_id
       WHERE a.code = 'CWF' AND x.kind = 'sportello' AND o.kind = 'company' AND ar.name IN ('Municipio 5', 'Municipio 7')`
    ).n
    expect(r.R4.value).toBe(reached)
    expect(r.R4.breakdown.reduce((s, b) => s + (b.value ?? 0), 0)).toBe(reached)
    expect(r.R4.breakdown.map((b) => b.group)).toEqual(['micro', 'piccola', 'media', 'grande'].filter((s) => r.R4.breakdown.some((b) => b.group === s)))

    const joined = q<{ n: number }>("SELECT COUNT(DISTINCT oa.organisation_id) n FROM organisation_actions oa JOIN organisations o ON o.id = oa.organisation_id WHERE o.kind = 'company'").n
    expect(r.R5.value).toBe(joined)
    expect(r.R5.value).toBe(26)
  })

  it('computes coding indicators over sources, cases and codings, children included', () => {
    seedCodings()
    createIndicators(t.ctx, [
      ind('Q1', { source: 'coding', measure: 'sources', codes: ['Welfare territoriale'] }),
      ind('Q2', { source: 'coding', measure: 'sources', codes: ['Welfare territoriale'], includeChildren: false }),
      ind('Q3', { source: 'coding', measure: 'codings', codes: ['Welfare territoriale > Cittadella del welfare'] }, { disaggregations: [{ by: 'coder' }] }),
      ind('Q4', { source: 'coding', measure: 'cases', codes: ['Genere e pari opportunità'] })
    ])
    const r = Object.fromEntries(computeIndicators(t.ctx, { frames }).map((x) => [x.code, x]))
    expect([r.Q1.value, r.Q1.n]).toEqual([2, 3])
    expect(r.Q2.value).toBe(1)
    expect(r.Q3.value).toBe(2)
    expect(r.Q3.breakdown).toEqual([{ by: 'coder', byLabel: 'Codificatore', group: 'Giulia', value: 2, n: 3, missing: 0, estimate: null }])
    expect([r.Q4.value, r.Q4.n]).toEqual([1, 2])
  })

  it('reports a problem on the indicator that has it and computes the others', () => {
    createIndicators(t.ctx, [
      ind('S1', { source: 'survey', dataset: 'Dipendenti', statistic: 'percent', variable: 'sw_giorni', categories: [2, 3] }, { disaggregations: [{ by: 'wave' }] }),
      ind('S2', { source: 'survey', dataset: 'Dipendenti', statistic: 'mean', variable: 'giorni_sw' }),
      ind('S3', { source: 'survey', dataset: 'Imprese', statistic: 'count', variable: 'x' }),
      ind('S4', { source: 'survey', dataset: 'Dipendenti', statistic: 'mean', variable: 'sw_giorni', filter: { variable: 'genere', op: 'eq', value: 'X' } }),
      ind('S5', { source: 'coding', measure: 'codings', codes: ['Non esiste'] }),
      ind('S6', { source: 'register', measure: 'activities', kinds: ['webinar'] }, { disaggregations: [{ by: 'sizeClass' }] })
    ])
    t.ctx.project.sqlite.prepare("UPDATE indicators SET spec = '{\"source\":\"survey\"' WHERE code = 'S1'").run()
    createIndicators(t.ctx, [ind('S7', { source: 'survey', dataset: 'Dipendenti', statistic: 'percent', variable: 'sw_giorni', categories: [2, 3] }, { disaggregations: [{ by: 'wave' }] })])
    const r = Object.fromEntries(computeIndicators(t.ctx, { frames }).map((x) => [x.code, x]))
    expect(r.S7).toMatchObject({ status: 'ok', value: 60, n: 5, missing: 0 })
    expect(r.S7.breakdown.map((b) => [b.group, b.n])).toEqual([['2021', 2], ['2022', 3]])
    expect(r.S7.breakdown[0].value).toBe(50)
    expect(r.S7.breakdown[1].value).toBeCloseTo(200 / 3, 10)
    expect(r.S7.provenance).toMatchObject({ dataset: 'Dipendenti', datasetId: 'mem-Dipendenti', recipeVersion: 1, layer: 'clean', statistic: 'percent' })
    expect(r.S1).toMatchObject({ status: 'error', value: null })
    // problems are worded in the report's language: Italian by default, English when asked
    expect(r.S1.message).toMatch(/definizione della fonte dell’indicatore non è valida/)
    expect(r.S2.message).toMatch(/La variabile «giorni_sw» non è nel questionario «Dipendenti»/)
    const en = Object.fromEntries(computeIndicators(t.ctx, { frames, locale: 'en' }).map((x) => [x.code, x]))
    expect(en.S1.message).toMatch(/source definition is not valid/)
    expect(en.S2.message).toMatch(/Variable "giorni_sw" is not in questionnaire "Dipendenti"/)
    Object.assign(r, en)
    expect(r.S3.message).toMatch(/Dataset not found: "Imprese"/)
    expect(r.S4.message).toMatch(/"X" is not a category of "genere"/)
    expect(r.S5.message).toMatch(/Code "Non esiste" does not exist/)
    expect(r.S6.message).toMatch(/"sizeClass" describes organisations/)
  })

  it('validates, updates, deletes and undoes indicator definitions', () => {
    const [d] = createIndicators(t.ctx, [ind('U1', { source: 'register', measure: 'activities' }, { sdgs: [{ goal: 5, targets: ['5.4', '5.5'] }], section: 2, action: 'SW' })])
    expect(d.sdgs).toEqual([{ goal: 5, targets: ['5.4', '5.5'] }])
    expect(() => createIndicators(t.ctx, [ind('U1', { source: 'register', measure: 'activities' })])).toThrow(/already exists/)
    expect(() => createIndicators(t.ctx, [ind('U2', { source: 'register', measure: 'activities' }, { sdgs: [{ goal: 18, targets: [] }] })])).toThrow(/Invalid indicator \(field sdgs\.0\.goal\)/)
    expect(() => createIndicators(t.ctx, [ind('U3', { source: 'register', measure: 'activities' }, { sdgs: [{ goal: 5, targets: ['8.2'] }] })])).toThrow(/8\.2 is not a target of SDG 5/)
    expect(() => createIndicators(t.ctx, [{ code: 'U4', name: 'x', spec: { source: 'register', measure: 'nothing' } }])).toThrow(/Invalid indicator \(field spec\.measure\)/)
    const u = updateIndicator(t.ctx, 'U1', { target: 40, sdgs: [{ goal: 8, targets: [] }] })
    expect(u.target).toBe(40)
    expect(u.sdgs).toEqual([{ goal: 8, targets: [] }])
    undo(t.ctx.project, 'tester')
    expect(computeIndicators(t.ctx, { frames })[0].sdg).toEqual([5])
    deleteIndicators(t.ctx, ['U1'])
    expect(computeIndicators(t.ctx, { frames })).toHaveLength(0)
    undo(t.ctx.project, 'tester')
    expect(computeIndicators(t.ctx, { frames })[0].sdgTargets).toEqual(['5.4', '5.5'])
  })
})
