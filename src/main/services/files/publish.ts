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
  const plan = planTargets(files.map((f) => f.path))
  const staging = stagingFolder()
  try {
    const staged = plan.stage(staging)
    files.forEach((f, i) => fs.writeFileSync(staged[i], f.data))
    plan.publish()
  } catch (e) {
    throw translate(e, plan.targets[0] ?? '')
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/**
 * The same for one file a writer streams to disk (a workbook written row by row): `write` gets the
 * private path to write; the file is moved into place once `write` has finished.
 */
export async function publishStreamed(file: string, write: (stagedPath: string) => Promise<void>): Promise<void> {
  await publishStaged([file], ([staged]) => write(staged))
}

/**
 * The same for several files written by their writers (a shareable copy, its .qdpx and workbook):
 * `write` gets the private paths, in order; all are moved into place once it has finished.
 */
export async function publishStaged(files: string[], write: (stagedPaths: string[]) => Promise<void>): Promise<void> {
  const plan = planTargets(files)
  const staging = stagingFolder()
  try {
    await write(plan.stage(staging))
    plan.publish()
  } catch (e) {
    throw translate(e, plan.targets[0])
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

const STAGING = /^esiti-out-(\d+)-/

/**
 * A private staging folder under the OS temp folder, named with this process's id: the folders of
 * processes that were killed (they may hold a whole project copy) are removed by the next export.
 */
function stagingFolder(): string {
  const tmp = os.tmpdir()
  try {
    for (const name of fs.readdirSync(tmp)) {
      const m = STAGING.exec(name)
      if (m && Number(m[1]) !== process.pid && !isProcessAlive(Number(m[1]))) fs.rmSync(path.join(tmp, name), { recursive: true, force: true })
    }
  } catch {
    // an unreadable temp folder: nothing to sweep
  }
  return fs.mkdtempSync(path.join(tmp, `esiti-out-${process.pid}-`))
}

/**
 * Checks where the files go (refusing a folder given as a file name, a file where a folder should
 * be, a missing parent), sweeps leftovers, then lays out the staging folder (`stage`: the staged path
 * of each target, in order) and moves everything into place (`publish`). If a move fails, what this
 * export had created is taken back and the files it replaced get their previous content back.
 */
function planTargets(paths: string[]): { targets: string[]; stage(staging: string): string[]; publish(): void } {
  const targets = paths.map((p) => path.resolve(p))
  const groups = new Map<string, number[]>()
  targets.forEach((t, i) => groups.set(path.dirname(t), [...(groups.get(path.dirname(t)) ?? []), i]))
  const newDirs = new Set<string>()
  for (const dir of groups.keys()) {
    if (isDir(dir)) continue
    if (fs.existsSync(dir)) throw new EsitiError('INVALID_INPUT', 'output.notAFolder', { folder: dir })
    if (!isDir(path.dirname(dir))) throw new EsitiError('NOT_FOUND', 'project.folderNotFound', { folder: path.dirname(dir) })
    newDirs.add(dir)
  }
  for (const t of targets) if (isDir(t)) throw new EsitiError('INVALID_INPUT', 'output.isFolder', { file: t })
  for (const dir of groups.keys()) sweepLeftovers(newDirs.has(dir) ? path.dirname(dir) : dir)
  const at = new Map<string, string>()
  const staged: string[] = []
  return {
    targets,
    stage(staging) {
      let n = 0
      for (const [dir, indexes] of groups) {
        const folder = path.join(staging, String(n++))
        fs.mkdirSync(folder)
        at.set(dir, folder)
        for (const i of indexes) staged[i] = path.join(folder, path.basename(targets[i]))
      }
      return staged
    },
    publish() {
      const created: string[] = []
      const replaced: { target: string; previous: string }[] = []
      try {
        for (const [dir, indexes] of groups) {
          if (newDirs.has(dir)) {
            move(at.get(dir)!, dir)
            created.push(dir)
          } else
            for (const i of indexes) {
              const existed = fs.existsSync(targets[i])
              // One file alone needs no second name: if its move fails, it was not replaced.
              if (existed && targets.length > 1) replaced.push({ target: targets[i], previous: keepPrevious(targets[i]) })
              move(staged[i], targets[i])
              if (!existed) created.push(targets[i])
            }
        }
      } catch (e) {
        // The set appears whole or not at all: what this export created is removed, and each file it
        // replaced gets its previous content back (a rename, so the name never goes missing).
        for (const p of created) fs.rmSync(p, { recursive: true, force: true })
        for (const r of replaced.reverse()) {
          try {
            fs.renameSync(r.previous, r.target)
          } catch {
            // The target still holds a whole file (old or new); the hidden copy is swept later.
          }
        }
        throw e
      }
      for (const r of replaced) fs.rmSync(r.previous, { force: true })
    }
  }
}

let kept = 0

/**
 * A hidden second name for a file about to be replaced, in the same folder: a hard link (no copy;
 * a copy where links are not supported). The file itself is never moved away, so a kill at any
 * moment leaves it whole under its name; the hidden name is swept by a later export.
 */
function keepPrevious(target: string): string {
  const previous = path.join(path.dirname(target), `.${path.basename(target)}.esiti-${process.pid}-${Date.now()}${kept++}.tmp`)
  try {
    fs.linkSync(target, previous)
  } catch {
    fs.copyFileSync(target, previous)
  }
  return previous
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

/** Hidden siblings left by an export that was killed while copying across disks or replacing a file. */
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
