import { EsitiError } from '../../../shared/errors'
import type { Ctx } from '../../services/context'
import { HIT_KINDS, type HitKind } from '../../services/privacy/detect/types'
import { listRules, removeRule, setRule } from '../../services/privacy/key-store'
import { destroyOriginals, listOriginals } from '../../services/privacy/originals'
import { applyPseudonymisation, previewPseudonymisation, type ApplyResult, type Preview } from '../../services/privacy/pseudonymise'
import type { LabelLanguage, SurrogateStyle } from '../../services/privacy/surrogates'
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

function previewJson(p: Preview): Record<string, unknown> {
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

export const commands: CommandSpec[] = [
  {
    words: ['pseudonymise'],
    usage: PSEUDO_USAGE,
    summary:
      'Find names, organisations, e-mails, phone numbers, tax codes, VAT numbers, IBANs, addresses and dates of birth in transcripts (--preview), or replace them with consistent surrogates in a new version of each source (--accept), keeping or destroying the originals.',
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
        const hits = x.hits as { source: string; start: number; end: number; text: string; kind: string; surrogate: string; suggested: boolean }[]
        for (const h of hits) io.print(`${h.suggested ? '+' : '?'} ${h.source} ${h.start}-${h.end} ${h.kind.padEnd(12)} ${h.text} → ${h.surrogate}`)
        io.print(io.t('privacy.cli.previewTotal', { count: hits.length }))
      } else if ('replaced' in x) {
        const a = x as unknown as ApplyResult
        for (const s of a.sources) io.print(`${s.newName}: ${io.t('privacy.cli.replacedIn', { count: s.replaced })}`)
        io.print(io.t('privacy.cli.applied', { count: a.replaced, sources: a.sources.length }))
      } else io.print(io.t('privacy.cli.destroyed', { count: (x as { destroyed: number }).destroyed }))
    }
  },
  {
    words: ['privacy', 'originals'],
    usage: 'privacy originals PROJECT [--json]',
    summary: 'The hidden originals of pseudonymised sources still kept in the project.',
    project: 'project',
    run: (_a, ctx) => ({ originals: listOriginals((ctx as Ctx).project) }),
    human(r, io) {
      for (const o of (r as { originals: ReturnType<typeof listOriginals> }).originals) io.print(`${o.versionName}  (${o.pseudonymisedAt ?? ''})`)
    }
  },
  {
    words: ['privacy', 'rules', 'add'],
    usage: 'privacy rules add PROJECT TEXT (--always | --never) [--kind person|organisation|…] [--json]',
    summary: '"always": replace TEXT wherever it appears (a nickname, a village); "never": leave it alone (a place, a word).',
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
    summary: 'The always/never rules of pseudonymisation.',
    project: 'project',
    run: (_a, ctx) => ({ rules: listRules((ctx as Ctx).project) }),
    human(r, io: CliIo) {
      for (const x of (r as { rules: ReturnType<typeof listRules> }).rules) io.print(`${x.decision.padEnd(7)} ${x.kind.padEnd(12)} ${x.text}`)
    }
  },
  {
    words: ['privacy', 'rules', 'remove'],
    usage: 'privacy rules remove PROJECT TEXT [--json]',
    summary: 'Remove an always/never rule.',
    project: 'project',
    run(args, ctx) {
      const text = args.positionals[1]
      if (!text) throw new EsitiError('INVALID_INPUT', 'privacy.cli.ruleUsage')
      removeRule(ctx as Ctx, text)
      return { removed: text }
    }
  }
]
