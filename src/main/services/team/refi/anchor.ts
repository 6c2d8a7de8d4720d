import type { OffsetDialectDto } from '../../../../shared/ipc/team'
import { OffsetMap } from './offsets'

export type Dialect = OffsetDialectDto['dialect']

/**
 * Maps a producer's selection offsets onto the stored text (NFC, LF, UTF-16). Producers count
 * differently: the standard says code points; NVivo counts UTF-16 units with CRLF as two; ATLAS.ti
 * counts code points with CRLF as one. Each dialect is a path from the producer's text to ours.
 */
export class SourceAnchor {
  /** Text as stored: NFC with LF line ends. */
  readonly stored: string
  private readonly lf: string
  private readonly rawMap: OffsetMap
  private readonly lfMap: OffsetMap
  /** UTF-16 indices of the CR of every CRLF in the raw text (dropped when normalising). */
  private readonly crs: number[] = []
  /** NFC chunk starts in the LF text and in the stored text, when NFC changed anything. */
  private readonly nfc: { lf: number[]; st: number[]; lfLen: number[]; stLen: number[] } | null

  constructor(readonly raw: string) {
    for (let i = raw.indexOf('\r'); i >= 0; i = raw.indexOf('\r', i + 1)) if (raw[i + 1] === '\n') this.crs.push(i)
    this.lf = raw.replace(/\r\n?/g, '\n')
    this.rawMap = new OffsetMap(raw)
    this.lfMap = this.crs.length || raw.includes('\r') ? new OffsetMap(this.lf) : this.rawMap
    const nfc = this.lf.normalize('NFC')
    this.stored = nfc
    this.nfc = nfc === this.lf ? null : nfcChunks(this.lf)
  }

  /** Dialects that give different results on this text (the others are equivalent to one of them). */
  distinctDialects(order: Dialect[]): Dialect[] {
    const astral = this.rawMap.astral > 0
    const crlf = this.crs.length > 0
    const seen = new Set<string>()
    return order.filter((d) => {
      const key = `${astral && d.startsWith('utf16') ? 'u' : 'c'}${crlf && d.endsWith('-lf') ? 'l' : 'r'}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  }

  private lfToStored(p: number): number {
    if (!this.nfc) return p
    const { lf, st, stLen } = this.nfc
    let lo = 0
    let hi = lf.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lf[mid] <= p) lo = mid
      else hi = mid - 1
    }
    return st[lo] + Math.min(p - lf[lo], stLen[lo])
  }

  private rawToLf(p: number): number {
    let lo = 0
    let hi = this.crs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.crs[mid] < p) lo = mid + 1
      else hi = mid
    }
    return p - lo
  }

  /** The producer's offset as a UTF-16 offset in its own text (raw or LF), or null when out of range. */
  private producerUnit(pos: number, d: Dialect): number | null {
    if (!Number.isInteger(pos) || pos < 0) return null
    const map = d.endsWith('-lf') ? this.lfMap : this.rawMap
    if (d.startsWith('utf16')) return pos <= map.text.length ? pos : null
    return pos <= map.codePoints ? map.toUtf16(pos) : null
  }

  /** Stored offset of a producer offset, or null when it falls outside the producer's text. */
  toStored(pos: number, d: Dialect): number | null {
    const u = this.producerUnit(pos, d)
    if (u === null) return null
    return this.lfToStored(d.endsWith('-lf') ? u : this.rawToLf(u))
  }

  /** The selected text as the producer saw it, normalised like the stored text. */
  producerQuote(start: number, end: number, d: Dialect): string | null {
    const s = this.producerUnit(start, d)
    const e = this.producerUnit(end, d)
    if (s === null || e === null || e < s) return null
    const text = d.endsWith('-lf') ? this.lf : this.raw
    return text.slice(s, e).replace(/\r\n?/g, '\n').normalize('NFC')
  }
}

/** Splits the LF text before every ASCII character (never part of an NFC composition) and maps chunk starts. */
function nfcChunks(lf: string): { lf: number[]; st: number[]; lfLen: number[]; stLen: number[] } {
  const out = { lf: [] as number[], st: [] as number[], lfLen: [] as number[], stLen: [] as number[] }
  let from = 0
  let stored = 0
  const flush = (to: number): void => {
    if (to <= from) return
    const n = lf.slice(from, to).normalize('NFC').length
    out.lf.push(from)
    out.st.push(stored)
    out.lfLen.push(to - from)
    out.stLen.push(n)
    stored += n
    from = to
  }
  for (let i = 1; i < lf.length; i++) if (lf.charCodeAt(i) < 0x80) flush(i)
  flush(lf.length)
  if (out.lf.length === 0) out.lf.push(0), out.st.push(0), out.lfLen.push(0), out.stLen.push(0)
  return out
}

const WORD = /[\p{L}\p{N}]/u

/** True when an offset does not cut a word in two. */
export function onBoundary(text: string, p: number): boolean {
  if (p <= 0 || p >= text.length) return true
  return !(WORD.test(text[p - 1]) && WORD.test(text[p]))
}

/** Compares a stored selection name with the extracted quote, tolerant of whitespace and truncation. */
export function quoteMatches(name: string, quote: string): boolean {
  const squash = (s: string): string => s.replace(/\r\n?/g, '\n').normalize('NFC').replace(/\s+/g, ' ').trim()
  const n = squash(name)
  const q = squash(quote)
  if (!n) return false
  if (n === q) return true
  const cut = /(…|\.\.\.)$/.exec(n)
  return cut !== null && n.length - cut[0].length >= 10 && q.startsWith(n.slice(0, n.length - cut[0].length).trimEnd())
}

/** Dialect preference by producer (REFI `origin`), used to break ties. */
export function dialectOrder(origin: string | null): Dialect[] {
  if (origin && /nvivo/i.test(origin)) return ['utf16', 'utf16-lf', 'codepoints', 'codepoints-lf']
  if (origin && /atlas/i.test(origin)) return ['codepoints-lf', 'codepoints', 'utf16-lf', 'utf16']
  return ['codepoints', 'codepoints-lf', 'utf16', 'utf16-lf']
}

export interface SelectionPos {
  start: number
  end: number
  name?: string
}

export interface DialectChoice {
  dialect: Dialect
  /** Selections with both ends on a word boundary. */
  aligned: number
  /** Selection ends on a word boundary (two per selection): the finer score used to choose. */
  alignedEnds: number
  quoteMatches: number
  /** Selections carrying a non-empty name (a possible stored quote). */
  named: number
}

/**
 * Picks the dialect under which the selections make most sense: first the one whose stored quotes
 * (selection names) match the text most often, then the one putting most selection ends on word
 * boundaries, then the producer's usual dialect.
 */
export function chooseDialect(anchor: SourceAnchor, selections: SelectionPos[], origin: string | null): DialectChoice {
  const candidates = anchor.distinctDialects(dialectOrder(origin))
  let best: DialectChoice | null = null
  const named = selections.filter((s) => s.name && s.name.trim()).length
  for (const d of candidates) {
    let aligned = 0
    let alignedEnds = 0
    let matches = 0
    for (const s of selections) {
      const a = anchor.toStored(s.start, d)
      const b = anchor.toStored(s.end, d)
      if (a === null || b === null || b <= a) continue
      const ends = (onBoundary(anchor.stored, a) ? 1 : 0) + (onBoundary(anchor.stored, b) ? 1 : 0)
      alignedEnds += ends
      if (ends === 2) aligned++
      if (s.name && quoteMatches(s.name, anchor.stored.slice(a, b))) matches++
    }
    if (!best || matches > best.quoteMatches || (matches === best.quoteMatches && alignedEnds > best.alignedEnds))
      best = { dialect: d, aligned, alignedEnds, quoteMatches: matches, named }
  }
  return best ?? { dialect: dialectOrder(origin)[0], aligned: 0, alignedEnds: 0, quoteMatches: 0, named }
}
