import { spawn } from 'node:child_process'
import path from 'node:path'
import type { TestServer } from './pg'

const ROOT = path.resolve(__dirname, '../../..')

/**
 * `esiti team sync FILE` in a child process, killed with SIGKILL once `ready()` says the sync is
 * under way; at the same moment the server ends the member's connections (the other side killed).
 * Resolves whether the kill came before the child finished by itself.
 */
export async function killMidway(file: string, server: TestServer, role: string, ready: () => Promise<boolean>): Promise<boolean> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/esiti.mjs'), 'team', 'sync', file, '--json'], { stdio: 'ignore', env: process.env })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  let done = false
  void exited.then(() => (done = true))
  while (!done && !(await ready())) await new Promise((r) => setTimeout(r, 20))
  const killed = !done
  child.kill('SIGKILL')
  await server.admin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', [role])
  await exited
  return killed
}
