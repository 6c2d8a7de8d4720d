import { EsitiError } from '../../../shared/errors'

/**
 * Sets every entry's modification time in a zip (an .xlsx) to one fixed DOS date, so that a generated
 * workbook has the same bytes on every run (the zip library stamps entries with the current time).
 * Walks the central directory from the end-of-central-directory record; sizes and CRCs are untouched.
 */
const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/** 2024-01-15 00:00:00 in DOS format. */
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 15
const DOS_TIME = 0

export function fixZipTimes(zip: Buffer): Buffer {
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  if (eocd < 0) throw new EsitiError('INTERNAL', 'demoContent.badZip', { part: 'end of central directory' })
  const count = zip.readUInt16LE(eocd + 10)
  let p = zip.readUInt32LE(eocd + 16)
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new EsitiError('INTERNAL', 'demoContent.badZip', { part: 'central directory' })
    zip.writeUInt16LE(DOS_TIME, p + 12)
    zip.writeUInt16LE(DOS_DATE, p + 14)
    const local = zip.readUInt32LE(p + 42)
    if (zip.readUInt32LE(local) !== LOCAL) throw new EsitiError('INTERNAL', 'demoContent.badZip', { part: 'local header' })
    zip.writeUInt16LE(DOS_TIME, local + 10)
    zip.writeUInt16LE(DOS_DATE, local + 12)
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32)
  }
  return zip
}
