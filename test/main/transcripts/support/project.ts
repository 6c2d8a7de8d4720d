import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openProjectFile, type ProjectFile } from '../../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../../src/main/services/context'

export interface TempProject {
  ctx: Ctx
  project: ProjectFile
  dir: string
  file: string
  close(): void
}

/** A fresh project file in its own temp folder; close() closes it and removes the folder. */
export async function tempProject(actor = 'Tester'): Promise<TempProject> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-'))
  const file = path.join(dir, 'test.esiti')
  const project = await openProjectFile(file, { create: true, actor })
  return {
    ctx: makeCtx(project, actor),
    project,
    dir,
    file,
    close() {
      project.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Writes a file into the folder and returns its path. */
export function writeFile(dir: string, name: string, data: string | Uint8Array): string {
  const p = path.join(dir, name)
  fs.writeFileSync(p, data)
  return p
}

/** Reads every row of a table, for before/after comparisons. */
export function tableSnapshot(project: ProjectFile, table: string): unknown[] {
  return project.sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all()
}
