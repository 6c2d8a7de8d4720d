import { performance } from 'node:perf_hooks'
import { openProjectFile, type ProjectFile } from '../src/main/db/project-file'
import { makeCtx } from '../src/main/services/context'
import { importSurvey } from '../src/main/services/survey/import/import'
import type { NewStep } from '../src/main/services/survey/recipe/steps'

/**
 * One measurement of the questionnaire bench (bench/survey.ts), run in a process of its own: the
 * parent passes the mode in the environment and reads the result from the last stdout line.
 */

export const CHILD = 'ESITI_SURVEY_BENCH_CHILD'
const DATASET = 'Questionario 100k'

export interface ChildResult {
  ms: number
  /** CPU time (user + system) of the measured call: steadier than wall time on a busy machine. */
  cpuMs: number
  maxRssMb: number
  baseRssMb: number
  [k: string]: unknown
}

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
  const types: Record<string, number> = {}
  for (const v of summary.variables) types[v.type] = (types[v.type] ?? 0) + 1
  return {
    ms,
    cpuMs: used,
    maxRssMb: maxRssMb(),
    baseRssMb,
    rows: summary.rows,
    events,
    phases,
    maxGapMs,
    platform: summary.platform,
    variables: summary.variables.length,
    types,
    decisions: summary.decisions.length
  }
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
export function twentySteps(): NewStep[] {
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
  // Loaded here, not at the top: the import measurement needs none of the recipe service.
  const { addStep, applyRecipeDocument } = await import('../src/main/services/survey/recipe/service')
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
