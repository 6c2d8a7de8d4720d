import { posix } from 'node:path'
import { walkXml, type XmlSource } from '../xml'
import { isBuiltinDateFormat, isDateFormatCode } from './excel-date'

/**
 * Parsers for the small workbook parts (relationships, workbook, styles). They are tiny, so a strict
 * SAX parser is fine (io/xml: entities refused, elements bounded); element and attribute names are
 * matched on their local part because some producers write namespace prefixes (`x:sheet`).
 */

type Attrs = Record<string, string>

/** Walks a part through the reading layer's XML walker, by local element names. */
function walk(xml: string, src: XmlSource, onOpen: (name: string, attrs: Attrs) => void, onClose?: (name: string) => void): void {
  walkXml(xml, src, { open: (el) => onOpen(el.local, el.attrs), close: onClose && ((el) => onClose(el.local)) })
}

/** An attribute by local name (`r:id`, `id`, `ns0:id` …). */
function attr(attrs: Attrs, name: string, prefixed = false): string | undefined {
  if (!prefixed && name in attrs) return attrs[name]
  for (const k of Object.keys(attrs)) if (k.endsWith(':' + name)) return attrs[k]
  return undefined
}

export interface Relationship {
  target: string
  type: string
}

export function parseRels(xml: string, src: XmlSource): Map<string, Relationship> {
  const rels = new Map<string, Relationship>()
  walk(xml, src, (name, a) => {
    if (name !== 'Relationship' || !a.Id || !a.Target) return
    if (a.TargetMode === 'External') return
    rels.set(a.Id, { target: a.Target, type: a.Type ?? '' })
  })
  return rels
}

/** Zip part name for a relationship target, relative to the part that owns the .rels. */
export function resolveTarget(ownerPart: string, target: string): string {
  const t = target.replace(/\\/g, '/')
  if (t.startsWith('/')) return posix.normalize(t.slice(1))
  return posix.normalize(posix.join(posix.dirname(ownerPart), t))
}

/** The .rels part that belongs to a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathFor(part: string): string {
  return posix.join(posix.dirname(part), '_rels', posix.basename(part) + '.rels')
}

export interface WorkbookSheetRef {
  name: string
  state: 'visible' | 'hidden' | 'veryHidden'
  relId: string
}

export function parseWorkbook(xml: string, src: XmlSource): { sheets: WorkbookSheetRef[]; date1904: boolean } {
  const sheets: WorkbookSheetRef[] = []
  let date1904 = false
  walk(xml, src, (name, a) => {
    // Excel 2016 also writes an <x15:workbookPr> (no date1904) in extLst: only the attribute counts.
    if (name === 'workbookPr' && a.date1904 !== undefined) {
      const v = a.date1904.toLowerCase()
      date1904 = v === '1' || v === 'true'
    } else if (name === 'sheet') {
      const state = a.state === 'hidden' ? 'hidden' : a.state === 'veryHidden' ? 'veryHidden' : 'visible'
      sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, state, relId: attr(a, 'id', true) ?? '' })
    }
  })
  return { sheets, date1904 }
}

/** Per cell style index (`s`): 1 when its number format shows a date or time. */
export function parseDateStyles(xml: string, src: XmlSource): Uint8Array {
  const customDate = new Map<number, boolean>()
  const xfFormats: number[] = []
  let inCellXfs = false
  walk(
    xml,
    src,
    (name, a) => {
      if (name === 'numFmt' && a.numFmtId !== undefined) customDate.set(Number(a.numFmtId), isDateFormatCode(a.formatCode ?? ''))
      else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0))
    },
    (name) => {
      if (name === 'cellXfs') inCellXfs = false
    }
  )
  const out = new Uint8Array(xfFormats.length)
  xfFormats.forEach((id, i) => {
    // A custom numFmt may redefine a built-in id; the declared code wins.
    const isDate = customDate.has(id) ? customDate.get(id) : isBuiltinDateFormat(id)
    out[i] = isDate ? 1 : 0
  })
  return out
}

export interface SheetComment {
  row: number
  col: number
  author: string | null
  text: string
}

/**
 * A comments part (`xl/commentsN.xml`): each comment's cell, author and text (rich text runs joined).
 * Excel's threaded comments keep a legacy copy here too, so this one part covers both.
 */
export function parseComments(xml: string, src: XmlSource): SheetComment[] {
  const authors: string[] = []
  const out: SheetComment[] = []
  let inAuthor = false
  let inText = false
  let inT = false
  let author = ''
  let current: { ref: string; authorId: number; text: string } | null = null
  walkXml(xml, src, {
    open(el) {
      const name = el.local
      const a = el.attrs
      if (name === 'author') (inAuthor = true), (author = '')
      else if (name === 'comment') current = { ref: a.ref ?? '', authorId: Number(a.authorId ?? -1), text: '' }
      else if (name === 'text') inText = true
      else if (name === 't' && inText) inT = true
    },
    text(t) {
      if (inAuthor) author += t
      else if (inT && current) current.text += t
    },
    close(el) {
      const name = el.local
      if (name === 'author') {
        inAuthor = false
        authors.push(author)
      } else if (name === 't') inT = false
      else if (name === 'text') inText = false
      else if (name === 'comment' && current) {
        const m = /^([A-Z]{1,3})(\d+)$/.exec(current.ref.toUpperCase())
        if (m) {
          let col = 0
          for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64)
          const text = current.text.replace(/\r\n?/g, '\n').trim()
          if (text) out.push({ row: Number(m[2]) - 1, col: col - 1, author: authors[current.authorId]?.trim() || null, text })
        }
        current = null
      }
    }
  })
  return out
}
