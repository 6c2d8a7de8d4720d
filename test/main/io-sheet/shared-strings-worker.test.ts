import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { englishText } from '../../../src/shared/messages'
import { inspectWorkbook, readSheet } from '../../../src/main/services/io/sheet/index'
import { SHARED_STRINGS_WORKER } from '../../../src/main/services/io/sheet/shared-strings-thread'
import { CellKind, type SheetGrid } from '../../../src/main/services/io/sheet/types'
import { StreamingZipWriter } from '../../../src/main/services/io/sheet/zip-writer'
import { CORPUS, cellText, packageEntries, sheetXml, tempDir, writePackage } from './helpers'

// The shared strings of a large workbook are read by a worker thread while the sheet is scanned
// (decision 0034). The sheet's cells keep their string indices until the table arrives; these tests
// read the same files with the worker and on the main thread and require the same grid.

const tmp = tempDir()
afterAll(() => tmp.cleanup())
const defaults = { ...SHARED_STRINGS_WORKER }
afterEach(() => Object.assign(SHARED_STRINGS_WORKER, { minBytes: defaults.minBytes, enabled: defaults.enabled, source: undefined }))

const inWorker = (): void => {
  Object.assign(SHARED_STRINGS_WORKER, { enabled: true, minBytes: 0 })
}
const inThread = (): void => {
  SHARED_STRINGS_WORKER.enabled = false
}

/** Everything a reader of the grid can see, cell by cell (NaN as null so that equal grids compare equal). */
function snapshot(grid: SheetGrid): unknown {
  const cells: unknown[] = []
  for (let c = 0; c < grid.colCount; c++)
    for (let r = 0; r < grid.rowCount; r++) {
      const kind = grid.columns[c].kind[r]
      if (kind === CellKind.Empty) continue
      const num = grid.columns[c].num[r]
      cells.push([r, c, kind, cellText(grid, r, c), Number.isNaN(num) ? null : num])
    }
  return { rows: grid.rowCount, cols: grid.colCount, cells, warnings: grid.warnings.map(englishText), merges: grid.merges, hidden: grid.hiddenColumns ?? [] }
}

async function both(file: string, sheet?: string): Promise<{ worker: unknown; thread: unknown; started: number }> {
  inThread()
  const thread = snapshot((await readSheet(file, { sheet })).grid)
  inWorker()
  const before = SHARED_STRINGS_WORKER.started
  const worker = snapshot((await readSheet(file, { sheet })).grid)
  return { worker, thread, started: SHARED_STRINGS_WORKER.started - before }
}

describe('shared strings read in a worker thread', () => {
  it('gives the same grid as the main thread on every workbook of other producers', async () => {
    const books = readdirSync(CORPUS).filter((f) => f.endsWith('.xlsx'))
    expect(books.length).toBeGreaterThan(15)
    let started = 0
    let cells = 0
    for (const name of books) {
      const file = join(CORPUS, name)
      const info = await inspectWorkbook(file).catch(() => null)
      if (!info) continue
      for (const s of info.sheets) {
        const r = await both(file, s.name).catch((e: unknown) => ({ error: (e as Error).message }))
        if ('error' in r) {
          // A workbook refused on one path must be refused alike on the other.
          inThread()
          await expect(readSheet(file, { sheet: s.name })).rejects.toThrow(r.error)
          continue
        }
        expect(r.worker, `${name} › ${s.name}`).toEqual(r.thread)
        started += r.started
        cells += (r.thread as { cells: unknown[] }).cells.length
      }
    }
    // The worker really ran (a book without shared strings needs none), on real content.
    expect(started).toBeGreaterThan(10)
    expect(cells).toBeGreaterThan(1000)
    expect(SHARED_STRINGS_WORKER.fellBack).toBe(0)
  }, 120_000)

  it('treats empty and missing strings as the main thread did: not stored, the missing ones warned, the extent that of the cells left', async () => {
    const file = tmp.file('strings.xlsx')
    const sst = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Sì</t></si><si><t></t></si><si/><si><t>No</t></si></sst>'
    // A1 "Sì", B2 "No", inline text and a number in row 3; an empty string at D9 and a missing one at F12
    // lie beyond them, so the sheet ends at row 3 and column C.
    const body =
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
      '<row r="2"><c r="B2" t="s"><v>3</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>libero</t></is></c><c r="C3"><v>4.5</v></c></row>' +
      '<row r="9"><c r="D9" t="s"><v>1</v></c><c r="E9" t="s"><v>2</v></c></row>' +
      '<row r="12"><c r="F12" t="s"><v>99</v></c><c r="G12" t="s"><v>99999999999</v></c></row>'
    writePackage(file, [{ name: 'Foglio', xml: sheetXml(body) }], { sharedStrings: sst })
    for (const mode of [inWorker, inThread]) {
      mode()
      const { grid } = await readSheet(file)
      expect([grid.rowCount, grid.colCount]).toEqual([3, 3])
      expect([cellText(grid, 0, 0), cellText(grid, 1, 1), cellText(grid, 2, 0), grid.columns[2].num[2]]).toEqual(['Sì', 'No', 'libero', 4.5])
      // F12 names string 99 of 4, G12 one past any table: both warned, counted once.
      expect(grid.warnings.map(englishText).filter((w) => /shared string/i.test(w))).toEqual([
        'Some cells point to a shared string that does not exist: they were left empty (2 times)'
      ])
    }
  })

  it('numbers texts after the shared strings the same way when a sheet mixes both', async () => {
    const file = tmp.file('mixed.xlsx')
    const strings = Array.from({ length: 300 }, (_, i) => `risposta ${i}`)
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`
    let body = ''
    for (let r = 1; r <= 400; r++)
      body += `<row r="${r}"><c r="A${r}" t="s"><v>${(r * 7) % 300}</v></c><c r="B${r}" t="str"><v>formula ${r % 13}</v></c><c r="C${r}"><v>${r}.25</v></c><c r="D${r}" t="b"><v>${r % 2}</v></c></row>`
    writePackage(file, [{ name: 'Dati', xml: sheetXml(body) }], { sharedStrings: sst })
    const r = await both(file)
    expect(r.started).toBe(1)
    expect(r.worker).toEqual(r.thread)
    const { grid } = await readSheet(file)
    expect([cellText(grid, 0, 0), cellText(grid, 0, 1), cellText(grid, 399, 2), cellText(grid, 0, 3)]).toEqual(['risposta 7', 'formula 1', '400.25', 'TRUE'])
  })

  it('refuses a damaged or oversized shared strings part with the error the main thread gives', async () => {
    // An element of the shared strings past the 32 MB an element held whole may take.
    const big = tmp.file('big-element.xlsx')
    const zip = new StreamingZipWriter(big, 9)
    for (const [name, text] of Object.entries(packageEntries([{ name: 'A', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }]))) zip.file(name, text)
    zip.file('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`)
    const part = zip.entry('xl/sharedStrings.xml')
    part.write('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
    const chunk = 'a'.repeat(1 << 20)
    for (let i = 0; i < 40; i++) part.write(chunk)
    part.end()
    zip.close()
    const errors: { code: string; message: string }[] = []
    for (const mode of [inThread, inWorker]) {
      mode()
      const err = await readSheet(big).then(
        () => null,
        (e: unknown) => e
      )
      expect(err).toBeInstanceOf(EsitiError)
      errors.push({ code: (err as EsitiError).code, message: (err as EsitiError).message })
    }
    expect(errors[1]).toEqual(errors[0])
    expect(errors[0].code).toBe('TOO_LARGE')
  })

  it('stops the worker when the read is cancelled, and reads the part here when the worker cannot start', async () => {
    const file = tmp.file('cancel.xlsx')
    const strings = Array.from({ length: 20_000 }, (_, i) => `testo libero numero ${i} con qualche parola in più`)
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`
    let body = ''
    for (let r = 1; r <= 20_000; r++) body += `<row r="${r}"><c r="A${r}" t="s"><v>${r - 1}</v></c><c r="B${r}"><v>${r}</v></c></row>`
    writePackage(file, [{ name: 'Dati', xml: sheetXml(body) }], { sharedStrings: sst })
    inWorker()
    const ac = new AbortController()
    const read = readSheet(file, { signal: ac.signal, onProgress: () => ac.abort() })
    await expect(read).rejects.toMatchObject({ code: 'CANCELLED' })

    // A worker script that throws at load: the strings are read on this thread, with the same result.
    Object.assign(SHARED_STRINGS_WORKER, { source: { code: 'throw new Error("no worker here")', eval: true } })
    const fellBack = SHARED_STRINGS_WORKER.fellBack
    const { grid } = await readSheet(file)
    expect(SHARED_STRINGS_WORKER.fellBack).toBe(fellBack + 1)
    expect([grid.rowCount, cellText(grid, 19_999, 0)]).toEqual([20_000, strings[19_999]])
  })

  it('runs from the build: the CLI bundle starts its own worker entry', () => {
    // `npm test` builds before it tests; the bundle's worker is an entry of its own (electron.vite.config.ts).
    const out = resolve(__dirname, '../../../out/main')
    expect(existsSync(join(out, 'shared-strings-worker.js'))).toBe(true)
    const file = tmp.file('cli.xlsx')
    const sst = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Genere</t></si><si><t>Femmina</t></si><si><t>Maschio</t></si></sst>'
    let body = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Età</t></is></c></row>'
    for (let r = 2; r <= 41; r++) body += `<row r="${r}"><c r="A${r}" t="s"><v>${r % 3 === 0 ? 2 : 1}</v></c><c r="B${r}"><v>${20 + r}</v></c></row>`
    writePackage(file, [{ name: 'Risposte', xml: sheetXml(body) }], { sharedStrings: sst })
    const project = tmp.file('cli.esiti')
    // ESITI_SHEET_WORKER=always: a worker that cannot start fails the command instead of being replaced.
    const env = { ...process.env, ESITI_SHEET_WORKER: 'always' }
    const run = (...args: string[]): ReturnType<typeof spawnSync> => spawnSync(process.execPath, [join(out, 'cli.js'), ...args], { encoding: 'utf8', env })
    expect(run('new', project).status).toBe(0)
    const r = run('survey', 'import', project, file, '--json')
    expect(r.stderr).toBe('')
    const summary = JSON.parse(String(r.stdout)) as { rows: number; variables: { name: string; distinct: number }[] }
    expect(summary.rows).toBe(40)
    expect(summary.variables.map((v) => [v.name, v.distinct])).toEqual([
      ['genere', 2],
      ['eta', 40]
    ])
  })
})
