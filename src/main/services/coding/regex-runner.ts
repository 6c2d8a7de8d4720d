import { Worker } from 'node:worker_threads'
import { EsitiError } from '../../../shared/errors'
import { LIMITS, searchOverLimit } from '../io/limits'
import { regexProblem } from './regex-error'

/**
 * Runs a search's regular expression over texts in a worker thread, so that a pattern that
 * backtracks for minutes (`(.*.*)*Z`) or a bug in a loop can never block the thread that serves the
 * window or the CLI: the worker is terminated at the deadline or on cancel, and the caller gets a
 * clear error. JavaScript's own engine is kept (whole-word search needs lookbehind, and users'
 * patterns keep their meaning); docs/decisions/0012 says why not a linear-time engine.
 *
 * The worker's code is plain JavaScript given as text (`eval`), so it runs the same from the
 * TypeScript sources (tests, tsx) and from any bundle, with no file to locate at run time.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
// After an empty match the search moves on by one character: a whole code point under the u flag,
// never into the middle of a surrogate pair (where exec would step back and match again forever).
function advance(s, i, unicode) {
  if (!unicode || i + 1 >= s.length) return i + 1
  const c = s.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff) return i + 1
  const d = s.charCodeAt(i + 1)
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1
}
parentPort.on('message', ({ source, flags, texts, max }) => {
  try {
    const re = new RegExp(source, flags)
    const unicode = re.unicode || re.unicodeSets
    const out = []
    let total = 0
    for (const hay of texts) {
      const hits = []
      re.lastIndex = 0
      for (let m = re.exec(hay); m; m = re.exec(hay)) {
        const s = m.index
        const e = s + m[0].length
        if (e === s) {
          re.lastIndex = advance(hay, s, unicode)
          continue
        }
        if (++total > max) {
          parentPort.postMessage({ over: total })
          return
        }
        hits.push(s, e)
      }
      out.push(Int32Array.from(hits))
    }
    parentPort.postMessage({ out }, out.map((a) => a.buffer))
  } catch (e) {
    parentPort.postMessage({ error: String(e && e.message) })
  }
})
`

let idle: Worker | null = null

function takeWorker(): Worker {
  const w = idle ?? new Worker(WORKER_SOURCE, { eval: true })
  idle = null
  w.ref()
  return w
}

function giveBack(w: Worker): void {
  w.removeAllListeners('message')
  w.removeAllListeners('error')
  w.removeAllListeners('exit')
  // An idle worker must not keep a CLI process alive.
  w.unref()
  if (idle) void w.terminate()
  else idle = w
}

export interface MatchOptions {
  signal?: AbortSignal
  /** Milliseconds; default LIMITS.searchSeconds. */
  timeoutMs?: number
  /** Matches over all texts; default LIMITS.searchMatches. */
  maxMatches?: number
  /** The search as the user typed it, for the errors. */
  query: string
}

/**
 * Every non-empty match of `source`/`flags` (a global regular expression) in each text, as
 * [start, end, start, end, …] per text, in UTF-16 offsets.
 */
export function findMatches(source: string, flags: string, texts: string[], opts: MatchOptions): Promise<Int32Array[]> {
  if (opts.signal?.aborted) return Promise.reject(cancelled())
  const timeoutMs = opts.timeoutMs ?? LIMITS.searchSeconds.value * 1000
  const max = opts.maxMatches ?? LIMITS.searchMatches.value
  const worker = takeWorker()
  return new Promise<Int32Array[]>((resolve, reject) => {
    let settled = false
    const finish = (fn: () => void, keep: boolean): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onAbort)
      if (keep) giveBack(worker)
      else void worker.terminate()
      fn()
    }
    const onAbort = (): void => finish(() => reject(cancelled()), false)
    const timer = setTimeout(
      () =>
        finish(
          () =>
            reject(
              searchOverLimit(opts.query, { ...LIMITS.searchSeconds, value: timeoutMs / 1000 }, timeoutMs / 1000)
            ),
          false
        ),
      timeoutMs
    )
    opts.signal?.addEventListener('abort', onAbort)
    worker.on('message', (m: { out?: Int32Array[]; over?: number; error?: string }) => {
      if (m.out) finish(() => resolve(m.out!), true)
      else if (m.over !== undefined)
        finish(() => reject(searchOverLimit(opts.query, { ...LIMITS.searchMatches, value: max }, m.over!)), true)
      else finish(() => reject(new EsitiError('INVALID_INPUT', 'io.badRegex', { detail: regexProblem(m.error ?? '') })), true)
    })
    worker.on('error', (e) => finish(() => reject(new EsitiError('INTERNAL', 'io.searchFailed', { detail: e.message })), false))
    worker.on('exit', () => finish(() => reject(new EsitiError('INTERNAL', 'io.searchStopped')), false))
    worker.postMessage({ source, flags, texts, max })
  })
}

const cancelled = (): EsitiError => new EsitiError('CANCELLED', 'core.cancelled')
