import { closeSync, openSync, writeSync } from 'node:fs'
import { constants, crc32, deflateRawSync } from 'node:zlib'
import { Zip, type ZipInputFile } from 'fflate'

const FLUSH_AT = 1 << 20

/** One zip entry being written: text goes in, deflated bytes go out in ~1 MB steps. */
export interface EntryWriter {
  write(text: string): void
  end(): void
}

/**
 * Streaming zip writer for generated workbooks: fflate lays out the container (headers, data
 * descriptors, central directory) while native zlib deflates. Each ~1 MB chunk is deflated with a sync
 * flush, so the pieces concatenate into one valid deflate stream and memory stays flat.
 */
export class StreamingZipWriter {
  private readonly fd: number
  private readonly zip: Zip
  private error: Error | null = null
  bytes = 0

  constructor(
    file: string,
    private readonly level = 1
  ) {
    this.fd = openSync(file, 'w')
    this.zip = new Zip((err, data) => {
      if (err) this.error = err
      else {
        writeSync(this.fd, data)
        this.bytes += data.length
      }
    })
  }

  entry(name: string): EntryWriter {
    const file: ZipInputFile = { filename: name, size: 0, crc: 0, compression: 8 }
    this.zip.add(file)
    let pending: string[] = []
    let pendingLength = 0
    const flush = (final: boolean): void => {
      const raw = Buffer.from(pending.join(''), 'utf8')
      pending = []
      pendingLength = 0
      file.crc = crc32(raw, file.crc)
      file.size += raw.length
      const out = deflateRawSync(raw, { level: this.level, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH })
      file.ondata?.(null, out, final)
      this.check()
    }
    return {
      write: (text: string) => {
        pending.push(text)
        pendingLength += text.length
        if (pendingLength >= FLUSH_AT) flush(false)
      },
      end: () => flush(true)
    }
  }

  file(name: string, text: string): void {
    const e = this.entry(name)
    e.write(text)
    e.end()
  }

  close(): void {
    this.zip.end()
    closeSync(this.fd)
    this.check()
  }

  private check(): void {
    if (this.error) throw this.error
  }
}
