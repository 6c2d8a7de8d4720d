import type { ProjectFile } from '../../db/project-file'

export interface FoldOptions {
  caseFold: boolean
  accentFold: boolean
}

/**
 * A folded copy of a text with, for every folded code unit, the index of the original character it
 * came from; `map` is null when every character folded to as many code units as it had (é → e), so
 * that positions are the same in both.
 */
export interface Folded {
  text: string
  map: Uint32Array | null
}

const MARK = /\p{M}/gu
const TYPO: Record<string, string> = { '’': "'", '‘': "'", 'ʼ': "'", '“': '"', '”': '"' }

/** Folds one character: lower case, then decomposition without accents (é → e), typographic quotes to plain ones. */
export function foldChar(ch: string, opts: FoldOptions): string {
  let f = ch
  if (opts.caseFold) f = f.toLowerCase()
  if (opts.accentFold) f = TYPO[f] ?? f.normalize('NFD').replace(MARK, '')
  return f
}

export function foldString(s: string, opts: FoldOptions): string {
  let out = ''
  for (const ch of s) out += foldChar(ch, opts)
  return out
}

/**
 * Folds a text for accent- and case-insensitive search (Italian "perche" finds "perché") and keeps
 * the offset map back to the original, so hits are reported in original offsets.
 */
export function foldText(text: string, opts: FoldOptions): Folded {
  return foldSameLength(text, opts) ?? foldWithMap(text, opts)
}

const memos = new Map<string, Map<string, string>>()

/** Folds of non-ASCII characters, memoised: Italian text repeats a handful of accented letters. */
function memoFor(opts: FoldOptions): Map<string, string> {
  const key = `${opts.caseFold ? 1 : 0}${opts.accentFold ? 1 : 0}`
  let m = memos.get(key)
  if (!m) memos.set(key, (m = new Map()))
  return m
}

/**
 * The fast path: ASCII is lower-cased by the engine in one go, other characters one by one; null
 * as soon as a character folds to a different number of code units (then the map is needed).
 */
function foldSameLength(text: string, opts: FoldOptions): Folded | null {
  const lower = opts.caseFold ? text.toLowerCase() : text
  if (lower.length !== text.length) return null
  const memo = memoFor(opts)
  const parts: string[] = []
  let from = 0
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) continue
    const c = text.charCodeAt(i)
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1
    const ch = text.slice(i, i + width)
    let f = memo.get(ch)
    if (f === undefined) memo.set(ch, (f = foldChar(ch, opts)))
    if (f.length !== width) return null
    parts.push(lower.slice(from, i), f)
    from = i + width
    i += width - 1
  }
  if (from === 0) return { text: lower, map: null }
  parts.push(lower.slice(from))
  return { text: parts.join(''), map: null }
}

function foldWithMap(text: string, opts: FoldOptions): Folded {
  let buf = new Uint16Array(text.length + 16)
  let map = new Uint32Array(text.length + 16)
  let n = 0
  const push = (unit: number, from: number): void => {
    if (n === buf.length) {
      const nb = new Uint16Array(buf.length * 2)
      nb.set(buf)
      buf = nb
      const nm = new Uint32Array(map.length * 2)
      nm.set(map)
      map = nm
    }
    buf[n] = unit
    map[n++] = from
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      push(opts.caseFold && c >= 65 && c <= 90 ? c + 32 : c, i)
      continue
    }
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length
    const ch = wide ? text.slice(i, i + 2) : text[i]
    const f = foldChar(ch, opts)
    for (let k = 0; k < f.length; k++) push(f.charCodeAt(k), i)
    if (wide) i++
  }
  let out = ''
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode(...buf.subarray(i, Math.min(n, i + 8192)))
  return { text: out, map: map.subarray(0, n) }
}

/** Original range of a folded match [fs, fe): whole characters, trailing combining marks included. */
export function originalRange(text: string, folded: Folded, fs: number, fe: number): [number, number] {
  const start = folded.map ? folded.map[fs] : fs
  const last = folded.map ? folded.map[fe - 1] : fe - 1
  let end = last + (text.charCodeAt(last) >= 0xd800 && text.charCodeAt(last) <= 0xdbff ? 2 : 1)
  while (end < text.length && /\p{M}/u.test(text[end])) end++
  return [start, end]
}

const cache = new WeakMap<ProjectFile, { entries: Map<string, Folded>; chars: number }>()
const MAX_CACHED = 60_000_000

/**
 * Folded texts are cached per open project (source texts never change) up to MAX_CACHED folded
 * characters. Past the cap new texts are folded but not kept: evicting the oldest instead would make
 * every search over a corpus larger than the cap miss on every source (it reads them in one order).
 */
export function foldedSource(project: ProjectFile, sourceId: string, text: string, opts: FoldOptions): Folded {
  let c = cache.get(project)
  if (!c) cache.set(project, (c = { entries: new Map(), chars: 0 }))
  const key = `${sourceId}:${opts.caseFold ? 1 : 0}${opts.accentFold ? 1 : 0}`
  const hit = c.entries.get(key)
  if (hit) return hit
  const f = foldText(text, opts)
  if (c.chars + f.text.length <= MAX_CACHED) {
    c.entries.set(key, f)
    c.chars += f.text.length
  }
  return f
}
