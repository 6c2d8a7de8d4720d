import { EsitiError } from '../../../shared/errors'
import { TextAssembler } from './assemble'
import type { Extracted } from './extracted'
import { LIMITS } from '../io/limits'
import { decodeXml, walkXml } from '../io/xml'
import type { ZipArchive } from '../io/zip-archive'

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
/** Content that is not part of the running text: footnotes, comments, change records. */
const SKIP = new Set([
  `${TEXT} note`,
  `${OFFICE} annotation`,
  `${TEXT} tracked-changes`,
  `${TEXT} sequence-decls`,
  `${TEXT} variable-decls`,
  `${TEXT} user-field-decls`
])

interface Para {
  text: string
  level?: number
  /** ODF collapses runs of XML white space to one space, and drops it at the start of a paragraph. */
  spacePending: boolean
}
interface TableFrame {
  row: string[]
  cell: string[]
  repeat: number
}

/** Reads the body of an OpenDocument text (content.xml): text:p, text:h, spaces, tabs, line breaks, tables. */
export async function extractOdt(zip: ZipArchive, fileName: string): Promise<Extracted> {
  const read = async (part: string, limit = LIMITS.partBytes): Promise<Buffer | null> => (zip.has(part) ? zip.readAll(part, { limit }) : null)
  const manifest = await read('META-INF/manifest.xml')
  if (manifest && decodeXml(manifest, { file: fileName, part: 'META-INF/manifest.xml' }).includes('encryption-data'))
    throw new EsitiError('ENCRYPTED_FILE', 'transcripts.passwordProtected', { file: fileName })
  const mime = await read('mimetype')
  if (mime && !new TextDecoder().decode(mime).startsWith('application/vnd.oasis.opendocument.text'))
    throw new EsitiError('UNSUPPORTED_FILE', 'transcripts.odtNotText', { file: fileName })
  const content = await read('content.xml', LIMITS.documentXmlBytes)
  if (!content) throw new EsitiError('CORRUPT_FILE', 'transcripts.odtNoContent', { file: fileName })

  const out = new TextAssembler(fileName)
  const paras: Para[] = []
  const tables: TableFrame[] = []
  let inBody = 0
  let skipDepth = 0

  const append = (s: string): void => {
    const p = paras.at(-1)
    if (!p) return
    if (p.spacePending && p.text !== '' && !p.text.endsWith('\n')) p.text += ' '
    p.spacePending = false
    p.text += s
  }
  const emit = (text: string, level?: number): void => {
    const table = tables.at(-1)
    if (table) table.cell.push(text.replace(/\s*\n\s*/g, ' ').trim())
    else out.add(text, level)
  }

  walkXml(decodeXml(content, { file: fileName, part: 'content.xml' }), { file: fileName, part: 'content.xml' }, {
    open(el) {
      const key = `${el.uri} ${el.local}`
      if (el.uri === OFFICE && el.local === 'text') inBody++
      if (!inBody) return
      if (skipDepth > 0 || SKIP.has(key)) {
        skipDepth++
        return
      }
      if (el.uri === TEXT) {
        switch (el.local) {
          case 'p':
            paras.push({ text: '', spacePending: false })
            break
          case 'h':
            paras.push({ text: '', spacePending: false, level: Number(el.attr(TEXT, 'outline-level') ?? 1) || 1 })
            break
          case 's': {
            const n = Math.min(Number(el.attr(TEXT, 'c') ?? 1) || 1, 1000)
            append(' '.repeat(n))
            break
          }
          case 'tab':
            append('\t')
            break
          case 'line-break':
            append('\n')
            break
        }
      } else if (el.uri === TABLE) {
        if (el.local === 'table') tables.push({ row: [], cell: [], repeat: 1 })
        else if (el.local === 'table-row' && tables.length) tables[tables.length - 1].row = []
        else if ((el.local === 'table-cell' || el.local === 'covered-table-cell') && tables.length) {
          const t = tables[tables.length - 1]
          t.cell = []
          t.repeat = Math.min(Number(el.attr(TABLE, 'number-columns-repeated') ?? 1) || 1, 100)
        }
      }
    },
    close(el) {
      if (!inBody) return
      if (skipDepth > 0) {
        skipDepth--
        return
      }
      if (el.uri === OFFICE && el.local === 'text') {
        inBody--
        return
      }
      const table = tables.at(-1)
      if (el.uri === TEXT && (el.local === 'p' || el.local === 'h')) {
        const p = paras.pop()
        if (p) emit(p.text, p.level)
      } else if (el.uri === TABLE && table) {
        if (el.local === 'table-cell' || el.local === 'covered-table-cell') {
          const text = table.cell.filter((c) => c !== '').join(' ')
          for (let i = 0; i < table.repeat; i++) table.row.push(text)
        } else if (el.local === 'table-row') {
          tables.pop()
          emit(tables.length ? table.row.filter((c) => c !== '').join(' ') : table.row.join('\t').replace(/\t+$/, ''))
          tables.push(table)
        } else if (el.local === 'table') tables.pop()
      }
    },
    text(t) {
      if (!inBody || skipDepth > 0 || !paras.length) return
      const p = paras[paras.length - 1]
      for (const piece of t.split(/([ \t\r\n]+)/)) {
        if (piece === '') continue
        if (/^[ \t\r\n]+$/.test(piece)) p.spacePending = true
        else append(piece)
      }
    }
  }, { xmlns: true })
  return { text: out.text, blocks: out.blocks, encoding: 'utf-8', format: 'odt' }
}
