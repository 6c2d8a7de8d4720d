import type { ProjectFile } from '../../../db/project-file'

/**
 * A team project's settings and sync state, kept in the project's meta table: `team.*` (which
 * server and project, as whom — never a password) and `sync.*` (cursor, last sync, last error).
 */
export interface TeamInfo {
  server: string
  project: string
  role: string
  since: string
  how: 'published' | 'joined'
}

const upsert = (project: ProjectFile, id: string, value: string): void => {
  project.stmt('INSERT INTO meta (id, value) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET value = excluded.value').run(id, value)
}

export const syncMeta = (project: ProjectFile, key: string): string | undefined => project.meta(`sync.${key}`)
export const setSyncMeta = (project: ProjectFile, key: string, value: string): void => upsert(project, `sync.${key}`, value)
export const clearSyncMeta = (project: ProjectFile, key: string): void => void project.stmt('DELETE FROM meta WHERE id = ?').run(`sync.${key}`)

export function teamInfo(project: ProjectFile): TeamInfo | null {
  const server = project.meta('team.server')
  const id = project.meta('team.project')
  if (!server || !id) return null
  return {
    server,
    project: id,
    role: project.meta('team.role') ?? '',
    since: project.meta('team.since') ?? '',
    how: (project.meta('team.how') as TeamInfo['how']) ?? 'joined'
  }
}

export function setTeamInfo(project: ProjectFile, t: TeamInfo): void {
  upsert(project, 'team.server', t.server)
  upsert(project, 'team.project', t.project)
  upsert(project, 'team.role', t.role)
  upsert(project, 'team.since', t.since)
  upsert(project, 'team.how', t.how)
}

export function isTeamProject(project: ProjectFile): boolean {
  return !!project.meta('team.project')
}
