import { sql, type Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import { parseShortcut } from '../../../shared/shortcuts'
import { splitSql } from './run-statements'

/**
 * Issue 14.
 * - media: an audio or video recording attached to a transcript, stored inside the project (one file
 *   to share, playable offline) in 1 MiB chunks, so a range request reads only the chunks it needs.
 *   Attaching is logged as a marker and undone by hiding the row (deleted_at), like sources.
 * - codes.shortcut: shortcuts are now stored canonically ("Alt+2"); older spellings of valid ones
 *   ("alt+2") are rewritten to it. Values that are not shortcuts are kept as they were: the codebook
 *   shows why they do not work instead of dropping what the user typed.
 */
export const SCHEMA_0008 = `
CREATE TABLE media (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  chunk_size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT,
  deleted_at TEXT
);
CREATE INDEX media_source ON media(source_id, deleted_at);
CREATE TABLE media_chunks (
  id TEXT PRIMARY KEY,
  media_id TEXT NOT NULL REFERENCES media(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE UNIQUE INDEX media_chunks_seq ON media_chunks(media_id, seq);
`

export const m0008: Migration = {
  async up(db: Kysely<unknown>) {
    await db.transaction().execute(async (trx) => {
      for (const statement of splitSql(SCHEMA_0008)) await sql.raw(statement).execute(trx)
      const rows = await sql<{ id: string; shortcut: string }>`SELECT id, shortcut FROM codes WHERE shortcut IS NOT NULL`.execute(trx)
      for (const r of rows.rows) {
        const p = parseShortcut(r.shortcut)
        if (p.ok && p.text !== r.shortcut) await sql`UPDATE codes SET shortcut = ${p.text} WHERE id = ${r.id}`.execute(trx)
      }
    })
  }
}
