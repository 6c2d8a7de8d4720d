import { EsitiError } from '../../../shared/errors'
import { TextAssembler } from './assemble'
import type { Extracted } from './extracted'
import { LIMITS } from '../io/limits'
import { decodeXml, walkXml } from '../io/xml'
import type { ZipArchive } from '../io/zip-archive'

const W = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main'
])
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
/** Subtrees whose text is not part of the document as read: alternatives, moved-away text. */
const SKIP = new Set(['moveFrom', 'delText', 'instrText', 'footnoteReference', 'endnoteReference'])

/** Heading level per paragraph style id, from styles.xml (names are the English built-ins). */
function headingStyles(xml: string | null, fileName: string): Map<string, number> {
  const out = new Map<string, number>()
  if (!xml) return out
  const styles = new Map<string, { name?: string; outline?: number; basedOn?: string }>()
  let current: { name?: string; outline?: number; basedOn?: string } | null = null
  walkXml(xml, { file: fileName, part: 'word/styles.xml' }, {
    open(el) {
      if (!W.has(el.uri)) return
      const wUri = el.uri
      if (el.local === 'style' && el.attr(wUri, 'type') !== 'character' && el.attr(wUri, 'type') !== 'table') {
        current = {}
        styles.set(el.attr(wUri, 'styleId') ?? '', current)
      } else if (current && el.local === 'name') current.name = el.attr(wUri, 'val')
      else if (current && el.local === 'basedOn') current.basedOn = el.attr(wUri, 'val')
      else if (current && el.local === 'outlineLvl') current.outline = Number(el.attr(wUri, 'val'))
    },
    close(el) {
      if (W.has(el.uri) && el.local === 'style') current = null
    }
  }, { xmlns: true })
  const levelOf = (id: string, depth = 0): number | undefined => {
    const s = styles.get(id)
    if (!s || depth > 20) return undefined
    const named = /^heading\s*(\d)$/i.exec(s.name ?? '')
    if (named) return Number(named[1])
    if (/^title$/i.test(s.name ?? '')) return 1
    if (s.outline !== undefined && s.outline >= 0 && s.outline < 9) return s.outline + 1
    return s.basedOn ? levelOf(s.basedOn, depth + 1) : undefined
  }
  for (const id of styles.keys()) {
    const level = levelOf(id)
    if (level) out.set(id, level)
  }
  return out
}

interface Para {
  text: string
  level?: number
}
interface TableFrame {
  row: string[]
  cell: string[]
}

/**
 * Reads the body text of a .docx (word/document.xml): paragraphs, headings, line breaks and tabs;
 * a table row becomes one tab-separated line. Deleted (tracked) text and field codes are left out.
 */
export async function extractDocx(zip: ZipArchive, fileName: string): Promise<Extracted> {
  const read = async (part: string, limit = LIMITS.partBytes): Promise<string | null> =>
    zip.has(part) ? decodeXml(await zip.readAll(part, { limit }), { file: fileName, part }) : null
  const doc = await read('word/document.xml', LIMITS.documentXmlBytes)
  if (doc === null) throw new EsitiError('CORRUPT_FILE', 'transcripts.docxNoDocument', { file: fileName })
  const levels = headingStyles(await read('word/styles.xml'), fileName)
  const out = new TextAssembler(fileName)
  const paras: Para[] = []
  const tables: TableFrame[] = []
  const stack: string[] = []
  let skipDepth = 0
  let inText = false

  const emit = (text: string, level?: number): void => {
    const table = tables.at(-1)
    if (table) table.cell.push(text.replace(/\s*\n\s*/g, ' ').trim())
    else out.add(text, level)
  }

  walkXml(doc, { file: fileName, part: 'word/document.xml' }, {
    open(el) {
      stack.push(el.local)
      if (skipDepth > 0 || (el.uri === MC && el.local === 'Fallback') || (W.has(el.uri) && SKIP.has(el.local))) {
        skipDepth++
        return
      }
      if (!W.has(el.uri)) return
      const para = paras.at(-1)
      const parent = stack.at(-2)
      switch (el.local) {
        case 'p':
          paras.push({ text: '' })
          break
        case 't':
          inText = true
          break
        case 'pStyle':
          if (para && parent === 'pPr') para.level ??= levels.get(el.attr(el.uri, 'val') ?? '')
          break
        case 'outlineLvl': {
          const lvl = Number(el.attr(el.uri, 'val'))
          if (para && parent === 'pPr' && lvl >= 0 && lvl < 9) para.level = lvl + 1
          break
        }
        case 'tab':
          if (para && parent === 'r') para.text += '\t'
          break
        case 'br':
        case 'cr':
          if (para && parent === 'r') para.text += '\n'
          break
        case 'noBreakHyphen':
          if (para) para.text += '-'
          break
        case 'tbl':
          tables.push({ row: [], cell: [] })
          break
        case 'tr':
          if (tables.length) tables[tables.length - 1].row = []
          break
        case 'tc':
          if (tables.length) tables[tables.length - 1].cell = []
          break
      }
    },
    close(el) {
      stack.pop()
      if (skipDepth > 0) {
        skipDepth--
        return
      }
      if (!W.has(el.uri)) return
      const table = tables.at(-1)
      switch (el.local) {
        case 't':
          inText = false
          break
        case 'p': {
          const p = paras.pop()
          if (p) emit(p.text, p.level)
          break
        }
        case 'tc':
          if (table) table.row.push(table.cell.filter((t) => t !== '').join(' '))
          break
        case 'tr':
          if (table) {
            const line = table.row.join('\t').replace(/\t+$/, '')
            tables.pop()
            emit(tables.length ? table.row.filter((c) => c !== '').join(' ') : line)
            tables.push(table)
          }
          break
        case 'tbl':
          tables.pop()
          break
      }
    },
    text(t) {
      if (skipDepth === 0 && inText && paras.length) paras[paras.length - 1].text += t
    }
  }, { xmlns: true })
  return { text: out.text, blocks: out.blocks, encoding: 'utf-8', format: 'docx' }
}
