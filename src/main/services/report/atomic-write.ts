import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'

function translate(e: unknown, target: string): EsitiError {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOSPC') return new EsitiError('DISK_FULL', `The disk is full: ${path.basename(target)} was not written.`)
  if (code === 'ENOENT') return new EsitiError('READ_ONLY', `Cannot write ${target}: the folder does not exist.`)
  if (code === 'EISDIR') return new EsitiError('INVALID_INPUT', `${target} is a folder: give a file name.`)
  return new EsitiError('READ_ONLY', `Cannot write ${target}: the location is read-only or not permitted.`)
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
 * failure (an unwritable folder, a full disk, a crash) leaves no partial output behind.
 */
export function writeFilesAtomically(files: { path: string; data: Buffer | string }[]): void {
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
  try {
    files.forEach((f, i) => fs.renameSync(temps[i], f.path))
  } catch (e) {
    temps.forEach(discard)
    throw translate(e, files[0].path)
  }
}
