import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { throwIfCancelled } from '../cancel'
import { detectDelimiter, explicitDelimiter, fieldCounts } from './csv-delimiter'
import { Utf8Transcoder, completeUtf8Length, guessEncoding, type CsvEncoding } from './csv-encoding'
import { CsvParser } from './csv-parser'
import { DEFAULT_MAX_CELLS, GridBuilder } from './grid-builder'
import { CellKind, type ReadOptions, type SheetGrid, type WorkbookInfo } from './types'
import { msg } from '../../../../shared/messages'

const SAMPLE_BYTES = 64 * 1024
const CHUNK_BYTES = 1024 * 1024

interface CsvPlan {
  encoding: CsvEncoding
  bom: number
  delimiter: string
  skipSepLine: boolean
  /** From the sample's bytes per record: sizes the columns once instead of growing them. */
  estimatedRows: number
  columns: number
}

const sheetName = (file: string): string => basename(file, extname(file)) || basename(file)

async function readSample(file: string): Promise<{ sample: Buffer; truncated: boolean }> {
  const fh = await open(file, 'r')
  try {
    const buf = Buffer.alloc(SAMPLE_BYTES)
    const { bytesRead } = await fh.read(buf, 0, SAMPLE_BYTES, 0)
    return { sample: buf.subarray(0, bytesRead), truncated: bytesRead === SAMPLE_BYTES }
  } finally {
    await fh.close()
  }
}

function sampleText(sample: Buffer, encoding: CsvEncoding, bom: number): string {
  if (encoding === 'utf-8') return sample.toString('utf8', bom, completeUtf8Length(sample))
  return new TextDecoder(encoding).decode(sample.subarray(encoding.startsWith('utf-16') ? 0 : bom))
}

async function plan(file: string, size: number): Promise<CsvPlan> {
  const { sample, truncated } = await readSample(file)
  const { encoding, bom } = guessEncoding(sample, basename(file))
  const text = sampleText(sample, encoding, bom)
  const explicit = explicitDelimiter(text)
  const ext = extname(file).toLowerCase()
  const delimiter = explicit ?? detectDelimiter(text, truncated, ext === '.tsv' || ext === '.tab')
  const counts = fieldCounts(text, delimiter, truncated)
  const sampleRecords = Math.max(1, counts.length)
  // fieldCounts stops at 100 records: scale by the share of the sample they cover.
  const covered = counts.length < 100 ? sample.length : Math.max(1, sample.length * Math.min(1, recordsEnd(text, counts.length) / text.length))
  const estimatedRows = Math.ceil((size / covered) * sampleRecords * 1.05) + 1
  return { encoding, bom, delimiter, skipSepLine: explicit !== null, estimatedRows, columns: Math.max(1, ...counts) }
}

/** Characters up to the end of the first `records` lines (approximate: ignores quoted newlines). */
function recordsEnd(text: string, records: number): number {
  let at = 0
  for (let i = 0; i < records && at >= 0; i++) at = text.indexOf('\n', at + 1)
  return at < 0 ? text.length : at + 1
}

const infoFor = (file: string, p: CsvPlan): WorkbookInfo => ({
  format: 'csv',
  sheets: [{ name: sheetName(file), index: 0, state: 'visible' }],
  date1904: false,
  encoding: p.encoding,
  delimiter: p.delimiter
})

export async function inspectCsv(file: string, size: number): Promise<WorkbookInfo> {
  return infoFor(file, await plan(file, size))
}

async function parseWith(file: string, p: CsvPlan, size: number, opts: ReadOptions): Promise<SheetGrid> {
  const grid = new GridBuilder(sheetName(file), file, opts.maxCells ?? DEFAULT_MAX_CELLS)
  if (p.estimatedRows > 0) grid.setSizeHint(p.estimatedRows, p.columns)
  const parser = new CsvParser(file, p.delimiter.charCodeAt(0), (row, col, text) => grid.set(row, col, CellKind.Text, text, NaN), p.skipSepLine)
  const transcoder = new Utf8Transcoder(p.encoding, p.bom)
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES })
  let done = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      throwIfCancelled(opts.signal)
      parser.push(transcoder.push(chunk))
      done += chunk.length
      opts.onProgress?.(done, size)
    }
  } finally {
    stream.destroy()
  }
  parser.push(transcoder.end())
  parser.end()
  if (parser.unterminatedQuote) grid.warn(msg('survey.read.csvQuote'))
  const out = grid.finish()
  const { latin1Count, utf8Count, latin1Lines } = transcoder
  if (latin1Count > 0 && utf8Count > 0) {
    // Both kinds of line: the name is the majority's, the others are listed.
    if (utf8Count >= latin1Count) out.warnings.push(msg('survey.read.mixedEncoding', { count: latin1Count, lines: latin1Lines }))
    else out.warnings.push(msg('survey.read.mixedUtf8Lines', { count: utf8Count }))
  }
  p.encoding = p.encoding === 'utf-8' && latin1Count > utf8Count ? 'windows-1252' : p.encoding === 'windows-1252' && utf8Count > latin1Count ? 'utf-8' : p.encoding
  return out
}

/** Reads a CSV/TSV file into one pseudo-sheet named after the file; every field is raw Text. */
export async function readCsv(file: string, size: number, opts: ReadOptions): Promise<{ info: WorkbookInfo; grid: SheetGrid }> {
  throwIfCancelled(opts.signal)
  const p: CsvPlan =
    size === 0 ? { encoding: 'utf-8', bom: 0, delimiter: ',', skipSepLine: false, estimatedRows: 0, columns: 0 } : await plan(file, size)
  const grid = await parseWith(file, p, size, opts)
  return { info: infoFor(file, p), grid }
}
