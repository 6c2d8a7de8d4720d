import { invalid } from '../../shared/errors'
import type { CommandSpec, ParsedArgs } from './command'

/** Finds the longest verb match and parses the rest: `--name value`, `--name=value`, flags. */
export function matchCommand(argv: string[], specs: CommandSpec[]): { spec: CommandSpec; rest: string[] } | null {
  let best: CommandSpec | null = null
  for (const spec of specs) {
    if (spec.words.every((w, i) => argv[i] === w) && (!best || spec.words.length > best.words.length)) best = spec
  }
  return best ? { spec: best, rest: argv.slice(best.words.length) } : null
}

export function parseArgs(rest: string[], spec: CommandSpec): ParsedArgs {
  const valueOptions = new Set([...(spec.valueOptions ?? []), ...(spec.repeatable ?? [])])
  const repeatable = new Set(spec.repeatable ?? [])
  const out: ParsedArgs = { positionals: [], options: {} }
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    if (arg === '--') {
      out.positionals.push(...rest.slice(i + 1))
      break
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2)
      let value: string | boolean = true
      if (valueOptions.has(name)) {
        if (eq > 0) value = arg.slice(eq + 1)
        else {
          if (i + 1 >= rest.length) throw invalid('cli.optionNeedsValue', { option: name, usage: spec.usage })
          value = rest[++i]
        }
      } else if (eq > 0) throw invalid('cli.optionTakesNoValue', { option: name, usage: spec.usage })
      else if (!['json', 'help'].includes(name) && !(spec.valueOptions ?? []).includes(name) && !isKnownFlag(spec, name))
        throw invalid('cli.unknownOption', { option: name, usage: spec.usage })
      if (repeatable.has(name)) {
        const prev = out.options[name]
        out.options[name] = [...(Array.isArray(prev) ? prev : []), value as string]
      } else out.options[name] = value
    } else out.positionals.push(arg)
  }
  return out
}

function isKnownFlag(spec: CommandSpec, name: string): boolean {
  return new RegExp(`--${name}(?![\\w-])`).test(spec.usage)
}
