import { SaxesParser } from 'saxes'
import { EsitiError } from '../../../../shared/errors'

/** A parsed element: names without namespace prefixes, attributes by local name, text concatenated. */
export interface XNode {
  name: string
  attrs: Record<string, string>
  children: XNode[]
  text: string
}

const MAX_DEPTH = 200
const MAX_NODES = 5_000_000

const local = (name: string): string => {
  const i = name.indexOf(':')
  return i >= 0 ? name.slice(i + 1) : name
}

/**
 * Parses XML into a small tree, safely: any DOCTYPE declaring entities or pointing to an external
 * DTD is refused before anything is expanded (billion laughs, XXE), and undefined entity
 * references are errors (saxes never expands custom entities). Depth and size are capped.
 */
export function parseXml(xml: string, label: string): { root: XNode; namespace: string | null } {
  const parser = new SaxesParser({ xmlns: false, position: true })
  const stack: XNode[] = []
  let root: XNode | null = null
  let nodes = 0
  const fail = (message: string): never => {
    throw new EsitiError('CORRUPT_FILE', `${label} is not valid XML (line ${parser.line}): ${message}`)
  }
  parser.on('error', (e) => fail(e.message.replace(/^.*?:\d+:\d+: /, '')))
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype) || /\b(SYSTEM|PUBLIC)\b/.test(doctype))
      throw new EsitiError('UNSUPPORTED_FILE', `${label} declares XML entities or an external DTD: refused for safety.`)
  })
  parser.on('opentag', (tag) => {
    if (++nodes > MAX_NODES) throw new EsitiError('TOO_LARGE', `${label} has too many XML elements.`)
    if (stack.length >= MAX_DEPTH) throw new EsitiError('UNSUPPORTED_FILE', `${label} is nested more than ${MAX_DEPTH} levels deep.`)
    const attrs: Record<string, string> = {}
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string>)) attrs[k.startsWith('xmlns') ? k : local(k)] = v
    const node: XNode = { name: local(tag.name), attrs, children: [], text: '' }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(node)
    else root = node
    stack.push(node)
  })
  const onText = (t: string): void => {
    const top = stack[stack.length - 1]
    if (top) top.text += t
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', () => void stack.pop())
  parser.write(xml.replace(/^\uFEFF/, '')).close()
  if (!root) fail('no root element')
  const r = root as unknown as XNode
  return { root: r, namespace: r.attrs.xmlns ?? null }
}

export const kids = (n: XNode, name: string): XNode[] => n.children.filter((c) => c.name === name)
export const kid = (n: XNode, name: string): XNode | undefined => n.children.find((c) => c.name === name)
export const kidText = (n: XNode, name: string): string | undefined => kid(n, name)?.text

/** Decodes XML bytes: BOMs, UTF-16, and a declared single-byte encoding; UTF-8 otherwise. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1')
  const declared = /encoding\s*=\s*["']([A-Za-z0-9_.-]+)["']/.exec(head)?.[1]?.toLowerCase()
  if (declared && /^(iso-8859-1|latin-?1|windows-1252|cp1252)$/.test(declared)) return new TextDecoder('windows-1252').decode(bytes)
  return new TextDecoder('utf-8').decode(bytes)
}
