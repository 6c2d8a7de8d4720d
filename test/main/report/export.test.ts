import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { unzipSync, strFromU8 } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/main'
import { EVIL_ORG, PHONE_TITLE, reportProject } from './fixture'
import type { TempProject } from '../indicators/helpers'

let t: TempProject
let out: string
let csvDir: string
let exported: { file: string; sheets: number; tables: number; charts: number; csv: string[] }
let cliIndicators: { indicators: { code: string; value: number | null; n: number; missing: number; format: string; status: string; message?: string; breakdown: { by: string; group: string; value: number | null; n: number }[] }[] }

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, (s) => (stdout += s), (s) => (stderr += s))
  return { code, stdout, stderr }
}

beforeAll(async () => {
  t = await reportProject()
  t.closeProject()
  out = path.join(t.dir, 'report.xlsx')
  csvDir = path.join(t.dir, 'csv')
  const e = await cli(['export', t.file, '--out', out, '--csv', csvDir, '--json'])
  expect(e.stderr).toBe('')
  expect(e.code).toBe(0)
  exported = JSON.parse(e.stdout)
  const i = await cli(['indicators', t.file, '--json'])
  expect(i.code).toBe(0)
  cliIndicators = JSON.parse(i.stdout)
})
afterAll(() => t.close())

const readBook = async (file: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  return wb
}
const zip = (file: string): Record<string, Uint8Array> => unzipSync(new Uint8Array(fs.readFileSync(file)))

describe('report workbook export', () => {
  it('reports what it wrote', () => {
    expect(exported.file).toBe(out)
    expect(exported.tables).toBe(7)
    // six tables have data to chart; the broken one has none
    expect(exported.charts).toBe(6)
    expect(fs.existsSync(out)).toBe(true)
    expect(fs.readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('holds the same numbers as `esiti indicators --json`', async () => {
    const wb = await readBook(out)
    const ws = wb.getWorksheet('Indicatori')!
    const byCode = new Map<string, ExcelJS.Row>()
    ws.eachRow((row, n) => n > 1 && byCode.set(String(row.getCell(1).value), row))
    expect(byCode.size).toBe(cliIndicators.indicators.length)
    for (const ind of cliIndicators.indicators) {
      const row = byCode.get(ind.code)!
      const cell = row.getCell(6)
      if (ind.status !== 'ok') {
        expect(cell.value).toBeNull()
        expect(String(row.getCell(16).value)).toBe(ind.message)
        continue
      }
      const expected = ind.format === 'percent' ? ind.value! / 100 : ind.value!
      expect(cell.value as number).toBeCloseTo(expected, 12)
      expect(cell.numFmt).toBe(ind.format === 'percent' ? '0.0%' : ind.format === 'count' ? '#,##0' : '0.00')
      expect(row.getCell(8).value).toBe(ind.n)
      expect(row.getCell(9).value).toBe(ind.missing)
    }
    const s9 = cliIndicators.indicators.find((i) => i.code === 'S9')!
    expect(s9.status).toBe('error')
    expect(s9.message).toMatch(/giorni_sw/)

    const bd = wb.getWorksheet('Disaggregazioni')!
    const rows: [string, string, number][] = []
    bd.eachRow((row, n) => n > 1 && rows.push([String(row.getCell(1).value), String(row.getCell(4).value).replace(/^'/, ''), row.getCell(5).value as number]))
    const fromCli = cliIndicators.indicators.flatMap((i) =>
      i.breakdown.map((b) => [i.code, b.group, i.format === 'percent' ? b.value! / 100 : b.value!] as [string, string, number])
    )
    expect(rows.length).toBe(fromCli.length)
    rows.forEach((r, k) => {
      expect(r[0]).toBe(fromCli[k][0])
      expect(r[1]).toBe(fromCli[k][1])
      expect(r[2]).toBeCloseTo(fromCli[k][2], 12)
    })
  })

  it('writes section tables with numbers, captions, notes and a frozen header', async () => {
    const wb = await readBook(out)
    const names = wb.worksheets.map((w) => w.name)
    expect(names.slice(0, 3)).toEqual(['Indice', 'Indicatori', 'Disaggregazioni'])
    expect(names).toContain('Metodi')
    const s4 = wb.worksheets.find((w) => w.name.startsWith('4 '))!
    const cells: string[] = []
    s4.eachRow((row) => cells.push(String(row.getCell(1).value)))
    expect(cells).toContain(`Tabella 4.1 – ${PHONE_TITLE}`)
    expect(cells.some((c) => c.startsWith('Base: rispondenti validi, N = 8'))).toBe(true)
    expect(cells.some((c) => c.startsWith('Fonte: Questionario "Dipendenti"'))).toBe(true)
    // the "Asilo" row: total, % of all cases (one respondent of nine skipped the question), 2021, 2022
    // as fractions with a % format
    let asilo: ExcelJS.Row | undefined
    s4.eachRow((row) => String(row.getCell(1).value) === 'Asilo' && !asilo && (asilo = row))
    expect([2, 3, 4, 5].map((c) => asilo!.getCell(c).value)).toEqual([0.5, 4 / 9, 0.5, 0.5])
    expect(asilo!.getCell(2).numFmt).toBe('0.0%')
    for (const ws of [wb.getWorksheet('Indicatori')!, s4]) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(wb.getWorksheet('Indicatori')!.getColumn(2).width).toBeGreaterThan(20)
    const s6 = wb.worksheets.find((w) => w.name.startsWith('6 '))!
    const s6text: string[] = []
    s6.eachRow((row) => s6text.push(String(row.getCell(1).value)))
    expect(s6text.some((c) => c.includes('L’indicatore «NOPE» non è definito'))).toBe(true)
  })

  it('links every table from the index with internal links only', async () => {
    const wb = await readBook(out)
    const index = wb.getWorksheet('Indice')!
    const links: { text: string; hyperlink: string }[] = []
    index.eachRow((row) => {
      const v = row.getCell(1).value as { hyperlink?: string; text?: string } | null
      if (v && typeof v === 'object' && v.hyperlink) links.push({ text: String(v.text), hyperlink: v.hyperlink })
    })
    const tableLinks = links.filter((l) => l.text.startsWith('Tabella '))
    expect(tableLinks.map((l) => l.text)).toEqual(['Tabella 2.1', 'Tabella 2.2', 'Tabella 4.1', 'Tabella 4.2', 'Tabella 5.1', 'Tabella 5.2', 'Tabella 6.1'])
    for (const l of links) {
      const m = /^#'(.+)'!A(\d+)$/.exec(l.hyperlink)
      expect(m, l.hyperlink).not.toBeNull()
      const target = wb.getWorksheet(m![1].replace(/''/g, "'"))
      expect(target, l.hyperlink).toBeDefined()
      if (l.text.startsWith('Tabella ')) expect(String(target!.getCell(Number(m![2]), 1).value)).toMatch(new RegExp(`^${l.text} – `))
    }
  })

  it('draws one native chart per charted table, bound to the cells of its sheet', () => {
    const files = zip(out)
    const charts = Object.keys(files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
    expect(charts).toHaveLength(6)
    expect(Object.keys(files).filter((f) => /^xl\/media\//.test(f))).toEqual([])
    for (const c of charts) {
      const xml = strFromU8(files[c])
      const refs = [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1])
      expect(refs.length, c).toBeGreaterThan(2)
      for (const r of refs) expect(r, c).toMatch(/^'(2|4|5) .+'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/)
    }
    const drawings = Object.keys(files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))
    expect(drawings).toHaveLength(3)
  })

  it('never turns user text into a formula', () => {
    const files = zip(out)
    const sheets = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
    expect(sheets.length).toBe(exported.sheets)
    for (const s of sheets) expect(strFromU8(files[s])).not.toMatch(/<f[\s>]/)
    const shared = strFromU8(files['xl/sharedStrings.xml'])
    // stored as guarded strings
    expect(shared).toContain('<t>&apos;=HYPERLINK(&quot;http://x&quot;)</t>')
    expect(shared).toContain('<t>&apos;+39 02 555 0101 – linea welfare</t>')
    expect(shared).toContain('<t>&apos;@SUM(1+1)</t>')
    expect(shared).not.toMatch(/<t[^>]*>=HYPERLINK/)
  })

  it('exports the same tables to guarded, BOM-prefixed CSV with ";" and decimal commas', () => {
    expect(exported.csv.map((f) => path.basename(f))).toContain('Tabella_4.1.csv')
    const text = fs.readFileSync(path.join(csvDir, 'Tabella_4.1.csv'), 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const lines = text.slice(1).split('\r\n')
    expect(lines[1]).toBe('Servizi welfare usati;Totale;% su tutti i casi;2021;2022')
    expect(lines[2]).toBe('Asilo;50,0%;44,4%;50,0%;50,0%')
    expect(lines).toContain('"Fonte: Questionario ""Dipendenti"", ricetta v1"')
    const t42 = fs.readFileSync(path.join(csvDir, 'Tabella_4.2.csv'), 'utf8')
    expect(t42).toContain(";'@SUM(1+1);")
    const ind = fs.readFileSync(path.join(csvDir, 'Indicatori.csv'), 'utf8')
    // 7 of 9 with the Wilson interval of 7/9 (45.3%–93.7%)
    expect(ind).toMatch(/\r\nS1;Dipendenti in smart working almeno 2 giorni;8;77,8%;%;9;0;45,3%;93,7%;60,0%;calcolato;\r\n/)
  })

  it('labels in English with --locale en', async () => {
    const en = path.join(t.dir, 'report-en.xlsx')
    const r = await cli(['export', t.file, '--out', en, '--locale', 'en', '--json'])
    expect(r.code).toBe(0)
    const wb = await readBook(en)
    expect(wb.worksheets[0].name).toBe('Index')
    const s2 = wb.worksheets.find((w) => w.name.startsWith('2 '))!
    expect(String(s2.getCell(3, 1).value)).toMatch(/^Table 2\.1 – /)
  })

  it('leaves no file behind when the target cannot be written', async () => {
    const missing = path.join(t.dir, 'no-such-folder', 'r.xlsx')
    const a = await cli(['export', t.file, '--out', missing])
    expect(a.code).toBe(1)
    expect(a.stderr).toMatch(/^esiti: Cannot write .*folder does not exist\.\n$/)
    const blocker = path.join(t.dir, 'occupied.xlsx')
    fs.mkdirSync(blocker)
    fs.writeFileSync(path.join(blocker, 'keep.txt'), 'x')
    const before = fs.readdirSync(t.dir).sort()
    const b = await cli(['export', t.file, '--out', blocker])
    expect(b.code).toBe(1)
    expect(b.stderr.split('\n').filter(Boolean)).toHaveLength(1)
    expect(fs.readdirSync(t.dir).sort()).toEqual(before)
    expect(fs.readdirSync(blocker)).toEqual(['keep.txt'])
    const notFolder = path.join(out, 'x.xlsx')
    const c = await cli(['export', t.file, '--out', notFolder, '--json'])
    expect(c.code).toBe(1)
    expect(c.stderr).toMatch(/Cannot write/)
    expect(fs.existsSync(notFolder)).toBe(false)
  })

  it.skipIf(spawnSync('soffice', ['--version']).status !== 0)('opens in LibreOffice (headless conversion to csv and pdf)', () => {
    const conv = path.join(t.dir, 'lo')
    fs.mkdirSync(conv)
    const profile = `file://${path.join(t.dir, 'lo-profile')}`
    for (const format of ['csv', 'pdf']) {
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', conv, out], { timeout: 120_000, stdio: 'pipe' })
      const produced = path.join(conv, `report.${format}`)
      expect(fs.existsSync(produced), format).toBe(true)
      expect(fs.statSync(produced).size).toBeGreaterThan(100)
    }
    // csv conversion writes the first sheet: the index with the table captions
    expect(fs.readFileSync(path.join(conv, 'report.csv'), 'utf8')).toContain('Tabella 2.1')
  })
})

describe('the organisation name as stored', () => {
  it('is unchanged in the project (only exports are guarded)', async () => {
    const { openProjectFile } = await import('../../../src/main/db/project-file')
    const p = await openProjectFile(t.file, { readonly: true })
    const row = p.sqlite.prepare('SELECT name FROM organisations WHERE name = ?').get(EVIL_ORG) as { name: string }
    p.close()
    expect(row.name).toBe(EVIL_ORG)
  })
})
