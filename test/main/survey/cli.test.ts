import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'
import { COMPANY_VARIANTS, MESSY_HEADERS, messyRows, writeMessy } from './support/messy-survey'

let dir: string
let cleanup: () => void
let project: string
let wave1: string
let wave2: string

function fileHash(): string {
  return crypto.createHash('sha256').update(fs.readFileSync(project)).digest('hex')
}

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir())
  project = path.join(dir, 'cli.esiti')
  wave1 = path.join(dir, 'dipendenti-2021.xlsx')
  wave2 = path.join(dir, 'dipendenti-2023.xlsx')
  await writeMessy(wave1)
  const drifted = MESSY_HEADERS.map((h) => (h === 'Numero di dipendenti' ? 'N. di dipendenti' : h))
  await writeMessy(wave2, messyRows().map((r) => ({ ...r, email: r.email.replace('@', '.b@') })), drifted)
  const r = await cli('new', project, '--json')
  expect(r.code).toBe(0)
})
afterAll(() => cleanup())

describe('esiti survey', () => {
  it('import --preview writes nothing and import --json prints the contract fields', async () => {
    const before = fileHash()
    const p = await cli('survey', 'import', project, wave1, '--dataset', 'Dipendenti', '--preview', '--json')
    expect(p.code).toBe(0)
    expect(p.json.preview).toBe(true)
    expect(fileHash()).toBe(before)
    const r = await cli('survey', 'import', project, wave1, '--dataset', 'Dipendenti', '--wave', '2021', '--json')
    expect(r.code, r.stderr).toBe(0)
    expect(r.json).toMatchObject({ dataset: 'Dipendenti', rows: 10, headerRows: [1], platform: 'google-forms' })
    expect(Array.isArray(r.json.warnings)).toBe(true)
    const eta = r.json.variables.find((v: { name: string }) => v.name === 'eta')
    expect(eta).toEqual(expect.objectContaining({ name: 'eta', label: 'Età', type: 'numeric', missing: 0, distinct: 9 }))
    for (const v of r.json.variables) expect(Object.keys(v)).toEqual(expect.arrayContaining(['name', 'label', 'type', 'missing', 'distinct']))
  })

  it('import of a broken file exits non-zero with one line and leaves the project as it was', async () => {
    const bad = path.join(dir, 'bad.xlsx')
    fs.writeFileSync(bad, 'PK\u0003\u0004 not really a zip')
    const before = fileHash()
    const r = await cli('survey', 'import', project, bad, '--json')
    expect(r.code).not.toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(fileHash()).toBe(before)
  })

  it('profile lists variables with value counts for categorical ones', async () => {
    const r = await cli('survey', 'profile', project, '--dataset', 'Dipendenti', '--json')
    expect(r.code, r.stderr).toBe(0)
    const sat = r.json.variables.find((v: { name: string }) => v.name === 'soddisfatto_servizio')
    // "Non so" is counted apart: neither an answer in the base nor silently missing.
    expect(sat).toMatchObject({ type: 'ordinal', missing: 0, nonSubstantive: 1, nonSubstantiveIncluded: false, missingCodes: [] })
    expect(sat.counts.find((c: { value: string }) => c.value === 'Non so')).toMatchObject({ nonSubstantive: true, missing: false })
    expect(sat.numeric.mean).toBeGreaterThan(1)
    expect(sat.counts.map((c: { value: string }) => c.value).slice(0, 4)).toEqual([
      'Per niente soddisfatto',
      'Poco soddisfatto',
      'Abbastanza soddisfatto',
      'Molto soddisfatto'
    ])
    expect(sat.counts.reduce((s: number, c: { count: number }) => s + c.count, 0)).toBe(10)
  })

  it('apply runs a recipe file and recipe prints it back', async () => {
    const recipeFile = path.join(dir, 'recipe.json')
    fs.writeFileSync(
      recipeFile,
      JSON.stringify({
        steps: [
          { op: 'normalise', variables: ['azienda'] },
          { op: 'recode', variable: 'azienda', loose: true, map: COMPANY_VARIANTS.map(([to, from]) => ({ from, to })) },
          { op: 'setMissing', variables: ['soddisfatto_servizio'], codes: ['Non so'] },
          { op: 'dedupe', keys: ['indirizzo_email'], by: 'informazioni_cronologiche' }
        ]
      })
    )
    const r = await cli('survey', 'apply', project, '--dataset', 'Dipendenti', '--recipe', recipeFile, '--json')
    expect(r.code, r.stderr).toBe(0)
    expect(r.json.rows).toBe(9)
    expect(r.json.steps.map((s: { op: string }) => s.op)).toEqual(['import', 'normalise', 'recode', 'setMissing', 'dedupe'])
    expect(r.json.steps.find((s: { op: string }) => s.op === 'dedupe').affected).toBe(1)
    for (const s of r.json.steps) expect(typeof s.affected).toBe('number')
    const doc = await cli('survey', 'recipe', project, '--dataset', 'Dipendenti', '--json')
    expect(doc.code).toBe(0)
    expect(doc.json.steps.map((s: { op: string }) => s.op)).toEqual(['import', 'normalise', 'recode', 'setMissing', 'dedupe'])
    expect(doc.json.recipeVersion).toBe(2)
  })

  it('apply refuses an invalid recipe without touching the project', async () => {
    const bad = path.join(dir, 'bad-recipe.json')
    fs.writeFileSync(bad, JSON.stringify({ steps: [{ op: 'bin', source: 'eta' }] }))
    const before = fileHash()
    const r = await cli('survey', 'apply', project, '--dataset', 'Dipendenti', '--recipe', bad, '--json')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/step 1 \(bin\)/i)
    expect(fileHash()).toBe(before)
  })

  it('append adds a wave with a column mapping, and list shows the waves', async () => {
    const r = await cli('survey', 'append', project, '--dataset', 'Dipendenti', wave2, '--wave', '2023', '--map', 'numero_dipendenti=N. di dipendenti', '--json')
    expect(r.code, r.stderr).toBe(0)
    expect(r.json).toMatchObject({ wave: '2023', rows: 10, totalRows: 20, cleanRows: 18 })
    expect(r.json.mapping.find((m: { from: string }) => m.from === 'numero_dipendenti')).toMatchObject({ to: 'n_dipendenti', how: 'manual' })
    const list = await cli('survey', 'list', project, '--json')
    expect(list.json.datasets).toHaveLength(1)
    expect(list.json.datasets[0]).toMatchObject({ name: 'Dipendenti', rows: 18, totalRows: 20, waves: ['2021', '2023'] })
  })

  it('issues and clusters report in JSON; unknown datasets fail cleanly', async () => {
    const issues = await cli('survey', 'issues', project, '--dataset', 'Dipendenti', '--json')
    expect(issues.json.exclusions).toHaveLength(2)
    const clusters = await cli('survey', 'clusters', project, '--dataset', 'Dipendenti', '--variable', 'azienda', '--json')
    expect(clusters.code).toBe(0)
    expect(clusters.json.clusters).toEqual([])
    const missing = await cli('survey', 'profile', project, '--dataset', 'Nope', '--json')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/Dataset not found: "Nope"/)
  })
})
