import { EsitiError } from '../../../shared/errors'
import { msg, type MessageKey } from '../../../shared/messages'
import type {
  AgreementDto,
  AgreementLevel,
  AgreementUnit,
  DecisionKind,
  DecisionResultDto,
  DisagreementsDto,
  MergeReportDto,
  RefiExportDto,
  RefiImportDto
} from '../../../shared/ipc/team'
import { projectAgreement } from '../../services/team/agreement/project-agreement'
import { mergePreview, mergeProject } from '../../services/team/merge/merge'
import { exportQdc, exportQdpx } from '../../services/team/refi/export'
import { importQdc } from '../../services/team/refi/import-qdc'
import { importQdpx } from '../../services/team/refi/import-qdpx'
import { decide } from '../../services/team/review/decide'
import { disagreements } from '../../services/team/review/disagreements'
import { flag, opt, type CliIo, type CommandSpec, type ParsedArgs } from '../command'

const pct = (x: number | null, io: CliIo): string => io.num(x, 1)

function printAgreement(r: AgreementDto, io: CliIo): void {
  const coders = r.coders.map((c) => c.name).join(', ')
  const unit = io.t(`agreement.unitNames.${r.unit}`)
  io.print(
    r.unit === 'character'
      ? io.t('cli.agreement.scope', { coders, unit })
      : io.t('cli.agreement.scopeLevel', { coders, unit, level: io.t(`agreement.levelName.${r.level}`) })
  )
  io.print(io.t('cli.agreement.counts', { sources: r.sources.length, codes: r.codes.length }))
  io.print(io.t('cli.agreement.overall', { percent: pct(r.percent, io), kappa: io.num(r.kappa), alpha: io.num(r.alpha) }))
  if (r.unit === 'character')
    io.print(
      io.t('cli.agreement.codedOnly', { percent: pct(r.percentCodedOnly, io), kappa: io.num(r.kappaCodedOnly), mean: io.num(r.meanSourceKappa) })
    )
  else if (r.units)
    io.print(io.t('cli.agreement.units', { kind: unit, count: r.units.count, pairable: r.units.pairable, missing: r.units.missing }))
  io.print(
    io.t('cli.agreement.segments', { pct: Math.round(r.segments.threshold * 100), percent: pct(r.segments.percent, io), kappa: io.num(r.segments.kappa) })
  )
  io.print('')
  const width = Math.min(40, Math.max(6, ...r.perCode.map((c) => c.path.length)))
  io.print(`${io.t('cli.agreement.colCode').padEnd(width)}  ${io.t('cli.agreement.colPercent').padStart(9)}  ${'kappa'.padStart(7)}  ${'alpha'.padStart(7)}`)
  for (const c of r.perCode)
    io.print(`${c.path.slice(0, width).padEnd(width)}  ${pct(c.percent, io).padStart(9)}  ${io.num(c.kappa).padStart(7)}  ${io.num(c.alpha).padStart(7)}`)
  io.print('')
  io.print(io.msg(r.explanation.kappa))
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined
  if (!allowed.includes(value as T)) throw new EsitiError('INVALID_INPUT', 'cli.badChoice', { option: name, values: [...allowed] })
  return value as T
}

function printImport(r: RefiImportDto, io: CliIo): void {
  io.print(r.origin ? io.t('cli.refi.importedFrom', { file: r.file, origin: r.origin }) : io.t('cli.refi.imported', { file: r.file }))
  const { sources, codes, codings, cases, variables, memos, coders, skipped } = r
  io.print(`  ${io.t('cli.refi.counts', { sources, codes, codings, cases, variables, memos, coders, skipped })}`)
  for (const d of r.dialects.filter((x) => x.total > 0))
    io.print(
      `  ${io.t('cli.refi.dialect', {
        source: d.source,
        dialect: msg(`cli.refi.dialect.${d.dialect}`),
        aligned: d.aligned,
        total: d.total,
        verified: d.verified,
        named: d.named ? msg('cli.refi.named', { matches: d.quoteMatches, named: d.named }) : ''
      })}`
    )
  for (const w of r.warnings) io.print(`  ! ${io.msg(w)}`)
  for (const u of r.unanchoredSelections.slice(0, 50))
    io.print(`  ${io.t('cli.refi.unanchored', { source: u.source, start: u.start, end: u.end, codes: u.codes.join(', '), reason: u.reason })}`)
  if (r.unanchoredSelections.length > 50) io.print(`  ${io.t('cli.refi.more', { n: r.unanchoredSelections.length - 50 })}`)
}

function printExport(r: RefiExportDto, io: CliIo): void {
  io.print(io.t('cli.refi.wrote', { file: r.file, sources: r.sources, codes: r.codes, codings: r.codings, cases: r.cases, notes: r.notes }))
}

function printMerge(r: MergeReportDto, io: CliIo): void {
  io.print(io.msg(r.summary))
  for (const p of r.proposals)
    io.print(
      `  ${io.t('cli.merge.proposal', {
        kind: msg(p.kind === 'code' ? 'entity.code' : 'entity.case'),
        theirs: p.otherName,
        ours: p.localName,
        state: r.accepted.includes(p.otherId) ? msg('cli.merge.accepted') : msg('cli.merge.acceptWith', { id: p.otherId })
      })}`
    )
  for (const c of r.conflicts) io.print(`  ${io.t('cli.merge.conflict', { message: c.message })}`)
}

function printDisagreements(r: DisagreementsDto, io: CliIo): void {
  const [a, b] = r.coders
  const n = r.counts
  io.print(io.t('cli.review.head', { code: r.code.path, a: a.name, b: b.name, boundaries: n.boundaries, onlyA: n.only_a, onlyB: n.only_b, agree: n.agree }))
  for (const i of r.items) {
    const decided = i.decision ? io.t('cli.review.decided', { decision: msg(`cli.review.decision.${i.decision}`) }) : ''
    io.print(`- ${i.source} ${i.start}–${i.end} ${io.t(`cli.review.kind.${i.kind}`)}${decided}`)
    for (const s of i.a) io.print(`    A ${s.start}–${s.end} «${s.text.slice(0, 70)}» ${s.codingId}`)
    for (const s of i.b) io.print(`    B ${s.start}–${s.end} «${s.text.slice(0, 70)}» ${s.codingId}`)
  }
}

function requirePositional(args: ParsedArgs, index: number, what: MessageKey, usage: string): string {
  const v = args.positionals[index]
  if (!v) throw new EsitiError('INVALID_INPUT', 'cli.missingArg', { what: msg(what), usage })
  return v
}

function requireOpt(args: ParsedArgs, name: string, usage: string): string {
  const v = opt(args, name)
  if (!v) throw new EsitiError('INVALID_INPUT', 'cli.missingOption', { option: name, usage })
  return v
}

const QDPX_IMPORT = 'qdpx import FILE.qdpx PROJECT [--json]'
const QDC_IMPORT = 'qdc import FILE.qdc PROJECT [--json]'
const MERGE = 'merge PROJECT OTHER.esiti [--preview] [--accept all|ID,…] [--json]'
const DISAGREEMENTS = 'disagreements PROJECT --coders A,B --code C [--sources S,…] [--all] [--json]'
const DECIDE = 'decide PROJECT --coders A,B --code C --source S --codings ID,… --decision keep_a|keep_b|keep_both|merge [--json]'

export const commands: CommandSpec[] = [
  {
    words: ['agreement'],
    usage:
      'agreement PROJECT --coders A,B[,…] [--codes C,…] [--unit character|paragraph|sentence] [--level nominal|ordinal|interval|ratio] [--sources S,…] [--threshold 0.9] [--json]',
    summary: 'cli.summary.agreement',
    valueOptions: ['coders', 'codes', 'unit', 'level', 'sources', 'threshold'],
    project: 'project',
    readonly: true,
    run(args, ctx) {
      const coders = opt(args, 'coders')
      if (!coders) throw new EsitiError('INVALID_INPUT', 'cli.missingCoders')
      const threshold = opt(args, 'threshold')
      if (threshold !== undefined && !Number.isFinite(Number(threshold)))
        throw new EsitiError('INVALID_INPUT', 'cli.badThreshold')
      return projectAgreement(ctx!, {
        coders,
        codes: opt(args, 'codes'),
        sources: opt(args, 'sources'),
        unit: choice<AgreementUnit>(opt(args, 'unit'), ['character', 'paragraph', 'sentence'], 'unit'),
        level: choice<AgreementLevel>(opt(args, 'level'), ['nominal', 'ordinal', 'interval', 'ratio'], 'level'),
        threshold: threshold === undefined ? undefined : Number(threshold)
      })
    },
    human: (r, io) => printAgreement(r as AgreementDto, io)
  },
  {
    words: ['qdpx', 'export'],
    usage: 'qdpx export PROJECT --out FILE.qdpx [--json]',
    summary: 'cli.summary.qdpxExport',
    valueOptions: ['out'],
    project: 'project',
    readonly: true,
    run: (args, ctx) => exportQdpx(ctx!, requireOpt(args, 'out', 'qdpx export PROJECT --out FILE.qdpx')),
    human: (r, io) => printExport(r as RefiExportDto, io)
  },
  {
    words: ['qdpx', 'import'],
    usage: QDPX_IMPORT,
    summary: 'cli.summary.qdpxImport',
    project: 'project',
    projectArg: 1,
    run: (args, ctx) => importQdpx(ctx!, requirePositional(args, 0, 'cli.what.qdpx', QDPX_IMPORT)),
    human: (r, io) => printImport(r as RefiImportDto, io)
  },
  {
    words: ['qdc', 'export'],
    usage: 'qdc export PROJECT --out FILE.qdc [--json]',
    summary: 'cli.summary.qdcExport',
    valueOptions: ['out'],
    project: 'project',
    readonly: true,
    run: (args, ctx) => exportQdc(ctx!, requireOpt(args, 'out', 'qdc export PROJECT --out FILE.qdc')),
    human: (r, io) => printExport(r as RefiExportDto, io)
  },
  {
    words: ['qdc', 'import'],
    usage: QDC_IMPORT,
    summary: 'cli.summary.qdcImport',
    project: 'project',
    projectArg: 1,
    run: (args, ctx) => importQdc(ctx!, requirePositional(args, 0, 'cli.what.qdc', QDC_IMPORT)),
    human: (r, io) => printImport(r as RefiImportDto, io)
  },
  {
    words: ['merge'],
    usage: MERGE,
    summary: 'cli.summary.merge',
    valueOptions: ['accept'],
    project: 'project',
    readonly: (args) => flag(args, 'preview'),
    run(args, ctx) {
      const other = requirePositional(args, 1, 'cli.what.otherProject', MERGE)
      const acceptRaw = opt(args, 'accept')
      const accept = acceptRaw === 'all' ? 'all' : acceptRaw ? acceptRaw.split(',').map((x) => x.trim().toLowerCase()) : []
      return flag(args, 'preview') ? mergePreview(ctx!, other, { accept }) : mergeProject(ctx!, other, { accept })
    },
    human: (r, io) => printMerge(r as MergeReportDto, io)
  },
  {
    words: ['disagreements'],
    usage: DISAGREEMENTS,
    summary: 'cli.summary.disagreements',
    valueOptions: ['coders', 'code', 'sources'],
    project: 'project',
    readonly: true,
    run: (args, ctx) =>
      disagreements(ctx!, {
        coders: requireOpt(args, 'coders', DISAGREEMENTS),
        code: requireOpt(args, 'code', DISAGREEMENTS),
        sources: opt(args, 'sources'),
        includeAgreements: flag(args, 'all')
      }),
    human: (r, io) => printDisagreements(r as DisagreementsDto, io)
  },
  {
    words: ['decide'],
    usage: DECIDE,
    summary: 'cli.summary.decide',
    valueOptions: ['coders', 'code', 'source', 'codings', 'decision'],
    project: 'project',
    run: (args, ctx) =>
      decide(ctx!, {
        coders: requireOpt(args, 'coders', DECIDE),
        code: requireOpt(args, 'code', DECIDE),
        source: requireOpt(args, 'source', DECIDE),
        codingIds: requireOpt(args, 'codings', DECIDE).split(',').map((x) => x.trim()).filter(Boolean),
        decision: choice<DecisionKind>(requireOpt(args, 'decision', DECIDE), ['keep_a', 'keep_b', 'keep_both', 'merge'], 'decision')!
      }),
    human: (r, io) => io.print(io.msg((r as DecisionResultDto).summary))
  }
]
