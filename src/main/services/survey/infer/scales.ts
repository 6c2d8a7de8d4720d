import { looseKey } from './text-norm'

/**
 * Italian response scales recognised by meaning, so that an ordinal variable gets its semantic order
 * ("Per niente d'accordo" < "Poco d'accordo" < … < "Del tutto d'accordo") and never the alphabetical one.
 * Each label is scored on a signed intensity axis; a set of labels is a scale when all of them score on
 * the same axis with the same stem and no two share a score.
 */

export type ScaleAxis = 'yesno' | 'frequency' | 'quality' | 'change' | 'intensity'

export interface ScaleMatch {
  axis: ScaleAxis
  /** The stem labels share ("accordo", "soddisfatt", "importante", "" for bare quantities). */
  stem: string
  ordered: boolean
  /** Input labels in scale order (low → high; "Sì" before "No" for yes/no). */
  labels: string[]
}

const YES = new Set(['si', 'sì', 's', 'yes', 'y', 'vero', 'true'])
const NO = new Set(['no', 'n', 'falso', 'false'])

const FREQUENCY: Record<string, number> = {
  mai: -2.5, 'quasi mai': -1.5, raramente: -1, 'di rado': -1, 'raramente o mai': -2, 'qualche volta': 0, 'a volte': 0,
  talvolta: 0, 'ogni tanto': 0, occasionalmente: 0, spesso: 1, 'molto spesso': 2, 'quasi sempre': 2, sempre: 2.5,
  never: -2.5, rarely: -1, sometimes: 0, often: 1, always: 2.5
}
const QUALITY: Record<string, number> = {
  pessimo: -2.5, pessima: -2.5, 'molto scarso': -2, 'molto scarsa': -2, scarso: -1, scarsa: -1, insufficiente: -1,
  mediocre: -0.5, sufficiente: 0, discreto: 0.5, discreta: 0.5, buono: 1, buona: 1, 'molto buono': 1.5,
  'molto buona': 1.5, ottimo: 2, ottima: 2, eccellente: 2.5
}

/** Modifiers of intensity, longest first when matched as a prefix. */
const MODIFIERS: [string, number][] = [
  ['per niente', -2.5], ['per nulla', -2.5], ['niente', -2.5], ['nulla', -2.5], ['affatto', -2.5],
  ['assolutamente non', -2.5], ['non', -2], ['pochissimo', -1.5], ['molto poco', -1.5], ['poco', -1],
  ['poca', -1], ['pochi', -1], ['scarsamente', -1], ['cosi cosi', 0], ['in parte', 0.5],
  ['parzialmente', 0.5], ['sufficientemente', 0.5], ['abbastanza', 1], ['moderatamente', 0.5],
  ['molto', 2], ['moltissimo', 2.5], ['estremamente', 2.5], ['del tutto', 2.5], ['completamente', 2.5],
  ['totalmente', 2.5], ['pienamente', 2.5], ['fortemente', 2.5], ['assolutamente', 2.5],
  ['perfettamente', 2.5], ['decisamente', 2.5]
].sort((a, b) => (b[0] as string).length - (a[0] as string).length) as [string, number][]

const NEGATIVE_STEMS: Record<string, string> = {
  inutile: 'utile', improbabile: 'probabile', disinteressato: 'interessato', disinteressata: 'interessata',
  inadeguato: 'adeguato', inadeguata: 'adeguata', inefficace: 'efficace', difficile: 'facile',
  sfavorevole: 'favorevole', negativo: 'positivo', negativa: 'positiva'
}

/** Stem spellings folded together; the second element marks a negative stem. */
function normaliseStem(stem: string): { stem: string; negative: boolean } {
  let s = stem.trim()
  s = s.replace(/^(?:d'|di |in )/, '').trim()
  if (/^(?:dis|in)accordo$/.test(s)) return { stem: 'accordo', negative: true }
  if (s === "d'accordo" || s === 'daccordo' || s === 'accordo') return { stem: 'accordo', negative: false }
  const sodd = /^(in)?soddisfatt[oaie]$/.exec(s)
  if (sodd) return { stem: 'soddisfatt', negative: !!sodd[1] }
  const change = /^(migliorat|peggiorat)[oaie]$/.exec(s)
  if (change) return { stem: 'cambiat', negative: change[1] === 'peggiorat' }
  const neg = NEGATIVE_STEMS[s]
  if (neg) return { stem: neg, negative: true }
  return { stem: s, negative: false }
}

interface Scored {
  score: number
  stem: string
  axis: ScaleAxis
}

const NEUTRAL_RE = /^ne\s+(.+?)\s+ne\s+(.+)$/

function scoreLabel(key: string): Scored | null {
  if (key in FREQUENCY) return { score: FREQUENCY[key], stem: '', axis: 'frequency' }
  if (key in QUALITY) return { score: QUALITY[key], stem: '', axis: 'quality' }
  const k = key.replace(/[()]/g, '').trim()
  if (/^(?:invariat[oaie]|uguale|rimast[oaie] uguale|nessun cambiamento|stabile|uguale a prima)$/.test(k))
    return { score: 0, stem: 'cambiat', axis: 'change' }
  if (/^(?:neutrale|indifferente|indeciso|indecisa|ne l'uno ne l'altro)$/.test(k))
    return { score: 0, stem: '*', axis: 'intensity' }
  const neutral = NEUTRAL_RE.exec(k)
  if (neutral) {
    const a = normaliseStem(neutral[1])
    return { score: 0, stem: a.stem, axis: a.stem === 'cambiat' ? 'change' : 'intensity' }
  }
  for (const [mod, value] of MODIFIERS) {
    if (k === mod) return { score: value, stem: '', axis: 'intensity' }
    if (k.startsWith(mod + ' ')) {
      const { stem, negative } = normaliseStem(k.slice(mod.length + 1))
      if (!stem) return null
      const axis: ScaleAxis = stem === 'cambiat' ? 'change' : 'intensity'
      // "fortemente in disaccordo" mirrors "fortemente d'accordo"; a weakening modifier on a negative
      // stem ("poco insoddisfatto") is too rare to order reliably.
      if (negative) return value > 0 ? { score: -value, stem, axis } : null
      return { score: value, stem, axis }
    }
  }
  const bare = normaliseStem(k)
  if (bare.stem === 'accordo' || bare.stem === 'soddisfatt' || bare.stem === 'cambiat')
    return { score: bare.negative ? -1 : 1, stem: bare.stem, axis: bare.stem === 'cambiat' ? 'change' : 'intensity' }
  return null
}

/** Recognises a response scale among distinct labels (missing codes already removed). */
export function recogniseScale(labels: string[]): ScaleMatch | null {
  if (labels.length === 0) return null
  const keys = labels.map(looseKey)
  if (keys.every((k) => YES.has(k) || NO.has(k)) && keys.some((k) => YES.has(k) || k === 'no')) {
    const ordered = [...labels].sort((a, b) => Number(NO.has(looseKey(a))) - Number(NO.has(looseKey(b))))
    return { axis: 'yesno', stem: '', ordered: false, labels: ordered }
  }
  if (labels.length < 2) return null
  const scored = keys.map(scoreLabel)
  if (scored.some((s) => s === null)) return null
  const all = scored as Scored[]
  const axis = all.find((s) => s.stem !== '*')?.axis ?? all[0].axis
  const stems = new Set(all.filter((s) => s.stem !== '*').map((s) => s.stem))
  if (stems.size > 1 || all.some((s) => s.axis !== axis && s.stem !== '*')) return null
  const scores = new Set(all.map((s) => s.score))
  if (scores.size !== all.length) return null
  const order = labels.map((l, i) => ({ l, s: all[i].score })).sort((a, b) => a.s - b.s)
  return { axis, stem: [...stems][0] ?? '', ordered: true, labels: order.map((o) => o.l) }
}

/** Canonical spelling of yes/no answers ("si", "SI", "sì" → "Sì"). */
export function canonicalYesNo(label: string): string | null {
  const k = looseKey(label)
  if (YES.has(k)) return 'Sì'
  if (NO.has(k)) return 'No'
  return null
}

const SCALE_HINT_RE =
  /\b(?:scala|da\s*[01]\s*a\s*(?:4|5|6|7|10)|[01]\s*[-–]\s*(?:4|5|6|7|10)|voto|punteggio|valut\p{L}*|soddisf\p{L}*|quanto|livello|grado|giudizio|accordo|importan\p{L}*|rating|score)\b/iu
const QUANTITY_HINT_RE =
  /\b(?:numero|quant[ie]|giorni|minuti|ore|anni|et[aà]|eta|dipendenti|addetti|figli|persone|km|euro|costo|n\.|num)\b/iu

/**
 * Small integer ranges used as rating scales (1–5, 0–10, …). Only when the question's wording says so:
 * a count of days or children with the same values stays numeric.
 */
export function numericScale(values: number[], header: string): number[] | null {
  if (values.length === 0) return null
  let min = Infinity
  let max = -Infinity
  for (const v of values) {
    if (!Number.isInteger(v)) return null
    if (v < min) min = v
    if (v > max) max = v
  }
  if (min < 0 || min > 1) return null
  const top = [4, 5, 6, 7, 10].find((t) => max <= t && max >= t - (t === 10 ? 3 : 1))
  if (!top) return null
  if (!SCALE_HINT_RE.test(header) || (QUANTITY_HINT_RE.test(header) && !/scala|voto|punteggio/i.test(header)))
    return null
  const start = min === 0 ? 0 : 1
  const out: number[] = []
  for (let v = start; v <= top; v++) out.push(v)
  return out
}
