import { createHash } from 'node:crypto'

const GUID_RE = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/

/** A REFI GUID ({…} braces and upper case allowed) as our lower-case UUID, or null if it is not one. */
export function normaliseGuid(s: string | undefined | null): string | null {
  const m = GUID_RE.exec((s ?? '').trim())
  return m ? m[1].toLowerCase() : null
}

/** Deterministic name-based UUID (RFC 4122 version 5, SHA-1): the same input gives the same GUID. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest()
  h[6] = (h[6] & 0x0f) | 0x50
  h[8] = (h[8] & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}

/** Namespaces of the GUIDs Esiti derives (selections of codings, users who only wrote memos). */
export const NS_SELECTION = '5b0f3a52-6c3e-4d0e-9a57-3f1c2b7e8d41'
export const NS_USER = '9d7c1e02-41b8-4f6a-b3d5-0c2e8a6f9b17'
export const NS_FOREIGN = 'e3a1c7d4-2b9f-4c6e-8a15-7d0f3b2c9e68'
