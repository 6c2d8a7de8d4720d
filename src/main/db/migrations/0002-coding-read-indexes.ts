import type { Migration } from 'kysely/migration'
import { runStatements } from './run-statements'

/**
 * Covering indexes for the coding workspace's reads at scale (2,000 transcripts, 200,000 codings).
 * - sources: case_id and deleted_at sit after the text and the original file in each row, so reading
 *   them walks every overflow page of the transcript; the index answers them without the row.
 * - codings: matrices, co-occurrence and retrieval filters need only these columns; the widened
 *   indexes replace the old ones (same leading columns) and spare a table lookup per coding.
 */
export const SCHEMA_0002 = `
CREATE INDEX sources_live ON sources(id, deleted_at, case_id, name);
DROP INDEX codings_code;
CREATE INDEX codings_code ON codings(code_id, source_id, coder_id, start, "end");
DROP INDEX codings_source;
CREATE INDEX codings_source ON codings(source_id, start, "end", code_id, coder_id);
`

export const m0002: Migration = {
  up: (db) => runStatements(db, SCHEMA_0002)
}
