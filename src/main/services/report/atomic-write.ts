import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'

function translate(e: unknown, target: string): EsitiError {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOSPC') return new EsitiError('DISK_FULL', 'report.diskFull', { file: path.basename(target) })
  if (code === 'ENOENT') return new EsitiError('READ_ONLY', 'report.noFolder', { file: target })
  if (code === 'EISDIR') return new EsitiError('INVALID_INPUT', 'report.targetIsFolder', { file: target })
  if (code === 'EBUSY' || code === 'EPERM') return new EsitiError('READ_ONLY', 'report.fileBusy', { file: target })
  return new EsitiError('READ_ONLY', 'report.cannotWrite', { file: target })
}

const discard = (file: string): void => {
  try {
    fs.rmSync(file, { force: true })
  } catch {
    // nothing was created there
  }
}

/**
 * Writes files via temporary siblings and renames them into place only when all were written, so a
 * failure (an unwritable folder, a full disk, a crash) leaves no partial output and no temporary file.
 */
export function writeFilesAtomically(files: { path: string; data: Buffer | string | Uint8Array }[]): void {
  for (const f of files) if (fs.existsSync(f.path) && fs.statSync(f.path).isDirectory()) throw new EsitiError('INVALID_INPUT', 'report.targetIsFolder', { file: f.path })
  const temps: string[] = []
  try {
    for (const f of files) {
      const tmp = path.join(path.dirname(f.path), `.${path.basename(f.path)}.${process.pid}.${Date.now()}.tmp`)
      temps.push(tmp)
      fs.writeFileSync(tmp, f.data, { flag: 'wx' })
    }
  } catch (e) {
    temps.forEach(discard)
    throw translate(e, files[temps.length - 1]?.path ?? '')
  }
  // Renames can still fail (a target open in another program): the files already moved are taken
  // back and any file they replaced is restored, so the set appears whole or not at all.
  const moved: { target: string; backup: string | null }[] = []
  try {
    files.forEach((f, i) => {
      let backup: string | null = null
      if (fs.existsSync(f.path)) {
        backup = `${temps[i]}.old`
        fs.renameSync(f.path, backup)
      }
      moved.push({ target: f.path, backup })
      fs.renameSync(temps[i], f.path)
    })
  } catch (e) {
    for (const m of moved.reverse()) {
      if (fs.existsSync(m.target) && (!m.backup || fs.existsSync(m.backup))) discard(m.target)
      if (m.backup && fs.existsSync(m.backup)) fs.renameSync(m.backup, m.target)
    }
    temps.forEach(discard)
    throw translate(e, files[moved.length - 1]?.path ?? files[0].path)
  }
  for (const m of moved) if (m.backup) discard(m.backup)
}
