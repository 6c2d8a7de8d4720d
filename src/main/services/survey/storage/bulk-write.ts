import type { ProjectFile } from '../../../db/project-file'

/** Page cache of the connection while a bulk write runs (KiB, as SQLite's negative cache_size). */
const BULK_CACHE_KIB = 2048

/**
 * Runs a write of many MB of column blobs with a small page cache and no memory-mapped reads.
 * Freshly written blob pages are never read back in that transaction, so the connection's large read
 * cache (tens of MB) would only fill up with them and stay allocated. A pass that reads every column
 * once (the identifier check after an import) through the map would leave each page it touched
 * mapped, and counted in the process's memory: 80–90 MB on a 100,000 × 60 export (issue 12). Both
 * settings are restored afterwards.
 */
export function withBulkWriteCache<T>(project: ProjectFile, fn: () => T): T {
  const db = project.sqlite
  const previous = db.pragma('cache_size', { simple: true }) as number
  const mapped = db.pragma('mmap_size', { simple: true }) as number
  const small = previous < 0 && previous >= -BULK_CACHE_KIB
  if (small && !mapped) return fn()
  if (!small) db.pragma(`cache_size = -${BULK_CACHE_KIB}`)
  if (mapped) db.pragma('mmap_size = 0')
  try {
    return fn()
  } finally {
    if (!small) db.pragma(`cache_size = ${Number(previous)}`)
    if (mapped) db.pragma(`mmap_size = ${Number(mapped)}`)
  }
}
