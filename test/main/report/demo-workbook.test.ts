import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportResultDto, IndicatorResultDto, TableModelDto } from '../../../src/shared/ipc/indicators'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

/*
 * Issue 5's "Done when" on the real demo: `esiti export demo.esiti --out tabelle.xlsx` writes the full
 * report workbook, LibreOffice opens it headless, and it re-reads to the numbers of `esiti indicators`.
 * (export.test.ts covers the same writer on a small hostile fixture.)
 */

type CliIndicator = Pick<IndicatorResultDto, 'code' | 'value' | 'n' | 'missing' | 'format' | 'status' | 'target'> & {
  breakdown: { by: string; group: string; value: number | null; n: number }[]
}

const tmp = tempDir('esiti-demo-book-')
const demo = path.join(tmp.dir, 'demo.esiti')
const out = path.join(tmp.dir, 'tabelle.xlsx')
let exported: ExportResultDto
let indicators: CliIndicator[]
let tables: TableModelDto[]
let book: ExcelJS.Workbook
let parts: Record<string, Uint8Array>

const asFraction = (v: number | null, format: string): number | null => (v === null ? null : format === 'percent' ? v / 100 : v)
const cellText = (v: ExcelJS.CellValue): string =>
  v && typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text) : v === null || v === undefined ? '' : String(v)

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  return wb
}

/** Indicator codes and values of the Indicatori sheet: code → [value, n, missing]. */
function indicatorSheet(wb: ExcelJS.Workbook): Map<string, [unknown, unknown, unknown]> {
  const ws = wb.getWorksheet('Indicatori')!
  const m = new Map<string, [unknown, unknown, unknown]>()
  ws.eachRow((row, n) => n > 1 && m.set(cellText(row.getCell(1).value), [row.getCell(6).value, row.getCell(8).value, row.getCell(9).value]))
  return m
}

beforeAll(async () => {
  expect((await cli('new', demo, '--demo', '--json')).code).toBe(0)
  const e = await cli('export', demo, '--out', out, '--json')
  expect(e.stderr).toBe('')
  exported = e.json
  indicators = (await cli('indicators', demo, '--json')).json.indicators
  tables = (await cli('tables', 'list', demo, '--json')).json.tables
  book = await readBook(out)
  parts = unzipSync(new Uint8Array(fs.readFileSync(out)))
}, 120_000)
afterAll(() => tmp.cleanup())

describe('the demo report workbook', () => {
  it('holds every demo table and one chart image per charted table', () => {
    expect(exported.file).toBe(out)
    expect(exported.warnings).toEqual([])
    expect(exported.tables).toBe(tables.length)
    expect(tables.length).toBeGreaterThanOrEqual(10)
    const charted = tables.filter((t) => t.chartSpec && t.chartSpec.type !== 'none')
    expect(exported.charts).toBe(charted.length)
    const pngs = Object.keys(parts).filter((f) => /^xl\/media\/[^/]+\.png$/.test(f))
    expect(pngs).toHaveLength(charted.length)
    for (const p of pngs) expect(Array.from(parts[p].slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  it('has an index linking every table, one sheet per report section and a methods sheet', () => {
    const names = book.worksheets.map((w) => w.name)
    expect(names[0]).toBe('Indice')
    for (const n of [1, 2, 3, 4, 5, 6]) expect(names.filter((s) => s.startsWith(`${n} `)), `section ${n}`).toHaveLength(1)
    expect(names).toContain('Metodi')
    expect(names).toContain('SDG')
    const links: { text: string; hyperlink: string }[] = []
    book.getWorksheet('Indice')!.eachRow((row) => {
      const v = row.getCell(1).value as { hyperlink?: string; text?: string } | null
      if (v && typeof v === 'object' && v.hyperlink) links.push({ text: String(v.text), hyperlink: v.hyperlink })
    })
    const tableLinks = links.filter((l) => l.text.startsWith('Tabella '))
    expect(tableLinks.map((l) => l.text.slice('Tabella '.length))).toEqual(tables.map((t) => t.label))
    for (const l of tableLinks) {
      const m = /^#'(.+)'!A(\d+)$/.exec(l.hyperlink)!
      const caption = cellText(book.getWorksheet(m[1].replace(/''/g, "'"))!.getCell(Number(m[2]), 1).value)
      expect(caption.startsWith(`${l.text} – `), l.hyperlink).toBe(true)
    }
    const methods: string[] = []
    book.getWorksheet('Metodi')!.eachRow((row) => row.eachCell((c) => methods.push(cellText(c.value))))
    for (const i of indicators) expect(methods, i.code).toContain(i.code)
  })

  it('re-reads to the numbers of `esiti indicators --json`', () => {
    expect(indicators.every((i) => i.status === 'ok')).toBe(true)
    const sheet = indicatorSheet(book)
    expect([...sheet.keys()]).toEqual(indicators.map((i) => i.code))
    for (const i of indicators) {
      const [value, n, missing] = sheet.get(i.code)!
      expect(value as number, i.code).toBeCloseTo(asFraction(i.value, i.format)!, 12)
      expect([n, missing]).toEqual([i.n, i.missing])
    }
    const bd: [string, string, string, number][] = []
    book.getWorksheet('Disaggregazioni')!.eachRow((row, k) => {
      if (k > 1) bd.push([cellText(row.getCell(1).value), '', cellText(row.getCell(4).value).replace(/^'/, ''), row.getCell(5).value as number])
    })
    const fromCli = indicators.flatMap((i) => i.breakdown.map((b) => [i.code, '', b.group, asFraction(b.value, i.format)] as const))
    expect(bd.map((r) => r.slice(0, 3))).toEqual(fromCli.map((r) => r.slice(0, 3)))
    bd.forEach((r, k) => expect(r[3]).toBeCloseTo(fromCli[k][3]!, 12))
  })

  it('writes each indicator table of the sections with the same figures, stored as numbers with formats', () => {
    const byCode = new Map(indicators.map((i) => [i.code, i]))
    let checked = 0
    for (const t of tables.filter((x) => x.spec.rows === 'indicators')) {
      const ws = book.worksheets.find((w) => w.name.startsWith(`${t.sectionNumber} `))!
      let at = 0
      ws.eachRow((row, k) => cellText(row.getCell(1).value) === `Tabella ${t.label} – ${t.title}` && (at = k))
      expect(at, t.label).toBeGreaterThan(0)
      expect(t.header.map((_h, c) => cellText(ws.getCell(at + 1, c + 1).value))).toEqual(t.header)
      const spec = t.spec as Extract<TableModelDto['spec'], { rows: 'indicators' }>
      spec.indicators.forEach((code, r) => {
        const ind = byCode.get(code)!
        const row = ws.getRow(at + 2 + r)
        expect(cellText(row.getCell(1).value).startsWith(`${code} – `)).toBe(true)
        expect(row.getCell(2).value as number).toBeCloseTo(asFraction(ind.value, ind.format)!, 12)
        expect(row.getCell(2).numFmt).toBe(ind.format === 'percent' ? '0.0%' : ind.format === 'count' ? '#,##0' : '0.00')
        t.header.forEach((h, c) => {
          if (t.columnRoles[c] !== 'group') return
          const b = ind.breakdown.find((x) => x.by === spec.by && x.group === h)
          const v = row.getCell(c + 1).value
          if (!b || b.value === null) expect(v).toBeNull()
          else expect(v as number, `${t.label} ${code} ${h}`).toBeCloseTo(asFraction(b.value, ind.format)!, 12)
          checked++
        })
      })
    }
    expect(checked).toBeGreaterThan(15)
  })

  it('contains no formula at all and no unguarded text that a spreadsheet would read as one', () => {
    const sheets = Object.keys(parts).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
    expect(sheets).toHaveLength(exported.sheets)
    for (const s of sheets) expect(strFromU8(parts[s])).not.toMatch(/<f[\s>]/)
    const shared = [...strFromU8(parts['xl/sharedStrings.xml']).matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1])
    expect(shared.length).toBeGreaterThan(100)
    expect(shared.filter((s) => /^[=+\-@\t\r]/.test(s))).toEqual([])
    for (const ws of book.worksheets) ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)))
  })

  it('is well-formed XML in every part', () => {
    const xml = Object.keys(parts).filter((f) => /\.(xml|rels)$/.test(f))
    expect(xml.length).toBeGreaterThan(20)
    const dir = path.join(tmp.dir, 'parts')
    for (const f of xml) {
      const p = path.join(dir, f)
      fs.mkdirSync(path.dirname(p), { recursive: true })
      fs.writeFileSync(p, parts[f])
    }
    const r = spawnSync('xmllint', ['--noout', ...xml.map((f) => path.join(dir, f))], { encoding: 'utf8' })
    if (r.error) return // xmllint not installed: the LibreOffice test below still parses the file
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })

  it.skipIf(spawnSync('soffice', ['--version']).status !== 0)(
    'opens in LibreOffice headless and converts back to xlsx with the same numbers and chart images',
    async () => {
      const conv = path.join(tmp.dir, 'lo')
      fs.mkdirSync(conv)
      const profile = `file://${path.join(tmp.dir, 'lo-profile')}`
      for (const format of ['xlsx:Calc MS Excel 2007 XML', 'pdf'])
        execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', conv, out], { timeout: 180_000, stdio: 'pipe' })
      const pdf = path.join(conv, 'tabelle.pdf')
      expect(fs.statSync(pdf).size).toBeGreaterThan(50_000)
      const again = path.join(conv, 'tabelle.xlsx')
      const wb = await readBook(again)
      expect(wb.worksheets.map((w) => w.name)).toEqual(book.worksheets.map((w) => w.name))
      const sheet = indicatorSheet(wb)
      for (const i of indicators) expect(sheet.get(i.code)![0] as number, i.code).toBeCloseTo(asFraction(i.value, i.format)!, 12)
      const media = Object.keys(unzipSync(new Uint8Array(fs.readFileSync(again)))).filter((f) => /^xl\/media\/.+\.png$/.test(f))
      expect(media).toHaveLength(exported.charts)
    },
    240_000
  )
})
