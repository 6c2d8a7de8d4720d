import { basename } from 'node:path'
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS, type SaxesTagPlain } from 'saxes'
import { EsitiError } from '../../../shared/errors'
import { msg, type MsgParam } from '../../../shared/messages'
import { LIMITS, overLimit } from './limits'

/** Which file (and which part of a package) an XML document comes from, for every error. */
export interface XmlSource {
  file: string
  /** The part inside a package ("word/document.xml"); absent for a plain XML file. */
  part?: string
  /** A tighter element limit than the default. */
  maxElements?: number
  /** The caller builds a tree of every element: the (smaller) xmlTreeElements limit applies. */
  tree?: boolean
}

export interface XmlElement {
  /** Qualified name as written ("w:p"). */
  name: string
  /** Local name ("p"). */
  local: string
  /** Namespace URI ('' when the walk is not namespace-aware or the element has none). */
  uri: string
  /** Attribute values by qualified name as written. */
  attrs: Record<string, string>
  /** Attribute value by namespace URI and local name (namespace-aware walks). */
  attr(uri: string, local: string): string | undefined
}

export interface XmlHandlers {
  open?(el: XmlElement): void
  close?(el: XmlElement): void
  text?(t: string): void
}

const localOf = (name: string): string => name.slice(name.indexOf(':') + 1)

/** The file, or "file (part)", as a message parameter. */
export const subjectOf = (src: { file: string; part?: string }): MsgParam =>
  src.part ? msg('io.subjectIn', { file: basename(src.file), where: src.part }) : basename(src.file)

function elementNs(tag: SaxesTagNS): XmlElement {
  const attrs: Record<string, string> = {}
  const list = Object.values(tag.attributes) as SaxesAttributeNS[]
  for (const a of list) attrs[a.name] = a.value
  return {
    name: tag.name,
    local: tag.local,
    uri: tag.uri,
    attrs,
    attr(uri, local) {
      for (const a of list) if (a.local === local && a.uri === uri) return a.value
      return undefined
    }
  }
}

function elementPlain(tag: SaxesTagPlain): XmlElement {
  const attrs = tag.attributes as Record<string, string>
  return {
    name: tag.name,
    local: localOf(tag.name),
    uri: '',
    attrs,
    attr(_uri, local) {
      if (local in attrs) return attrs[local]
      for (const k of Object.keys(attrs)) if (localOf(k) === local) return attrs[k]
      return undefined
    }
  }
}

/**
 * The one XML reader of the reading layer (docx, odt, REFI-QDA, workbook parts). Streams the document
 * through the handlers with saxes, which never expands custom entities; any DOCTYPE declaring
 * entities or pointing at an external DTD is refused before anything is read (billion laughs, XXE);
 * elements and nesting depth are counted against their limits; malformed XML is CORRUPT_FILE
 * naming the file, the part and the line.
 */
export function walkXml(xml: string, src: XmlSource, h: XmlHandlers, opts: { xmlns?: boolean } = {}): void {
  const xmlns = opts.xmlns ?? false
  const parser = xmlns ? new SaxesParser({ xmlns: true, position: true }) : new SaxesParser({ xmlns: false, position: true })
  const limit = src.tree ? LIMITS.xmlTreeElements : LIMITS.xmlElements
  const maxElements = src.maxElements ?? limit.value
  const where = src.part
  let elements = 0
  let depth = 0
  let failure: Error | null = null
  parser.on('error', (e) => {
    failure ??= e
  })
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype) || /\b(SYSTEM|PUBLIC)\b/.test(doctype))
      throw new EsitiError('UNSUPPORTED_FILE', 'io.xmlEntities', { subject: subjectOf(src) })
  })
  parser.on('opentag', (tag: SaxesTagNS | SaxesTagPlain) => {
    if (++elements > maxElements) throw overLimit(src.file, { ...limit, value: maxElements }, elements, { where, atLeast: true })
    if (++depth > LIMITS.xmlDepth.value) throw overLimit(src.file, LIMITS.xmlDepth, depth, { where, atLeast: true })
    h.open?.(xmlns ? elementNs(tag as SaxesTagNS) : elementPlain(tag as SaxesTagPlain))
  })
  parser.on('closetag', (tag: SaxesTagNS | SaxesTagPlain) => {
    depth--
    h.close?.(xmlns ? elementNs(tag as SaxesTagNS) : elementPlain(tag as SaxesTagPlain))
  })
  if (h.text) {
    const text = h.text
    parser.on('text', (t) => text(t))
    parser.on('cdata', (t) => text(t))
  }
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close()
  } catch (e) {
    if (e instanceof EsitiError) throw e
    failure ??= e as Error
  }
  if (failure) {
    const why = (failure as Error).message.split('\n')[0].replace(/^(?:.*?:)?\d+:\d+: /, '').replace(/\.+$/, '')
    throw new EsitiError('CORRUPT_FILE', 'io.xmlInvalid', { subject: subjectOf(src), line: parser.line, detail: why })
  }
}

/** Decodes XML bytes: BOMs, UTF-16, a declared single-byte encoding; UTF-8 otherwise (invalid bytes refused). */
export function decodeXml(bytes: Uint8Array, src: XmlSource): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2))
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2))
    const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1')
    const declared = /encoding\s*=\s*["']([A-Za-z0-9_.-]+)["']/.exec(head)?.[1]?.toLowerCase()
    if (declared && /^(iso-8859-1|latin-?1|windows-1252|cp1252)$/.test(declared)) return new TextDecoder('windows-1252').decode(bytes)
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new EsitiError('CORRUPT_FILE', 'io.xmlNotText', { subject: subjectOf(src) })
  }
}
