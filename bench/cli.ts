import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { openProjectFile } from '../src/main/db/project-file'
import { makeCtx } from '../src/main/services/context'
import { seedDemo } from '../src/main/demo/seed'
import type { Report } from './run'
import { CLI_BUNDLE, ensureCliBundle } from './cli-bundle'

/**
 * Issue 15: `esiti info PROJECT` starts in well under 0.3 s. Each figure is the median wall time of
 * RUNS fresh processes (after one untimed warm-up, which fills Node's compile cache), side by side
 * with `sqlite3 PROJECT 'select 1'`: a process that opens the same file and does nothing, the floor.
 */

const ROOT = path.resolve(__dirname, '..')
const BIN = path.join(ROOT, 'bin/esiti.mjs')
const RUNS = 15

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** CPU time (user + system, ms) of this process's waited-for children so far: Linux's /proc, else null. */
function childrenCpuMs(): number | null {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    // Fields 16 and 17 of stat (cutime, cstime), in clock ticks of 10 ms.
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return null
  }
}

/**
 * Median wall time of a command in ms, and its mean CPU time (steadier than wall time on a shared,
 * busy machine); throws if it fails.
 */
function time(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, runs = RUNS): { wall: number; cpu: number | null } {
  const once = (): number => {
    const t = performance.now()
    const r = spawnSync(cmd, args, { env, encoding: 'utf8' })
    const ms = performance.now() - t
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`)
    return ms
  }
  once()
  const cpu0 = childrenCpuMs()
  const wall = median(Array.from({ length: runs }, once))
  const cpu1 = childrenCpuMs()
  return { wall, cpu: cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / runs }
}

/** A Node older than 22.14 on PATH (the CI machine's Node 20), which bin/esiti.mjs re-runs on the pinned one. */
function systemNode(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir.includes(`node_modules${path.sep}.bin`)) continue
    const candidate = path.join(dir, 'node')
    if (fs.existsSync(candidate) && fs.realpathSync(candidate) !== fs.realpathSync(process.execPath)) return candidate
  }
  return null
}

export async function cliBench(report: Report): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-bench-cli-'))
  try {
    // The figure is about the bundle: built when the sources are newer.
    ensureCliBundle()
    const file = path.join(dir, 'demo.esiti')
    const p = await openProjectFile(file, { create: true })
    await seedDemo(makeCtx(p, 'bench'))
    p.close()

    const floor = fs.existsSync('/usr/bin/sqlite3') ? time('/usr/bin/sqlite3', [file, 'select 1']) : null
    if (floor === null) console.log('  (no floor: the Debian package sqlite3 is not installed; scripts/test.sh installs it)')
    const peerOf = (v: 'wall' | 'cpu') => (floor === null || floor[v] === null ? {} : { peer: { name: "sqlite3 PROJECT 'select 1'", value: floor[v]! } })
    const show = (name: string, t: { wall: number; cpu: number | null }, target?: string): void => {
      report(name, t.wall, 'ms', { ...peerOf('wall'), ...(target ? { target } : {}) })
      if (t.cpu !== null) report(`${name}, CPU`, t.cpu, 'ms', peerOf('cpu'))
    }

    show('cli: esiti info PROJECT --json (bin/esiti.mjs, pinned Node 22)', time(process.execPath, [BIN, 'info', file, '--json']), '< 300 ms')
    show('cli: the bundle alone (node out/main/cli.js info)', time(process.execPath, [CLI_BUNDLE, 'info', file, '--json']))
    const older = systemNode()
    if (older) {
      const version = execFileSync(older, ['--version'], { encoding: 'utf8' }).trim()
      show(`cli: started by the system Node ${version} (re-runs on the pinned one)`, time(older, [BIN, 'info', file, '--json']))
    }
    show('cli: node -e 0 (Node start-up alone)', time(process.execPath, ['-e', '0']))
    show(
      'cli: esiti info from the TypeScript sources (tsx fallback, 3 runs)',
      time(process.execPath, [BIN, 'info', file, '--json'], { ...process.env, ESITI_FROM_SOURCE: '1' }, 3)
    )
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
