import { EsitiError } from '../../../shared/errors'
import { LIMITS, checkLimit } from '../io/limits'
import { checkPdfStreams } from '../io/pdf-streams'
import { msg, type Msg } from '../../../shared/messages'
import { TextAssembler } from './assemble'
import { joinPdfLines, type PdfLine } from './pdf-lines'
import type { Extracted } from './extracted'

interface TextItemLike {
  str?: string
  hasEOL?: boolean
  transform?: number[]
  width?: number
  height?: number
}

/**
 * Reads the text layer of a PDF with pdf.js (legacy build, runs in plain Node) and joins the lines the
 * layout broke back into paragraphs (pdf-lines.ts). A PDF without a text layer (a scan) or one that
 * needs a password is refused with a clear message.
 */
export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  checkPdfStreams(bytes, fileName)
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // pdf.js takes ownership of (and detaches) the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    useSystemFonts: false,
    disableFontFace: true
  })
  try {
    let doc
    try {
      doc = await task.promise
    } catch (e) {
      const name = (e as Error)?.name
      if (name === 'PasswordException')
        throw new EsitiError('ENCRYPTED_FILE', 'transcripts.pdfPassword', { file: fileName })
      throw new EsitiError('CORRUPT_FILE', 'transcripts.pdfDamaged', { file: fileName, detail: (e as Error).message })
    }
    checkLimit(fileName, LIMITS.pdfPages, doc.numPages)
    const pages: PdfLine[][] = []
    let chars = 0
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      const lines: PdfLine[] = []
      let line: PdfLine | null = null
      for (const item of content.items as TextItemLike[]) {
        if (typeof item.str !== 'string') continue
        const t = item.transform ?? [1, 0, 0, 1, 0, 0]
        if (!line) line = { text: '', x: t[4], y: t[5], height: item.height || Math.abs(t[3]) || 12, width: 0 }
        line.text += item.str
        if (item.str.trim()) line.width = Math.max(line.width, t[4] + (item.width ?? 0) - line.x)
        if (item.hasEOL) {
          lines.push(line)
          line = null
        }
      }
      if (line) lines.push(line)
      pages.push(lines)
      page.cleanup()
      chars += lines.reduce((sum, l) => sum + l.text.length + 1, 0)
      checkLimit(fileName, LIMITS.textChars, chars, { atLeast: n < doc.numPages })
    }
    const joined = joinPdfLines(pages)
    if (joined.paragraphs.length === 0) throw new EsitiError('UNSUPPORTED_FILE', 'transcripts.pdfNoText', { file: fileName })
    // One paragraph per line of the stored text; a blank line where a paragraph opens a new page.
    const out = new TextAssembler(fileName)
    for (const p of joined.paragraphs) {
      if (p.pageStart) out.add('')
      out.add(p.text)
    }
    const warnings: Msg[] = []
    if (joined.joined) warnings.push(msg('transcripts.pdfJoined', { count: joined.joined }))
    if (joined.hyphens) warnings.push(msg('transcripts.pdfHyphens', { count: joined.hyphens }))
    if (joined.pageNumbers) warnings.push(msg('transcripts.pdfPageNumbers', { count: joined.pageNumbers }))
    return { text: out.text, blocks: out.blocks, encoding: null, format: 'pdf', warnings }
  } finally {
    await task.destroy()
  }
}
