import { EsitiError } from '../../../../shared/errors'
import type { Issue } from '../recipe/work-frame'

/**
 * The recipe's issues, stored apart from the clean state: a validation rule can flag tens of thousands
 * of rows, and the state is read on every view while the issues are read only by the issues list.
 * Repeated texts (steps, rules, variables, messages, the step part of an id) go through one dictionary:
 * 31,000 "required" issues take about 2 MB instead of 12.
 */
export const ISSUES_ENCODING = 'issues2'

type Tuple = [id: number, step: number, rule: number, severity: 0 | 1, row: string, sheetRow: number, wave: number, variable: number, value: Issue['value'], message: number, related?: string[]]

interface Stored {
  dict: string[]
  issues: Tuple[]
}

export function encodeIssues(issues: readonly Issue[]): Buffer {
  const dict: string[] = []
  const index = new Map<string, number>()
  const code = (s: string | null): number => {
    if (s === null) return -1
    let i = index.get(s)
    if (i === undefined) {
      i = dict.push(s) - 1
      index.set(s, i)
    }
    return i
  }
  const out: Tuple[] = issues.map((x) => {
    // Ids are "<step part><row id>" almost always: only the step part is worth a dictionary entry.
    const suffixed = x.id.endsWith(x.row) && x.id.length > x.row.length
    const id = code(suffixed ? x.id.slice(0, x.id.length - x.row.length) : x.id) * 2 + (suffixed ? 1 : 0)
    const t: Tuple = [id, code(x.step), code(x.rule), x.severity === 'error' ? 1 : 0, x.row, x.sheetRow, code(x.wave), code(x.variable), x.value, code(JSON.stringify(x.message))]
    if (x.related) t.push(x.related)
    return t
  })
  return Buffer.from(JSON.stringify({ dict, issues: out } satisfies Stored), 'utf8')
}

export function decodeIssues(buf: Buffer): Issue[] {
  let stored: Stored
  try {
    stored = JSON.parse(buf.toString('utf8')) as Stored
  } catch {
    throw new EsitiError('CORRUPT_FILE', 'survey.store.issuesDamaged')
  }
  const { dict } = stored
  const text = (i: number): string | null => (i < 0 ? null : dict[i])
  return stored.issues.map(([id, step, rule, severity, row, sheetRow, wave, variable, value, message, related]) => ({
    id: id % 2 === 1 ? `${dict[(id - 1) / 2]}${row}` : dict[id / 2],
    step: dict[step],
    rule: dict[rule],
    severity: severity === 1 ? 'error' : 'warning',
    row,
    sheetRow,
    wave: text(wave),
    variable: text(variable),
    value,
    message: JSON.parse(dict[message]) as Issue['message'],
    ...(related ? { related } : {})
  }))
}
