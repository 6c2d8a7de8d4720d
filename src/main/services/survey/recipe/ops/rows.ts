import type { CleanValue } from '../../frame'
import { missingTester } from '../../infer/missing-codes'
import { levenshtein, looseKey } from '../../infer/text-norm'
import { compileExpression, isTruthy } from '../expression'
import { result, show, warn, type OpContext, type OpResult, type Warning } from '../op-result'
import type { StepOf } from '../steps'
import type { WorkFrame, WorkVar } from '../work-frame'

function keyPart(x: CleanValue, isCode: (x: unknown) => boolean): string | null {
  if (x === null || isCode(x)) return null
  if (Array.isArray(x)) return [...x].sort().join('\u0002')
  if (typeof x === 'string') {
    const k = looseKey(x)
    return k === '' ? null : k
  }
  return String(x)
}

function compareStamp(a: CleanValue, b: CleanValue): number {
  if (a === null) return b === null ? 0 : -1
  if (b === null) return 1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const s = String(a)
  const t = String(b)
  return s < t ? -1 : s > t ? 1 : 0
}

/**
 * Removes repeated submissions of the same respondent (same key), keeping the latest (or earliest)
 * by a timestamp variable. Near-duplicates are only flagged: keys one or two edits apart, and rows
 * whose answers are all identical under different keys.
 */
export function dedupe(ctx: OpContext, step: StepOf<'dedupe'>): OpResult {
  const frame = ctx.frame
  const keys = step.keys.map((k) => frame.get(k))
  const stamp = step.by ? frame.get(step.by) : null
  const testers = keys.map((k) => missingTester(k.missingCodes))
  const groups = new Map<string, number[]>()
  for (let r = 0; r < frame.n; r++) {
    if (!frame.isActive(r)) continue
    let key: string
    if (keys.length === 1) {
      // The usual single key: no per-row arrays.
      const part = keyPart(keys[0].values[r], testers[0])
      if (part === null) continue
      key = part
    } else {
      const parts = keys.map((k, i) => keyPart(k.values[r], testers[i]))
      if (parts.every((p) => p === null)) continue
      key = parts.map((p) => p ?? '').join('\u0001')
    }
    const g = groups.get(key)
    if (g) g.push(r)
    else groups.set(key, [r])
  }
  let rows = 0
  const keyNames = keys.map((k) => k.name).join(', ')
  for (const g of groups.values()) {
    if (g.length < 2) continue
    let keep = g[0]
    for (const r of g.slice(1)) {
      const c = stamp ? compareStamp(stamp.values[r], stamp.values[keep]) : 1
      if (step.keep === 'latest' ? c >= 0 : c < 0) keep = r
    }
    for (const r of g) {
      if (r === keep) continue
      frame.exclude(r, {
        step: step.id,
        reason: `Duplicate of row ${frame.sheetRows[keep]} (same ${keyNames}: ${show(keys[0].values[r])}); the ${step.keep} submission is kept.`
      })
      rows++
    }
  }
  if (step.near) flagNear(frame, step, keys, groups)
  return result(0, rows, rows ? [] : [warn('noDuplicates', {}, 'No duplicate respondents found.')])
}

function flagNear(frame: WorkFrame, step: StepOf<'dedupe'>, keys: WorkVar[], groups: Map<string, number[]>): void {
  const distinct = [...groups.keys()].filter((k) => k.replace(/\u0001/g, '').length >= 4)
  // Block by first and last three characters so that only plausible pairs are compared.
  const blocks = new Map<string, string[]>()
  for (const k of distinct)
    for (const b of [`^${k.slice(0, 3)}`, `$${k.slice(-3)}`]) {
      const list = blocks.get(b)
      if (list) list.push(k)
      else blocks.set(b, [k])
    }
  const flagged = new Set<string>()
  // Keys that differ only in digits are different people (persona1 / persona2, 1017 / 1018), not
  // typos: such pairs are never compared, which also spares numeric ids any edit distance at all.
  const shapes = new Map<string, string>()
  const shapeOf = (k: string): string => {
    let s = shapes.get(k)
    if (s === undefined) shapes.set(k, (s = k.replace(/\d+/g, '#')))
    return s
  }
  for (const list of blocks.values()) {
    if (list.length < 2 || list.length > 2000) continue
    const shape = list.map(shapeOf)
    if (shape.every((x) => x === shape[0])) continue
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        if (shape[i] === shape[j]) continue
        const a = list[i]
        const b = list[j]
        if (Math.abs(a.length - b.length) > 2) continue
        const radius = Math.min(a.length, b.length) > 12 ? 2 : 1
        if (levenshtein(a, b, radius) > radius) continue
        const pair = a < b ? `${a}\u0003${b}` : `${b}\u0003${a}`
        if (flagged.has(pair)) continue
        flagged.add(pair)
        const ra = groups.get(a)!.filter((r) => frame.isActive(r))
        const rb = groups.get(b)!.filter((r) => frame.isActive(r))
        if (!ra.length || !rb.length) continue
        const row = Math.max(ra[0], rb[0])
        const other = row === ra[0] ? rb[0] : ra[0]
        frame.issues.push({
          id: `${step.id}:near:${frame.rowIds[row]}`,
          step: step.id,
          rule: 'near-duplicate',
          severity: 'warning',
          row: frame.rowIds[row],
          sheetRow: frame.sheetRows[row],
          wave: frame.rowWave[row],
          variable: keys[0].name,
          value: keys[0].values[row],
          message: `Possible duplicate of row ${frame.sheetRows[other]}: ${show(keys[0].values[row])} vs ${show(keys[0].values[other])}.`,
          related: [frame.rowIds[other]]
        })
      }
  }
  // Identical answers to every question under different keys.
  const questions = frame.active().filter((v) => v.role === 'question' && !keys.includes(v))
  if (questions.length < 3) return
  // Rows are bucketed by a hash of their answers' dictionary codes (equal answers share a code; a
  // Map keys 1 and "1" apart) and compared code by code on a hit.
  const n = frame.n
  const codes = questions.map((v) => frame.codesOf(v).codes)
  const same = (a: number, b: number): boolean => codes.every((col) => col[a] === col[b])
  const buckets = new Map<number, number[]>()
  for (let r = 0; r < n; r++) {
    if (!frame.isActive(r)) continue
    let answered = 0
    let h = 0x811c9dc5
    for (const col of codes) {
      const c = col[r]
      if (c !== 0) answered++
      h = Math.imul(h ^ c, 0x01000193)
    }
    if (answered < 3) continue
    const bucket = buckets.get(h)
    const first = bucket?.find((x) => same(x, r))
    if (first === undefined) {
      if (bucket) bucket.push(r)
      else buckets.set(h, [r])
      continue
    }
    frame.issues.push({
      id: `${step.id}:same:${frame.rowIds[r]}`,
      step: step.id,
      rule: 'identical-answers',
      severity: 'warning',
      row: frame.rowIds[r],
      sheetRow: frame.sheetRows[r],
      wave: frame.rowWave[r],
      variable: null,
      value: null,
      message: `Same answers to all ${questions.length} questions as row ${frame.sheetRows[first]} under a different ${keys[0].name}.`,
      related: [frame.rowIds[first]]
    })
  }
}

export function exclude(ctx: OpContext, step: StepOf<'exclude'>): OpResult {
  const frame = ctx.frame
  let rows = 0
  const warnings: Warning[] = []
  const mark = (r: number): void => {
    if (r < 0 || !frame.isActive(r)) return
    frame.exclude(r, { step: step.id, reason: step.reason })
    rows++
  }
  if (step.rows) {
    let unknown = 0
    for (const id of step.rows) {
      const r = frame.rowIndex(id)
      if (r < 0) unknown++
      mark(r)
    }
    if (unknown) warnings.push(warn('unknownRows', { n: unknown }, `${unknown} row id(s) are not in this dataset.`))
  }
  if (step.where) {
    const expr = compileExpression(step.where, frame.resolver())
    for (let r = 0; r < frame.n; r++) if (frame.isActive(r) && isTruthy(expr.evaluate(r))) mark(r)
  }
  return result(0, rows, warnings)
}
