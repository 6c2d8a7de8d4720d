/*
 * Formula-injection guard (OWASP "CSV Injection", ASVS 1.2.10): text that a spreadsheet could take
 * for a formula — first non-blank character = + - @, TAB, CR, LF, or their full-width forms — gets a
 * leading apostrophe. Applied to every user-supplied string written to xlsx (always as a string cell,
 * never a formula) and to CSV. Numbers are never touched, so negative values stay numbers.
 */
import { isFormulaLike, safeText } from '../excel/safe-cell'

export const isDangerous = isFormulaLike

/** The guard of every exported text (workbook, Word, CSV): one rule, in services/excel/safe-cell.ts. */
export const guardText = safeText

/** Only in-workbook links of the form #'Sheet'!A1 are written. */
export function internalLink(sheet: string, row: number, col = 'A'): string {
  return `#'${sheet.replace(/'/g, "''")}'!${col}${row}`
}

const FORBIDDEN = /[[\]*?:/\\]/g

/** A valid, unique sheet name: at most 31 characters, none of []*?:/\, not starting or ending with '. */
export function sheetName(wanted: string, used: Set<string>): string {
  let base = wanted.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Foglio'
  base = base.slice(0, 31).trim()
  let name = base
  for (let k = 2; used.has(name.toLowerCase()); k++) {
    const suffix = ` (${k})`
    name = base.slice(0, 31 - suffix.length).trim() + suffix
  }
  used.add(name.toLowerCase())
  return name
}
