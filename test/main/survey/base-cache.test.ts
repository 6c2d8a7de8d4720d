import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempProject } from '../../support/temp-project'
import { importSurvey } from '../../../src/main/services/survey/import/import'
import { loadDatasetFrame } from '../../../src/main/services/survey/storage/store'
import { cleanState, runRecipe, storedIssues } from '../../../src/main/services/survey/clean/clean-store'
import { decodeClean, encodeClean } from '../../../src/main/services/survey/storage/codec'
import { recipeSteps, resolveDataset } from '../../../src/main/services/survey/storage/dataset-rows'
import { decodeIssues, encodeIssues } from '../../../src/main/services/survey/storage/issue-codec'
import { addStep, applyRecipeDocument, commitRecipe, issuesOf, recipeView, validateSteps } from '../../../src/main/services/survey/recipe/service'
import { buildCodes } from '../../../src/main/services/survey/recipe/column-codes'
import type { CleanValue } from '../../../src/main/services/survey/frame'
import type { RecipeRun } from '../../../src/main/services/survey/recipe/engine'
import type { ImportStep, NewStep } from '../../../src/main/services/survey/recipe/steps'
import { baseKey } from '../../../src/main/services/survey/clean/base-cache'
import type { Ctx } from '../../../src/main/services/context'
import { prng } from '../../../src/main/demo/questionnaires/prng'
import { respondents, writeGoogleForms } from './support/platform-exports'

let t: Awaited<ReturnType<typeof tempProject>>
let ctx: Ctx
const D = 'google'

const STEPS: NewStep[] = [
  { op: 'normalise', variables: '*', case: 'lower' },
  { op: 'setMissing', variables: '*', codes: ['non so', 99] },
  { op: 'recode', variable: 'genere', loose: true, map: [{ from: ['donna'], to: 'F' }, { from: ['uomo'], to: 'M' }] },
  { op: 'setValueLabels', variable: 'lavori_smart_working', values: [{ value: 'Sì', label: 'Sì' }, { value: 'No', label: 'No' }] },
  { op: 'bin', source: 'eta', name: 'classe', bins: [{ label: 'giovani', max: 35 }, { label: 'adulti', min: 35 }] },
  { op: 'dedupe', keys: ['indirizzo_email'], by: 'informazioni_cronologiche', near: true },
  { op: 'exclude', where: 'eta > 60', reason: 'fuori target' },
  { op: 'validate', rule: { kind: 'required', variable: 'soddisfatto_servizi_cittadella' } },
  { op: 'validate', rule: { kind: 'range', variable: 'giorni_settimana_lavori_casa', min: 0, max: 2 }, severity: 'warning' }
]

const cacheRows = (): { variable_id: string; key: string }[] =>
  t.project.sqlite.prepare("SELECT variable_id, key FROM column_cache WHERE kind = 'base' ORDER BY variable_id").all() as { variable_id: string; key: string }[]

/** Everything a run produces that the clean layer keeps. */
const outcome = (run: RecipeRun): unknown => ({
  vars: run.frame.vars.map((v) => ({ name: v.name, type: v.type, dropped: v.dropped, labels: v.valueLabels, options: v.options, values: v.values })),
  excluded: [...run.frame.excluded],
  issues: run.frame.issues,
  reports: run.reports
})

/** The cleaning steps validated once: their ids (and so the issues' ids) stay the same across runs. */
let validated: ReturnType<typeof validateSteps> | null = null
const runOf = (): RecipeRun => {
  const ds = resolveDataset(ctx, D)
  const step0 = recipeSteps(t.project, ds)[0]
  validated ??= validateSteps([step0, ...STEPS]).slice(1)
  return runRecipe(t.project, ds, { steps: [step0, ...validated] })
}

beforeAll(async () => {
  t = await tempProject()
  ctx = t.ctx
  const file = path.join(t.dir, 'google.xlsx')
  await writeGoogleForms(file, respondents(400), { duplicateOf: 3 })
  await importSurvey(ctx, file, { dataset: D })
})
afterAll(() => t.cleanup())

describe('the recipe start frame cache', () => {
  it('is written by the import, one entry per import variable, and a run from it equals a run from raw', () => {
    const ds = resolveDataset(ctx, D)
    const step0 = recipeSteps(t.project, ds)[0]
    expect(step0.op === 'import' && cacheRows().map((r) => r.variable_id)).toEqual(step0.op === 'import' && step0.variables.map((v) => v.id).sort())
    const cached = runOf()
    t.project.sqlite.prepare('DELETE FROM column_cache').run()
    const fromRaw = runOf()
    expect(outcome(cached)).toEqual(outcome(fromRaw))
    expect(cached.frame.excluded.size).toBeGreaterThan(0)
    expect(cached.frame.issues.length).toBeGreaterThan(0)
  })

  it('is found by a recipe whose import step went through the schema (same key whatever the order of its fields)', () => {
    const ds = resolveDataset(ctx, D)
    const step0 = recipeSteps(t.project, ds)[0] as ImportStep
    const checked = validateSteps([step0])[0] as ImportStep
    // The schema writes each variable's fields in its own order (an id variable's "identifier" moves
    // after "columns"): whatever the order, the key is the same.
    const reordered = { ...step0, variables: step0.variables.map((v) => Object.fromEntries(Object.entries(v).reverse())) } as ImportStep
    expect(JSON.stringify(reordered.variables)).not.toBe(JSON.stringify(step0.variables))
    const parts = [{ datasetId: ds.id, mapping: null }]
    expect(baseKey(reordered, parts)).toBe(baseKey(step0, parts))
    expect(baseKey(checked, parts)).toBe(baseKey(step0, parts))
    // Saving a recipe (its steps checked by the schema) caches the start frame under the key the
    // import step itself gives, the one the import and every later run look up.
    applyRecipeDocument(ctx, D, { steps: [{ op: 'setLabel', variable: 'genere', label: 'Genere dichiarato' }] })
    const rows = cacheRows()
    expect(rows.length).toBe(step0.variables.length)
    expect(new Set(rows.map((r) => r.key))).toEqual(new Set([baseKey(step0, parts)]))
  })

  it('is rebuilt when missing or damaged, and stored again by the next write', () => {
    t.project.sqlite.prepare('DELETE FROM column_cache').run()
    const expected = outcome(runOf())
    addStep(ctx, D, { op: 'normalise', variables: ['genere'] })
    const rows = cacheRows()
    expect(rows.length).toBeGreaterThan(5)
    t.project.sqlite.prepare('UPDATE column_cache SET data = ? WHERE variable_id = ?').run(Buffer.from('garbage'), rows[0].variable_id)
    expect(outcome(runOf())).toEqual(expected)
  })

  it('changes key when the import step changes, so a stale entry is never read', () => {
    const ds = resolveDataset(ctx, D)
    const before = cacheRows()[0].key
    const steps = recipeSteps(t.project, ds)
    const step0 = steps[0]
    if (step0.op !== 'import') throw new Error('no import step')
    const eta = step0.variables.find((v) => v.name === 'eta')!
    // Read age as text: the conversion (and so the cached values) differ.
    const edited = { ...step0, variables: step0.variables.map((v) => (v === eta ? { ...v, type: 'text' as const, valueLabels: [] } : v)) }
    commitRecipe(ctx, ds, [edited, ...steps.slice(1)], { key: 'legacy.text', params: { text: 'Read age as text' } })
    expect(cacheRows()[0].key).not.toBe(before)
    const stored = loadAge()
    expect(stored.every((x) => x === null || typeof x === 'string')).toBe(true)
    expect(stored.some((x) => typeof x === 'string')).toBe(true)
  })

  it('stores clean columns only for what the recipe changed, and serves the rest from the base cache', () => {
    applyRecipeDocument(ctx, D, { steps: validated! })
    const ds = resolveDataset(ctx, D)
    const own = (
      t.project.sqlite
        .prepare("SELECT v.name FROM column_data c JOIN variables v ON v.id = c.variable_id WHERE c.dataset_id = ? AND c.layer = 'clean'")
        .all(ds.id) as { name: string }[]
    ).map((r) => r.name)
    // Changed values or derived: stored; untouched (email, timestamp): served from the cache.
    expect(own).toEqual(expect.arrayContaining(['genere', 'classe']))
    expect(own).not.toContain('indirizzo_email')
    expect(own).not.toContain('informazioni_cronologiche')
    const run = runOf()
    const active = run.frame.vars[0].values.map((_, r) => r).filter((r) => run.frame.isActive(r))
    const frame = loadDatasetFrame(ctx, D)
    expect(frame.rowCount).toBe(active.length)
    for (const v of run.frame.vars.filter((x) => !x.dropped))
      expect(frame.column(v.name), v.name).toEqual(active.map((r) => v.values[r]))
    // Without the cache the state is no longer current: it is recomputed, and reads still work.
    t.project.sqlite.prepare('DELETE FROM column_cache').run()
    expect(loadDatasetFrame(ctx, D).column('indirizzo_email')).toEqual(active.map((r) => run.frame.find('indirizzo_email')!.values[r]))
    expect(cacheRows().length).toBeGreaterThan(5)
  })

  it('notes why a step was skipped, for the UI to word', () => {
    const r = applyRecipeDocument(ctx, D, { steps: [{ op: 'setLabel', variable: 'non_esiste', label: 'X' }] })
    expect(r.skipped).toHaveLength(1)
    const step = recipeView(ctx, D).steps.at(-1)!
    expect(step.report).toMatchObject({
      status: 'skipped',
      message: { key: 'survey.step.skipped', params: { reason: { key: 'survey.step.missingVariable', params: { v: 'non_esiste' } } } }
    })
  })

  it('keeps the issues in their own record, read back unchanged', () => {
    applyRecipeDocument(ctx, D, { steps: validated! })
    const ds = resolveDataset(ctx, D)
    const state = cleanState(t.project, ds.id)!
    const issues = storedIssues(t.project, ds.id)
    expect(state.issueCount).toBe(issues.length)
    expect(issues.length).toBeGreaterThan(10)
    expect(issuesOf(ctx, D).issues).toEqual(runOf().frame.issues)
    expect(decodeIssues(encodeIssues(issues))).toEqual(issues)
    expect(() => decodeIssues(Buffer.from('{'))).toThrow(/damaged/)
  })
})

function loadAge(): CleanValue[] {
  return loadDatasetFrame(ctx, D).column('eta')
}

describe('clean column encoding', () => {
  it('gives the same bytes from the dictionary view as from the values, for any subset of rows', () => {
    const rnd = prng(5)
    const pools: CleanValue[][] = [
      ['Sì', 'No', 'Non so', 'sì', ''],
      [1, 2, 2.5, -0, 99],
      [['Mensa'], ['Mensa', 'Palestra'], [], ['Palestra', 'Mensa']],
      ['1', 1, true, ['a']]
    ]
    for (const pool of pools)
      for (let trial = 0; trial < 20; trial++) {
        const n = rnd.int(0, 300)
        const values = Array.from({ length: n }, () => (rnd.chance(0.2) ? null : pool[rnd.int(0, pool.length - 1)]))
        const rows = Uint32Array.from(values.flatMap((_, i) => (rnd.chance(0.7) ? [i] : [])))
        const coded = buildCodes(values)
        for (const opts of [{}, { rows }]) {
          const plain = encodeClean(values, opts)
          expect(encodeClean(values, { ...opts, coded })).toEqual(plain)
          const expected = 'rows' in opts ? [...rows].map((r) => values[r]) : values
          expect(decodeClean(plain)).toEqual(expected)
        }
      }
  })
})
