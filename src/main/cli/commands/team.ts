import { EsitiError } from '../../../shared/errors'
import type {
  AgreementDto,
  AgreementLevel,
  AgreementUnit,
  DecisionKind,
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

const fmt = (x: number | null, digits = 3): string => (x === null ? '—' : x.toFixed(digits))

function printAgreement(r: AgreementDto, io: CliIo): void {
  io.print(`Coders: ${r.coders.map((c) => c.name).join(', ')} — unit: ${r.unit}${r.unit === 'character' ? '' : `, level: ${r.level}`}`)
  io.print(`Sources: ${r.sources.length}, codes: ${r.codes.length}`)
  io.print(`Percent agreement ${fmt(r.percent, 1)}%   kappa ${fmt(r.kappa)}   alpha ${fmt(r.alpha)}`)
  if (r.unit === 'character')
    io.print(`Coded text only: ${fmt(r.percentCodedOnly, 1)}%   kappa ${fmt(r.kappaCodedOnly)}   mean per-source kappa ${fmt(r.meanSourceKappa)}`)
  else if (r.units) io.print(`Units: ${r.units.count} ${r.units.kind}s, ${r.units.pairable} pairable, ${r.units.missing} missing values`)
  io.print(`Segments (overlap ≥ ${Math.round(r.segments.threshold * 100)}%): ${fmt(r.segments.percent, 1)}%   kappa (Brennan–Prediger) ${fmt(r.segments.kappa)}`)
  io.print('')
  const width = Math.min(40, Math.max(4, ...r.perCode.map((c) => c.path.length)))
  io.print(`${'code'.padEnd(width)}  ${'percent'.padStart(8)}  ${'kappa'.padStart(7)}  ${'alpha'.padStart(7)}`)
  for (const c of r.perCode)
    io.print(`${c.path.slice(0, width).padEnd(width)}  ${fmt(c.percent, 1).padStart(8)}  ${fmt(c.kappa).padStart(7)}  ${fmt(c.alpha).padStart(7)}`)
  io.print('')
  io.print(r.explanation.kappa.en)
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined
  if (!allowed.includes(value as T)) throw new EsitiError('INVALID_INPUT', `--${name} must be one of ${allowed.join(', ')}.`)
  return value as T
}

function printImport(r: RefiImportDto, io: CliIo): void {
  io.print(`Imported from ${r.file}${r.origin ? ` (${r.origin})` : ''}:`)
  io.print(`  ${r.sources} sources, ${r.codes} codes, ${r.codings} codings, ${r.cases} cases, ${r.variables} variables, ${r.memos} memos, ${r.coders} coders; ${r.skipped} already present`)
  for (const d of r.dialects.filter((x) => x.total > 0))
    io.print(`  ${d.source}: offsets read as ${d.dialect} (${d.aligned}/${d.total} selections with both ends on word boundaries, ${d.verified}/${d.total} quotes verified${d.named ? `, ${d.quoteMatches}/${d.named} equal to the quote stored in the file` : ''})`)
  for (const w of r.warnings) io.print(`  ! ${w}`)
  for (const u of r.unanchoredSelections.slice(0, 50))
    io.print(`  not anchored: ${u.source} ${u.start}–${u.end} [${u.codes.join(', ')}]: ${u.reason}`)
  if (r.unanchoredSelections.length > 50) io.print(`  … and ${r.unanchoredSelections.length - 50} more (use --json for the full list)`)
}

function printExport(r: RefiExportDto, io: CliIo): void {
  io.print(`Wrote ${r.file}: ${r.sources} sources, ${r.codes} codes, ${r.codings} codings, ${r.cases} cases, ${r.notes} notes`)
}

function printMerge(r: MergeReportDto, io: CliIo): void {
  io.print(r.summary.en)
  for (const p of r.proposals)
    io.print(`  proposal (${p.kind}): "${p.otherName}" → "${p.localName}" ${r.accepted.includes(p.otherId) ? '[accepted]' : `[accept with --accept ${p.otherId}]`}`)
  for (const c of r.conflicts) io.print(`  conflict ${c.kind}: ${c.message.en}`)
}

function printDisagreements(r: DisagreementsDto, io: CliIo): void {
  const [a, b] = r.coders
  io.print(`${r.code.path}: A = ${a.name}, B = ${b.name} — ${r.counts.boundaries} boundary, ${r.counts.only_a} A only, ${r.counts.only_b} B only, ${r.counts.agree} agreeing`)
  for (const i of r.items) {
    io.print(`- ${i.source} ${i.start}–${i.end} ${i.kind}${i.decision ? ` (decided: ${i.decision})` : ''}`)
    for (const s of i.a) io.print(`    A ${s.start}–${s.end} «${s.text.slice(0, 70)}» ${s.codingId}`)
    for (const s of i.b) io.print(`    B ${s.start}–${s.end} «${s.text.slice(0, 70)}» ${s.codingId}`)
  }
}

function requirePositional(args: ParsedArgs, index: number, what: string, usage: string): string {
  const v = args.positionals[index]
  if (!v) throw new EsitiError('INVALID_INPUT', `Missing ${what}. Usage: esiti ${usage}`)
  return v
}

function requireOpt(args: ParsedArgs, name: string, usage: string): string {
  const v = opt(args, name)
  if (!v) throw new EsitiError('INVALID_INPUT', `Missing --${name}. Usage: esiti ${usage}`)
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
    summary:
      'Intercoder agreement: percent, Cohen’s kappa (characters, as NVivo) or Krippendorff’s alpha (paragraph/sentence units), per code and overall.',
    valueOptions: ['coders', 'codes', 'unit', 'level', 'sources', 'threshold'],
    project: 'project',
    readonly: true,
    run(args, ctx) {
      const coders = opt(args, 'coders')
      if (!coders) throw new EsitiError('INVALID_INPUT', 'Missing --coders A,B: name at least two coders.')
      const threshold = opt(args, 'threshold')
      if (threshold !== undefined && !Number.isFinite(Number(threshold)))
        throw new EsitiError('INVALID_INPUT', '--threshold must be a number between 0 and 1.')
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
    summary: 'Export the project as REFI-QDA 1.5 (.qdpx): sources, codes, codings, cases, variables, memos; offsets in code points.',
    valueOptions: ['out'],
    project: 'project',
    readonly: true,
    run: (args, ctx) => exportQdpx(ctx!, requireOpt(args, 'out', 'qdpx export PROJECT --out FILE.qdpx')),
    human: (r, io) => printExport(r as RefiExportDto, io)
  },
  {
    words: ['qdpx', 'import'],
    usage: QDPX_IMPORT,
    summary: 'Import a REFI-QDA project (NVivo, MAXQDA, ATLAS.ti, QualCoder…) into PROJECT in one undoable step; every coding is verified against its text.',
    project: 'project',
    projectArg: 1,
    run: (args, ctx) => importQdpx(ctx!, requirePositional(args, 0, 'FILE.qdpx', QDPX_IMPORT)),
    human: (r, io) => printImport(r as RefiImportDto, io)
  },
  {
    words: ['qdc', 'export'],
    usage: 'qdc export PROJECT --out FILE.qdc [--json]',
    summary: 'Export the codebook as REFI-QDA (.qdc): code tree, colours, descriptions.',
    valueOptions: ['out'],
    project: 'project',
    readonly: true,
    run: (args, ctx) => exportQdc(ctx!, requireOpt(args, 'out', 'qdc export PROJECT --out FILE.qdc')),
    human: (r, io) => printExport(r as RefiExportDto, io)
  },
  {
    words: ['qdc', 'import'],
    usage: QDC_IMPORT,
    summary: 'Import a REFI-QDA codebook (.qdc) into PROJECT.',
    project: 'project',
    projectArg: 1,
    run: (args, ctx) => importQdc(ctx!, requirePositional(args, 0, 'FILE.qdc', QDC_IMPORT)),
    human: (r, io) => printImport(r as RefiImportDto, io)
  },
  {
    words: ['merge'],
    usage: MERGE,
    summary: 'Merge another coder’s copy of the project (read only): sources by content, codes and cases by UUID, codings unioned; --preview writes nothing.',
    valueOptions: ['accept'],
    project: 'project',
    readonly: (args) => flag(args, 'preview'),
    run(args, ctx) {
      const other = requirePositional(args, 1, 'OTHER.esiti', MERGE)
      const acceptRaw = opt(args, 'accept')
      const accept = acceptRaw === 'all' ? 'all' : acceptRaw ? acceptRaw.split(',').map((x) => x.trim().toLowerCase()) : []
      return flag(args, 'preview') ? mergePreview(ctx!, other, { accept }) : mergeProject(ctx!, other, { accept })
    },
    human: (r, io) => printMerge(r as MergeReportDto, io)
  },
  {
    words: ['disagreements'],
    usage: DISAGREEMENTS,
    summary: 'Where two coders differ on one code: segments of only one of them and different boundaries, with their coding ids.',
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
    summary: 'Resolve one disagreement (the coding ids listed by "disagreements") in one undoable step.',
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
    human: (r, io) => io.print((r as { summary: string }).summary)
  }
]
