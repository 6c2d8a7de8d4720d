/**
 * Hybrid logical clock (HLC, Kulkarni et al. 2014): timestamps that follow wall time where clocks
 * agree and never go backwards where they do not. A timestamp is a fixed-width string that sorts in
 * time order — `2024-05-01T09:30:00.000Z-0001-8f3a09c2d4e5b6a7`: milliseconds, a counter for events
 * within the same millisecond, and the replica (node) that made it — so SQLite and PostgreSQL compare
 * them as text.
 *
 * Unlike Actual Budget's clock, a remote timestamp far ahead of ours is not refused: a member whose
 * computer runs hours fast must still be able to sync. Replicas correct their wall time by the offset
 * measured against the team server (see `offsetMs`), so skewed machines stamp sane times; the
 * counter and `max` keep causality either way.
 */
export interface Hlc {
  millis: number
  counter: number
  node: string
}

const MAX_COUNTER = 0xffff
const NODE_RE = /^[0-9a-f]{16}$/
const HLC_RE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9a-f]{16})$/

export const HLC_ZERO = '1970-01-01T00:00:00.000Z-0000-0000000000000000'

export function formatHlc(h: Hlc): string {
  return `${new Date(h.millis).toISOString()}-${h.counter.toString(16).toUpperCase().padStart(4, '0')}-${h.node}`
}

export function parseHlc(s: string): Hlc | null {
  const m = HLC_RE.exec(s)
  if (!m) return null
  const millis = Date.parse(m[1])
  if (!Number.isFinite(millis) || millis < 0) return null
  return { millis, counter: parseInt(m[2], 16), node: m[3] }
}

export const isHlc = (s: unknown): s is string => typeof s === 'string' && parseHlc(s) !== null
export const isNodeId = (s: unknown): s is string => typeof s === 'string' && NODE_RE.test(s)

/** One replica's clock. `now` is the wall clock corrected by the server offset (ms). */
export class HlcClock {
  private last: Hlc

  constructor(
    readonly node: string,
    last: string | null,
    private readonly now: () => number = Date.now
  ) {
    if (!isNodeId(node)) throw new Error(`HLC: invalid node id ${node}`)
    const p = last ? parseHlc(last) : null
    this.last = p ? { millis: p.millis, counter: p.counter, node } : { millis: 0, counter: 0, node }
  }

  /** The latest timestamp this clock has issued or seen. */
  get current(): string {
    return formatHlc(this.last)
  }

  /** A new timestamp for a local event: after everything issued or seen so far. */
  send(): string {
    const phys = Math.floor(this.now())
    if (phys > this.last.millis) this.last = { millis: phys, counter: 0, node: this.node }
    else this.bump(this.last.millis, this.last.counter + 1)
    return formatHlc(this.last)
  }

  /** Takes in a timestamp received from another replica, so that later local events sort after it. */
  recv(remote: string): void {
    const r = parseHlc(remote)
    if (!r) return
    const phys = Math.floor(this.now())
    const l = Math.max(this.last.millis, r.millis, phys)
    let c: number
    if (l === this.last.millis && l === r.millis) c = Math.max(this.last.counter, r.counter) + 1
    else if (l === this.last.millis) c = this.last.counter + 1
    else if (l === r.millis) c = r.counter + 1
    else c = 0
    this.bump(l, c)
  }

  /** A counter past 16 bits moves the logical time on by a millisecond instead of failing. */
  private bump(millis: number, counter: number): void {
    this.last = counter > MAX_COUNTER ? { millis: millis + 1, counter: 0, node: this.node } : { millis, counter, node: this.node }
  }
}
