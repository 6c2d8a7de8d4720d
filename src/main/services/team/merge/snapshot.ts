import type Database from 'better-sqlite3'

type Row = Record<string, unknown>

/** The rows a merge compares, read from one project file (ours or the other coder's copy). */
export interface MergeSnapshot {
  coders: Row[]
  codes: Row[]
  attributes: Row[]
  cases: Row[]
  caseValues: Row[]
  sources: Row[]
  /** Every source id, also of sources hidden by an undo: an id can never be reused. */
  allSourceIds: string[]
  caseSegments: Row[]
  codings: Row[]
  memos: Row[]
}

/** Codes in tree order (parents before children), so that inserts never precede their parent. */
function treeOrder(codes: Row[]): Row[] {
  const byParent = new Map<unknown, Row[]>()
  const ids = new Set(codes.map((c) => c.id))
  for (const c of codes) {
    const parent = c.parent_id && ids.has(c.parent_id) ? c.parent_id : null
    byParent.set(parent, [...(byParent.get(parent) ?? []), c])
  }
  const out: Row[] = []
  const seen = new Set<unknown>()
  const walk = (parent: unknown): void => {
    for (const c of byParent.get(parent) ?? []) {
      if (seen.has(c.id)) continue
      seen.add(c.id)
      out.push(c)
      walk(c.id)
    }
  }
  walk(null)
  // Codes caught in a parent cycle: kept, as roots.
  for (const c of codes) if (!seen.has(c.id)) out.push({ ...c, parent_id: null })
  return out
}

export function readSnapshot(db: Database.Database, opts: { texts: boolean }): MergeSnapshot {
  const all = (sql: string): Row[] => db.prepare(sql).all() as Row[]
  const live = 'SELECT id FROM sources WHERE deleted_at IS NULL'
  const sourceCols = opts.texts
    ? 'id, name, kind, text, text_hash, chars, encoding, structure, case_id, original_name, original_type, original_data, imported_at, imported_by'
    : 'id, name, text_hash, chars, case_id'
  return {
    coders: all('SELECT * FROM coders ORDER BY name'),
    codes: treeOrder(all('SELECT * FROM codes ORDER BY sort, name, id')),
    attributes: all('SELECT * FROM attributes ORDER BY sort, name'),
    cases: all('SELECT * FROM cases ORDER BY name'),
    caseValues: all('SELECT * FROM case_values'),
    sources: all(`SELECT ${sourceCols} FROM sources WHERE deleted_at IS NULL ORDER BY name`),
    allSourceIds: (db.prepare('SELECT id FROM sources').all() as { id: string }[]).map((r) => r.id),
    caseSegments: all(`SELECT * FROM case_segments WHERE source_id IN (${live})`),
    codings: all(`SELECT * FROM codings WHERE source_id IN (${live}) ORDER BY source_id, start, id`),
    memos: all('SELECT * FROM memos ORDER BY created_at, id')
  }
}

/** "Parent > Child" path of every code of a snapshot. */
export function codePaths(codes: Row[]): Map<string, string> {
  const byId = new Map(codes.map((c) => [c.id as string, c]))
  const out = new Map<string, string>()
  for (const c of codes) {
    const names: string[] = []
    const seen = new Set<string>()
    for (let r: Row | undefined = c; r && !seen.has(r.id as string); r = r.parent_id ? byId.get(r.parent_id as string) : undefined) {
      seen.add(r.id as string)
      names.unshift(r.name as string)
    }
    out.set(c.id as string, names.join(' > '))
  }
  return out
}
