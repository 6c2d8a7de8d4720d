import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx } from '../../../src/main/services/context'
import { seedDemo } from '../../../src/main/demo/seed'
import { cleanState, isCurrent } from '../../../src/main/services/survey/clean/clean-store'
import { datasetById } from '../../../src/main/services/survey/storage/dataset-rows'
import { COMMAND_GROUPS } from '../../../src/main/cli/registry'
import { tempDir } from '../../support/temp-project'

const ROOT = path.resolve(__dirname, '../../..')
const BIN = path.join(ROOT, 'bin/esiti.mjs')
const tmp = tempDir('esiti-cli-process-')
afterAll(() => tmp.cleanup())

describe('the esiti process', () => {
  it('a reader that closes the pipe early ends the command quietly, with the project closed', async () => {
    const file = path.join(tmp.dir, 'pipe.esiti')
    ;(await openProjectFile(file, { create: true })).close()
    const child = spawn(process.execPath, [BIN, 'info', file], { stdio: ['ignore', 'pipe', 'pipe'] })
    // Like `| head -0`: the reading end is gone before the first line is written.
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(fs.existsSync(`${file}.lock`)).toBe(false)
  })
})

describe('bin/esiti.mjs chooses the bundle only when it is current', () => {
  // A miniature checkout: the real bin, a bundle and a source entry that each say who they are.
  const root = path.join(tmp.dir, 'checkout')
  const bundle = path.join(root, 'out/main/cli.js')
  const source = path.join(root, 'src/main/cli/bin.ts')
  fs.mkdirSync(path.dirname(bundle), { recursive: true })
  fs.mkdirSync(path.dirname(source), { recursive: true })
  fs.mkdirSync(path.join(root, 'bin'))
  fs.mkdirSync(path.join(root, 'src/shared'))
  fs.copyFileSync(BIN, path.join(root, 'bin/esiti.mjs'))
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'))
  fs.writeFileSync(source, "process.stdout.write('from sources ' + process.argv.slice(2).join(' '))\n")
  fs.writeFileSync(path.join(root, 'src/shared/types.ts'), 'export type X = 1\n')
  fs.writeFileSync(bundle, "process.stdout.write('from bundle ' + process.argv.slice(2).join(' '))\n")
  const run = (env: Record<string, string> = {}): string =>
    spawnSync(process.execPath, [path.join(root, 'bin/esiti.mjs'), 'info', 'x'], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout
  const age = (file: string, secondsFromNow: number): void => {
    const t = new Date(Date.now() + secondsFromNow * 1000)
    fs.utimesSync(file, t, t)
  }

  it('runs the bundle when it is newer than every source', () => {
    age(source, -60)
    age(path.join(root, 'src/shared/types.ts'), -60)
    age(bundle, -10)
    expect(run()).toBe('from bundle info x')
    expect(run({ ESITI_FROM_SOURCE: '1' })).toBe('from sources info x')
  })

  it('runs the sources when one of them changed after the build, or when there is no bundle', () => {
    age(bundle, -10)
    age(path.join(root, 'src/shared/types.ts'), -1)
    expect(run()).toBe('from sources info x')
    age(path.join(root, 'src/shared/types.ts'), -60)
    fs.rmSync(bundle)
    expect(run()).toBe('from sources info x')
  })
})

describe('verbs load lazily', () => {
  it('undo and redo in a fresh process still rebuild what the undone change derived (the survey hooks load)', async () => {
    const file = path.join(tmp.dir, 'demo.esiti')
    const p = await openProjectFile(file, { create: true })
    await seedDemo(makeCtx(p, 'demo'))
    p.close()
    const esiti = (...argv: string[]) => {
      const r = spawnSync(process.execPath, [BIN, ...argv, '--json'], { encoding: 'utf8' })
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      return JSON.parse(r.stdout)
    }
    const recipe = esiti('survey', 'recipe', file, '--dataset', 'Aziende')
    const shorter = path.join(tmp.dir, 'ricetta.json')
    fs.writeFileSync(shorter, JSON.stringify({ ...recipe, steps: recipe.steps.slice(0, -3) }))
    esiti('survey', 'apply', file, '--dataset', 'Aziende', '--recipe', shorter)
    const current = async (): Promise<boolean> => {
      const q = await openProjectFile(file, { readonly: true })
      try {
        const id = (q.sqlite.prepare("SELECT id FROM datasets WHERE name = 'Aziende'").get() as { id: string }).id
        return isCurrent(q, datasetById(q, id)!, cleanState(q, id))
      } finally {
        q.close()
      }
    }
    expect(await current()).toBe(true)
    esiti('undo', file)
    expect(await current()).toBe(true)
    esiti('redo', file)
    expect(await current()).toBe(true)
  }, 120_000)

  it('every verb is in the group its first word names, and every listed word has a verb', async () => {
    for (const group of COMMAND_GROUPS) {
      const specs = await group.load()
      const firsts = new Set(specs.map((s) => s.words[0]))
      for (const s of specs) expect(group.first, `${group.name}: ${s.words.join(' ')}`).toContain(s.words[0])
      for (const w of group.first) expect(firsts.has(w), `${group.name} lists ${w}`).toBe(true)
    }
  })
})
