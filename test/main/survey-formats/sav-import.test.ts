import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'
import { readSheet } from '../../../src/main/services/io/sheet'
import { columnTexts } from '../../../src/main/services/io/sheet/types'
import { pspp } from './tools'

/**
 * SPSS files written by GNU PSPP (another producer) from syntax, in the three data encodings, read by
 * Esiti. The ground truth is the data generated here, computed without Esiti.
 */
const N = 60
const NAMES = ['Città', 'Perché', 'Zoë', 'Ångström', 'Nicolò']
const rows = Array.from({ length: N }, (_, i) => ({
  id: i + 1,
  eta: i % 13 === 0 ? 999 : 18 + ((i * 7) % 50),
  genere: i % 11 === 0 ? 9 : (i % 3) + 1,
  soddisf: i % 9 === 0 ? 98 : (i % 5) + 1,
  s: [1, 2, 3].map((k) => (i % 17 === 0 ? null : (i + k) % 3 === 0 ? 1 : 2)),
  c: [i % 4 === 0 ? null : (i % 3) + 1, i % 2 === 0 ? null : ((i + 1) % 3) + 1],
  nome: NAMES[i % NAMES.length],
  commento: i % 10 === 0 ? `${'lungo '.repeat(60)}fine ${i}` : i % 4 === 0 ? '' : `breve ${i}`,
  day: 1 + (i % 28),
  peso: 0.5 + (i % 4) * 0.25
}))

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`
const num = (v: number | null): string => (v === null ? '.' : String(v))

function syntax(out: string): string {
  const data = rows
    .map((r) => [r.id, r.eta, r.genere, r.soddisf, ...r.s.map(num), ...r.c.map(num), q(r.nome), q(r.commento), `${String(r.day).padStart(2, '0')}-MAR-2021`, r.peso].join(' '))
    .join('\n')
  return `SET LOCALE='UTF-8'.
DATA LIST FREE / id (F4.0) eta (F3.0) genere (F1.0) SoddisfazioneComplessivaServizio (F2.0) s1 s2 s3 (F1.0) c1 c2 (F1.0) nome (A12) commento (A400) giorno (DATE11) peso (F8.3).
BEGIN DATA
${data}
END DATA.
COMPUTE quando = giorno + 3600 * 10 + 60 * id.
FORMATS quando (DATETIME20).
VARIABLE LABELS eta 'Età in anni' genere 'Genere del rispondente' SoddisfazioneComplessivaServizio 'Quanto è soddisfatto del servizio?'
  s1 'Trasporti / navetta' s2 'Mensa' s3 'Asilo nido' nome 'Nome di fantasia'.
VALUE LABELS genere 1 'Donna' 2 'Uomo' 3 'Non binario' 9 'Preferisco non rispondere'
  /SoddisfazioneComplessivaServizio 1 'Per niente' 2 'Poco' 3 'Abbastanza' 4 'Molto' 5 'Moltissimo' 98 'Non so'
  /c1 c2 1 'Roma' 2 'Milano' 3 'Napoli'.
MISSING VALUES eta (999) genere (9) SoddisfazioneComplessivaServizio (97 THRU 99).
VARIABLE LEVEL genere (NOMINAL) SoddisfazioneComplessivaServizio (ORDINAL) eta (SCALE).
MRSETS /MDGROUP NAME=$servizi LABEL='Servizi usati' VARIABLES=s1 s2 s3 VALUE=1
  /MCGROUP NAME=$citta LABEL='Città visitate' VARIABLES=c1 c2.
WEIGHT BY peso.
SAVE OUTFILE=${q(out)} /COMPRESSED.
SAVE OUTFILE=${q(out.replace('.sav', '-z.sav'))} /ZCOMPRESSED.
SAVE OUTFILE=${q(out.replace('.sav', '-u.sav'))} /UNCOMPRESSED.
`
}

let dir: string
let cleanup: () => void
let project: string
const files: Record<string, string> = {}

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir())
  const sav = path.join(dir, 'dipendenti.sav')
  pspp(dir, syntax(sav))
  files.bytecode = sav
  files.zlib = sav.replace('.sav', '-z.sav')
  files.plain = sav.replace('.sav', '-u.sav')
  project = path.join(dir, 'p.esiti')
  expect((await cli('new', project, '--json')).code).toBe(0)
}, 120_000)
afterAll(() => cleanup())

describe('SPSS .sav written by PSPP', () => {
  it.each(['bytecode', 'zlib', 'plain'])('reads every case and value of the %s file', async (kind) => {
    const { info, grid, dictionary } = await readSheet(files[kind])
    expect(info.format).toBe('sav')
    expect(grid.rowCount).toBe(N + 1)
    const col = (name: string): (string | null)[] => columnTexts(grid.columns[dictionary!.variables.findIndex((v) => v.name === name)], 1, N)
    expect(col('eta')).toEqual(rows.map((r) => String(r.eta)))
    expect(col('nome')).toEqual(rows.map((r) => r.nome))
    expect(col('commento')).toEqual(rows.map((r) => r.commento || null))
    expect(col('giorno')).toEqual(rows.map((r) => `2021-03-${String(r.day).padStart(2, '0')}`))
    expect(col('quando')[1]).toBe('2021-03-02T10:02:00')
    expect(col('s1')).toEqual(rows.map((r) => (r.s[0] === null ? null : String(r.s[0]))))
  })

  it('carries the dictionary into the variables: labels, categories in order, missing codes, level, weight, sets', async () => {
    const r = await cli('survey', 'import', project, files.bytecode, '--dataset', 'SPSS', '--json')
    expect(r.code, r.stderr).toBe(0)
    expect(r.json.rows).toBe(N)
    const v = (name: string): any => r.json.variables.find((x: { name: string }) => x.name === name)
    expect(v('eta')).toMatchObject({ label: 'Età in anni', type: 'numeric', missingCodes: [999] })
    expect(v('genere')).toMatchObject({ type: 'nominal', valueLabels: [1, 2, 3, 9], missingCodes: [9] })
    // The long name survives, the ordinal level and the range 97–99 (as the codes of it met: 98).
    expect(v('SoddisfazioneComplessivaServizio')).toMatchObject({ type: 'ordinal', valueLabels: [1, 2, 3, 4, 5, 98], missingCodes: [98] })
    expect(v('peso')).toMatchObject({ role: 'weight' })
    expect(v('giorno').type).toBe('date')
    expect(v('quando').type).toBe('datetime')
    expect(v('servizi')).toMatchObject({ type: 'multi', options: ['Trasporti / navetta', 'Mensa', 'Asilo nido'] })
    expect(v('citta')).toMatchObject({ type: 'multi', options: ['Roma', 'Milano', 'Napoli'] })
    expect(r.json.variables.map((x: { name: string }) => x.name)).not.toContain('s1')
    expect(r.json.warnings.join('\n')).toMatch(/97–99/)
  })

  it('figures as imported match the generated data (counted value 1, not any non-zero)', async () => {
    const p = await cli('survey', 'profile', project, '--dataset', 'SPSS', '--json')
    expect(p.code, p.stderr).toBe(0)
    const v = (name: string): any => p.json.variables.find((x: { name: string }) => x.name === name)
    const count = (name: string, label: string): number => v(name).counts.find((c: { label: string }) => c.label === label)?.count ?? 0
    expect(count('genere', 'Donna')).toBe(rows.filter((r) => r.genere === 1).length)
    expect(count('genere', 'Preferisco non rispondere')).toBe(rows.filter((r) => r.genere === 9).length)
    expect(v('genere').missing).toBe(rows.filter((r) => r.genere === 9).length)
    expect(v('eta').missing).toBe(rows.filter((r) => r.eta === 999).length)
    // Multiple dichotomy: only 1 counts; a case with every member system-missing did not answer.
    const answered = rows.filter((r) => r.s[0] !== null)
    expect(v('servizi').missing).toBe(N - answered.length)
    expect(count('servizi', 'Mensa')).toBe(answered.filter((r) => r.s[1] === 1).length)
    // Multiple category: a city counts once per case, whichever member holds it.
    expect(count('citta', 'Milano')).toBe(rows.filter((r) => r.c.includes(2)).length)
    expect(v('citta').missing).toBe(rows.filter((r) => r.c.every((x) => x === null)).length)
  })

  it('names a file that is not a .sav, and refuses a truncated one without writing', async () => {
    const fake = path.join(dir, 'fake.sav')
    fs.writeFileSync(fake, 'not spss at all')
    const a = await cli('survey', 'import', project, fake, '--json')
    expect(a.code).toBe(1)
    expect(a.stderr).toMatch(/not an SPSS data file/)
    const cut = path.join(dir, 'cut.sav')
    const whole = fs.readFileSync(files.bytecode)
    fs.writeFileSync(cut, whole.subarray(0, 600))
    const b = await cli('survey', 'import', project, cut, '--json')
    expect(b.code).toBe(1)
    expect(b.stderr).toMatch(/not a complete SPSS file/)
    const it = await cli('survey', 'import', project, cut, '--locale', 'it')
    expect(it.stderr).toMatch(/non è un file SPSS completo/)
    const list = await cli('survey', 'list', project, '--json')
    expect(list.json.datasets.map((d: { name: string }) => d.name)).toEqual(['SPSS'])
  })
})
