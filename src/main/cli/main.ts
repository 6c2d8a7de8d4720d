import path from 'node:path'
import { EsitiError, toErrorInfo } from '../../shared/errors'
import { formatMessage, hasMessage, isLocale, localeTag, type Locale, type MessageKey, type MsgParams } from '../../shared/messages'
import { openProjectFile } from '../db/project-file'
import { makeCtx, type Ctx } from '../services/context'
import type { CliIo, CommandSpec } from './command'

import { matchCommand, parseArgs } from './parse-args'
import { loadCommands } from './registry'
import { demoReportCommand } from './commands/demo-report'
import { actorName } from './actor'
import { usePromptedPassphrases } from './passphrase'

/** The verbs that can match this command line: only their modules are loaded. */
async function commandsFor(first: string | undefined): Promise<CommandSpec[]> {
  const demo = demoReportCommand(runCli)
  if (first === demo.words[0]) return [demo]
  return [...(await loadCommands(first)), demo]
}

/** A verb's one-line description, worded in the chosen language. */
const summaryOf = (spec: CommandSpec, io: CliIo): string => io.t(spec.summary, spec.summaryParams)

function usage(specs: CommandSpec[], io: CliIo): string {
  const lines = specs.map((s) => `  esiti ${s.usage}\n      ${summaryOf(s, io)}`)
  return `${io.t('cli.help.title')}\n\n${io.t('cli.help.usage')}\n${lines.join('\n')}\n\n${io.t('cli.help.json')}`
}

/** The human side of the CLI in one language: catalog messages and numbers in the locale. */
export function cliIo(locale: Locale, print: (line: string) => void, chosenLocale: Locale | null = null): CliIo {
  const t = (key: MessageKey, params?: MsgParams): string => formatMessage({ key, params }, locale)
  return {
    print,
    locale,
    chosenLocale,
    t,
    msg: (m) => formatMessage(m, locale),
    num: (x, digits = 3) =>
      x === null || !Number.isFinite(x)
        ? '—'
        : new Intl.NumberFormat(localeTag(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x)
  }
}

/**
 * --json output: every message in the result (a warning, a summary) also carries its `text` in the
 * chosen language, so scripts that only want the sentence need not know the catalog.
 */
export function jsonWithText(result: unknown, locale: Locale): string {
  return JSON.stringify(
    result ?? {},
    (_k, v: unknown) => (isServiceMsg(v) ? { ...v, text: formatMessage(v, locale) } : v),
    2
  )
}

function isServiceMsg(v: unknown): v is { key: string; params?: MsgParams } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const keys = Object.keys(v)
  const m = v as { key?: unknown; params?: unknown }
  return typeof m.key === 'string' && hasMessage(m.key) && keys.every((k) => k === 'key' || k === 'params')
}

/** Runs one CLI invocation; returns the exit code. Output goes to the given streams (tests pass their own). */
export async function runCli(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s)
): Promise<number> {
  let locale: Locale
  let explicit: boolean
  try {
    ;({ locale, argv, explicit } = takeLocale(argv))
    // (a report's language is the one asked for, else Italian: see CliIo.chosenLocale)
  } catch (e) {
    err(`esiti: ${(e as Error).message}\n`)
    return 2
  }
  const json = argv.includes('--json')
  const io = cliIo(locale, (line) => (json ? undefined : out(line + '\n')), explicit ? locale : null)
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    out(usage(await commandsFor(undefined), cliIo(locale, out)) + '\n')
    return 0
  }
  const match = matchCommand(argv, await commandsFor(argv[0]))
  if (!match) {
    err(`esiti: ${io.t('cli.unknownCommand', { command: argv.slice(0, 2).join(' ') })}\n`)
    return 2
  }
  const { spec } = match
  // Verbs whose output has a language of its own (report tables) also read --locale.
  const rest = explicit && spec.valueOptions?.includes('locale') ? [...match.rest, '--locale', locale] : match.rest
  let ctx: Ctx | null = null
  // An encrypted project's passphrase: ESITI_PASSPHRASE or a prompt, never an argument (decision 0026).
  const stopAsking = usePromptedPassphrases((file) => io.t('encryption.prompt', { file }))
  try {
    const args = parseArgs(rest, spec)
    if (args.options.help) {
      out(`esiti ${spec.usage}\n  ${summaryOf(spec, io)}\n`)
      return 0
    }
    if (spec.project === 'project') {
      const file = args.positionals[spec.projectArg ?? 0]
      if (!file) throw new EsitiError('INVALID_INPUT', 'cli.missingProject', { usage: spec.usage })
      const readonly = typeof spec.readonly === 'function' ? spec.readonly(args) : !!spec.readonly
      const project = await openProjectFile(path.resolve(file), { actor: actorName(), readonly })
      ctx = makeCtx(project, actorName())
    }
    let result: unknown
    try {
      result = await spec.run(args, ctx, io)
    } catch (e) {
      // A reading verb that needs derived data rebuilt (a clean layer out of date after a shared copy
      // was made, say) cannot store it in a file opened read-only: it runs again on a private copy.
      if (!ctx?.project.readonly || (e as { code?: string }).code !== 'SQLITE_READONLY') throw e
      const file = ctx.project.path
      ctx.project.close()
      ctx = null
      ctx = makeCtx(await openProjectFile(file, { actor: actorName(), readonly: true, privateCopy: true }), actorName())
      result = await spec.run(args, ctx, io)
    }
    if (json || !spec.human) out(jsonWithText(result ?? {}, locale) + '\n')
    else spec.human(result, io)
    return 0
  } catch (e) {
    const info = toErrorInfo(e)
    // Worded from the key in the chosen language; the English sentence stays in info.message for logs.
    const message = formatMessage({ key: info.key, params: info.params }, locale).split('\n')[0]
    err(`esiti: ${message}\n`)
    if (process.env.ESITI_DEBUG && e instanceof Error) err(String(e.stack) + '\n')
    return info.code === 'INTERNAL' ? 70 : 1
  } finally {
    ctx?.project.close()
    stopAsking()
  }
}

/**
 * `--locale it|en` (or `--locale=it`) is accepted by every verb, anywhere on the line; without it the
 * CLI speaks English, or ESITI_LOCALE when set. It is taken out before the verb is matched.
 */
function takeLocale(argv: string[]): { locale: Locale; argv: string[]; explicit: boolean } {
  const rest: string[] = []
  let value: string | undefined = process.env.ESITI_LOCALE || undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') {
      rest.push(...argv.slice(i))
      break
    }
    if (a === '--locale') value = argv[++i] ?? ''
    else if (a.startsWith('--locale=')) value = a.slice('--locale='.length)
    else rest.push(a)
  }
  if (value === undefined) return { locale: 'en', argv: rest, explicit: false }
  if (!isLocale(value)) throw new Error(formatMessage({ key: 'cli.badLocale', params: { value } }, 'en'))
  return { locale: value, argv: rest, explicit: true }
}
