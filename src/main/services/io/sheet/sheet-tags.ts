import { closeLength, findClose, readTag, type Tag } from './element-scan'
import { richText } from './shared-strings'
import { LT, forEachAttr, nameIs, parseCellRef, parseUint } from './xml-bytes'

/** The less frequent worksheet tags, kept out of the scanner's hot path. */

const V = Buffer.from('v')
const IS = Buffer.from('is')
const REF = Buffer.from('ref')
const R = Buffer.from('r')

type Merge = { r0: number; c0: number; r1: number; c1: number }

/** `<row r="12">` → 12; -1 when absent or invalid. */
export function rowNumberOf(buf: Buffer, tag: Tag): number {
  let r = -1
  forEachAttr(buf, tag.nameEnd, tag.end, (ns, ne, vs, ve) => {
    if (nameIs(buf, ns, ne, R)) r = parseUint(buf, vs, ve)
  })
  return r
}

function refAttr(buf: Buffer, tag: Tag): [number, number] | null {
  let found: [number, number] | null = null
  forEachAttr(buf, tag.nameEnd, tag.end, (ns, ne, vs, ve) => {
    if (nameIs(buf, ns, ne, REF)) found = [vs, ve]
  })
  return found
}

const MIN = Buffer.from('min')
const MAX = Buffer.from('max')
const HIDDEN = Buffer.from('hidden')

/** `<col min="2" max="3" hidden="1"/>` → the zero-based columns it hides, or null when it hides none. */
export function hiddenColsOf(buf: Buffer, tag: Tag): { from: number; to: number } | null {
  let min = -1
  let max = -1
  let hidden = false
  forEachAttr(buf, tag.nameEnd, tag.end, (ns, ne, vs, ve) => {
    if (nameIs(buf, ns, ne, MIN)) min = parseUint(buf, vs, ve)
    else if (nameIs(buf, ns, ne, MAX)) max = parseUint(buf, vs, ve)
    else if (nameIs(buf, ns, ne, HIDDEN)) hidden = ve > vs && (buf[vs] === 0x31 || buf[vs] === 0x74)
  })
  if (!hidden || min < 1) return null
  return { from: min - 1, to: Math.min(Math.max(max, min), 16_384) - 1 }
}

/** `<mergeCell ref="A1:C2"/>` → zero-based inclusive range. */
export function mergeOf(buf: Buffer, tag: Tag): Merge | null {
  const ref = refAttr(buf, tag)
  if (!ref) return null
  const [vs, ve] = ref
  const colon = buf.indexOf(0x3a, vs)
  const split = colon >= 0 && colon < ve ? colon : -1
  const a = parseCellRef(buf, vs, split >= 0 ? split : ve)
  const b = split >= 0 ? parseCellRef(buf, split + 1, ve) : a
  if (!a || !b || a.row < 0 || b.row < 0) return null
  return { r0: Math.min(a.row, b.row), c0: Math.min(a.col, b.col), r1: Math.max(a.row, b.row), c1: Math.max(a.col, b.col) }
}

/** `<dimension ref="A1:BH100001"/>` → the text and the declared size (rows 0 when unusable). */
export function dimensionOf(buf: Buffer, tag: Tag): { ref: string; rows: number; cols: number } | null {
  const ref = refAttr(buf, tag)
  if (!ref) return null
  const [vs, ve] = ref
  const colon = buf.indexOf(0x3a, vs)
  const last = parseCellRef(buf, colon >= 0 && colon < ve ? colon + 1 : vs, ve)
  const ok = last !== null && last.row >= 0
  return { ref: buf.toString('latin1', vs, ve), rows: ok ? last.row + 1 : 0, cols: ok ? last.col + 1 : 0 }
}

/** A cell body of any shape: finds `<v>` (skipping `<f>` formulas) and `<is>` inline text. */
export function cellBody(buf: Buffer, from: number, to: number): { vs: number; ve: number; inline: string | null } {
  let i = from
  let vs = 0
  let ve = 0
  let inline: string | null = null
  while (i < to) {
    const lt = buf.indexOf(LT, i)
    if (lt < 0 || lt >= to) break
    const tag = readTag(buf, lt, to)
    if (!tag) break
    i = tag.end + 1
    if (tag.kind !== 'open' || tag.selfClosing) continue
    if (nameIs(buf, tag.localStart, tag.nameEnd, V)) {
      vs = tag.end + 1
      const e = buf.indexOf(LT, vs)
      ve = e < 0 || e > to ? to : e
      i = ve
    } else if (nameIs(buf, tag.localStart, tag.nameEnd, IS)) {
      const close = findClose(buf, tag, i, to)
      inline = richText(buf, i, close < 0 ? to : close)
      i = close < 0 ? to : close + closeLength(tag)
    }
  }
  return { vs, ve, inline }
}
