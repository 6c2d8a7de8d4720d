import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openProjectFile, type ProjectFile } from '../../src/main/db/project-file'
import { makeCtx, type Ctx } from '../../src/main/services/context'

/** A fresh folder under the OS temp dir, removed by cleanup(). */
export function tempDir(prefix = 'esiti-test-'): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/** Creates a real project file in a temp dir and returns it with a service context. */
export async function tempProject(name = 'test.esiti', actor = 'tester'): Promise<{
  dir: string
  file: string
  project: ProjectFile
  ctx: Ctx
  cleanup(): void
}> {
  const { dir, cleanup } = tempDir()
  const file = path.join(dir, name)
  const project = await openProjectFile(file, { create: true, actor })
  return {
    dir,
    file,
    project,
    ctx: makeCtx(project, actor),
    cleanup() {
      project.close()
      cleanup()
    }
  }
}
