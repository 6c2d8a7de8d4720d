import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { tempDir } from '../../support/temp-project'

describe('crash safety', () => {
  it('a process killed in the middle of writing leaves a project that opens with its last committed state', async () => {
    const { dir, cleanup } = tempDir()
    try {
      const file = path.join(dir, 'crash.esiti')
      ;(await openProjectFile(file, { create: true })).close()
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'support/writer-child.ts'), file], {
        stdio: ['ignore', 'pipe', 'inherit']
      })
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve())
        child.on('exit', (code) => reject(new Error(`writer exited early (${code})`)))
      })
      await new Promise((r) => setTimeout(r, 700))
      child.kill('SIGKILL')
      await new Promise((r) => child.on('exit', r))
      const p = await openProjectFile(file)
      expect(p.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      const n = (p.sqlite.prepare('SELECT COUNT(*) n FROM memos').get() as { n: number }).n
      expect(n).toBeGreaterThan(0)
      // Only whole transactions survive: every batch has all of its 50 rows.
      expect(n % 50).toBe(0)
      const partial = p.sqlite
        .prepare('SELECT title, COUNT(*) c FROM memos GROUP BY title HAVING c <> 50')
        .all()
      expect(partial).toEqual([])
      p.close()
    } finally {
      cleanup()
    }
  })
})
