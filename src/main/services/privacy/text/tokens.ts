/**
 * Words of a text with their offsets (UTF-16 code units of the stored NFC text, like every offset in
 * Esiti) and a folded form for matching: lower case, accents removed, one code unit per code unit,
 * so a match in the folded text is a match at the same offsets in the text.
 */
export interface Token {
  start: number
  end: number
  text: string
  folded: string
  /** Starts with a capital letter. */
  cap: boolean
  /** Every letter is a capital (and there are at least two). */
  upper: boolean
  /** First word of a sentence, a line or a speaker's turn: capitalised anyway. */
  sentenceStart: boolean
}

const foldCache = new Map<number, string>()

/** One code unit folded: lower case without diacritics; characters that would grow stay as they are. */
export function foldUnit(code: number): string {
  let f = foldCache.get(code)
  if (f === undefined) {
    const ch = String.fromCharCode(code)
    if (code >= 0xd800 && code <= 0xdfff) f = ch
    else {
      const base = ch.normalize('NFD').toLowerCase()
      f = base.length >= 1 && base.codePointAt(0)! <= 0xffff ? base[0] : ch
      if (/\p{M}/u.test(f)) f = ch
    }
    foldCache.set(code, f)
  }
  return f
}

/** The folded form of a whole string (same length). */
export function fold(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) out += foldUnit(s.charCodeAt(i))
  return out
}

/** A key for comparing names: folded, spaces and apostrophes normalised. */
export function nameKey(s: string): string {
  return fold(s.normalize('NFC'))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

const WORD = /[\p{L}\p{M}]+/gu
const OPENERS = new Set(['"', "'", '«', '“', '‘', '(', '[', '-', '–', '—', '*', '•'])
const ENDERS = new Set(['.', '!', '?', '…', ':', ';', '\n'])

function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0) {
    const c = text[i]
    if (c === ' ' || c === '\t' || c === '\u00a0' || OPENERS.has(c)) {
      i--
      continue
    }
    return ENDERS.has(c)
  }
  return true
}

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(WORD)) {
    const start = m.index
    const t = m[0]
    const first = t[0]
    const cap = first !== first.toLowerCase() && first === first.toUpperCase()
    const letters = t.replace(/\p{M}/gu, '')
    const upper = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
    out.push({ start, end: start + t.length, text: t, folded: fold(t), cap, upper, sentenceStart: isSentenceStart(text, start) })
  }
  return out
}

/** Characters allowed between two words of one name ("Anna Maria", "D'Amico", "Rossi-Bianchi", "G. Verdi"). */
export function joinable(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false
  const gap = text.slice(from, to)
  return /^(?:[ \u00a0]|[ \u00a0]?['’\-.][ \u00a0]?)$/.test(gap)
}
