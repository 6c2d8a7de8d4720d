import { basename } from 'node:path'
import type { Readable } from 'node:stream'
import { createInflateRaw, type ZlibOptions } from 'node:zlib'
import yauzl from 'yauzl'
import { EsitiError } from '../../../../shared/errors'
import { throwIfCancelled } from './cancel'

/** No real workbook has this many parts; a zip listing more is hostile or not a workbook. */
const MAX_ENTRIES = 50_000
/** Zip-bomb guard: past this many inflated bytes the ratio to compressed bytes is checked. */
const RATIO_CHECK_AFTER = 50 * 1024 * 1024
/** Real sheets reach ~120:1 (long runs of repeated markup); deflate's ceiling is ~1030:1. */
const MAX_RATIO = 200
const CHUNK_SIZE = 256 * 1024
const READ_AHEAD = 1024 * 1024
const PROGRESS_STEP = 256 * 1024

export interface InflateOptions {
  /** Inflated-byte budget for this part. */
  maxBytes: number
  signal?: AbortSignal
  /** Compressed bytes of this part consumed so far. */
  onProgress?: (done: number) => void
}

const corrupt = (file: string, why: string): EsitiError =>
  new EsitiError('CORRUPT_FILE', `${basename(file)} is not a readable .xlsx file: ${why}.`)

/**
 * A read-only view of the zip container. yauzl rejects absolute and `..` entry names while listing; each
 * part is inflated here (not by yauzl) so the size budget is enforced on the bytes actually produced,
 * never on what the headers claim.
 */
export class ZipArchive {
  private constructor(
    readonly file: string,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly lowerNames: Map<string, string>
  ) {}

  static async open(file: string): Promise<ZipArchive> {
    // autoClose is off: entries are listed first and read afterwards; close() is called in a finally.
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true }, (err, z) =>
        err || !z ? reject(corrupt(file, `the zip structure is damaged (${err?.message ?? 'no zip'})`)) : resolve(z)
      )
    )
    const entries = new Map<string, yauzl.Entry>()
    const lowerNames = new Map<string, string>()
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('error', (err: Error) => reject(corrupt(file, `the zip structure is damaged (${err.message})`)))
        zip.on('end', () => resolve())
        zip.on('entry', (entry: yauzl.Entry) => {
          if (entries.size >= MAX_ENTRIES) {
            reject(new EsitiError('TOO_LARGE', `${basename(file)} holds more than ${MAX_ENTRIES} parts: it is not a workbook.`))
            return
          }
          if (!entries.has(entry.fileName)) {
            entries.set(entry.fileName, entry)
            const lower = entry.fileName.toLowerCase()
            if (!lowerNames.has(lower)) lowerNames.set(lower, entry.fileName)
          }
          zip.readEntry()
        })
        zip.readEntry()
      })
    } catch (err) {
      zip.close()
      throw err
    }
    return new ZipArchive(file, zip, entries, lowerNames)
  }

  get names(): string[] {
    return [...this.entries.keys()]
  }

  /** The stored name for a part, exact first then ignoring case (some producers vary it). */
  resolve(name: string): string | undefined {
    if (this.entries.has(name)) return name
    return this.lowerNames.get(name.toLowerCase())
  }

  compressedSize(name: string): number {
    return this.entries.get(name)?.compressedSize ?? 0
  }

  close(): void {
    if (this.zip.isOpen) this.zip.close()
  }

  /** Streams a part's inflated bytes in chunks, enforcing the byte budget, the ratio guard and cancellation. */
  async *inflate(name: string, opts: InflateOptions): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name)
    if (!entry) throw corrupt(this.file, `the part ${name} is missing`)
    const tooLarge = (): EsitiError =>
      new EsitiError(
        'TOO_LARGE',
        `${basename(this.file)} is too large to read safely: ${name} inflates beyond ${Math.round(opts.maxBytes / 2 ** 20)} MB or is suspiciously compressed (a zip bomb?).`
      )
    if (entry.isEncrypted())
      throw new EsitiError('ENCRYPTED_FILE', `${basename(this.file)} is password-protected: save it as .xlsx without a password.`)
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
      throw new EsitiError('UNSUPPORTED_FILE', `${basename(this.file)} uses an unsupported zip compression method (${entry.compressionMethod}): save it again from Excel.`)
    if (entry.uncompressedSize > opts.maxBytes) throw tooLarge()
    throwIfCancelled(opts.signal)

    const raw = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(entry, { decodeFileData: false }, (err, s) =>
        err || !s ? reject(corrupt(this.file, `cannot read ${name} (${err?.message ?? 'no stream'})`)) : resolve(s)
      )
    )
    let compressed = 0
    let lastReport = 0
    raw.on('data', (c: Buffer) => (compressed += c.length))
    // A deep readable buffer lets zlib (thread pool) inflate ahead while the scanner works on the main thread.
    const inflater = entry.compressionMethod === 8 ? createInflateRaw({ chunkSize: CHUNK_SIZE, readableHighWaterMark: READ_AHEAD } as ZlibOptions) : null
    const source: Readable = inflater ? raw.pipe(inflater) : raw
    if (inflater) raw.on('error', (e) => inflater.destroy(e))
    let total = 0
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        total += chunk.length
        if (total > opts.maxBytes || (total > RATIO_CHECK_AFTER && total > compressed * MAX_RATIO)) throw tooLarge()
        throwIfCancelled(opts.signal)
        if (opts.onProgress && compressed - lastReport >= PROGRESS_STEP) {
          lastReport = compressed
          opts.onProgress(compressed)
        }
        yield chunk
      }
    } catch (err) {
      if (err instanceof EsitiError) throw err
      throw corrupt(this.file, `${name} is damaged (${(err as Error).message})`)
    } finally {
      raw.destroy()
      inflater?.destroy()
    }
    opts.onProgress?.(entry.compressedSize)
  }

  /** A small part as text (workbook, rels, styles): UTF-8 or UTF-16 with BOM. */
  async readText(name: string, maxBytes: number, signal?: AbortSignal): Promise<string> {
    const parts: Buffer[] = []
    for await (const chunk of this.inflate(name, { maxBytes, signal })) parts.push(chunk)
    const buf = Buffer.concat(parts)
    if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2))
    if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2))
    return buf.toString('utf8', buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0)
  }
}
