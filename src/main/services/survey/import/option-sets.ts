import type { SurveyPlatform } from '../model'
import { CELL_BOOLEAN, CELL_EMPTY, CELL_NUMBER, CELL_TEXT } from '../model'
import { numberMark, textMark } from '../infer/marks'
import { cellText, type SheetGrid } from '../../io/sheet'
import { looseKey } from '../infer/text-norm'
import { pathSeparators, splitHeaderPath } from './platform'

/**
 * Multiple-response questions spread over one column per option, in every shape the platforms write:
 * Kobo "q/option" 0/1 columns (after an optional joined summary column), LimeSurvey "Q1[SQ001]" with
 * Y/blank or "Domanda [Opzione]" with Sì/No/N/A, Qualtrics "Q5_1" columns, SurveyMonkey's option
 * columns under the question (option text or blank), and 0/1, x or ✓ items under one group header.
 */

/** One column of the sheet as the plan sees it. */
export interface PlanColumn {
  col: number
  /** Spreadsheet letter ("F"). */
  letter: string
  /** Item header (the question, or the option under a question header). */
  header: string
  group: string | null
  label: string
  /** Qualtrics: the short name of row 1 ("Q5_1"). */
  code?: string
}

export interface OptionRun {
  /** Index (into the plan's columns) of a joined summary column before the options, when there is one. */
  summary: number | null
  /** Indices of the option columns, in order. */
  members: number[]
  /** Option label of each member. */
  options: string[]
  /** Members holding free text ("Other (please specify)"): chosen when not empty. */
  other: boolean[]
  question: string
  group: string | null
}

/** An option column for free text: SurveyMonkey "Other (please specify)", LimeSurvey "[other]", Qualtrics "_TEXT". */
const OTHER_RE = /^(?:other|altro|altri|altra|others|other \(please specify\)|altro \(specificare\)|altro \(specifica\)|altro \(si prega di specificare\)|-oth-)\b/i

export const isOtherOption = (option: string, code?: string): boolean => OTHER_RE.test(option.trim()) || /_TEXT$/i.test(code ?? '')

/** Caches whether each column's cells are option marks (1/0, Y, Sì/No/N/A, the option's text, ✓). */
export class MarkCheck {
  private readonly cache = new Map<string, boolean>()
  constructor(
    private readonly grid: SheetGrid,
    private readonly rows: Int32Array
  ) {}

  /** Every non-empty data cell is a mark (or the option's own text), and at least one says chosen. */
  marks(col: number, option?: string): boolean {
    const key = `${col}\u0000${option ?? ''}`
    let v = this.cache.get(key)
    if (v === undefined) this.cache.set(key, (v = this.check(col, option)))
    return v
  }

  private check(col: number, option?: string): boolean {
    const c = this.grid.columns[col]
    const optionKey = option !== undefined ? looseKey(option) : undefined
    const seen = new Map<number, 1 | 0 | null | undefined>()
    let chosen = 0
    for (const r of this.rows) {
      const k = c.kind[r]
      if (k === CELL_EMPTY) continue
      if (k === CELL_NUMBER || k === CELL_BOOLEAN) {
        const m = numberMark(c.num[r])
        if (m === undefined) return false
        if (m === 1) chosen++
        continue
      }
      if (k !== CELL_TEXT) return false
      const code = c.codes[r]
      let m = seen.get(code)
      if (m === undefined && !seen.has(code)) {
        m = textMark(cellText(c, r) ?? '', option, optionKey)
        if (code !== 0) seen.set(code, m)
      }
      if (m === undefined) return false
      if (m === 1) chosen++
    }
    return chosen > 0
  }
}

/** Options of a run after its question prefix, never cut inside a label ("Trasporti / navetta"). */
function optionAfter(header: string, prefix: string): string | null {
  if (!header.startsWith(prefix)) return null
  const rest = header.slice(prefix.length).trim()
  return rest ? rest : null
}

/** The run of option columns starting at column i, or null. */
export function findOptionRun(cols: PlanColumn[], i: number, platform: SurveyPlatform, check: MarkCheck): OptionRun | null {
  const c = cols[i]
  // A free-text "other" column belongs to the set whatever it holds.
  const marks = (j: number, option: string): boolean => check.marks(cols[j].col, option) || isOtherOption(option, cols[j].code)
  const run = (prefix: string, start: number, question: string, group: string | null, summary: number | null): OptionRun | null => {
    const members: number[] = []
    const options: string[] = []
    const other: boolean[] = []
    for (let j = start; j < cols.length; j++) {
      const option = optionAfter(cols[j].header, prefix)
      if (option === null || !marks(j, option)) break
      members.push(j)
      options.push(option)
      other.push(isOtherOption(option, cols[j].code) && !check.marks(cols[j].col, option))
    }
    const real = other.filter((o) => !o).length
    if (real === 0 || members.length + (summary !== null ? 1 : 0) < 2) return null
    return { summary, members, options, other, question, group }
  }

  // Kobo "both": the joined summary column, then "summary/option" columns.
  if (i + 1 < cols.length && cols[i + 1].header.startsWith(c.header + '/')) {
    const r = run(c.header + '/', i + 1, lastSegment(c.header), parentPath(c.header), i)
    if (r) return r
  }
  // Path headers (Kobo details, generic "q/opt"): the prefix that yields the longest run.
  if (platform === 'kobo' || (platform === 'generic' && /^[\w.-]+(\/[\w.-]+)+$/.test(c.header))) {
    let best: OptionRun | null = null
    for (const cut of pathSeparators(c.header)) {
      const prefix = c.header.slice(0, cut + 1)
      const r = run(prefix, i, lastSegment(prefix.slice(0, -1)), parentPath(prefix.slice(0, -1)), null)
      if (r && (!best || r.members.length >= best.members.length)) best = r
    }
    if (best) return best
  }
  // Brackets: LimeSurvey "Q1[SQ001]" and full text "Domanda [Opzione]".
  const bracket = /^(.+?)\s*\[([^\]]+)\]$/.exec(c.header)
  if (bracket) {
    const prefix = bracket[1]
    const members: number[] = []
    const options: string[] = []
    const other: boolean[] = []
    for (let j = i; j < cols.length; j++) {
      const p = splitHeaderPath(cols[j].header, 'limesurvey')
      if (!p || p.prefix !== prefix.trim() || !marks(j, p.item)) break
      members.push(j)
      options.push(p.item)
      other.push(isOtherOption(p.item) && !check.marks(cols[j].col, p.item))
    }
    if (members.length >= 2 && other.some((o) => !o)) return { summary: null, members, options, other, question: prefix.trim(), group: c.group }
  }
  // Qualtrics "Q5_1", "Q5_2": one question split into option columns (labels "Question - Option").
  const q = c.code ? /^(.+)_(\d+)(?:_TEXT)?$/i.exec(c.code) : null
  if (q) {
    const stem = q[1]
    const members: number[] = []
    const options: string[] = []
    const other: boolean[] = []
    let question = ''
    for (let j = i; j < cols.length; j++) {
      const m = cols[j].code ? /^(.+)_(\d+)(?:_TEXT)?$/i.exec(cols[j].code!) : null
      if (!m || m[1] !== stem) break
      const parts = qualtricsLabel(cols[j].label)
      if (!marks(j, parts.option)) break
      question ||= parts.question
      members.push(j)
      options.push(parts.option)
      other.push(/_TEXT$/i.test(cols[j].code!) || (isOtherOption(parts.option) && !check.marks(cols[j].col, parts.option)))
    }
    if (members.length >= 2 && other.some((o) => !o)) return { summary: null, members, options, other, question: question || stem, group: null }
  }
  // Option columns under one group header (SurveyMonkey, merged headers of hand-made sheets).
  if (c.group) {
    const members: number[] = []
    const options: string[] = []
    const other: boolean[] = []
    for (let j = i; j < cols.length && cols[j].group === c.group; j++) {
      if (!marks(j, cols[j].header)) break
      members.push(j)
      options.push(cols[j].header)
      other.push(isOtherOption(cols[j].header) && !check.marks(cols[j].col, cols[j].header))
    }
    if (members.length >= 2 && other.some((o) => !o)) return { summary: null, members, options, other, question: c.group, group: null }
  }
  return null
}

/** Qualtrics' row-2 label of a split column: "Question - Selected Choice - Option" or "Question - Option". */
export function qualtricsLabel(label: string): { question: string; option: string } {
  const parts = label.split(' - ')
  // The free text of an "other" option: "Question - Other - Text".
  if (parts.length >= 3 && /^(?:text|testo)$/i.test(parts[parts.length - 1].trim()))
    return { question: parts.slice(0, -2).join(' - ').trim(), option: parts[parts.length - 2].trim() }
  if (parts.length >= 3 && /^(?:selected choice|scelta selezionata)$/i.test(parts[parts.length - 2].trim()))
    return { question: parts.slice(0, -2).join(' - ').trim(), option: parts[parts.length - 1].trim() }
  if (parts.length >= 2) return { question: parts.slice(0, -1).join(' - ').trim(), option: parts[parts.length - 1].trim() }
  return { question: label, option: label }
}

function lastSegment(path: string): string {
  const cuts = pathSeparators(path)
  return cuts.length ? path.slice(cuts[cuts.length - 1] + 1) : path
}

function parentPath(path: string): string | null {
  const cuts = pathSeparators(path)
  return cuts.length ? path.slice(0, cuts[cuts.length - 1]) : null
}
