import { EsitiError } from '../../../shared/errors'
import { LIMITS, checkLimit } from '../io/limits'
import { checkPdfStreams } from '../io/pdf-streams'
import type { Extracted } from './extracted'

interface TextItemLike {
  str?: string
  hasEOL?: boolean
}

/**
 * Reads the text layer of a PDF with pdf.js (legacy build, runs in plain Node). A PDF without one
 * (a scan) or one that needs a password is refused with a clear message.
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
        throw new EsitiError('ENCRYPTED_FILE', `${fileName} is password-protected: save an unprotected copy and import that.`)
      throw new EsitiError('CORRUPT_FILE', `${fileName} is damaged or not a PDF (${(e as Error).message}).`)
    }
    checkLimit(fileName, LIMITS.pdfPages, doc.numPages)
    const pages: string[] = []
    let chars = 0
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      let text = ''
      for (const item of content.items as TextItemLike[]) {
        if (typeof item.str !== 'string') continue
        text += item.str
        if (item.hasEOL) text += '\n'
      }
      pages.push(text.replace(/[ \t]+\n/g, '\n').trim())
      page.cleanup()
      chars += text.length
      checkLimit(fileName, LIMITS.textChars, chars, { atLeast: n < doc.numPages })
    }
    const text = pages.filter((p) => p !== '').join('\n\n')
    if (text.trim() === '')
      throw new EsitiError('UNSUPPORTED_FILE', `${fileName} has no text layer (scanned PDF?): run OCR on it first.`)
    return { text, encoding: null, format: 'pdf' }
  } finally {
    await task.destroy()
  }
}
