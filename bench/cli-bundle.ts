import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const ROOT = path.resolve(__dirname, '..')
const BIN = path.join(ROOT, 'bin/esiti.mjs')
export const CLI_BUNDLE = path.join(ROOT, 'out/main/cli.js')

/** Builds the CLI bundle when it is missing or older than the sources (bin/esiti.mjs would fall back to tsx). */
export function ensureCliBundle(): void {
  const probe = spawnSync(process.execPath, [BIN, '--help'], { env: { ...process.env, ESITI_DEBUG: '1' }, encoding: 'utf8' })
  if (probe.stderr.includes(CLI_BUNDLE)) return
  console.log('  (the CLI bundle is missing or older than the sources: building it)')
  execFileSync(path.join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'ignore' })
}

/**
 * One run of the built `esiti` command as a user runs it, measured as a whole process by
 * /usr/bin/time (wall, CPU of all its threads, kernel maxRSS); its stdout is returned for the caller
 * to read (`--json`). Throws if it fails.
 */
export function timeCli(args: string[], env: NodeJS.ProcessEnv = process.env): { ms: number; cpuMs: number; maxRssMb: number; stdout: string } {
  const timeFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-bench-time-')), 'time.txt')
  try {
    const t = performance.now()
    const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, process.execPath, CLI_BUNDLE, ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const ms = performance.now() - t
    if (r.status !== 0) throw new Error(`esiti ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`)
    const [kb, user, sys] = (fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number)
    return { ms, cpuMs: (user + sys) * 1000, maxRssMb: kb / 1024, stdout: r.stdout }
  } finally {
    fs.rmSync(path.dirname(timeFile), { recursive: true, force: true })
  }
}
