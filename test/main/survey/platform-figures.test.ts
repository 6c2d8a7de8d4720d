import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempProject } from '../../support/temp-project'
import { importSurvey, loadDatasetFrame, profileDataset, type ImportSummary } from '../../../src/main/services/survey'
import { computeSurvey } from '../../../src/main/services/indicators/survey-compute'
import { labels } from '../../../src/main/services/indicators/labels'
import type { SurveySpec } from '../../../src/shared/ipc/indicators'
import type { Ctx } from '../../../src/main/services/context'
import {
  AGREE,
  ITEMS,
  MUNICIPI,
  SERVICE_CODES,
  SERVICES,
  population,
  truth,
  writeKoboShape,
  writeLimeSurveyFull,
  writeQualtrics,
  writeSurveyMonkey,
  type KoboMultiple
} from './support/platform-shapes'

/**
 * The figures as imported, with no recipe, against the truth computed from the respondents: each
 * platform's shape gives the same percentages, means and top-2-box, or says which decision to review.
 */

let t: Awaited<ReturnType<typeof tempProject>>
let ctx: Ctx
const people = population(240)

beforeAll(async () => {
  t = await tempProject()
  ctx = t.ctx
})
afterAll(() => t.cleanup())

type Stat = Pick<SurveySpec, 'statistic' | 'variable' | 'categories'>
const figure = (dataset: string, s: Stat): ReturnType<typeof computeSurvey> =>
  computeSurvey(loadDatasetFrame(ctx, dataset), { source: 'survey', dataset, layer: 'clean', percentBase: 'row', ...s }, [], labels('it'))

const variable = (r: ImportSummary, pred: (v: ImportSummary['variables'][number]) => boolean): ImportSummary['variables'][number] => {
  const v = r.variables.find(pred)
  if (!v) throw new Error(`no such variable among ${r.variables.map((x) => `${x.name}:${x.type}`).join(', ')}`)
  return v
}

/** The multiple-response set: % of respondents and % of responses per option, as the truth has them. */
function expectServices(dataset: string, name: string, options: string[], extra: string[] = []): void {
  const f = figure(dataset, { statistic: 'multi', variable: name })
  const byKey = new Map(f.series.map((s) => [s.key, s]))
  const pct = truth.servicePercents(people)
  options.forEach((o, k) => expect(byKey.get(o)?.value, `${o} (% of respondents)`).toBeCloseTo(pct[k], 6))
  if (!extra.length) {
    const shares = truth.serviceShares(people)
    options.forEach((o, k) => expect(byKey.get(o)?.secondary, `${o} (% of responses)`).toBeCloseTo(shares[k], 6))
  }
  expect(f.n).toBe(people.filter((p) => p.services !== null).length)
  expect([...byKey.keys()].sort()).toEqual([...options, ...extra].sort())
}

/** Likert items: scored 1..5 in scale order, "Non so" apart, means and top-2-box without recoding. */
function expectAgreement(dataset: string, names: string[]): void {
  const profile = profileDataset(ctx, dataset, { variables: names })
  names.forEach((name, k) => {
    expect(figure(dataset, { statistic: 'mean', variable: name }).value, `${name} mean`).toBeCloseTo(truth.agreeMean(people, k), 9)
    expect(figure(dataset, { statistic: 'top2box', variable: name }).value, `${name} top-2`).toBeCloseTo(truth.agreeTop2(people, k), 9)
    const p = profile.variables.find((v) => v.name === name)!
    expect(p.nonSubstantive, `${name} "Non so"`).toBe(truth.nonSubstantive(people, k))
    expect(p.counts!.filter((c) => c.score !== undefined).map((c) => [c.value, c.score])).toEqual(AGREE.map((a, i) => [a, i + 1]))
  })
}

function expectMunicipi(r: ImportSummary, dataset: string, name: string): void {
  // "Municipio 5" is one answer, never split at its space into a multiple answer.
  expect(variable(r, (v) => v.name === name).type).toBe('nominal')
  const f = figure(dataset, { statistic: 'percent', variable: name, categories: ['Municipio 5'] })
  expect(f.value).toBeCloseTo(truth.municipioPercents(people)[4], 9)
}

describe.each(['xlsx', 'csv'] as const)('SurveyMonkey (%s: two header rows, the question over its options)', (ext) => {
  let r: ImportSummary
  const ds = `monkey-${ext}`
  beforeAll(async () => {
    const file = path.join(t.dir, `monkey.${ext}`)
    await writeSurveyMonkey(file, people, ext === 'csv' ? 'it' : 'en')
    r = await importSurvey(ctx, file, { dataset: ds })
  })

  it('is recognised, its two header rows read, its bookkeeping typed as metadata', () => {
    expect(r.platform).toBe('surveymonkey')
    expect(r.headerRows).toEqual([1, 2])
    expect(r.rows).toBe(people.length)
    expect(r.variables.some((v) => /response|risposta/i.test(v.name))).toBe(false)
    const id = variable(r, (v) => /respondent|rispondente/i.test(v.label ?? ''))
    expect(id).toMatchObject({ type: 'id', role: 'metadata' })
    const meta = ['Collector ID', 'Start Date', 'End Date', 'IP Address', 'ID raccoglitore', 'Data di inizio', 'Data di fine', 'Indirizzo IP']
    for (const v of r.variables.filter((x) => meta.includes(x.label ?? ''))) expect(v.role, v.name).toBe('metadata')
    expect(r.variables.filter((x) => meta.includes(x.label ?? ''))).toHaveLength(4)
  })

  it('makes one multiple-response set of the option columns: ~% of respondents, not 100 %', () => {
    const set = variable(r, (v) => v.type === 'multi')
    expect(set.options).toEqual([...SERVICES, ext === 'csv' ? 'Altro (specifica)' : 'Other (please specify)'])
    expectServices(ds, set.name, SERVICES, [set.options!.at(-1)!])
    expect(r.decisions.find((d) => d.kind === 'multipleResponse' && d.variable === set.name)).toMatchObject({ count: SERVICES.length + 1, reverted: false })
    // The free text of "Other" stays readable as a variable of its own.
    const other = r.variables.find((v) => v.label?.includes(set.options!.at(-1)!) && v.type !== 'multi')
    expect(other).toBeDefined()
  })

  it('reads the matrix as Likert items scored 1..5, the single answers as categories', () => {
    const items = ITEMS.map((it) => variable(r, (v) => v.label === it || v.label?.endsWith(it) === true).name)
    expectAgreement(ds, items)
    expectMunicipi(r, ds, variable(r, (v) => v.label === 'In quale municipio vivi?').name)
  })
})

describe('Qualtrics (three header rows with ImportId)', () => {
  let r: ImportSummary
  beforeAll(async () => {
    const file = path.join(t.dir, 'qualtrics.csv')
    writeQualtrics(file, people)
    r = await importSurvey(ctx, file, { dataset: 'qualtrics' })
  })

  it('reads the names, the question texts and skips the ImportId row', () => {
    expect(r.platform).toBe('qualtrics')
    expect(r.headerRows).toEqual([1, 2, 3])
    expect(r.rows).toBe(people.length)
    expect(variable(r, (v) => v.name === 'Q1').label).toBe('Genere')
    expect(variable(r, (v) => v.name === 'ResponseId')).toMatchObject({ type: 'id', role: 'metadata' })
    for (const m of ['StartDate', 'EndDate', 'RecordedDate']) expect(variable(r, (v) => v.name === m)).toMatchObject({ type: 'datetime', role: 'metadata' })
    expect(variable(r, (v) => v.name === 'RecipientEmail')).toMatchObject({ type: 'id', role: 'metadata' })
    expect(r.decisions.find((d) => d.kind === 'headerRows')).toMatchObject({ count: 3, reversible: false })
  })

  it('makes one set of the split Q3_n columns, with the other text kept', () => {
    const set = variable(r, (v) => v.type === 'multi')
    expect(set.options).toEqual([...SERVICES, 'Altro'])
    expectServices('qualtrics', set.name, SERVICES, ['Altro'])
  })

  it('scores the matrix items and keeps municipalities whole', () => {
    expectAgreement('qualtrics', ['Q4_1', 'Q4_2', 'Q4_3'])
    expectMunicipi(r, 'qualtrics', 'Q2')
  })
})

describe('LimeSurvey (full answers, Italian headings)', () => {
  let r: ImportSummary
  beforeAll(async () => {
    const file = path.join(t.dir, 'lime-full.xlsx')
    await writeLimeSurveyFull(file, people)
    r = await importSurvey(ctx, file, { dataset: 'lime-full' })
  })

  it('is recognised from its Italian metadata headings, typed as metadata', () => {
    expect(r.platform).toBe('limesurvey')
    for (const h of ['ID risposta', 'Data invio', 'Ultima pagina', 'Lingua iniziale', 'Seme', 'Data di inizio', 'Data ultima azione'])
      expect(variable(r, (v) => v.label === h).role, h).toBe('metadata')
    expect(variable(r, (v) => v.label === 'Data invio').type).toBe('datetime')
  })

  it('makes one set of the six Sì/No/N-A columns: N/A is "not shown", not "not chosen"', () => {
    const set = variable(r, (v) => v.type === 'multi')
    expect(set.options).toEqual(SERVICES)
    expectServices('lime-full', set.name, SERVICES)
  })

  it('reads the array question as an item battery scored 1..5', () => {
    const items = ITEMS.map((it) => variable(r, (v) => v.label?.endsWith(`[${it}]`) === true))
    for (const v of items) expect(v).toMatchObject({ type: 'ordinal', group: "Quanto sei d'accordo con queste affermazioni?" })
    expectAgreement(
      'lime-full',
      items.map((v) => v.name)
    )
    expectMunicipi(r, 'lime-full', variable(r, (v) => v.label === 'In quale municipio vivi?').name)
  })
})

describe.each([
  [true, 'both'],
  [true, 'summary'],
  [true, 'details'],
  [false, 'both'],
  [false, 'summary'],
  [false, 'details']
] as [boolean, KoboMultiple][])('KoboToolbox (labels: %s, select_multiple: %s)', (labelsMode, multiple) => {
  let r: ImportSummary
  const ds = `kobo-${labelsMode ? 'labels' : 'values'}-${multiple}`
  beforeAll(async () => {
    const file = path.join(t.dir, `${ds}.xlsx`)
    await writeKoboShape(file, people, { labels: labelsMode, multiple })
    r = await importSurvey(ctx, file, { dataset: ds })
  })

  it('types Kobo bookkeeping as metadata', () => {
    expect(r.platform).toBe('kobo')
    for (const m of ['_id', '_uuid', '_index']) expect(variable(r, (v) => v.name === m), m).toMatchObject({ type: 'id', role: 'metadata' })
    expect(variable(r, (v) => v.name === '_submission_time')).toMatchObject({ type: 'datetime', role: 'metadata' })
    expect(variable(r, (v) => v.name === '__version__').role).toBe('metadata')
  })

  it('makes one multiple-response set, never splitting a label at "/" or at a space', () => {
    const sets = r.variables.filter((v) => v.type === 'multi')
    expect(sets).toHaveLength(1)
    const options = labelsMode ? SERVICES : SERVICE_CODES
    expect([...sets[0].options!].sort()).toEqual([...options].sort())
    expect(sets[0].group).toBe(labelsMode ? 'Servizi' : 'servizi')
    expectServices(ds, sets[0].name, options)
  })

  it('keeps a single answer with a space ("Municipio 5") as one category', () => {
    const m = variable(r, (v) => /municipio/i.test(v.label ?? v.name))
    expect(m.type).toBe('nominal')
    if (labelsMode) expectMunicipi(r, ds, m.name)
    else expect(figure(ds, { statistic: 'percent', variable: m.name, categories: ['m5'] }).value).toBeCloseTo(truth.municipioPercents(people)[4], 9)
  })

  it('scores the Likert items of a label export; a value export keeps the XML names', () => {
    const items = r.variables.filter((v) => (labelsMode ? ITEMS.includes(v.label ?? '') : /^item\d$/.test(v.name)))
    expect(items).toHaveLength(3)
    if (labelsMode) expectAgreement(ds, items.map((v) => v.name))
    else for (const v of items) expect(v.nonSubstantive).toEqual({ values: ['non_so'], include: false })
  })
})

describe('the same answers give the same figures whatever the export', () => {
  it('agree on every option across SurveyMonkey, Qualtrics, LimeSurvey and Kobo', () => {
    const expected = truth.servicePercents(people)
    const sets: [string, string[]][] = [
      ['monkey-xlsx', SERVICES],
      ['qualtrics', SERVICES],
      ['lime-full', SERVICES],
      ['kobo-labels-both', SERVICES],
      ['kobo-labels-summary', SERVICES],
      ['kobo-values-details', SERVICE_CODES]
    ]
    for (const [ds, options] of sets) {
      const frame = loadDatasetFrame(ctx, ds)
      const name = frame.variables.find((v) => v.type === 'multi')!.name
      const series = figure(ds, { statistic: 'multi', variable: name }).series
      options.forEach((o, k) => expect(series.find((s) => s.key === o)?.value, `${ds} ${o}`).toBeCloseTo(expected[k], 6))
    }
    expect(MUNICIPI).toHaveLength(9)
  })
})
