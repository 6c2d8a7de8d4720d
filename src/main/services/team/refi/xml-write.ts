/** Minimal XML serialisation for the REFI-QDA writer: escaping and element building, nothing else. */

// XML 1.0 forbids most C0 controls even as character references: they are dropped.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export const cleanXmlText = (s: string): string => s.replace(INVALID, '').replace(LONE_SURROGATE, '\uFFFD')

export const escText = (s: string): string =>
  cleanXmlText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')

export const escAttr = (s: string): string =>
  escText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')

export type Attrs = Record<string, string | number | boolean | null | undefined>

function attrs(a: Attrs): string {
  let out = ''
  for (const [k, v] of Object.entries(a)) if (v !== null && v !== undefined) out += ` ${k}="${escAttr(String(v))}"`
  return out
}

/** An element with child elements (already serialised) or none. */
export function el(name: string, a: Attrs = {}, children: (string | null | undefined | false)[] = []): string {
  const body = children.filter((c): c is string => typeof c === 'string' && c.length > 0).join('')
  return body ? `<${name}${attrs(a)}>${body}</${name}>` : `<${name}${attrs(a)}/>`
}

/** An element holding text, or nothing when the text is empty. */
export function textEl(name: string, text: string | null | undefined): string {
  return text ? `<${name}>${escText(text)}</${name}>` : ''
}

export const XML_DECL = '<?xml version="1.0" encoding="utf-8"?>\n'
