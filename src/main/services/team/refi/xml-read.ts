import { EsitiError } from '../../../../shared/errors'
import { subjectOf, walkXml, type XmlSource } from '../../io/xml'

export { decodeXml } from '../../io/xml'

/** A parsed element: names without namespace prefixes, attributes by local name, text concatenated. */
export interface XNode {
  name: string
  attrs: Record<string, string>
  children: XNode[]
  text: string
}

const NO_CHILDREN: XNode[] = []

/**
 * Parses a REFI-QDA document into a small tree through the reading layer's XML walker (entities and
 * external DTDs refused, elements and depth bounded by their limits).
 */
export function parseXml(xml: string, src: XmlSource): { root: XNode; namespace: string | null } {
  const stack: XNode[] = []
  let root: XNode | null = null
  walkXml(xml, { ...src, tree: true }, {
    open(el) {
      const attrs: Record<string, string> = {}
      for (const k in el.attrs) attrs[k.startsWith('xmlns') ? k : k.slice(k.indexOf(':') + 1)] = el.attrs[k]
      // Most elements are leaves: they share one empty children array until a child arrives.
      const node: XNode = { name: el.local, attrs, children: NO_CHILDREN, text: '' }
      const parent = stack[stack.length - 1]
      if (parent) {
        if (parent.children === NO_CHILDREN) parent.children = []
        parent.children.push(node)
      } else root = node
      stack.push(node)
    },
    close() {
      stack.pop()
    },
    text(t) {
      const top = stack[stack.length - 1]
      if (top) top.text += t
    }
  })
  if (!root) throw new EsitiError('CORRUPT_FILE', 'io.xmlNoRoot', { subject: subjectOf(src) })
  const r = root as XNode
  return { root: r, namespace: r.attrs.xmlns ?? null }
}

export const kids = (n: XNode, name: string): XNode[] => n.children.filter((c) => c.name === name)
export const kid = (n: XNode, name: string): XNode | undefined => n.children.find((c) => c.name === name)
export const kidText = (n: XNode, name: string): string | undefined => kid(n, name)?.text
