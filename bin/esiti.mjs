#!/usr/bin/env node
// The `esiti` command.
// 1. better-sqlite3 13 needs Node >= 22.14: when started by an older Node (e.g. a system Node 20),
//    re-run with the Node 22 the project pins in node_modules.
// 2. Run the prebuilt bundle (out/main/cli.js, built by `npm run build` and by `npm ci` through the
//    `prepare` script) when it is newer than every source it was built from; otherwise (a fresh
//    checkout before its first build, or sources edited since) run the TypeScript sources through
//    tsx, which is correct but compiles at each start (about 1.5 s instead of under 0.1 s).
//    ESITI_FROM_SOURCE=1 forces the sources; ESITI_DEBUG=1 says on stderr which one runs.
// Start-up time is measured (npm run bench -- cli): this file loads only fs, path and module on the
// common path, and walks the sources with plain string joins.
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs'
import module from 'node:module'
import { dirname, join, sep } from 'node:path'

const root = dirname(import.meta.dirname ?? dirname(realpathSync(process.argv[1])))
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 14)) {
  const pinned = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node')
  if (!existsSync(pinned)) {
    process.stderr.write(`esiti: Node ${process.versions.node} is too old (need >= 22.14); run "npm ci" first.\n`)
    process.exit(1)
  }
  const { spawnSync } = await import('node:child_process')
  const r = spawnSync(pinned, [join(root, 'bin', 'esiti.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(r.status ?? 1)
}

const bundle = join(root, 'out', 'main', 'cli.js')

/** Newest modification time of the files the bundle is built from (0 when there are none). */
function newestSource() {
  let newest = 0
  const visit = (dir) => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      const p = dir + sep + e.name
      if (e.isDirectory()) visit(p)
      else {
        const m = statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? 0
        if (m > newest) newest = m
      }
    }
  }
  visit(join(root, 'src', 'main'))
  visit(join(root, 'src', 'shared'))
  for (const f of ['package-lock.json', 'electron.vite.config.ts'])
    if (existsSync(join(root, f))) newest = Math.max(newest, statSync(join(root, f)).mtimeMs)
  return newest
}

function bundleIsCurrent() {
  if (process.env.ESITI_FROM_SOURCE) return false
  let built
  try {
    built = statSync(bundle).mtimeMs
  } catch {
    return false
  }
  return built >= newestSource()
}

if (bundleIsCurrent()) {
  if (process.env.ESITI_DEBUG) process.stderr.write(`esiti: running ${bundle}\n`)
  // V8 keeps the compiled bundle in Node's compile cache (under the temp folder): later starts skip parsing.
  module.enableCompileCache?.()
  module.createRequire(import.meta.url)(bundle)
} else {
  if (process.env.ESITI_DEBUG) process.stderr.write('esiti: running the TypeScript sources (no current bundle: npm run build)\n')
  // Same hooks as `node --import tsx`: TypeScript sources run directly, CJS and ESM alike.
  const { pathToFileURL } = await import('node:url')
  await import('tsx')
  await import(pathToFileURL(join(root, 'src', 'main', 'cli', 'bin.ts')).href)
}
