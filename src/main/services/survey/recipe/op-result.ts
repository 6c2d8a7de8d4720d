import type { CleanValue } from '../frame'
import type { WorkFrame, WorkVar } from './work-frame'

/** What one step did: cells whose value changed, rows excluded or flagged, and notes for the user. */
export interface OpResult {
  cells: number
  rows: number
  warnings: string[]
}

export const result = (cells = 0, rows = 0, warnings: string[] = []): OpResult => ({ cells, rows, warnings })

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

export const sameValue = (a: CleanValue, b: CleanValue): boolean => {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i])
  return false
}

export const show = (v: CleanValue): string => {
  const s = v === null ? '(vuoto)' : Array.isArray(v) ? v.join(', ') : String(v)
  return `"${s.length > 40 ? s.slice(0, 37) + '…' : s}"`
}

/**
 * Applies a per-value function to every active row of a variable and counts the changes. Values repeat
 * a lot, so each distinct string is transformed once.
 */
export function mapValues(frame: WorkFrame, v: WorkVar, fn: (x: CleanValue) => CleanValue): number {
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
      if (frame.isActive(r)) changed++
    }
  }
  return changed
}
