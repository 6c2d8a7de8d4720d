import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasMessage } from '../../../src/shared/messages'

const root = path.resolve(__dirname, '../../../src/main')
/** The folders and files whose messages issue 11 owns: every message a key, every key in the catalog. */
const OWNED = [
  'services/programme',
  'services/register',
  'services/template',
  'services/sdg',
  'cli/commands/programme.ts',
  'cli/commands/register.ts',
  'cli/commands/cli-args.ts',
  'ipc/handlers/programme.ts',
  'ipc/handlers/register.ts'
]

function files(p: string): string[] {
  const abs = path.join(root, p)
  if (fs.statSync(abs).isFile()) return [abs]
  return fs.readdirSync(abs).flatMap((f) => files(path.join(p, f)))
}

describe('messages of the programme, register and template code', () => {
  const sources = OWNED.flatMap(files).map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, 'utf8') }))

  it('never throw an English sentence: every EsitiError, invalid() and notFound() names a key', () => {
    const bad: string[] = []
    for (const { file, text } of sources)
      for (const m of text.matchAll(/(?:new EsitiError\(\s*'[A-Z_]+',|\binvalid\(|\bnotFound\()\s*(`|'[^']*'|")/g)) {
        const arg = m[1]
        if (arg === '`' || arg === '"' || !/^'[a-z]+\.[A-Za-z.]+'$/.test(arg)) bad.push(`${file}: ${m[0]}`)
      }
    expect(bad).toEqual([])
  })

  it('use only keys the catalogs word in both languages', () => {
    const unknown: string[] = []
    let seen = 0
    for (const { file, text } of sources)
      // 'programme.x' / 'register.x' / 'sdg.x' / 'template.x' literals, except operation-log kinds.
      for (const m of text.matchAll(/(kind:\s*)?'((?:programme|register|sdg|template)\.[A-Za-z.]+)'/g)) {
        if (m[1]) continue
        seen++
        if (!hasMessage(m[2])) unknown.push(`${file}: ${m[2]}`)
      }
    expect(seen).toBeGreaterThan(80)
    expect(unknown).toEqual([])
  })
})
