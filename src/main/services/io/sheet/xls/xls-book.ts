import { TextDecoder } from 'node:util'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { EsitiError } from '../../../../../shared/errors'
import { msg } from '../../../../../shared/messages'
import { throwIfCancelled } from '../../cancel'
import { DATE1904_OFFSET, MAX_EXCEL_SERIAL, isBuiltinDateFormat, isDateFormatCode } from '../excel-date'
import { DEFAULT_MAX_CELLS, GridBuilder } from '../grid-builder'
import type { ReadOptions, SheetGrid, SheetInfo, WorkbookInfo } from '../types'
import { ContinuedBytes, byteString, unicodeString } from './biff-strings'
import { CompoundFile } from './cfb'

/** A legacy workbook is read whole; BIFF8 holds at most 65,536 × 256 cells, far below this. */
export const MAX_XLS_BYTES = 512 * 1024 * 1024

const TEXT = 1
const NUMBER = 2
const DATE = 3
const BOOLEAN = 4
const ERROR = 5

const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  CONTINUE: 0x003c,
  FILEPASS: 0x002f,
  CODEPAGE: 0x0042,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  FORMAT_BIFF4: 0x001e,
  XF: 0x00e0,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  DIMENSION: 0x0200,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  MERGECELLS: 0x00e5
} as const

const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A' }

interface Rec {
  type: number
  data: Buffer
  /** Offset of the record after this one. */
  next: number
}

function recordAt(s: Buffer, pos: number): Rec | null {
  if (pos + 4 > s.length) return null
  const type = s.readUInt16LE(pos)
  const len = s.readUInt16LE(pos + 2)
  const end = Math.min(s.length, pos + 4 + len)
  return { type, data: s.subarray(pos + 4, end), next: pos + 4 + len }
}

/** RK number ([MS-XLS] 2.5.217): a 30-bit integer or the top 30 bits of a double, optionally ÷ 100. */
export function rkValue(rk: number): number {
  let v: number
  if (rk & 0x02) v = rk >> 2
  else {
    const b = Buffer.alloc(8)
    b.writeUInt32LE((rk & 0xfffffffc) >>> 0, 4)
    v = b.readDoubleLE(0)
  }
  return rk & 0x01 ? v / 100 : v
}

interface Globals {
  biff: 5 | 8
  decoder: TextDecoder
  date1904: boolean
  /** XF index → 1 when its number format shows a date. */
  dateXf: Uint8Array
  sheets: (SheetInfo & { offset: number })[]
  sst: string[]
}

/** An open legacy .xls workbook (BIFF8, Excel 97–2003; BIFF5, Excel 5.0/95). */
export class XlsBook {
  private constructor(
    readonly file: string,
    private readonly stream: Buffer,
    private readonly g: Globals
  ) {}

  get info(): WorkbookInfo {
    return { format: 'xls', sheets: this.g.sheets.map(({ name, index, state }) => ({ name, index, state })), date1904: this.g.date1904 }
  }

  static async open(file: string, size: number): Promise<XlsBook> {
    const name = basename(file)
    if (size > MAX_XLS_BYTES) throw new EsitiError('TOO_LARGE', 'formats.fileTooLarge', { file: name, size, limit: MAX_XLS_BYTES })
    const cfb = CompoundFile.open(await readFile(file), name)
    const entry = cfb.find('Workbook', 'Book')
    if (!entry) throw otherCompoundFile(cfb, name)
    const stream = cfb.read(entry, MAX_XLS_BYTES)
    return new XlsBook(file, stream, readGlobals(stream, name))
  }

  readGrid(index: number, opts: ReadOptions): SheetGrid {
    const sheet = this.g.sheets[index]
    const grid = new GridBuilder(sheet.name, this.file, opts.maxCells ?? DEFAULT_MAX_CELLS)
    grid.useSharedStrings(this.g.sst)
    readSheetRecords(this.stream, sheet.offset, grid, this.g, basename(this.file), opts)
    return grid.finish()
  }
}

/** Names what a compound file without a workbook stream is (a Word document, an encrypted .xlsx…). */
function otherCompoundFile(cfb: CompoundFile, name: string): EsitiError {
  if (cfb.find('EncryptedPackage', 'EncryptionInfo')) return new EsitiError('ENCRYPTED_FILE', 'formats.encryptedWorkbook', { file: name })
  if (cfb.find('WordDocument')) return new EsitiError('UNSUPPORTED_FILE', 'formats.wrongKind', { file: name, kind: msg('formats.kind.doc') })
  if (cfb.find('PowerPoint Document')) return new EsitiError('UNSUPPORTED_FILE', 'formats.wrongKind', { file: name, kind: msg('formats.kind.ppt') })
  return new EsitiError('UNSUPPORTED_FILE', 'formats.xls.noWorkbook', { file: name })
}

function codepageDecoder(cp: number): TextDecoder {
  const label = cp === 1200 ? 'utf-16le' : cp === 367 ? 'ascii' : cp === 10000 ? 'macintosh' : cp >= 874 && cp <= 1258 ? `windows-${cp}` : cp === 32768 ? 'macintosh' : 'windows-1252'
  try {
    return new TextDecoder(label)
  } catch {
    return new TextDecoder('windows-1252')
  }
}

function readGlobals(s: Buffer, name: string): Globals {
  const bof = recordAt(s, 0)
  if (!bof || (bof.type !== R.BOF && bof.type !== 0x0409 && bof.type !== 0x0209)) throw new EsitiError('CORRUPT_FILE', 'formats.xls.damaged', { file: name })
  const version = bof.data.length >= 2 ? bof.data.readUInt16LE(0) : 0
  if (bof.type !== R.BOF || (version !== 0x0600 && version !== 0x0500))
    throw new EsitiError('UNSUPPORTED_FILE', 'formats.xls.oldBiff', { file: name })
  const biff: 5 | 8 = version === 0x0600 ? 8 : 5
  const g: Globals = { biff, decoder: codepageDecoder(1252), date1904: false, dateXf: new Uint8Array(0), sheets: [], sst: [] }
  const formats = new Map<number, string>()
  const xfFormats: number[] = []
  let pos = bof.next
  for (;;) {
    const rec = recordAt(s, pos)
    if (!rec || rec.type === R.EOF) break
    const d = rec.data
    switch (rec.type) {
      case R.FILEPASS:
        throw new EsitiError('ENCRYPTED_FILE', 'formats.encryptedWorkbook', { file: name })
      case R.CODEPAGE:
        if (d.length >= 2 && biff === 5) g.decoder = codepageDecoder(d.readUInt16LE(0))
        break
      case R.DATEMODE:
        g.date1904 = d.length >= 2 && d.readUInt16LE(0) === 1
        break
      case R.FORMAT:
      case R.FORMAT_BIFF4:
        if (d.length >= 3) formats.set(d.readUInt16LE(0), biff === 8 ? unicodeString(d, 2).text : byteString(d, 2, g.decoder, true))
        break
      case R.XF:
        if (d.length >= 4) xfFormats.push(d.readUInt16LE(2))
        break
      case R.BOUNDSHEET: {
        if (d.length < 7) break
        const offset = d.readUInt32LE(0)
        const hidden = d[4] & 0x03
        const kind = d[5]
        const sheetName = biff === 8 ? unicodeString(d, 6, true).text : byteString(d, 6, g.decoder, true)
        // Worksheets only: charts, macro sheets and VBA modules hold no data to import.
        if (kind === 0)
          g.sheets.push({ name: sheetName, index: g.sheets.length, state: hidden === 0 ? 'visible' : hidden === 1 ? 'hidden' : 'veryHidden', offset })
        break
      }
      case R.SST: {
        const segments = [d.subarray(8)]
        let next = rec.next
        for (let c = recordAt(s, next); c && c.type === R.CONTINUE; c = recordAt(s, next)) {
          segments.push(c.data)
          next = c.next
        }
        const unique = d.length >= 8 ? d.readUInt32LE(4) : 0
        const cur = new ContinuedBytes(segments)
        try {
          for (let i = 0; i < unique && !cur.done; i++) g.sst.push(cur.richString())
        } catch {
          // A short table leaves the cells that point past it empty (warned when read).
        }
        break
      }
    }
    pos = rec.next
  }
  g.dateXf = new Uint8Array(xfFormats.length)
  xfFormats.forEach((f, i) => {
    const code = formats.get(f)
    g.dateXf[i] = (code !== undefined ? isDateFormatCode(code) : isBuiltinDateFormat(f)) ? 1 : 0
  })
  return g
}

function readSheetRecords(s: Buffer, offset: number, grid: GridBuilder, g: Globals, name: string, opts: ReadOptions): void {
  const bof = recordAt(s, offset)
  if (!bof || bof.type !== R.BOF) {
    grid.warn(msg('formats.xls.sheetMissing', { sheet: grid.name }))
    return
  }
  const dateOffset = g.date1904 ? DATE1904_OFFSET : 0
  const interned = new Map<string, number>()
  const textCode = (t: string): number => {
    let c = interned.get(t)
    if (c === undefined) {
      c = grid.addText(t)
      if (t.length <= 32 && interned.size < 100_000) interned.set(t, c)
    }
    return c
  }
  const number = (row: number, col: number, xf: number, v: number): void => {
    if (!Number.isFinite(v)) return
    if (xf < g.dateXf.length && g.dateXf[xf] === 1) {
      const serial = v + dateOffset
      if (serial >= 0 && serial < MAX_EXCEL_SERIAL) return grid.setCode(row, col, DATE, 0, serial)
    }
    grid.setCode(row, col, NUMBER, 0, v)
  }
  const text = (row: number, col: number, t: string): void => {
    if (t !== '') grid.setCode(row, col, TEXT, textCode(t.replace(/\r\n?/g, '\n')), NaN)
  }
  let pending: { row: number; col: number } | null = null
  let pos = bof.next
  let count = 0
  for (;;) {
    const rec = recordAt(s, pos)
    if (!rec || rec.type === R.EOF || rec.type === R.BOF) break
    const d = rec.data
    pos = rec.next
    if (++count % 65536 === 0) {
      throwIfCancelled(opts.signal)
      opts.onProgress?.(pos - offset, s.length - offset)
    }
    if (d.length < 6 && rec.type !== R.STRING && rec.type !== R.MERGECELLS && rec.type !== R.DIMENSION) continue
    try {
      switch (rec.type) {
        case R.DIMENSION:
          if (g.biff === 8 && d.length >= 12) grid.setSizeHint(d.readUInt32LE(4), d.readUInt16LE(10))
          break
        case R.LABELSST: {
          const isst = d.readUInt32LE(6)
          const t = g.sst[isst]
          if (t === undefined) grid.warn(msg('formats.xls.badSharedString'))
          else if (t !== '') grid.setCode(d.readUInt16LE(0), d.readUInt16LE(2), TEXT, isst + 1, NaN)
          break
        }
        case R.LABEL:
        case R.RSTRING:
          text(d.readUInt16LE(0), d.readUInt16LE(2), g.biff === 8 ? unicodeString(d, 6).text : byteString(d, 6, g.decoder))
          break
        case R.NUMBER:
          number(d.readUInt16LE(0), d.readUInt16LE(2), d.readUInt16LE(4), d.readDoubleLE(6))
          break
        case R.RK:
          number(d.readUInt16LE(0), d.readUInt16LE(2), d.readUInt16LE(4), rkValue(d.readUInt32LE(6)))
          break
        case R.MULRK: {
          const row = d.readUInt16LE(0)
          const first = d.readUInt16LE(2)
          const n = Math.floor((d.length - 6) / 6)
          for (let i = 0; i < n; i++) number(row, first + i, d.readUInt16LE(4 + i * 6), rkValue(d.readUInt32LE(6 + i * 6)))
          break
        }
        case R.BOOLERR: {
          const row = d.readUInt16LE(0)
          const col = d.readUInt16LE(2)
          if (d[7] === 1) grid.setCode(row, col, ERROR, textCode(ERRORS[d[6]] ?? '#N/A'), NaN)
          else grid.setCode(row, col, BOOLEAN, textCode(d[6] ? 'TRUE' : 'FALSE'), d[6] ? 1 : 0)
          break
        }
        case R.FORMULA: {
          // Formulas are never evaluated: the cached result is read, as for .xlsx.
          const row = d.readUInt16LE(0)
          const col = d.readUInt16LE(2)
          if (d.length < 14) break
          if (d.readUInt16LE(12) === 0xffff) {
            const kind = d[6]
            if (kind === 0) pending = { row, col }
            else if (kind === 1) grid.setCode(row, col, BOOLEAN, textCode(d[8] ? 'TRUE' : 'FALSE'), d[8] ? 1 : 0)
            else if (kind === 2) grid.setCode(row, col, ERROR, textCode(ERRORS[d[8]] ?? '#N/A'), NaN)
          } else number(row, col, d.readUInt16LE(4), d.readDoubleLE(6))
          break
        }
        case R.STRING:
          if (pending) {
            const segments = [d]
            for (let c = recordAt(s, pos); c && c.type === R.CONTINUE; c = recordAt(s, pos)) {
              segments.push(c.data)
              pos = c.next
            }
            let t: string
            if (g.biff === 8) {
              const cur = new ContinuedBytes(segments)
              const cch = cur.u16()
              t = cur.chars(cch, (cur.u8() & 1) === 1)
            } else t = byteString(d, 0, g.decoder)
            text(pending.row, pending.col, t)
            pending = null
          }
          break
        case R.MERGECELLS: {
          const n = d.length >= 2 ? d.readUInt16LE(0) : 0
          for (let i = 0; i < n && 2 + i * 8 + 8 <= d.length; i++) {
            const o = 2 + i * 8
            grid.merges.push({ r0: d.readUInt16LE(o), r1: d.readUInt16LE(o + 2), c0: d.readUInt16LE(o + 4), c1: d.readUInt16LE(o + 6) })
          }
          break
        }
      }
    } catch (err) {
      if (err instanceof EsitiError) throw err
      grid.warn(msg('formats.xls.badRecord', { file: name }))
    }
  }
}
