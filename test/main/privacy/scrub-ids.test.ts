import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { findPatterns } from '../../../src/main/services/privacy/detect/patterns'
import { patternScrubber, scrubColumns } from '../../../src/main/services/privacy/scrub'
import { LABELS } from '../../../src/main/services/privacy/surrogates'
import { tempDir } from '../../support/temp-project'

/*
 * A shared copy rewrites the strings of each recipe with the shape scrubber (phone numbers, e-mails…
 * typed into a step's values). About 1 in 400 random ids looks like a landline number to it
 * ("07848811-…"): a rewritten variable id left that variable out of the copy's clean layer, and
 * `survey export` of the copy failed with "variable not found" (seen once in CI, at random).
 */
const tmp = tempDir('esiti-scrub-ids-')
afterAll(() => tmp.cleanup())

const PHONE_SHAPED_ID = '07848811-a42e-4a16-9d9d-da1f903a1b24'
const ROW_ID = '00321989-beed-4904-b7aa-56960b62534e'

describe('the shape scrubber on recipes', () => {
  it('leaves ids the patterns take for phone numbers, and still scrubs a phone number', () => {
    // The detector does see a landline at the start of these ids: the scrubber must not act on it.
    expect(findPatterns(PHONE_SHAPED_ID).some((h) => h.kind === 'phone')).toBe(true)
    expect(findPatterns(ROW_ID).some((h) => h.kind === 'phone')).toBe(true)
    const scrub = patternScrubber(LABELS.it)
    expect(scrub(PHONE_SHAPED_ID)).toBe(PHONE_SHAPED_ID)
    expect(scrub(ROW_ID)).toBe(ROW_ID)
    expect(scrub('07848811')).not.toBe('07848811')
    expect(scrub(`rif. ${PHONE_SHAPED_ID}`)).not.toBe(`rif. ${PHONE_SHAPED_ID}`)
  })

  it('rewrites the personal data typed into a step and leaves every id as it is', async () => {
    const p = await openProjectFile(path.join(tmp.dir, 'p.esiti'), { create: true })
    try {
      p.sqlite.prepare("INSERT INTO datasets (id, name, imported_at) VALUES ('d1', 'Questionario', '2026-12-08T00:00:00Z')").run()
      const steps = [
        { id: 'b2c4a7e0-1111-4a16-9d9d-da1f903a1b24', op: 'import', variables: [{ id: PHONE_SHAPED_ID, name: 'eta', type: 'numeric' }] },
        { id: 'c3d5b8f1-2222-4b17-8e8e-eb2a014b2c35', op: 'recode', variable: PHONE_SHAPED_ID, rows: [ROW_ID], reason: 'richiamato al 347 123 4567' }
      ]
      p.sqlite.prepare("INSERT INTO recipes (id, dataset_id, version, steps, created_at) VALUES ('r1', 'd1', 1, ?, '2026-12-08T00:00:00Z')").run(JSON.stringify(steps))
      expect(scrubColumns(p, patternScrubber(LABELS.it))).toBe(1)
      const after = JSON.parse((p.sqlite.prepare("SELECT steps FROM recipes WHERE id = 'r1'").get() as { steps: string }).steps)
      expect(after[0].variables[0].id).toBe(PHONE_SHAPED_ID)
      expect(after[1].variable).toBe(PHONE_SHAPED_ID)
      expect(after[1].rows).toEqual([ROW_ID])
      expect(after[0].id).toBe(steps[0].id)
      expect(after[1].reason).not.toContain('347 123 4567')
      expect(after[1].reason).toMatch(/^richiamato al \[/)
    } finally {
      p.close()
    }
  })
})
