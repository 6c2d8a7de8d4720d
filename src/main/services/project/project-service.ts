import { openProjectFile, type ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'

export interface ProjectCounts {
  sources: number
  codes: number
  codings: number
  cases: number
  datasets: number
  indicators: number
  coders: number
  memos: number
  organisations: number
  activities: number
}

export interface ProjectInfo extends ProjectCounts {
  project: string
  id: string
  name: string | null
  createdAt: string | null
  schema: string
}

export async function createProject(file: string, actor: string): Promise<ProjectFile> {
  return openProjectFile(file, { create: true, actor })
}

const count = (ctx: Ctx, sql: string): number =>
  (ctx.project.sqlite.prepare(sql).get() as { n: number }).n

export function projectCounts(ctx: Ctx): ProjectCounts {
  return {
    sources: count(ctx, 'SELECT COUNT(*) n FROM sources WHERE deleted_at IS NULL'),
    codes: count(ctx, 'SELECT COUNT(*) n FROM codes'),
    codings: count(
      ctx,
      'SELECT COUNT(*) n FROM codings c JOIN sources s ON s.id = c.source_id WHERE s.deleted_at IS NULL'
    ),
    cases: count(ctx, 'SELECT COUNT(*) n FROM cases'),
    datasets: count(ctx, 'SELECT COUNT(*) n FROM datasets WHERE deleted_at IS NULL AND parent_id IS NULL'),
    indicators: count(ctx, 'SELECT COUNT(*) n FROM indicators'),
    coders: count(ctx, 'SELECT COUNT(*) n FROM coders'),
    memos: count(ctx, 'SELECT COUNT(*) n FROM memos'),
    organisations: count(ctx, 'SELECT COUNT(*) n FROM organisations'),
    activities: count(ctx, 'SELECT COUNT(*) n FROM activities')
  }
}

export function projectInfo(ctx: Ctx): ProjectInfo {
  const p = ctx.project
  const programme = p.sqlite.prepare('SELECT name FROM programmes LIMIT 1').get() as { name: string } | undefined
  const schema = p.sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1').get() as {
    name: string
  }
  return {
    project: p.path,
    id: p.meta('project_id') ?? '',
    name: programme?.name ?? null,
    createdAt: p.meta('created_at') ?? null,
    schema: schema.name,
    ...projectCounts(ctx)
  }
}
