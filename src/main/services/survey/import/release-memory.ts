import v8 from 'node:v8'
import vm from 'node:vm'

/**
 * A full garbage collection between the stages of a large import. Each stage leaves tens of MB of
 * dead strings and arrays in the old generation (a column's values outlive a few scavenges while the
 * column is converted, then die when the next one takes their place), and V8 lets the heap grow to
 * a multiple of what is live before it collects: on a 100,000 × 60 export that is 60–90 MB of peak
 * memory. Collecting at the few points where a stage's garbage is complete keeps the peak near what
 * is live (issue 12: under 300 MB). Costs one mark-compact each (~50–150 ms on such a heap).
 */
let collect: (() => void) | null | undefined

function collector(): (() => void) | null {
  if (collect !== undefined) return collect
  const exposed = (globalThis as { gc?: () => void }).gc
  if (typeof exposed === 'function') return (collect = exposed)
  try {
    // Without --expose-gc the function is made available once, in a throw-away context.
    v8.setFlagsFromString('--expose-gc')
    const fn = vm.runInNewContext('gc') as unknown
    collect = typeof fn === 'function' ? (fn as () => void) : null
  } catch {
    collect = null
  }
  return collect
}

/** Heap in use right after the last collection made here: what was live then. */
let liveAfter = 0
const heapUsed = (): number => v8.getHeapStatistics().used_heap_size

/** Collects garbage when the data is large enough for it to matter (no-op below `cells`). */
export function releaseMemory(cells: number): void {
  if (cells < 1_000_000) return
  const gc = collector()
  if (!gc) return
  gc()
  liveAfter = heapUsed()
}

/**
 * Within a stage: collects only once the heap has grown by `slack` bytes since the last collection.
 * Planning a sheet's columns leaves their profiles as garbage (a free-text column's 20,000 distinct
 * texts, counted, normalised and keyed several times over), and that garbage is the peak when the
 * plan is done (issue 12: 25–30 MB on the Google Forms shape). A check is one heap statistic.
 */
export function releaseMemoryIfGrown(cells: number, slack = 32 * 1048576): void {
  if (cells < 1_000_000 || heapUsed() - liveAfter < slack) return
  releaseMemory(cells)
}
