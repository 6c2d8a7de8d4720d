import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { mutate } from '../../../src/main/db/op-log'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { insertCode, insertCoder, insertCoding, insertSource } from '../../../src/main/services/team/rows'
import { SHARED_FIXTURES } from '../../support/shared-fixtures'

export const FIXTURES = SHARED_FIXTURES
export const QDPX = path.join(FIXTURES, 'qdpx')
export const REFI = path.join(FIXTURES, 'refi')

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-'))
}

export interface TestProject {
  ctx: Ctx
  file: string
  dir: string
  close(): void
}

export async function newProject(dir = tempDir(), name = 'p.esiti'): Promise<TestProject> {
  const file = path.join(dir, name)
  const project = await openProjectFile(file, { create: true, actor: 'test' })
  return { ctx: makeCtx(project, 'test'), file, dir, close: () => project.close() }
}

export async function reopen(file: string): Promise<TestProject> {
  const project = await openProjectFile(file, { actor: 'test' })
  return { ctx: makeCtx(project, 'test'), file, dir: path.dirname(file), close: () => project.close() }
}

export interface Seeded {
  coders: Record<string, string>
  codes: Record<string, string>
  sources: Record<string, string>
}

/** Coders, codes and sources by name, written in one operation. */
export function seed(ctx: Ctx, spec: { coders: string[]; codes: string[]; sources: Record<string, string> }): Seeded {
  return mutate(ctx.project, { actor: 'test', kind: 'test.seed', summary: { key: 'legacy.text', params: { text: 'seed' } } }, (w) => {
    const out: Seeded = { coders: {}, codes: {}, sources: {} }
    for (const c of spec.coders) out.coders[c] = insertCoder(w, { name: c })
    spec.codes.forEach((c, i) => (out.codes[c] = insertCode(w, { name: c, sort: i })))
    for (const [name, text] of Object.entries(spec.sources)) out.sources[name] = insertSource(w, { name, text })
    return out
  })
}

export interface CodingSpec {
  source: string
  code: string
  coder: string
  start: number
  end: number
}

export function code(ctx: Ctx, ids: Seeded, list: CodingSpec[]): string[] {
  return mutate(ctx.project, { actor: 'test', kind: 'test.code', summary: { key: 'legacy.text', params: { text: 'code' } } }, (w) =>
    list.map((c) => {
      const sourceId = ids.sources[c.source]
      const text = (ctx.project.sqlite.prepare('SELECT text FROM sources WHERE id = ?').get(sourceId) as { text: string }).text
      return insertCoding(w, {
        sourceId,
        codeId: ids.codes[c.code],
        coderId: ids.coders[c.coder],
        start: c.start,
        end: c.end,
        quote: text.slice(c.start, c.end)
      })
    })
  )
}

export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  // Loaded lazily: the CLI registry pulls in every domain's commands.
  const { runCli } = await import('../../../src/main/cli/main')
  let out = ''
  let err = ''
  const code = await runCli(
    args,
    (s) => (out += s),
    (s) => (err += s)
  )
  return { code, out, err }
}

export async function cliJson<T = Record<string, unknown>>(args: string[]): Promise<T> {
  const r = await cli([...args, '--json'])
  if (r.code !== 0) throw new Error(`esiti ${args.join(' ')} failed (${r.code}): ${r.err}`)
  return JSON.parse(r.out) as T
}

/** Row counts of the tables an import or merge touches: to prove a failure changed nothing. */
export function snapshot(ctx: Ctx): Record<string, number> {
  const tables = ['sources', 'codes', 'codings', 'coders', 'cases', 'attributes', 'case_values', 'memos', 'case_segments', 'op_log', 'coding_decisions']
  return Object.fromEntries(
    tables.map((t) => [t, (ctx.project.sqlite.prepare(`SELECT COUNT(*) n FROM ${t}`).get() as { n: number }).n])
  )
}
