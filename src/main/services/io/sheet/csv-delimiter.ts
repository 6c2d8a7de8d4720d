export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]

const MAX_RECORDS = 100

/** Field counts of the first records of `text` split by `delim`, honouring quotes; the last partial record is dropped when `truncated`. */
export function fieldCounts(text: string, delim: string, truncated: boolean): number[] {
  const counts: number[] = []
  let fields = 1
  let inQuotes = false
  let atFieldStart = true
  let i = 0
  for (; i < text.length && counts.length < MAX_RECORDS; i++) {
    const ch = text[i]
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++
        else inQuotes = false
      }
      continue
    }
    if (ch === '"' && atFieldStart) {
      inQuotes = true
      atFieldStart = false
    } else if (ch === delim) {
      fields++
      atFieldStart = true
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      counts.push(fields)
      fields = 1
      atFieldStart = true
    } else atFieldStart = false
  }
  if (!truncated && i >= text.length && !(fields === 1 && atFieldStart)) counts.push(fields)
  return counts
}

/**
 * Picks the delimiter whose field count is most consistent across the first records (and splits into
 * more than one field). Italian exports use ';' because ',' is the decimal separator; the comma then
 * shows up with varying counts (not in the header, not in every column) and loses. Ties go to the
 * delimiter giving more fields, then to the extension's convention, then to the order , ; TAB |.
 */
export function detectDelimiter(sample: string, truncated: boolean, preferTab = false): Delimiter {
  const order: Delimiter[] = preferTab ? ['\t', ',', ';', '|'] : [...DELIMITERS]
  let best: Delimiter = order[0]
  let bestScore = 0
  let bestMode = 0
  for (const d of order) {
    const counts = fieldCounts(sample, d, truncated)
    const freq = new Map<number, number>()
    for (const n of counts) if (n > 1) freq.set(n, (freq.get(n) ?? 0) + 1)
    let mode = 0
    let modeFreq = 0
    for (const [n, f] of freq) if (f > modeFreq || (f === modeFreq && n > mode)) [mode, modeFreq] = [n, f]
    if (modeFreq === 0) continue
    // Share of records agreeing on the usual count; blank lines and one-cell notes count against it.
    const score = modeFreq / counts.length
    if (score > bestScore || (score === bestScore && mode > bestMode)) {
      best = d
      bestScore = score
      bestMode = mode
    }
  }
  return best
}

/** Excel's "sep=;" first line. */
export function explicitDelimiter(sample: string): string | null {
  const m = /^sep=(.)\r?\n/.exec(sample)
  return m ? m[1] : null
}
