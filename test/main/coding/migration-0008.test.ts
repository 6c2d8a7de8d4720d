import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator, type Migration } from 'kysely/migration'
import { afterAll, describe, expect, it } from 'vitest'
import { m0001 } from '../../../src/main/db/migrations/0001-init'
import { m0002 } from '../../../src/main/db/migrations/0002-coding-read-indexes'
import { m0003 } from '../../../src/main/db/migrations/0003-column-cache'
import { m0005 } from '../../../src/main/db/migrations/0005-programme-setup'
import { m0007 } from '../../../src/main/db/migrations/0007-table-stats'
import { m0010 } from '../../../src/main/db/migrations/0010-column-data-variable-index'
import { undo, undoStep } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx } from '../../../src/main/services/context'
import { checkShortcut, listCodes } from '../../../src/main/services/coding/codes'
import { attachMedia, mediaOf, mediaResponse } from '../../../src/main/services/transcripts/media'
import { codingsDelta, sourceView } from '../../../src/main/services/transcripts/source-view'
import { EsitiError } from '../../../src/shared/errors'
import { tempDir } from '../../support/temp-project'
import { wav } from '../transcripts/support/make-wav'

const tmp = tempDir('esiti-m0008-')
afterAll(() => tmp.cleanup())

const TEXT = 'INT: Come va il lavoro agile?\n\nR: Bene, lavoro da casa due giorni.'
const ids = { source: randomUUID(), coder: randomUUID(), coding: randomUUID(), codes: [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()] }

/**
 * A project as Esiti wrote it before issue 14 (every migration up to 0007, optionally a later one):
 * shortcuts typed freely in the codebook (lower case, an invalid one, none), a transcript with a
 * coding, and an operation log whose last entry is that coding.
 */
async function before0008(file: string, later: Record<string, Migration> = {}): Promise<void> {
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  const migrations = { '0001-init': m0001, '0002-coding-read-indexes': m0002, '0003-column-cache': m0003, '0005-programme-setup': m0005, '0007-table-stats': m0007, ...later }
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest()
  if (error) throw error
  const run = (sql: string, ...args: unknown[]) => sqlite.prepare(sql).run(...args)
  run("INSERT INTO meta (id, value) VALUES ('app', 'esiti-project'), ('project_id', 'p-before-0008'), ('created_at', '2025-01-01')")
  run("INSERT INTO coders (id, name, created_at) VALUES (?, 'Giulia', '2025-01-01')", ids.coder)
  const shortcuts = ['alt+2', 'ctrl+shift+k', 'ctrl+shift+zz', 'Alt+1', null]
  shortcuts.forEach((s, i) =>
    run('INSERT INTO codes (id, name, shortcut, sort, created_at) VALUES (?, ?, ?, ?, ?)', ids.codes[i], `Codice ${i + 1}`, s, i, '2025-01-01')
  )
  run(
    `INSERT INTO sources (id, name, text, text_hash, chars, encoding, structure, imported_at, imported_by)
     VALUES (?, 'Intervista Anna', ?, 'h', ?, 'utf-8', ?, '2025-01-02', 'Giulia')`,
    ids.source,
    TEXT,
    TEXT.length,
    JSON.stringify({ paragraphs: [[0, 29], [31, TEXT.length]] })
  )
  const start = TEXT.indexOf('lavoro da casa')
  const coding = { id: ids.coding, source_id: ids.source, code_id: ids.codes[0], coder_id: ids.coder, start, end: start + 14, quote: 'lavoro da casa', comment: null, created_at: '2025-01-03' }
  run('INSERT INTO codings (id, source_id, code_id, coder_id, start, "end", quote, comment, created_at) VALUES (@id, @source_id, @code_id, @coder_id, @start, @end, @quote, @comment, @created_at)', coding)
  run(
    "INSERT INTO op_log (id, at, actor, kind, summary, changes) VALUES ('op1', '2025-01-03', 'Giulia', 'coding.create', 'Code a passage', ?)",
    JSON.stringify([{ t: 'codings', id: ids.coding, b: null, a: coding }])
  )
  await db.destroy()
  sqlite.close()
}

describe('migration 0008 on a project written before it', () => {
  it('adds recordings, makes the valid shortcuts canonical, keeps the rest, and the old log still undoes', async () => {
    const file = path.join(tmp.dir, 'before.esiti')
    await before0008(file)
    const p = await openProjectFile(file, { actor: 'Giulia' })
    try {
      const ctx = makeCtx(p, 'Giulia')
      expect(fs.readdirSync(tmp.dir).some((f) => f.startsWith('before') && f.includes('.backup.esiti'))).toBe(true)
      const applied = (p.sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name)
      expect(applied).toContain('0008-coding-media')

      // Shortcuts: valid spellings rewritten to the canonical form; what is not a shortcut kept as typed.
      const byId = new Map(listCodes(ctx).map((c) => [c.id, c.shortcut]))
      expect(ids.codes.map((id) => byId.get(id))).toEqual(['Alt+2', 'Ctrl+Shift+K', 'ctrl+shift+zz', 'Alt+1', null])
      // The rewritten ones are taken now, whatever spelling a new code uses.
      expect(() => checkShortcut(p, 'ALT+2')).toThrow(EsitiError)
      expect(checkShortcut(p, 'Alt+3')).toBe('Alt+3')

      // The transcript and its coding are untouched and readable.
      const view = sourceView(ctx, ids.source)
      expect(view.text).toBe(TEXT)
      expect(view.codings.map((c) => [c.id, c.codeName, c.coderName, TEXT.slice(c.start, c.end)])).toEqual([[ids.coding, 'Codice 1', 'Giulia', 'lavoro da casa']])

      // A recording attaches to the old transcript, plays by range, and its attachment is undoable.
      const audio = path.join(tmp.dir, 'anna.wav')
      const bytes = wav(2)
      fs.writeFileSync(audio, bytes)
      expect(attachMedia(ctx, ids.source, audio)).toMatchObject({ name: 'anna.wav', mime: 'audio/wav', size: bytes.length })
      const part = mediaResponse(p, ids.source, 'bytes=100-199')
      expect(part.status).toBe(206)
      expect(part.body.equals(bytes.subarray(100, 200))).toBe(true)
      undo(p, 'Giulia')
      expect(mediaOf(p, ids.source)).toBeUndefined()

      // The entry written before the migration still undoes, and says which coding went.
      const step = undoStep(p, 'Giulia')
      expect(step.op.summary).toBe('Code a passage')
      expect(codingsDelta(ctx, step.changes)).toEqual({ removed: [ids.coding], upserted: [] })
      expect(sourceView(ctx, ids.source).codings).toEqual([])
    } finally {
      p.close()
    }
  })

  it('applies to a project that already has a later migration (issues land in any order)', async () => {
    const file = path.join(tmp.dir, 'after-0010.esiti')
    await before0008(file, { '0010-column-data-variable-index': m0010 })
    const p = await openProjectFile(file)
    try {
      const applied = (p.sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name)
      expect(applied).toEqual(expect.arrayContaining(['0008-coding-media', '0010-column-data-variable-index']))
      const tables = (p.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'media%' ORDER BY name").all() as { name: string }[]).map((t) => t.name)
      expect(tables).toEqual(['media', 'media_chunks'])
      expect(listCodes(makeCtx(p)).find((c) => c.id === ids.codes[1])?.shortcut).toBe('Ctrl+Shift+K')
    } finally {
      p.close()
    }
  })
})
