import type { CleanValue } from '../../frame'
import { missingTester } from '../../infer/missing-codes'
import { looseKey } from '../../infer/text-norm'
import { msg } from '../../../../../shared/messages'
import { nearKeys } from './near-keys'
import { compileExpression, isTruthy } from '../expression'
import { result, show, warn, type OpContext, type OpResult, type Warning } from '../op-result'
import type { StepOf } from '../steps'
import { excludedCodes, type WorkFrame, type WorkVar } from '../work-frame'

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
 * by a timestamp variable. Within each wave by default: a person who answered in 2022 and in 2023 is
 * two respondents of a panel, not a duplicate (scope 'all' dedupes across waves). A row with any part
 * of a compound key blank matches nothing. Near-duplicates are only flagged: keys with a typing slip
 * (near-keys.ts), and rows whose answers are all identical under different keys.
 */
export function dedupe(ctx: OpContext, step: StepOf<'dedupe'>): OpResult {
  const frame = ctx.frame
  const keys = step.keys.map((k) => frame.get(k))
  const stamp = step.by ? frame.get(step.by) : null
  const testers = keys.map((k) => missingTester(excludedCodes(k)))
  const byWave = step.scope !== 'all' && frame.rowWave.some((w) => w !== null)
  const groups = new Map<string, number[]>()
  for (let r = 0; r < frame.n; r++) {
    if (!frame.isActive(r)) continue
    let key: string | null
    if (keys.length === 1) key = keyPart(keys[0].values[r], testers[0])
    else {
      // Every part must be there: "Rossi" + blank is not the same person as "Rossi" + blank.
      key = ''
      for (let i = 0; i < keys.length && key !== null; i++) {
        const part = keyPart(keys[i].values[r], testers[i])
        key = part === null ? null : i ? `${key}\u0001${part}` : part
      }
    }
    if (key === null) continue
    if (byWave) key = `${frame.rowWave[r] ?? ''}\u0004${key}`
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
      const params = { row: frame.sheetRows[keep], keys: keyNames, value: show(keys[0].values[r]), keep: msg(`survey.keep.${step.keep}`) }
      frame.exclude(r, {
        step: step.id,
        reason: byWave ? msg('survey.excluded.duplicateInWave', { ...params, wave: frame.rowWave[r] ?? '' }) : msg('survey.excluded.duplicate', params)
      })
      rows++
    }
  }
  if (step.near) flagNear(frame, step, keys, groups, byWave)
  return result(0, rows, rows ? [] : [warn('survey.step.noDuplicates')])
}

function flagNear(frame: WorkFrame, step: StepOf<'dedupe'>, keys: WorkVar[], groups: Map<string, number[]>, byWave: boolean): void {
  // Keys are compared within their scope (the wave, when deduping by wave): "scope\u0004key".
  const scopeOf = (k: string): string => (byWave ? k.slice(0, k.indexOf('\u0004')) : '')
  const bare = (k: string): string => (byWave ? k.slice(k.indexOf('\u0004') + 1) : k)
  const distinct = [...groups.keys()].filter((k) => bare(k).replace(/\u0001/g, '').length >= 4)
  // Block by first and last three characters so that only plausible pairs are compared.
  const blocks = new Map<string, string[]>()
  for (const k of distinct) {
    const b = bare(k)
    for (const block of [`${scopeOf(k)}^${b.slice(0, 3)}`, `${scopeOf(k)}$${b.slice(-3)}`]) {
      const list = blocks.get(block)
      if (list) list.push(k)
      else blocks.set(block, [k])
    }
  }
  const flagged = new Set<string>()
  // Each key as nearKeys reads it, and its digits-blind shape, made once per key instead of once per
  // pair: a block of 100 respondent ids "R000123"… is ~5,000 pairs, and keys whose shapes are equal
  // differ only in digits, which nearKeys never calls a slip (it answers false for them).
  const spaced = new Map<string, { text: string; shape: string }>()
  const form = (k: string): { text: string; shape: string } => {
    let f = spaced.get(k)
    if (!f) {
      const text = bare(k).replace(/\u0001/g, ' ')
      f = { text, shape: text.replace(/\d+/g, '#') }
      spaced.set(k, f)
    }
    return f
  }
  for (const list of blocks.values()) {
    if (list.length < 2 || list.length > 2000) continue
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]
        const b = list[j]
        const x = form(a)
        const y = form(b)
        if (Math.abs(x.text.length - y.text.length) > 2 || x.shape === y.shape || !nearKeys(x.text, y.text)) continue
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
          message: msg('survey.issue.near', { row: frame.sheetRows[other], value: show(keys[0].values[row]), other: show(keys[0].values[other]) }),
          related: [frame.rowIds[other]]
        })
      }
  }
  // Identical answers to every question under different keys (within the scope).
  const questions = frame.active().filter((v) => v.role === 'question' && !keys.includes(v))
  if (questions.length < 3) return
  // Rows are bucketed by a hash of their answers' dictionary codes (equal answers share a code; a
  // Map keys 1 and "1" apart) and compared code by code on a hit.
  const n = frame.n
  const codes = questions.map((v) => frame.codesOf(v).codes)
  const same = (a: number, b: number): boolean => (!byWave || frame.rowWave[a] === frame.rowWave[b]) && codes.every((col) => col[a] === col[b])
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
      message: msg('survey.issue.same', { count: questions.length, row: frame.sheetRows[first], key: keys[0].name }),
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
    frame.exclude(r, { step: step.id, reason: msg('survey.excluded.byRule', { reason: step.reason }) })
    rows++
  }
  if (step.rows) {
    let unknown = 0
    for (const id of step.rows) {
      const r = frame.rowIndex(id)
      if (r < 0) unknown++
      mark(r)
    }
    if (unknown) warnings.push(warn('survey.step.unknownRows', { count: unknown }))
  }
  if (step.where) {
    const expr = compileExpression(step.where, frame.resolver())
    for (let r = 0; r < frame.n; r++) if (frame.isActive(r) && isTruthy(expr.evaluate(r))) mark(r)
  }
  return result(0, rows, warnings)
}
