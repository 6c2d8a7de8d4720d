import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * Runs the `esiti` command as a child process under GNU time, so that each hostile input is measured
 * where it matters: the whole process, its peak memory (maximum resident set size) and its wall
 * time. ESITI_HOSTILE_ROOT points at another checkout to run the same inputs through another
 * version of the code (how each check was seen to fail before its fix).
 */
export const ROOT = resolve(process.env.ESITI_HOSTILE_ROOT ?? join(import.meta.dirname, '..', '..', '..'))

/** The loose ceilings every hostile input must stay under (issue 15). */
export const CEILING = { seconds: 60, megabytes: 1024 }

export interface Measured {
  args: string[]
  code: number | null
  /** True when the ceiling's time ran out and the child was killed. */
  killed: boolean
  stdout: string
  stderr: string
  seconds: number
  /** User + system CPU seconds of the command: what a loaded machine does not inflate. */
  cpuSeconds: number
  megabytes: number
}

const TIME = '/usr/bin/time'

export async function runCli(args: string[], opts: { seconds?: number; env?: Record<string, string> } = {}): Promise<Measured> {
  if (!existsSync(TIME)) throw new Error('GNU time (/usr/bin/time, Debian package "time") is needed by the hostile-input tests')
  const dir = mkdtempSync(join(tmpdir(), 'esiti-hostile-time-'))
  const report = join(dir, 'time.txt')
  const limit = (opts.seconds ?? CEILING.seconds) * 1000
  const started = performance.now()
  try {
    const child = spawn(TIME, ['-f', '%M %e %U %S', '-o', report, process.execPath, join(ROOT, 'bin', 'esiti.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ESITI_USER: 'hostile', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that the ceiling kills the command and not only GNU time.
      detached: true
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    let killed = false
    const timer = setTimeout(() => {
      killed = true
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }, limit)
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)))
    clearTimeout(timer)
    const seconds = (performance.now() - started) / 1000
    // GNU time writes "Command terminated by signal 9" first when the child was killed.
    const last = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').at(-1) ?? '' : ''
    const [kb, , user, sys] = last.split(' ').map(Number)
    return { args, code, killed, stdout, stderr, seconds, cpuSeconds: user + sys, megabytes: Number.isFinite(kb) ? kb / 1024 : NaN }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** What a run did, for the assertion messages. */
export function describeRun(r: Measured): string {
  return `exit ${r.code}${r.killed ? ' (killed at the time ceiling)' : ''}, ${r.seconds.toFixed(1)} s (${r.cpuSeconds.toFixed(1)} s CPU), ${r.megabytes.toFixed(0)} MB, stderr: ${r.stderr.slice(0, 300)}`
}

/**
 * Runs a setup or check command of the same version under test (a project made by one version may
 * be refused by an older one) and returns its JSON output.
 */
export async function run(...args: string[]): Promise<any> {
  const r = await runCli([...args, '--json'])
  if (r.code !== 0) throw new Error(`esiti ${args.join(' ')} failed: ${describeRun(r)}`)
  return JSON.parse(r.stdout)
}
