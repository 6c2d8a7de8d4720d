import { englishText } from '../../../src/shared/messages'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempProject } from '../../support/temp-project'
import { undo, redo } from '../../../src/main/db/op-log'
import { importSurvey } from '../../../src/main/services/survey/import/import'
import { loadDatasetFrame } from '../../../src/main/services/survey/storage/store'
import {
  addStep,
  moveStep,
  recipeDocument,
  recipeView,
  updateStep,
  issuesOf
} from '../../../src/main/services/survey/recipe/service'
import { clusterValues, clustersToStep } from '../../../src/main/services/survey/recipe/cluster'
import { profileDataset } from '../../../src/main/services/survey/browse/profile'
import { COMPANY_VARIANTS, writeMessy } from './support/messy-survey'
import type { Ctx } from '../../../src/main/services/context'

let t: Awaited<ReturnType<typeof tempProject>>
let ctx: Ctx
const D = 'messy'

const rawBlobs = (): string[] =>
  (
    t.project.sqlite
      .prepare("SELECT variable_id, hex(data) h FROM column_data WHERE layer = 'raw' ORDER BY variable_id")
      .all() as { h: string }[]
  ).map((r) => r.h)

beforeAll(async () => {
  t = await tempProject()
  ctx = t.ctx
  const file = path.join(t.dir, 'messy.xlsx')
  await writeMessy(file)
  await importSurvey(ctx, file, { dataset: D })
})
afterAll(() => t.cleanup())

describe('cleaning recipe', () => {
  let rawBefore: string[]
  beforeAll(() => {
    rawBefore = rawBlobs()
  })

  it('starts with the import step only, recorded with its settings', () => {
    const doc = recipeDocument(ctx, D)
    expect(doc.steps).toHaveLength(1)
    expect(doc.steps[0].op).toBe('import')
    expect(doc.steps[0].op === 'import' && doc.steps[0].settings).toMatchObject({ sheet: 'Risposte del modulo 1', platform: 'google-forms', headerRows: [1] })
  })

  it('trims and normalises text, counting the cells it changed', () => {
    const r = addStep(ctx, D, { op: 'normalise', variables: ['azienda'] })
    const step = r.steps.at(-1)!
    expect(step).toMatchObject({ op: 'normalise', status: 'ok' })
    expect(step.cells).toBe(2) // "meccanica vigentina s.r.l. " and the double space
    expect(loadDatasetFrame(ctx, D).column('azienda')).toContain('meccanica vigentina s.r.l.')
  })

  it('clusters spelling variants and applies accepted clusters as a recode step', () => {
    const c = clusterValues(ctx, D, 'azienda', { method: 'fingerprint' })
    expect(c.clusters.length).toBe(2)
    const mecc = c.clusters.find((k) => k.suggestion.startsWith('Meccanica'))!
    expect(mecc.values.map((v) => v.value).sort()).toEqual(['MECCANICA VIGENTINA S.R.L.', 'Meccanica Vigentina S.r.l.', 'meccanica vigentina s.r.l.'].sort())
    const accepted = c.clusters.map((k) => ({ from: k.values.map((v) => v.value), to: COMPANY_VARIANTS.find(([name]) => name.toLowerCase().startsWith(k.suggestion.toLowerCase().slice(0, 8)))![0] }))
    const r = addStep(ctx, D, clustersToStep('azienda', accepted))
    expect(r.steps.at(-1)!.cells).toBeGreaterThan(0)
    const companies = new Set(loadDatasetFrame(ctx, D).column('azienda'))
    expect(companies).toEqual(new Set(COMPANY_VARIANTS.map(([name]) => name)))
  })

  it('declares a missing code without removing the answers', () => {
    const before = profileDataset(ctx, D, { variables: ['soddisfatto_servizio'] }).variables[0]
    const r = addStep(ctx, D, { op: 'setMissing', variables: ['soddisfatto_servizio'], codes: ['Non so'] })
    expect(r.steps.at(-1)!.status).toBe('ok')
    const after = profileDataset(ctx, D, { variables: ['soddisfatto_servizio'] }).variables[0]
    // "Non so" was counted apart as non-substantive; declared missing, it joins the missing cells.
    expect(before.nonSubstantive).toBe(1)
    expect(after.missing).toBe(before.missing + 1)
    expect(after.missingCodes).toEqual(['Non so'])
    expect(after.counts!.find((c) => c.value === 'Non so')?.missing).toBe(true)
  })

  it('removes the repeated submission keeping the latest, and reports it', () => {
    const r = addStep(ctx, D, { op: 'dedupe', keys: ['indirizzo_email'], by: 'informazioni_cronologiche' })
    const step = r.steps.at(-1)!
    expect(step).toMatchObject({ op: 'dedupe', rows: 1, affected: 1 })
    expect(r.rows).toBe(r.totalRows - 1)
    const frame = loadDatasetFrame(ctx, D)
    const i = frame.column('indirizzo_email').indexOf('utente0@impresa.it')
    expect(frame.column('indirizzo_email').filter((e) => e === 'utente0@impresa.it')).toHaveLength(1)
    expect(frame.column('soddisfatto_servizio')[i]).toBe('Poco soddisfatto')
    const { exclusions } = issuesOf(ctx, D)
    expect(exclusions).toHaveLength(1)
    expect(englishText(exclusions[0].reason)).toMatch(/Duplicate of row/)
  })

  it('derives company size classes from employees typed as "1.200", "45", 9', () => {
    const r = addStep(ctx, D, {
      op: 'bin',
      source: 'numero_dipendenti',
      name: 'classe_dimensionale',
      label: 'Classe dimensionale',
      bins: [
        { label: 'micro', max: 10 },
        { label: 'piccola', min: 10, max: 50 },
        { label: 'media', min: 50, max: 250 },
        { label: 'grande', min: 250 }
      ]
    })
    expect(r.steps.at(-1)!.status).toBe('ok')
    const frame = loadDatasetFrame(ctx, D)
    const emp = frame.column('numero_dipendenti')
    const cls = frame.column('classe_dimensionale')
    emp.forEach((e, i) => {
      const n = e as number
      expect(cls[i]).toBe(n < 10 ? 'micro' : n < 50 ? 'piccola' : n < 250 ? 'media' : 'grande')
    })
    expect(emp).toContain(1200)
    expect(frame.variables.find((v) => v.name === 'classe_dimensionale')!.valueLabels.map((l) => l.value)).toEqual(['micro', 'piccola', 'media', 'grande'])
  })

  it('computes a variable with the safe expression language', () => {
    addStep(ctx, D, { op: 'compute', name: 'sw_almeno_due', expression: 'if(giorni_lavoro_agile_settimana >= 2, "sì", "no")', type: 'nominal' })
    const frame = loadDatasetFrame(ctx, D)
    const days = frame.column('giorni_lavoro_agile_settimana')
    frame.column('sw_almeno_due').forEach((v, i) => expect(v).toBe((days[i] as number) >= 2 ? 'sì' : 'no'))
    // A step that cannot apply is refused before it is added, naming where the expression is wrong.
    const steps = recipeView(ctx, D).steps.length
    expect(() => addStep(ctx, D, { op: 'compute', name: 'x', expression: 'process.exit(1)' })).toThrow(/character 1: unknown function "process.exit"/)
    expect(() => addStep(ctx, D, { op: 'compute', name: 'x', expression: 'eta + nonesiste' })).toThrow(/character 7: unknown variable "nonesiste"/)
    expect(recipeView(ctx, D).steps).toHaveLength(steps)
  })

  it('lists validation failures as issues without changing the data', () => {
    const r = addStep(ctx, D, { op: 'validate', rule: { kind: 'range', variable: 'eta', min: 16, max: 99 } })
    expect(r.steps.at(-1)!.rows).toBe(1)
    const { issues } = issuesOf(ctx, D)
    const range = issues.filter((i) => i.rule === 'range')
    expect(range).toHaveLength(1)
    expect(range[0]).toMatchObject({ variable: 'eta', value: 150, severity: 'error', sheetRow: 4 })
    expect(loadDatasetFrame(ctx, D).column('eta')).toContain(150)
  })

  it('records user overrides of type, label and category order as steps', () => {
    addStep(ctx, D, { op: 'setLabel', variable: 'eta', label: 'Età del rispondente' })
    addStep(ctx, D, {
      op: 'setValueLabels',
      variable: 'soddisfatto_servizio',
      values: ['Molto soddisfatto', 'Abbastanza soddisfatto', 'Poco soddisfatto', 'Per niente soddisfatto'].map((v) => ({ value: v, label: v }))
    })
    addStep(ctx, D, { op: 'rename', from: 'eta', to: 'eta_anni' })
    const frame = loadDatasetFrame(ctx, D)
    const eta = frame.variables.find((v) => v.name === 'eta_anni')!
    expect(eta.label).toBe('Età del rispondente')
    const sat = frame.variables.find((v) => v.name === 'soddisfatto_servizio')!
    expect(sat.valueLabels.map((l) => l.value).slice(0, 4)).toEqual(['Molto soddisfatto', 'Abbastanza soddisfatto', 'Poco soddisfatto', 'Per niente soddisfatto'])
    // the range rule written for "eta" comes before the rename, so it still applies
    expect(issuesOf(ctx, D).issues.filter((i) => i.rule === 'range')).toHaveLength(1)
  })

  it('never rewrites the raw layer', () => {
    expect(rawBlobs()).toEqual(rawBefore)
    const raw = loadDatasetFrame(ctx, D, { layer: 'raw' })
    expect(raw.rowCount).toBe(10)
    expect(raw.column('azienda')).toContain('meccanica vigentina s.r.l. ')
  })

  it('disables, re-enables and moves steps, each as a new recipe version', () => {
    const view = recipeView(ctx, D)
    const dedupe = view.steps.find((s) => s.step.op === 'dedupe')!
    const v0 = view.version
    const off = updateStep(ctx, D, dedupe.step.id, { enabled: false })
    expect(off.version).toBe(v0 + 1)
    expect(off.rows).toBe(off.totalRows)
    expect(off.steps.find((s) => s.id === dedupe.step.id)!.status).toBe('disabled')
    const on = updateStep(ctx, D, dedupe.step.id, { enabled: true })
    expect(on.rows).toBe(on.totalRows - 1)
    const moved = moveStep(ctx, D, dedupe.step.id, 1)
    expect(moved.steps[1].op).toBe('dedupe')
    expect(recipeView(ctx, D).versions.length).toBe(moved.version)
  })

  it('undo of a step restores the previous clean layer and redo re-applies it', () => {
    const before = loadDatasetFrame(ctx, D)
    const beforeCompanies = before.column('azienda').slice()
    const beforeVersion = before.recipeVersion
    addStep(ctx, D, { op: 'recode', variable: 'azienda', map: [{ from: ['Forno San Siro S.n.c.'], to: 'Forno San Siro' }] })
    expect(loadDatasetFrame(ctx, D).column('azienda')).toContain('Forno San Siro')
    undo(t.project, 'tester')
    const undone = loadDatasetFrame(ctx, D)
    expect(undone.recipeVersion).toBe(beforeVersion)
    expect(undone.column('azienda')).toEqual(beforeCompanies)
    redo(t.project, 'tester')
    expect(loadDatasetFrame(ctx, D).column('azienda')).toContain('Forno San Siro')
    undo(t.project, 'tester')
  })

  it('undo of a derived variable removes it and its column', () => {
    addStep(ctx, D, { op: 'compute', name: 'doppio', expression: 'eta_anni * 2' })
    expect(loadDatasetFrame(ctx, D).variables.some((v) => v.name === 'doppio')).toBe(true)
    undo(t.project, 'tester')
    const frame = loadDatasetFrame(ctx, D)
    expect(frame.variables.some((v) => v.name === 'doppio')).toBe(false)
    expect(() => frame.column('doppio')).toThrow(/not found/)
  })
})
