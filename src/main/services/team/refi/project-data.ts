import type { Ctx } from '../../context'

/** What a REFI export reads from the project, loaded once. Deleted sources are left out. */
export interface ProjectData {
  name: string
  createdAt: string | null
  coders: { id: string; name: string }[]
  codes: {
    id: string
    parent_id: string | null
    name: string
    color: string
    definition: string | null
    when_to_use: string | null
    when_not_to_use: string | null
    example: string | null
    sort: number
  }[]
  attributes: { id: string; name: string; type: string; choices: string | null; sort: number }[]
  cases: { id: string; name: string; description: string | null }[]
  caseValues: { case_id: string; attribute_id: string; value: string | null }[]
  caseSegments: { id: string; case_id: string; source_id: string; start: number; end: number }[]
  sources: { id: string; name: string; text: string; case_id: string | null; imported_at: string; imported_by: string | null }[]
  codings: {
    id: string
    source_id: string
    code_id: string
    coder_id: string
    start: number
    end: number
    quote: string
    comment: string | null
    created_at: string
  }[]
  memos: {
    id: string
    target_kind: string
    target_id: string | null
    title: string
    body: string
    author: string | null
    created_at: string
    updated_at: string
  }[]
}

export function loadProjectData(ctx: Ctx, opts: { codebookOnly?: boolean } = {}): ProjectData {
  const db = ctx.project.sqlite
  const all = <T>(sql: string): T[] => db.prepare(sql).all() as T[]
  const programme = db.prepare('SELECT name FROM programmes LIMIT 1').get() as { name: string } | undefined
  const base = ctx.project.path.split(/[\\/]/).pop()?.replace(/\.esiti$/i, '') ?? 'Esiti'
  const codes = all<ProjectData['codes'][number]>(
    'SELECT id, parent_id, name, color, definition, when_to_use, when_not_to_use, example, sort FROM codes ORDER BY sort, name, id'
  )
  if (opts.codebookOnly)
    return { name: programme?.name ?? base, createdAt: null, coders: [], codes, attributes: [], cases: [], caseValues: [], caseSegments: [], sources: [], codings: [], memos: [] }
  const live = 'SELECT id FROM sources WHERE deleted_at IS NULL'
  return {
    name: programme?.name ?? base,
    createdAt: ctx.project.meta('created_at') ?? null,
    coders: all('SELECT id, name FROM coders ORDER BY name, id'),
    codes,
    attributes: all('SELECT id, name, type, choices, sort FROM attributes ORDER BY sort, name, id'),
    cases: all('SELECT id, name, description FROM cases ORDER BY name, id'),
    caseValues: all('SELECT case_id, attribute_id, value FROM case_values ORDER BY case_id, attribute_id'),
    caseSegments: all(`SELECT id, case_id, source_id, start, "end" FROM case_segments WHERE source_id IN (${live}) ORDER BY source_id, start, id`),
    sources: all('SELECT id, name, text, case_id, imported_at, imported_by FROM sources WHERE deleted_at IS NULL ORDER BY name, id'),
    codings: all(
      `SELECT id, source_id, code_id, coder_id, start, "end", quote, comment, created_at FROM codings
       WHERE source_id IN (${live}) ORDER BY source_id, start, "end", id`
    ),
    memos: all('SELECT id, target_kind, target_id, title, body, author, created_at, updated_at FROM memos ORDER BY created_at, id')
  }
}
