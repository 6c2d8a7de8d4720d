import type { Msg } from '../../../shared/messages'
import type { IdentifierPolicy } from '../../services/survey/export/identifiers'
import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import type { IndicatorResultDto, TableModelDto } from '../../../shared/ipc/indicators'
import { computeIndicators } from '../../services/indicators/compute-indicators'
import { createIndicators, deleteIndicators } from '../../services/indicators/indicator-service'
import type { Locale } from '../../services/indicators/labels'
import { exportReport } from '../../services/report/excel-export'
import { buildReportModel, computeTables } from '../../services/report/report-model'
import { createTables } from '../../services/report/table-service'
import { flag, opt, optList, type CommandSpec, type CliIo, type ParsedArgs } from '../command'
import type { StatsRequest } from '../../services/report/table-builder'

/** The report's language: the one asked for with --locale, else Italian (the CLI's own messages default to English). */
const reportLocale = (io: CliIo): Locale => io.chosenLocale ?? 'it'

/** --ci, --tests and --min-base N: statistics for every table. */
function statsRequest(args: ParsedArgs): StatsRequest {
  const raw = opt(args, 'min-base')
  let minBase: number | null = null
  if (raw !== undefined) {
    const n = Number(raw)
    if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new EsitiError('INVALID_INPUT', 'report.cli.badMinBase', { value: raw })
    minBase = n
  }
  return { ci: flag(args, 'ci'), tests: flag(args, 'tests'), minBase }
}

/** A table as `tables list --json` prints it: each cell with its base n; ci and sig when asked for. */
function tableJson(t: TableModelDto, asked: StatsRequest) {
  const ci = asked.ci || t.stats.ci
  const tests = asked.tests || t.stats.tests
  return {
    ...t,
    rows: t.rows.map((r) => ({
      ...r,
      cells: r.cells.map((c) => ({
        value: c.value,
        format: c.format,
        n: c.n,
        ...(c.neff !== undefined ? { neff: c.neff } : {}),
        ...(ci ? { ci: c.ci ?? null } : {}),
        ...(tests ? { sig: c.sig ?? [] } : {}),
        ...(c.flags?.length ? { flags: c.flags } : {})
      }))
    }))
  }
}

function readJson(file: string | undefined, usage: string): unknown[] {
  if (!file) throw new EsitiError('INVALID_INPUT', 'indicators.cli.missingFile', { usage })
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    throw new EsitiError('NOT_FOUND', 'indicators.cli.fileNotFound', { file })
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new EsitiError('INVALID_INPUT', 'indicators.cli.badJson', { file: path.basename(file), detail: (e as Error).message })
  }
  return Array.isArray(data) ? data : [data]
}

/** The CLI contract's indicator object (plus provenance and target status). */
function indicatorJson(r: IndicatorResultDto) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    source: r.source,
    sdg: r.sdg,
    sdgTargets: r.sdgTargets,
    value: r.value,
    n: r.n,
    missing: r.missing,
    weightedN: r.weightedN,
    unit: r.unit,
    format: r.format,
    target: r.target,
    baseline: r.baseline,
    status: r.status,
    ...(r.message ? { message: r.message } : {}),
    achievement: r.achievement,
    ...(r.estimate ? { ci: r.estimate.ci, ...(r.estimate.neff !== null ? { neff: r.estimate.neff } : {}) } : {}),
    breakdown: r.breakdown.map((b) => ({ by: b.by, group: b.group, value: b.value, n: b.n, missing: b.missing, ...(b.estimate ? { ci: b.estimate.ci } : {}) })),
    ...(r.series.length ? { series: r.series, seriesLabels: r.seriesLabels } : {}),
    ...(r.crosstab ? { crosstab: r.crosstab } : {}),
    provenance: r.provenance
  }
}

const show = (v: number | null, format: string): string =>
  v === null ? '—' : format === 'percent' ? `${v.toFixed(1)}%` : format === 'decimal' ? v.toFixed(2) : String(Math.round(v * 100) / 100)

const indicatorCommands: CommandSpec[] = [
  {
    words: ['indicators'],
    usage: 'indicators PROJECT [--code CODE]… [--locale it|en] [--json]',
    summary: 'cli.summary.indicators',
    repeatable: ['code'],
    project: 'project',
    readonly: true,
    run(args, ctx, io) {
      const codes = optList(args, 'code')
      const results = computeIndicators(ctx!, { locale: reportLocale(io), ids: codes.length ? codes : undefined })
      return { indicators: results.map(indicatorJson) }
    },
    human(r, io) {
      for (const i of (r as { indicators: ReturnType<typeof indicatorJson>[] }).indicators)
        io.print(
          `${i.code.padEnd(8)} ${show(i.value, i.format).padStart(10)}  n=${String(i.n).padEnd(6)} ${i.status === 'ok' ? '' : io.t('indicators.cli.error', { message: i.message ?? '' }) + '  '}${i.name}`
        )
    }
  },
  {
    words: ['indicators', 'add'],
    usage: 'indicators add PROJECT FILE.json [--json]',
    summary: 'cli.summary.indicatorsAdd',
    project: 'project',
    run(args, ctx) {
      const defs = createIndicators(ctx!, readJson(args.positionals[1], 'indicators add PROJECT FILE.json'))
      return { indicators: defs.map((d) => ({ id: d.id, code: d.code, name: d.name })) }
    },
    human: (r, io) => io.print(io.t('indicators.cli.added', { count: (r as { indicators: unknown[] }).indicators.length }))
  },
  {
    words: ['indicators', 'remove'],
    usage: 'indicators remove PROJECT CODE… [--json]',
    summary: 'cli.summary.indicatorsRemove',
    project: 'project',
    run(args, ctx) {
      const codes = args.positionals.slice(1)
      if (!codes.length) throw new EsitiError('INVALID_INPUT', 'indicators.cli.giveCode')
      return deleteIndicators(ctx!, codes)
    }
  },
  {
    words: ['tables', 'add'],
    usage: 'tables add PROJECT FILE.json [--json]',
    summary: 'cli.summary.tablesAdd',
    project: 'project',
    run(args, ctx) {
      const ids = createTables(ctx!, readJson(args.positionals[1], 'tables add PROJECT FILE.json'))
      return { tables: ids.length, ids }
    }
  },
  {
    words: ['tables', 'list'],
    usage: 'tables list PROJECT [--ci] [--tests] [--min-base N] [--locale it|en] [--json]',
    summary: 'cli.summary.tablesList',
    valueOptions: ['min-base'],
    project: 'project',
    readonly: true,
    run(args, ctx, io) {
      const stats = statsRequest(args)
      const { tables } = computeTables(ctx!, { locale: reportLocale(io), stats })
      return { tables: tables.map((t) => tableJson(t, stats)) }
    },
    human(r, io) {
      for (const t of (r as { tables: { label: string; title: string; status: string; message?: string }[] }).tables)
        io.print(`${t.label.padEnd(6)} ${t.status === 'ok' ? '' : io.t('indicators.cli.error', { message: t.message ?? '' }) + '  '}${t.title}`)
    }
  },
  {
    words: ['sdg'],
    usage: 'sdg PROJECT [--locale it|en] [--json]',
    summary: 'cli.summary.sdg',
    project: 'project',
    readonly: true,
    run: (_args, ctx, io) => buildReportModel(ctx!, { locale: reportLocale(io) }).sdg
  },
  {
    words: ['export'],
    usage:
      'export PROJECT --out FILE.xlsx [--docx FILE.docx] [--ci] [--tests] [--min-base N] [--csv DIR] [--with-data [--identifiers omit|hash|keep]] [--locale it|en] [--delimiter ";"|","] [--json]',
    summary: 'cli.summary.export',
    valueOptions: ['out', 'docx', 'csv', 'delimiter', 'min-base', 'identifiers'],
    project: 'project',
    readonly: true,
    async run(args, ctx, io) {
      const out = opt(args, 'out')
      if (!out) throw new EsitiError('INVALID_INPUT', 'report.cli.missingOut')
      const delimiter = opt(args, 'delimiter')
      if (delimiter !== undefined && delimiter !== ';' && delimiter !== ',') throw new EsitiError('INVALID_INPUT', 'report.cli.badDelimiter', { value: delimiter })
      return exportReport(ctx!, {
        out,
        docx: opt(args, 'docx'),
        csvDir: opt(args, 'csv'),
        withData: flag(args, 'with-data'),
        identifiers: identifierPolicy(opt(args, 'identifiers')),
        locale: reportLocale(io),
        delimiter,
        stats: statsRequest(args)
      })
    },
    human(r, io) {
      const x = r as { file: string; docx?: string; sheets: number; tables: number; charts: number; warnings: Msg[] }
      io.print(io.t('report.cli.wrote', { file: x.file, sheets: x.sheets, tables: x.tables, charts: x.charts }))
      if (x.docx) io.print(io.t('report.cli.wroteDocx', { file: x.docx }))
      for (const w of x.warnings) io.print(io.t('report.cli.warning', { text: io.msg(w) }))
    }
  }
]

/** What the data sheets do with identifier variables; omitted unless the user asks. */
function identifierPolicy(v: string | undefined): IdentifierPolicy | undefined {
  if (v === undefined) return undefined
  if (v !== 'omit' && v !== 'hash' && v !== 'keep') throw new EsitiError('INVALID_INPUT', 'report.cli.badIdentifiers', { value: v })
  return v
}

export const commands: CommandSpec[] = indicatorCommands
