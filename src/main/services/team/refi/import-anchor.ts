import type { OffsetDialectDto, UnanchoredDto } from '../../../../shared/ipc/team'
import { msg, type Msg } from '../../../../shared/messages'
import { chooseDialect, quoteMatches, SourceAnchor } from './anchor'
import type { LoadedSource } from './import-load'
import type { RefiSelection } from './qde-read'

/** True when an offset falls between the two halves of a surrogate pair (inside one character). */
const splitsPair = (t: string, p: number): boolean => {
  const c = t.charCodeAt(p)
  const b = t.charCodeAt(p - 1)
  return p > 0 && p < t.length && c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff
}

export interface AnchoredSelection {
  sel: RefiSelection
  start: number
  end: number
  quote: string
}

export interface AnchoredSource {
  loaded: LoadedSource
  /** The stored (normalised) text, or null when the source text is missing. */
  text: string | null
  dialect: OffsetDialectDto | null
  selections: Map<string, AnchoredSelection>
  unanchored: UnanchoredDto[]
}

/**
 * Places every selection of a source on the stored text and verifies it: the quote re-extracted
 * from our text must equal the one cut from the producer's text in its own units, and, when the
 * producer stores quotes in selection names, match that too. Failures are listed, never shifted.
 */
export function anchorSource(loaded: LoadedSource, origin: string | null, codeName: (guid: string) => string): AnchoredSource {
  const src = loaded.refi
  const label = src.name ?? src.plainTextPath ?? src.guid
  const selections = new Map<string, AnchoredSelection>()
  const unanchored: UnanchoredDto[] = []
  const report = (s: RefiSelection, reason: Msg): void => {
    if (s.codings.length)
      unanchored.push({ source: label, selection: s.guid, start: s.start, end: s.end, codes: s.codings.map((c) => codeName(c.code)), reason })
  }
  if (!loaded.decoded || !loaded.decoded.text.trim()) {
    for (const s of src.selections) report(s, msg(loaded.decoded ? 'refi.unanchored.emptyText' : 'refi.unanchored.missingText'))
    return { loaded, text: null, dialect: null, selections, unanchored }
  }
  const anchor = new SourceAnchor(loaded.decoded.text)
  const valid = src.selections.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end))
  const choice = chooseDialect(anchor, valid, origin)
  const quoteMode = choice.named > 0 && choice.quoteMatches / choice.named >= 0.5
  const d = choice.dialect
  for (const s of src.selections) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) {
      report(s, msg('refi.unanchored.notNumber'))
      continue
    }
    if (s.end === s.start) {
      report(s, msg('refi.unanchored.empty'))
      continue
    }
    if (s.end < s.start) {
      report(s, msg('refi.unanchored.endBeforeStart'))
      continue
    }
    const a = anchor.toStored(s.start, d)
    const b = anchor.toStored(s.end, d)
    if (a === null || b === null) {
      report(s, msg(d === 'utf16' || d === 'utf16-lf' ? 'refi.unanchored.outsideUtf16' : 'refi.unanchored.outsideCodepoints', { length: anchor.stored.length }))
      continue
    }
    const quote = anchor.stored.slice(a, b)
    if (b <= a || splitsPair(anchor.stored, a) || splitsPair(anchor.stored, b) || anchor.producerQuote(s.start, s.end, d) !== quote) {
      report(s, msg('refi.unanchored.insideCharacter'))
      continue
    }
    if (quoteMode && s.name && !quoteMatches(s.name, quote)) {
      report(s, msg('refi.unanchored.quoteDiffers', { quote: s.name.slice(0, 40) }))
      continue
    }
    selections.set(s.guid, { sel: s, start: a, end: b, quote })
  }
  return {
    loaded,
    text: anchor.stored,
    dialect: {
      source: label,
      dialect: d,
      aligned: choice.aligned,
      total: valid.length,
      verified: selections.size,
      named: choice.named,
      quoteMatches: choice.quoteMatches
    },
    selections,
    unanchored
  }
}
