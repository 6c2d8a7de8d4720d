import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import { isProcessAlive } from '../../db/project-lock'

export interface OutputFile {
  path: string
  data: Buffer | Uint8Array | string
}

/**
 * Writes an export's files (a workbook, a folder of CSVs, a .qdpx) so that a failure or a killed
 * process leaves nothing half-written in the user's folder: no partial file, no hidden temporary,
 * no empty folder.
 * - Everything is written first into a private staging folder under the OS temp folder.
 * - Then it is moved into place by rename: a folder that does not exist yet (csv/) is moved whole, so
 *   it appears complete or not at all; files into existing folders are renamed one by one.
 * - When the temp folder is on another disk (rename fails with EXDEV), each piece is copied to a
 *   hidden sibling and renamed from there; siblings left by a killed process are swept away by the
 *   next export into that folder.
 */
export function publishFiles(files: OutputFile[]): void {
  const targets = files.map((f) => ({ ...f, path: path.resolve(f.path) }))
  const groups = new Map<string, typeof targets>()
  for (const t of targets) groups.set(path.dirname(t.path), [...(groups.get(path.dirname(t.path)) ?? []), t])
  const newDirs = new Set<string>()
  for (const dir of groups.keys()) {
    if (isDir(dir)) continue
    if (fs.existsSync(dir)) throw new EsitiError('INVALID_INPUT', 'output.notAFolder', { folder: dir })
    if (!isDir(path.dirname(dir))) throw new EsitiError('NOT_FOUND', 'project.folderNotFound', { folder: path.dirname(dir) })
    newDirs.add(dir)
  }
  for (const t of targets) if (isDir(t.path)) throw new EsitiError('INVALID_INPUT', 'output.isFolder', { file: t.path })
  for (const dir of groups.keys()) sweepLeftovers(newDirs.has(dir) ? path.dirname(dir) : dir)

  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-out-'))
  const created: string[] = []
  try {
    let i = 0
    const staged = [...groups].map(([dir, group]) => {
      const at = path.join(staging, String(i++))
      fs.mkdirSync(at)
      for (const f of group) fs.writeFileSync(path.join(at, path.basename(f.path)), f.data)
      return { dir, group, at }
    })
    for (const { dir, group, at } of staged) {
      if (newDirs.has(dir)) {
        move(at, dir)
        created.push(dir)
      } else
        for (const f of group) {
          const existed = fs.existsSync(f.path)
          move(path.join(at, path.basename(f.path)), f.path)
          if (!existed) created.push(f.path)
        }
    }
  } catch (e) {
    // What this export created is taken back; a file it replaced keeps its new, complete content.
    for (const p of created) fs.rmSync(p, { recursive: true, force: true })
    throw translate(e, targets[0]?.path ?? '')
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

const isDir = (p: string): boolean => {
  try {
    return fs.statSync(p).isDirectory()
  } catch {
    return false
  }
}

const LEFTOVER = /^\..+\.esiti-(\d+)-\d+\.tmp$/

/** Renames `from` onto `to`; across disks, through a hidden sibling of `to` (same disk, so the last step is a rename). */
function move(from: string, to: string): void {
  try {
    fs.renameSync(from, to)
    return
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e
  }
  const sibling = path.join(path.dirname(to), `.${path.basename(to)}.esiti-${process.pid}-${Date.now()}.tmp`)
  try {
    fs.cpSync(from, sibling, { recursive: true })
    fs.renameSync(sibling, to)
  } catch (e) {
    fs.rmSync(sibling, { recursive: true, force: true })
    throw e
  }
}

/** Hidden siblings left by an export that was killed while copying across disks. */
function sweepLeftovers(dir: string): void {
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    const m = LEFTOVER.exec(name)
    if (m && Number(m[1]) !== process.pid && !isProcessAlive(Number(m[1]))) fs.rmSync(path.join(dir, name), { recursive: true, force: true })
  }
}

function translate(e: unknown, target: string): unknown {
  if (e instanceof EsitiError) return e
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOSPC') return new EsitiError('DISK_FULL', 'output.diskFull', { file: path.basename(target) })
  if (code === 'EISDIR') return new EsitiError('INVALID_INPUT', 'output.isFolder', { file: target })
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'EBUSY' || code === 'ENOTDIR' || code === 'ENOENT')
    return new EsitiError('READ_ONLY', 'output.cannotWrite', { file: target })
  return e
}
