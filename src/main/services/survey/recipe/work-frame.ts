import { EsitiError } from '../../../../shared/errors'
import type { CleanValue, IdentifierKind, NonSubstantive, NotAsked, ValueLabel, VariableType } from '../frame'
import type { Role } from '../model'
import type { ScaleAxis } from '../infer/scales'
import type { DateOrder } from '../infer/parse-date'
import type { DecimalMark } from '../infer/parse-number'
import { missingTester } from '../infer/missing-codes'
import type { Resolver, Value } from './expression'
import { buildCodes, type ColumnCodes } from './column-codes'
import type { SurveyIssueDto } from '../../../../shared/ipc/survey'
import type { Msg } from '../../../../shared/messages'

/** A variable while the recipe runs: definition plus one value per row (all rows, excluded ones too). */
export interface WorkVar {
  id: string
  name: string
  label: string | null
  group: string | null
  type: VariableType
  role: Role
  valueLabels: ValueLabel[]
  /** Labels set by a scale or the user: their order is kept; otherwise observed values define them. */
  labelsFixed: boolean
  scale: ScaleAxis | 'numeric' | null
  missingCodes: (string | number)[]
  options?: string[]
  separator?: string
  decimal?: DecimalMark
  dateOrder?: DateOrder
  /** Source headers (base variables) for documentation and wave mapping. */
  columns: string[]
  nonSubstantive?: NonSubstantive
  identifier?: IdentifierKind
  percent?: 'points'
  note?: string
  /** Multiple-response options some waves did not offer (set when the frame is finalised). */
  notAsked?: NotAsked
  values: CleanValue[]
  /**
   * Dictionary view of `values`, when known. Whatever writes `values` either keeps it in step
   * (mapValues) or sets it to null; a stale view is a bug (tests check it after every step).
   */
  codes?: ColumnCodes | null
  /**
   * True while `values` are exactly the import's converted values (the run's base columns): the clean
   * layer then serves them from the base cache instead of storing a copy. Every write clears it.
   */
  base?: boolean
  /** Step that created it (derived variables). */
  derivedBy?: { step: string; op: string }
  dropped: boolean
}

export interface Exclusion {
  reason: Msg
  step: string
}

/** A validation finding on one respondent (and variable), as the UI and the CLI list it. */
export type Issue = SurveyIssueDto

/** The dataset in memory while a recipe runs. */
export class WorkFrame {
  readonly vars: WorkVar[] = []
  /** Excluded rows; add through exclude(), which keeps the active mask in step. */
  readonly excluded: ReadonlyMap<number, Exclusion> = new Map<number, Exclusion>()
  private readonly mask: Uint8Array
  readonly issues: Issue[] = []

  constructor(
    readonly n: number,
    readonly rowIds: string[],
    readonly sheetRows: Uint32Array,
    readonly rowWave: (string | null)[]
  ) {
    this.mask = new Uint8Array(n).fill(1)
  }

  exclude(row: number, e: Exclusion): void {
    ;(this.excluded as Map<number, Exclusion>).set(row, e)
    this.mask[row] = 0
  }

  /** 1 per active row, 0 per excluded one: for loops over every cell (read it, do not write it). */
  activeMask(): Uint8Array {
    return this.mask
  }

  /** The variable's dictionary view, built (and kept) when it has none. */
  codesOf(v: WorkVar): ColumnCodes {
    if (!v.codes) v.codes = buildCodes(v.values)
    return v.codes
  }

  /** The active (not dropped) variable with that name, case-sensitive first, then case-insensitive. */
  find(name: string): WorkVar | undefined {
    const exact = this.vars.find((v) => !v.dropped && v.name === name)
    if (exact) return exact
    const lower = name.toLowerCase()
    return this.vars.find((v) => !v.dropped && v.name.toLowerCase() === lower)
  }

  get(name: string): WorkVar {
    const v = this.find(name)
    if (!v) throw new MissingVariable(name)
    return v
  }

  active(): WorkVar[] {
    return this.vars.filter((v) => !v.dropped)
  }

  isActive(row: number): boolean {
    return this.mask[row] === 1
  }

  rowIndex(rowId: string): number {
    if (!this.index) this.index = new Map(this.rowIds.map((id, i) => [id, i]))
    return this.index.get(rowId) ?? -1
  }
  private index: Map<string, number> | null = null

  /** Expression variable access: missing codes (and excluded non-substantive answers) read as null. */
  resolver(): Resolver {
    return (name) => {
      const v = this.find(name)
      if (!v) return null
      const isMissing = missingTester(excludedCodes(v))
      const values = v.values
      return { get: (row) => {
        const x = values[row] as Value
        return x === null || isMissing(x) ? null : x
      } }
    }
  }

  nameTaken(name: string, ...except: WorkVar[]): boolean {
    const lower = name.toLowerCase()
    return this.vars.some((v) => !except.includes(v) && !v.dropped && v.name.toLowerCase() === lower)
  }
}

/** Values a variable's bases leave out: missing codes, and non-substantive answers unless included. */
export function excludedCodes(v: { missingCodes: (string | number)[]; nonSubstantive?: NonSubstantive }): (string | number)[] {
  return v.nonSubstantive && !v.nonSubstantive.include ? [...v.missingCodes, ...v.nonSubstantive.values] : v.missingCodes
}

/** A step names a variable the frame does not have (skipped and reported, never fatal). */
export class MissingVariable extends EsitiError {
  constructor(readonly variable: string) {
    super('NOT_FOUND', 'survey.step.variableMissing', { v: variable })
  }
}
