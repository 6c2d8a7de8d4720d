import { EsitiError } from '../../../../shared/errors'
import { msg, type Msg } from '../../../../shared/messages'
import { convertCoded, convertRaw } from '../clean/base-values'
import type { CleanValue, ValueLabel } from '../frame'
import { missingTester } from '../infer/missing-codes'
import type { BaseVariable, RawColumn, SourceColumn } from '../model'
import { recogniseScale } from '../infer/scales'
import { naturalCompare } from '../infer/text-norm'
import { result, type OpContext, type OpResult } from './op-result'
import { codesMatch, sameValue, type ColumnCodes } from './column-codes'
import { bin, compute } from './ops/derive'
import { dedupe, exclude } from './ops/rows'
import { drop, parseDate, parseNumber, rename, setLabel, setType, setValueLabels, splitMulti } from './ops/types'
import { validate } from './ops/validate'
import { editCell, normalise, recode, setMissing, setNonSubstantive } from './ops/values'
import { combineMulti } from './ops/multi'
import type { ImportStep, RecipeStep } from './steps'
import { MissingVariable, WorkFrame, type WorkVar } from './work-frame'

/** One imported file of a dataset: the first import, or a wave appended later. */
export interface PartData {
  datasetId: string
  wave: string | null
  rowIds: string[]
  sheetRows: Uint32Array
  /** Raw columns of one of this part's variables (by the part's own variable id). */
  raw(varId: string): RawColumn[] | null
  sources: Record<string, SourceColumn[]>
  /** base variable id → this part's variable id; null for the dataset's own first import. */
  mapping: Record<string, string> | null
  /** The options this part's file offered, per multiple-response variable (its own ids). */
  offered?: Record<string, string[]>
}

/** The options each part's multiple-response variables offered (from their own import record). */
export function offeredOptions(variables: { id: string; type: string; options?: string[] }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const v of variables) if (v.type === 'multi' && v.options) out[v.id] = v.options
  return out
}

/**
 * Options of a multiple-response set that a wave's file did not offer (a new option in 2023): its rows
 * are "not asked" for them, so that the option's percentage in the earlier wave is not a false 0 %.
 */
export function attachNotAsked(frame: WorkFrame, parts: PartData[], step0: ImportStep): void {
  if (parts.length < 2) return
  for (const b of step0.variables) {
    if (b.type !== 'multi') continue
    const v = frame.vars.find((x) => x.id === b.id)
    if (!v) continue
    const lists = parts.map((p) => {
      const own = p.mapping ? p.mapping[b.id] : b.id
      return own ? (p.offered?.[own] ?? null) : null
    })
    const all = new Set(lists.flatMap((l) => l ?? []))
    const options: Record<string, string[]> = {}
    parts.forEach((p, k) => {
      const list = lists[k]
      if (!list || p.wave === null) return
      for (const o of all) if (!list.includes(o)) (options[o] ??= []).push(p.wave)
    })
    if (Object.keys(options).length) v.notAsked = { waveVariable: '', options }
  }
}

export interface StepReport {
  id: string
  op: string
  index: number
  enabled: boolean
  status: 'ok' | 'skipped' | 'disabled'
  /** Cells whose value changed. */
  cells: number
  /** Rows excluded (dedupe, exclude) or flagged (validate). */
  rows: number
  /** cells + rows: the one number the CLI prints. */
  affected: number
  issues: number
  /** Why the step was skipped. */
  message: Msg | null
  /** A skipped step's error details (an expression's position and the syntax help). */
  details?: unknown
  warnings: Msg[]
}

export interface RecipeRun {
  frame: WorkFrame
  reports: StepReport[]
  /** Key of the base columns the frame started from (see base-cache): variables still `base` are those. */
  baseKey?: string
  /** Base columns converted from raw in this run, to cache with the clean layer (see clean-store). */
  base?: { key: string; blobs: Map<string, Buffer> }
}

export const WAVE_VARIABLE = 'wave'

/** Rows of every part and the wave variable, no import variable yet. */
export function frameShell(parts: PartData[], step0: ImportStep, wave: { id: string } | null): WorkFrame {
  const rowIds: string[] = []
  const waves: (string | null)[] = []
  let total = 0
  for (const p of parts) total += p.rowIds.length
  const sheetRows = new Uint32Array(total)
  let offset = 0
  for (const p of parts) {
    for (const id of p.rowIds) {
      rowIds.push(id)
      waves.push(p.wave)
    }
    sheetRows.set(p.sheetRows, offset)
    offset += p.rowIds.length
  }
  const frame = new WorkFrame(total, rowIds, sheetRows, waves)
  const used = new Set(step0.variables.map((v) => v.name.toLowerCase()))
  if (wave) {
    let name = WAVE_VARIABLE
    for (let i = 2; used.has(name); i++) name = `${WAVE_VARIABLE}_${i}`
    frame.vars.push({
      id: wave.id,
      name,
      label: 'Ondata',
      group: null,
      type: 'nominal',
      role: 'metadata',
      valueLabels: [],
      labelsFixed: false,
      scale: null,
      missingCodes: [],
      columns: [],
      values: waves.slice(),
      dropped: false
    })
  }
  return frame
}

/**
 * One import variable with its values converted from the raw cells of every part, into `out` when
 * given (an import reuses one array for every variable it encodes and lets go of).
 */
export function baseVar(parts: PartData[], b: BaseVariable, shareLists = false, out: CleanValue[] = []): WorkVar {
  const values = out
  if (parts.length === 1) {
    // One file read in place (an import): converted once per distinct text, with its dictionary view.
    const p = parts[0]
    const partVar = p.mapping ? p.mapping[b.id] : b.id
    const raw = partVar ? p.raw(partVar) : null
    const sources = partVar ? p.sources[partVar] : undefined
    const n = p.rowIds.length
    const coded = raw && sources && raw.length && raw.every((c) => c.kind.length === n) ? convertCoded(b, sources, raw, values) : null
    if (coded) {
      if (values.length !== n) values.length = n
      return baseVarOf(b, values, coded.codes)
    }
    return baseVarFrom(parts, b, shareLists, values, raw)
  }
  return baseVarFrom(parts, b, shareLists, values)
}

/** baseVar through convertRaw; `firstRaw`: the first part's raw columns when already read (a read happens once). */
function baseVarFrom(parts: PartData[], b: BaseVariable, shareLists: boolean, values: CleanValue[], firstRaw?: RawColumn[] | null): WorkVar {
  let at = 0
  for (const p of parts) {
    const partVar = p.mapping ? p.mapping[b.id] : b.id
    const raw = firstRaw !== undefined && p === parts[0] ? firstRaw : partVar ? p.raw(partVar) : null
    const sources = partVar ? p.sources[partVar] : undefined
    if (raw && sources && raw.length) convertRaw(b, sources, raw, values, shareLists, at)
    else {
      if (values.length < at + p.rowIds.length) values.length = at + p.rowIds.length
      values.fill(null, at, at + p.rowIds.length)
    }
    at += p.rowIds.length
  }
  if (values.length !== at) values.length = at
  return baseVarOf(b, values)
}

/** An import variable as the recipe starts from it, with the given base values. */
export function baseVarOf(b: BaseVariable, values: CleanValue[], codes: ColumnCodes | null = null): WorkVar {
  return {
    id: b.id,
    name: b.name,
    label: b.label,
    group: b.group ?? null,
    type: b.type,
    role: b.role,
    valueLabels: b.valueLabels.map((l) => ({ ...l })),
    labelsFixed: b.valueLabels.length > 0,
    scale: (b.scale as WorkVar['scale']) ?? null,
    missingCodes: [...b.missingCodes],
    ...(b.options ? { options: [...b.options] } : {}),
    ...(b.separator ? { separator: b.separator } : {}),
    ...(b.decimal ? { decimal: b.decimal } : {}),
    ...(b.dateOrder ? { dateOrder: b.dateOrder } : {}),
    ...(b.nonSubstantive ? { nonSubstantive: { values: [...b.nonSubstantive.values], include: b.nonSubstantive.include } } : {}),
    ...(b.identifier ? { identifier: b.identifier } : {}),
    ...(b.percent ? { percent: b.percent } : {}),
    ...(b.note ? { note: b.note } : {}),
    columns: b.columns,
    values,
    codes,
    base: true,
    dropped: false
  }
}

const importReport = (step: RecipeStep, n: number): StepReport => ({
  id: step.id,
  op: step.op,
  index: 0,
  enabled: step.enabled !== false,
  status: 'ok',
  cells: 0,
  rows: n,
  affected: n,
  issues: 0,
  message: null,
  warnings: []
})

/**
 * The same result as buildBaseFrame + runSteps(frame, [step0]), one variable at a time: `visit` gets
 * each finished variable (final values and categories) and may release its values, so an import
 * never holds every converted column at once. Multiple-response rows with the same answer share one
 * option array: the values are for reading and encoding, not for editing.
 */
export function runImportStep(
  parts: PartData[],
  step0: ImportStep,
  wave: { id: string } | null,
  visit: (v: WorkVar, index: number, count: number) => void
): RecipeRun {
  const frame = frameShell(parts, step0, wave)
  const count = frame.vars.length + step0.variables.length
  for (const v of [...frame.vars]) {
    finaliseVar(frame, v)
    visit(v, 0, count)
  }
  // The visitor encodes each variable's values and lets them go (it must not keep `values`: the next
  // variable is converted into the same array). Nothing edits them.
  const scratch: CleanValue[] = []
  for (const b of step0.variables as BaseVariable[]) {
    const v = baseVar(parts, b, true, scratch)
    frame.vars.push(v)
    attachNotAsked(frame, parts, { ...step0, variables: [b] })
    finaliseVar(frame, v)
    visit(v, frame.vars.length - 1, count)
  }
  return { frame, reports: [importReport(step0, frame.n)] }
}

type Op = (ctx: OpContext, step: never) => OpResult

/**
 * Set by the test runs: a dictionary view that no longer matches its values, or a variable still
 * marked as base whose values changed, fails the step loudly (either would store wrong data).
 */
const CHECK_CODES = process.env.ESITI_CHECK_CODES === '1'

function checkCodes(frame: WorkFrame, step: RecipeStep, originals: Map<WorkVar, CleanValue[]>): void {
  for (const v of frame.vars) {
    const wrong = v.codes ? codesMatch(v.values, v.codes) : null
    if (wrong) throw new Error(`Step ${step.op} left a stale dictionary view on "${v.name}": ${wrong}`)
    const original = v.base ? originals.get(v) : undefined
    if (v.base && (!original || original.length !== v.values.length || original.some((x, r) => !sameValue(x, v.values[r]))))
      throw new Error(`Step ${step.op} changed "${v.name}" but left it marked as base`)
  }
}

const OPS: Record<Exclude<RecipeStep['op'], 'import'>, Op> = {
  normalise: normalise as Op,
  recode: recode as Op,
  setMissing: setMissing as Op,
  setNonSubstantive: setNonSubstantive as Op,
  parseNumber: parseNumber as Op,
  parseDate: parseDate as Op,
  splitMulti: splitMulti as Op,
  combineMulti: combineMulti as Op,
  bin: bin as Op,
  compute: compute as Op,
  rename: rename as Op,
  setType: setType as Op,
  setLabel: setLabel as Op,
  setValueLabels: setValueLabels as Op,
  dedupe: dedupe as Op,
  exclude: exclude as Op,
  validate: validate as Op,
  editCell: editCell as Op,
  drop: drop as Op
}

/**
 * Runs the cleaning steps over a base frame. A step that cannot apply (a variable it names is absent,
 * a name clash, a bad expression) is skipped and reported; the others still run.
 */
export function runSteps(
  frame: WorkFrame,
  steps: RecipeStep[],
  derivedId: OpContext['derivedId'],
  signal?: AbortSignal
): RecipeRun {
  const ctx: OpContext = { frame, derivedId }
  const reports: StepReport[] = []
  const originals = new Map(CHECK_CODES ? frame.vars.filter((v) => v.base).map((v) => [v, v.values.slice()]) : [])
  steps.forEach((step, index) => {
    if (signal?.aborted) throw new EsitiError('CANCELLED', 'core.cancelled')
    const base = { id: step.id, op: step.op, index, enabled: step.enabled !== false }
    if (step.op === 'import') {
      reports.push({ ...importReport(step, frame.n), index })
      return
    }
    if (step.enabled === false) {
      reports.push({ ...base, status: 'disabled', cells: 0, rows: 0, affected: 0, issues: 0, message: null, warnings: [] })
      return
    }
    const issuesBefore = frame.issues.length
    let r: OpResult
    let status: StepReport['status'] = 'ok'
    let message: Msg | null = null
    let details: unknown
    try {
      r = OPS[step.op](ctx, step as never)
    } catch (e) {
      if (!(e instanceof EsitiError)) throw e
      status = 'skipped'
      message = msg('survey.step.skipped', { reason: e instanceof MissingVariable ? msg('survey.step.missingVariable', { v: e.variable }) : e.msg })
      details = e.details
      frame.issues.length = issuesBefore
      r = result()
    }
    if (CHECK_CODES) checkCodes(frame, step, originals)
    reports.push({
      ...base,
      status,
      cells: r.cells,
      rows: r.rows,
      affected: r.cells + r.rows,
      issues: frame.issues.length - issuesBefore,
      message,
      ...(details !== undefined ? { details } : {}),
      warnings: r.warnings
    })
  })
  finalise(frame)
  return { frame, reports }
}

function labelOrder(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'number') return -1
  if (typeof b === 'number') return 1
  return naturalCompare(a, b)
}

/**
 * After the steps: categories of nominal/ordinal variables come from the data unless fixed, values
 * outside fixed labels are appended (re-ordered when they belong to the recognised scale), and the
 * options of multiple-response sets include every option chosen.
 */
function finalise(frame: WorkFrame): void {
  for (const v of frame.vars) if (!v.dropped) finaliseVar(frame, v)
}

/** Rows per dictionary code, active rows only. */
function codeCounts(frame: WorkFrame, v: WorkVar): { dict: CleanValue[]; counts: Uint32Array } {
  const { codes, dict } = frame.codesOf(v)
  const active = frame.activeMask()
  const counts = new Uint32Array(dict.length)
  for (let r = 0; r < frame.n; r++) counts[codes[r]] += active[r]
  return { dict, counts }
}

function finaliseVar(frame: WorkFrame, v: WorkVar): void {
  if (v.notAsked) {
    // Named as the wave variable is named at the end of the recipe.
    const wave = frame.vars.find((x) => !x.dropped && x.role === 'metadata' && x.columns.length === 0 && !x.derivedBy)
    if (wave && v.type === 'multi') v.notAsked.waveVariable = wave.name
    else delete v.notAsked
  }
  if (v.type === 'multi') {
    const { dict, counts: rows } = codeCounts(frame, v)
    const counts = new Map<string, number>()
    for (let k = 1; k < dict.length; k++) {
      const x = dict[k]
      if (Array.isArray(x) && rows[k]) for (const o of x) counts.set(o, (counts.get(o) ?? 0) + rows[k])
    }
    const known = v.options ?? []
    const extra = [...counts.keys()].filter((o) => !known.includes(o)).sort((a, b) => counts.get(b)! - counts.get(a)!)
    v.options = [...known, ...extra]
    v.valueLabels = v.options.map((o) => ({ value: o, label: o }))
    return
  }
  if (v.type !== 'nominal' && v.type !== 'ordinal') return
  const isCode = missingTester(v.missingCodes)
  // Observed values in order of first appearance (a dictionary keeps 1 and "1" apart).
  const { dict, counts } = codeCounts(frame, v)
  const observed: (string | number)[] = []
  for (let k = 1; k < dict.length; k++) {
    const x = dict[k]
    if ((typeof x === 'string' || typeof x === 'number') && counts[k]) observed.push(x)
  }
  const labelled = new Set(v.valueLabels.map((l) => l.value))
  const extras = observed.filter((x) => !labelled.has(x))
  const isNonSubstantive = missingTester(v.nonSubstantive?.values ?? [])
  const regular = extras.filter((x) => !isCode(x) && !isNonSubstantive(x)).sort(labelOrder)
  // Non-substantive answers ("Non so") follow the scale, never inside it; missing codes come last.
  const codes = [...extras.filter((x) => isNonSubstantive(x) && !isCode(x)), ...extras.filter((x) => isCode(x)).sort(labelOrder)]
  let labels: ValueLabel[] = v.labelsFixed ? v.valueLabels : []
  if (v.labelsFixed && regular.length && v.scale && v.scale !== 'numeric' && v.scale !== 'yesno') {
    const all = [...labels.map((l) => String(l.value)), ...regular.map(String)]
    const match = recogniseScale(all)
    if (match?.ordered) {
      const byValue = new Map(labels.map((l) => [String(l.value), l]))
      labels = match.labels.map((s) => byValue.get(s) ?? { value: s, label: s })
      regular.length = 0
    }
  }
  v.valueLabels = [...labels, ...[...regular, ...codes].map((x) => ({ value: x, label: String(x) }))]
}
