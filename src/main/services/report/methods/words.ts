import { localeTag, type Locale } from '../../../../shared/messages'
import type { BookText } from '../xlsx-book'

/** Quotes a name as the language does: «Genere» in Italian, “Gender” in English. */
export const quote = (s: string, locale: Locale): string => (locale === 'it' ? `«${s}»` : `“${s}”`)

/** "a, b e c" / "a, b and c". */
export const listText = (items: string[], locale: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string =>
  new Intl.ListFormat(localeTag(locale), { type }).format(items)

/** A date (YYYY-MM-DD or ISO timestamp) as the reader writes it: "7 dicembre 2026". */
export function dateText(iso: string | null, locale: Locale, withTime = false): string {
  if (!iso) return ''
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso)
  if (Number.isNaN(d.getTime())) return iso
  return d.toLocaleString(localeTag(locale), withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' })
}

/** A number as the reader writes it. */
export const numberText = (v: number, locale: Locale): string => new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 4 }).format(v)

/** A value in a sentence: numbers by locale, texts quoted. */
export const valueText = (v: string | number, locale: Locale): string => (typeof v === 'number' ? numberText(v, locale) : quote(v, locale))

/**
 * A questionnaire's variables by their labels: a sentence names the question a respondent read,
 * never the short internal name the analysis uses.
 */
export class VariableWords {
  private readonly labels = new Map<string, string>()
  private readonly scales = new Map<string, { value: string | number; label: string }[]>()
  constructor(private readonly bt: BookText) {}
  /** The categories of a variable, in scale order (for "the two highest categories"). */
  learnScale(name: string, values: { value: string | number; label: string }[]): void {
    if (values.length && !this.scales.has(name)) this.scales.set(name, values)
  }
  /** The two highest categories of a scale, as the top-2-box counts them: highest codes, else the last two. */
  topTwo(variable: string): string | null {
    const s = this.scales.get(variable)
    if (!s || s.length < 2) return null
    const top = s.every((x) => typeof x.value === 'number') ? [...s].sort((a, b) => Number(b.value) - Number(a.value)).slice(0, 2).reverse() : s.slice(-2)
    return listText(top.map((x) => quote(x.label, this.bt.locale)), this.bt.locale)
  }
  learn(name: string, label: string | null | undefined): void {
    if (label && label.trim() && !this.labels.has(name)) this.labels.set(name, label.trim())
  }
  /** «Label» when the variable has one, else its name, quoted. */
  name(variable: string): string {
    return quote(this.labels.get(variable) ?? variable, this.bt.locale)
  }
  names(variables: string[]): string {
    return listText(variables.map((v) => this.name(v)), this.bt.locale)
  }
  /** An expression with every variable name in it replaced by the variable's label. */
  expression(expr: string): string {
    const known = [...this.labels.keys()].sort((a, b) => b.length - a.length)
    if (!known.length) return expr
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(${known.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}_])`, 'gu')
    return expr.replace(pattern, (m) => this.name(m))
  }
}
