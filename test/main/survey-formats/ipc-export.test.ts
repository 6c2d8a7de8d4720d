import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProjectVia, ipcSessionsClosedAfterEach, ok } from '../../support/ipc-session'
import { readSheet } from '../../../src/main/services/io/sheet'
import { pspp } from './tools'

const newSession = ipcSessionsClosedAfterEach()

describe('export through the IPC contract', () => {
  it('imports a picked .sav, exports it as .sav and .xlsx through the save dialog, cancel writes nothing', async () => {
    const s = newSession()
    await createProjectVia(s)
    const sav = path.join(s.dir, 'in.sav')
    pspp(
      s.dir,
      `SET LOCALE='UTF-8'.
DATA LIST FREE / id (F3.0) soddisf (F1.0) email (A30).
BEGIN DATA
1 4 "a@x.it"
2 5 "b@x.it"
3 9 "c@x.it"
END DATA.
VALUE LABELS soddisf 4 'Molto' 5 'Moltissimo' 9 'Non so'.
MISSING VALUES soddisf (9).
SAVE OUTFILE='${sav}'.
`
    )
    s.files.push([sav])
    const preview = ok(await s.dispatch('survey:pickImport', {}))!
    expect(preview.format).toBe('sav')
    ok(await s.dispatch('survey:import', { file: preview.file, dataset: 'Soddisfazione' }))

    // Cancelled dialog: null, no file.
    expect(ok(await s.dispatch('survey:exportData', { dataset: 'Soddisfazione', format: 'sav' }))).toBeNull()

    // A name without extension gets the format's one.
    s.saves.push(path.join(s.dir, 'out'))
    const r = ok(await s.dispatch('survey:exportData', { dataset: 'Soddisfazione', format: 'sav', jobId: 'e1' }))!
    expect(r).toMatchObject({ file: path.join(s.dir, 'out.sav'), rows: 3, format: 'sav', omitted: ['id', 'email'] })
    const back = await readSheet(r.file)
    const v = back.dictionary!.variables.find((x) => x.name === 'soddisf')!
    expect(v.valueLabels).toEqual([
      { value: 4, label: 'Molto' },
      { value: 5, label: 'Moltissimo' },
      { value: 9, label: 'Non so' }
    ])
    expect(v.missing).toEqual([9])

    s.saves.push(path.join(s.dir, 'out.xlsx'))
    const x = ok(await s.dispatch('survey:exportData', { dataset: 'Soddisfazione', format: 'xlsx', identifiers: 'hash', labels: true }))!
    expect(x.pseudonymised).toEqual(['id', 'email'])
    expect(fs.existsSync(x.file)).toBe(true)

    s.saves.push(path.join(s.dir, 'dizionario.xlsx'))
    expect(ok(await s.dispatch('survey:exportDictionary', { dataset: 'Soddisfazione' }))).toMatchObject({ variables: 3 })

    const bad = await s.dispatch('survey:exportData', { dataset: 'Soddisfazione', format: 'pdf' as 'sav' })
    expect(bad.ok || bad.error.code).toBe('INVALID_INPUT')
  })
})
