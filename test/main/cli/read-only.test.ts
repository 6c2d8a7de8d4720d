import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx } from '../../../src/main/services/context'
import { seedDemo } from '../../../src/main/demo/seed'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

/*
 * Verbs that only read open the project read-only: they work on a read-only file in a read-only
 * folder (a CD, a mounted share, an archive), while the app has the project open, and never change
 * a byte of it. The read-only folder is real: as root (where permissions do not bind) the CLI runs
 * as the unprivileged user `nobody`.
 */

const ROOT = path.resolve(__dirname, '../../..')
const BIN = path.join(ROOT, 'bin/esiti.mjs')
const tmp = tempDir('esiti-readonly-')
const media = path.join(tmp.dir, 'media')
const project = path.join(media, 'demo.esiti')
const outDir = path.join(tmp.dir, 'out')
const NOBODY = 65534
/**
 * As root, permissions do not bind: the CLI runs as `nobody`, when `nobody` can reach this checkout
 * (a checkout under /root cannot be); otherwise it runs as root and the folder is not really
 * read-only for it (the test that checks that is skipped, with a note).
 */
const asRoot = process.getuid?.() === 0
const dropPrivileges = asRoot && spawnSync('test', ['-r', BIN], { uid: NOBODY, gid: NOBODY }).status === 0
if (asRoot && !dropPrivileges) console.warn(`read-only test: user nobody cannot read ${BIN}; running as root, where permissions do not bind`)

const hash = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const listing = (): string[] => fs.readdirSync(media).sort()

function esiti(...argv: string[]): { code: number | null; stdout: string; stderr: string } {
  const opts: SpawnSyncOptions = { encoding: 'utf8', env: { ...process.env, ESITI_USER: 'lettore' }, cwd: tmp.dir }
  if (dropPrivileges) Object.assign(opts, { uid: NOBODY, gid: NOBODY })
  const r = spawnSync(process.execPath, [BIN, ...argv], opts)
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) }
}

beforeAll(async () => {
  fs.mkdirSync(media)
  fs.mkdirSync(outDir)
  const p = await openProjectFile(project, { create: true })
  await seedDemo(makeCtx(p, 'demo'))
  p.close()
  fs.chmodSync(project, 0o444)
  fs.chmodSync(media, 0o555)
  // The unprivileged reader must reach the files and write its outputs.
  fs.chmodSync(tmp.dir, 0o755)
  fs.chmodSync(outDir, 0o777)
}, 120_000)

afterAll(() => {
  fs.chmodSync(media, 0o755)
  tmp.cleanup()
})

const SOURCE = 'Intervista 01 – HR Meccanica Vigentina'
const READS: string[][] = [
  ['info', project],
  ['history', project, '--limit', '5'],
  ['transcripts', 'list', project],
  ['transcripts', 'show', project, SOURCE],
  ['codes', 'list', project],
  ['segments', project, '--code', 'Smart working'],
  ['matrix', project, '--rows', 'cases'],
  ['cooccurrence', project],
  ['search', project, 'welfare'],
  ['cases', 'list', project],
  ['memos', 'list', project],
  ['anchors', 'verify', project],
  ['survey', 'list', project],
  ['survey', 'profile', project, '--dataset', 'Dipendenti'],
  ['survey', 'recipe', project, '--dataset', 'Dipendenti'],
  ['survey', 'issues', project, '--dataset', 'Dipendenti'],
  ['register', 'list', project],
  ['register', 'persons', project, '--by', 'gender'],
  ['register', 'kinds', 'list', project],
  ['register', 'values', 'list', project],
  ['words', project, '--top', '20'],
  ['programme', 'show', project],
  ['actions', 'list', project],
  ['areas', 'list', project],
  ['organisations', 'list', project],
  ['sections', 'list', project],
  ['sdg', 'targets', project],
  ['template', 'recipes', project],
  ['indicators', project],
  ['tables', 'list', project],
  ['sdg', project],
  ['agreement', project, '--coders', 'Giulia,Marco'],
  ['disagreements', project, '--coders', 'Giulia,Marco', '--code', 'Smart working']
]
const EXPORTS: string[][] = [
  ['export', project, '--out', path.join(outDir, 'tabelle.xlsx'), '--docx', path.join(outDir, 'rapporto.docx'), '--csv', path.join(outDir, 'csv')],
  ['codes', 'export', project, '--out', path.join(outDir, 'codebook.xlsx')],
  ['export', 'segments', project, '--out', path.join(outDir, 'segmenti.xlsx')],
  ['export', 'matrix', project, '--out', path.join(outDir, 'matrice.xlsx')],
  ['export', 'segments', project, '--out', path.join(outDir, 'segmenti.docx')],
  ['export', 'memos', project, '--out', path.join(outDir, 'memo.docx')],
  ['export', 'codebook', project, '--out', path.join(outDir, 'codebook.docx')],
  ['organisations', 'export', project, '--out', path.join(outDir, 'organizzazioni.csv')],
  ['template', 'save', project, '--out', path.join(outDir, 'modello.esiti')],
  ['qdpx', 'export', project, '--out', path.join(outDir, 'demo.qdpx')],
  ['qdc', 'export', project, '--out', path.join(outDir, 'demo.qdc')],
  ['survey', 'export', project, '--dataset', 'Dipendenti', '--out', path.join(outDir, 'dipendenti.sav')],
  ['survey', 'export', project, '--dataset', 'Dipendenti', '--out', path.join(outDir, 'dipendenti.xlsx')],
  ['survey', 'dictionary', project, '--dataset', 'Dipendenti', '--out', path.join(outDir, 'dizionario.xlsx')]
]

describe('read-only verbs on read-only media', () => {
  it.skipIf(asRoot && !dropPrivileges)('the folder really is read-only for the reader', () => {
    const r = spawnSync('touch', [path.join(media, 'prova')], dropPrivileges ? { uid: NOBODY, gid: NOBODY } : {})
    expect(r.status).not.toBe(0)
  })

  it('every reading verb answers, and the folder is left exactly as it was', () => {
    const before = hash(project)
    const files = listing()
    const failures: string[] = []
    for (const argv of READS) {
      const r = esiti(...argv, '--json')
      if (r.code !== 0) failures.push(`${argv.slice(0, 2).join(' ')}: ${r.stderr.trim()}`)
      else JSON.parse(r.stdout)
    }
    // The participant list of one activity (its id read from the register).
    const activity = JSON.parse(esiti('register', 'list', project, '--json').stdout).activities[0].id as string
    const participants = esiti('register', 'participants', project, activity, '--json')
    if (participants.code !== 0) failures.push(`register participants: ${participants.stderr.trim()}`)
    // A saved recipe printed by name, when the demo holds one.
    const recipes = JSON.parse(esiti('template', 'recipes', project, '--json').stdout).recipes as { name: string }[]
    if (recipes.length) {
      const r = esiti('template', 'recipe', project, recipes[0].name)
      if (r.code !== 0) failures.push(`template recipe: ${r.stderr.trim()}`)
    }
    expect(failures).toEqual([])
    expect(hash(project)).toBe(before)
    expect(listing()).toEqual(files)
  }, 300_000)

  it('exports write their files elsewhere from a project they only read', () => {
    const before = hash(project)
    const failures: string[] = []
    for (const argv of EXPORTS) {
      const r = esiti(...argv, '--json')
      if (r.code !== 0) failures.push(`${argv.slice(0, 2).join(' ')}: ${r.stderr.trim()}`)
    }
    expect(failures).toEqual([])
    expect(fs.readdirSync(outDir).sort()).toEqual([
      'codebook.docx',
      'codebook.xlsx',
      'csv',
      'demo.qdc',
      'demo.qdpx',
      'dipendenti.sav',
      'dipendenti.xlsx',
      'dizionario.xlsx',
      'matrice.xlsx',
      'memo.docx',
      'modello.esiti',
      'organizzazioni.csv',
      'rapporto.docx',
      'segmenti.docx',
      'segmenti.xlsx',
      'tabelle.xlsx'
    ])
    expect(fs.readdirSync(path.join(outDir, 'csv')).length).toBeGreaterThan(5)
    expect(hash(project)).toBe(before)
  }, 300_000)

  it('merge reads the other copy read-only', async () => {
    const mine = path.join(outDir, 'mia-copia.esiti')
    expect((await cli('new', mine, '--json')).code).toBe(0)
    fs.chmodSync(mine, 0o666)
    fs.chmodSync(outDir, 0o777)
    const before = hash(project)
    const preview = esiti('merge', mine, project, '--preview', '--json')
    expect(preview.stderr).toBe('')
    expect(preview.code).toBe(0)
    const merged = esiti('merge', mine, project, '--accept', 'all', '--json')
    expect(merged.stderr).toBe('')
    expect(merged.code).toBe(0)
    expect(JSON.parse(esiti('info', mine, '--json').stdout).sources).toBe(8)
    expect(hash(project)).toBe(before)
  }, 120_000)

  it.skipIf(asRoot && !dropPrivileges)('a verb that writes is refused with a clear message, and nothing changes', () => {
    const before = hash(project)
    const r = esiti('codes', 'add', project, 'Nuovo')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^esiti: Cannot write to .*demo\.esiti: the location is read-only or not permitted\.\n$/)
    expect(hash(project)).toBe(before)
  })
})

describe('read-only verbs on a project open elsewhere', () => {
  it('read a consistent state without waiting for the lock, and a writer is still refused', async () => {
    const file = path.join(outDir, 'aperto.esiti')
    const open = await openProjectFile(file, { create: true, actor: 'app' })
    try {
      expect((await cli('codes', 'add', file, 'Benefici', '--json')).code).toBe(1)
      const info = await cli('info', file, '--json')
      expect(info.stderr).toBe('')
      expect(info.json.codes).toBe(0)
      const w = await cli('codes', 'add', file, 'Altro')
      expect(w.stderr).toMatch(/is open in another Esiti \(process \d+ on /)
    } finally {
      open.close()
    }
  })
})
