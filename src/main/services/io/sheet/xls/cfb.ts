import { EsitiError } from '../../../../../shared/errors'

/**
 * A read-only view of a Compound File Binary container ([MS-CFB]): the OLE2 file that holds legacy
 * .xls workbooks (a "Workbook" or "Book" stream), .doc documents and password-protected .xlsx
 * packages. Only what reading a stream needs: the FAT (via the DIFAT), the directory, the mini
 * stream. Every sector number and chain is checked, so a damaged or hostile file cannot make the
 * reader loop or read outside the file.
 */

const ENDOFCHAIN = 0xfffffffe
const FREESECT = 0xffffffff
const MAX_REGULAR = 0xfffffffa

export interface CfbEntry {
  name: string
  /** 1 storage, 2 stream, 5 root. */
  type: number
  start: number
  size: number
}

const corrupt = (file: string, what: string): EsitiError => new EsitiError('CORRUPT_FILE', 'formats.cfb.damaged', { file, what })

export class CompoundFile {
  private constructor(
    private readonly buf: Buffer,
    private readonly file: string,
    private readonly shift: number,
    private readonly miniFat: Uint32Array,
    private readonly miniCutoff: number,
    readonly entries: CfbEntry[]
  ) {}

  static open(buf: Buffer, file: string): CompoundFile {
    if (buf.length < 512) throw corrupt(file, 'header')
    const shift = buf.readUInt16LE(30)
    if (shift !== 9 && shift !== 12) throw corrupt(file, 'header')
    const sectorSize = 1 << shift
    const sectors = Math.floor((buf.length - sectorSize) / sectorSize) + (buf.length % sectorSize ? 1 : 0)
    const offset = (n: number): number => (n + 1) * sectorSize
    const fatCount = buf.readUInt32LE(44)
    const firstDir = buf.readUInt32LE(48)
    const miniCutoff = buf.readUInt32LE(56)
    const firstMiniFat = buf.readUInt32LE(60)
    const miniFatCount = buf.readUInt32LE(64)
    let difatNext = buf.readUInt32LE(68)
    const difatCount = buf.readUInt32LE(72)
    if (fatCount > sectors || difatCount > sectors || miniFatCount > sectors) throw corrupt(file, 'header')

    // DIFAT: 109 FAT sector numbers in the header, the rest in a chain of DIFAT sectors.
    const fatSectors: number[] = []
    for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(buf.readUInt32LE(76 + i * 4))
    const perDifat = sectorSize / 4 - 1
    for (let d = 0; d < difatCount && fatSectors.length < fatCount; d++) {
      if (difatNext >= sectors) throw corrupt(file, 'DIFAT')
      const o = offset(difatNext)
      for (let i = 0; i < perDifat && fatSectors.length < fatCount; i++) fatSectors.push(buf.readUInt32LE(o + i * 4))
      difatNext = buf.readUInt32LE(o + perDifat * 4)
    }
    const perSector = sectorSize / 4
    const fat = new Uint32Array(fatSectors.length * perSector)
    fatSectors.forEach((s, k) => {
      if (s >= sectors) throw corrupt(file, 'FAT')
      const o = offset(s)
      const end = Math.min(o + sectorSize, buf.length)
      for (let i = 0; o + i * 4 + 4 <= end; i++) fat[k * perSector + i] = buf.readUInt32LE(o + i * 4)
    })

    const chain = (start: number, what: string): number[] => {
      const out: number[] = []
      let s = start
      while (s !== ENDOFCHAIN && s !== FREESECT) {
        if (s > MAX_REGULAR || s >= sectors || s >= fat.length || out.length > sectors) throw corrupt(file, what)
        out.push(s)
        s = fat[s]
      }
      return out
    }
    const readChain = (start: number, what: string): Buffer =>
      Buffer.concat(chain(start, what).map((s) => buf.subarray(offset(s), Math.min(offset(s) + sectorSize, buf.length))))

    const dir = readChain(firstDir, 'directory')
    const entries: CfbEntry[] = []
    for (let o = 0; o + 128 <= dir.length; o += 128) {
      const nameLen = Math.min(64, dir.readUInt16LE(o + 64))
      const type = dir[o + 66]
      if (type === 0) continue
      const name = dir.toString('utf16le', o, o + Math.max(0, nameLen - 2))
      const start = dir.readUInt32LE(o + 116)
      const size = shift === 9 ? dir.readUInt32LE(o + 120) : Number(dir.readBigUInt64LE(o + 120))
      entries.push({ name, type, start, size })
    }
    const miniFatBytes = miniFatCount > 0 ? readChain(firstMiniFat, 'mini FAT') : Buffer.alloc(0)
    const miniFat = new Uint32Array(Math.floor(miniFatBytes.length / 4))
    for (let i = 0; i < miniFat.length; i++) miniFat[i] = miniFatBytes.readUInt32LE(i * 4)
    const cf = new CompoundFile(buf, file, shift, miniFat, miniCutoff || 4096, entries)
    cf.chain = chain
    return cf
  }

  private chain: (start: number, what: string) => number[] = () => []
  private miniStream: Buffer | null = null

  /** The first stream with this name (case-insensitive), or undefined. */
  find(...names: string[]): CfbEntry | undefined {
    const wanted = names.map((n) => n.toLowerCase())
    return this.entries.find((e) => e.type === 2 && wanted.includes(e.name.toLowerCase()))
  }

  /** The bytes of a stream, at most `maxBytes` (its declared size is not trusted beyond its chain). */
  read(entry: CfbEntry, maxBytes: number): Buffer {
    if (entry.size > maxBytes) throw new EsitiError('TOO_LARGE', 'formats.fileTooLarge', { file: this.file, size: entry.size, limit: maxBytes })
    const sectorSize = 1 << this.shift
    if (entry.size < this.miniCutoff) {
      const mini = this.mini()
      const parts: Buffer[] = []
      let s = entry.start
      let steps = 0
      while (s !== ENDOFCHAIN && s !== FREESECT && parts.length * 64 < entry.size) {
        if (s >= this.miniFat.length || ++steps > this.miniFat.length || (s + 1) * 64 > mini.length) throw corrupt(this.file, 'mini stream')
        parts.push(mini.subarray(s * 64, s * 64 + 64))
        s = this.miniFat[s]
      }
      const out = Buffer.concat(parts)
      if (out.length < entry.size) throw corrupt(this.file, entry.name)
      return out.subarray(0, entry.size)
    }
    const sectors = this.chain(entry.start, entry.name)
    const out = Buffer.concat(sectors.map((s) => this.buf.subarray((s + 1) * sectorSize, Math.min((s + 2) * sectorSize, this.buf.length))))
    if (out.length < entry.size) throw corrupt(this.file, entry.name)
    return out.subarray(0, entry.size)
  }

  private mini(): Buffer {
    if (!this.miniStream) {
      const root = this.entries.find((e) => e.type === 5)
      const sectorSize = 1 << this.shift
      this.miniStream = root ? Buffer.concat(this.chain(root.start, 'mini stream').map((s) => this.buf.subarray((s + 1) * sectorSize, (s + 2) * sectorSize))) : Buffer.alloc(0)
    }
    return this.miniStream
  }
}
