/**
 * Numbers typed by people into questionnaire fields, Italian first: "3,5", "1.200", "€ 1.200,50",
 * "45 anni", "due", "2 e mezzo". The decimal separator is decided per column (see detectDecimal) because
 * "1.200" means 1200 in an Italian column and 1.2 in an English one.
 */

export type DecimalMark = ',' | '.'

const UNIT_WORDS = [
  'euro', 'eur', 'anni', 'anno', 'mesi', 'mese', 'minuti', 'minuto', 'min', 'ore', 'ora', 'h', 'km', 'chilometri',
  'giorni', 'giorno', 'gg', 'dipendenti', 'addetti', 'persone', 'lavoratori', 'volte', 'settimane', 'pz', 'circa'
]
const UNIT_RE = new RegExp(`^(?:${UNIT_WORDS.join('|')})\\.?(?:\\s+(?:a|al|alla|per|in)\\s+\\p{L}+)?$`, 'u')
const PREFIX_RE = /^(?:circa|ca\.?|~|≈|\+-|±|€|eur|euro)\s*/u
const SUFFIX_RE = /\s*(?:€|%|‰)$/u

const WORDS: Record<string, number> = {
  zero: 0, nessuno: 0, nessuna: 0, uno: 1, una: 1, un: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7,
  otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16,
  diciassette: 17, diciotto: 18, diciannove: 19, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50,
  sessanta: 60, cento: 100, mezzo: 0.5, mezza: 0.5
}

const INT_RE = /^[+-]?\d+$/
const IT_THOUSANDS_RE = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/
const EN_THOUSANDS_RE = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
const SPACE_THOUSANDS_RE = /^[+-]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/
const COMMA_DEC_RE = /^[+-]?\d*,\d+$/
const DOT_DEC_RE = /^[+-]?\d*\.\d+$/
const SCI_RE = /^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i

function parseCore(s: string, decimal: DecimalMark): number | null {
  if (INT_RE.test(s)) return Number(s)
  if (SPACE_THOUSANDS_RE.test(s)) return parseCore(s.replace(/ /g, ''), decimal)
  if (decimal === ',') {
    if (IT_THOUSANDS_RE.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'))
    if (COMMA_DEC_RE.test(s)) return Number(s.replace(',', '.'))
    if (DOT_DEC_RE.test(s)) return Number(s)
  } else {
    if (EN_THOUSANDS_RE.test(s)) return Number(s.replace(/,/g, ''))
    if (DOT_DEC_RE.test(s)) return Number(s)
    if (COMMA_DEC_RE.test(s)) return Number(s.replace(',', '.'))
  }
  if (SCI_RE.test(s)) return Number(s)
  return null
}

function parseWords(s: string): number | null {
  // "due", "due e mezzo", "uno e mezza", "venti"
  const m = /^(\p{L}+)(?:\s+e\s+(mezzo|mezza))?$/u.exec(s)
  if (!m) return null
  const base = WORDS[m[1]]
  if (base === undefined) return null
  return m[2] ? base + 0.5 : base
}

/**
 * One cell's text → number, or null when it is not a number (a range, a sentence, an empty cell).
 * Currency signs, "circa", percent signs and units such as "anni", "minuti", "giorni a settimana" are
 * dropped: a column of ages typed as "45 anni" is still a numeric column.
 */
export function parseLooseNumber(text: string, decimal: DecimalMark = ','): number | null {
  if (text.length > 60) return null
  let s = text.replace(/[\u00A0\u202F\u2007]/g, ' ').trim().toLowerCase()
  if (!s) return null
  s = s.replace(/[\u2212\u2013]/g, '-')
  let guard = 0
  while (guard++ < 3) {
    const before = s
    s = s.replace(PREFIX_RE, '').replace(SUFFIX_RE, '').trim()
    // trailing unit words ("45 anni", "30 minuti", "2 giorni a settimana")
    const unit = /^(.*?\d|\p{L}+(?:\s+e\s+mezz[oa])?)\s+(.+)$/u.exec(s)
    if (unit && UNIT_RE.test(unit[2])) s = unit[1].trim()
    if (s === before) break
  }
  if (!s) return null
  const n = parseCore(s, decimal)
  if (n !== null) return Number.isFinite(n) ? n : null
  const mixed = /^(\d+)\s+e\s+(mezzo|mezza)$/.exec(s)
  if (mixed) return Number(mixed[1]) + 0.5
  return parseWords(s)
}

/**
 * Which decimal mark a column uses, from its texts. Italian evidence: "3,5", "1.200,50". English:
 * "3.25", "1,200.50". A lone "1.200" is Italian thousands unless other cells prove a dot decimal.
 */
export function detectDecimal(texts: Iterable<string>): DecimalMark {
  let it = 0
  let en = 0
  for (const raw of texts) {
    if (raw.length > 40) continue
    const s = raw.trim().replace(/^[€$£]\s*/, '').replace(/\s*(?:€|%)$/, '')
    if (COMMA_DEC_RE.test(s) || /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/.test(s)) it++
    else if (/^[+-]?\d{1,3}(?:,\d{3})+\.\d+$/.test(s)) en++
    else if (DOT_DEC_RE.test(s) && !IT_THOUSANDS_RE.test(s)) en++
  }
  return en > it ? '.' : ','
}
