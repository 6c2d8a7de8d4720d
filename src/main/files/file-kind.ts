import fs from 'node:fs/promises'
import path from 'node:path'
import yauzl from 'yauzl'

/**
 * What a file really is, from its bytes (never from its extension alone): the kinds a user is likely
 * to pick by mistake in an open dialog. Office and OpenDocument files are zip packages told apart by
 * their parts; old Office files are OLE2 containers told apart by their stream names.
 */
export type FileKind =
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'odt'
  | 'ods'
  | 'sav'
  | 'odp'
  | 'qdpx'
  | 'qdc'
  | 'zip'
  | 'doc'
  | 'xls'
  | 'ppt'
  | 'encryptedOffice'
  | 'ole2'
  | 'pdf'
  | 'rtf'
  | 'esiti'
  | 'sqlite'
  | 'image'
  | 'audio'
  | 'video'
  | 'html'
  | 'xml'
  | 'executable'
  | 'text'
  | 'empty'
  | 'unknown'

const HEAD_BYTES = 4096
/** OLE2 stream names sit in a directory sector anywhere in the file: search at most this much. */
const OLE2_SCAN_BYTES = 32 * 1024 * 1024
/** A sniff only needs the part names: hostile archives with millions of entries are cut short. */
const MAX_ZIP_NAMES = 5000

const starts = (b: Uint8Array, sig: number[], at = 0): boolean => sig.every((v, i) => b[at + i] === v)
const ascii = (b: Uint8Array, from: number, to: number): string => Buffer.from(b.subarray(from, to)).toString('latin1')
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function utf16Includes(bytes: Uint8Array, s: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(s, 'utf16le'))
}

function ole2Kind(bytes: Uint8Array): FileKind {
  if (utf16Includes(bytes, 'EncryptedPackage')) return 'encryptedOffice'
  if (utf16Includes(bytes, 'WordDocument')) return 'doc'
  if (utf16Includes(bytes, 'PowerPoint Document')) return 'ppt'
  if (utf16Includes(bytes, 'Workbook') || utf16Includes(bytes, 'Book')) return 'xls'
  return 'ole2'
}

function zipKind(head: Uint8Array, names: string[]): FileKind {
  // ODF keeps its "mimetype" entry first and uncompressed, so the type is readable in the header.
  const odf = /^mimetypeapplication\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation)/.exec(ascii(head, 30, 120))
  if (odf) return odf[1] === 'text' ? 'odt' : odf[1] === 'spreadsheet' ? 'ods' : 'odp'
  const has = (n: string): boolean => names.some((x) => x.toLowerCase() === n)
  if (has('word/document.xml')) return 'docx'
  if (has('xl/workbook.xml') || has('xl/workbook.bin')) return 'xlsx'
  if (has('ppt/presentation.xml')) return 'pptx'
  if (names.some((n) => /\.qde$/i.test(n))) return 'qdpx'
  return 'zip'
}

/** Kinds recognised from the first bytes alone (everything but zip and OLE2 containers). */
function headKind(head: Uint8Array, ext: string): FileKind | null {
  if (starts(head, [0x25, 0x50, 0x44, 0x46, 0x2d]) || ascii(head, 0, 1024).includes('%PDF-')) return 'pdf'
  if (ascii(head, 0, 16) === 'SQLite format 3\u0000') return ext === '.esiti' ? 'esiti' : 'sqlite'
  if (ascii(head, 0, 4) === '$FL2' || ascii(head, 0, 4) === '$FL3') return 'sav'
  if (starts(head, [0x89, 0x50, 0x4e, 0x47]) || starts(head, [0xff, 0xd8, 0xff]) || /^GIF8[79]a/.test(ascii(head, 0, 6))) return 'image'
  if (ascii(head, 0, 4) === 'II*\u0000' || ascii(head, 0, 4) === 'MM\u0000*') return 'image'
  if (ascii(head, 0, 4) === 'RIFF') {
    const sub = ascii(head, 8, 12)
    if (sub === 'WEBP') return 'image'
    if (sub === 'WAVE') return 'audio'
    if (sub === 'AVI ') return 'video'
  }
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12)
    if (/^(heic|heix|mif1|avif)/.test(brand)) return 'image'
    if (/^M4A/.test(brand)) return 'audio'
    return 'video'
  }
  if (starts(head, [0x1a, 0x45, 0xdf, 0xa3])) return 'video'
  // Signatures short enough to begin a CSV header ("ID3,…", "MZ…") are confirmed by what follows them.
  if (ascii(head, 0, 3) === 'ID3' && head[3] >= 2 && head[3] <= 4 && head[4] < 0x10) return 'audio'
  if (ascii(head, 0, 4) === 'OggS' || ascii(head, 0, 4) === 'fLaC') return 'audio'
  if (starts(head, [0xff, 0xfb]) && ext === '.mp3') return 'audio'
  if (isWindowsProgram(head) || starts(head, [0x7f, 0x45, 0x4c, 0x46])) return 'executable'
  const text = Buffer.from(head).toString('utf8').replace(/^\uFEFF/, '').trimStart()
  if (text.startsWith('{\\rtf')) return 'rtf'
  if (/^<!doctype html|^<html[\s>]/i.test(text)) return 'html'
  if (/^<\?xml|^<[A-Za-z]/.test(text)) {
    if (/<(\w+:)?CodeBook[\s>]/.test(text)) return 'qdc'
    return /^<\?xml/.test(text) ? 'xml' : null
  }
  return null
}

function isWindowsProgram(head: Uint8Array): boolean {
  if (ascii(head, 0, 2) !== 'MZ' || head.length < 64) return false
  const pe = Buffer.from(head.buffer, head.byteOffset, head.byteLength).readUInt32LE(0x3c)
  return pe + 4 <= head.length && ascii(head, pe, pe + 4) === 'PE\u0000\u0000'
}

function looksLikeText(head: Uint8Array): boolean {
  if (starts(head, [0xff, 0xfe]) || starts(head, [0xfe, 0xff])) return true
  let control = 0
  for (const b of head) {
    if (b === 0) return false
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return control <= head.length / 100
}

async function zipNames(open: () => Promise<yauzl.ZipFile>): Promise<string[]> {
  let zip: yauzl.ZipFile | null = null
  const names: string[] = []
  try {
    zip = await open()
    for await (const entry of zip.eachEntry()) {
      names.push(yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false))
      if (names.length >= MAX_ZIP_NAMES) break
    }
  } catch {
    // A damaged directory: the names read so far (maybe none) are all there is to go on.
  } finally {
    zip?.close()
  }
  return names
}

const ZIP_OPTS: yauzl.Options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false }
const isZip = (h: Uint8Array): boolean => h[0] === 0x50 && h[1] === 0x4b && (h[2] === 0x03 || h[2] === 0x05) && (h[3] === 0x04 || h[3] === 0x06)

/** The kind of a file held in memory (transcripts are read whole). */
export async function sniffBytes(bytes: Uint8Array, name = ''): Promise<FileKind> {
  if (bytes.length === 0) return 'empty'
  const head = bytes.subarray(0, HEAD_BYTES)
  if (isZip(head)) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    return zipKind(head, await zipNames(() => yauzl.fromBufferPromise(buf, ZIP_OPTS)))
  }
  if (starts(head, OLE2)) return ole2Kind(bytes.subarray(0, OLE2_SCAN_BYTES))
  return headKind(head, path.extname(name).toLowerCase()) ?? (looksLikeText(head) ? 'text' : 'unknown')
}

/** The kind of a file on disk; 'unknown' when it cannot be read at all (the reader's own error stands). */
export async function sniffFile(file: string): Promise<FileKind> {
  let fh: fs.FileHandle | null = null
  try {
    // Opening a named pipe waits for a writer, and a device may never end: only regular files are
    // looked at; the reader's own checks then name the rest (a folder, "not a regular file").
    if (!(await fs.stat(file)).isFile()) return 'unknown'
    fh = await fs.open(file, 'r')
    const size = (await fh.stat()).size
    if (size === 0) return 'empty'
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size))
    await fh.read(head, 0, head.length, 0)
    if (isZip(head)) return zipKind(head, await zipNames(() => yauzl.openPromise(file, ZIP_OPTS)))
    if (starts(head, OLE2)) {
      const all = Buffer.alloc(Math.min(size, OLE2_SCAN_BYTES))
      await fh.read(all, 0, all.length, 0)
      return ole2Kind(all)
    }
    return headKind(head, path.extname(file).toLowerCase()) ?? (looksLikeText(head) ? 'text' : 'unknown')
  } catch {
    return 'unknown'
  } finally {
    await fh?.close()
  }
}
