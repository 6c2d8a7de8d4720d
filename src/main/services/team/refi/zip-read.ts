import fs from 'node:fs'
import yauzl from 'yauzl'
import { EsitiError } from '../../../../shared/errors'

/** Limits that keep a hostile archive from exhausting memory (zip bombs, lying headers). */
export const ZIP_LIMITS = {
  maxFileBytes: 2 * 1024 ** 3,
  maxEntries: 50_000,
  maxEntryBytes: 256 * 1024 ** 2,
  maxTotalBytes: 1024 ** 3,
  /** Uncompressed/compressed ratio above which a large entry is treated as a bomb. */
  maxRatio: 200,
  ratioCheckAbove: 8 * 1024 ** 2
}

export interface ZipEntryInfo {
  /** The entry name with "/" separators, as stored. */
  name: string
  size: number
  compressedSize: number
}

/**
 * A zip opened for reading only the entries asked for, in memory: nothing is ever extracted to
 * disk, and names that try to leave the archive (../, absolute paths) are listed as unsafe and
 * can never be read.
 */
export class SafeZip {
  private readonly byName = new Map<string, yauzl.Entry>()
  readonly entries: ZipEntryInfo[] = []
  readonly unsafe: string[] = []
  private read = 0

  private constructor(private readonly zip: yauzl.ZipFile) {}

  static async open(file: string, label = 'The file'): Promise<SafeZip> {
    let stat: fs.Stats
    try {
      stat = fs.statSync(file)
    } catch {
      throw new EsitiError('NOT_FOUND', `File not found: ${file}`)
    }
    if (!stat.isFile()) throw new EsitiError('INVALID_INPUT', `${label} is not a file: ${file}`)
    if (stat.size > ZIP_LIMITS.maxFileBytes) throw new EsitiError('TOO_LARGE', `${label} is larger than 2 GB.`)
    let zip: yauzl.ZipFile
    try {
      zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true })
    } catch (e) {
      throw new EsitiError('CORRUPT_FILE', `${label} is not a valid zip archive (${(e as Error).message}).`)
    }
    const z = new SafeZip(zip)
    try {
      if (zip.entryCount > ZIP_LIMITS.maxEntries)
        throw new EsitiError('TOO_LARGE', `${label} holds ${zip.entryCount} entries: too many to be a project.`)
      for await (const entry of zip.eachEntry()) z.add(entry)
    } catch (e) {
      zip.close()
      if (e instanceof EsitiError) throw e
      throw new EsitiError('CORRUPT_FILE', `${label} is a damaged zip archive (${(e as Error).message}).`)
    }
    return z
  }

  private add(entry: yauzl.Entry): void {
    const raw = entry.fileNameRaw
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false)
    if (name.endsWith('/')) return
    if (yauzl.validateFileName(name) !== null || name.includes('\u0000')) {
      this.unsafe.push(name)
      return
    }
    this.byName.set(name, entry)
    this.entries.push({ name, size: entry.uncompressedSize, compressedSize: entry.compressedSize })
  }

  has(name: string): boolean {
    return this.byName.has(name)
  }

  /** Reads one entry fully, refusing encrypted entries, bombs and sizes that differ from the header. */
  async readEntry(name: string): Promise<Buffer> {
    const entry = this.byName.get(name)
    if (!entry) throw new EsitiError('NOT_FOUND', `The archive has no entry ${name}.`)
    if (entry.isEncrypted()) throw new EsitiError('ENCRYPTED_FILE', `${name} is encrypted in the archive.`)
    const size = entry.uncompressedSize
    if (size > ZIP_LIMITS.maxEntryBytes) throw new EsitiError('TOO_LARGE', `${name} would expand to ${mb(size)}: refused.`)
    if (size > ZIP_LIMITS.ratioCheckAbove && size / Math.max(1, entry.compressedSize) > ZIP_LIMITS.maxRatio)
      throw new EsitiError('TOO_LARGE', `${name} expands ${Math.round(size / Math.max(1, entry.compressedSize))} times (${mb(size)}): refused as a zip bomb.`)
    if (this.read + size > ZIP_LIMITS.maxTotalBytes)
      throw new EsitiError('TOO_LARGE', 'The archive expands to more than 1 GB: refused.')
    let stream: NodeJS.ReadableStream
    try {
      stream = await this.zip.openReadStreamPromise(entry)
    } catch (e) {
      throw new EsitiError('CORRUPT_FILE', `Cannot read ${name} from the archive (${(e as Error).message}).`)
    }
    const chunks: Buffer[] = []
    let got = 0
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        got += chunk.length
        // validateEntrySizes also catches this, but only after inflating everything.
        if (got > size) throw new EsitiError('CORRUPT_FILE', `${name} is larger than its header says: refused.`)
        chunks.push(chunk)
      }
    } catch (e) {
      ;(stream as unknown as { destroy?: () => void }).destroy?.()
      if (e instanceof EsitiError) throw e
      throw new EsitiError('CORRUPT_FILE', `${name} is damaged in the archive (${(e as Error).message}).`)
    }
    this.read += got
    return Buffer.concat(chunks, got)
  }

  close(): void {
    this.zip.close()
  }
}

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`
