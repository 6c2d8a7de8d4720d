import { afterAll, beforeAll } from 'vitest'
import { tempDir } from '../../support/temp-project'
import { run } from './run-cli'

/**
 * A temp folder and an empty project made by the version under test (registered as this file's
 * beforeAll/afterAll); `setup` runs after the project exists.
 */
export function hostileProject(prefix: string, setup?: (dir: string, project: string) => Promise<void>): { dir: string; project: string } {
  const tmp = tempDir(prefix)
  const where = { dir: tmp.dir, project: `${tmp.dir}/p.esiti` }
  beforeAll(async () => {
    await run('new', where.project)
    await setup?.(where.dir, where.project)
  })
  afterAll(() => tmp.cleanup())
  return where
}
