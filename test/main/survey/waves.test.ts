import { englishText } from '../../../src/shared/messages'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempProject } from '../../support/temp-project'
import { undo } from '../../../src/main/db/op-log'
import { importSurvey } from '../../../src/main/services/survey/import/import'
import { loadDatasetFrame } from '../../../src/main/services/survey/storage/store'
import { addStep, applyRecipeDocument, recipeDocument } from '../../../src/main/services/survey/recipe/service'
import { appendWave, listWaves, previewWave } from '../../../src/main/services/survey/import/waves'
import { listDatasets } from '../../../src/main/services/survey/survey-service'
import type { DatasetFrame } from '../../../src/main/services/survey/frame'
import type { Ctx } from '../../../src/main/services/context'
import { COMPANY_VARIANTS, MESSY_HEADERS, messyRows, writeMessy } from './support/messy-survey'
import { prng } from '../../../src/main/demo/questionnaires/prng'

let t: Awaited<ReturnType<typeof tempProject>>
let ctx: Ctx

/** The second wave's wording drifted and its columns moved. */
const DRIFTED = [
  'Informazioni cronologiche',
  'Indirizzo email',
  'Ragione sociale dell’azienda',
  'N. di dipendenti',
  'Giorni di lavoro da remoto alla settimana',
  'Quanto è soddisfatta/o del servizio?',
  'Età'
]

async function buildRecipe(dataset: string): Promise<void> {
  addStep(ctx, dataset, { op: 'normalise', variables: ['azienda'] })
  addStep(ctx, dataset, {
    op: 'recode',
    variable: 'azienda',
    loose: true,
    source: 'cluster',
    map: COMPANY_VARIANTS.map(([name, variants]) => ({ from: variants, to: name }))
  })
  addStep(ctx, dataset, { op: 'setMissing', variables: ['soddisfatto_servizio'], codes: ['Non so'] })
  addStep(ctx, dataset, { op: 'dedupe', keys: ['indirizzo_email'], by: 'informazioni_cronologiche' })
  addStep(ctx, dataset, {
    op: 'bin',
    source: 'numero_dipendenti',
    name: 'classe',
    bins: [{ label: 'micro', max: 10 }, { label: 'piccola', min: 10, max: 50 }, { label: 'media', min: 50, max: 250 }, { label: 'grande', min: 250 }]
  })
  addStep(ctx, dataset, { op: 'validate', rule: { kind: 'range', variable: 'eta', min: 16, max: 99 } })
}

/** Rows keyed by e-mail so that two frames can be compared whatever the row order. */
function byEmail(frame: DatasetFrame): Map<string, Record<string, unknown>> {
  const emails = frame.column('indirizzo_email')
  const out = new Map<string, Record<string, unknown>>()
  emails.forEach((e, i) => {
    const row: Record<string, unknown> = {}
    for (const v of frame.variables) row[v.name] = frame.column(v.name)[i]
    out.set(String(e), row)
  })
  return out
}

beforeAll(async () => {
  t = await tempProject()
  ctx = t.ctx
  const f1 = path.join(t.dir, 'wave1.xlsx')
  await writeMessy(f1)
  await importSurvey(ctx, f1, { dataset: 'Wave1', wave: '2021' })
  await buildRecipe('Wave1')
})
afterAll(() => t.cleanup())

describe('a recipe re-applied to the next wave', () => {
  it('maps drifted columns and gives the same clean result', async () => {
    const rows = messyRows()
    const rnd = prng(3)
    const shuffled = [...rows].sort(() => rnd.next() - 0.5)
    const f2 = path.join(t.dir, 'wave2.xlsx')
    await writeMessy(f2, shuffled, DRIFTED)
    await importSurvey(ctx, f2, { dataset: 'Wave2' })
    const doc = JSON.parse(JSON.stringify(recipeDocument(ctx, 'Wave1')))
    const r = applyRecipeDocument(ctx, 'Wave2', doc)
    expect(r.skipped).toEqual([])
    const m = Object.fromEntries(r.mapping.map((x) => [x.from, x.to]))
    expect(m.azienda).toBe('ragione_sociale_azienda')
    expect(m.numero_dipendenti).toBe('n_dipendenti')
    expect(m.giorni_lavoro_agile_settimana).toBe('giorni_lavoro_remoto_settimana')
    const a = loadDatasetFrame(ctx, 'Wave1')
    const b = loadDatasetFrame(ctx, 'Wave2')
    expect(b.rowCount).toBe(a.rowCount)
    expect(b.variables.map((v) => v.name).sort()).toEqual(a.variables.filter((v) => v.name !== 'wave').map((v) => v.name).sort())
    const ra = byEmail(a)
    const rb = byEmail(b)
    for (const [email, row] of ra) {
      const { wave: _w, ...rest } = row
      expect(rb.get(email), email).toEqual(rest)
    }
  })

  it('reports the steps that could not apply when a variable has no column', async () => {
    const f3 = path.join(t.dir, 'wave3.xlsx')
    await writeMessy(f3, messyRows(), MESSY_HEADERS.map((h) => (h === 'Numero di dipendenti' ? 'Fatturato annuo' : h)))
    await importSurvey(ctx, f3, { dataset: 'Wave3' })
    const r = applyRecipeDocument(ctx, 'Wave3', recipeDocument(ctx, 'Wave1'), { numero_dipendenti: null })
    expect(r.mapping.find((x) => x.from === 'numero_dipendenti')?.to).toBeNull()
    expect(r.skipped.map((s) => s.op)).toEqual(['bin'])
    expect(englishText(r.skipped[0].message!)).toMatch(/numero_dipendenti/)
  })
})

describe('appending a wave', () => {
  it('previews the mapping without writing', async () => {
    const f = path.join(t.dir, 'wave2023.xlsx')
    await writeMessy(f, messyRows().map((r) => ({ ...r, email: r.email.replace('@', '.2023@') })), DRIFTED)
    const before = listDatasets(ctx).length
    const p = await previewWave(ctx, 'Wave1', f, { wave: '2023' })
    expect(listDatasets(ctx)).toHaveLength(before)
    expect(p.unmapped).toEqual([])
    expect(p.mapping.find((m) => m.from === 'azienda')).toMatchObject({ to: 'ragione_sociale_azienda', column: 'Ragione sociale dell’azienda' })
  })

  it('appends the rows under a wave variable and replays the recipe on both waves', async () => {
    const f = path.join(t.dir, 'wave2023.xlsx')
    const before = loadDatasetFrame(ctx, 'Wave1')
    const r = await appendWave(ctx, 'Wave1', f, { wave: '2023', map: { giorni_lavoro_agile_settimana: 'Giorni di lavoro da remoto alla settimana' } })
    expect(r.totalRows).toBe(20)
    expect(r.cleanRows).toBe(18)
    const frame = loadDatasetFrame(ctx, 'Wave1')
    const waves = frame.column('wave')
    expect(waves.filter((w) => w === '2021')).toHaveLength(9)
    expect(waves.filter((w) => w === '2023')).toHaveLength(9)
    expect(new Set(frame.column('azienda'))).toEqual(new Set(COMPANY_VARIANTS.map(([n]) => n)))
    expect(frame.column('classe').filter((c) => c === null)).toHaveLength(0)
    expect(listWaves(ctx, 'Wave1').map((w) => [w.wave, w.rows])).toEqual([['2021', 10], ['2023', 10]])
    expect(listDatasets(ctx).find((d) => d.name === 'Wave1')!.waves).toEqual(['2021', '2023'])
    // The first wave's clean values are unchanged by the append.
    const first = before.column('azienda')
    expect(frame.column('azienda').slice(0, first.length)).toEqual(first)
  })

  it('refuses a wave label twice, and undo removes the appended wave', async () => {
    const f = path.join(t.dir, 'wave2023.xlsx')
    await expect(appendWave(ctx, 'Wave1', f, { wave: '2023' })).rejects.toThrow(/already has a wave/)
    undo(t.project, 'tester')
    const frame = loadDatasetFrame(ctx, 'Wave1')
    expect(frame.rowCount).toBe(9)
    expect(new Set(frame.column('wave'))).toEqual(new Set(['2021']))
  })
})
