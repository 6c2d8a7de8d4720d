import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx } from '../../../src/main/services/context'
import { seedDemo } from '../../../src/main/demo/seed'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

/*
 * An export that fails, or whose process is killed, while it writes leaves the user's folder as it
 * was: no half-written workbook, no hidden temporary file, no empty csv/ folder.
 */

const ROOT = path.resolve(__dirname, '../../..')
const tmp = tempDir('esiti-export-cleanup-')
const project = path.join(tmp.dir, 'demo.esiti')
let csvCount = 0

beforeAll(async () => {
  const p = await openProjectFile(project, { create: true })
  await seedDemo(makeCtx(p, 'demo'))
  p.close()
  const ref = path.join(tmp.dir, 'ref')
  fs.mkdirSync(ref)
  const r = await cli('export', project, '--out', path.join(ref, 'tabelle.xlsx'), '--csv', path.join(ref, 'csv'), '--json')
  expect(r.code).toBe(0)
  csvCount = fs.readdirSync(path.join(ref, 'csv')).length
  expect(csvCount).toBeGreaterThan(5)
}, 120_000)

afterAll(() => tmp.cleanup())

const folder = (name: string): string => {
  const dir = path.join(tmp.dir, name)
  fs.mkdirSync(dir)
  return dir
}

/** A complete .xlsx ends with the zip's end-of-central-directory record. */
function isWholeZip(file: string): boolean {
  const buf = fs.readFileSync(file)
  return buf.length > 22 && buf.subarray(buf.length - 22, buf.length - 18).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
}

describe('an export that fails while writing', () => {
  it('when the workbook name is taken by a folder: clear error, no csv/ folder, nothing hidden', async () => {
    const dir = folder('occupato')
    fs.mkdirSync(path.join(dir, 'tabelle.xlsx'))
    const r = await cli('export', project, '--out', path.join(dir, 'tabelle.xlsx'), '--csv', path.join(dir, 'csv'))
    expect(r.stderr).toMatch(/^esiti: .*tabelle\.xlsx is a folder: give a file name\.\n$/)
    expect(r.code).toBe(1)
    expect(fs.readdirSync(dir)).toEqual(['tabelle.xlsx'])
    expect(fs.readdirSync(path.join(dir, 'tabelle.xlsx'))).toEqual([])
  })

  it('when the CSV folder name is taken by a file: clear error, no workbook, nothing hidden', async () => {
    const dir = folder('csv-file')
    fs.writeFileSync(path.join(dir, 'csv'), 'non una cartella')
    const r = await cli('export', project, '--out', path.join(dir, 'tabelle.xlsx'), '--csv', path.join(dir, 'csv'))
    expect(r.stderr).toMatch(/^esiti: .*csv is a file, not a folder: choose another name for the folder\.\n$/)
    expect(r.code).toBe(1)
    expect(fs.readdirSync(dir)).toEqual(['csv'])
  })

  it('when a CSV name is taken by a folder: clear error, and neither the workbook nor any CSV is written', async () => {
    const dir = folder('csv-bloccato')
    fs.mkdirSync(path.join(dir, 'csv'))
    // One CSV name is taken by a folder: found before anything is moved.
    const taken = fs.readdirSync(path.join(tmp.dir, 'ref', 'csv')).sort().at(-1)!
    fs.mkdirSync(path.join(dir, 'csv', taken))
    const r = await cli('export', project, '--out', path.join(dir, 'tabelle.xlsx'), '--csv', path.join(dir, 'csv'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/is a folder: give a file name/)
    expect(fs.readdirSync(dir)).toEqual(['csv'])
    expect(fs.readdirSync(path.join(dir, 'csv'))).toEqual([taken])
  })
})

describe('an export killed while writing', () => {
  it('leaves either nothing or whole files, and never a hidden temporary or an empty csv/ folder', async () => {
    const outcomes: string[] = []
    // Killed at the moment its staging folder appears, then a little later each time, into the moves.
    for (const delay of [0, 2, 5, 10, 20, 40, 80]) {
      const dir = folder(`ucciso-${delay}`)
      const ownTmp = folder(`tmp-${delay}`)
      const child = spawn(
        process.execPath,
        [path.join(ROOT, 'bin/esiti.mjs'), 'export', project, '--out', path.join(dir, 'tabelle.xlsx'), '--csv', path.join(dir, 'csv')],
        { stdio: 'ignore', env: { ...process.env, TMPDIR: ownTmp } }
      )
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
      let done = false
      void exited.then(() => (done = true))
      while (!done && !fs.readdirSync(ownTmp).some((n) => n.startsWith('esiti-out-'))) await new Promise((r) => setTimeout(r, 1))
      if (delay) await new Promise((r) => setTimeout(r, delay))
      child.kill('SIGKILL')
      await exited
      const names = fs.readdirSync(dir).sort()
      outcomes.push(`${delay} ms: ${names.join(', ') || 'nothing'}`)
      expect(names.filter((n) => n.startsWith('.'))).toEqual([])
      for (const n of names) expect(['csv', 'tabelle.xlsx']).toContain(n)
      if (names.includes('tabelle.xlsx')) expect(isWholeZip(path.join(dir, 'tabelle.xlsx'))).toBe(true)
      if (names.includes('csv')) expect(fs.readdirSync(path.join(dir, 'csv'))).toHaveLength(csvCount)
    }
    console.log(`killed exports: ${outcomes.join('; ')}`)
  }, 300_000)
})
