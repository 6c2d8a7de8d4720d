import { EsitiError } from '../../../shared/errors'
import type { ErasureCertificateDto, PseudonymisationPreviewDto, PseudonymisationResultDto, ShareResultDto } from '../../../shared/privacy-results'
import type { Ctx } from '../../services/context'
import { HIT_KINDS, type HitKind } from '../../services/privacy/detect/types'
import { listRules, removeRule, setRule } from '../../services/privacy/key-store'
import { destroyOriginals, listOriginals } from '../../services/privacy/originals'
import { applyPseudonymisation, previewPseudonymisation } from '../../services/privacy/pseudonymise'
import type { LabelLanguage, SurrogateStyle } from '../../services/privacy/surrogates'
import { erasePerson, previewErasure } from '../../services/privacy/erase'
import { IDENTIFIER_KINDS, identifierVariables, setIdentifier, type IdentifierKind } from '../../services/privacy/identifiers'
import { checkPassphrase, exportKey, importKey, removeKey } from '../../services/privacy/key-file'
import { keyRows } from '../../services/privacy/key-store'
import { markReviewed, privacyOverview } from '../../services/privacy/overview'
import { shareProject } from '../../services/privacy/share'
import { KEY_PASSPHRASE_ENV, readPassphrase } from '../passphrase'
import { flag, opt, optList, type CliIo, type CommandSpec, type ParsedArgs } from '../command'

const PSEUDO_USAGE =
  'pseudonymise PROJECT [--source S]… (--preview | --accept all|suggested [--reject HIT]… [--original keep|destroy] [--cases] | --destroy-originals) [--style label|realistic] [--labels it|en] [--json]'

function style(args: ParsedArgs): SurrogateStyle | undefined {
  const v = opt(args, 'style')
  if (v !== undefined && v !== 'label' && v !== 'realistic') throw new EsitiError('INVALID_INPUT', 'privacy.badStyle', { style: v })
  return v
}

function labels(args: ParsedArgs): LabelLanguage | undefined {
  const v = opt(args, 'labels')
  if (v !== undefined && v !== 'it' && v !== 'en') throw new EsitiError('INVALID_INPUT', 'privacy.badLanguage', { language: v })
  return v
}

function kindOpt(args: ParsedArgs): HitKind {
  const v = opt(args, 'kind') ?? 'name'
  if (!HIT_KINDS.includes(v as HitKind)) throw new EsitiError('INVALID_INPUT', 'privacy.badKind', { kind: v, kinds: HIT_KINDS.join(', ') })
  return v as HitKind
}

function previewJson(p: PseudonymisationPreviewDto): Record<string, unknown> {
  return {
    hits: p.hits.map((h) => ({
      id: h.id,
      source: h.source,
      start: h.start,
      end: h.end,
      text: h.text,
      kind: h.kind,
      surrogate: h.surrogate,
      confidence: h.confidence,
      origin: h.origin,
      suggested: h.suggested
    })),
    sources: p.sources,
    style: p.style,
    labels: p.language
  }
}

const keyPassphrase = (confirm: boolean): Promise<string> =>
  readPassphrase({ env: KEY_PASSPHRASE_ENV, prompt: 'Key file passphrase: ', confirm })

function need(v: string | undefined, usage: string): string {
  if (!v) throw new EsitiError('INVALID_INPUT', 'privacy.cli.usage', { usage })
  return v
}

const IDENT_USAGE = 'identifiers PROJECT [--dataset D] [--set VARIABLE --kind email|name|phone|taxcode|vat|iban|ip|address|birthdate|respondent|none] [--json]'
const SHARE_USAGE = 'share PROJECT --out COPY.esiti [--qdpx FILE.qdpx] [--workbook FILE.xlsx] [--pseudonymise-rest] [--locale it|en] [--json]'
const ERASE_USAGE = 'erase PROJECT --person NAME [--dry-run] [--json]'

export const moreCommands: CommandSpec[] = [
  {
    words: ['identifiers'],
    usage: IDENT_USAGE,
    summary: 'cli.summary.identifiers',
    valueOptions: ['dataset', 'set', 'kind'],
    project: 'project',
    run(args, ctx) {
      const c = ctx as Ctx
      const set = opt(args, 'set')
      let list
      if (set) {
        const kind = need(opt(args, 'kind'), IDENT_USAGE)
        if (kind !== 'none' && !IDENTIFIER_KINDS.includes(kind as IdentifierKind))
          throw new EsitiError('INVALID_INPUT', 'privacy.badIdentifierKind', { kind, kinds: [...IDENTIFIER_KINDS, 'none'].join(', ') })
        list = setIdentifier(c, need(opt(args, 'dataset'), IDENT_USAGE), set, kind as IdentifierKind | 'none')
      } else list = identifierVariables(c, opt(args, 'dataset'))
      return { variables: list.map((v) => ({ dataset: v.dataset, variable: v.variable, label: v.label, kind: v.kind, direct: v.direct, decidedBy: v.decidedBy })) }
    },
    human(r, io) {
      for (const v of (r as { variables: { dataset: string; variable: string; kind: string; direct: boolean }[] }).variables)
        io.print(`${v.dataset.padEnd(24)} ${v.variable.padEnd(24)} ${v.kind}${v.direct ? '' : ' (pseudonymous)'}`)
    }
  },
  {
    words: ['share'],
    usage: SHARE_USAGE,
    summary: 'cli.summary.share',
    valueOptions: ['out', 'qdpx', 'workbook', 'locale'],
    project: 'project',
    run: (args, ctx, io) =>
      shareProject(ctx as Ctx, {
        out: need(opt(args, 'out'), SHARE_USAGE),
        qdpx: opt(args, 'qdpx'),
        workbook: opt(args, 'workbook'),
        pseudonymiseRest: flag(args, 'pseudonymise-rest'),
        locale: io.locale
      }),
    human(r, io) {
      const x = r as ShareResultDto
      io.print(io.t('privacy.cli.shared', { file: x.file, report: x.report, checked: x.checked }))
      if (x.removed.sourcesLeftOut.length) io.print(io.t('privacy.cli.sourcesLeftOut', { count: x.removed.sourcesLeftOut.length, names: x.removed.sourcesLeftOut.join('; ') }))
    }
  },
  {
    words: ['erase'],
    usage: ERASE_USAGE,
    summary: 'cli.summary.erase',
    valueOptions: ['person'],
    project: 'project',
    async run(args, ctx) {
      const name = need(opt(args, 'person'), ERASE_USAGE)
      if (flag(args, 'dry-run')) return { dryRun: true, ...previewErasure(ctx as Ctx, name) }
      return erasePerson(ctx as Ctx, name)
    },
    human(r, io) {
      const x = r as ErasureCertificateDto & { dryRun?: boolean }
      if (x.dryRun) return void io.print(JSON.stringify(x, null, 2))
      io.print(io.t('privacy.cli.certificate', { person: x.person, project: x.project, at: x.at, actor: x.actor, sha: x.sha256 }))
      for (const [k, v] of Object.entries(x.removed)) if (v) io.print(`  ${k.padEnd(18)} ${v}`)
      io.print(io.t('privacy.cli.scan', { files: x.scan.files.join(', '), looked: x.scan.looked, found: x.scan.found.length }))
      if (x.copiesOutside.length) io.print(io.t('privacy.cli.copiesOutside', { files: x.copiesOutside.join(', ') }))
    }
  },
  {
    words: ['privacy', 'key', 'export'],
    usage: 'privacy key export PROJECT --out FILE.esiti-key [--json]',
    summary: 'cli.summary.privacyKeyExport',
    valueOptions: ['out'],
    project: 'project',
    async run(args, ctx) {
      const out = need(opt(args, 'out'), 'privacy key export PROJECT --out FILE')
      return exportKey(ctx as Ctx, out, checkPassphrase(await keyPassphrase(true)))
    }
  },
  {
    words: ['privacy', 'key', 'import'],
    usage: 'privacy key import PROJECT FILE.esiti-key [--json]',
    summary: 'cli.summary.privacyKeyImport',
    project: 'project',
    async run(args, ctx) {
      return importKey(ctx as Ctx, need(args.positionals[1], 'privacy key import PROJECT FILE'), await keyPassphrase(false))
    }
  },
  {
    words: ['privacy', 'key', 'remove'],
    usage: 'privacy key remove PROJECT [--json]',
    summary: 'cli.summary.privacyKeyRemove',
    project: 'project',
    run: (_a, ctx) => removeKey(ctx as Ctx)
  },
  {
    words: ['privacy', 'key', 'list'],
    usage: 'privacy key list PROJECT [--json]',
    summary: 'cli.summary.privacyKeyList',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => ({ key: keyRows((ctx as Ctx).project).map((k) => ({ kind: k.kind, real: k.real_text, surrogate: k.surrogate, part: k.part })) }),
    human(r, io) {
      for (const k of (r as { key: { kind: string; real: string; surrogate: string }[] }).key) io.print(`${k.kind.padEnd(12)} ${k.real} → ${k.surrogate}`)
    }
  },
  {
    words: ['privacy', 'status'],
    usage: 'privacy status PROJECT [--json]',
    summary: 'cli.summary.privacyStatus',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => privacyOverview(ctx as Ctx),
    human(r, io) {
      const x = r as ReturnType<typeof privacyOverview>
      for (const p of x.places) io.print(`${p.key.padEnd(20)} ${String(p.count).padStart(7)}  ${p.table} (${p.nature})`)
      io.print(io.t('privacy.cli.status', { reviewed: x.reviewedAt ?? '—' }))
      io.print(io.t(x.encrypted ? 'encryption.cli.statusEncrypted' : 'encryption.cli.statusPlain'))
    }
  },
  {
    words: ['privacy', 'reviewed'],
    usage: 'privacy reviewed PROJECT [--json]',
    summary: 'cli.summary.privacyReviewed',
    project: 'project',
    run: (_a, ctx) => markReviewed(ctx as Ctx)
  }
]

export const commands: CommandSpec[] = [
  {
    words: ['pseudonymise'],
    usage: PSEUDO_USAGE,
    summary: 'cli.summary.pseudonymise',
    valueOptions: ['accept', 'style', 'labels', 'original'],
    repeatable: ['source', 'reject'],
    project: 'project',
    run(args, ctx) {
      const c = ctx as Ctx
      const sources = optList(args, 'source')
      if (flag(args, 'destroy-originals')) return destroyOriginals(c, sources)
      if (flag(args, 'preview')) return previewJson(previewPseudonymisation(c, { sources, style: style(args), language: labels(args) }))
      const accept = opt(args, 'accept')
      if (accept !== 'all' && accept !== 'suggested') throw new EsitiError('INVALID_INPUT', 'privacy.cli.previewOrAccept', { usage: PSEUDO_USAGE })
      const original = opt(args, 'original') ?? 'keep'
      if (original !== 'keep' && original !== 'destroy') throw new EsitiError('INVALID_INPUT', 'privacy.cli.badOriginal', { value: original })
      return applyPseudonymisation(c, {
        sources,
        accept,
        reject: optList(args, 'reject'),
        original,
        renameCases: flag(args, 'cases'),
        style: style(args),
        language: labels(args)
      })
    },
    human(r, io) {
      const x = r as Record<string, unknown>
      if ('hits' in x) {
        const hits = x.hits as { source: string; start: number; end: number; text: string; kind: HitKind; surrogate: string; suggested: boolean }[]
        for (const h of hits) io.print(`${h.suggested ? '+' : '?'} ${h.source} ${h.start}-${h.end} ${io.t(`privacy.cli.kind.${h.kind}`).padEnd(14)} ${h.text} → ${h.surrogate}`)
        io.print(io.t('privacy.cli.previewTotal', { count: hits.length }))
      } else if ('replaced' in x) {
        const a = x as unknown as PseudonymisationResultDto
        for (const s of a.sources) io.print(`${s.newName}: ${io.t('privacy.cli.replacedIn', { count: s.replaced })}`)
        io.print(io.t('privacy.cli.applied', { count: a.replaced, sources: a.sources.length }))
      } else io.print(io.t('privacy.cli.destroyed', { count: (x as { destroyed: number }).destroyed }))
    }
  },
  {
    words: ['privacy', 'originals'],
    usage: 'privacy originals PROJECT [--json]',
    summary: 'cli.summary.privacyOriginals',
    project: 'project',
    run: (_a, ctx) => ({ originals: listOriginals((ctx as Ctx).project) }),
    human(r, io) {
      for (const o of (r as { originals: ReturnType<typeof listOriginals> }).originals) io.print(`${o.versionName}  (${o.pseudonymisedAt ?? ''})`)
    }
  },
  {
    words: ['privacy', 'rules', 'add'],
    usage: 'privacy rules add PROJECT TEXT (--always | --never) [--kind person|organisation|…] [--json]',
    summary: 'cli.summary.privacyRulesAdd',
    valueOptions: ['kind'],
    project: 'project',
    run(args, ctx) {
      const text = args.positionals[1]
      const always = flag(args, 'always')
      const never = flag(args, 'never')
      if (!text || always === never) throw new EsitiError('INVALID_INPUT', 'privacy.cli.ruleUsage')
      return setRule(ctx as Ctx, text, always ? 'always' : 'never', kindOpt(args))
    }
  },
  {
    words: ['privacy', 'rules', 'list'],
    usage: 'privacy rules list PROJECT [--json]',
    summary: 'cli.summary.privacyRulesList',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => ({ rules: listRules((ctx as Ctx).project) }),
    human(r, io: CliIo) {
      for (const x of (r as { rules: ReturnType<typeof listRules> }).rules) io.print(`${x.decision.padEnd(7)} ${x.kind.padEnd(12)} ${x.text}`)
    }
  },
  {
    words: ['privacy', 'rules', 'remove'],
    usage: 'privacy rules remove PROJECT TEXT [--json]',
    summary: 'cli.summary.privacyRulesRemove',
    project: 'project',
    run(args, ctx) {
      const text = args.positionals[1]
      if (!text) throw new EsitiError('INVALID_INPUT', 'privacy.cli.ruleUsage')
      removeRule(ctx as Ctx, text)
      return { removed: text }
    }
  }
  ,
  ...moreCommands
]
