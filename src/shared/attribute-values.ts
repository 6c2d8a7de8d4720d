/**
 * A case attribute value in the stored form of its type: numbers with a dot, dates as YYYY-MM-DD
 * (DD/MM/YYYY accepted), booleans as true/false; empty means "not set" (null). Shared by main, which
 * refuses what does not fit, and the cases grid, which says so before anything is sent: a number
 * field given "trentotto" is refused with a message, never turned into something else.
 */
export type AttributeKind = 'text' | 'number' | 'date' | 'boolean' | 'category'

export type ParsedValue =
  | { ok: true; value: string | null }
  | { ok: false; key: 'coding.valueNotNumber' | 'coding.valueNotDate' | 'coding.valueNotBoolean'; params: { attribute: string; value: string } }

const TRUE = new Set(['true', 'vero', 'sì', 'si', 'yes', 'y', 's', '1', 'x'])
const FALSE = new Set(['false', 'falso', 'no', 'n', '0'])

export function parseAttributeValue(attribute: { name: string; type: AttributeKind }, raw: string): ParsedValue {
  const s = raw.trim()
  if (s === '') return { ok: true, value: null }
  const fail = (key: 'coding.valueNotNumber' | 'coding.valueNotDate' | 'coding.valueNotBoolean'): ParsedValue => ({
    ok: false,
    key,
    params: { attribute: attribute.name, value: s }
  })
  switch (attribute.type) {
    case 'number': {
      // "38", "38,5" (Italian decimal comma), "1.234,5" and "1,234.5" are numbers; anything with letters is not.
      if (!/^[+-]?[\d.,\s]*\d[\d.,\s]*(?:e[+-]?\d+)?$/i.test(s)) return fail('coding.valueNotNumber')
      const t = s.includes(',') && !s.includes('.') ? s.replace(',', '.') : s.includes(',') && s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '')
      const n = Number(t.replace(/\s/g, ''))
      return Number.isFinite(n) ? { ok: true, value: String(n) } : fail('coding.valueNotNumber')
    }
    case 'date': {
      let iso: string | null = null
      let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(s)
      if (m) iso = `${m[1]}-${m[2]}-${m[3]}`
      m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s)
      if (m) iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`
      if (!iso) return fail('coding.valueNotDate')
      const d = new Date(iso + 'T00:00:00Z')
      // Also refuses 31/02/2024, which Date.parse would roll over into March.
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return fail('coding.valueNotDate')
      return { ok: true, value: iso }
    }
    case 'boolean': {
      const l = s.toLowerCase()
      if (TRUE.has(l)) return { ok: true, value: 'true' }
      if (FALSE.has(l)) return { ok: true, value: 'false' }
      return fail('coding.valueNotBoolean')
    }
    default:
      return { ok: true, value: s }
  }
}
