import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sharedFixture } from '../../support/shared-fixtures'
import { tempDir } from '../../support/temp-project'
import { decodeRaw, encodeRawCoded } from '../../../src/main/services/survey/storage/codec'
import { codedColumnsOf, encodeRawOf } from '../../../src/main/services/survey/import/import-columns'
import { readQuestionnaire } from '../../../src/main/services/survey/import/read-file'
import { writeBigQuestionnaireXlsx } from '../../../src/main/services/io/sheet/generate-big-xlsx'
import { writeHandmade } from './support/handmade-sheet'
import { respondents, writeGoogleForms, writeKobo } from './support/platform-exports'

/** Every variable's raw blob from the sheet's codes decodes to what the per-cell encoder gives. */
async function sameRawBlobs(file: string): Promise<number> {
  const q = await readQuestionnaire(file, {})
  let compared = 0
  for (const v of q.plan.variables) {
    const coded = codedColumnsOf(q, v)
    if (!coded) continue
    expect(decodeRaw(encodeRawCoded(coded)), `${path.basename(file)} ${v.name}`).toEqual(decodeRaw(encodeRawOf(q, v)))
    compared++
  }
  return compared
}

describe('raw cells encoded from the sheet codes', () => {
  it('match the per-cell encoding on generated exports of every kind', async () => {
    const { dir, cleanup } = tempDir()
    try {
      const files = ['big.xlsx', 'google.xlsx', 'kobo.xlsx', 'handmade.xlsx'].map((f) => path.join(dir, f))
      await writeBigQuestionnaireXlsx(files[0], 300, 60)
      await writeGoogleForms(files[1], respondents(120))
      await writeKobo(files[2], respondents(120))
      await writeHandmade(files[3])
      let compared = 0
      for (const f of files) compared += await sameRawBlobs(f)
      expect(compared).toBeGreaterThan(80)
    } finally {
      cleanup()
    }
  })

  it('match it on the spreadsheets of other producers', async () => {
    const dir = sharedFixture('xlsx-corpus')
    let compared = 0
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.xlsx'))) {
      try {
        compared += await sameRawBlobs(path.join(dir, f))
      } catch (e) {
        // Files the import refuses (encrypted, damaged, no data) are covered by the corpus test.
        if (!(e instanceof Error && 'code' in e)) throw e
      }
    }
    expect(compared).toBeGreaterThan(50)
  })
})
