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

/** Collects garbage when the data is large enough for it to matter (no-op below `cells`). */
export function releaseMemory(cells: number): void {
  if (cells < 1_000_000) return
  collector()?.()
}
