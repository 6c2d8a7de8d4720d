const MAX_NAME = 40

/** "A", "B", …, "Z", "AA" for a zero-based column index. */
export function columnLetter(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

/** Header text as a human label: trimmed, whitespace runs (incl. line breaks) collapsed. */
export function cleanLabel(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/**
 * A short machine-safe name from header text: lower case, letters (accented ones kept), digits and
 * `_`; cut at a word boundary near 40 characters; never starting with a digit.
 */
export function machineName(text: string): string {
  let s = text
    .normalize('NFC')
    .toLocaleLowerCase('it')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
  if (s.length > MAX_NAME) {
    const cut = s.lastIndexOf('_', MAX_NAME)
    s = s.slice(0, cut >= MAX_NAME / 2 ? cut : MAX_NAME)
  }
  if (s === '') return ''
  return /^\p{N}/u.test(s) ? `v_${s}` : s
}

/** Hands out unique names: the second "età" becomes "età_2". */
export class NameRegistry {
  private readonly used = new Set<string>()

  take(base: string): string {
    let name = base
    for (let n = 2; this.used.has(name); n++) name = `${base}_${n}`
    this.used.add(name)
    return name
  }
}
