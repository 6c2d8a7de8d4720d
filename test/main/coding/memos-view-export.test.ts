import ExcelJS from 'exceljs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { undo } from '../../../src/main/db/op-log'
import { addAttribute, setCaseValues } from '../../../src/main/services/coding/attributes'
import { applyCode } from '../../../src/main/services/coding/codings'
import { exportCodebook } from '../../../src/main/services/coding/export-codebook'
import { exportMatrices } from '../../../src/main/services/coding/export-matrices'
import { exportSegments } from '../../../src/main/services/coding/export-segments'
import { createMemo, deleteMemo, listMemos, updateMemo } from '../../../src/main/services/coding/memos'
import { isFormulaLike, safeCellValue, safeSheetName, safeText } from '../../../src/main/services/excel/safe-cell'
import { sourceParagraphs, sourceView } from '../../../src/main/services/transcripts/source-view'
import { updateCode } from '../../../src/main/services/coding/codes'
import { tempProject, type TempProject } from '../transcripts/support/project'
import { codeQuote, seedSmall, TEXT_A, TEXT_B, type Small } from './fixture'

let t: TempProject
let s: Small
beforeEach(async () => {
  t = await tempProject('Giulia')
  s = seedSmall(t.ctx)
})
afterEach(() => t.close())

async function readSheet(file: string, name?: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const ws = name ? wb.getWorksheet(name)! : wb.worksheets[0]
  const rows: unknown[][] = []
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)))
  return rows
}

describe('memos', () => {
  it('writes journal, source, code, case and coding memos with author and dates; undoable', () => {
    const c = applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.sw, quote: 'smart working' })
    const journal = createMemo(t.ctx, { targetKind: 'project', title: 'Diario', body: 'Prima settimana di codifica.' })
    createMemo(t.ctx, { targetKind: 'source', targetId: s.sources.a, body: 'Intervista lunga\nseconda riga' })
    createMemo(t.ctx, { targetKind: 'code', targetId: s.codes.swBenefits, body: 'Definizione da rivedere' })
    createMemo(t.ctx, { targetKind: 'case', targetId: s.cases.anna, body: 'HR molto disponibile' })
    createMemo(t.ctx, { targetKind: 'coding', targetId: c.id, body: 'Citazione chiave' })
    expect(journal).toMatchObject({ author: 'Giulia', title: 'Diario', targetLabel: null })
    const all = listMemos(t.ctx)
    expect(all).toHaveLength(5)
    expect(new Map(all.map((m) => [m.targetKind, m.targetLabel]))).toEqual(
      new Map([
        ['project', null],
        ['source', 'Intervista A'],
        ['code', 'Smart working > Benefici'],
        ['case', 'Anna'],
        ['coding', 'smart working']
      ])
    )
    expect(all.find((m) => m.targetKind === 'source')!.title).toBe('Intervista lunga')
    const edited = updateMemo(t.ctx, journal.id, { body: 'Aggiornato' })
    expect(edited.body).toBe('Aggiornato')
    expect(edited.updatedAt >= edited.createdAt).toBe(true)
    deleteMemo(t.ctx, journal.id)
    expect(listMemos(t.ctx, { targetKind: 'project' })).toEqual([])
    undo(t.project, 'x')
    undo(t.project, 'x')
    expect(listMemos(t.ctx, { targetKind: 'project' })[0].body).toBe('Prima settimana di codifica.')
    expect(() => createMemo(t.ctx, { targetKind: 'code', targetId: 'nope', body: 'x' })).toThrow(/not found/)
  })
})

describe('source view', () => {
  it('returns text, structure and codings with colour, path and coder, filterable by coder', () => {
    updateCode(t.ctx, s.codes.swBenefits, { color: '#112233' })
    codeQuote(t.ctx, s.sources.a, TEXT_A, 'smart working', s.codes.swBenefits, s.coders.giulia)
    codeQuote(t.ctx, s.sources.a, TEXT_A, 'Perché', s.codes.sw, s.coders.marco, 2)
    codeQuote(t.ctx, s.sources.a, TEXT_A, 'Perché', s.codes.cw, s.coders.giulia, 1)
    const v = sourceView(t.ctx, s.sources.a)
    expect(v.text).toBe(TEXT_A)
    expect(v.source).toMatchObject({ name: 'Intervista A', caseName: 'Anna', codings: 3, chars: TEXT_A.length })
    expect(v.structure.turns.map((x) => x.speaker)).toEqual(['INT', 'R', 'INT', 'R'])
    expect(v.codings.map((c) => [c.start, c.codePath, c.coderName, c.color])).toEqual([
      [TEXT_A.indexOf('Perché'), 'Coworking', 'Giulia', '#f28e2b'],
      [TEXT_A.indexOf('smart working'), 'Smart working > Benefici', 'Giulia', '#112233'],
      [TEXT_A.lastIndexOf('Perché'), 'Smart working', 'Marco', '#4e79a7']
    ])
    expect(sourceView(t.ctx, s.sources.a, { coderIds: [s.coders.marco] }).codings).toHaveLength(1)
    expect(sourceView(t.ctx, s.sources.a, { includeText: false }).text).toBeNull()
    const page = sourceParagraphs(t.ctx, s.sources.a, 1, 2)
    expect(page.total).toBe(4)
    expect(page.paragraphs.map((p) => p.text)).toEqual([TEXT_A.split('\n\n')[1], TEXT_A.split('\n\n')[2]])
    expect(TEXT_A.slice(page.paragraphs[0].start, page.paragraphs[0].end)).toBe(page.paragraphs[0].text)
  })
})

describe('excel', () => {
  it('guards formula-like text', () => {
    for (const v of ['=1+1', '+39 02', '-5', '@SUM(A1)', '\tx', '\rx', '＝1', '＋1', '－1', '＠x']) {
      expect(isFormulaLike(v)).toBe(true)
      expect(safeCellValue(v)).toBe("'" + v)
    }
    expect(safeCellValue('normale')).toBe('normale')
    expect(safeCellValue(-5)).toBe(-5)
    expect(safeCellValue(Number.NaN)).toBeNull()
    expect(safeText('a\u0000b\u0007c')).toBe('abc')
    expect(safeText('x'.repeat(40000))).toHaveLength(32767)
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('Codici × fonti')
    expect(safeSheetName(wb, 'Codici × fonti')).toBe('Codici × fonti (2)')
    expect(safeSheetName(wb, 'a/b:c*?[d]')).toBe('a b c   d')
  })

  it('exports the quote bank with case attributes and guards', async () => {
    const role = addAttribute(t.ctx, { name: 'Ruolo', type: 'text' })
    setCaseValues(t.ctx, [{ caseId: s.cases.anna, attributeId: role.id, value: '=HR' }])
    const c = applyCode(t.ctx, { sourceId: s.sources.a, codeId: s.codes.swBenefits, quote: 'L’abbiamo fatto per le persone 😀', comment: '-importante' })
    applyCode(t.ctx, { sourceId: s.sources.b, codeId: s.codes.welfare, quote: 'Lo sportello', coder: 'Marco' })
    const file = path.join(t.dir, 'citazioni.xlsx')
    const r = await exportSegments(t.ctx, file, { query: { or: [{ code: s.codes.sw }, { code: s.codes.welfare }] } })
    expect(r).toMatchObject({ rows: 2, sheets: ['Citazioni'] })
    const rows = await readSheet(file)
    expect(rows[0]).toEqual(['Fonte', 'Caso', 'Ruolo', 'Codificatore', 'Percorso codice', 'Inizio', 'Fine', 'Citazione', 'Commento'])
    expect(rows[1]).toEqual(['Intervista A', 'Anna', "'=HR", 'Giulia', 'Smart working > Benefici', c.start, c.end, 'L’abbiamo fatto per le persone 😀', "'-importante"])
    expect(rows[2].slice(0, 5)).toEqual(['Intervista B', 'Bruno', undefined, 'Marco', 'Welfare'])
  })

  it('exports matrices and the codebook', async () => {
    codeQuote(t.ctx, s.sources.a, TEXT_A, 'smart working', s.codes.swBenefits, s.coders.giulia)
    codeQuote(t.ctx, s.sources.b, TEXT_B, 'smart working', s.codes.swLimits, s.coders.giulia)
    codeQuote(t.ctx, s.sources.b, TEXT_B, 'smart working invece', s.codes.welfare, s.coders.giulia)
    const file = path.join(t.dir, 'matrici.xlsx')
    const r = await exportMatrices(t.ctx, file)
    expect(r.sheets).toEqual(['Codici × fonti', 'Codici × casi', 'Presenza per caso', 'Co-occorrenze'])
    const bySource = await readSheet(file, 'Codici × fonti')
    expect(bySource[1]).toEqual(['Intervista A', 0, 1, 0, 0, 0, 1])
    expect(bySource[2]).toEqual(['Intervista B', 0, 0, 1, 0, 1, 2])
    const co = await readSheet(file, 'Co-occorrenze')
    expect(co[3]).toEqual(['Smart working > Limiti', 0, 0, 1, 0, 1])
    const cb = path.join(t.dir, 'codebook.xlsx')
    await exportCodebook(t.ctx, cb)
    const book = await readSheet(cb)
    expect(book.map((x) => x[0])).toEqual(['Percorso codice', 'Smart working', 'Smart working > Benefici', 'Smart working > Limiti', 'Coworking', 'Welfare'])
    await expect(exportCodebook(t.ctx, path.join(t.dir, 'x.csv'))).rejects.toThrow(/must end with \.xlsx/)
  })
})
