import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProjectVia, ipcSessionsClosedAfterEach, ok } from '../../support/ipc-session'
import { COMPANY_VARIANTS, MESSY_HEADERS, messyRows, writeMessy } from './support/messy-survey'
import { respondents, writeGoogleForms } from './support/platform-exports'

const newSession = ipcSessionsClosedAfterEach()

async function setup() {
  const s = newSession()
  const project = await createProjectVia(s)
  return { dir: s.dir, dispatch: s.dispatch, files: s.files, events: s.events, project }
}

describe('survey IPC channels', () => {
  it('previews a picked Google Forms export, imports it, pages the grid and profiles variables', async () => {
    const { dir, dispatch, files, events } = await setup()
    const file = path.join(dir, 'risposte.xlsx')
    await writeGoogleForms(file, respondents(60), { duplicateOf: 3 })

    // A path the picker never returned is refused.
    const forged = await dispatch('survey:import', { file })
    expect(forged.ok || forged.error.code).toBe('INVALID_INPUT')
    expect(ok(await dispatch('survey:pickImport', {}))).toBeNull()

    files.push([file])
    const preview = ok(await dispatch('survey:pickImport', {}))!
    expect(preview).toMatchObject({ preview: true, id: null, platform: 'google-forms', headerRows: [1], rows: 61, sheet: 'Risposte del modulo 1' })
    expect(preview.sheets).toEqual([{ name: 'Risposte del modulo 1', index: 0, state: 'visible', selected: true }])
    const byName = new Map(preview.variables.map((v) => [v.name, v]))
    expect(byName.get('lavoro_agile_migliora')!.type).toBe('ordinal')
    expect(byName.get('lavoro_agile_migliora')!.valueLabels[0].label).toBe("Per niente d'accordo")
    expect(byName.get('servizi_welfare_utilizzi')!.type).toBe('multi')
    expect(byName.get('servizi_welfare_utilizzi')!.options).toContain("Asilo nido, scuola dell'infanzia")
    expect(ok(await dispatch('survey:datasets', {}))).toEqual([])

    const imported = ok(await dispatch('survey:import', { file: preview.file, dataset: 'Dipendenti', jobId: 'j1' }))
    expect(imported).toMatchObject({ dataset: 'Dipendenti', preview: false, rows: 61 })
    expect(events.some((e) => e.event === 'job:progress' && (e.payload as { jobId: string }).jobId === 'j1')).toBe(true)
    expect(events.some((e) => e.event === 'project:changed')).toBe(true)
    const [ds] = ok(await dispatch('survey:datasets', {}))
    expect(ds).toMatchObject({ name: 'Dipendenti', rows: 61, totalRows: 61, platform: 'google-forms', steps: 1 })

    const vars = ok(await dispatch('survey:variables', { dataset: 'Dipendenti' }))
    expect(vars.map((v) => v.name)).toEqual(preview.variables.map((v) => v.name))

    const page = ok(await dispatch('survey:rows', { dataset: ds.id, offset: 50, limit: 20 }))
    expect(page.total).toBe(61)
    expect(page.rows.map((r) => r.index)).toEqual(Array.from({ length: 11 }, (_, i) => 50 + i))
    expect(page.columns.map((c) => c.name)).toEqual(vars.map((v) => v.name))
    const multiCol = page.columns.findIndex((c) => c.name === 'servizi_welfare_utilizzi')
    const raw = ok(await dispatch('survey:rows', { dataset: ds.id, layer: 'raw', limit: 61 }))
    const clean = ok(await dispatch('survey:rows', { dataset: ds.id, layer: 'clean', limit: 61 }))
    const chosen = clean.rows.findIndex((r) => Array.isArray(r.cells[multiCol]) && (r.cells[multiCol] as string[]).length > 1)
    expect(chosen).toBeGreaterThanOrEqual(0)
    expect(typeof raw.rows[chosen].cells[multiCol]).toBe('string')

    const facets = ok(await dispatch('survey:facets', { dataset: ds.id, variables: ['lavori_smart_working'] }))
    const yes = facets.facets[0].values.find((v) => v.value === 'Sì')!
    const filtered = ok(await dispatch('survey:rows', { dataset: ds.id, filters: [{ variable: 'lavori_smart_working', values: ['Sì'] }] }))
    expect(filtered.total).toBe(yes.count)
    expect(yes.count).toBeGreaterThan(0)
    expect(yes.count).toBeLessThan(61)

    const profile = ok(await dispatch('survey:profile', { dataset: 'Dipendenti', variable: 'frequenza_usi_coworking' }))
    expect(profile.counts!.map((c) => c.label)).toEqual(['Mai', 'Raramente', 'A volte', 'Spesso', 'Sempre'])
    expect(profile.counts!.reduce((s, c) => s + c.count, 0)).toBe(61)
    const age = ok(await dispatch('survey:profile', { dataset: 'Dipendenti', variable: 'eta' }))
    expect(age.numeric!.bins.reduce((s, b) => s + b.count, 0)).toBe(age.valid)
    const missing = await dispatch('survey:profile', { dataset: 'Dipendenti', variable: 'nessuna' })
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND')
  })

  it('builds a recipe: steps with counts, toggle, reorder, remove, clusters, overrides, issues, undo', async () => {
    const { dir, dispatch, files, project } = await setup()
    const file = path.join(dir, 'messy.xlsx')
    await writeMessy(file)
    files.push([file])
    const p = ok(await dispatch('survey:pickImport', {}))!
    ok(await dispatch('survey:import', { file: p.file, dataset: 'Aziende' }))
    const rows = messyRows().length

    const bad = await dispatch('survey:addStep', { dataset: 'Aziende', step: { op: 'recode', variable: 'azienda' } })
    expect(bad.ok || bad.error.code).toBe('INVALID_INPUT')
    const unknownOp = await dispatch('survey:addStep', { dataset: 'Aziende', step: { op: 'explode' } as never })
    expect(unknownOp.ok || unknownOp.error.code).toBe('INVALID_INPUT')

    const norm = ok(await dispatch('survey:addStep', { dataset: 'Aziende', step: { op: 'normalise', variables: ['azienda'], case: 'keep' } }))
    const normStep = norm.steps[1]
    // "meccanica vigentina s.r.l. " (trailing space) and "Meccanica  Vigentina S.r.l." (double space)
    expect(normStep).toMatchObject({ op: 'normalise', status: 'ok', cells: 2, rows: 0 })

    const clusters = ok(await dispatch('survey:clusters', { dataset: 'Aziende', variable: 'azienda' }))
    const mecc = clusters.clusters.find((c) => c.suggestion.toLowerCase().startsWith('meccanica'))!
    expect(mecc.values.length).toBeGreaterThan(1)
    const accepted = ok(
      await dispatch('survey:acceptClusters', {
        dataset: 'Aziende',
        variable: 'azienda',
        clusters: clusters.clusters.map((c) => ({ from: c.values.map((v) => v.value), to: c.suggestion }))
      })
    )
    expect(accepted.steps[2]).toMatchObject({ op: 'recode', status: 'ok' })
    expect(accepted.steps[2].cells).toBeGreaterThan(0)
    const companies = ok(await dispatch('survey:facets', { dataset: 'Aziende', variables: ['azienda'] })).facets[0].values
    // One spelling per company is left (the suggested one, the most frequent).
    expect(companies).toHaveLength(COMPANY_VARIANTS.length)
    expect(companies.map((c) => c.value)).toContain('Meccanica Vigentina S.r.l.')

    const dedupe = ok(
      await dispatch('survey:addStep', { dataset: 'Aziende', step: { op: 'dedupe', keys: ['indirizzo_email'], by: 'informazioni_cronologiche' } })
    )
    expect(dedupe.steps[3]).toMatchObject({ op: 'dedupe', rows: 1 })
    expect(dedupe.rows).toBe(rows - 1)
    const range = ok(
      await dispatch('survey:addStep', { dataset: 'Aziende', step: { op: 'validate', rule: { kind: 'range', variable: 'eta', min: 16, max: 99 } } })
    )
    expect(range.issues).toBe(1)
    const issues = ok(await dispatch('survey:issues', { dataset: 'Aziende' }))
    expect(issues.issues).toEqual([expect.objectContaining({ variable: 'eta', value: 150, severity: 'error', sheetRow: 4 })])
    expect(issues.exclusions).toHaveLength(1)
    const rangeStep = range.steps[4].id
    const reviewed = ok(await dispatch('survey:acceptIssues', { dataset: 'Aziende', stepId: rangeStep, rows: [issues.issues[0].row] }))
    expect(reviewed.issues).toBe(0)
    ok(await dispatch('project:undo', {}))
    expect(ok(await dispatch('survey:issues', { dataset: 'Aziende' })).total).toBe(1)
    const notRule = await dispatch('survey:acceptIssues', { dataset: 'Aziende', stepId: range.steps[3].id, rows: ['x'] })
    expect(notRule.ok || notRule.error.code).toBe('INVALID_INPUT')

    const recipe = ok(await dispatch('survey:recipe', { dataset: 'Aziende' }))
    expect(recipe.steps.map((s) => s.op)).toEqual(['import', 'normalise', 'recode', 'dedupe', 'validate'])
    expect(recipe.steps[3].params).toMatchObject({ keys: ['indirizzo_email'], by: 'informazioni_cronologiche' })
    expect(recipe.steps[3].report).toMatchObject({ status: 'ok', rows: 1 })
    expect(recipe.steps[1].description).toMatchObject({ key: 'survey.describe.normalise' })
    expect(recipe.steps[1].effects.reads).toEqual(['azienda'])

    // A step that finds nothing to do says so as a message the window words in its language.
    const noMatch = ok(await dispatch('survey:addStep', { dataset: 'Aziende', step: { op: 'recode', variable: 'azienda', map: [{ from: ['Nessuna azienda così'], to: 'X' }] } }))
    expect(noMatch.steps.at(-1)!.warnings).toEqual([{ key: 'survey.step.noRecodeMatch', params: { v: 'azienda' } }])
    const noted = ok(await dispatch('survey:recipe', { dataset: 'Aziende' })).steps.at(-1)!.report!
    expect(noted.warnings).toEqual([{ key: 'survey.step.noRecodeMatch', params: { v: 'azienda' } }])
    expect(noted.message).toBeNull()
    // A step that cannot apply is refused, with the position of the problem and the syntax help.
    const nullCompare = await dispatch('survey:addStep', { dataset: 'Aziende', step: { op: 'exclude', where: 'eta == null', reason: 'x' } })
    expect(nullCompare.ok).toBe(false)
    if (!nullCompare.ok) {
      expect(nullCompare.error.key).toBe('survey.recipe.badExpression')
      expect(nullCompare.error.message).toMatch(/character 5: comparing with null is never true.*ismissing\(x\)/)
      expect(nullCompare.error.details).toMatchObject({ expression: { position: 4, length: 2 }, help: { key: 'survey.expr.help' } })
    }
    const check = ok(await dispatch('survey:checkExpression', { dataset: 'Aziende', expression: 'eta >= 18 and nonesiste = 1' }))
    expect(check).toMatchObject({ ok: false, position: 14, length: 9, error: { key: 'survey.expr.error' } })
    expect(ok(await dispatch('survey:checkExpression', { dataset: 'Aziende', expression: 'ismissing(eta)' }))).toMatchObject({ ok: true, variables: ['eta'] })
    ok(await dispatch('project:undo', {}))

    const dedupeId = recipe.steps[3].id
    const off = ok(await dispatch('survey:toggleStep', { dataset: 'Aziende', stepId: dedupeId, enabled: false }))
    expect(off.rows).toBe(rows)
    expect(off.steps.find((s) => s.id === dedupeId)!.status).toBe('disabled')
    ok(await dispatch('survey:toggleStep', { dataset: 'Aziende', stepId: dedupeId, enabled: true }))
    ok(await dispatch('survey:moveStep', { dataset: 'Aziende', stepId: dedupeId, toIndex: 1 }))
    expect(ok(await dispatch('survey:recipe', { dataset: 'Aziende' })).steps.map((s) => s.op)).toEqual(['import', 'dedupe', 'normalise', 'recode', 'validate'])
    const importMove = await dispatch('survey:moveStep', { dataset: 'Aziende', stepId: recipe.steps[0].id, toIndex: 2 })
    expect(importMove.ok || importMove.error.code).toBe('INVALID_INPUT')
    ok(await dispatch('survey:removeStep', { dataset: 'Aziende', stepId: dedupeId }))
    expect(ok(await dispatch('survey:recipe', { dataset: 'Aziende' })).rows).toBe(rows)
    ok(await dispatch('project:undo', {}))
    expect(ok(await dispatch('survey:recipe', { dataset: 'Aziende' })).steps.map((s) => s.op)).toContain('dedupe')

    // Overrides: satisfaction's "Non so" becomes a missing code, the label changes, age becomes text.
    const sat = ok(await dispatch('survey:variables', { dataset: 'Aziende' })).find((v) => v.name === 'soddisfatto_servizio')!
    ok(await dispatch('survey:overrideVariable', { dataset: 'Aziende', variable: sat.name, label: 'Soddisfazione', missingCodes: ['Non so'] }))
    ok(await dispatch('survey:overrideVariable', { dataset: 'Aziende', variable: 'eta', type: 'text' }))
    const after = ok(await dispatch('survey:variables', { dataset: 'Aziende' }))
    expect(after.find((v) => v.name === sat.name)).toMatchObject({ label: 'Soddisfazione', missingCodes: ['Non so'] })
    expect(after.find((v) => v.name === 'eta')!.type).toBe('text')
    const satProfile = ok(await dispatch('survey:profile', { dataset: 'Aziende', variable: sat.name }))
    expect(satProfile.counts!.find((c) => c.value === 'Non so')!.missing).toBe(true)
    const empty = await dispatch('survey:overrideVariable', { dataset: 'Aziende', variable: 'eta' })
    expect(empty.ok || empty.error.code).toBe('INVALID_INPUT')
    expect(fs.existsSync(project)).toBe(true)
  })

  it('appends a second wave with a reviewed column mapping and refuses an import it cannot read, changing nothing', async () => {
    const { dir, dispatch, files } = await setup()
    const first = path.join(dir, 'ondata1.xlsx')
    await writeMessy(first)
    files.push([first])
    const p = ok(await dispatch('survey:pickImport', {}))!
    ok(await dispatch('survey:import', { file: p.file, dataset: 'Aziende' }))

    const second = path.join(dir, 'ondata2.xlsx')
    const drifted = [...MESSY_HEADERS]
    drifted[2] = 'Ragione sociale dell’azienda'
    await writeMessy(second, messyRows().slice(0, 5), drifted)
    expect(ok(await dispatch('survey:pickWave', { dataset: 'Aziende', wave: '2024' }))).toBeNull()
    files.push([second])
    const wave = ok(await dispatch('survey:pickWave', { dataset: 'Aziende', wave: '2024' }))!
    expect(wave.rows).toBe(5)
    const company = wave.mapping.find((m) => m.from === 'azienda')!
    expect(company.column).toBe('Ragione sociale dell’azienda')
    const remapped = ok(await dispatch('survey:previewWave', { dataset: 'Aziende', file: wave.file, wave: '2024', map: { azienda: null } }))
    expect(remapped.unmapped).toContain('azienda')
    const appended = ok(await dispatch('survey:appendWave', { dataset: 'Aziende', file: wave.file, wave: '2024', baseWave: '2023' }))
    expect(appended.totalRows).toBe(messyRows().length + 5)
    expect(ok(await dispatch('survey:waves', { dataset: 'Aziende' })).map((w) => [w.wave, w.rows])).toEqual([
      ['2023', messyRows().length],
      ['2024', 5]
    ])
    const again = await dispatch('survey:appendWave', { dataset: 'Aziende', file: wave.file, wave: '2024' })
    expect(again.ok || again.error.code).toBe('CONFLICT')

    const junk = path.join(dir, 'non-un-foglio.xlsx')
    fs.writeFileSync(junk, 'questo non è un file Excel')
    files.push([junk])
    const refused = await dispatch('survey:pickImport', {})
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toMatch(/non-un-foglio/)
    expect(ok(await dispatch('survey:datasets', {})).map((d) => [d.name, d.totalRows])).toEqual([['Aziende', messyRows().length + 5]])
  })
})
