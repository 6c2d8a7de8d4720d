import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import type { IndicatorResultDto } from '../../../shared/ipc/indicators'
import { computeIndicators } from '../../services/indicators/compute-indicators'
import { createIndicators, deleteIndicators } from '../../services/indicators/indicator-service'
import type { Locale } from '../../services/indicators/labels'
import { exportReport } from '../../services/report/excel-export'
import { buildReportModel } from '../../services/report/report-model'
import { createTables } from '../../services/report/table-service'
import { flag, opt, optList, type CommandSpec } from '../command'


function locale(v: string | undefined): Locale {
  if (v === undefined || v === 'it' || v === 'en') return v ?? 'it'
  throw new EsitiError('INVALID_INPUT', `--locale must be "it" or "en", got "${v}"`)
}

function readJson(file: string | undefined, usage: string): unknown[] {
  if (!file) throw new EsitiError('INVALID_INPUT', `Missing FILE. Usage: esiti ${usage}`)
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    throw new EsitiError('NOT_FOUND', `File not found: ${file}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new EsitiError('INVALID_INPUT', `${path.basename(file)} is not valid JSON: ${(e as Error).message}`)
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
    breakdown: r.breakdown.map((b) => ({ by: b.by, group: b.group, value: b.value, n: b.n, missing: b.missing })),
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
    summary: 'Compute every indicator (value, base n, missing, breakdowns); a broken one carries status "error" and a message.',
    valueOptions: ['locale'],
    repeatable: ['code'],
    project: 'project',
    run(args, ctx) {
      const codes = optList(args, 'code')
      const results = computeIndicators(ctx!, { locale: locale(opt(args, 'locale')), ids: codes.length ? codes : undefined })
      return { indicators: results.map(indicatorJson) }
    },
    human(r, io) {
      for (const i of (r as { indicators: ReturnType<typeof indicatorJson>[] }).indicators)
        io.print(
          `${i.code.padEnd(8)} ${show(i.value, i.format).padStart(10)}  n=${String(i.n).padEnd(6)} ${i.status === 'ok' ? '' : 'ERROR ' + i.message + '  '}${i.name}`
        )
    }
  },
  {
    words: ['indicators', 'add'],
    usage: 'indicators add PROJECT FILE.json [--json]',
    summary: 'Add indicators from a JSON file (one object or an array): code, name, spec, disaggregations, sdgs, target…',
    project: 'project',
    run(args, ctx) {
      const defs = createIndicators(ctx!, readJson(args.positionals[1], 'indicators add PROJECT FILE.json'))
      return { indicators: defs.map((d) => ({ id: d.id, code: d.code, name: d.name })) }
    },
    human: (r, io) => io.print(`Added ${(r as { indicators: unknown[] }).indicators.length} indicator(s)`)
  },
  {
    words: ['indicators', 'remove'],
    usage: 'indicators remove PROJECT CODE… [--json]',
    summary: 'Delete indicators (and their SDG links and joint displays); undoable.',
    project: 'project',
    run(args, ctx) {
      const codes = args.positionals.slice(1)
      if (!codes.length) throw new EsitiError('INVALID_INPUT', 'Give at least one indicator CODE.')
      return deleteIndicators(ctx!, codes)
    }
  },
  {
    words: ['tables', 'add'],
    usage: 'tables add PROJECT FILE.json [--json]',
    summary: 'Add report tables from a JSON file: section, title, spec (rows: indicators | categories | items), chart.',
    project: 'project',
    run(args, ctx) {
      const ids = createTables(ctx!, readJson(args.positionals[1], 'tables add PROJECT FILE.json'))
      return { tables: ids.length, ids }
    }
  },
  {
    words: ['tables', 'list'],
    usage: 'tables list PROJECT [--locale it|en] [--json]',
    summary: 'The report tables as computed now (rows, cells, notes, status).',
    valueOptions: ['locale'],
    project: 'project',
    run: (args, ctx) => ({ tables: buildReportModel(ctx!, { locale: locale(opt(args, 'locale')) }).tables }),
    human(r, io) {
      for (const t of (r as { tables: { label: string; title: string; status: string; message?: string }[] }).tables)
        io.print(`${t.label.padEnd(6)} ${t.status === 'ok' ? '' : 'ERROR ' + t.message + '  '}${t.title}`)
    }
  },
  {
    words: ['sdg'],
    usage: 'sdg PROJECT [--locale it|en] [--json]',
    summary: 'SDG overview: for each goal its indicators, value against target.',
    valueOptions: ['locale'],
    project: 'project',
    run: (args, ctx) => buildReportModel(ctx!, { locale: locale(opt(args, 'locale')) }).sdg
  },
  {
    words: ['export'],
    usage: 'export PROJECT --out FILE.xlsx [--csv DIR] [--with-data] [--locale it|en] [--delimiter ";"|","] [--json]',
    summary: 'Write the report workbook (index, indicators, one sheet per section with charts, SDG, methods) and optional CSVs.',
    valueOptions: ['out', 'csv', 'locale', 'delimiter'],
    project: 'project',
    async run(args, ctx) {
      const out = opt(args, 'out')
      if (!out) throw new EsitiError('INVALID_INPUT', 'Missing --out FILE.xlsx')
      const delimiter = opt(args, 'delimiter')
      if (delimiter !== undefined && delimiter !== ';' && delimiter !== ',')
        throw new EsitiError('INVALID_INPUT', '--delimiter must be ";" or ","')
      return exportReport(ctx!, {
        out,
        csvDir: opt(args, 'csv'),
        withData: flag(args, 'with-data'),
        locale: locale(opt(args, 'locale')),
        delimiter
      })
    },
    human(r, io) {
      const x = r as { file: string; sheets: number; tables: number; charts: number; warnings: string[] }
      io.print(`Wrote ${x.file}: ${x.sheets} sheets, ${x.tables} tables, ${x.charts} charts`)
      for (const w of x.warnings) io.print(`  warning: ${w}`)
    }
  }
]

export const commands: CommandSpec[] = indicatorCommands
