import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { tinyCompoundFile } from './support/tiny-cfb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { tempProject } from '../../support/temp-project'
import { importSurvey } from '../../../src/main/services/survey/import/import'
import { listDatasets } from '../../../src/main/services/survey/survey-service'
import { addStep } from '../../../src/main/services/survey/recipe/service'
import { loadDatasetFrame } from '../../../src/main/services/survey/storage/store'
import type { Ctx } from '../../../src/main/services/context'
import { respondents, writeGoogleForms } from './support/platform-exports'
import { sharedFixture } from '../../support/shared-fixtures'

const CORPUS = sharedFixture('xlsx-corpus')

let t: Awaited<ReturnType<typeof tempProject>>
let ctx: Ctx

function counts(): Record<string, number> {
  const out: Record<string, number> = {}
  for (const table of ['datasets', 'variables', 'column_data', 'recipes', 'op_log'])
    out[table] = (t.project.sqlite.prepare(`SELECT COUNT(*) n FROM ${table}`).get() as { n: number }).n
  return out
}

/** Row counts and the database file's hash after a checkpoint. */
function snapshot(): { hash: string; counts: Record<string, number> } {
  t.project.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  const hash = crypto.createHash('sha256').update(fs.readFileSync(t.file)).digest('hex')
  return { hash, counts: counts() }
}

async function expectCleanFailure(file: string, code?: string): Promise<EsitiError> {
  const before = snapshot()
  let error: unknown = null
  try {
    await importSurvey(ctx, file, { dataset: 'broken' })
  } catch (e) {
    error = e
  }
  expect(error, path.basename(file)).toBeInstanceOf(EsitiError)
  const e = error as EsitiError
  if (code) expect(e.code).toBe(code)
  expect(e.message.split('\n')).toHaveLength(1)
  expect(snapshot()).toEqual(before)
  return e
}

beforeAll(async () => {
  t = await tempProject()
  ctx = t.ctx
  const ok = path.join(t.dir, 'ok.xlsx')
  await writeGoogleForms(ok, respondents(20))
  await importSurvey(ctx, ok, { dataset: 'existing' })
})
afterAll(() => t.cleanup())

describe('a failed import leaves the project exactly as it was', () => {
  it('refuses a corrupt workbook', async () => {
    const file = path.join(t.dir, 'corrupt.xlsx')
    const good = fs.readFileSync(path.join(t.dir, 'ok.xlsx'))
    fs.writeFileSync(file, Buffer.concat([good.subarray(0, 200), crypto.randomBytes(3000)]))
    await expectCleanFailure(file)
  })

  it('refuses an encrypted (OLE2) workbook with its own error', async () => {
    const file = path.join(t.dir, 'encrypted.xlsx')
    fs.writeFileSync(file, tinyCompoundFile(['EncryptionInfo', 'EncryptedPackage']))
    const e = await expectCleanFailure(file)
    expect(e.code).toBe('ENCRYPTED_FILE')
    // The same container holding a Word document is named as one.
    const doc = path.join(t.dir, 'lettera.xls')
    fs.writeFileSync(doc, tinyCompoundFile(['WordDocument']))
    const d = await expectCleanFailure(doc)
    expect(d.message).toMatch(/Word document \(\.doc\)/)
  })

  it('refuses a missing file, an empty sheet and a name already taken', async () => {
    await expectCleanFailure(path.join(t.dir, 'nope.xlsx'), 'NOT_FOUND')
    const empty = path.join(t.dir, 'empty.csv')
    fs.writeFileSync(empty, '')
    await expectCleanFailure(empty)
    const before = snapshot()
    await expect(importSurvey(ctx, path.join(t.dir, 'ok.xlsx'), { dataset: 'existing' })).rejects.toThrow(/already exists/)
    expect(snapshot()).toEqual(before)
  })

  it('leaves the recipe unchanged when a step is invalid', () => {
    const before = snapshot()
    expect(() => addStep(ctx, 'existing', { op: 'bin', source: 'eta', name: 'x', bins: [] })).toThrow(EsitiError)
    expect(() => addStep(ctx, 'existing', { op: 'nonsense' })).toThrow(/Invalid step/)
    expect(snapshot()).toEqual(before)
    expect(loadDatasetFrame(ctx, 'existing').recipeVersion).toBe(1)
  })
})

describe('the spreadsheet robustness corpus', () => {
  const files = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => f !== 'MANIFEST.txt') : []

  it('has files to test', () => {
    expect(files.length).toBeGreaterThanOrEqual(25)
  })

  it('imports every file or fails with a one-line EsitiError, never half-written', async () => {
    const outcomes: Record<string, string> = {}
    for (const f of files) {
      const before = counts()
      const name = `corpus ${f}`
      try {
        const r = await importSurvey(ctx, path.join(CORPUS, f), { dataset: name })
        expect(r.rows, f).toBeGreaterThan(0)
        const frame = loadDatasetFrame(ctx, name)
        for (const v of frame.variables) expect(frame.column(v.name).length, `${f} ${v.name}`).toBe(frame.rowCount)
        outcomes[f] = `ok ${r.rows}×${r.variables.length}`
      } catch (e) {
        expect(e, f).toBeInstanceOf(EsitiError)
        expect((e as Error).message.split('\n'), f).toHaveLength(1)
        expect(counts(), f).toEqual(before)
        outcomes[f] = `${(e as EsitiError).code}: ${(e as Error).message}`
      }
    }
    const imported = Object.values(outcomes).filter((o) => o.startsWith('ok')).length
    expect(imported).toBeGreaterThanOrEqual(20)
    expect(outcomes['exceljs__missing-bits.xlsx']).not.toMatch(/^ok/)
    expect(listDatasets(ctx).length).toBe(imported + 1)
  })
})
