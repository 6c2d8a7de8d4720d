import { existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { Worker } from 'node:worker_threads'
import { EsitiError, type ErrorInfo } from '../../../../shared/errors'
import type { Msg } from '../../../../shared/messages'
import { throwIfCancelled } from '../cancel'
import type { ZipArchive } from '../zip-archive'
import { readSharedStrings } from './shared-strings'
import { Utf8TextTable, type TransferredTextTable } from './utf8-texts'

/**
 * Reads a workbook's shared strings in a worker thread, so that the main thread scans the sheet at
 * the same time (a large export spends about as long on each; decision 0034). The worker
 * (shared-strings-worker.ts) is the bundle's own entry in a build, the TypeScript source through tsx
 * otherwise. A worker that cannot start or dies without an answer is not an error of the file: the
 * part is then read here, as before. Errors of the file (limits, damage) come back as they would here.
 */

export interface SharedStringsJob {
  kind: 'esiti-shared-strings'
  file: string
  part: string
  /** The whole archive's inflated-byte budget left to the worker. */
  budget: number
}

export type SharedStringsReply =
  | { type: 'progress'; done: number }
  | { type: 'done'; table: TransferredTextTable; inflated: number }
  | { type: 'error'; error: ErrorInfo }

/**
 * When the worker is used: parts from `minBytes` (declared size) up; smaller ones cost less to read
 * here than a thread costs to start. ESITI_SHEET_WORKER=0 always reads here, =always uses the worker
 * for any size (tests of the built CLI). `source` replaces how the worker starts (tests of a worker
 * that cannot start). Counters say which path ran (tests, the bench).
 */
export const SHARED_STRINGS_WORKER: {
  minBytes: number
  enabled: boolean
  source?: { code: string; eval: boolean }
  started: number
  fellBack: number
} = {
  minBytes: process.env.ESITI_SHEET_WORKER === 'always' ? 0 : 8 * 1024 * 1024,
  enabled: process.env.ESITI_SHEET_WORKER !== '0',
  started: 0,
  fellBack: 0
}

const WORKER_JS = 'shared-strings-worker.js'

/** How to start the worker here: the bundle's entry next to this chunk, else the source via tsx. */
function workerSource(): { code: string; eval: boolean } | null {
  if (__filename.endsWith('.ts')) {
    const source = join(__dirname, 'shared-strings-worker.ts')
    let tsx: string
    try {
      tsx = require.resolve('tsx/cjs/api')
    } catch {
      return null
    }
    return { code: `require(${JSON.stringify(tsx)}).register();require(${JSON.stringify(source)})`, eval: true }
  }
  for (const dir of [__dirname, dirname(__dirname)]) if (existsSync(join(dir, WORKER_JS))) return { code: join(dir, WORKER_JS), eval: false }
  return null
}

/**
 * The shared strings of `part` (none: an empty table), read in a worker when worthwhile. `onProgress`
 * gets compressed bytes; `signal` stops the worker at once.
 */
export async function sharedStringsOf(
  zip: ZipArchive,
  part: string | undefined,
  opts: { signal?: AbortSignal; onProgress?: (done: number) => void } = {}
): Promise<Utf8TextTable> {
  const here = (): Promise<Utf8TextTable> => readSharedStrings(zip, part, opts)
  if (!part || !SHARED_STRINGS_WORKER.enabled || zip.declaredSize(part) < SHARED_STRINGS_WORKER.minBytes) return here()
  const source = SHARED_STRINGS_WORKER.source ?? workerSource()
  // ESITI_SHEET_WORKER=always is for tests of a build: a worker that cannot start is then a failure.
  const strict = process.env.ESITI_SHEET_WORKER === 'always'
  if (!source) {
    if (strict) throw new Error('ESITI_SHEET_WORKER=always: the shared strings worker was not found')
    SHARED_STRINGS_WORKER.fellBack++
    return here()
  }
  throwIfCancelled(opts.signal)
  const job: SharedStringsJob = { kind: 'esiti-shared-strings', file: zip.file, part, budget: zip.inflateBudgetLeft }
  const answer = await new Promise<{ table: Utf8TextTable } | { error: EsitiError } | null>((resolve) => {
    let settled = false
    const worker = new Worker(source.code, { eval: source.eval, workerData: job })
    SHARED_STRINGS_WORKER.started++
    const settle = (v: { table: Utf8TextTable } | { error: EsitiError } | null): void => {
      if (settled) return
      settled = true
      opts.signal?.removeEventListener('abort', onAbort)
      void worker.terminate()
      resolve(v)
    }
    // Cancelled: the worker stops now, and the caller gets CANCELLED below.
    const onAbort = (): void => settle(null)
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    worker.on('message', (m: SharedStringsReply) => {
      if (m.type === 'progress') opts.onProgress?.(m.done)
      else if (m.type === 'done') {
        try {
          zip.countInflated(m.inflated)
          settle({ table: Utf8TextTable.received(m.table) })
        } catch (err) {
          settle(err instanceof EsitiError ? { error: err } : null)
        }
      } else if (m.error.code === 'INTERNAL') settle(null)
      else settle({ error: EsitiError.fromMsg(m.error.code, { key: m.error.key, params: m.error.params } as Msg, m.error.details) })
    })
    // A worker that fails to load (a bundle without it, a packaged app that cannot start threads)
    // or exits unanswered: the part is read here instead.
    worker.on('error', () => settle(null))
    worker.on('exit', () => settle(null))
  })
  if (answer === null) {
    throwIfCancelled(opts.signal)
    if (strict) throw new Error('ESITI_SHEET_WORKER=always: the shared strings worker did not answer')
    SHARED_STRINGS_WORKER.fellBack++
    return here()
  }
  if ('error' in answer) throw answer.error
  opts.onProgress?.(zip.compressedSize(part))
  return answer.table
}
