import { randomBytes } from 'node:crypto'
import { HlcClock } from './hlc'
import type { ProjectFile } from './project-file'

/**
 * This copy's identity in a team (its replica id, the node of its clock) and its hybrid logical
 * clock. The clock starts after the latest timestamp in the operation log (local or pulled), and
 * reads wall time corrected by the offset last measured against the team server.
 */
const clocks = new WeakMap<ProjectFile, HlcClock>()
const wallClocks = new WeakMap<ProjectFile, () => number>()

export const newReplicaId = (): string => randomBytes(8).toString('hex')

export function replicaId(project: ProjectFile): string {
  const id = project.meta('replica_id')
  if (id) return id
  // A project file whose meta lost the row (an old copy edited by hand): give it one.
  const fresh = newReplicaId()
  project.sqlite.prepare("INSERT OR IGNORE INTO meta (id, value) VALUES ('replica_id', ?)").run(fresh)
  return project.meta('replica_id') ?? fresh
}

/** Ms to add to this computer's clock to read the team server's (0 until measured). */
export function clockOffset(project: ProjectFile): number {
  const v = Number(project.meta('sync.clock_offset'))
  return Number.isFinite(v) ? v : 0
}

export function setClockOffset(project: ProjectFile, ms: number): void {
  project.sqlite.prepare("INSERT INTO meta (id, value) VALUES ('sync.clock_offset', ?) ON CONFLICT(id) DO UPDATE SET value = excluded.value").run(String(Math.round(ms)))
  clocks.delete(project)
}

/** Tests: run this project's wall clock fast or slow (a computer whose clock is hours off). */
export function setWallClock(project: ProjectFile, now: () => number): void {
  wallClocks.set(project, now)
  clocks.delete(project)
}

/** This computer's wall clock as the project's clock reads it, before the server offset. */
export const wallNow = (project: ProjectFile): number => (wallClocks.get(project) ?? Date.now)()

export function clockOf(project: ProjectFile): HlcClock {
  let c = clocks.get(project)
  if (!c) {
    const last = project.sqlite.prepare('SELECT hlc FROM op_log WHERE hlc IS NOT NULL ORDER BY hlc DESC LIMIT 1').get() as
      | { hlc: string }
      | undefined
    const wall = wallClocks.get(project) ?? Date.now
    const offset = clockOffset(project)
    c = new HlcClock(replicaId(project), last?.hlc ?? null, () => wall() + offset)
    clocks.set(project, c)
  }
  return c
}

/** After the replica id changed (a copy made by hand told apart), the clock starts again under it. */
export function resetClock(project: ProjectFile): void {
  clocks.delete(project)
}
