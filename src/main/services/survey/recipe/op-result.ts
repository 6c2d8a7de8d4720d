import { msg, type MessageKey, type Msg, type MsgParams } from '../../../../shared/messages'
import type { CleanValue } from '../frame'
import { codeArray, Interner, sameValue } from './column-codes'
import type { WorkFrame, WorkVar } from './work-frame'

/** A note for the user about what a step did: a message the window and the CLI word themselves. */
export type Warning = Msg

export const warn = (key: MessageKey, params?: MsgParams): Warning => msg(key, params)

/** What one step did: cells whose value changed, rows excluded or flagged, and notes for the user. */
export interface OpResult {
  cells: number
  rows: number
  warnings: Warning[]
}

export const result = (cells = 0, rows = 0, warnings: Warning[] = []): OpResult => ({ cells, rows, warnings })

/** Everything a step needs besides its own JSON. */
export interface OpContext {
  frame: WorkFrame
  /** Deterministic id of the variable a derive step creates (stable across re-runs of the recipe). */
  derivedId(stepId: string, index: number): string
}

/** Variables a step addresses: "*" means every active text-like variable. */
export function targets(frame: WorkFrame, list: '*' | string[], filter: (v: WorkVar) => boolean): WorkVar[] {
  if (list === '*') return frame.active().filter(filter)
  return list.map((n) => frame.get(n))
}

export { sameValue }

/** A value as a message parameter: shortened, lists joined, empty as the word for it. */
export const show = (v: CleanValue): string | Msg => {
  if (v === null) return msg('survey.step.emptyValue')
  const s = Array.isArray(v) ? v.join(', ') : String(v)
  return s.length > 40 ? s.slice(0, 37) + '…' : s
}

/**
 * Applies a per-value function to every active row of a variable and counts the changes. Values repeat
 * a lot, so each distinct value is transformed once: through the variable's dictionary view when it
 * has one (which then stays valid), else through a cache of distinct strings.
 */
export function mapValues(frame: WorkFrame, v: WorkVar, fn: (x: CleanValue) => CleanValue): number {
  if (v.codes) return mapCoded(frame, v, fn)
  let changed = 0
  const cache = new Map<string, CleanValue>()
  const values = v.values
  for (let r = 0; r < frame.n; r++) {
    const x = values[r]
    if (x === null) continue
    let y: CleanValue
    if (typeof x === 'string') {
      const hit = cache.get(x)
      if (hit !== undefined || cache.has(x)) y = hit as CleanValue
      else {
        y = fn(x)
        if (cache.size < 100_000) cache.set(x, y)
      }
    } else y = fn(x)
    if (!sameValue(x, y)) {
      values[r] = y
      v.base = false
      if (frame.isActive(r)) changed++
    }
  }
  return changed
}

function mapCoded(frame: WorkFrame, v: WorkVar, fn: (x: CleanValue) => CleanValue): number {
  const { codes, dict } = v.codes!
  const next = new Interner()
  const remap = new Uint32Array(dict.length)
  const out: CleanValue[] = [null]
  let anyChange = false
  for (let k = 1; k < dict.length; k++) {
    const x = dict[k]
    const y = fn(x)
    const same = sameValue(x, y)
    // An unchanged value keeps its own object, so that the view and the values agree entry by entry.
    remap[k] = next.code(same ? x : y)
    out[k] = same ? undefined as unknown as CleanValue : y
    if (!same) anyChange = true
  }
  if (!anyChange) return 0
  v.base = false
  const values = v.values
  const active = frame.activeMask()
  const recoded = codeArray(frame.n, next.dict.length)
  let changed = 0
  for (let r = 0; r < frame.n; r++) {
    const k = codes[r]
    recoded[r] = remap[k]
    if (k !== 0 && out[k] !== undefined) {
      values[r] = out[k]
      changed += active[r]
    }
  }
  v.codes = { codes: recoded, dict: next.dict }
  return changed
}
