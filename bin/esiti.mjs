#!/usr/bin/env node
// The `esiti` command. better-sqlite3 13 needs Node >= 22.14: when started by an older Node
// (e.g. a system Node 20), re-run with the Node 22 the project pins in node_modules.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 14)) {
  const pinned = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node')
  if (!existsSync(pinned)) {
    process.stderr.write(`esiti: Node ${process.versions.node} is too old (need >= 22.14); run "npm ci" first.\n`)
    process.exit(1)
  }
  const r = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(r.status ?? 1)
}
// Same hooks as `node --import tsx`: TypeScript sources run directly, CJS and ESM alike.
await import('tsx')
await import(pathToFileURL(join(root, 'src', 'main', 'cli', 'bin.ts')).href)
