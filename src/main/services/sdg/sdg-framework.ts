import { createHash } from 'node:crypto'
import { SDG_GOALS, type SdgGoalRef, type SdgTargetRef } from './sdg-reference'

export { SDG_GOALS, type SdgGoalRef, type SdgTargetRef }

export type SdgLocale = 'it' | 'en'

const GOALS = new Map(SDG_GOALS.map((g) => [g.number, g]))
const TARGETS = new Map(SDG_GOALS.flatMap((g) => g.targets.map((t) => [t.code, { goal: g, target: t }] as const)))

/**
 * A stable UUID for a goal or target, the same in every project, so that templates, merges and
 * exports refer to "target 5.4" by one id (UUID version 5 layout over a SHA-1 of the code).
 */
export function sdgRefId(kind: 'goal' | 'target', code: string | number): string {
  const h = createHash('sha1').update(`esiti-sdg:${kind}:${code}`).digest()
  h[6] = (h[6] & 0x0f) | 0x50
  h[8] = (h[8] & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`
}

export const sdgGoal = (n: number): SdgGoalRef | undefined => GOALS.get(n)
export const sdgTarget = (code: string): { goal: SdgGoalRef; target: SdgTargetRef } | undefined => TARGETS.get(code)

export type SdgCode = { kind: 'goal'; goal: number } | { kind: 'target'; goal: number; code: string }

/** "5", "SDG 5", "5.4", "5.B" → the goal or target, or null when it is not part of the 2030 Agenda. */
export function parseSdgCode(text: string): SdgCode | null {
  const s = text.trim().replace(/^(sdg|goal|obiettivo)\s*/i, '')
  const m = /^(\d{1,2})(?:\.([0-9]{1,2}|[a-z]))?$/i.exec(s)
  if (!m) return null
  const goal = Number(m[1])
  if (!GOALS.has(goal)) return null
  if (m[2] === undefined) return { kind: 'goal', goal }
  const code = `${goal}.${m[2].toLowerCase()}`
  return TARGETS.has(code) ? { kind: 'target', goal, code } : null
}

export const goalTitle = (g: SdgGoalRef, locale: SdgLocale): string => g.short[locale]
export const targetText = (t: SdgTargetRef, locale: SdgLocale): string => t[locale]

export const SDG_GOAL_COUNT = SDG_GOALS.length
export const SDG_TARGET_COUNT = TARGETS.size
