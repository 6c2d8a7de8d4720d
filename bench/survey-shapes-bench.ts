import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeBigQuestionnaireXlsx } from '../src/main/services/io/sheet/generate-big-xlsx'
import { writeShapeXlsx, type Shape } from './survey-shapes'
import { runChild, runSoffice } from './survey'
import type { Report } from './run'

/**
 * Questionnaire import on realistic platform shapes (issue 12): a Google-Forms-like, a Kobo-like and
 * a SurveyMonkey-like 100,000 × 60 export (bench/survey-shapes.ts), each imported in a child process
 * of its own and converted to CSV by LibreOffice in the same run. Targets: at most 0.5 × LibreOffice
 * and under 300 MB peak on each.
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
      const esiti = runChild('import', { file, project })
      const lo = runSoffice(file, work)
      const peer = lo ? { name: 'LibreOffice --convert-to csv', value: lo.ms / 1000 } : undefined
      report(`shapes: ${name}: import 100k × 60 (parse, infer, store)`, esiti.ms / 1000, 's', { target: '≤ 0.5 × LibreOffice', peer })
      report(`shapes: ${name}: import CPU time (user + system)`, esiti.cpuMs / 1000, 's', {
        target: 'reference: the ratio is steadier on a shared machine',
        peer: lo ? { name: 'LibreOffice CPU', value: lo.cpuMs / 1000 } : undefined
      })
      report(`shapes: ${name}: import peak memory (process maxRSS)`, esiti.maxRssMb, 'MB', { target: '< 300 MB' })
      report(`shapes: ${name}: rows stored`, esiti.rows as number, 'rows', { target: String(ROWS) })
      const types = Object.entries(esiti.types as Record<string, number>)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')
      console.log(`shapes: ${name}: platform ${String(esiti.platform)}, ${String(esiti.variables)} variables (${types}), ${String(esiti.decisions)} decisions`)
      if (!lo) console.log('shapes: LibreOffice not found: no peer figure')
      fs.rmSync(project, { force: true })
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
