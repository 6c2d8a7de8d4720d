import { randomBytes } from 'node:crypto'

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

/**
 * UUID texts of 16-byte groups in `bin`, each a flat 36-character string. crypto.randomUUID and
 * template literals build each id as a rope of ~20 pieces (~450 bytes); 100,000 rows of those held
 * 45 MB, the flat copies take ~6 MB.
 */
export function uuidTexts(bin: Uint8Array, n: number): string[] {
  const text = Buffer.allocUnsafe(n * 36)
  for (let i = 0, p = 0; i < n; i++) {
    for (let k = 0; k < 16; k++) {
      const h = HEX[bin[i * 16 + k]]
      text[p++] = h.charCodeAt(0)
      text[p++] = h.charCodeAt(1)
      if (k === 3 || k === 5 || k === 7 || k === 9) text[p++] = 0x2d
    }
  }
  const ids: string[] = new Array(n)
  for (let i = 0; i < n; i++) ids[i] = text.toString('latin1', i * 36, i * 36 + 36)
  return ids
}

/** n random (version 4) UUIDs, as crypto.randomUUID makes them. */
export function newRowIds(n: number): string[] {
  const bin = randomBytes(n * 16)
  for (let i = 0; i < n; i++) {
    bin[i * 16 + 6] = (bin[i * 16 + 6] & 0x0f) | 0x40
    bin[i * 16 + 8] = (bin[i * 16 + 8] & 0x3f) | 0x80
  }
  return uuidTexts(bin, n)
}
