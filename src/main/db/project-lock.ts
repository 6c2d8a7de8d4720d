import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { EsitiError } from '../../shared/errors'

export interface ProjectLock {
  release(): void
}

interface LockInfo {
  pid: number
  host: string
  at: string
}

/** Whether a process of this machine is still running (a lock or a temporary file it left is not stale). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * SQLite lets two processes write the same WAL file; Esiti does not, so that an evaluator never
 * codes in a copy the desktop app is also changing. A lock left by a killed process is taken over.
 */
export function acquireLock(projectPath: string): ProjectLock {
  const lockPath = `${projectPath}.lock`
  const info: LockInfo = { pid: process.pid, host: os.hostname(), at: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(info), { flag: 'wx' })
      let released = false
      return {
        release() {
          if (released) return
          released = true
          try {
            const current = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo
            if (current.pid === info.pid && current.host === info.host) fs.rmSync(lockPath, { force: true })
          } catch {
            // already gone
          }
        }
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
        throw new EsitiError('READ_ONLY', 'project.cannotWrite', { file: projectPath })
      if (code === 'ENOENT') throw new EsitiError('NOT_FOUND', 'project.folderNotFound', { folder: path.dirname(projectPath) })
      if (code !== 'EEXIST') throw e
      let holder: LockInfo | null = null
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo
      } catch {
        holder = null
      }
      const stale = !holder || (holder.host === os.hostname() && !isProcessAlive(holder.pid))
      if (stale && attempt === 0) {
        fs.rmSync(lockPath, { force: true })
        continue
      }
      throw new EsitiError(
        'PROJECT_IN_USE',
        'project.lockedBy',
        { file: path.basename(projectPath), pid: String(holder?.pid ?? '?'), host: holder?.host ?? '?' },
        holder
      )
    }
  }
  throw new EsitiError('PROJECT_IN_USE', 'project.locked', { file: path.basename(projectPath) })
}
