import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeBigQuestionnaireXlsx } from '../src/main/services/io/sheet/generate-big-xlsx'
import { writeShapeXlsx, type Shape } from './survey-shapes'
import { runChild, runSoffice } from './survey'
import type { Report } from './run'
import { ensureCliBundle, timeCli } from './cli-bundle'

/**
 * Questionnaire import on realistic platform shapes (issue 12): a Google-Forms-like, a Kobo-like and
 * a SurveyMonkey-like 100,000 × 60 export (bench/survey-shapes.ts), each imported by the built
 * `esiti survey import` as a whole process (start, open, import, close: what a user waits for) and
 * converted to CSV by LibreOffice as a whole process in the same run. Targets: at most 0.5 ×
 * LibreOffice and under 300 MB peak on each. The same import from the TypeScript sources through
 * tsx, timed inside its process, is reported beside it for reference (tsx adds its own memory).
 */

const ROWS = 100_000
const SHAPES: Shape[] = ['google', 'kobo', 'monkey']
const GENERATOR = path.resolve(__dirname, 'survey-shapes.ts')
const NAMES: Record<Shape, string> = { google: 'Google Forms', kobo: 'Kobo (XML values)', monkey: 'SurveyMonkey' }

/** A shape's export, cached in the OS temp dir by the generator's version (each takes ~20 s to write). */
async function shapeExport(shape: Shape): Promise<{ file: string; generatedMs: number | null }> {
  const version = createHash('sha1').update(fs.readFileSync(GENERATOR)).digest('hex').slice(0, 10)
  const dir = path.join(os.tmpdir(), 'esiti-bench-cache')
  const file = path.join(dir, `shape-${shape}-${ROWS}-${version}.xlsx`)
  if (fs.existsSync(file)) return { file, generatedMs: null }
  fs.mkdirSync(dir, { recursive: true })
  const t = performance.now()
  const tmp = `${file}.${process.pid}.tmp`
  await writeShapeXlsx(shape, tmp, ROWS)
  fs.renameSync(tmp, file)
  return { file, generatedMs: performance.now() - t }
}

export async function shapesBench(report: Report): Promise<void> {
  const only = (process.env.ESITI_BENCH_SHAPES ?? '').split(',').filter(Boolean)
  ensureCliBundle()
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-bench-shapes-'))
  try {
    // LibreOffice's profile is warmed up on a small file before each timed conversion.
    await writeBigQuestionnaireXlsx(path.join(work, 'small.xlsx'), 50, 10)
    for (const shape of SHAPES) {
      if (only.length && !only.includes(shape)) continue
      const name = NAMES[shape]
      const { file, generatedMs } = await shapeExport(shape)
      if (generatedMs !== null) report(`shapes: ${name}: generate the export (cached afterwards)`, generatedMs / 1000, 's')
      report(`shapes: ${name}: export size`, fs.statSync(file).size / 1e6, 'MB')
      const project = path.join(work, `${shape}.esiti`)
      timeCli(['new', project])
      const cli = timeCli(['survey', 'import', project, file, '--dataset', 'Questionario 100k', '--json'])
      const summary = JSON.parse(cli.stdout) as { rows: number; platform: string; variables: { type: string }[]; decisions: unknown[] }
      fs.rmSync(project, { force: true })
      const lo = runSoffice(file, work)
      const peer = lo ? { name: 'LibreOffice --convert-to csv', value: lo.ms / 1000 } : undefined
      report(`shapes: ${name}: esiti survey import 100k × 60 (whole process)`, cli.ms / 1000, 's', { target: '≤ 0.5 × LibreOffice', peer })
      report(`shapes: ${name}: its CPU time (user + system, all threads)`, cli.cpuMs / 1000, 's', {
        target: 'reference: the ratio is steadier on a shared machine',
        peer: lo ? { name: 'LibreOffice CPU', value: lo.cpuMs / 1000 } : undefined
      })
      report(`shapes: ${name}: its peak memory (process maxRSS)`, cli.maxRssMb, 'MB', { target: '< 300 MB' })
      report(`shapes: ${name}: rows stored`, summary.rows, 'rows', { target: String(ROWS) })
      const counts: Record<string, number> = {}
      for (const v of summary.variables) counts[v.type] = (counts[v.type] ?? 0) + 1
      const types = Object.entries(counts)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')
      console.log(`shapes: ${name}: platform ${summary.platform}, ${summary.variables.length} variables (${types}), ${summary.decisions.length} decisions`)
      if (!lo) console.log('shapes: LibreOffice not found: no peer figure')
      // Reference: the import call alone, from the sources through tsx, in a child of its own.
      const esiti = runChild('import', { file, project })
      report(`shapes: ${name}: reference: importSurvey from the sources (tsx), the call alone`, esiti.ms / 1000, 's', { target: 'reference' })
      report(`shapes: ${name}: reference: its peak memory (tsx included)`, esiti.maxRssMb, 'MB', { target: 'reference' })
      fs.rmSync(project, { force: true })
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
