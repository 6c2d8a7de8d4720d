import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { openProjectFile } from '../src/main/db/project-file'
import { makeCtx } from '../src/main/services/context'
import { seedDemo } from '../src/main/demo/seed'
import type { Report } from './run'

/** Creating the demo project and reopening it. */
export async function coreBench(report: Report): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-bench-core-'))
  try {
    const file = path.join(dir, 'demo.esiti')
    let t = performance.now()
    const p = await openProjectFile(file, { create: true })
    await seedDemo(makeCtx(p, 'bench'))
    p.close()
    report('core: create the MIRE demo project', performance.now() - t, 'ms')
    t = performance.now()
    const q = await openProjectFile(file)
    report('core: open a project (check, lock, migrations)', performance.now() - t, 'ms')
    q.close()
    report('core: demo project size', fs.statSync(file).size / 1e6, 'MB')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
