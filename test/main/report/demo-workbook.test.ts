import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportResultDto, IndicatorResultDto, TableModelDto } from '../../../src/shared/ipc/indicators'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'
import { convert, hasOffice, overlappingWords, pageTexts } from './pdf-pages'

/*
 * Issues 5 and 13 on the real demo: `esiti export demo.esiti --out tabelle.xlsx --docx tabelle.docx`
 * writes the full report workbook, with native charts bound to the tables' cells and every sheet set
 * up for print, and the Word report; LibreOffice opens both headless, the workbook re-reads to the
 * numbers of `esiti indicators`, and the PDFs show no text over text and no table split across pages.
 * (export.test.ts covers the same writer on a small hostile fixture.)
 */

type CliIndicator = Pick<IndicatorResultDto, 'code' | 'value' | 'n' | 'missing' | 'format' | 'status' | 'target'> & {
  breakdown: { by: string; group: string; value: number | null; n: number }[]
}

const tmp = tempDir('esiti-demo-book-')
const demo = path.join(tmp.dir, 'demo.esiti')
const out = path.join(tmp.dir, 'tabelle.xlsx')
const docx = path.join(tmp.dir, 'tabelle.docx')
let exported: ExportResultDto
let indicators: CliIndicator[]
let tables: TableModelDto[]
let book: ExcelJS.Workbook
let parts: Record<string, Uint8Array>
const variables = new Map<string, { name: string; label: string | null }[]>()

const asFraction = (v: number | null, format: string): number | null => (v === null ? null : format === 'percent' ? v / 100 : v)
const cellText = (v: ExcelJS.CellValue): string =>
  v && typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text) : v === null || v === undefined ? '' : String(v)

/**
 * Whether a table, as written (row heights read back from the workbook), fits on one printed page:
 * A4 with the workbook's margins, scaled to the sheet's width as a reader fitting it to one page wide
 * would (Excel's conversion of column widths, with a tenth of slack).
 */
function fitsOnAPage(t: TableModelDto): boolean {
  const ws = book.worksheets.find((w) => w.name.startsWith(`${t.sectionNumber} `))!
  let top = 0
  let end = 0
  ws.eachRow((row, k) => {
    const v = cellText(row.getCell(1).value)
    if (v.startsWith(`Tabella ${t.label} – `)) top = k
    else if (top && !end && v.startsWith('Fonte: ')) end = k
  })
  let height = 0
  for (let k = top; k <= end; k++) height += ws.getRow(k).height ?? 15
  let width = 0
  for (let c = 1; c <= ws.columnCount; c++) width += (Math.trunc((ws.getColumn(c).width ?? 9.14) * 7 + 5) * 3) / 4
  const landscape = ws.pageSetup.orientation === 'landscape'
  const scale = Math.min(1, (landscape ? 842 - 72 : 595 - 72) / width)
  return height * scale * 1.1 < (landscape ? 595 : 842) - 108 - 20
}

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
  const e = await cli('export', demo, '--out', out, '--docx', docx, '--json')
  expect(e.stderr).toBe('')
  exported = e.json
  indicators = (await cli('indicators', demo, '--json')).json.indicators
  tables = (await cli('tables', 'list', demo, '--json')).json.tables
  for (const d of ['Dipendenti', 'Aziende']) variables.set(d, (await cli('survey', 'profile', demo, '--dataset', d, '--json')).json.variables)
  book = await readBook(out)
  parts = unzipSync(new Uint8Array(fs.readFileSync(out)))
}, 120_000)
afterAll(() => tmp.cleanup())

describe('the demo report workbook', () => {
  it('holds every demo table and one native chart per charted table, bound to its cells', () => {
    expect(exported.file).toBe(out)
    expect(exported.docx).toBe(docx)
    expect(exported.warnings).toEqual([])
    expect(exported.tables).toBe(tables.length)
    expect(tables.length).toBeGreaterThanOrEqual(10)
    const charted = tables.filter((t) => t.chartSpec && t.chartSpec.type !== 'none' && t.status === 'ok')
    expect(exported.charts).toBe(charted.length)
    const charts = Object.keys(parts).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
    expect(charts).toHaveLength(charted.length)
    expect(Object.keys(parts).filter((f) => f.startsWith('xl/media/'))).toEqual([])
    const types = strFromU8(parts['[Content_Types].xml'])
    for (const c of charts) {
      expect(types).toContain(`PartName="/${c}"`)
      const xml = strFromU8(parts[c])
      const refs = [...xml.matchAll(/<c:f>'([^<]+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?<\/c:f>/g)]
      expect(refs.length, c).toBeGreaterThanOrEqual(3)
      // every reference names a sheet of the workbook, and the cached values are the cells' values
      for (const m of refs) expect(book.getWorksheet(m[1].replace(/''/g, "'")), m[1]).toBeDefined()
      const vals = [...xml.matchAll(/<c:val><c:numRef><c:f>'([^<]+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?<\/c:f><c:numCache>(.*?)<\/c:numCache>/g)]
      expect(vals.length, c).toBeGreaterThan(0)
      for (const v of vals) {
        const ws = book.getWorksheet(v[1].replace(/''/g, "'"))!
        const cells: ExcelJS.Cell[] = []
        const [c1, r1] = [v[2], Number(v[3])]
        const [c2, r2] = [v[4] ?? c1, Number(v[5] ?? v[3])]
        for (let r = r1; r <= r2; r++)
          for (let k = ws.getColumn(c1).number; k <= ws.getColumn(c2).number; k++) cells.push(ws.getCell(r, k))
        const cached = new Map([...v[6].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]+)<\/c:v>/g)].map((p) => [Number(p[1]), Number(p[2])]))
        cells.forEach((cell, i) => {
          if (typeof cell.value === 'number') expect(cached.get(i), `${c} ${cell.address}`).toBeCloseTo(cell.value, 12)
          else expect(cached.has(i)).toBe(false)
        })
      }
    }
    // each section sheet with charts has one drawing, tied in by its relationships
    const drawings = Object.keys(parts).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))
    expect(drawings.length).toBeGreaterThan(0)
    for (const d of drawings) expect(parts[d.replace(/drawings\//, 'drawings/_rels/') + '.rels']).toBeDefined()
  })

  it('sets up every sheet for print: A4, one page wide, margins, header and footer, rows repeated, frozen header', () => {
    const defined = strFromU8(parts['xl/workbook.xml'])
    book.worksheets.forEach((ws, i) => {
      const xml = strFromU8(parts[`xl/worksheets/sheet${i + 1}.xml`])
      expect(xml, ws.name).toMatch(/<pageSetUpPr fitToPage="1"\/>/)
      expect(xml, ws.name).toMatch(/<pageSetup paperSize="9" orientation="(portrait|landscape)"[^>]*fitToWidth="1" fitToHeight="0"/)
      expect(xml, ws.name).toMatch(/<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75"/)
      expect(xml, ws.name).toMatch(/<oddFooter>&amp;C&amp;9Pagina &amp;P di &amp;N<\/oddFooter>/)
      expect(xml, ws.name).toContain('<oddHeader>&amp;L&amp;9MIRE – Milano in Rete&amp;R&amp;9&amp;A</oddHeader>')
      expect(defined, ws.name).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">`)
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen' })
    })
    // wide sheets print landscape, the two-column Methods portrait
    expect(book.getWorksheet('Indicatori')!.pageSetup.orientation).toBe('landscape')
    expect(book.getWorksheet('Metodi')!.pageSetup.orientation).toBe('portrait')
  })

  it('writes the Methods sheet in words: no JSON, no internal identifier, dates as a reader writes them', () => {
    const text: string[] = []
    book.getWorksheet('Metodi')!.eachRow((row) => row.eachCell((c) => text.push(cellText(c.value))))
    const all = text.join('\n')
    expect(text.length).toBeGreaterThan(200)
    // JSON and internal ids
    expect(all).not.toMatch(/\{\s*"|"\s*:|\[\s*["{]|["}]\s*\]/)
    expect(all).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i)
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
    // the codes the services store, never shown as such
    const codes = ['survey', 'register', 'coding', 'outcome /', 'top2box', 'percentBase', 'womenShare', 'companiesJoined', 'sizeClass', 'orgKind', 'setMissing', 'parseNumber', 'splitMulti', 'setValueLabels', 'dedupe', 'normalise', 'company/partner', 'percent(', ' ok']
    for (const code of codes) expect(all, code).not.toContain(code)
    // variable names of the demo questionnaires (snake_case) appear only as their labels
    const names = new Set<string>()
    for (const d of ['Dipendenti', 'Aziende']) for (const v of variables.get(d) ?? []) if (/_/.test(v.name) && v.label && v.label !== v.name) names.add(v.name)
    expect(names.size).toBeGreaterThan(10)
    for (const n of names) expect(all, n).not.toMatch(new RegExp(`(^|[^\\p{L}_])${n}($|[^\\p{L}_])`, 'u'))
    // one sentence per step of the current recipe, with what it did
    expect(all).toMatch(/Rimoss[oi] \d+ duplicat[oi] per «.+», mantenendo l’invio più recente/)
    expect(all).toMatch(/Importato il file «[^»]+\.(xlsx|csv)»/)
    expect(all).toMatch(/\d{1,2} (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) 20\d\d/)
    for (const i of indicators) expect(all, i.code).toContain(`${i.code} – `)
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
      spec.indicators.forEach((code) => {
        const ind = byCode.get(code)!
        // the figures' row: the first after the header whose label is the indicator's
        let k = at + 2
        while (!cellText(ws.getRow(k).getCell(1).value).startsWith(`${code} – `)) k++
        const row = ws.getRow(k)
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

  it.skipIf(!hasOffice)(
    'opens in LibreOffice, which keeps its numbers and charts; printed, no text overlaps and no table is split across pages',
    async () => {
      const again = convert(out, 'xlsx:Calc MS Excel 2007 XML', path.join(tmp.dir, 'lo-xlsx'))
      const wb = await readBook(again)
      expect(wb.worksheets.map((w) => w.name)).toEqual(book.worksheets.map((w) => w.name))
      const sheet = indicatorSheet(wb)
      for (const i of indicators) expect(sheet.get(i.code)![0] as number, i.code).toBeCloseTo(asFraction(i.value, i.format)!, 12)
      const charts = Object.keys(unzipSync(new Uint8Array(fs.readFileSync(again)))).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
      expect(charts).toHaveLength(exported.charts)

      const pdf = convert(out, 'pdf', path.join(tmp.dir, 'lo-pdf'))
      expect(overlappingWords(pdf)).toEqual([])
      const pages = pageTexts(pdf)
      expect(pages.length).toBeGreaterThan(20)
      for (const p of pages) expect(p).toMatch(/Pagina \d+ di \d+/)
      // A table that fits on a page is printed on one: its caption and its source line on the same page.
      let checked = 0
      for (const t of tables) {
        if (!fitsOnAPage(t)) continue
        checked++
        const at = pages.findIndex((p) => p.includes(`Tabella ${t.label} – `))
        expect(at, t.label).toBeGreaterThanOrEqual(0)
        const after = pages[at].slice(pages[at].indexOf(`Tabella ${t.label} – `))
        const next = after.indexOf('Tabella ', 5)
        const block = next > 0 ? after.slice(0, next) : after
        expect(block, `table ${t.label} continues on the next page`).toMatch(/Fonte: /)
      }
      expect(checked).toBeGreaterThan(tables.length - 3)
    },
    360_000
  )
})

describe('the demo report in Word', () => {
  it.skipIf(!hasOffice)('opens in LibreOffice Writer with every table and its chart, in section order', () => {
    const pdf = convert(docx, 'pdf', path.join(tmp.dir, 'lo-docx'))
    const text = pageTexts(pdf).join('\n')
    let from = 0
    for (const t of tables) {
      const at = text.indexOf(`Tabella ${t.label} – `, from)
      expect(at, `table ${t.label} in order`).toBeGreaterThan(from - 1)
      from = at
    }
    const images = spawnSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter((l) => l.trim())
    expect(images.length).toBeGreaterThanOrEqual(exported.charts)
    const parts = unzipSync(new Uint8Array(fs.readFileSync(docx)))
    const body = strFromU8(parts['word/document.xml'])
    expect(body.match(/<w:tbl>/g)?.length).toBe(tables.filter((t) => t.status === 'ok').length)
    expect(Object.keys(parts).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(exported.charts)
  }, 240_000)
})
