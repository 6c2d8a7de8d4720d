import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { mutate } from '../src/main/db/op-log'
import { openProjectFile } from '../src/main/db/project-file'
import { makeCtx, type Ctx } from '../src/main/services/context'
import { projectAgreement } from '../src/main/services/team/agreement/project-agreement'
import { exportQdpx } from '../src/main/services/team/refi/export'
import { importQdpx } from '../src/main/services/team/refi/import-qdpx'
import { rng } from './coding'
import { insertCode, insertCoder, insertCoding, insertSource } from '../src/main/services/team/rows'
import type { Report } from './run'
import { sharedFixture } from '../test/support/shared-fixtures'

const SOURCES = 200
const CODES = 50
const CODERS = ['Giulia', 'Marco', 'Sara']
/** Paragraphs per interview and segments each coder applies per source. */
const PARAGRAPHS = 30
const SEGMENTS = 24
const QDPX_DIR = sharedFixture('qdpx')

const VOCAB = (
  'progetto lavoro azienda welfare servizi famiglia tempo orario flessibile smart working coworking municipio rete ' +
  'partner dipendenti figli scuola conciliazione benessere salute formazione competenze territorio comune milano ' +
  'impresa risultati cambiamento organizzazione fiducia spazio ufficio casa spostamenti qualità vita sostegno sportello'
).split(' ')


/** An interview of PARAGRAPHS speaker turns separated by blank lines. */
function interview(rand: () => number): string {
  const turns: string[] = []
  for (let t = 0; t < PARAGRAPHS; t++) {
    const words = Array.from({ length: 30 + Math.floor(rand() * 90) }, () => VOCAB[Math.floor(rand() * VOCAB.length)])
    turns.push(`${t % 2 ? 'R' : 'INT'}: ${words.join(' ')}.`)
  }
  return turns.join('\n\n')
}

/**
 * 200 sources, 50 codes, 3 coders written through the real row writers (one operation): Giulia
 * codes segments, Marco and Sara code most of the same ones with shifted boundaries, sometimes
 * another code, and some segments of their own, so every statistic has real work to do.
 */
export function buildProject(ctx: Ctx): { codings: number; chars: number } {
  const rand = rng(7)
  return mutate(ctx.project, { actor: 'bench', kind: 'bench.seed', summary: { key: 'legacy.text', params: { text: 'team bench corpus' } } }, (w) => {
    const coders = CODERS.map((name) => insertCoder(w, { name }))
    const codes = Array.from({ length: CODES }, (_, i) => insertCode(w, { name: `Codice ${i + 1}`, sort: i }))
    let codings = 0
    let chars = 0
    for (let s = 0; s < SOURCES; s++) {
      const text = interview(rand)
      chars += text.length
      const sourceId = insertSource(w, { name: `Intervista ${String(s + 1).padStart(3, '0')}`, text })
      const used = new Set<string>()
      const add = (coder: number, code: number, start: number, end: number): void => {
        start = Math.max(0, Math.min(start, text.length - 1))
        end = Math.max(start + 1, Math.min(end, text.length))
        const key = `${coder}:${code}:${start}:${end}`
        if (used.has(key)) return
        used.add(key)
        insertCoding(w, { sourceId, codeId: codes[code], coderId: coders[coder], start, end })
        codings++
      }
      for (let k = 0; k < SEGMENTS; k++) {
        const start = Math.floor(rand() * (text.length - 400))
        const end = start + 40 + Math.floor(rand() * 300)
        const code = Math.floor(rand() * CODES)
        add(0, code, start, end)
        for (const other of [1, 2]) {
          const r = rand()
          if (r < 0.15) continue
          const shift = () => Math.floor((rand() - 0.5) * 60)
          add(other, r < 0.25 ? Math.floor(rand() * CODES) : code, start + shift(), end + shift())
        }
      }
      for (const other of [1, 2])
        for (let k = 0; k < 3; k++) {
          const start = Math.floor(rand() * (text.length - 200))
          add(other, Math.floor(rand() * CODES), start, start + 60 + Math.floor(rand() * 120))
        }
    }
    return { codings, chars }
  })
}

/** Median of a few runs: the first pays for statement preparation and JIT warm-up. */
function timed<T>(runs: number, fn: () => T): { ms: number; first: number; value: T } {
  // Garbage of the seeding is not the statistic's cost (npm run bench passes --expose-gc).
  ;(globalThis as { gc?: () => void }).gc?.()
  const times: number[] = []
  let value!: T
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    value = fn()
    times.push(performance.now() - t)
  }
  const first = times[0]
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)], first, value }
}

async function agreementBench(report: Report, dir: string): Promise<void> {
  const file = path.join(dir, 'team-agreement.esiti')
  const p = await openProjectFile(file, { create: true, actor: 'bench' })
  let seeded: { codings: number; chars: number }
  try {
    const t = performance.now()
    seeded = buildProject(makeCtx(p, 'bench'))
    report(`team: seed ${SOURCES} sources, ${CODES} codes, ${seeded.codings} codings (services)`, performance.now() - t, 'ms')
  } finally {
    p.close()
  }
  // Measured on the reopened file, as the app and the CLI would see it.
  const q = await openProjectFile(file, { actor: 'bench' })
  try {
    const ctx = makeCtx(q, 'bench')
    const coders = CODERS.join(',')
    const chars = timed(5, () => projectAgreement(ctx, { coders }))
    const r = chars.value
    if (r.perCode.length !== CODES || r.kappa === null) throw new Error(`unexpected agreement result: ${r.perCode.length} codes`)
    report(`team: agreement, 3 coders × ${SOURCES} sources × ${CODES} codes (characters)`, chars.ms, 'ms', { target: '< 2000 ms' })
    report('team:   first run (cold statements)', chars.first, 'ms')
    report(`team:   ${(seeded.chars / 1e6).toFixed(1)} M characters; overall kappa`, r.kappa, '')
    const para = timed(3, () => projectAgreement(ctx, { coders, unit: 'paragraph', level: 'nominal' }))
    report(`team: agreement, 3 coders, paragraph units, Krippendorff alpha`, para.ms, 'ms', { target: '< 2000 ms' })
    const exportFile = path.join(dir, 'team-agreement.qdpx')
    const t = performance.now()
    const ex = await exportQdpx(ctx, exportFile)
    report(`team: export .qdpx of that project (${ex.codings} codings)`, performance.now() - t, 'ms')
    report('team:   .qdpx size', fs.statSync(exportFile).size / 1e6, 'MB')
  } finally {
    q.close()
  }
  // Larger than any fixture: our own export of that corpus, into a new project.
  const r = await openProjectFile(path.join(dir, 'team-reimport.esiti'), { create: true, actor: 'bench' })
  try {
    const t = performance.now()
    const imported = await importQdpx(makeCtx(r, 'bench'), path.join(dir, 'team-agreement.qdpx'))
    report(`team: import that .qdpx (${imported.codings} codings, ${imported.unanchored} unanchored)`, performance.now() - t, 'ms')
  } finally {
    r.close()
  }
}

/** The largest REFI fixture, imported into a new project file. */
async function importBench(report: Report, dir: string): Promise<void> {
  const files = fs.existsSync(QDPX_DIR) ? fs.readdirSync(QDPX_DIR).filter((f) => f.endsWith('.qdpx')) : []
  if (!files.length) {
    console.log(`team: no .qdpx fixtures in ${QDPX_DIR}: import not measured`)
    return
  }
  const largest = files.map((f) => path.join(QDPX_DIR, f)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]
  const times: number[] = []
  let last: Awaited<ReturnType<typeof importQdpx>> | null = null
  for (let i = 0; i < 3; i++) {
    const p = await openProjectFile(path.join(dir, `import-${i}.esiti`), { create: true, actor: 'bench' })
    try {
      const t = performance.now()
      last = await importQdpx(makeCtx(p, 'bench'), largest)
      times.push(performance.now() - t)
    } finally {
      p.close()
    }
  }
  times.sort((a, b) => a - b)
  const name = path.basename(largest)
  report(`team: import ${name} (${(fs.statSync(largest).size / 1e6).toFixed(1)} MB)`, times[1], 'ms', { target: '< 3000 ms' })
  if (last) {
    report(`team:   ${last.codings} codings imported, quotes verified`, last.codings, '')
    report('team:   codings not anchored (reported)', last.unanchored, '')
  }
}

export async function teamBench(report: Report): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-bench-team-'))
  try {
    await agreementBench(report, dir)
    await importBench(report, dir)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
