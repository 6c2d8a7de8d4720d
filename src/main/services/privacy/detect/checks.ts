/**
 * Check characters of Italian and European identifiers, so that a pattern that merely looks like one
 * (a product code, a phone number) is not taken for it.
 */

/** Odd-position values of the codice fiscale check (DM 12/03/1974, allegato); even positions count A=0…Z=25, 0=0…9=9. */
const CF_ODD: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23
}

/** A person's codice fiscale, omocodia letters allowed in the digit places. */
const CF_SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/

/** The check letter of the first 15 characters of a codice fiscale. */
export function codiceFiscaleCheck(first15: string): string {
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const c = first15[i]
    // Positions are counted from 1: the 1st, 3rd, … (index 0, 2, …) are the odd ones.
    if (i % 2 === 0) sum += CF_ODD[c]
    else sum += c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65
  }
  return String.fromCharCode(65 + (sum % 26))
}

export function isCodiceFiscale(text: string): boolean {
  const s = text.toUpperCase()
  return CF_SHAPE.test(s) && codiceFiscaleCheck(s.slice(0, 15)) === s[15]
}

/** Partita IVA: 11 digits, the last a Luhn-style check digit (odd positions as they are, even ones doubled). */
export function isPartitaIva(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^0+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 10; i++) {
    let d = digits.charCodeAt(i) - 48
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(10) - 48
}

/** IBAN lengths by country (ISO 13616 registry, the countries an Italian project meets most). */
const IBAN_LENGTH: Record<string, number> = {
  IT: 27, SM: 27, VA: 22, DE: 22, FR: 27, ES: 24, AT: 20, CH: 21, BE: 16, NL: 18, LU: 20, PT: 25, GB: 22, IE: 22,
  SI: 19, HR: 21, GR: 27, MT: 31, PL: 28, RO: 24, CZ: 24, SK: 24, HU: 28, DK: 18, SE: 24, FI: 18, NO: 15, MC: 27,
  AL: 28, RS: 22, BA: 20, MK: 19, ME: 22, BG: 22, LT: 20, LV: 21, EE: 20, CY: 28, TR: 26, UA: 29, MA: 28, TN: 24
}

/** An IBAN (spaces ignored): known length for its country and ISO 7064 mod 97-10 remainder 1. */
export function isIban(text: string): boolean {
  const s = text.replace(/[\s\u00a0]/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false
  const expected = IBAN_LENGTH[s.slice(0, 2)]
  if (expected ? s.length !== expected : s.length < 15 || s.length > 34) return false
  const moved = s.slice(4) + s.slice(0, 4)
  let rem = 0
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97
  }
  return rem === 1
}
