import { EsitiError } from '../../shared/errors'
import type { Ctx } from '../services/context'
import type { Locale, MessageKey, Msg, MsgParams } from '../../shared/messages'

/** Parsed command line: positionals after the verb words, and options (repeatable ones as arrays). */
export interface ParsedArgs {
  positionals: string[]
  options: Record<string, string | boolean | string[]>
}

export interface CliIo {
  /** Human lines (suppressed with --json). */
  print(line: string): void
  /** The language of human text and messages (`--locale`, default English). */
  locale: Locale
  /** The language asked for (`--locale` or ESITI_LOCALE), null when none was: exported reports then default to Italian. */
  chosenLocale: Locale | null
  /** Words a catalog message in that language. */
  t(key: MessageKey, params?: MsgParams): string
  /** Words a message a service returned (a warning, a summary). */
  msg(m: Msg): string
  /** A number for human text, in the locale, with a fixed number of decimals; null is "—". */
  num(x: number | null, digits?: number): string
}

export interface CommandSpec {
  /** Verb words, e.g. ['codes', 'add']. */
  words: string[]
  usage: string
  /** One line for --help: a catalog key (`cli.summary.…`), worded in --locale. */
  summary: MessageKey
  /** Parameters of the summary, when it names a list kept in code (the media extensions). */
  summaryParams?: MsgParams
  /** Options that take a value; others are boolean flags. Repeatable ones collect into arrays. */
  valueOptions?: string[]
  repeatable?: string[]
  /**
   * 'project': the first positional is an existing project, opened (locked) before run and closed after.
   * 'none': the command handles paths itself.
   */
  project: 'project' | 'none'
  /** Position of the project path among the positionals (default 0). */
  projectArg?: number
  /**
   * The verb only reads the project (for these arguments): it is opened without the lock and without
   * upgrading it in place, so it works on read-only files and media and while the app has it open.
   */
  readonly?: boolean | ((args: ParsedArgs) => boolean)
  run(args: ParsedArgs, ctx: Ctx | null, io: CliIo): Promise<unknown> | unknown
  /** Human rendering of the JSON result; default prints it as indented JSON. */
  human?(result: unknown, io: CliIo): void
}

/** A count option (`--limit N`): a whole number from 1 to `max`, or undefined when not given. */
export function countOpt(args: ParsedArgs, name: string, max = 1_000_000): number | undefined {
  const v = opt(args, name)
  if (v === undefined) return undefined
  const n = /^\d{1,7}$/.test(v) ? Number(v) : NaN
  if (!(n >= 1 && n <= max)) throw new EsitiError('INVALID_INPUT', 'cli.limitRange', { option: name, max, value: v })
  return n
}

/** A result's warnings (messages from the services), one per line under the report, in the CLI's language. */
export function printWarnings(io: CliIo, warnings: readonly Msg[] | undefined): void {
  for (const w of warnings ?? []) io.print(`  ! ${io.msg(w)}`)
}

export function opt(args: ParsedArgs, name: string): string | undefined {
  const v = args.options[name]
  if (Array.isArray(v)) return v.at(-1)
  return typeof v === 'string' ? v : undefined
}

export function optList(args: ParsedArgs, name: string): string[] {
  const v = args.options[name]
  if (Array.isArray(v)) return v
  return typeof v === 'string' ? [v] : []
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.options[name] === true
}
