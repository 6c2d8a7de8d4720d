import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeBigQuestionnaireXlsx } from '../src/main/services/io/sheet/generate-big-xlsx'
import { CHILD, type ChildResult } from './survey-child'
import type { Report } from './run'

/**
 * Questionnaire import at scale (issue 4): a generated 100,000 × 60 export imported into a fresh
 * project, side by side with LibreOffice converting the same file to CSV, then a 20-step recipe.
 * Every measurement runs in its own child process, so that memory peaks (kernel maxRSS) do not mix.
 */

const ROWS = 100_000
const COLS = 60
const GENERATOR = path.resolve(__dirname, '../src/main/services/io/sheet/generate-big-xlsx.ts')
const SOFFICE = '/usr/bin/soffice'
/** The measured side: it loads only what an import (or a recipe run) needs, not this file's tools. */
const CHILD_FILE = path.resolve(__dirname, 'survey-child.ts')

/** The big export, cached in the OS temp dir by size and generator version (it takes ~20 s to write). */
async function bigExport(): Promise<{ file: string; generatedMs: number | null }> {
  const version = createHash('sha1').update(fs.readFileSync(GENERATOR)).digest('hex').slice(0, 10)
  const dir = path.join(os.tmpdir(), 'esiti-bench-cache')
  const file = path.join(dir, `questionnaire-${ROWS}x${COLS}-${version}.xlsx`)
  if (fs.existsSync(file)) return { file, generatedMs: null }
  fs.mkdirSync(dir, { recursive: true })
  const t = performance.now()
  const tmp = `${file}.${process.pid}.tmp`
  await writeBigQuestionnaireXlsx(tmp, ROWS, COLS)
  fs.renameSync(tmp, file)
  return { file, generatedMs: performance.now() - t }
}


/** Runs one measurement of this file in a fresh Node process; its last stdout line is the result. */
export function runChild(mode: string, args: Record<string, string>): ChildResult {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD_FILE], {
    env: { ...process.env, [CHILD]: JSON.stringify({ mode, ...args }) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const last = r.stdout.trim().split('\n').pop() ?? ''
  if (r.status !== 0 || !last.startsWith('{')) throw new Error(`survey bench child "${mode}" failed (${r.status}): ${r.stderr.slice(-2000)}`)
  return JSON.parse(last) as ChildResult
}

/** LibreOffice converting the same file, with a fresh profile (initialised by an untimed warm-up). */
export function runSoffice(file: string, work: string): { ms: number; cpuMs: number; maxRssMb: number; lines: number } | null {
  if (!fs.existsSync(SOFFICE)) return null
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-bench-lo-'))
  try {
    const outDir = path.join(work, 'lo')
    const run = (input: string): { ms: number; cpuMs: number; maxRssMb: number } => {
      const timeFile = path.join(work, 'lo-time.txt')
      const t = performance.now()
      const r = spawnSync(
        '/usr/bin/time',
        ['-f', '%M %U %S', '-o', timeFile, SOFFICE, `-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv', '--outdir', outDir, input],
        { encoding: 'utf8' }
      )
      const ms = performance.now() - t
      if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr.slice(-500)}`)
      const [kb, user, sys] = (fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number)
      return { ms, cpuMs: (user + sys) * 1000, maxRssMb: kb / 1024 }
    }
    const small = path.join(work, 'warmup.xlsx')
    fs.copyFileSync(path.join(work, 'small.xlsx'), small)
    run(small)
    const m = run(file)
    const csv = path.join(outDir, path.basename(file).replace(/\.xlsx$/, '.csv'))
    const lines = fs.readFileSync(csv, 'utf8').split('\n').filter((l) => l !== '').length
    return { ...m, lines }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true })
  }
}

export async function surveyBench(report: Report): Promise<void> {
  const { file, generatedMs } = await bigExport()
  if (generatedMs !== null) report(`survey: generate the ${ROWS.toLocaleString('en')} × ${COLS} export (cached afterwards)`, generatedMs / 1000, 's')
  report(`survey: export size (${ROWS.toLocaleString('en')} respondents × ${COLS} questions)`, fs.statSync(file).size / 1e6, 'MB')
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-bench-survey-'))
  try {
    await writeBigQuestionnaireXlsx(path.join(work, 'small.xlsx'), 50, 10)
    const project = path.join(work, 'import.esiti')
    const esiti = runChild('import', { file, project })
    const lo = runSoffice(file, work)
    const peer = lo ? { name: 'LibreOffice --convert-to csv', value: lo.ms / 1000 } : undefined
    report('survey: import 100k × 60 xlsx (parse, infer, store)', esiti.ms / 1000, 's', { target: '≤ 0.5 × LibreOffice', peer })
    report('survey: import CPU time (user + system)', esiti.cpuMs / 1000, 's', {
      target: 'reference: all threads; the target is on wall time, the ratio steadier here',
      peer: lo ? { name: 'LibreOffice CPU', value: lo.cpuMs / 1000 } : undefined
    })
    if (!lo) console.log(`survey: peer unavailable (${SOFFICE} not found): LibreOffice comparison skipped`)
    else {
      report('survey: LibreOffice peak memory (converting only)', lo.maxRssMb, 'MB')
      if (lo.lines !== ROWS + 1) console.log(`survey: LibreOffice wrote ${lo.lines} CSV lines, expected ${ROWS + 1}`)
    }
    report('survey: import peak memory (process maxRSS)', esiti.maxRssMb, 'MB', { target: '< 300 MB' })
    report('survey: import memory above the idle process', esiti.maxRssMb - esiti.baseRssMb, 'MB')
    report('survey: import rows stored', esiti.rows as number, 'rows', { target: String(ROWS) })
    report('survey: import progress reports', esiti.events as number, 'n', { target: '> 0, phases read→infer→store→done' })
    console.log(`survey: progress phases seen: ${(esiti.phases as string[]).join(' → ')}`)
    report('survey: longest gap between progress reports', esiti.maxGapMs as number, 'ms')
    report('survey: project size after import', fs.statSync(project).size / 1e6, 'MB')

    const cancel = runChild('cancel', { file, project: path.join(work, 'cancel.esiti') })
    report('survey: cancel at ~30% of the read: time to stop', cancel.ms, 'ms')
    report(`survey: cancel: project unchanged (1 = yes; stopped at ${Math.round((cancel.at as number) * 100)}%)`, cancel.unchanged ? 1 : 0, 'ok', { target: '1' })

    const recipe = runChild('recipe', { project })
    report('survey: apply a 20-step recipe to 100k rows (run + store)', recipe.ms / 1000, 's', { target: '< 3 s' })
    report('survey: 20-step recipe CPU time (user + system)', recipe.cpuMs / 1000, 's', { target: 'reference: all threads incl. GC; the target is on wall time' })
    report('survey: add a 21st step (whole recipe re-run + store)', (recipe.addMs as number) / 1000, 's')
    report('survey: recipe peak memory (process maxRSS)', recipe.maxRssMb, 'MB')
    if ((recipe.skipped as number) > 0) console.log(`survey: ${recipe.skipped as number} recipe steps were skipped: ${recipe.messages as string}`)
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
