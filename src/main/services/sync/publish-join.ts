import type { TeamPublishDto } from '../../../shared/ipc/team-server'
import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { EsitiError } from '../../../shared/errors'
import { LATEST_MIGRATION } from '../../db/migrations'
import { openProjectFile, PROJECT_EXTENSION, type ProjectFile } from '../../db/project-file'
import { newReplicaId, resetClock } from '../../db/replica'
import { nowIso } from '../../db/ids'
import { makeCtx, checkCancelled, type Ctx } from '../context'
import type { ProgressSink } from '../../../shared/progress'
import { noProgress } from '../../../shared/progress'
import { createProject, downloadBlobToFile, projectInfo, setBaseline, uploadBlobFile, visibleProjects } from './server/api'
import { connectTeamServer, type TeamServer } from './server/connect'
import { assertServerReady } from './server/migrate'
import { joinUrl, parseTeamUrl } from './server/team-url'
import { setTeamInfo, teamInfo } from './local/sync-meta'
import { syncProject, type SyncResult } from './team-sync'

/**
 * Publishing makes the local project the team's starting point (its baseline, uploaded whole);
 * joining downloads that baseline and then pulls every operation made since. The local .esiti file
 * stays each member's working copy either way.
 */

/**
 * Local state a copy must not pass on: its sync bookkeeping, its own undo stack, and the privacy key
 * (decision 0033) — its rows, its changes in the operation log and its tombstones.
 */
function scrubForBaseline(db: Database.Database): void {
  db.exec(`
    DELETE FROM privacy_key;
    DELETE FROM tombstones WHERE tbl = 'privacy_key';
    UPDATE op_log SET changes = (
      SELECT COALESCE(json_group_array(json(value)), '[]') FROM json_each(op_log.changes) WHERE json_extract(value, '$.t') <> 'privacy_key'
    ) WHERE changes LIKE '%"privacy_key"%';
    DELETE FROM meta WHERE id LIKE 'team.%' OR id LIKE 'sync.%';
    UPDATE op_log SET origin = 'baseline', pushed = 1,
      state = CASE WHEN state = 'undone' THEN 'discarded' ELSE state END;
    DELETE FROM sync_clock;
    DELETE FROM sync_parked;
    DELETE FROM sync_parts;
  `)
}

export type PublishResult = TeamPublishDto

async function connectChecked(url: string, projectOverride?: string | null): Promise<TeamServer> {
  const server = await connectTeamServer(parseTeamUrl(url, projectOverride))
  try {
    await assertServerReady(server)
    return server
  } catch (e) {
    await server.close()
    throw e
  }
}

export async function publishProject(ctx: Ctx, url: string, opts: { name?: string } = {}): Promise<PublishResult> {
  const project = ctx.project
  const existing = teamInfo(project)
  if (existing) throw new EsitiError('CONFLICT', 'sync.alreadyPublished', { url: joinUrl(existing.server, existing.project) })
  const id = project.meta('project_id')
  if (!id) throw new EsitiError('CORRUPT_FILE', 'sync.noProjectId')
  const parsed = parseTeamUrl(url)
  if (parsed.project && parsed.project !== id) throw new EsitiError('INVALID_INPUT', 'sync.publishOtherId', { id: parsed.project })
  const server = await connectChecked(url, id)
  const tmp = `${project.path}.publishing-${process.pid}`
  try {
    if (await projectInfo(server, id)) throw new EsitiError('CONFLICT', 'sync.alreadyOnServer', { id })
    const name = opts.name?.trim() || path.basename(project.path, PROJECT_EXTENSION)
    ctx.progress.report('sync:baseline', 0, 1)
    fs.rmSync(tmp, { force: true })
    project.sqlite.exec(`VACUUM INTO '${tmp.replace(/'/g, "''")}'`)
    // The baseline of an encrypted project stays encrypted with its passphrase (decision 0026).
    const copy = project.openSibling(tmp)
    try {
      scrubForBaseline(copy)
      copy.exec('VACUUM')
    } finally {
      copy.close()
    }
    checkCancelled(ctx)
    await createProject(server, { id, name, displayName: ctx.actor })
    const hash = await uploadBlobFile(server, id, tmp, (d, t) => ctx.progress.report('sync:upload', d, t))
    await setBaseline(server, id, hash, 0, LATEST_MIGRATION)
    const bytes = fs.statSync(tmp).size
    project.tx(() => {
      setTeamInfo(project, { server: parsed.server, project: id, role: server.role, since: nowIso(), how: 'published' })
      // Everything done so far is in the baseline: nothing of it is pushed as an operation.
      project.stmt('UPDATE op_log SET pushed = 1').run()
      const last = project.stmt('SELECT MAX(seq) s FROM op_log').get() as { s: number | null }
      project.stmt("INSERT OR REPLACE INTO meta (id, value) VALUES ('sync.stamped_seq', ?), ('sync.cursor', '0')").run(String(last.s ?? 0))
    })
    return { project: project.path, id, server: parsed.server, url: joinUrl(parsed.server, id), bytes }
  } finally {
    fs.rmSync(tmp, { force: true })
    await server.close()
  }
}

export interface JoinResult extends SyncResult {
  project: string
  id: string
  name: string
}

/** The project a join URL means: its `project=`, else the only one this role can see. */
async function chooseProject(server: TeamServer, wanted: string | null): Promise<{ id: string; name: string }> {
  if (wanted) {
    const info = await projectInfo(server, wanted)
    if (!info) throw new EsitiError('FORBIDDEN', 'sync.notMember', { role: server.role })
    return { id: info.id, name: info.name }
  }
  const all = await visibleProjects(server)
  if (all.length === 1) return all[0]
  if (all.length === 0) throw new EsitiError('NOT_FOUND', 'sync.noProjects', { role: server.role })
  throw new EsitiError('INVALID_INPUT', 'sync.whichProject', { projects: all.map((p) => `${p.name} (${p.id})`).join(', ') })
}

export async function joinProject(
  url: string,
  out: string,
  opts: { actor: string; progress?: ProgressSink; project?: string | null }
): Promise<JoinResult> {
  const progress = opts.progress ?? noProgress
  const abs = path.resolve(out)
  if (fs.existsSync(abs)) throw new EsitiError('PROJECT_EXISTS', 'project.exists', { file: abs })
  if (!fs.existsSync(path.dirname(abs))) throw new EsitiError('NOT_FOUND', 'project.folderNotFound', { folder: path.dirname(abs) })
  const parsed = parseTeamUrl(url, opts.project ?? null)
  const server = await connectChecked(url, opts.project ?? null)
  const tmp = `${abs}.joining`
  let project: ProjectFile | null = null
  try {
    const chosen = await chooseProject(server, parsed.project)
    const info = (await projectInfo(server, chosen.id))!
    if (!info.baselineHash) throw new EsitiError('NOT_FOUND', 'sync.noBaseline', { name: info.name })
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true })
    progress.report('sync:download', 0, 1)
    await downloadBlobToFile(server, chosen.id, info.baselineHash, tmp, (d, t) => progress.report('sync:download', d, t))
    const before = new Set(fs.readdirSync(path.dirname(abs)))
    project = await openProjectFile(tmp, { actor: opts.actor })
    // An upgrade of an older baseline wrote a backup beside the temporary file: not needed.
    for (const f of fs.readdirSync(path.dirname(abs)))
      if (!before.has(f) && f.startsWith(path.basename(tmp)) && f.endsWith(`.backup${PROJECT_EXTENSION}`)) fs.rmSync(path.join(path.dirname(abs), f), { force: true })
    const p = project
    p.tx(() => {
      scrubForBaseline(p.sqlite)
      p.stmt("UPDATE meta SET value = ? WHERE id = 'replica_id'").run(newReplicaId())
      setTeamInfo(p, { server: parsed.server, project: chosen.id, role: server.role, since: nowIso(), how: 'joined' })
      const last = p.stmt('SELECT MAX(seq) s FROM op_log').get() as { s: number | null }
      p.stmt("INSERT OR REPLACE INTO meta (id, value) VALUES ('sync.stamped_seq', ?), ('sync.cursor', ?)").run(String(last.s ?? 0), String(info.baselineSeq))
    })
    resetClock(p)
    p.close()
    project = null
    fs.renameSync(tmp, abs)
    project = await openProjectFile(abs, { actor: opts.actor })
    const result = await syncProject(makeCtx(project, opts.actor, progress), { server })
    return { ...result, project: abs, id: chosen.id, name: chosen.name }
  } catch (e) {
    project?.close()
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}.lock`]) fs.rmSync(f, { force: true })
    throw e
  } finally {
    project?.close()
    await server.close()
  }
}
