import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import type { MessageKey, Msg } from '../../../shared/messages'
import type { Ctx } from '../../services/context'
import {
  addStep,
  appendWave,
  applyRecipeDocument,
  checkExpression,
  clusterValues,
  exportDataset,
  exportDictionary,
  importSurvey,
  issuesOf,
  listDatasets,
  overrideVariable,
  parseMapArgs,
  previewImport,
  previewWave,
  profileDataset,
  recipeDocument,
  type AppendResult,
  type ApplyRecipeResult,
  type ApplyResult,
  type ClusterMethod,
  type ClusterResult,
  type DatasetProfile,
  type DatasetSummary,
  type ExportResult,
  type IdentifierPolicy,
  type CsvDialect,
  type ImportSummary,
  type VariableType,
  type WavePreview
} from '../../services/survey'
import { flag, opt, optList, type CliIo, type CommandSpec, type ParsedArgs } from '../command'

const need = (v: string | undefined, what: string, usage: string): string => {
  if (v === undefined || v === '') throw new EsitiError('INVALID_INPUT', 'survey.cli.missing', { what, usage })
  return v
}

const IMPORT_USAGE = 'survey import PROJECT FILE [--sheet NAME] [--dataset NAME] [--wave W] [--revert ID]… [--header-rows 1,2] [--preview] [--json]'
const PROFILE_USAGE = 'survey profile PROJECT --dataset NAME [--variable V]… [--raw] [--json]'
const RECIPE_USAGE = 'survey recipe PROJECT --dataset NAME'
const EXPORT_USAGE =
  'survey export PROJECT --dataset NAME --out FILE.xlsx|FILE.csv|FILE.sav [--labels] [--dialect standard|excel-it] [--bom] [--identifiers omit|hash|keep] [--json]'
const DICTIONARY_USAGE = 'survey dictionary PROJECT --dataset NAME --out FILE.xlsx [--identifiers omit|hash|keep] [--json]'

function identifierPolicy(args: ParsedArgs): IdentifierPolicy {
  const v = opt(args, 'identifiers') ?? 'omit'
  if (v !== 'omit' && v !== 'hash' && v !== 'keep') throw new EsitiError('INVALID_INPUT', 'dataExport.badIdentifiers', { value: v })
  return v
}

function csvDialect(args: ParsedArgs): CsvDialect {
  const v = opt(args, 'dialect') ?? 'standard'
  if (v !== 'standard' && v !== 'excel-it') throw new EsitiError('INVALID_INPUT', 'dataExport.badDialect', { value: v })
  return v
}
const APPLY_USAGE = 'survey apply PROJECT --dataset NAME --recipe FILE [--map old=new]… [--json]'
const APPEND_USAGE =
  'survey append PROJECT --dataset NAME FILE --wave W [--sheet NAME] [--map old=new]… [--base-wave W] [--revert ID]… [--preview] [--json]'
const LIST_USAGE = 'survey list PROJECT [--json]'
const ISSUES_USAGE = 'survey issues PROJECT --dataset NAME [--json]'
const CLUSTERS_USAGE = 'survey clusters PROJECT --dataset NAME --variable V [--method fingerprint|ngram|levenshtein|accent] [--radius N] [--json]'
const STEP_USAGE = 'survey step add PROJECT --dataset NAME --step JSON|@FILE [--position N] [--json]'
const OVERRIDE_USAGE =
  'survey override PROJECT --dataset NAME --variable V [--type T] [--role metadata|question|weight] [--label TEXT] [--missing CODE]… [--non-substantive ANSWER]… [--include-non-substantive] [--json]'
const CHECK_USAGE = 'survey check PROJECT --dataset NAME --expression EXPR [--position N] [--json]'

/** A service message in the CLI's language. */
const word = (io: CliIo, m: Msg): string => io.t(m.key as MessageKey, m.params)

function importJson(r: ImportSummary, io: CliIo): Record<string, unknown> {
  return {
    dataset: r.dataset,
    id: r.id,
    rows: r.rows,
    headerRows: r.headerRows,
    platform: r.platform,
    variables: r.variables.map((v) => ({
      name: v.name,
      label: v.label,
      type: v.type,
      role: v.role,
      missing: v.missing,
      distinct: v.distinct,
      ...(v.valueLabels.length ? { valueLabels: v.valueLabels.map((l) => l.value) } : {}),
      ...(v.valueLabels.some((l) => l.score !== undefined) ? { scores: v.valueLabels.map((l) => l.score ?? null) } : {}),
      ...(v.missingCodes.length ? { missingCodes: v.missingCodes } : {}),
      ...(v.nonSubstantive ? { nonSubstantive: v.nonSubstantive } : {}),
      ...(v.identifier ? { identifier: v.identifier } : {}),
      ...(v.options ? { options: v.options } : {}),
      ...(v.note ? { note: v.note } : {})
    })),
    decisions: r.decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      variable: d.variable,
      column: d.column,
      count: d.count,
      detail: word(io, d.detail),
      reversible: d.reversible,
      reverted: d.reverted,
      message: d.detail
    })),
    warnings: r.warnings.map((w) => word(io, w)),
    warningCodes: r.warnings,
    notes: r.notes,
    hiddenColumns: r.hiddenColumns,
    sheet: r.sheet,
    sheets: r.sheets,
    titleRows: r.titleRows,
    dataStart: r.dataStart,
    dataEnd: r.dataEnd,
    totalRows: r.totalRows,
    noteRows: r.noteRows,
    encoding: r.encoding,
    delimiter: r.delimiter,
    wave: r.wave,
    preview: r.preview
  }
}

interface ImportJson {
  dataset: string
  rows: number
  platform: string
  preview: boolean
  headerRows: number[]
  variables: { name: string; type: string; missing: number; distinct: number }[]
  decisions: { id: string; detail: string; reverted: boolean; reversible: boolean }[]
  warnings: string[]
}

function printImport(r: ImportJson, io: CliIo): void {
  io.print(
    io.t(r.preview ? 'survey.cli.previewed' : 'survey.cli.imported', {
      dataset: r.dataset,
      rows: io.t('survey.cli.rowCount', { count: r.rows }),
      variables: io.t('survey.cli.variableCount', { count: r.variables.length }),
      platform: io.t(`survey.platform.${r.platform}` as MessageKey),
      header: r.headerRows.join(', ') || '—'
    })
  )
  for (const v of r.variables) io.print(`  ${v.name.padEnd(32)} ${v.type.padEnd(9)} ${io.t('survey.cli.missingDistinct', { missing: v.missing, distinct: v.distinct })}`)
  if (r.decisions.length) io.print(io.t('survey.cli.decisions'))
  for (const d of r.decisions) io.print(`  ${d.reverted ? '✗' : '✓'} ${d.id.padEnd(26)} ${d.detail}`)
  for (const w of r.warnings) io.print(`  ! ${w}`)
}

function readJsonFile(file: string, what: 'recipe' | 'step'): unknown {
  let text: string
  try {
    text = fs.readFileSync(path.resolve(file), 'utf8')
  } catch {
    throw new EsitiError('NOT_FOUND', 'survey.cli.fileNotFound', { file })
  }
  return parseJson(text.replace(/^\uFEFF/, ''), path.basename(file), what)
}

function parseJson(text: string, source: string, what: 'recipe' | 'step'): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new EsitiError('INVALID_INPUT', 'survey.cli.badJson', { source, what, detail: (e as Error).message.split('\n')[0] })
  }
}

/** "1,2" → [1, 2]; "0" or "" → [] (no header row). */
function headerRowsArg(v: string | undefined): number[] | undefined {
  if (v === undefined) return undefined
  if (v.trim() === '0' || v.trim() === '') return []
  const rows = v.split(',').map((x) => Number(x.trim()))
  if (rows.some((n) => !Number.isInteger(n) || n < 1)) throw new EsitiError('INVALID_INPUT', 'survey.import.badHeaderRows', { value: v })
  return rows
}

const positiveInt = (v: string | undefined, option: string): number | undefined => {
  if (v === undefined) return undefined
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new EsitiError('INVALID_INPUT', 'survey.cli.badNumber', { option })
  return Number(v)
}

const dataset = (args: ParsedArgs, usage: string): string => need(opt(args, 'dataset'), '--dataset NAME', usage)

function printApply(a: ApplyResult, io: CliIo): void {
  io.print(io.t('survey.cli.applied', { version: a.version, dataset: a.dataset, rows: a.rows, total: a.totalRows, issues: a.issues }))
  for (const s of a.steps) io.print(`  ${s.op.padEnd(16)} ${s.status.padEnd(8)} ${String(s.affected).padStart(6)}${s.message ? `  ${word(io, s.message)}` : ''}`)
}

/** The steps of an apply result with their messages worded (JSON keeps the codes beside). */
const stepsJson = (a: ApplyResult, io: CliIo): unknown[] =>
  a.steps.map((s) => ({ ...s, message: s.message ? word(io, s.message) : null, messageCode: s.message, warnings: s.warnings.map((w) => word(io, w)) }))

export const commands: CommandSpec[] = [
  {
    words: ['survey', 'import'],
    usage: IMPORT_USAGE,
    summary: 'cli.summary.surveyImport',
    valueOptions: ['sheet', 'dataset', 'wave', 'header-rows'],
    repeatable: ['revert'],
    project: 'project',
    readonly: (args) => flag(args, 'preview'),
    async run(args, ctx, io) {
      const file = need(args.positionals[1], 'FILE', IMPORT_USAGE)
      const opts = {
        sheet: opt(args, 'sheet'),
        dataset: opt(args, 'dataset'),
        wave: opt(args, 'wave'),
        revert: optList(args, 'revert'),
        headerRows: headerRowsArg(opt(args, 'header-rows'))
      }
      const r = flag(args, 'preview') ? await previewImport(file, opts, ctx!.progress) : await importSurvey(ctx!, file, opts)
      return importJson(r, io)
    },
    human: (r, io) => printImport(r as ImportJson, io)
  },
  {
    words: ['survey', 'list'],
    usage: LIST_USAGE,
    summary: 'cli.summary.surveyList',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => ({ datasets: listDatasets(ctx!) }),
    human(r, io) {
      const list = (r as { datasets: DatasetSummary[] }).datasets
      if (!list.length) io.print(io.t('survey.cli.noDatasets'))
      for (const d of list)
        io.print(
          `${d.name.padEnd(24)} ${io.t('survey.cli.datasetLine', { rows: d.rows, variables: d.variables, version: d.recipeVersion, steps: d.steps })}${d.waves.length ? `  ${io.t('survey.cli.waves', { waves: d.waves })}` : ''}`
        )
    }
  },
  {
    words: ['survey', 'profile'],
    usage: PROFILE_USAGE,
    summary: 'cli.summary.surveyProfile',
    valueOptions: ['dataset'],
    repeatable: ['variable'],
    project: 'project',
    readonly: true,
    run(args, ctx) {
      const variables = optList(args, 'variable')
      return profileDataset(ctx!, dataset(args, PROFILE_USAGE), { layer: flag(args, 'raw') ? 'raw' : 'clean', variables: variables.length ? variables : undefined })
    },
    human(r, io) {
      const p = r as DatasetProfile
      io.print(io.t('survey.cli.profileHead', { dataset: p.dataset, layer: p.layer, rows: p.rows }))
      for (const v of p.variables) {
        io.print(`${v.name} [${v.type}] ${io.t('survey.cli.missingDistinct', { missing: v.missing, distinct: v.distinct })}${v.label && v.label !== v.name ? ` — ${v.label}` : ''}`)
        if (v.numeric) io.print(`    min ${v.numeric.min}  median ${v.numeric.median}  mean ${v.numeric.mean.toFixed(2)}  max ${v.numeric.max}`)
        for (const c of v.counts?.slice(0, 12) ?? [])
          io.print(`    ${String(c.count).padStart(6)}  ${c.label}${c.missing ? ` (${io.t('survey.cli.missingTag')})` : c.nonSubstantive ? ` (${io.t('survey.cli.nonSubstantiveTag')})` : ''}`)
      }
    }
  },
  {
    words: ['survey', 'recipe'],
    usage: RECIPE_USAGE,
    summary: 'cli.summary.surveyRecipe',
    valueOptions: ['dataset'],
    project: 'project',
    readonly: true,
    // No human form: the recipe is printed as JSON with or without --json, so a redirect gives a file apply accepts.
    run: (args, ctx) => recipeDocument(ctx!, dataset(args, RECIPE_USAGE))
  },
  {
    words: ['survey', 'export'],
    usage: EXPORT_USAGE,
    summary: 'cli.summary.surveyExport',
    valueOptions: ['dataset', 'out', 'dialect', 'identifiers'],
    project: 'project',
    readonly: true,
    async run(args, ctx, io) {
      const out = need(opt(args, 'out'), '--out FILE', EXPORT_USAGE)
      const r = await exportDataset(ctx!, dataset(args, EXPORT_USAGE), out, {
        labels: flag(args, 'labels'),
        dialect: csvDialect(args),
        bom: flag(args, 'bom'),
        identifiers: identifierPolicy(args),
        locale: io.locale
      })
      return { ...r, notes: r.notes.map((n) => io.t(n.key as MessageKey, n.params)) }
    },
    human(r, io) {
      const x = r as ExportResult & { notes: string[] }
      io.print(io.t('dataExport.done', { dataset: x.dataset, rows: x.rows, variables: x.variables, file: x.file }))
      if (x.omitted.length) io.print(`  ${io.t('dataExport.omitted', { names: x.omitted.join(', ') })}`)
      if (x.pseudonymised.length) io.print(`  ${io.t('dataExport.pseudonymised', { names: x.pseudonymised.join(', ') })}`)
      for (const n of x.notes) io.print(`  ! ${n}`)
    }
  },
  {
    words: ['survey', 'dictionary'],
    usage: DICTIONARY_USAGE,
    summary: 'cli.summary.surveyDictionary',
    valueOptions: ['dataset', 'out', 'identifiers'],
    project: 'project',
    readonly: true,
    run(args, ctx, io) {
      const out = need(opt(args, 'out'), '--out FILE.xlsx', DICTIONARY_USAGE)
      return exportDictionary(ctx!, dataset(args, DICTIONARY_USAGE), out, { locale: io.locale, identifiers: identifierPolicy(args) })
    },
    human(r, io) {
      const x = r as { dataset: string; file: string; variables: number }
      io.print(io.t('dataExport.dictionaryDone', { dataset: x.dataset, variables: x.variables, file: x.file }))
    }
  },
  {
    words: ['survey', 'apply'],
    usage: APPLY_USAGE,
    summary: 'cli.summary.surveyApply',
    valueOptions: ['dataset', 'recipe'],
    repeatable: ['map'],
    project: 'project',
    run(args, ctx, io) {
      const file = need(opt(args, 'recipe'), '--recipe FILE', APPLY_USAGE)
      const doc = readJsonFile(file, 'recipe')
      const a = applyRecipeDocument(ctx!, dataset(args, APPLY_USAGE), doc, parseMapArgs(optList(args, 'map')))
      return { ...a, steps: stepsJson(a, io), skipped: a.skipped.map((s) => ({ ...s, message: s.message ? word(io, s.message) : null })) }
    },
    human(r, io) {
      const a = r as ApplyRecipeResult & { steps: { op: string; status: string; affected: number; message: string | null }[] }
      io.print(io.t('survey.cli.applied', { version: a.version, dataset: a.dataset, rows: a.rows, total: a.totalRows, issues: a.issues }))
      for (const s of a.steps) io.print(`  ${s.op.padEnd(16)} ${s.status.padEnd(8)} ${String(s.affected).padStart(6)}${s.message ? `  ${s.message}` : ''}`)
      for (const m of a.mapping.filter((x) => x.from !== x.to))
        io.print(`  ${io.t('survey.cli.mapLine', { from: m.from, to: m.to ?? '—', how: m.how, score: m.score })}${m.review ? ` ${io.t('survey.cli.review')}` : ''}`)
    }
  },
  {
    words: ['survey', 'append'],
    usage: APPEND_USAGE,
    summary: 'cli.summary.surveyAppend',
    valueOptions: ['dataset', 'wave', 'sheet', 'base-wave'],
    repeatable: ['map', 'revert'],
    project: 'project',
    readonly: (args) => flag(args, 'preview'),
    async run(args, ctx, io) {
      const file = need(args.positionals[1], 'FILE', APPEND_USAGE)
      const opts = {
        wave: need(opt(args, 'wave'), '--wave W', APPEND_USAGE),
        sheet: opt(args, 'sheet'),
        map: parseMapArgs(optList(args, 'map')),
        baseWave: opt(args, 'base-wave'),
        revert: optList(args, 'revert')
      }
      const name = dataset(args, APPEND_USAGE)
      const r: WavePreview | AppendResult = flag(args, 'preview') ? await previewWave(ctx as Ctx, name, file, opts) : await appendWave(ctx as Ctx, name, file, opts)
      return {
        ...r,
        warnings: r.warnings.map((w) => word(io, w)),
        warningCodes: r.warnings,
        decisions: r.decisions.map((d) => ({ ...d, detail: word(io, d.detail), message: d.detail })),
        ...('steps' in r ? { steps: (r as AppendResult).steps.map((s) => ({ ...s, message: s.message ? word(io, s.message) : null })) } : {})
      }
    },
    human(r, io) {
      const a = r as AppendResult & WavePreview
      const done = 'id' in a
      io.print(io.t(done ? 'survey.cli.appended' : 'survey.cli.appendPreview', { wave: a.wave, dataset: a.dataset, rows: a.rows, total: a.totalRows ?? 0, clean: a.cleanRows ?? 0 }))
      for (const m of a.mapping)
        io.print(`  ${m.from.padEnd(32)} ← ${m.column ?? '—'}${m.how !== 'name' && m.to ? ` [${m.how} ${m.score}]` : ''}${m.review ? ` ${io.t('survey.cli.review')}` : ''}`)
      if (a.unused.length) io.print(`  ${io.t('survey.cli.unused', { columns: a.unused })}`)
      for (const s of a.affectedSteps) io.print(`  ${io.t('survey.cli.affectedStep', { op: s.op, variables: s.variables })}`)
    }
  },
  {
    words: ['survey', 'issues'],
    usage: ISSUES_USAGE,
    summary: 'cli.summary.surveyIssues',
    valueOptions: ['dataset'],
    project: 'project',
    readonly: true,
    run(args, ctx, io) {
      const x = issuesOf(ctx!, dataset(args, ISSUES_USAGE))
      return {
        ...x,
        issues: x.issues.map((i) => ({ ...i, message: word(io, i.message), messageCode: i.message })),
        exclusions: x.exclusions.map((e) => ({ ...e, reason: word(io, e.reason), reasonCode: e.reason }))
      }
    },
    human(r, io) {
      const x = r as { issues: { sheetRow: number; wave: string | null; severity: string; message: string }[]; exclusions: { sheetRow: number; wave: string | null; reason: string }[] }
      io.print(io.t('survey.cli.issuesHead', { issues: x.issues.length, excluded: x.exclusions.length }))
      for (const i of x.issues.slice(0, 200)) io.print(`  ${io.t('survey.cli.row', { row: i.sheetRow })}${i.wave ? ` (${i.wave})` : ''} ${i.severity}: ${i.message}`)
      for (const e of x.exclusions.slice(0, 200)) io.print(`  ${io.t('survey.cli.row', { row: e.sheetRow })}${e.wave ? ` (${e.wave})` : ''} ${io.t('survey.cli.excludedTag')}: ${e.reason}`)
    }
  },
  {
    words: ['survey', 'clusters'],
    usage: CLUSTERS_USAGE,
    summary: 'cli.summary.surveyClusters',
    valueOptions: ['dataset', 'variable', 'method', 'radius'],
    project: 'project',
    readonly: true,
    run(args, ctx) {
      const method = (opt(args, 'method') ?? 'fingerprint') as ClusterMethod
      if (!['fingerprint', 'ngram', 'levenshtein', 'accent'].includes(method)) throw new EsitiError('INVALID_INPUT', 'survey.cli.badMethod', { method })
      const radius = positiveInt(opt(args, 'radius'), '--radius')
      return clusterValues(ctx!, dataset(args, CLUSTERS_USAGE), need(opt(args, 'variable'), '--variable V', CLUSTERS_USAGE), { method, radius })
    },
    human(r, io) {
      const c = r as ClusterResult
      io.print(io.t('survey.cli.clustersHead', { count: c.clusters.length, variable: c.variable, method: c.method, distinct: c.distinct }))
      for (const k of c.clusters) io.print(`  → ${k.suggestion}: ${k.values.map((v) => `"${v.value}" (${v.count})`).join(', ')}`)
    }
  },
  {
    words: ['survey', 'step', 'add'],
    usage: STEP_USAGE,
    summary: 'cli.summary.surveyStepAdd',
    valueOptions: ['dataset', 'step', 'position'],
    project: 'project',
    run(args, ctx, io) {
      const raw = need(opt(args, 'step'), '--step JSON', STEP_USAGE)
      const step = raw.startsWith('@') ? readJsonFile(raw.slice(1), 'step') : parseJson(raw, '--step', 'step')
      const a = addStep(ctx!, dataset(args, STEP_USAGE), step, positiveInt(opt(args, 'position'), '--position'))
      return { ...a, steps: stepsJson(a, io) }
    },
    human: (r, io) => printApply(r as ApplyResult, io)
  },
  {
    words: ['survey', 'override'],
    usage: OVERRIDE_USAGE,
    summary: 'cli.summary.surveyOverride',
    valueOptions: ['dataset', 'variable', 'type', 'role', 'label'],
    repeatable: ['missing', 'non-substantive'],
    project: 'project',
    run(args, ctx, io) {
      const role = opt(args, 'role')
      if (role !== undefined && !['metadata', 'question', 'weight'].includes(role)) throw new EsitiError('INVALID_INPUT', 'survey.cli.badRole', { role })
      const nonSub = optList(args, 'non-substantive')
      const a = overrideVariable(ctx!, {
        dataset: dataset(args, OVERRIDE_USAGE),
        variable: need(opt(args, 'variable'), '--variable V', OVERRIDE_USAGE),
        ...(opt(args, 'type') ? { type: opt(args, 'type') as VariableType } : {}),
        ...(role ? { role: role as 'metadata' | 'question' | 'weight' } : {}),
        ...(opt(args, 'label') !== undefined ? { label: opt(args, 'label') } : {}),
        ...(optList(args, 'missing').length ? { missingCodes: optList(args, 'missing') } : {}),
        ...(nonSub.length || flag(args, 'include-non-substantive') ? { nonSubstantive: { values: nonSub, include: flag(args, 'include-non-substantive') } } : {})
      })
      return { ...a, steps: stepsJson(a, io) }
    },
    human: (r, io) => printApply(r as ApplyResult, io)
  },
  {
    words: ['survey', 'check'],
    usage: CHECK_USAGE,
    summary: 'cli.summary.surveyCheck',
    valueOptions: ['dataset', 'expression', 'position'],
    project: 'project',
    run(args, ctx, io) {
      const expression = need(opt(args, 'expression'), '--expression EXPR', CHECK_USAGE)
      const c = checkExpression(ctx!, dataset(args, CHECK_USAGE), expression, positiveInt(opt(args, 'position'), '--position'))
      if (!c.ok && c.error) throw new EsitiError('INVALID_INPUT', c.error.key as MessageKey, c.error.params, { position: c.position, length: c.length })
      return { ...c, help: word(io, c.help) }
    },
    human(r, io) {
      const c = r as { variables: string[]; help: string }
      io.print(io.t('survey.cli.expressionOk', { variables: c.variables.length ? c.variables : ['—'] }))
      io.print(c.help)
    }
  }
]
