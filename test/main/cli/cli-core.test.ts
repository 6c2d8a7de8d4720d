import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

const tmp = tempDir('esiti-cli-')
afterAll(() => tmp.cleanup())
const ROOT = path.resolve(__dirname, '../../..')

describe('esiti CLI: new, info and the --json rules', () => {
  it('creates a project and reports its id, then zero counts', async () => {
    const file = path.join(tmp.dir, 'vuoto.esiti')
    const made = await cli('new', file, '--json')
    expect(made.code).toBe(0)
    expect(made.json.project).toBe(file)
    expect(made.json.id).toMatch(/^[0-9a-f-]{36}$/)
    const info = await cli('info', file, '--json')
    expect(info.code).toBe(0)
    for (const k of ['sources', 'codes', 'codings', 'cases', 'datasets', 'indicators']) expect(info.json[k]).toBe(0)
    expect(info.stderr).toBe('')
  })

  it('fails with one line on stderr and a non-zero code, leaving files untouched', async () => {
    const missing = await cli('info', path.join(tmp.dir, 'nope.esiti'), '--json')
    expect(missing.code).not.toBe(0)
    expect(missing.stdout).toBe('')
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    const text = path.join(tmp.dir, 'testo.esiti')
    fs.writeFileSync(text, 'ciao')
    const notProject = await cli('info', text, '--json')
    expect(notProject.code).toBe(1)
    expect(notProject.stderr).toMatch(/not an Esiti project/)
    expect(fs.readFileSync(text, 'utf8')).toBe('ciao')
    const again = await cli('new', text, '--json')
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already exists/)
    const unknown = await cli('frobnicate', '--json')
    expect(unknown.code).toBe(2)
    const badOption = await cli('info', text, '--colour', 'red')
    expect(badOption.code).toBe(1)
    expect(badOption.stderr).toMatch(/Unknown option --colour/)
  })

  it('the installed bin runs under the pinned Node and refuses to write a project in use by another process (reading it is fine)', async () => {
    const file = path.join(tmp.dir, 'occupato.esiti')
    const open = await openProjectFile(file, { create: true })
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/esiti.mjs'), 'codes', 'add', file, 'Benefici', '--json'], { encoding: 'utf8' })
      expect(r.status).toBe(1)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/is open in another Esiti \(process \d+ on /)
      const read = spawnSync(process.execPath, [path.join(ROOT, 'bin/esiti.mjs'), 'info', file, '--json'], { encoding: 'utf8' })
      expect(read.status).toBe(0)
    } finally {
      open.close()
    }
    const ok = spawnSync(process.execPath, [path.join(ROOT, 'bin/esiti.mjs'), 'info', file, '--json'], { encoding: 'utf8' })
    expect(ok.status).toBe(0)
    expect(JSON.parse(ok.stdout).sources).toBe(0)
  })
})
