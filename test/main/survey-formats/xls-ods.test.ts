import fs from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'
import { SHARED_FIXTURES } from '../../support/shared-fixtures'
import { readSheet } from '../../../src/main/services/io/sheet'
import { cellText, type SheetGrid } from '../../../src/main/services/io/sheet/types'
import { writeBigQuestionnaireXlsx } from '../../../src/main/services/io/sheet/generate-big-xlsx'
import { soffice } from './tools'
import { tinyCompoundFile } from '../survey/support/tiny-cfb'

/**
 * Legacy .xls and .ods written by LibreOffice (another producer) from a questionnaire-shaped workbook
 * read into the same grid as the workbook itself; the corpus' .ods files against their .xlsx twins.
 */
let dir: string
let cleanup: () => void
const CORPUS = path.join(SHARED_FIXTURES, 'xlsx-corpus')

/** Cell-by-cell differences between two grids: kind, text of text cells, value of numbers and dates. */
function differences(a: SheetGrid, b: SheetGrid): string[] {
  const out: string[] = []
  if (a.rowCount !== b.rowCount || a.colCount !== b.colCount) out.push(`size ${a.rowCount}×${a.colCount} vs ${b.rowCount}×${b.colCount}`)
  for (let c = 0; c < Math.min(a.colCount, b.colCount); c++)
    for (let r = 0; r < Math.min(a.rowCount, b.rowCount); r++) {
      const x = a.columns[c]
      const y = b.columns[c]
      const same =
        x.kind[r] === y.kind[r] &&
        (x.kind[r] !== 1 || cellText(x, r) === cellText(y, r)) &&
        (x.kind[r] < 2 || x.kind[r] > 4 || Math.abs(x.num[r] - y.num[r]) < 1e-6)
      if (!same && out.length < 10) out.push(`R${r + 1}C${c + 1}: ${x.kind[r]} ${cellText(x, r)} vs ${y.kind[r]} ${cellText(y, r)}`)
    }
  return out
}

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir())
  await writeBigQuestionnaireXlsx(path.join(dir, 'questionario.xlsx'), 400, 30)
  const profile = path.join(dir, 'lo-profile')
  soffice([path.join(dir, 'questionario.xlsx')], 'xls', dir, profile)
  soffice([path.join(dir, 'questionario.xlsx')], 'ods', dir, profile)
}, 600_000)
afterAll(() => cleanup())

describe('.xls and .ods from LibreOffice', () => {
  it.each(['xls', 'ods'])('the .%s holds the same cells as the workbook it was converted from', async (ext) => {
    const original = (await readSheet(path.join(dir, 'questionario.xlsx'))).grid
    const { info, grid } = await readSheet(path.join(dir, `questionario.${ext}`))
    expect(info.format).toBe(ext)
    expect(grid.rowCount).toBe(401)
    expect(differences(original, grid)).toEqual([])
  })

  it('imports .xls and .ods to the same variables as the .xlsx', async () => {
    const project = path.join(dir, 'p.esiti')
    expect((await cli('new', project, '--json')).code).toBe(0)
    const shape = async (file: string, name: string): Promise<unknown> => {
      const r = await cli('survey', 'import', project, file, '--dataset', name, '--json')
      expect(r.code, r.stderr).toBe(0)
      return { rows: r.json.rows, variables: r.json.variables }
    }
    const base = await shape(path.join(dir, 'questionario.xlsx'), 'xlsx')
    expect(await shape(path.join(dir, 'questionario.xls'), 'xls')).toEqual(base)
    expect(await shape(path.join(dir, 'questionario.ods'), 'ods')).toEqual(base)
  })

  it.each(['sheetjs__1904__1904', 'sheetjs__merge_cells'])('corpus %s.ods reads as its .xlsx twin (dates, merges)', async (name) => {
    const x = await readSheet(path.join(CORPUS, `${name}.xlsx`))
    const o = await readSheet(path.join(CORPUS, `${name}.ods`))
    expect(differences(x.grid, o.grid)).toEqual([])
    const key = (m: { r0: number; c0: number; r1: number; c1: number }): string => `${m.r0},${m.c0}:${m.r1},${m.c1}`
    expect(o.grid.merges.map(key).sort()).toEqual(x.grid.merges.map(key).sort())
  })
})

describe('a wrong kind of file chosen as a questionnaire is named', () => {
  const cases: [string, () => Buffer, RegExp, RegExp][] = [
    ['lettera.docx', () => Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') })), /Word document \(\.docx\)/, /documento Word \(\.docx\)/],
    ['report.pdf', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), /PDF document/, /documento PDF/],
    ['risposte.xlsx', () => Buffer.from('%PDF-1.4 really a pdf'), /PDF document/, /documento PDF/],
    ['foto.csv', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /an image/, /un’immagine/],
    // Text documents the CSV reader used to take line by line as rows.
    ['README.md', () => fs.readFileSync(path.resolve(__dirname, '../../../README.md')), /a Markdown document/, /un documento Markdown/],
    ['export.xls', () => Buffer.from('\uFEFF  <!DOCTYPE html><html><body><table><tr><td>Età</td></tr></table></body></html>'), /a web page \(HTML\)/, /una pagina web \(HTML\)/],
    ['risposte.csv', () => Buffer.from('<?xml version="1.0"?><data><row a="1"/></data>'), /an XML file/, /un file XML/],
    ['form.json', () => Buffer.from('{"risposte": [1, 2]}'), /a JSON file/, /un file JSON/]
  ]
  it.each(cases)('%s', async (name, make, en, it_) => {
    const file = path.join(dir, name)
    fs.writeFileSync(file, make())
    const project = path.join(dir, 'wrong.esiti')
    if (!fs.existsSync(project)) expect((await cli('new', project, '--json')).code).toBe(0)
    const r = await cli('survey', 'import', project, file)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(en)
    expect((await cli('survey', 'import', project, file, '--locale', 'it')).stderr).toMatch(it_)
  })
})

describe('an Excel 5.0/95 (BIFF5) workbook', () => {
  // LibreOffice no longer writes BIFF5: the file is built here from the record layouts of [MS-XLS].
  const rec = (type: number, data: Buffer): Buffer => {
    const h = Buffer.alloc(4)
    h.writeUInt16LE(type, 0)
    h.writeUInt16LE(data.length, 2)
    return Buffer.concat([h, data])
  }
  const u16 = (...v: number[]): Buffer => Buffer.concat(v.map((x) => Buffer.from([x & 0xff, (x >> 8) & 0xff])))
  const bof = (dt: number): Buffer => rec(0x0809, u16(0x0500, dt, 0, 0))
  const cell = (row: number, col: number): Buffer => u16(row, col, 15)
  const label = (row: number, col: number, text: string): Buffer => {
    const b = Buffer.from(text, 'latin1')
    return rec(0x0204, Buffer.concat([cell(row, col), u16(b.length), b]))
  }
  const number = (row: number, col: number, v: number): Buffer => {
    const d = Buffer.alloc(8)
    d.writeDoubleLE(v)
    return rec(0x0203, Buffer.concat([cell(row, col), d]))
  }

  it('reads its sheet name, Windows-1252 text and numbers', async () => {
    const name = Buffer.from('Risposte', 'latin1')
    const sheet = Buffer.concat([bof(0x10), label(0, 0, 'Città'), label(0, 1, 'Età'), label(1, 0, 'Forlì'), number(1, 1, 42.5), rec(0x000a, Buffer.alloc(0))])
    const globalsWithout = (offset: number): Buffer =>
      Buffer.concat([bof(0x05), rec(0x0042, u16(1252)), rec(0x0085, Buffer.concat([Buffer.from([offset & 0xff, (offset >> 8) & 0xff, 0, 0, 0, 0, name.length]), name])), rec(0x000a, Buffer.alloc(0))])
    const offset = globalsWithout(0).length
    const book = Buffer.concat([globalsWithout(offset), sheet])
    const file = path.join(dir, 'excel95.xls')
    fs.writeFileSync(file, tinyCompoundFile([{ name: 'Book', data: book }]))
    const { info, grid } = await readSheet(file)
    expect(info.sheets.map((s) => s.name)).toEqual(['Risposte'])
    expect([cellText(grid.columns[0], 0), cellText(grid.columns[1], 0), cellText(grid.columns[0], 1)]).toEqual(['Città', 'Età', 'Forlì'])
    expect(grid.columns[1].num[1]).toBe(42.5)
  })
})
