import type { ProjectFile } from '../../../db/project-file'

/** Page cache of the connection while a bulk write runs (KiB, as SQLite's negative cache_size). */
const BULK_CACHE_KIB = 2048

/**
 * Runs a write of many MB of column blobs with a small page cache. Freshly written blob pages are
 * never read back in that transaction, so the connection's large read cache (tens of MB) would only
 * fill up with them and stay allocated; the previous size is restored afterwards.
 */
export function withBulkWriteCache<T>(project: ProjectFile, fn: () => T): T {
  const previous = project.sqlite.pragma('cache_size', { simple: true }) as number
  if (previous < 0 && previous >= -BULK_CACHE_KIB) return fn()
  project.sqlite.pragma(`cache_size = -${BULK_CACHE_KIB}`)
  try {
    return fn()
  } finally {
    project.sqlite.pragma(`cache_size = ${Number(previous)}`)
  }
}
