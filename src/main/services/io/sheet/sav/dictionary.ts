import { TextDecoder } from 'node:util'
import { basename } from 'node:path'
import { EsitiError } from '../../../../../shared/errors'
import { msg, type Msg } from '../../../../../shared/messages'
import { ByteReader, trimPadding } from './byte-reader'
import { decodeFormat, decoderFor, encodingOfCodePage, isLowest, measureOfCode, numericKind, HIGHEST, type Measure, type SavFormat } from './format'

/** One variable of a system file, as SPSS shows it (very long strings already joined). */
export interface SavVariable {
  /** Long name (the short 8-byte name when the file has no long-names record). */
  name: string
  shortName: string
  /** 0 for numeric, else the string width in bytes. */
  width: number
  label: string | null
  print: SavFormat
  kind: 'number' | 'date' | 'datetime' | 'duration' | 'string'
  measure: Measure | null
  /** In the order the file lists them. */
  valueLabels: { value: number | string; label: string }[]
  /** Discrete user-missing values. */
  missing: (number | string)[]
  /** A user-missing range (LOWEST and HIGHEST as ±Infinity). */
  missingRange: { lo: number; hi: number } | null
  /** Where its data lies in a case: the first 8-byte element and the width of each segment. */
  segments: { element: number; width: number }[]
}

export interface SavMrSet {
  /** Without the leading '$'. */
  name: string
  label: string | null
  kind: 'dichotomy' | 'category'
  /** Dichotomy sets: the value that means "chosen". */
  counted: number | string | null
  /** Dichotomy sets: options are named by the counted value's label (CATEGORYLABELS=COUNTEDVALUES). */
  countedValueLabels: boolean
  /** Long names of the member variables, in set order. */
  variables: string[]
}

export interface SavDictionary {
  product: string
  fileLabel: string
  /** "dd mmm yy hh:mm:ss" as the header has it. */
  created: string
  encoding: string
  compression: 0 | 1 | 2
  bias: number
  littleEndian: boolean
  /** -1 when the header does not say. */
  cases: number
  /** 8-byte elements per case. */
  caseElements: number
  weight: string | null
  variables: SavVariable[]
  mrSets: SavMrSet[]
  documents: string[]
  /** Byte offset of the data after the dictionary termination record. */
  dataOffset: number
  warnings: Msg[]
}

interface VarRecord {
  type: number
  label: Buffer | null
  nMissing: number
  missing: Buffer[]
  print: number
  name: Buffer
}

interface LabelSet {
  entries: { value: Buffer; label: Buffer }[]
  vars: number[]
}

/** Raw extension records kept until the encoding is known. */
interface Extensions {
  charCode: number | null
  encoding: string | null
  display: number[] | null
  longNames: Buffer | null
  veryLong: Buffer | null
  longLabels: Buffer[]
  longMissing: Buffer[]
  mrSets: Buffer[]
  ncases64: number | null
}

const MAX_VAR_RECORDS = 1_000_000
const MAX_LABELS = 10_000_000

/** Reads the header and dictionary of a system file held in `buf`. */
export function readDictionary(buf: Buffer, file: string): SavDictionary {
  const name = basename(file)
  const magic = buf.toString('latin1', 0, 4)
  if (magic !== '$FL2' && magic !== '$FL3') {
    if (buf[0] === 0x5b && buf[1] === 0xc6 && buf[2] === 0xd3) throw new EsitiError('UNSUPPORTED_FILE', 'formats.sav.ebcdic', { file: name })
    throw new EsitiError('UNSUPPORTED_FILE', 'formats.sav.notSav', { file: name })
  }
  if (buf.length < 176) throw new EsitiError('CORRUPT_FILE', 'formats.sav.truncated', { file: name, what: 'header' })
  const le = buf.readInt32LE(64)
  const littleEndian = le === 2 || le === 3
  if (!littleEndian) {
    const be = buf.readInt32BE(64)
    if (be !== 2 && be !== 3) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badLayout', { file: name })
  }
  const r = new ByteReader(buf, littleEndian, name)
  r.pos = 4
  const product = r.bytes(60)
  r.skip(4) // layout code
  const caseSize = r.i32()
  const compression = r.i32()
  const weightIndex = r.i32()
  const ncases = r.i32()
  const bias = r.f64()
  const created = Buffer.concat([r.bytes(9), Buffer.from(' '), r.bytes(8)])
  const fileLabel = r.bytes(64)
  r.skip(3)
  if (compression !== 0 && compression !== 1 && compression !== 2) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badCompression', { file: name, code: compression })
  if ((compression === 2) !== (magic === '$FL3')) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badCompression', { file: name, code: compression })

  const vars: VarRecord[] = []
  const labelSets: LabelSet[] = []
  const documents: Buffer[] = []
  const ext: Extensions = { charCode: null, encoding: null, display: null, longNames: null, veryLong: null, longLabels: [], longMissing: [], mrSets: [], ncases64: null }
  const warnings: Msg[] = []
  for (;;) {
    const type = r.i32('the dictionary')
    if (type === 999) {
      r.i32()
      break
    }
    if (type === 2) {
      if (vars.length >= MAX_VAR_RECORDS) throw new EsitiError('TOO_LARGE', 'formats.sav.tooManyVariables', { file: name, limit: MAX_VAR_RECORDS })
      const vtype = r.i32()
      const hasLabel = r.i32()
      const nMissing = r.i32()
      const print = r.i32()
      r.i32() // write format
      const vname = r.bytes(8)
      let label: Buffer | null = null
      if (hasLabel === 1) {
        const len = r.i32()
        if (len < 0 || len > 1 << 20) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badRecord', { file: name, what: 'variable label' })
        label = r.bytes(len)
        r.skip((4 - (len % 4)) % 4)
      }
      const missing: Buffer[] = []
      const nm = Math.abs(nMissing)
      if (nm > 3 || nMissing === -1) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badRecord', { file: name, what: 'missing values' })
      for (let i = 0; i < nm; i++) missing.push(r.bytes(8))
      vars.push({ type: vtype, label, nMissing, missing, print, name: vname })
    } else if (type === 3) {
      const count = r.i32()
      if (count < 0 || count > MAX_LABELS || count * 9 > r.remaining) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badRecord', { file: name, what: 'value labels' })
      const entries: LabelSet['entries'] = []
      for (let i = 0; i < count; i++) {
        const value = r.bytes(8)
        const len = r.bytes(1)[0]
        const label = r.bytes(len)
        r.skip((8 - ((len + 1) % 8)) % 8)
        entries.push({ value, label })
      }
      if (r.i32() !== 4) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badRecord', { file: name, what: 'value labels' })
      const n = r.i32()
      if (n < 0 || n * 4 > r.remaining) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badRecord', { file: name, what: 'value labels' })
      const idx: number[] = []
      for (let i = 0; i < n; i++) idx.push(r.i32())
      labelSets.push({ entries, vars: idx })
    } else if (type === 6) {
      const n = r.i32()
      if (n < 0 || n * 80 > r.remaining) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badRecord', { file: name, what: 'documents' })
      for (let i = 0; i < n; i++) documents.push(r.bytes(80))
    } else if (type === 7) {
      const subtype = r.i32()
      const size = r.i32()
      const count = r.i32()
      if (size < 0 || count < 0 || size * count > r.remaining) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badRecord', { file: name, what: `extension ${subtype}` })
      const data = r.bytes(size * count)
      readExtension(subtype, size, count, data, littleEndian, ext)
    } else throw new EsitiError('CORRUPT_FILE', 'formats.sav.badRecord', { file: name, what: `record type ${type}` })
  }

  const encoding = chooseEncoding(ext, vars, labelSets)
  const decoder = decoderFor(encoding) ?? new TextDecoder('windows-1252')
  const text = (b: Buffer): string => decoder.decode(trimPadding(b))
  const readNum = (b: Buffer): number => (littleEndian ? b.readDoubleLE(0) : b.readDoubleBE(0))

  // Variables: one per record that is not a continuation; a string's continuations add elements.
  const variables: SavVariable[] = []
  const byIndex = new Map<number, SavVariable>() // 1-based dictionary index → variable
  vars.forEach((v, i) => {
    if (v.type === -1) {
      const last = variables.at(-1)
      if (!last || last.width === 0) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badRecord', { file: name, what: 'string continuation' })
      return
    }
    if (v.type < 0 || v.type > 255) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badRecord', { file: name, what: 'variable type' })
    const print = decodeFormat(v.print)
    const short = text(v.name)
    const sv: SavVariable = {
      name: short,
      shortName: short,
      width: v.type,
      label: v.label ? text(v.label) || null : null,
      print,
      kind: v.type === 0 ? numericKind(print.type) : 'string',
      measure: null,
      valueLabels: [],
      missing: [],
      missingRange: null,
      segments: [{ element: i, width: v.type }]
    }
    if (v.type === 0) {
      const vals = v.missing.map(readNum)
      if (v.nMissing < 0) {
        const lo = vals[0]
        const hi = vals[1]
        sv.missingRange = { lo: isLowest(lo) ? -Infinity : lo, hi: hi === HIGHEST ? Infinity : hi }
        if (v.nMissing === -3) sv.missing.push(vals[2])
      } else sv.missing.push(...vals)
    } else sv.missing.push(...v.missing.map(text))
    variables.push(sv)
    byIndex.set(i + 1, sv)
  })
  // A string of width w spans ceil(w / 8) records: its first and then continuations.
  variables.forEach((sv, k) => {
    const start = sv.segments[0].element
    const end = k + 1 < variables.length ? variables[k + 1].segments[0].element : vars.length
    const expected = sv.width === 0 ? 1 : Math.ceil(sv.width / 8)
    if (end - start !== expected) throw new EsitiError('CORRUPT_FILE', 'formats.sav.badRecord', { file: name, what: `variable ${sv.shortName}` })
  })

  // Very long strings: the named variable and the segments after it become one.
  let joined = variables
  if (ext.veryLong) {
    const widths = new Map<string, number>()
    for (const part of decoder.decode(ext.veryLong).split(/\0\t?|\t/)) {
      const eq = part.indexOf('=')
      if (eq > 0) widths.set(part.slice(0, eq).trim().toUpperCase(), parseInt(part.slice(eq + 1), 10))
    }
    joined = []
    for (let i = 0; i < variables.length; i++) {
      const sv = variables[i]
      const w = widths.get(sv.shortName.toUpperCase())
      if (w && w > 255 && sv.width > 0) {
        const n = Math.floor((w + 251) / 252)
        const segs = variables.slice(i, i + n)
        if (segs.length === n && segs.every((s) => s.width > 0)) {
          sv.segments = segs.map((s) => s.segments[0])
          sv.width = w
          i += n - 1
        }
      }
      joined.push(sv)
    }
  }

  if (ext.longNames) {
    const longs = new Map<string, string>()
    for (const pair of decoder.decode(ext.longNames).split('\t')) {
      const eq = pair.indexOf('=')
      if (eq > 0) longs.set(pair.slice(0, eq).trim().toUpperCase(), pair.slice(eq + 1).replace(/[\0\s]+$/, ''))
    }
    for (const sv of joined) {
      const long = longs.get(sv.shortName.toUpperCase())
      if (long) sv.name = long
    }
  }

  if (ext.display) {
    const n = joined.length
    const per = ext.display.length === 3 * n ? 3 : ext.display.length === 2 * n ? 2 : 0
    // Very long string segments count as variables here: map by the records that are not continuations.
    const perSegment = variables.length
    const perSeg = ext.display.length === 3 * perSegment ? 3 : ext.display.length === 2 * perSegment ? 2 : 0
    if (per) joined.forEach((sv, i) => (sv.measure = measureOfCode(ext.display![i * per])))
    else if (perSeg) {
      const bySegment = new Map(variables.map((sv, i) => [sv.segments[0].element, i]))
      for (const sv of joined) {
        const i = bySegment.get(sv.segments[0].element)
        if (i !== undefined) sv.measure = measureOfCode(ext.display[i * perSeg])
      }
    }
  }

  for (const set of labelSets) {
    for (const idx of set.vars) {
      const sv = byIndex.get(idx)
      if (!sv) continue
      for (const e of set.entries) {
        const value = sv.width === 0 ? readNum(e.value) : text(e.value)
        if (!sv.valueLabels.some((l) => l.value === value)) sv.valueLabels.push({ value, label: text(e.label) })
      }
    }
  }

  const byName = new Map<string, SavVariable>()
  for (const sv of joined) {
    byName.set(sv.name.toUpperCase(), sv)
    if (!byName.has(sv.shortName.toUpperCase())) byName.set(sv.shortName.toUpperCase(), sv)
  }
  for (const rec of ext.longLabels) readLongLabels(rec, littleEndian, decoder, byName)
  for (const rec of ext.longMissing) readLongMissing(rec, littleEndian, decoder, byName)

  const shortNames = new Map(joined.map((sv) => [sv.shortName.toUpperCase(), sv.name]))
  const mrSets: SavMrSet[] = []
  for (const rec of ext.mrSets) mrSets.push(...parseMrSets(decoder.decode(rec), shortNames, byName))

  let weight: string | null = null
  if (weightIndex > 0) weight = byIndex.get(weightIndex)?.name ?? null

  return {
    product: text(product).replace(/^@\(#\)\s*/, ''),
    fileLabel: text(fileLabel),
    created: created.toString('latin1').trim(),
    encoding,
    compression: compression as 0 | 1 | 2,
    bias,
    littleEndian,
    cases: ext.ncases64 !== null && ext.ncases64 >= 0 ? ext.ncases64 : ncases,
    caseElements: vars.length,
    weight,
    variables: joined,
    mrSets,
    documents: documents.map((d) => text(d)),
    dataOffset: r.pos,
    warnings: caseSize > 0 && caseSize !== vars.length ? [...warnings, msg('formats.sav.caseSize', { declared: caseSize, found: vars.length })] : warnings
  }
}

function readExtension(subtype: number, size: number, count: number, data: Buffer, le: boolean, ext: Extensions): void {
  const i32 = (o: number): number => (le ? data.readInt32LE(o) : data.readInt32BE(o))
  switch (subtype) {
    case 3:
      if (size === 4 && count >= 8) ext.charCode = i32(28)
      break
    case 11:
      if (size === 4) ext.display = Array.from({ length: count }, (_, k) => i32(k * 4))
      break
    case 13:
      ext.longNames = data
      break
    case 14:
      ext.veryLong = data
      break
    case 16:
      if (size === 8 && count === 2) ext.ncases64 = Number(le ? data.readBigInt64LE(8) : data.readBigInt64BE(8))
      break
    case 20:
      ext.encoding = data.toString('latin1').replace(/\0+$/, '').trim() || null
      break
    case 21:
      ext.longLabels.push(data)
      break
    case 22:
      ext.longMissing.push(data)
      break
    case 7:
    case 19:
      ext.mrSets.push(data)
      break
  }
}

/** The encoding record, else the integer info record's code page, else UTF-8 when every text is valid UTF-8. */
function chooseEncoding(ext: Extensions, vars: VarRecord[], labels: LabelSet[]): string {
  if (ext.encoding && decoderFor(ext.encoding)) return ext.encoding.toLowerCase()
  const byCode = ext.charCode !== null ? encodingOfCodePage(ext.charCode) : null
  if (byCode && decoderFor(byCode)) return byCode
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  try {
    for (const v of vars) if (v.label) utf8.decode(v.label)
    for (const s of labels) for (const e of s.entries) utf8.decode(e.label)
    return 'utf-8'
  } catch {
    return 'windows-1252'
  }
}

function readLongLabels(data: Buffer, le: boolean, decoder: TextDecoder, byName: Map<string, SavVariable>): void {
  const r = new ByteReader(data, le, 'long string labels')
  try {
    while (r.remaining >= 4) {
      const name = decoder.decode(r.bytes(r.i32())).trim()
      r.i32() // width
      const n = r.i32()
      const sv = byName.get(name.toUpperCase())
      for (let i = 0; i < n; i++) {
        const value = decoder.decode(trimPadding(r.bytes(r.i32())))
        const label = decoder.decode(r.bytes(r.i32()))
        if (sv && !sv.valueLabels.some((l) => l.value === value)) sv.valueLabels.push({ value, label })
      }
    }
  } catch {
    // A damaged optional record loses its labels, not the file (the PSPP guide's advice).
  }
}

function readLongMissing(data: Buffer, le: boolean, decoder: TextDecoder, byName: Map<string, SavVariable>): void {
  const r = new ByteReader(data, le, 'long string missing values')
  try {
    while (r.remaining >= 4) {
      const name = decoder.decode(r.bytes(r.i32())).trim()
      const n = r.bytes(1)[0]
      const sv = byName.get(name.toUpperCase())
      for (let i = 0; i < n; i++) {
        const value = decoder.decode(trimPadding(r.bytes(r.i32())))
        if (sv && !sv.missing.includes(value)) sv.missing.push(value)
      }
    }
  } catch {
    // As above: optional record.
  }
}

/** "$a=C 10 my mcgroup a b c\n$b=D2 55 0  g e f d\n$d=E 1 2 34 13 third mdgroup k l m" */
export function parseMrSets(text: string, shortNames: Map<string, string>, byName: Map<string, SavVariable>): SavMrSet[] {
  const out: SavMrSet[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const eq = line.indexOf('=')
    if (eq < 1 || line[0] !== '$') continue
    const name = line.slice(1, eq)
    let p = eq + 1
    const kindChar = line[p++]
    if (kindChar !== 'C' && kindChar !== 'D' && kindChar !== 'E') continue
    // A counted string: decimal length, a space, that many characters.
    const counted = (): string | null => {
      const m = /^(\d+) /.exec(line.slice(p))
      if (!m) return null
      p += m[0].length
      const s = line.slice(p, p + Number(m[1]))
      p += Number(m[1])
      return s
    }
    let countedLabels = false
    if (kindChar === 'E') {
      const m = /^ (\d+) /.exec(line.slice(p))
      if (!m) continue
      p += m[0].length
      countedLabels = true
    }
    let countedValue: string | null = null
    if (kindChar !== 'C') {
      countedValue = counted()
      if (countedValue === null) continue
      if (line[p] === ' ') p++
    } else if (line[p] === ' ') p++
    const label = counted()
    if (label === null) continue
    const members = line
      .slice(p)
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((s) => shortNames.get(s.toUpperCase()) ?? byName.get(s.toUpperCase())?.name)
      .filter((s): s is string => !!s)
    const numeric = members.length > 0 && byName.get(members[0].toUpperCase())?.width === 0
    const cv = countedValue === null ? null : numeric ? Number(countedValue.trim()) : countedValue.trimEnd()
    out.push({
      name,
      label: label.trim() || null,
      kind: kindChar === 'C' ? 'category' : 'dichotomy',
      counted: cv,
      countedValueLabels: countedLabels,
      variables: members
    })
  }
  return out
}
