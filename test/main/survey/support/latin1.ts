/** Encodes text as Windows-1252 (Latin-1 range only, enough for Italian accents). */
export default function toWindows1252(text: string): Buffer {
  for (const ch of text) if (ch.charCodeAt(0) > 0xff) throw new Error(`not encodable: ${ch}`)
  return Buffer.from(text, 'latin1')
}
