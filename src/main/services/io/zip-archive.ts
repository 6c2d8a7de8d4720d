import { basename } from 'node:path'
import { stat } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { createInflateRaw, type ZlibOptions } from 'node:zlib'
import yauzl from 'yauzl'
import { EsitiError } from '../../../shared/errors'
import { msg, type Msg } from '../../../shared/messages'
import { throwIfCancelled } from './cancel'
import { LIMITS, RATIO_CHECK_AFTER, checkLimit, overLimit } from './limits'

const CHUNK_SIZE = 256 * 1024
const READ_AHEAD = 1024 * 1024
const PROGRESS_STEP = 256 * 1024

export interface ZipOpenOptions {
  /** Words the damaged-file error: "<name> is not a readable <what>: …" (default a zip archive). */
  what?: 'zip' | 'xlsx' | 'document' | 'qdpx'
  /**
   * Entry names that would leave the archive (`..`, absolute, drive letters, NUL): 'refuse' the file
   * (a workbook never has them), or 'skip' them and list them in `unsafe` (a REFI-QDA package is
   * read without them and the import reports them).
   */
  unsafeNames?: 'refuse' | 'skip'
  /** Inflated bytes of all parts read together (default LIMITS.archiveInflatedBytes). */
  maxInflated?: number
}

export interface InflateOptions {
  /** Inflated-byte budget for this part (a value of a LIMITS entry, default partBytes). */
  maxBytes?: number
  /** The limit maxBytes comes from, named in the refusal (default partBytes). */
  limit?: (typeof LIMITS)[keyof typeof LIMITS]
  signal?: AbortSignal
  /** Compressed bytes of this part consumed so far. */
  onProgress?: (done: number) => void
}

/**
 * The one zip reader of every package Esiti opens (.xlsx, .docx, .odt, .qdpx). yauzl lists the
 * central directory; each part is inflated here, not by yauzl, so every budget is enforced on the
 * bytes actually produced, never on what the headers claim: a per-part byte limit, a ratio guard
 * against zip bombs, and a budget for the whole archive. Nothing is ever extracted to disk.
 */
export class ZipArchive {
  private inflatedTotal = 0
  readonly unsafe: string[] = []

  private constructor(
    readonly file: string,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly lowerNames: Map<string, string>,
    private readonly what: Msg,
    private readonly maxInflated: number
  ) {}

  /** Opens a zip file; `file` names it in every error. */
  static async open(file: string, opts: ZipOpenOptions = {}): Promise<ZipArchive> {
    let size: number
    try {
      const st = await stat(file)
      if (!st.isFile()) throw new EsitiError('INVALID_INPUT', 'io.notAFile', { file: basename(file) })
      size = st.size
    } catch (err) {
      if (err instanceof EsitiError) throw err
      throw new EsitiError('NOT_FOUND', 'io.fileNotFound', { file })
    }
    checkLimit(file, LIMITS.archiveBytes, size)
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: false }, (err, z) =>
        err || !z ? reject(damaged(file, whatOf(opts.what), err?.message ?? 'no zip')) : resolve(z)
      )
    )
    return ZipArchive.list(file, zip, opts)
  }

  /** The same over bytes already in memory (a transcript handed over as a buffer). */
  static async fromBuffer(bytes: Uint8Array, file: string, opts: ZipOpenOptions = {}): Promise<ZipArchive> {
    checkLimit(file, LIMITS.archiveBytes, bytes.length)
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, decodeStrings: false }, (err, z) =>
        err || !z ? reject(damaged(file, whatOf(opts.what), err?.message ?? 'no zip')) : resolve(z)
      )
    )
    return ZipArchive.list(file, zip, opts)
  }

  private static async list(file: string, zip: yauzl.ZipFile, opts: ZipOpenOptions): Promise<ZipArchive> {
    const what = whatOf(opts.what)
    const archive = new ZipArchive(file, zip, new Map(), new Map(), what, opts.maxInflated ?? LIMITS.archiveInflatedBytes.value)
    try {
      // The central directory states the count: refuse before listing a million entries.
      checkLimit(file, LIMITS.zipEntries, zip.entryCount)
      await new Promise<void>((resolve, reject) => {
        zip.on('error', (err: Error) => reject(damaged(file, what, err.message)))
        zip.on('end', () => resolve())
        zip.on('entry', (entry: yauzl.Entry) => {
          try {
            archive.add(entry, opts.unsafeNames ?? 'refuse')
            zip.readEntry()
          } catch (err) {
            reject(err)
          }
        })
        zip.readEntry()
      })
    } catch (err) {
      zip.close()
      throw err
    }
    return archive
  }

  private add(entry: yauzl.Entry, unsafe: 'refuse' | 'skip'): void {
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false)
    const bad = name.includes('\u0000') ? 'invalid characters in file name' : yauzl.validateFileName(name)
    if (bad !== null) {
      if (unsafe === 'refuse')
        throw new EsitiError('CORRUPT_FILE', 'io.zipUnsafeName', { file: basename(this.file), what: this.what, name: JSON.stringify(name), detail: bad })
      this.unsafe.push(name)
      return
    }
    if (name.endsWith('/') || this.entries.has(name)) return
    this.entries.set(name, entry)
    const lower = name.toLowerCase()
    if (!this.lowerNames.has(lower)) this.lowerNames.set(lower, name)
  }

  get names(): string[] {
    return [...this.entries.keys()]
  }

  has(name: string): boolean {
    return this.entries.has(name)
  }

  /** The stored name for a part, exact first then ignoring case (some producers vary it). */
  resolve(name: string): string | undefined {
    if (this.entries.has(name)) return name
    return this.lowerNames.get(name.toLowerCase())
  }

  compressedSize(name: string): number {
    return this.entries.get(name)?.compressedSize ?? 0
  }

  /** What is left of the whole archive's inflated-byte budget (a worker reading a part gets this much). */
  get inflateBudgetLeft(): number {
    return Math.max(0, this.maxInflated - this.inflatedTotal)
  }

  /** Counts bytes of a part inflated by another reader of the same file (a worker) against the budget. */
  countInflated(bytes: number): void {
    this.inflatedTotal += bytes
    if (this.inflatedTotal > this.maxInflated)
      throw overLimit(this.file, { ...LIMITS.archiveInflatedBytes, value: this.maxInflated }, this.inflatedTotal, { where: msg('io.where.allParts'), atLeast: true })
  }

  /** Bytes inflated so far from every part. */
  get inflatedBytes(): number {
    return this.inflatedTotal
  }

  /** What the header claims; never trusted for a budget, only for early refusal and listing. */
  declaredSize(name: string): number {
    return this.entries.get(name)?.uncompressedSize ?? 0
  }

  close(): void {
    if (this.zip.isOpen) this.zip.close()
  }

  /** Streams a part's inflated bytes in chunks, enforcing the byte budgets, the ratio guard and cancellation. */
  async *inflate(name: string, opts: InflateOptions = {}): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name)
    if (!entry) throw new EsitiError('CORRUPT_FILE', 'io.zipPartMissing', { file: basename(this.file), what: this.what, part: name })
    const limit = opts.limit ?? LIMITS.partBytes
    const maxBytes = opts.maxBytes ?? limit.value
    const tooLarge = (found: number, atLeast: boolean): EsitiError =>
      overLimit(this.file, { ...limit, value: maxBytes }, found, { where: name, atLeast })
    if (entry.isEncrypted())
      throw new EsitiError('ENCRYPTED_FILE', 'io.zipEncrypted', { file: basename(this.file) })
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
      throw new EsitiError('UNSUPPORTED_FILE', 'io.zipMethod', { file: basename(this.file), method: String(entry.compressionMethod) })
    if (entry.uncompressedSize > maxBytes) throw tooLarge(entry.uncompressedSize, false)
    throwIfCancelled(opts.signal)

    const raw = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(entry, { decodeFileData: false }, (err, s) =>
        err || !s ? reject(partDamaged(this.file, this.what, name, err?.message ?? 'no stream')) : resolve(s)
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
        this.inflatedTotal += chunk.length
        if (total > maxBytes) throw tooLarge(total, true)
        // The central directory states the size; a part that inflates past it is damaged or hostile.
        if (total > entry.uncompressedSize) throw new EsitiError('CORRUPT_FILE', 'io.zipLyingHeader', { file: basename(this.file), what: this.what, part: name })
        if (total > RATIO_CHECK_AFTER && total > compressed * LIMITS.inflateRatio.value)
          throw overLimit(this.file, LIMITS.inflateRatio, total / Math.max(1, compressed), { where: name })
        if (this.inflatedTotal > this.maxInflated)
          throw overLimit(this.file, { ...LIMITS.archiveInflatedBytes, value: this.maxInflated }, this.inflatedTotal, { where: msg('io.where.allParts'), atLeast: true })
        throwIfCancelled(opts.signal)
        if (opts.onProgress && compressed - lastReport >= PROGRESS_STEP) {
          lastReport = compressed
          opts.onProgress(compressed)
        }
        yield chunk
      }
    } catch (err) {
      if (err instanceof EsitiError) throw err
      throw partDamaged(this.file, this.what, name, (err as Error).message)
    } finally {
      raw.destroy()
      inflater?.destroy()
    }
    opts.onProgress?.(entry.compressedSize)
  }

  /** A whole part in memory, within its budget. */
  async readAll(name: string, opts: InflateOptions = {}): Promise<Buffer> {
    const parts: Buffer[] = []
    let n = 0
    for await (const chunk of this.inflate(name, opts)) {
      parts.push(chunk)
      n += chunk.length
    }
    return Buffer.concat(parts, n)
  }

  /** A small part as text (workbook, rels, styles): UTF-8 or UTF-16 with BOM. */
  async readText(name: string, opts: InflateOptions = {}): Promise<string> {
    const buf = await this.readAll(name, opts)
    if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2))
    if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2))
    return buf.toString('utf8', buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0)
  }
}

const whatOf = (what: ZipOpenOptions['what']): Msg => msg(`io.what.${what ?? 'zip'}`)

const damaged = (file: string, what: Msg, detail: string): EsitiError =>
  new EsitiError('CORRUPT_FILE', 'io.zipDamaged', { file: basename(file), what, detail })

const partDamaged = (file: string, what: Msg, part: string, detail: string): EsitiError =>
  new EsitiError('CORRUPT_FILE', 'io.zipPartDamaged', { file: basename(file), what, part, detail })
