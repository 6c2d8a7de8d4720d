import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { common } from '../../../src/renderer/src/i18n/common'
import { coding } from '../../../src/renderer/src/i18n/coding'
import { survey } from '../../../src/renderer/src/i18n/survey'
import { indicators } from '../../../src/renderer/src/i18n/indicators'
import { team } from '../../../src/renderer/src/i18n/team'
import { programme } from '../../../src/renderer/src/i18n/programme'
import { DICTIONARIES } from '../../../src/renderer/src/i18n/dictionaries'

const parts = { common, coding, survey, indicators, team, programme }
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]))].sort()

/** TypeScript sources below `dir`, dictionaries (i18n folders) left out. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === 'i18n' ? [] : sourceFiles(p)
    return /\.tsx?$/.test(e.name) ? [p] : []
  })
}

describe('UI dictionaries', () => {
  it('give every key in Italian and in English, non-empty, with the same placeholders', () => {
    const problems: string[] = []
    for (const [name, d] of Object.entries(parts)) {
      for (const k of Object.keys(d.it)) if (!(k in d.en)) problems.push(`${name}: "${k}" has no English`)
      for (const k of Object.keys(d.en)) if (!(k in d.it)) problems.push(`${name}: "${k}" has no Italian`)
      for (const [k, v] of Object.entries(d.it)) {
        if (!v.trim()) problems.push(`${name}: "${k}" is empty in Italian`)
        const en = (d.en as Record<string, string>)[k]
        if (en !== undefined && placeholders(en).join() !== placeholders(v).join())
          problems.push(`${name}: "${k}" placeholders differ`)
      }
    }
    expect(problems).toEqual([])
    expect(Object.keys(DICTIONARIES.it).length).toBeGreaterThan(500)
  })

  it('do not define the same key in two domains (one would silently hide the other)', () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const [name, d] of Object.entries(parts))
      for (const k of Object.keys(d.it)) {
        if (seen.has(k)) clashes.push(`${k}: ${seen.get(k)} and ${name}`)
        seen.set(k, name)
      }
    expect(clashes).toEqual([])
  })

  it('define every key the renderer asks for with a literal t("…")', () => {
    const root = path.resolve(__dirname, '../../../src/renderer/src')
    const missing = new Set<string>()
    let used = 0
    for (const file of sourceFiles(root)) {
      const src = fs.readFileSync(file, 'utf8')
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z0-9_.:-]+)'/g)) {
        used++
        // A plural message is asked for by its base key and defined as key_one / key_other.
        if (!(m[1] in DICTIONARIES.it) && !(`${m[1]}_other` in DICTIONARIES.it)) missing.add(`${path.relative(root, file)}: ${m[1]}`)
      }
    }
    expect(used).toBeGreaterThan(300)
    expect([...missing]).toEqual([])
  })
})
