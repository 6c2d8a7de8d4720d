import { englishText } from '../../../src/shared/messages'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedSurvey } from '../../../src/main/demo/seed-survey'
import { companies } from '../../../src/main/demo/content/organisations'
import { companySheet } from '../../../src/main/demo/questionnaires/companies'
import { employeeWaveMap } from '../../../src/main/demo/questionnaires/employee-recipe'
import { headerOf, type EmployeeQuestion } from '../../../src/main/demo/questionnaires/employee-questions'
import { TEST_EMAIL, WAVE_SIZE, employeeWave } from '../../../src/main/demo/questionnaires/employees'
import { writeDemoQuestionnaires } from '../../../src/main/demo/questionnaires/generate'
import {
  AGREEMENT_SCALE,
  COMPANY_ACTION_LABELS,
  COMPANY_WELFARE_MEASURES,
  COMPANY_VARS as C,
  DEMO_DATASETS,
  DEMO_WAVES,
  EMPLOYEE_VARS as E,
  EMPLOYEE_WELFARE_OPTIONS,
  FREQUENCY_SCALE,
  SATISFACTION_SCALE
} from '../../../src/main/demo/questionnaires/variables'
import { recipeSteps, resolveDataset } from '../../../src/main/services/survey/storage/dataset-rows'
import type { CleanValue, DatasetFrame } from '../../../src/main/services/survey/frame'
import { importSurvey } from '../../../src/main/services/survey/import/import'
import { applyRecipeDocument, issuesOf, recipeDocument, recipeView } from '../../../src/main/services/survey/recipe/service'
import type { ImportStep } from '../../../src/main/services/survey/recipe/steps'
import { loadDatasetFrame } from '../../../src/main/services/survey/storage/store'
import { normaliseApostrophes } from '../../../src/main/services/survey/infer/text-norm'
import { listDatasets } from '../../../src/main/services/survey/survey-service'
import { listWaves } from '../../../src/main/services/survey/import/waves'
import { cli } from '../../support/cli'
import { tempDir, tempProject } from '../../support/temp-project'

type T = Awaited<ReturnType<typeof tempProject>>
let t: T
beforeAll(async () => {
  t = await tempProject('demo-survey.esiti')
  await seedSurvey(t.ctx)
})
afterAll(() => t.cleanup())

const DUPLICATES_PER_WAVE = 4

/** Clean rows as objects, for the variables asked. */
function rows(f: DatasetFrame, names: string[]): Record<string, CleanValue>[] {
  const cols = names.map((n) => f.column(n))
  return Array.from({ length: f.rowCount }, (_, r) => Object.fromEntries(names.map((n, i) => [n, cols[i][r]])))
}

/** "12/02/2023 19.07.17" → "2023-02-12T19:07:17". */
function isoOf(stamp: string): string {
  const m = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d)\.(\d\d)\.(\d\d)$/.exec(stamp)!
  return `${m[3]}-${m[2]}-${m[1]}T${m[4]}:${m[5]}:${m[6]}`
}

describe('demo questionnaires seed', () => {
  it('imports the employees (two waves in one dataset) and the companies', () => {
    const list = listDatasets(t.ctx)
    expect(list.map((d) => d.name).sort()).toEqual([DEMO_DATASETS.companies, DEMO_DATASETS.employees].sort())
    const emp = list.find((d) => d.name === DEMO_DATASETS.employees)!
    expect(emp.platform).toBe('google-forms')
    expect(emp.waves).toEqual([DEMO_WAVES.first, DEMO_WAVES.second])
    // every generated submission is stored: the respondents, their repeated submissions and the test row
    expect(emp.totalRows).toBe(WAVE_SIZE['2021'] + WAVE_SIZE['2023'] + 2 * DUPLICATES_PER_WAVE + 1)
    expect(emp.rows).toBe(WAVE_SIZE['2021'] + WAVE_SIZE['2023'])
    const waves = listWaves(t.ctx, DEMO_DATASETS.employees)
    expect(waves.map((w) => [w.wave, w.rows])).toEqual([
      ['2021', WAVE_SIZE['2021'] + DUPLICATES_PER_WAVE + 1],
      ['2023', WAVE_SIZE['2023'] + DUPLICATES_PER_WAVE]
    ])
    const comp = list.find((d) => d.name === DEMO_DATASETS.companies)!
    expect(comp.rows).toBe(26)
    expect(comp.issues).toBe(0)
  })

  it('leaves nothing to undo: seeding is not in the operation log', () => {
    expect(t.project.sqlite.prepare('SELECT COUNT(*) AS n FROM op_log').get()).toEqual({ n: 0 })
  })

  it('gives the clean variables their names and types, Likert items in Italian scale order', () => {
    const f = loadDatasetFrame(t.ctx, DEMO_DATASETS.employees)
    const meta = new Map(f.variables.map((v) => [v.name, v]))
    for (const name of Object.values(E)) expect(meta.has(name), name).toBe(true)
    for (const item of [E.agreeWorkLifeBalance, E.agreeWellbeing, E.agreeProductivity, E.agreeLessCommuting]) {
      expect(meta.get(item)!.type).toBe('ordinal')
      expect(meta.get(item)!.valueLabels.map((l) => l.label)).toEqual([...AGREEMENT_SCALE])
    }
    expect(meta.get(E.coworkingFrequency)!.valueLabels.map((l) => l.label)).toEqual([...FREQUENCY_SCALE])
    expect(meta.get(E.cittadellaSatisfaction)!.valueLabels.map((l) => l.label).slice(0, 5)).toEqual([...SATISFACTION_SCALE])
    expect(meta.get(E.cittadellaSatisfaction)!.nonSubstantive).toEqual({ values: ['Non so'], include: false })
    expect(meta.get(E.submittedAt)!.type).toBe('datetime')
    expect(meta.get(E.age)!.type).toBe('numeric')
    expect(meta.get(E.smartWorkingDays)!.type).toBe('numeric')
    expect(meta.get(E.ageClass)!.type).toBe('ordinal')
    expect(meta.get(E.ageClass)!.valueLabels.map((l) => l.label)).toEqual(['18-29', '30-44', '45-54', '55 e oltre'])
    expect(meta.get(E.comment)!.type).toBe('text')
    expect(f.column(E.smartWorkingDays).every((x) => x === null || (typeof x === 'number' && x >= 0 && x <= 5))).toBe(true)
  })

  it('keeps the multi-select option that contains the separator whole', () => {
    const f = loadDatasetFrame(t.ctx, DEMO_DATASETS.employees)
    const v = f.variables.find((x) => x.name === E.welfareServices)!
    expect(v.type).toBe('multi')
    expect([...(v.options ?? [])].sort()).toEqual([...EMPLOYEE_WELFARE_OPTIONS].sort())
    const withComma = 'Consulenza fiscale, legale e previdenziale'
    const picked = f.column(E.welfareServices).filter((x) => Array.isArray(x) && x.includes(withComma))
    expect(picked.length).toBeGreaterThan(10)
    expect(f.column(E.welfareServices).some((x) => Array.isArray(x) && x.includes('legale e previdenziale'))).toBe(false)
  })

  it('parses the Google Forms timestamps and keeps the latest of repeated submissions', () => {
    const f = loadDatasetFrame(t.ctx, DEMO_DATASETS.employees)
    const clean = rows(f, [E.wave, E.email, E.submittedAt, E.company])
    for (const wave of ['2021', '2023'] as const) {
      const gen = employeeWave(wave)
      const iEmail = gen.header.indexOf('Indirizzo email')
      const iStamp = gen.header.indexOf('Informazioni cronologiche')
      const latest = new Map<string, string>()
      for (const r of gen.rows) {
        const at = isoOf(r[iStamp] as string)
        const e = r[iEmail] as string
        if (!latest.has(e) || latest.get(e)! < at) latest.set(e, at)
      }
      latest.delete(TEST_EMAIL)
      const ofWave = clean.filter((r) => r[E.wave] === wave)
      expect(ofWave).toHaveLength(latest.size)
      expect(new Set(ofWave.map((r) => r[E.email])).size).toBe(ofWave.length)
      for (const r of ofWave) expect(r[E.submittedAt]).toBe(latest.get(r[E.email] as string))
    }
    expect(clean.some((r) => r[E.email] === TEST_EMAIL)).toBe(false)
    expect(issuesOf(t.ctx, DEMO_DATASETS.employees).exclusions.some((x) => /prova/i.test(englishText(x.reason)))).toBe(true)
  })

  it('maps the reworded and reordered 2023 questions onto the right variables', () => {
    const f = loadDatasetFrame(t.ctx, DEMO_DATASETS.employees)
    const keys = [E.agreeWorkLifeBalance, E.agreeWellbeing, E.agreeProductivity, E.agreeLessCommuting, E.cittadellaSatisfaction, E.comment] as const
    const clean = new Map(rows(f, [E.wave, E.email, ...keys]).filter((r) => r[E.wave] === '2023').map((r) => [r[E.email], r]))
    const gen = employeeWave('2023')
    const col = (key: keyof typeof E): number => gen.header.indexOf(headerOf(key as EmployeeQuestion['key'], '2023'))
    const iEmail = gen.header.indexOf('Indirizzo email')
    const last = new Map(gen.rows.map((r) => [r[iEmail] as string, r]))
    expect(last.size).toBe(clean.size)
    const varKey = (name: string): keyof typeof E => (Object.keys(E) as (keyof typeof E)[]).find((k) => E[k] === name)!
    for (const [email, r] of last) {
      const c = clean.get(email)!
      for (const name of keys) {
        const cell = r[col(varKey(name))]
        expect(c[name], `${email} ${name}`).toBe(cell === null ? null : normaliseApostrophes(String(cell)))
      }
    }
  })

  it('recodes every typed company name to one of the 26 companies', () => {
    const names = new Set(companies.map((c) => c.name))
    const clean = loadDatasetFrame(t.ctx, DEMO_DATASETS.employees).column(E.company)
    expect(clean.every((x) => typeof x === 'string' && names.has(x))).toBe(true)
    const raw = loadDatasetFrame(t.ctx, DEMO_DATASETS.employees, { layer: 'raw' })
    const typed = new Set(raw.column(raw.variables.find((v) => v.label === 'Azienda in cui lavori')!.name))
    expect(typed.size).toBeGreaterThan(names.size + 20)
  })

  it('reports what each cleaning step did', () => {
    const view = recipeView(t.ctx, DEMO_DATASETS.employees)
    const by = (op: string, pred: (d: string) => boolean = () => true): number[] =>
      view.steps.filter((s) => s.step.op === op && pred(englishText(s.description))).map((s) => s.report?.affected ?? -1)
    expect(view.steps.every((s) => s.report?.status === 'ok')).toBe(true)
    for (const op of ['normalise', 'recode', 'setMissing', 'parseNumber', 'exclude', 'dedupe', 'bin', 'compute'])
      for (const n of by(op)) expect(n, op).toBeGreaterThan(0)
    expect(view.steps.filter((s) => s.step.op === 'recode' && (s.step as { source?: string }).source === 'cluster')).toHaveLength(1)
    expect(by('dedupe')).toEqual([2 * DUPLICATES_PER_WAVE])
    expect(by('exclude')).toEqual([1])
    // the two impossible ages (450, "4 anni") are issues to resolve, nothing else is
    const issues = issuesOf(t.ctx, DEMO_DATASETS.employees).issues.filter((i) => i.rule === 'range')
    expect(issues.map((i) => i.value).sort()).toEqual([4, 450])
  })

  it('re-applying the recipe to the 2023 file alone gives the same clean rows as the appended wave', async () => {
    const d = tempDir()
    try {
      const files = await writeDemoQuestionnaires(d.dir)
      await importSurvey(t.ctx, files.employees2023, { dataset: 'Verifica 2023', wave: DEMO_WAVES.second })
      const base = (recipeSteps(t.ctx.project, resolveDataset(t.ctx, DEMO_DATASETS.employees))[0] as ImportStep).variables
      const doc = recipeDocument(t.ctx, DEMO_DATASETS.employees)
      const applied = applyRecipeDocument(t.ctx, 'Verifica 2023', doc, employeeWaveMap(base))
      expect(applied.skipped).toEqual([])
      const names = Object.values(E)
      const alone = rows(loadDatasetFrame(t.ctx, 'Verifica 2023'), names)
      const appended = rows(loadDatasetFrame(t.ctx, DEMO_DATASETS.employees), names).filter((r) => r[E.wave] === DEMO_WAVES.second)
      expect(alone).toHaveLength(WAVE_SIZE['2023'])
      const key = (r: Record<string, CleanValue>): string => String(r[E.email])
      expect([...alone].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...appended].sort((a, b) => key(a).localeCompare(key(b))))
    } finally {
      d.cleanup()
    }
  })

  it('cleans the companies sheet: table found under the titles, size classes derived, sets split', () => {
    const f = loadDatasetFrame(t.ctx, DEMO_DATASETS.companies)
    const clean = rows(f, [C.company, C.employees, C.sizeClass, C.actions, C.welfareMeasures, C.ratingMean, C.declaredSizeClass])
    const sheet = companySheet()
    const dataRows = sheet.rows.flatMap((r, k) => (k >= 5 && companies.some((c) => c.name === String(r[0]).trim()) ? [k] : []))
    expect(dataRows).toHaveLength(26)
    const size = { micro: 'Micro (1-9)', piccola: 'Piccola (10-49)', media: 'Media (50-249)', grande: 'Grande (250 e oltre)' }
    expect(clean.map((r) => r[C.company])).toEqual(companies.map((c) => c.name))
    companies.forEach((c, i) => {
      expect(clean[i][C.employees]).toBe(c.employees)
      expect(clean[i][C.sizeClass]).toBe(size[c.sizeClass!])
      expect(clean[i][C.declaredSizeClass]).toBe(c.sizeClass![0].toUpperCase() + c.sizeClass!.slice(1))
      expect([...(clean[i][C.actions] as string[])].sort()).toEqual(c.actions.map((a) => COMPANY_ACTION_LABELS[a]).sort())
      const marked = COMPANY_WELFARE_MEASURES.filter((_, k) => sheet.rows[dataRows[i]][7 + k] === 'X')
      expect(clean[i][C.welfareMeasures] ?? []).toEqual(marked)
      expect(clean[i][C.ratingMean]).toBeGreaterThanOrEqual(1)
    })
    const meta = new Map(f.variables.map((v) => [v.name, v]))
    expect(meta.get(C.sizeClass)!.type).toBe('ordinal')
    expect(meta.get(C.welfareMeasures)!.type).toBe('multi')
    for (const name of Object.values(C)) expect(meta.has(name), name).toBe(true)
  })
})

describe('demo questionnaires on the command line', () => {
  it('lists and profiles the demo datasets', async () => {
    // the CLI opens the project itself: seed a project of its own and close it first
    const own = await tempProject('demo-cli.esiti')
    await seedSurvey(own.ctx)
    own.project.close()
    try {
      await checkCli(own.file)
    } finally {
      own.cleanup()
    }
  })

  async function checkCli(file: string): Promise<void> {
    const list = await cli('survey', 'list', file, '--json')
    expect(list.code).toBe(0)
    expect(list.json.datasets.map((d: { name: string }) => d.name).sort()).toEqual(['Aziende', 'Dipendenti'])
    const profile = await cli('survey', 'profile', file, '--dataset', DEMO_DATASETS.employees, '--json')
    expect(profile.code).toBe(0)
    const likert = profile.json.variables.find((v: { name: string }) => v.name === E.agreeWorkLifeBalance)
    expect(likert.type).toBe('ordinal')
    expect(likert.counts.map((c: { value: string }) => c.value).slice(0, 5)).toEqual([...AGREEMENT_SCALE])
  }

  it('writes the same raw files, byte for byte, on every run', async () => {
    const d = tempDir()
    try {
      const a = await writeDemoQuestionnaires(path.join(d.dir, 'a'))
      const b = await writeDemoQuestionnaires(path.join(d.dir, 'b'))
      for (const k of Object.keys(a) as (keyof typeof a)[]) {
        expect(fs.statSync(a[k]).size).toBeGreaterThan(5000)
        expect(fs.readFileSync(a[k]).equals(fs.readFileSync(b[k])), k).toBe(true)
      }
    } finally {
      d.cleanup()
    }
  })
})
