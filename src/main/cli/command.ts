import type { Ctx } from '../services/context'
import type { Locale, MessageKey, MsgParams } from '../../shared/messages'

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
}

export interface CommandSpec {
  /** Verb words, e.g. ['codes', 'add']. */
  words: string[]
  usage: string
  summary: string
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
  run(args: ParsedArgs, ctx: Ctx | null, io: CliIo): Promise<unknown> | unknown
  /** Human rendering of the JSON result; default prints it as indented JSON. */
  human?(result: unknown, io: CliIo): void
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
