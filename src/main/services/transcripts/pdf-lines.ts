/**
 * A PDF's text comes as lines broken where the page was full, not where the speaker paused: this
 * joins the lines of each paragraph back into one. A new paragraph starts after a blank or a gap
 * clearly taller than the page's line spacing, at an indented line after a sentence end, at a speaker
 * label, timestamp or list marker ("INT:", "[00:03:40]", "1.", "•"), and after a short line that ends a sentence. A word
 * hyphenated at a line end is joined without its hyphen when the next line goes on in lower case
 * ("lavo-" + "ratori"); a hyphen before a capital or a digit is kept ("socio-" + "Economico").
 * Page numbers alone on the first or last line of a page are dropped.
 */

export interface PdfLine {
  text: string
  /** Baseline from the bottom of the page, in points. */
  y: number
  x: number
  /** Font height, in points. */
  height: number
  /** Width of the line, in points. */
  width: number
}

export interface JoinedPdf {
  paragraphs: { text: string; pageStart: boolean }[]
  /** Line breaks removed inside paragraphs. */
  joined: number
  /** Hyphens removed between the halves of a word. */
  hyphens: number
  pageNumbers: number
}

const LABEL_START = /^(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s|[-–—•*▪◦]\s|\d{1,3}[.)]\s|\p{Lu}[\p{L}\p{N}_.'’ -]{0,30}:\s)/u
const SENTENCE_END = /[.!?…:;»"”)]$/
const PAGE_NUMBER = /^(?:[-–]\s*)?(?:pag(?:ina)?\.?\s*|page\s*)?\d{1,4}(?:\s*[-–])?(?:\s*(?:di|of|\/)\s*\d{1,4})?$/i

function median(xs: number[]): number {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

export function joinPdfLines(pages: PdfLine[][]): JoinedPdf {
  const out: JoinedPdf = { paragraphs: [], joined: 0, hyphens: 0, pageNumbers: 0 }
  // The text block's width: the longest line of the document (a justified or ragged line that ends a
  // paragraph is shorter).
  const full = Math.max(0, ...pages.flat().map((l) => l.width))
  let open: string | null = null
  let openAtPage = false
  let last: PdfLine | null = null
  const flush = (): void => {
    if (open !== null && open.trim() !== '') out.paragraphs.push({ text: open.trim(), pageStart: openAtPage })
    open = null
  }
  for (const [p, raw] of pages.entries()) {
    const lines = raw.filter((l, i) => {
      const edge = i === 0 || i === raw.length - 1
      if (edge && PAGE_NUMBER.test(l.text.trim())) {
        out.pageNumbers++
        return false
      }
      return true
    })
    const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y).filter((g) => g > 0 && g < 200)
    const spacing = median(gaps) || (lines[0]?.height ?? 12) * 1.2
    const left = Math.min(...lines.filter((l) => l.text.trim()).map((l) => l.x))
    lines.forEach((line, i) => {
      const text = line.text.replace(/\s+$/, '')
      if (text.trim() === '') {
        flush()
        last = null
        return
      }
      const prev: PdfLine | null = i > 0 ? lines[i - 1] : p > 0 ? last : null
      let breakHere = open === null
      if (!breakHere && prev) {
        const samePage = i > 0
        const gap = prev.y - line.y
        const prevText = prev.text.trim()
        const ended = SENTENCE_END.test(prevText)
        if (samePage && gap > spacing * 1.45) breakHere = true
        else if (LABEL_START.test(text.trim())) breakHere = true
        else if (ended && line.x > left + Math.max(6, line.height * 0.8)) breakHere = true
        else if (ended && samePage && full > 0 && prev.width < full * 0.75) breakHere = true
        // A new page after a sentence end starts a paragraph unless the last line ran to the margin.
        else if (!samePage && ended && full > 0 && prev.width < full * 0.9) breakHere = true
      }
      if (breakHere) {
        flush()
        open = text.trim()
        openAtPage = i === 0 && p > 0
      } else {
        const cur: string = open ?? ''
        if (/\p{L}-$/u.test(cur) && /^\p{Ll}/u.test(text.trim())) {
          open = cur.slice(0, -1) + text.trim()
          out.hyphens++
        } else if (/-$/.test(cur) && /^\p{L}/u.test(text.trim())) open = cur + text.trim()
        else open = cur + ' ' + text.trim()
        out.joined++
      }
      last = line
    })
  }
  flush()
  return out
}
