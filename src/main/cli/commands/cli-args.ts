import { fail } from '../../services/programme/common'
import { opt, type ParsedArgs } from '../command'

/** A positional the verb needs; its absence names it with the verb's usage. */
export function need(args: ParsedArgs, index: number, arg: string, usage: string): string {
  const v = args.positionals[index]
  if (v === undefined || v === '') throw fail('INVALID_INPUT', 'programme.cli.missingArg', { arg, usage })
  return v
}

/** Every positional from `index` on; at least one. */
export function needAll(args: ParsedArgs, index: number, arg: string, usage: string): string[] {
  const v = args.positionals.slice(index)
  if (v.length === 0) throw fail('INVALID_INPUT', 'programme.cli.missingArg', { arg, usage })
  return v
}

export function numOpt(args: ParsedArgs, name: string, integer = false): number | undefined {
  const v = opt(args, name)
  if (v === undefined) return undefined
  const n = Number(v.replace(',', '.'))
  if (v.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)))
    throw fail('INVALID_INPUT', integer ? 'programme.cli.notInteger' : 'programme.cli.notNumber', { option: name, value: v })
  return n
}
