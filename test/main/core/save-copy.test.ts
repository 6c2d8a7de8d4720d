import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { EsitiError } from '../../../src/shared/errors'
import { formatMessage } from '../../../src/shared/messages'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx } from '../../../src/main/services/context'
import { projectCounts } from '../../../src/main/services/project/project-service'
import { saveProjectCopy } from '../../../src/main/services/project/save-copy'
import { seedDemo } from '../../../src/main/demo/seed'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

const tmp = tempDir('esiti-copy-')
afterAll(() => tmp.cleanup())

async function snapshot(file: string): Promise<unknown> {
  const p = await openProjectFile(file, { readonly: true })
  try {
    const ctx = makeCtx(p, 'test')
    const codings = p.sqlite.prepare('SELECT id, source_id, code_id, coder_id, start, "end" FROM codings ORDER BY id').all()
    return { id: p.meta('project_id'), counts: projectCounts(ctx), codings, ops: (p.sqlite.prepare('SELECT COUNT(*) n FROM op_log').get() as { n: number }).n }
  } finally {
    p.close()
  }
}

describe('Save a copy as… (SQLite online backup)', () => {
  it('writes a consistent copy of an open project, including what is still in its WAL, and refuses what it must', async () => {
    const file = path.join(tmp.dir, 'mire.esiti')
    const p = await openProjectFile(file, { create: true, actor: 'test' })
    await seedDemo(makeCtx(p, 'test'))
    // Something still in the WAL, not checkpointed: the copy must include it.
    p.sqlite.prepare("INSERT INTO coders (id, name, color, created_at) VALUES ('c-wal', 'Nel WAL', '#123456', '2024-01-01T00:00:00Z')").run()
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0)
    const out = path.join(tmp.dir, 'copia.esiti')
    const copy = await saveProjectCopy(p, out)
    expect(copy).toEqual({ file: out, bytes: fs.statSync(out).size })
    // The original stays open and writable; the copy is a separate, complete project.
    p.sqlite.prepare("INSERT INTO coders (id, name, color, created_at) VALUES ('c-after', 'Dopo', '#123456', '2024-01-01T00:00:00Z')").run()
    p.close()
    const a = (await snapshot(file)) as { counts: { coders: number } }
    const b = (await snapshot(out)) as { counts: { coders: number } }
    expect({ ...b, counts: { ...b.counts, coders: b.counts.coders + 1 } }).toEqual(a)
    // One self-contained file: no temporary left behind, no -wal beside the copy.
    expect(fs.readdirSync(tmp.dir).filter((f) => f.includes('.copy.tmp') || f.startsWith('copia.esiti-'))).toEqual([])

    const q = await openProjectFile(file)
    try {
      const refused = async (target: string, opts = {}): Promise<EsitiError> => {
        try {
          await saveProjectCopy(q, target, opts)
        } catch (e) {
          return e as EsitiError
        }
        throw new Error('expected a refusal')
      }
      expect((await refused(out)).key).toBe('project.exists')
      expect(formatMessage((await refused(file, { overwrite: true })).msg, 'it')).toBe('La copia va scritta in un altro file, non sopra il progetto stesso.')
      expect((await refused(path.join(tmp.dir, 'copia.xlsx'))).key).toBe('project.extension')
      expect((await refused(path.join(tmp.dir, 'manca', 'copia.esiti'))).key).toBe('project.folderNotFound')
      // Replacing an existing copy (the window's save dialog has asked): stale WAL files of the old one go.
      fs.writeFileSync(`${out}-wal`, 'stale')
      await saveProjectCopy(q, out, { overwrite: true })
      expect(fs.existsSync(`${out}-wal`)).toBe(false)
      expect(((await snapshot(out)) as { counts: unknown }).counts).toEqual(((await snapshot(file)) as { counts: unknown }).counts)
    } finally {
      q.close()
    }
  })

  it('esiti copy: a copy even while another process has the project open, in JSON and in Italian', async () => {
    const file = path.join(tmp.dir, 'aperto.esiti')
    const p = await openProjectFile(file, { create: true, actor: 'test' })
    try {
      const out = path.join(tmp.dir, 'copia-cli.esiti')
      const r = await cli('copy', file, '--out', out, '--json')
      expect(r.code).toBe(0)
      expect(r.json).toMatchObject({ project: file, file: out })
      const again = await cli('copy', file, '--out', out, '--locale', 'it')
      expect(again.code).toBe(1)
      expect(again.stderr).toBe(`esiti: ${out} esiste già: scegli un altro nome.\n`)
      const forced = await cli('copy', file, '--out', out, '--force', '--locale', 'it')
      expect(forced.stdout).toMatch(/^Copia scritta in .*copia-cli\.esiti \(\d+(,\d)? MB\)\n$/)
    } finally {
      p.close()
    }
  })
})
