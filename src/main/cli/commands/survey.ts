import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import type { MessageKey } from '../../../shared/messages'
import type { Ctx } from '../../services/context'
import { parseMapArgs } from '../../services/survey/import/column-mapping'
import { importSurvey, previewImport, type ImportSummary } from '../../services/survey/import/import'
import { profileDataset, type DatasetProfile } from '../../services/survey/browse/profile'
import { clusterValues, type ClusterMethod, type ClusterResult } from '../../services/survey/recipe/cluster'
import { applyRecipeDocument, issuesOf, recipeDocument, type ApplyRecipeResult } from '../../services/survey/recipe/service'
import { listDatasets, type DatasetSummary } from '../../services/survey/survey-service'
import { appendWave, previewWave, type AppendResult, type WavePreview } from '../../services/survey/import/waves'
import { exportDataset, exportDictionary, type ExportResult } from '../../services/survey/export/export-service'
import type { IdentifierPolicy } from '../../services/survey/export/identifiers'
import type { CsvDialect } from '../../services/survey/export/csv-export'
import { flag, opt, optList, type CliIo, type CommandSpec, type ParsedArgs } from '../command'

const need = (v: string | undefined, what: string, usage: string): string => {
  if (v === undefined || v === '') throw new EsitiError('INVALID_INPUT', `Missing ${what}. Usage: esiti ${usage}`)
  return v
}

const IMPORT_USAGE = 'survey import PROJECT FILE [--sheet NAME] [--dataset NAME] [--wave W] [--preview] [--json]'
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
const APPEND_USAGE = 'survey append PROJECT --dataset NAME FILE --wave W [--sheet NAME] [--map old=new]… [--base-wave W] [--preview] [--json]'
const LIST_USAGE = 'survey list PROJECT [--json]'
const ISSUES_USAGE = 'survey issues PROJECT --dataset NAME [--json]'
const CLUSTERS_USAGE = 'survey clusters PROJECT --dataset NAME --variable V [--method fingerprint|ngram|levenshtein|accent] [--radius N] [--json]'

function importJson(r: ImportSummary): Record<string, unknown> {
  return {
    dataset: r.dataset,
    id: r.id,
    rows: r.rows,
    headerRows: r.headerRows,
    variables: r.variables.map((v) => ({
      name: v.name,
      label: v.label,
      type: v.type,
      role: v.role,
      missing: v.missing,
      distinct: v.distinct,
      ...(v.valueLabels.length ? { valueLabels: v.valueLabels.map((l) => l.value) } : {}),
      ...(v.missingCodes.length ? { missingCodes: v.missingCodes } : {}),
      ...(v.options ? { options: v.options } : {})
    })),
    warnings: r.warnings,
    platform: r.platform,
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

function printImport(r: Record<string, unknown>, io: CliIo): void {
  const x = r as unknown as ReturnType<typeof importJson> & { variables: { name: string; type: string; missing: number; distinct: number; label: string | null }[]; warnings: string[] }
  io.print(`${x.preview ? 'Preview of' : 'Imported'} "${x.dataset}": ${x.rows} rows, ${x.variables.length} variables (${x.platform}, header rows ${(x.headerRows as number[]).join(', ') || 'none'})`)
  for (const v of x.variables) io.print(`  ${v.name.padEnd(32)} ${v.type.padEnd(9)} missing ${String(v.missing).padStart(5)}  distinct ${v.distinct}`)
  for (const w of x.warnings) io.print(`  ! ${w}`)
}

function readRecipeFile(file: string): unknown {
  let text: string
  try {
    text = fs.readFileSync(path.resolve(file), 'utf8')
  } catch {
    throw new EsitiError('NOT_FOUND', `Recipe file not found: ${file}`)
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new EsitiError('INVALID_INPUT', `${path.basename(file)} is not valid JSON: ${(e as Error).message.split('\n')[0]}`)
  }
}

const dataset = (args: ParsedArgs, usage: string): string => need(opt(args, 'dataset'), '--dataset NAME', usage)

export const commands: CommandSpec[] = [
  {
    words: ['survey', 'import'],
    usage: IMPORT_USAGE,
    summary: 'Import a questionnaire export (.xlsx, .ods, .xls, .csv, .tsv, SPSS .sav) as a dataset; --preview shows what would happen.',
    valueOptions: ['sheet', 'dataset', 'wave'],
    project: 'project',
    readonly: (args) => flag(args, 'preview'),
    async run(args, ctx) {
      const file = need(args.positionals[1], 'FILE', IMPORT_USAGE)
      const opts = { sheet: opt(args, 'sheet'), dataset: opt(args, 'dataset'), wave: opt(args, 'wave') }
      const r = flag(args, 'preview') ? await previewImport(file, opts, ctx!.progress) : await importSurvey(ctx!, file, opts)
      return importJson(r)
    },
    human: (r, io) => printImport(r as Record<string, unknown>, io)
  },
  {
    words: ['survey', 'list'],
    usage: LIST_USAGE,
    summary: 'Questionnaire datasets with rows, variables, waves and recipe version.',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => ({ datasets: listDatasets(ctx!) }),
    human(r, io) {
      const list = (r as { datasets: DatasetSummary[] }).datasets
      if (!list.length) io.print('No datasets.')
      for (const d of list)
        io.print(`${d.name.padEnd(24)} ${String(d.rows).padStart(6)} rows  ${String(d.variables).padStart(3)} variables  recipe v${d.recipeVersion} (${d.steps} steps)${d.waves.length ? `  waves ${d.waves.join(', ')}` : ''}`)
    }
  },
  {
    words: ['survey', 'profile'],
    usage: PROFILE_USAGE,
    summary: 'Per-variable profile: missing, distinct, value counts (categorical), distribution (numeric).',
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
      io.print(`"${p.dataset}" (${p.layer}): ${p.rows} rows`)
      for (const v of p.variables) {
        io.print(`${v.name} [${v.type}] missing ${v.missing}, distinct ${v.distinct}${v.label && v.label !== v.name ? ` — ${v.label}` : ''}`)
        if (v.numeric) io.print(`    min ${v.numeric.min}  median ${v.numeric.median}  mean ${v.numeric.mean.toFixed(2)}  max ${v.numeric.max}`)
        for (const c of v.counts?.slice(0, 12) ?? []) io.print(`    ${String(c.count).padStart(6)}  ${c.label}${c.missing ? ' (missing)' : ''}`)
      }
    }
  },
  {
    words: ['survey', 'recipe'],
    usage: RECIPE_USAGE,
    summary: "Print a dataset's cleaning recipe as the JSON `survey apply --recipe` reads (always JSON: `> recipe.json` saves it).",
    valueOptions: ['dataset'],
    project: 'project',
    readonly: true,
    // No human form: the recipe is printed as JSON with or without --json, so a redirect gives a file apply accepts.
    run: (args, ctx) => recipeDocument(ctx!, dataset(args, RECIPE_USAGE))
  },
  {
    words: ['survey', 'export'],
    usage: EXPORT_USAGE,
    summary:
      'Write the clean data: .xlsx (data + dictionary sheets), .csv (--dialect standard: comma, UTF-8; excel-it: semicolon, decimal comma, BOM) or SPSS .sav (labels, missing values, levels). Identifiers are left out unless --identifiers hash|keep.',
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
    summary: 'Write the data dictionary (.xlsx): name, label, type, values, missing codes and the recipe steps that changed each variable.',
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
    summary: 'Apply a recipe file to a dataset (columns are matched by name and label; --map old=new overrides).',
    valueOptions: ['dataset', 'recipe'],
    repeatable: ['map'],
    project: 'project',
    run(args, ctx) {
      const file = need(opt(args, 'recipe'), '--recipe FILE', APPLY_USAGE)
      const doc = readRecipeFile(file)
      return applyRecipeDocument(ctx!, dataset(args, APPLY_USAGE), doc, parseMapArgs(optList(args, 'map')))
    },
    human(r, io) {
      const a = r as ApplyRecipeResult
      io.print(`Recipe v${a.version} applied to "${a.dataset}": ${a.rows} of ${a.totalRows} rows kept, ${a.issues} issue(s)`)
      for (const s of a.steps) io.print(`  ${s.op.padEnd(14)} ${s.status.padEnd(8)} ${String(s.affected).padStart(6)}${s.message ? `  ${s.message}` : ''}`)
      for (const m of a.mapping.filter((x) => x.from !== x.to)) io.print(`  map ${m.from} → ${m.to ?? '(none)'} (${m.how} ${m.score})`)
    }
  },
  {
    words: ['survey', 'append'],
    usage: APPEND_USAGE,
    summary: 'Append a file as the next wave of a dataset, mapping drifted columns; the recipe is replayed on all waves.',
    valueOptions: ['dataset', 'wave', 'sheet', 'base-wave'],
    repeatable: ['map'],
    project: 'project',
    readonly: (args) => flag(args, 'preview'),
    async run(args, ctx) {
      const file = need(args.positionals[1], 'FILE', APPEND_USAGE)
      const opts = {
        wave: need(opt(args, 'wave'), '--wave W', APPEND_USAGE),
        sheet: opt(args, 'sheet'),
        map: parseMapArgs(optList(args, 'map')),
        baseWave: opt(args, 'base-wave')
      }
      const name = dataset(args, APPEND_USAGE)
      return flag(args, 'preview') ? previewWave(ctx as Ctx, name, file, opts) : appendWave(ctx as Ctx, name, file, opts)
    },
    human(r, io) {
      const a = r as AppendResult & WavePreview
      io.print(`${'id' in a ? 'Appended' : 'Preview of'} wave "${a.wave}" to "${a.dataset}": ${a.rows} rows${'totalRows' in a ? ` (dataset now ${a.totalRows} rows, ${a.cleanRows} after cleaning)` : ''}`)
      for (const m of a.mapping) io.print(`  ${m.from.padEnd(32)} ← ${m.column ?? '(no column)'}${m.how !== 'name' && m.to ? ` [${m.how} ${m.score}]` : ''}`)
      if (a.unused.length) io.print(`  unused columns: ${a.unused.join('; ')}`)
      for (const s of a.affectedSteps) io.print(`  step ${s.op} uses ${s.variables.join(', ')}, absent in this wave`)
    }
  },
  {
    words: ['survey', 'issues'],
    usage: ISSUES_USAGE,
    summary: 'Validation issues and excluded rows of a dataset (from its recipe).',
    valueOptions: ['dataset'],
    project: 'project',
    readonly: true,
    run: (args, ctx) => issuesOf(ctx!, dataset(args, ISSUES_USAGE)),
    human(r, io) {
      const x = r as ReturnType<typeof issuesOf>
      io.print(`${x.issues.length} issue(s), ${x.exclusions.length} excluded row(s)`)
      for (const i of x.issues.slice(0, 200)) io.print(`  row ${i.sheetRow}${i.wave ? ` (${i.wave})` : ''} ${i.severity}: ${i.message}`)
      for (const e of x.exclusions.slice(0, 200)) io.print(`  row ${e.sheetRow}${e.wave ? ` (${e.wave})` : ''} excluded: ${e.reason}`)
    }
  },
  {
    words: ['survey', 'clusters'],
    usage: CLUSTERS_USAGE,
    summary: 'Groups of similar spellings in a variable (candidates for a recode step).',
    valueOptions: ['dataset', 'variable', 'method', 'radius'],
    project: 'project',
    readonly: true,
    run(args, ctx) {
      const method = (opt(args, 'method') ?? 'fingerprint') as ClusterMethod
      if (!['fingerprint', 'ngram', 'levenshtein', 'accent'].includes(method))
        throw new EsitiError('INVALID_INPUT', `--method must be fingerprint, ngram, levenshtein or accent, not "${method}".`)
      const radius = opt(args, 'radius')
      if (radius !== undefined && !/^\d+$/.test(radius)) throw new EsitiError('INVALID_INPUT', '--radius must be a whole number.')
      return clusterValues(ctx!, dataset(args, CLUSTERS_USAGE), need(opt(args, 'variable'), '--variable V', CLUSTERS_USAGE), {
        method,
        radius: radius ? Number(radius) : undefined
      })
    },
    human(r, io) {
      const c = r as ClusterResult
      io.print(`${c.clusters.length} cluster(s) in ${c.variable} (${c.method}, ${c.distinct} distinct values)`)
      for (const k of c.clusters) io.print(`  → ${k.suggestion}: ${k.values.map((v) => `"${v.value}" (${v.count})`).join(', ')}`)
    }
  }
]
