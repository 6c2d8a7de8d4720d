import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempProject } from '../../support/temp-project'
import { addStep, appendWave, checkExpression, importSurvey, issuesOf, loadDatasetFrame, previewWave, profileDataset, removeStep } from '../../../src/main/services/survey'
import { nearKeys } from '../../../src/main/services/survey/recipe/ops/near-keys'
import { computeSurvey } from '../../../src/main/services/indicators/survey-compute'
import { labels } from '../../../src/main/services/indicators/labels'
import type { Ctx } from '../../../src/main/services/context'
import { englishText } from '../../../src/shared/messages'
import { writeXlsx, type Cell } from './support/xlsx-writer'

let t: Awaited<ReturnType<typeof tempProject>>
let ctx: Ctx

const OPTIONS_2022 = ['Mensa', 'Palestra', 'Asilo nido']
const NEW_OPTION = 'Coworking di quartiere'
const HEADER = ['Informazioni cronologiche', 'Indirizzo email', 'Cognome', 'Nome', 'Quali servizi utilizzi?', 'Quanto sei soddisfatto del servizio?']

/** A Google Forms wave: the same people may answer both waves; 2023 offers one more option. */
function wave(year: number, people: number, options: string[]): Cell[][] {
  const rows: Cell[][] = [HEADER]
  for (let i = 0; i < people; i++) {
    const chosen = options.filter((_, k) => (i + k + year) % 3 !== 0)
    rows.push([
      `${String(1 + (i % 28)).padStart(2, '0')}/03/${year} 10.${String(i % 60).padStart(2, '0')}.00`,
      `persona${i}@esempio.it`,
      i === 5 ? null : `Cognome${i % 7}`,
      `Nome${i % 4}`,
      (chosen.length ? chosen : [options[0]]).join(', '),
      ['Poco soddisfatto', 'Abbastanza soddisfatto', 'Molto soddisfatto'][i % 3]
    ])
  }
  return rows
}

beforeAll(async () => {
  t = await tempProject()
  ctx = t.ctx
  const f22 = path.join(t.dir, 'w2022.xlsx')
  const f23 = path.join(t.dir, 'w2023.xlsx')
  const rows22 = wave(2022, 40, OPTIONS_2022)
  // A repeated submission in 2022 (same e-mail, later time).
  rows22.push([...rows22[3].slice(0, 1).map(() => '28/03/2022 18.00.00'), ...rows22[3].slice(1)])
  await writeXlsx(f22, [{ name: 'Risposte', rows: rows22 }])
  // 2023: one question reworded so that only its wording resembles the old one.
  const rows23 = wave(2023, 30, [...OPTIONS_2022, NEW_OPTION])
  rows23[0] = [...HEADER.slice(0, 5), 'Quanto ti è piaciuto il servizio?']
  await writeXlsx(f23, [{ name: 'Risposte', rows: rows23 }])
  await importSurvey(ctx, f22, { dataset: 'Panel', wave: '2022' })
  await appendWave(ctx, 'Panel', f23, { wave: '2023' })
})
afterAll(() => t.cleanup())

describe('waves', () => {
  it('flags a mapping that rests on similar wording alone', async () => {
    const f23 = path.join(t.dir, 'w2023.xlsx')
    const p = await previewWave(ctx, 'Panel', f23, { wave: '2024' })
    const m = p.mapping.find((x) => x.from === 'soddisfatto_servizio')!
    expect(m).toMatchObject({ to: 'piaciuto_servizio', how: 'similar', review: true })
    expect(m.score).toBeLessThan(0.75)
    expect(p.review).toEqual(['soddisfatto_servizio'])
    expect(p.warnings.map(englishText).some((w) => /matched to "Quanto ti è piaciuto il servizio\?" by similar wording only/.test(w))).toBe(true)
  })

  it('counts an option new in 2023 as "not asked" in 2022, not as 0 %', () => {
    const frame = loadDatasetFrame(ctx, 'Panel')
    const set = frame.variables.find((v) => v.type === 'multi')!
    expect(set.notAsked).toEqual({ waveVariable: 'wave', options: { [NEW_OPTION]: ['2022'] } })
    const spec = { source: 'survey' as const, dataset: 'Panel', layer: 'clean' as const, percentBase: 'row' as const, statistic: 'multi' as const, variable: set.name }
    const byWave = computeSurvey(frame, { ...spec, statistic: 'percent', categories: [NEW_OPTION] }, [{ by: 'wave' }], labels('it')).breakdown
    const all = computeSurvey(frame, spec, [], labels('it'))
    const waves = frame.column('wave')
    const values = frame.column(set.name)
    const in2023 = values.filter((v, i) => waves[i] === '2023' && Array.isArray(v))
    const chose = in2023.filter((v) => (v as string[]).includes(NEW_OPTION)).length
    // Over the 2023 respondents only: the 2022 ones were never offered it.
    expect(all.series.find((s) => s.key === NEW_OPTION)).toMatchObject({ n: in2023.length })
    expect(all.series.find((s) => s.key === NEW_OPTION)!.value).toBeCloseTo((100 * chose) / in2023.length, 9)
    // Mensa was offered in both waves: its base is everyone who answered.
    expect(all.series.find((s) => s.key === 'Mensa')!.n).toBe(all.n)
    expect(byWave.length).toBeGreaterThan(0)
    const profile = profileDataset(ctx, 'Panel', { variables: [set.name] }).variables[0]
    expect(profile.counts!.find((c) => c.value === NEW_OPTION)!.notAsked).toEqual(['2022'])
  })
})

describe('dedupe', () => {
  it('removes repeated submissions within a wave, keeping a person who answered both waves', () => {
    const before = loadDatasetFrame(ctx, 'Panel').rowCount
    const r = addStep(ctx, 'Panel', { op: 'dedupe', keys: ['indirizzo_email'], by: 'informazioni_cronologiche' })
    expect(r.steps.at(-1)).toMatchObject({ rows: 1 })
    expect(r.rows).toBe(before - 1)
    const reason = issuesOf(ctx, 'Panel').exclusions[0].reason
    expect(englishText(reason)).toMatch(/^Duplicate of row \d+ in wave 2022/)
    removeStep(ctx, 'Panel', r.steps.at(-1)!.id)
    // Across waves, on the user's choice: a 2023 answer replaces the same person's 2022 one.
    const all = addStep(ctx, 'Panel', { op: 'dedupe', keys: ['indirizzo_email'], by: 'informazioni_cronologiche', scope: 'all' })
    expect(all.steps.at(-1)!.rows).toBe(1 + 30)
    removeStep(ctx, 'Panel', all.steps.at(-1)!.id)
  })

  it('never matches rows on a blank part of a compound key', () => {
    const r = addStep(ctx, 'Panel', { op: 'dedupe', keys: ['cognome', 'nome'], near: false })
    const frame = loadDatasetFrame(ctx, 'Panel')
    // Person 5 has no surname: it is compared with nobody, so it is never removed.
    expect(frame.column('indirizzo_email')).toContain('persona5@esempio.it')
    expect(r.steps.at(-1)!.rows).toBeGreaterThan(0)
    removeStep(ctx, 'Panel', r.steps.at(-1)!.id)
  })

  it('pairs typing slips, never two first names that differ', () => {
    expect(nearKeys('laura.mariani@esempio.it', 'luca.mariani@esempio.it')).toBe(false)
    expect(nearKeys('giulio.bianchi@esempio.it', 'giulia.bianchi@esempio.it')).toBe(false)
    expect(nearKeys('paolo.verdi', 'paola.verdi')).toBe(false)
    expect(nearKeys('persona1@esempio.it', 'persona2@esempio.it')).toBe(false)
    expect(nearKeys('mario.rossi@gmail.com', 'mario.rossi@gmial.com')).toBe(true)
    expect(nearKeys('mraio.rossi@gmail.com', 'mario.rossi@gmail.com')).toBe(true)
    expect(nearKeys('giullia.bianchi@x.it', 'giulia.bianchi@x.it')).toBe(true)
    expect(nearKeys('mario.rossi@x.it', 'mario.rosi@x.it')).toBe(true)
    expect(nearKeys('mario.rossi@x.it', 'mariorossi@x.it')).toBe(true)
  })
})

describe('expressions', () => {
  it('call a comparison with null an error, with the position and a hint to ismissing()', () => {
    const c = checkExpression(ctx, 'Panel', 'nome == null')
    expect(c).toMatchObject({ ok: false, position: 5, length: 2 })
    expect(englishText(c.error!)).toBe('Expression error at character 6: comparing with null is never true: a missing value is unknown. Write ismissing(x) instead of x = null')
    expect(englishText(checkExpression(ctx, 'Panel', 'nome != missing').error!)).toMatch(/not ismissing\(x\)/)
    expect(checkExpression(ctx, 'Panel', 'ismissing(nome) or nome = "Nome1"')).toMatchObject({ ok: true, variables: ['nome'] })
    // The syntax help comes in both languages.
    expect(englishText(c.help)).toMatch(/Examples: eta >= 18/)
    expect(() => addStep(ctx, 'Panel', { op: 'exclude', where: 'cognome = null', reason: 'x' })).toThrow(/ismissing/)
  })

  it('say where the error is', () => {
    expect(checkExpression(ctx, 'Panel', 'if(nome = "a", 1)')).toMatchObject({ ok: false, position: 0, length: 2 })
    expect(checkExpression(ctx, 'Panel', 'nome = "aperto')).toMatchObject({ ok: false, position: 7 })
    expect(checkExpression(ctx, 'Panel', 'mean(nome, ')).toMatchObject({ ok: false })
    // A variable only exists after the step that creates it.
    addStep(ctx, 'Panel', { op: 'compute', name: 'doppio', expression: 'len(nome) * 2' })
    expect(checkExpression(ctx, 'Panel', 'doppio > 3').ok).toBe(true)
    expect(checkExpression(ctx, 'Panel', 'doppio > 3', 1)).toMatchObject({ ok: false, error: { params: { detail: { key: 'survey.expr.unknownVariable' } } } })
  })
})

describe('multiple-response steps', () => {
  it('combine option columns into one set and split a joined column', async () => {
    const f = path.join(t.dir, 'colonne.xlsx')
    const rows: Cell[][] = [['Id', 'Mensa', 'Palestra', 'Asilo', 'Altro servizio']]
    for (let i = 0; i < 20; i++) rows.push([i + 1, i % 2 ? 'x' : null, i % 3 ? null : '✓', i % 5 === 0 ? 'Sì' : 'No', i === 7 ? 'Biblioteca' : null])
    rows.push([99, null, null, null, null])
    await writeXlsx(f, [{ name: 'Foglio1', rows }])
    await importSurvey(ctx, f, { dataset: 'Colonne' })
    const r = addStep(ctx, 'Colonne', { op: 'combineMulti', name: 'servizi', label: 'Servizi usati', variables: ['mensa', 'palestra', 'asilo', 'altro_servizio'], options: ['Mensa', 'Palestra', 'Asilo', 'Altro'] })
    expect(r.steps.at(-1)!.warnings.map((w) => w.key)).toEqual(['survey.step.notASet'])
    const frame = loadDatasetFrame(ctx, 'Colonne')
    expect(frame.variables.some((v) => v.name === 'mensa')).toBe(false)
    const v = frame.column('servizi')
    expect(v[0]).toEqual(['Palestra', 'Asilo'])
    expect(v[1]).toEqual(['Mensa'])
    expect(v[7]).toEqual(['Mensa', 'Altro'])
    // No mark in any column: not answered, left out of the base.
    expect(v[20]).toBeNull()
    const m = frame.variables.find((x) => x.name === 'servizi')!
    expect(m).toMatchObject({ type: 'multi', options: ['Mensa', 'Palestra', 'Asilo', 'Altro'] })
  })

  it('include or exclude non-substantive answers by a step', async () => {
    const f = path.join(t.dir, 'nonso.xlsx')
    const rows: Cell[][] = [['Voto', 'Giudizio']]
    const AG = ['Scarso', 'Sufficiente', 'Buono', 'Ottimo']
    for (let i = 0; i < 30; i++) rows.push([i, i % 5 === 0 ? 'Non saprei' : AG[i % 4]])
    await writeXlsx(f, [{ name: 'Foglio1', rows }])
    await importSurvey(ctx, f, { dataset: 'Giudizi' })
    const share = (): number | null =>
      computeSurvey(loadDatasetFrame(ctx, 'Giudizi'), { source: 'survey', dataset: 'Giudizi', layer: 'clean', percentBase: 'row', statistic: 'percent', variable: 'giudizio', categories: ['Ottimo'] }, [], labels('it')).value
    const ottimo = rows.slice(1).filter((r) => r[1] === 'Ottimo').length
    expect(share()).toBeCloseTo((100 * ottimo) / 24, 9)
    addStep(ctx, 'Giudizi', { op: 'setNonSubstantive', variables: ['giudizio'], include: true })
    expect(share()).toBeCloseTo((100 * ottimo) / 30, 9)
    expect(profileDataset(ctx, 'Giudizi', { variables: ['giudizio'] }).variables[0]).toMatchObject({ nonSubstantive: 6, nonSubstantiveIncluded: true, valid: 30 })
  })
})
