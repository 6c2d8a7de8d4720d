import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempProject } from '../../support/temp-project'
import { cli } from '../../support/cli'
import { datasetDetail, importSurvey, loadDatasetFrame, previewImport, profileDataset, recipeImportStep, type ImportSummary } from '../../../src/main/services/survey'
import { isCodiceFiscale, isPartitaIva } from '../../../src/main/services/survey/infer/identifiers'
import { computeSurvey } from '../../../src/main/services/indicators/survey-compute'
import { labels } from '../../../src/main/services/indicators/labels'
import type { Ctx } from '../../../src/main/services/context'
import { prng } from '../../../src/main/demo/questionnaires/prng'

/**
 * A hand-made sheet holding every kind of decision the import takes for the user: a title and a note
 * row, a total row, a hidden column, cell comments, identifiers (partite IVA stored as numbers without
 * their leading zeros, codici fiscali, phone numbers), a percent column mixing 0.45 and "45%", a
 * Likert item with "Non so". Each decision is listed with its count, each can be undone before the
 * import, and the figures follow.
 */

let t: Awaited<ReturnType<typeof tempProject>>
let ctx: Ctx
let file: string

const N = 60
const CF_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

/** A valid partita IVA from a 10-digit body (the check digit computed here, not by the code under test). */
function piva(body: string): string {
  let sum = 0
  for (let i = 0; i < 10; i++) {
    let d = Number(body[i])
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return body + ((10 - (sum % 10)) % 10)
}

/** A valid codice fiscale (check letter by the DM 12/03/1974 tables, written out here). */
function codiceFiscale(i: number): string {
  const base = `RSS${CF_LETTERS[i % 26]}RA${80 + (i % 20)}A${String(1 + (i % 28)).padStart(2, '0')}F205`
  let sum = 0
  for (let k = 0; k < 15; k++) {
    const c = base[k]
    const v = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65
    sum += k % 2 === 0 ? (c >= '0' && c <= '9' ? ODD[Number(c)] : ODD[c.charCodeAt(0) - 65]) : v
  }
  return base + CF_LETTERS[sum % 26]
}

interface Row {
  code: number
  vat: string
  cf: string
  phone: string
  share: number
  typedPercent: boolean
  agree: string
  note: string
}
const AGREE = ["Per niente d'accordo", "Poco d'accordo", "Abbastanza d'accordo", "Molto d'accordo"]

function rows(): Row[] {
  const rnd = prng(5)
  return Array.from({ length: N }, (_, i) => ({
    code: 5000 + i,
    vat: piva(String(i % 3 === 0 ? '0' : '1') + String(100_000_000 + rnd.int(0, 899_999_999)).slice(0, 9)),
    cf: codiceFiscale(i),
    phone: `3${rnd.int(20, 49)}${String(rnd.int(0, 9_999_999)).padStart(7, '0')}`,
    share: rnd.int(5, 95) / 100,
    typedPercent: i % 3 === 1,
    agree: i % 7 === 3 ? 'Non so' : AGREE[rnd.int(0, 3)],
    note: `nota interna ${i}`
  }))
}
const DATA = rows()

async function writeSheet(target: string): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Aziende')
  ws.addRow(['Monitoraggio aziende aderenti – 2023'])
  ws.addRow(['Codice', 'Partita IVA', 'Codice fiscale referente', 'Cellulare referente', 'Quota di tempo in smart working', "Il welfare aziendale è utile", 'Note interne'])
  ws.getCell('E2').note = 'Chiesto come percentuale del tempo di lavoro'
  for (const r of DATA) {
    // Excel keeps a partita IVA typed as a number, and so drops its leading zero.
    const vat = r.vat.startsWith('0') ? Number(r.vat) : r.vat
    const row = ws.addRow([r.code, vat, r.cf, Number(r.phone), r.typedPercent ? `${Math.round(r.share * 100)}%` : r.share, r.agree, r.note])
    if (!r.typedPercent) row.getCell(5).numFmt = '0%'
  }
  ws.getCell(`F${3 + 4}`).note = { texts: [{ text: 'Risposta data al telefono' }] } as ExcelJS.Comment
  ws.addRow(['Totale', null, null, null, null, null, null])
  ws.addRow([])
  ws.addRow(['Fonte: rilevazione interna, marzo 2023'])
  ws.getColumn(7).hidden = true
  await wb.xlsx.writeFile(target)
}

beforeAll(async () => {
  t = await tempProject()
  ctx = t.ctx
  file = path.join(t.dir, 'aziende.xlsx')
  await writeSheet(file)
})
afterAll(() => t.cleanup())

const decision = (r: ImportSummary, id: string): ImportSummary['decisions'][number] => {
  const d = r.decisions.find((x) => x.id === id)
  if (!d) throw new Error(`no decision ${id} among ${r.decisions.map((x) => x.id).join(', ')}`)
  return d
}
const meanOf = (dataset: string, variable: string): number | null =>
  computeSurvey(loadDatasetFrame(ctx, dataset), { source: 'survey', dataset, layer: 'clean', percentBase: 'row', statistic: 'mean', variable }, [], labels('it')).value

describe('the generators write what they say', () => {
  it('valid partite IVA and codici fiscali', () => {
    for (const r of DATA) {
      expect(isPartitaIva(r.vat), r.vat).toBe(true)
      expect(isCodiceFiscale(r.cf), r.cf).toBe(true)
    }
    expect(isPartitaIva('12345678901')).toBe(false)
  })
})

describe('the import decisions report', () => {
  let r: ImportSummary
  beforeAll(async () => {
    r = await previewImport(file)
  })

  it('lists every decision with its count', () => {
    expect(decision(r, 'headerRows')).toMatchObject({ kind: 'headerRows', count: 1, reversible: true })
    expect(decision(r, 'rowsSkipped:totals')).toMatchObject({ count: 1, reverted: false })
    expect(decision(r, 'rowsSkipped:notes')).toMatchObject({ count: 1 })
    expect(decision(r, 'hiddenColumn:G')).toMatchObject({ kind: 'hiddenColumn', count: 1, column: 'G' })
    expect(decision(r, 'comments')).toMatchObject({ kind: 'comments', count: 2 })
    expect(decision(r, 'identifier:A')).toMatchObject({ kind: 'identifier', variable: 'codice', count: N })
    const zeros = DATA.filter((x) => x.vat.startsWith('0')).length
    expect(decision(r, 'identifier:B')).toMatchObject({ kind: 'identifier', count: N, detail: { key: 'survey.decision.identifierZeros', params: { zeros } } })
    expect(decision(r, 'identifier:C').detail).toMatchObject({ params: { kind: { key: 'survey.identifier.taxcode' } } })
    expect(decision(r, 'identifier:D').detail).toMatchObject({ params: { kind: { key: 'survey.identifier.phone' } } })
    expect(decision(r, 'scale:E')).toMatchObject({ kind: 'scale', count: DATA.filter((x) => !x.typedPercent).length })
    expect(decision(r, 'nonSubstantive:F')).toMatchObject({ count: DATA.filter((x) => x.agree === 'Non so').length })
    expect(decision(r, 'scale:F').detail.key).toBe('survey.decision.likertScores')
    for (const d of r.decisions) expect(d.detail.key, d.id).toMatch(/^survey\.decision\./)
  })

  it('types identifiers as identifiers, never as numbers, restoring the zeros a number lost', async () => {
    for (const [name, kind] of [
      ['codice', 'respondent'],
      ['partita_iva', 'vat'],
      ['codice_fiscale_referente', 'taxcode'],
      ['cellulare_referente', 'phone']
    ])
      expect(r.variables.find((v) => v.name === name), name).toMatchObject({ type: 'id', identifier: kind, role: 'metadata' })
    await importSurvey(ctx, file, { dataset: 'Aziende' })
    const frame = loadDatasetFrame(ctx, 'Aziende')
    expect(frame.column('partita_iva')).toEqual(DATA.map((x) => x.vat))
    expect(frame.variables.find((v) => v.name === 'partita_iva')).toMatchObject({ type: 'id', identifier: 'vat' })
  })

  it('puts fractions and "45%" answers on one scale: the mean is the true one', () => {
    const truth = (100 * DATA.reduce((s, x) => s + x.share, 0)) / N
    expect(meanOf('Aziende', 'quota_tempo_smart_working')).toBeCloseTo(truth, 6)
  })

  it('keeps "Non so" apart and scores the Likert item for its mean', () => {
    const substantive = DATA.filter((x) => x.agree !== 'Non so')
    const truth = substantive.reduce((s, x) => s + AGREE.indexOf(x.agree) + 1, 0) / substantive.length
    expect(meanOf('Aziende', 'welfare_aziendale_utile')).toBeCloseTo(truth, 9)
    const p = profileDataset(ctx, 'Aziende', { variables: ['welfare_aziendale_utile'] }).variables[0]
    expect([p.nonSubstantive, p.valid]).toEqual([N - substantive.length, substantive.length])
  })

  it('imports the hidden column and keeps the comments as notes, with a trace', () => {
    const d = datasetDetail(ctx, 'Aziende')
    expect(d.decisions.map((x) => x.id)).toContain('hiddenColumn:G')
    expect(loadDatasetFrame(ctx, 'Aziende').column('note_interne')[0]).toBe('nota interna 0')
    const quota = loadDatasetFrame(ctx, 'Aziende').variables.find((v) => v.name === 'quota_tempo_smart_working')!
    expect(quota.note).toBe('Chiesto come percentuale del tempo di lavoro')
    const stored = JSON.parse((t.project.sqlite.prepare("SELECT import_settings s FROM datasets WHERE name = 'Aziende'").get() as { s: string }).s)
    expect(stored.notes).toHaveLength(1)
    expect(stored.notes[0]).toMatchObject({ row: 7, column: 'F', variable: 'welfare_aziendale_utile', text: 'Risposta data al telefono' })
    expect(stored.hiddenColumns).toEqual(['G'])
  })

  it('records the decisions in the recipe', () => {
    const step0 = recipeImportStep(ctx, 'Aziende')
    const decided = step0.settings.decisions as { id: string; reverted: boolean }[]
    expect(decided.map((x) => x.id)).toEqual(r.decisions.map((x) => x.id))
    expect(decided.every((x) => !x.reverted)).toBe(true)
  })
})

describe('undoing decisions before the import', () => {
  it('changes the figures accordingly, and records what was undone', async () => {
    const revert = ['scale:E', 'nonSubstantive:F', 'identifier:B', 'hiddenColumn:G', 'rowsSkipped:totals', 'comments']
    const r = await importSurvey(ctx, file, { dataset: 'Aziende, a mano', revert })
    for (const id of revert) expect(decision(r, id).reverted, id).toBe(true)
    expect(r.rows).toBe(N + 1)
    expect(r.variables.some((v) => v.name === 'note_interne')).toBe(false)
    expect(r.variables.find((v) => v.name === 'partita_iva')!.type).toBe('numeric')
    expect(r.variables.find((v) => v.name === 'welfare_aziendale_utile')!.nonSubstantive).toEqual({ values: ['Non so'], include: true })
    // Without the percent decision, 0.45 and 45 are averaged as they are: the wrong figure the issue saw.
    const wrong = meanOf('Aziende, a mano', 'quota_tempo_smart_working')!
    expect(wrong).toBeLessThan((100 * DATA.reduce((s, x) => s + x.share, 0)) / N - 10)
    expect(recipeImportStep(ctx, 'Aziende, a mano').settings.reverted).toEqual(revert)
  })

  it('refuses to undo a decision the import did not take', async () => {
    await expect(previewImport(file, { revert: ['scale:Z'] })).rejects.toThrow(/No decision "scale:Z"/)
  })
})

describe('esiti survey import --preview / --revert', () => {
  it('prints the decisions in the JSON and undoes the ones asked', async () => {
    const project = path.join(t.dir, 'cli.esiti')
    expect((await cli('new', project, '--json')).code).toBe(0)
    const preview = await cli('survey', 'import', project, file, '--preview', '--json')
    expect(preview.code, preview.stderr).toBe(0)
    expect(preview.json.platform).toBe('generic')
    const d = preview.json.decisions.find((x: { id: string }) => x.id === 'scale:E')
    expect(d).toMatchObject({ kind: 'scale', variable: 'quota_tempo_smart_working', count: DATA.filter((x) => !x.typedPercent).length, reverted: false })
    expect(d.detail).toMatch(/× 100/)
    const it = await cli('--locale', 'it', 'survey', 'import', project, file, '--json', '--revert', 'scale:E')
    const undone = it.json.decisions.find((x: { id: string }) => x.id === 'scale:E')
    expect(undone).toMatchObject({ reverted: true })
    expect(undone.detail).toMatch(/frazioni/)
    const human = await cli('survey', 'import', project, file, '--preview')
    expect(human.stdout).toMatch(/✓ scale:E/)
  })
})
