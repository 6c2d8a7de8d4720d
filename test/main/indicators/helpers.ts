import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../../src/main/services/context'
import { seedProgramme } from '../../../src/main/demo/seed-programme'

export interface TempProject {
  ctx: Ctx
  dir: string
  file: string
  /** Closes the project file (so the CLI can open it) and keeps the folder. */
  closeProject(): void
  close(): void
}

/** A fresh project file in a temp dir; `programme` seeds the demo programme, actions, organisations and register. */
export async function tempProject(opts: { programme?: boolean } = {}): Promise<TempProject> {
  const dir = fs.mkdtempSync(os.tmpdir() + '/esiti-')
  const file = path.join(dir, 'test.esiti')
  const project = await openProjectFile(file, { create: true, actor: 'tester' })
  const ctx = makeCtx(project, 'tester')
  if (opts.programme) seedProgramme(ctx)
  return {
    ctx,
    dir,
    file,
    closeProject: () => project.close(),
    close() {
      project.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

export const count = (ctx: Ctx, table: string): number =>
  (ctx.project.sqlite.prepare(`SELECT COUNT(*) n FROM ${table}`).get() as { n: number }).n
