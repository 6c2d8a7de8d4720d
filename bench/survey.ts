import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { openProjectFile, type ProjectFile } from '../src/main/db/project-file'
import { makeCtx } from '../src/main/services/context'
import { importSurvey } from '../src/main/services/survey/import'
import { writeBigQuestionnaireXlsx } from '../src/main/services/survey/read/generate-big-xlsx'
import { addStep, applyRecipeDocument } from '../src/main/services/survey/recipe/service'
import type { NewStep } from '../src/main/services/survey/recipe/steps'
import type { Report } from './run'

/**
 * Questionnaire import at scale (issue 4): a generated 100,000 × 60 export imported into a fresh
 * project, side by side with LibreOffice converting the same file to CSV, then a 20-step recipe.
 * Every measurement runs in its own child process, so that memory peaks (kernel maxRSS) do not mix.
 */

const ROWS = 100_000
const COLS = 60
const CHILD = 'ESITI_SURVEY_BENCH_CHILD'
const GENERATOR = path.resolve(__dirname, '../src/main/services/survey/read/generate-big-xlsx.ts')
const SOFFICE = '/usr/bin/soffice'
const DATASET = 'Questionario 100k'

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

interface ChildResult {
  ms: number
  /** CPU time (user + system) of the measured call: steadier than wall time on a busy machine. */
  cpuMs: number
  maxRssMb: number
  baseRssMb: number
  [k: string]: unknown
}

/** Runs one measurement of this file in a fresh Node process; its last stdout line is the result. */
function runChild(mode: string, args: Record<string, string>): ChildResult {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename], {
    env: { ...process.env, [CHILD]: JSON.stringify({ mode, ...args }) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const last = r.stdout.trim().split('\n').pop() ?? ''
  if (r.status !== 0 || !last.startsWith('{')) throw new Error(`survey bench child "${mode}" failed (${r.status}): ${r.stderr.slice(-2000)}`)
  return JSON.parse(last) as ChildResult
}

/** LibreOffice converting the same file, with a fresh profile (initialised by an untimed warm-up). */
function runSoffice(file: string, work: string): { ms: number; cpuMs: number; maxRssMb: number; lines: number } | null {
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
      target: '≤ 0.5 × LibreOffice',
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
    report('survey: 20-step recipe CPU time (user + system)', recipe.cpuMs / 1000, 's', { target: '< 3 s' })
    report('survey: add a 21st step (whole recipe re-run + store)', (recipe.addMs as number) / 1000, 's')
    report('survey: recipe peak memory (process maxRSS)', recipe.maxRssMb, 'MB')
    if ((recipe.skipped as number) > 0) console.log(`survey: ${recipe.skipped as number} recipe steps were skipped: ${recipe.messages as string}`)
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

// ---- child side ----------------------------------------------------------------------------------

const rssMb = (): number => process.memoryUsage.rss() / 1048576
const cpuMs = (since?: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since)
  return (u.user + u.system) / 1000
}
const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024

/** Row counts of every table and the size of the stored blobs: equal snapshots = nothing written. */
function snapshot(p: ProjectFile): string {
  const tables = p.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  const counts = tables.map((t) => `${t.name}:${(p.sqlite.prepare(`SELECT COUNT(*) n FROM "${t.name}"`).get() as { n: number }).n}`)
  const blobs = p.sqlite.prepare('SELECT total(length(data)) b FROM column_data').get() as { b: number }
  return `${counts.join(',')};${blobs.b}`
}

async function childImport(file: string, projectFile: string): Promise<ChildResult> {
  const project = await openProjectFile(projectFile, { create: true })
  const phases: string[] = []
  let events = 0
  let last = 0
  let maxGapMs = 0
  const progress = {
    report(phase: string): void {
      const now = performance.now()
      if (events > 0) maxGapMs = Math.max(maxGapMs, now - last)
      last = now
      events++
      if (phases.at(-1) !== phase) phases.push(phase)
    }
  }
  global.gc?.()
  const baseRssMb = rssMb()
  const cpu = process.cpuUsage()
  const t = performance.now()
  last = t
  const summary = await importSurvey(makeCtx(project, 'bench', progress), file, { dataset: DATASET })
  const ms = performance.now() - t
  const used = cpuMs(cpu)
  project.close()
  return { ms, cpuMs: used, maxRssMb: maxRssMb(), baseRssMb, rows: summary.rows, events, phases, maxGapMs }
}

async function childCancel(file: string, projectFile: string): Promise<ChildResult> {
  const project = await openProjectFile(projectFile, { create: true })
  const before = snapshot(project)
  const ac = new AbortController()
  let clickedAt = 0
  let at = 0
  const progress = {
    signal: ac.signal,
    report(phase: string, done: number, total: number): void {
      // The user's click lands at ~30%; the abort arrives as an event, as it would over IPC.
      if (clickedAt || phase !== 'survey:read' || total <= 0 || done / total < 0.3) return
      clickedAt = performance.now()
      at = done / total
      setImmediate(() => ac.abort())
    }
  }
  const baseRssMb = rssMb()
  let code = 'none'
  try {
    await importSurvey(makeCtx(project, 'bench', progress), file, { dataset: DATASET })
  } catch (e) {
    code = (e as { code?: string }).code ?? String(e)
  }
  const ms = performance.now() - clickedAt
  if (!clickedAt || code !== 'CANCELLED') throw new Error(`cancel bench: the import was not cancelled (reached: ${clickedAt > 0}, outcome: ${code})`)
  const unchanged = snapshot(project) === before
  project.close()
  return { ms, cpuMs: 0, maxRssMb: maxRssMb(), baseRssMb, unchanged, at }
}

/** Twenty realistic cleaning steps over the generated questionnaire's variables. */
function twentySteps(): NewStep[] {
  const municipi = Array.from({ length: 9 }, (_, k) => `Municipio ${k + 1}`)
  return [
    { op: 'normalise', variables: ['d13_suggerimenti_commenti', 'd21_suggerimenti_commenti', 'd29_suggerimenti_commenti'], case: 'sentence' },
    { op: 'normalise', variables: ['municipio_residenza', 'genere'] },
    { op: 'recode', variable: 'genere', map: [{ from: ['Femmina'], to: 'F' }, { from: ['Maschio'], to: 'M' }, { from: ['Non binario'], to: 'NB' }] },
    { op: 'setMissing', variables: '*', codes: ['Non so', 99] },
    { op: 'recode', variable: 'd6_accordo_affermazione_n', loose: true, map: [{ from: ["per niente d'accordo", "poco d'accordo"], to: 'In disaccordo' }] },
    { op: 'bin', source: 'eta', name: 'classe_eta', label: "Classe d'età", bins: [{ label: '18-29', max: 30 }, { label: '30-44', min: 30, max: 45 }, { label: '45-64', min: 45, max: 65 }, { label: '65+', min: 65 }] },
    { op: 'compute', name: 'ore_medie', label: 'Ore medie di lavoro agile', expression: 'mean(d9_ore_settimanali_lavoro, d17_ore_settimanali_lavoro, d25_ore_settimanali_lavoro)' },
    { op: 'compute', name: 'usa_coworking', expression: 'if(d10_servizi_utilizzato_piu has "Coworking", "sì", "no")', type: 'nominal' },
    { op: 'rename', from: 'd8_voto_1_10', to: 'voto_servizio' },
    { op: 'setLabel', variable: 'voto_servizio', label: 'Voto al servizio (1-10)' },
    { op: 'setType', variable: 'd16_voto_1_10', type: 'numeric' },
    { op: 'setValueLabels', variable: 'd11_consiglierebbe_servizio', values: [{ value: 'Sì', label: 'Lo consiglierebbe' }, { value: 'No', label: 'Non lo consiglierebbe' }] },
    { op: 'parseNumber', variable: 'd33_ore_settimanali_lavoro' },
    { op: 'dedupe', keys: ['id_risposta'], by: 'informazioni_cronologiche' },
    { op: 'exclude', where: 'eta < 19', reason: 'Sotto i 19 anni: fuori target' },
    { op: 'validate', rule: { kind: 'range', variable: 'd9_ore_settimanali_lavoro', min: 0, max: 38 }, severity: 'warning' },
    { op: 'validate', rule: { kind: 'required', variable: 'genere' } },
    { op: 'validate', rule: { kind: 'allowed', variable: 'municipio_residenza', values: municipi } },
    { op: 'validate', rule: { kind: 'unique', variable: 'id_risposta' } },
    { op: 'drop', variables: ['d53_suggerimenti_commenti'] }
  ]
}

async function childRecipe(projectFile: string): Promise<ChildResult> {
  const project = await openProjectFile(projectFile)
  const ctx = makeCtx(project, 'bench')
  global.gc?.()
  const baseRssMb = rssMb()
  const cpu = process.cpuUsage()
  let t = performance.now()
  const result = applyRecipeDocument(ctx, DATASET, { steps: twentySteps() })
  const ms = performance.now() - t
  const used = cpuMs(cpu)
  const skipped = result.skipped
  t = performance.now()
  addStep(ctx, DATASET, { op: 'setLabel', variable: 'classe_eta', label: "Classe d'età (4 classi)" })
  const addMs = performance.now() - t
  project.close()
  return { ms, cpuMs: used, addMs, maxRssMb: maxRssMb(), baseRssMb, skipped: skipped.length, messages: skipped.map((s) => `${s.op}: ${s.message}`).join('; ') }
}

async function child(spec: { mode: string; file?: string; project: string }): Promise<void> {
  const result =
    spec.mode === 'import' ? await childImport(spec.file!, spec.project)
    : spec.mode === 'cancel' ? await childCancel(spec.file!, spec.project)
    : await childRecipe(spec.project)
  process.stdout.write(`\n${JSON.stringify(result)}\n`)
}

if (process.env[CHILD]) {
  child(JSON.parse(process.env[CHILD]) as { mode: string; file?: string; project: string }).catch((e: unknown) => {
    console.error(e)
    process.exit(1)
  })
}
