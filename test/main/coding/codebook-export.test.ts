import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../src/main/demo/seed'
import { listCodes } from '../../../src/main/services/coding/codes'
import { exportCodebook } from '../../../src/main/services/coding/export-codebook'
import { exportQdc } from '../../../src/main/services/team/refi/export'
import type { CodeDto } from '../../../src/shared/ipc/coding'
import { tempProject } from '../../support/temp-project'
import { sharedFixture } from '../../support/shared-fixtures'

const CODEBOOK_XSD = sharedFixture('refi', 'Codebook.xsd')

/** libxml2's verdict against the REFI-QDA codebook schema; the message names the offending element. */
function xmllint(file: string): void {
  try {
    execFileSync('xmllint', ['--noout', '--schema', CODEBOOK_XSD, file], { stdio: 'pipe' })
  } catch (e) {
    const err = e as { stderr?: Buffer; code?: string }
    if (err.code === 'ENOENT') throw new Error('xmllint is not installed: apt-get install -y libxml2-utils')
    throw new Error(`${path.basename(file)} is not valid against Codebook.xsd:\n${err.stderr?.toString() ?? String(e)}`)
  }
}

let t: Awaited<ReturnType<typeof tempProject>>
let codes: CodeDto[]

beforeAll(async () => {
  t = await tempProject('demo.esiti', 'e2e')
  await seedDemo(t.ctx)
  codes = listCodes(t.ctx)
})
afterAll(() => t.cleanup())

describe('codebook exports of the MIRE demo', () => {
  it('Excel: one row per code with path, level, colour fill, the four definitions, links and counts', async () => {
    const file = path.join(t.dir, 'codebook.xlsx')
    const r = await exportCodebook(t.ctx, file)
    expect(r.rows).toBe(codes.length)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const ws = wb.worksheets[0]
    expect(ws.rowCount).toBe(codes.length + 1)
    const header = (ws.getRow(1).values as unknown[]).slice(1)
    expect(header).toHaveLength(12)
    const byPath = new Map<string, ExcelJS.Row>()
    ws.eachRow((row, n) => n > 1 && byPath.set(String(row.getCell(1).value), row))
    expect([...byPath.keys()].sort()).toEqual(codes.map((c) => c.path).sort())
    const tools = codes.find((c) => c.path === 'Smart working > Strumenti e tecnologie')!
    const row = byPath.get(tools.path)!
    expect(row.getCell(2).value).toBe('Strumenti e tecnologie')
    expect(row.getCell(3).value).toBe(2)
    expect(row.getCell(4).value).toBe(tools.color)
    expect((row.getCell(4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF' + tools.color.slice(1).toUpperCase())
    expect(row.getCell(5).value).toBe(tools.definition)
    expect(row.getCell(6).value).toBe(tools.whenToUse)
    expect(String(row.getCell(10).value)).toMatch(/SDG \d+/)
    expect(row.getCell(11).value).toBe(tools.codings)
    const parent = codes.find((c) => c.path === 'Smart working')!
    expect(byPath.get('Smart working')!.getCell(12).value).toBe(parent.codingsTotal)
    expect(parent.codingsTotal).toBeGreaterThan(tools.codings)
  })

  it('REFI-QDA .qdc: valid against Codebook.xsd, with the hierarchy, colours, accents and definitions', () => {
    const file = path.join(t.dir, 'codici.qdc')
    const r = exportQdc(t.ctx, file)
    expect(r.codes).toBe(codes.length)
    xmllint(file)
    const xml = fs.readFileSync(file, 'utf8')
    expect(xml.match(/<Code /g)).toHaveLength(codes.length)
    // Sub-codes are nested inside their parent's <Code> element.
    const parent = xml.indexOf('name="Smart working"')
    const child = xml.indexOf('name="Strumenti e tecnologie"')
    const nextTop = xml.indexOf('name="Coworking"')
    expect(parent).toBeGreaterThan(0)
    expect(child).toBeGreaterThan(parent)
    expect(child).toBeLessThan(nextTop)
    expect(xml).toContain('name="Prossimità al territorio"')
    const tools = codes.find((c) => c.path === 'Smart working > Strumenti e tecnologie')!
    expect(xml.toLowerCase()).toContain(`name="strumenti e tecnologie" iscodable="true" color="${tools.color.toLowerCase()}"`)
    expect(xml).toContain(tools.definition!.slice(0, 40))
  })

  it('the schema check fails on a codebook the standard forbids', () => {
    const bad = path.join(t.dir, 'bad.qdc')
    fs.writeFileSync(bad, '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="x"/></Codes></CodeBook>')
    expect(() => xmllint(bad)).toThrow(/not valid against Codebook.xsd/)
  })
})
