import ExcelJS from 'exceljs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import { tempProject } from './support'

/**
 * Issue 17: the report workbook's data sheets (the rows behind the indicators) leave identifier
 * variables out unless asked, hash them on request, and keep them only when told to; the CLI and
 * the window share the service, so this is tested once, through the CLI.
 */
let t: Awaited<ReturnType<typeof tempProject>>
const EMAILS = ['anna.verdi@example.it', 'luca.moro@example.org', 'sara.conte@example.com', 'piero.gallo@example.net']

async function dataSheet(file: string): Promise<{ header: string[]; rows: string[][] }> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const ws = wb.worksheets.find((w) => w.name.startsWith('Dati – '))!
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String)
  const rows: string[][] = []
  ws.eachRow((row, k) => k > 1 && rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
  return { header, rows }
}

beforeAll(async () => {
  t = await tempProject()
  const csv = ['Email;Soddisfazione;Municipio', ...EMAILS.map((e, i) => `${e};${(i % 4) + 1};${i % 2 ? 'Municipio 5' : 'Municipio 7'}`)].join('\n')
  const file = t.file('risposte.csv', csv + '\n')
  const r = await t.cli('survey', 'import', t.project, file, '--dataset', 'Indagine')
  expect(r.err).toBe('')
  const ids = await t.cli('identifiers', t.project)
  expect(ids.json.variables.map((v: { variable: string; kind: string }) => [v.variable, v.kind])).toContainEqual(['email', 'email'])
}, 60_000)

afterAll(() => fs.rmSync(t.dir, { recursive: true, force: true }))

describe('identifier variables in the report data sheets', () => {
  it('are left out by default, and the export says so', async () => {
    const out = path.join(t.dir, 'default.xlsx')
    const r = await t.cli('export', t.project, '--out', out, '--with-data')
    expect(r.err).toBe('')
    const { header, rows } = await dataSheet(out)
    expect(header).not.toContain('email')
    expect(header).toContain('soddisfazione')
    expect(rows).toHaveLength(EMAILS.length)
    expect(rows.flat().some((v) => EMAILS.includes(v))).toBe(false)
    expect(r.json.warnings.map((w: { text: string }) => w.text).join('\n')).toMatch(/email/)
  }, 60_000)

  it('are hashed when asked: equal values equal pseudonyms, no address left', async () => {
    const out = path.join(t.dir, 'hash.xlsx')
    const r = await t.cli('export', t.project, '--out', out, '--with-data', '--identifiers', 'hash')
    expect(r.err).toBe('')
    const { header, rows } = await dataSheet(out)
    const k = header.indexOf('email')
    expect(k).toBeGreaterThanOrEqual(0)
    const values = rows.map((r) => r[k])
    expect(values.every((v) => /^[0-9a-f]{16}$/.test(v))).toBe(true)
    expect(new Set(values).size).toBe(EMAILS.length)
    expect(fs.readFileSync(out).includes(Buffer.from('example'))).toBe(false)
  }, 60_000)

  it('are kept only when the user says so', async () => {
    const out = path.join(t.dir, 'keep.xlsx')
    expect((await t.cli('export', t.project, '--out', out, '--with-data', '--identifiers', 'keep')).err).toBe('')
    const { header, rows } = await dataSheet(out)
    expect(rows.map((r) => r[header.indexOf('email')]).sort()).toEqual([...EMAILS].sort())
  }, 60_000)

  it('refuses an unknown policy with a clear message', async () => {
    const r = await t.cli('export', t.project, '--out', path.join(t.dir, 'x.xlsx'), '--with-data', '--identifiers', 'maybe')
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/omit, hash or keep/)
  })
})
