import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import { publishFiles } from '../../files/publish'
import { codeOfMeasure, encodeFormat, stringSegments, segmentElements, HIGHEST, SYSMIS } from '../../io/sheet/sav/format'
import { cutBytes, shortName, type SavOutVariable, type SavPlan } from './sav-variables'

/**
 * Writes an SPSS system file as the "System File Format" appendix of the GNU PSPP developers' guide
 * describes it: little-endian, UTF-8 (character code 65001 and an encoding record), bytecode
 * compression, long variable names, very long strings, value labels (long strings through record
 * 21), user-missing values (long strings through record 22), measurement levels, multiple-dichotomy
 * sets, the weight and the number of cases.
 */

/** Growable little-endian byte buffer. */
class Out {
  private buf = Buffer.alloc(1 << 16)
  len = 0

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return
    const next = Buffer.alloc(Math.max(this.buf.length * 2, this.len + n))
    this.buf.copy(next, 0, 0, this.len)
    this.buf = next
  }

  i32(v: number): this {
    this.room(4)
    this.buf.writeInt32LE(v, this.len)
    this.len += 4
    return this
  }

  i64(v: number): this {
    this.room(8)
    this.buf.writeBigInt64LE(BigInt(v), this.len)
    this.len += 8
    return this
  }

  f64(v: number): this {
    this.room(8)
    this.buf.writeDoubleLE(v, this.len)
    this.len += 8
    return this
  }

  bytes(b: Buffer | Uint8Array): this {
    this.room(b.length)
    this.buf.set(b, this.len)
    this.len += b.length
    return this
  }

  /** `b` right-padded with `pad` (spaces) to `n` bytes, cut when longer. */
  padded(b: Buffer, n: number, pad = 0x20): this {
    this.room(n)
    const k = Math.min(b.length, n)
    b.copy(this.buf, this.len, 0, k)
    this.buf.fill(pad, this.len + k, this.len + n)
    this.len += n
    return this
  }

  get data(): Buffer {
    return this.buf.subarray(0, this.len)
  }
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8')

/** One variable record in the file: a numeric, a string segment or a continuation. */
interface Segment {
  v: SavOutVariable
  /** Index of the segment in the variable (very long strings have several). */
  index: number
  short: string
  width: number
  /** 1-based dictionary index of its first record. */
  dictIndex: number
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad2 = (n: number): string => String(n).padStart(2, '0')

function header(o: Out, elements: number, weightIndex: number, cases: number, fileLabel: string, now: Date): void {
  o.bytes(utf8('$FL2'))
  o.padded(utf8('@(#) SPSS DATA FILE Esiti'), 60)
  o.i32(2) // layout code: little-endian
  o.i32(elements)
  o.i32(1) // bytecode compression
  o.i32(weightIndex)
  o.i32(cases)
  o.f64(100) // bias
  o.padded(Buffer.from(`${pad2(now.getDate())} ${MONTHS[now.getMonth()]} ${pad2(now.getFullYear() % 100)}`, 'latin1'), 9)
  o.padded(Buffer.from(`${pad2(now.getHours())}:${pad2(now.getMinutes())}:${pad2(now.getSeconds())}`, 'latin1'), 8)
  o.padded(utf8(cutBytes(fileLabel, 64)), 64)
  o.padded(Buffer.alloc(0), 3, 0)
}

function variableRecords(o: Out, segments: Segment[]): void {
  for (const s of segments) {
    const v = s.v
    const first = s.index === 0
    const fmt = v.width === 0 ? encodeFormat(v.format) : encodeFormat({ type: 1, width: Math.min(255, s.width), decimals: 0 })
    const missing = first && v.width <= 8 ? v.missing : { values: [], range: null }
    const nMissing = missing.range ? (missing.values.length ? -3 : -2) : missing.values.length
    o.i32(2).i32(s.width).i32(first && v.label ? 1 : 0).i32(nMissing).i32(fmt).i32(fmt)
    o.padded(Buffer.from(s.short, 'latin1'), 8)
    if (first && v.label) {
      const b = utf8(v.label)
      o.i32(b.length).padded(b, Math.ceil(b.length / 4) * 4)
    }
    if (missing.range) o.f64(missing.range.lo === -Infinity ? SYSMIS : missing.range.lo).f64(missing.range.hi === Infinity ? HIGHEST : missing.range.hi)
    for (const m of missing.values) {
      if (typeof m === 'number') o.f64(m)
      else o.padded(utf8(m), 8)
    }
    // A string wider than 8 bytes takes one continuation record per further 8 bytes.
    for (let k = 1; k < segmentElements(s.width); k++) o.i32(2).i32(-1).i32(0).i32(0).i32(0).i32(0).padded(Buffer.alloc(0), 8)
  }
}

function valueLabelRecords(o: Out, segments: Segment[]): void {
  for (const s of segments) {
    const v = s.v
    if (s.index !== 0 || v.valueLabels.length === 0 || v.width > 8) continue
    o.i32(3).i32(v.valueLabels.length)
    for (const l of v.valueLabels) {
      if (v.width === 0) o.f64(Number(l.value))
      else o.padded(utf8(String(l.value)), 8)
      const b = utf8(cutBytes(l.label, 255))
      o.bytes(Buffer.from([b.length])).bytes(b)
      o.padded(Buffer.alloc(0), (8 - ((b.length + 1) % 8)) % 8)
    }
    o.i32(4).i32(1).i32(s.dictIndex)
  }
}

function extension(o: Out, subtype: number, size: number, data: Buffer): void {
  o.i32(7).i32(subtype).i32(size).i32(data.length / size).bytes(data)
}

function documentRecord(o: Out, lines: string[]): void {
  if (!lines.length) return
  o.i32(6).i32(lines.length)
  for (const l of lines) o.padded(utf8(cutBytes(l, 80)), 80)
}

function extensions(o: Out, plan: SavPlan, segments: Segment[], cases: number): void {
  const ints = new Out()
  for (const x of [1, 0, 0, -1, 1, 1, 2, 65001]) ints.i32(x)
  extension(o, 3, 4, ints.data)
  extension(o, 4, 8, new Out().f64(SYSMIS).f64(HIGHEST).f64(SYSMIS).data)
  if (plan.sets.length) {
    const text = plan.sets
      .map((set) => {
        const label = utf8(set.label)
        return `$${set.name}=D1 1 ${label.length} ${set.label} ${set.members.map((m) => m.toLowerCase()).join(' ')}\n`
      })
      .join('')
    extension(o, 7, 1, utf8(text))
  }
  const display = new Out()
  for (const s of segments) display.i32(codeOfMeasure(s.v.measure)).i32(Math.max(1, Math.min(s.v.width === 0 ? s.v.format.width : s.width, 40))).i32(s.v.width === 0 ? 1 : 0)
  extension(o, 11, 4, display.data)
  extension(o, 13, 1, utf8(segments.filter((s) => s.index === 0).map((s) => `${s.short}=${s.v.name}`).join('\t')))
  const veryLong = segments.filter((s) => s.index === 0 && s.v.width > 255)
  if (veryLong.length) extension(o, 14, 1, utf8(veryLong.map((s) => `${s.short}=${String(s.v.width).padStart(5, '0')}\0\t`).join('')))
  extension(o, 16, 8, new Out().i64(1).i64(cases).data)
  extension(o, 20, 1, utf8('UTF-8'))
  const longLabels = new Out()
  for (const s of segments) {
    const v = s.v
    if (s.index !== 0 || v.width <= 8 || v.valueLabels.length === 0) continue
    const name = utf8(v.name)
    longLabels.i32(name.length).bytes(name).i32(v.width).i32(v.valueLabels.length)
    for (const l of v.valueLabels) {
      const value = Buffer.alloc(v.width, 0x20)
      utf8(String(l.value)).copy(value)
      const lab = utf8(cutBytes(l.label, 255))
      longLabels.i32(v.width).bytes(value).i32(lab.length).bytes(lab)
    }
  }
  if (longLabels.len) extension(o, 21, 1, longLabels.data)
  const longMissing = new Out()
  for (const s of segments) {
    const v = s.v
    if (s.index !== 0 || v.width <= 8 || v.missing.values.length === 0) continue
    const name = utf8(v.name)
    longMissing.i32(name.length).bytes(name).bytes(Buffer.from([v.missing.values.length]))
    for (const m of v.missing.values) longMissing.i32(8).padded(utf8(String(m)), 8)
  }
  if (longMissing.len) extension(o, 22, 1, longMissing.data)
}

/** Bytecode compression: 8 command bytes, then the 8-byte values the commands say are stored raw. */
class Compressor {
  private cmds = Buffer.alloc(8)
  private n = 0
  private raw = new Out()

  constructor(private readonly out: Out) {}

  private push(code: number, raw?: Buffer | number): void {
    this.cmds[this.n++] = code
    if (typeof raw === 'number') this.raw.f64(raw)
    else if (raw) this.raw.bytes(raw)
    if (this.n === 8) this.flush()
  }

  private flush(): void {
    this.out.bytes(this.cmds)
    this.out.bytes(this.raw.data)
    this.cmds = Buffer.alloc(8)
    this.n = 0
    this.raw = new Out()
  }

  number(v: number): void {
    if (Number.isNaN(v) || v === SYSMIS) this.push(255)
    else if (Number.isInteger(v) && v >= -99 && v <= 151 && !Object.is(v, -0)) this.push(v + 100)
    else this.push(253, v)
  }

  /** One string segment's bytes, in 8-byte elements. */
  chunk(b: Buffer): void {
    for (let i = 0; i < b.length; i += 8) {
      const e = b.subarray(i, i + 8)
      if (e.every((x) => x === 0x20)) this.push(254)
      else this.push(253, Buffer.from(e))
    }
  }

  end(): void {
    this.push(252)
    if (this.n > 0) {
      this.cmds.fill(0, this.n)
      this.flush()
    }
  }
}

function segmentsOf(plan: SavPlan): Segment[] {
  const used = new Set(plan.variables.map((v) => v.short))
  const out: Segment[] = []
  let dictIndex = 1
  for (const v of plan.variables) {
    const widths = v.width === 0 ? [0] : stringSegments(v.width)
    widths.forEach((w, index) => {
      out.push({ v, index, short: index === 0 ? v.short : shortName(`${v.short.slice(0, 5)}${index}`, used), width: w, dictIndex })
      dictIndex += w === 0 ? 1 : segmentElements(w)
    })
  }
  return out
}

/** The whole file in memory (a 100,000 × 60 export is tens of MB), then written atomically. */
export function savBytes(plan: SavPlan, cases: number, meta: { fileLabel: string; documents: string[]; now?: Date }): Buffer {
  const segments = segmentsOf(plan)
  const elements = segments.reduce((n, s) => n + (s.width === 0 ? 1 : segmentElements(s.width)), 0)
  const weight = plan.weight ? segments.find((s) => s.short === plan.weight && s.index === 0)?.dictIndex ?? 0 : 0
  const o = new Out()
  header(o, elements, weight, cases, meta.fileLabel, meta.now ?? new Date())
  variableRecords(o, segments)
  valueLabelRecords(o, segments)
  documentRecord(o, meta.documents)
  extensions(o, plan, segments, cases)
  o.i32(999).i32(0)
  const z = new Compressor(o)
  const scratch = Buffer.alloc(Math.max(8, ...segments.map((s) => segmentElements(s.width) * 8)))
  for (let r = 0; r < cases; r++) {
    let current: SavOutVariable | null = null
    let value: number | Buffer | null = null
    for (const s of segments) {
      if (s.v !== current) {
        current = s.v
        value = s.v.value(r)
      }
      if (s.width === 0) {
        z.number(typeof value === 'number' ? value : NaN)
        continue
      }
      // Very long strings: each segment carries the next 255 bytes of the value.
      const size = segmentElements(s.width) * 8
      scratch.fill(0x20, 0, size)
      if (value instanceof Buffer) {
        const from = s.index * 255
        const take = Math.max(0, Math.min(value.length - from, s.index === 0 && s.v.width <= 255 ? size : 255, size))
        if (take > 0) value.copy(scratch, 0, from, from + take)
      }
      z.chunk(scratch.subarray(0, size))
    }
  }
  z.end()
  return Buffer.from(o.data)
}

export function writeSav(file: string, plan: SavPlan, cases: number, meta: { fileLabel: string; documents: string[] }): string {
  const abs = path.resolve(file)
  if (!fs.existsSync(path.dirname(abs))) throw new EsitiError('NOT_FOUND', 'dataExport.folderNotFound', { folder: path.dirname(abs) })
  // Staged in a private temp folder and moved into place whole (a killed export leaves nothing here).
  publishFiles([{ path: abs, data: savBytes(plan, cases, meta) }])
  return abs
}
