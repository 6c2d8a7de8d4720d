import { createHash } from 'node:crypto'
import { encode, type Change } from '../../../db/op-log'
import type { ProjectFile } from '../../../db/project-file'
import { LATEST_MIGRATION } from '../../../db/migrations'
import type { OutgoingOp } from '../server/api'
import { sha256 } from '../server/api'
import { KEPT_LOCAL, q } from './schema-info'
import type { SyncChange } from './apply'

type Row = Record<string, unknown>

/**
 * What leaves this copy: its own operations not yet on the server, as the server stores them. The
 * operation log keeps an import of a source or a questionnaire as a marker (the bulky rows are not
 * copied into it); here the marker becomes the full row, the rows it owns and, for values above
 * 16 KB (a source's text and original file, a questionnaire's raw columns), references to blobs
 * that travel in chunks by content hash. The clean layer and caches are not sent: every copy
 * rebuilds them from the raw data and the recipe.
 */
export const INLINE_BYTES = 16 * 1024

/** Tables whose rows belong to a soft-deleted parent and travel with its import marker. */
const OWNED: Record<string, { t: string; where: string }[]> = {
  datasets: [
    { t: 'variables', where: 'dataset_id = ?' },
    { t: 'recipes', where: 'dataset_id = ?' },
    { t: 'column_data', where: "dataset_id = ? AND layer IN ('raw', 'rowid')" }
  ],
  // A transcript's recording: its 1 MiB chunks travel as blobs.
  media: [{ t: 'media_chunks', where: 'media_id = ? ORDER BY seq' }]
}

/** Rows of a blind member's own coding, pushed apart so that other coders do not see them yet. */
export const BLIND_TABLES = new Set(['codings'])

export interface LocalOp {
  seq: number
  id: string
  at: string
  actor: string
  kind: string
  summary: string
  /** The summary as a message (worded in each member's language); null for older operations. */
  message?: string | null
  changes: string
  replica: string
  hlc: string
  origin: string
  author: string | null
  scope: string | null
}

export interface Envelope {
  schema: string
  changes: SyncChange[]
}

export function pendingLocalOps(project: ProjectFile, limit: number): LocalOp[] {
  return project
    .stmt("SELECT seq, id, at, actor, kind, summary, message, changes, replica, hlc, origin, author, scope FROM op_log WHERE pushed = 0 AND origin = 'local' AND hlc IS NOT NULL ORDER BY seq LIMIT ?")
    .all(limit) as LocalOp[]
}

export function pendingCount(project: ProjectFile): number {
  return (project.stmt("SELECT COUNT(*) n FROM op_log WHERE pushed = 0 AND origin = 'local' AND hlc IS NOT NULL").get() as { n: number }).n
}

/** The id of the blind part of an operation: derived, so that every retry pushes the same one. */
export function partId(opId: string): string {
  const h = createHash('sha1').update(`esiti-blind-part:${opId}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export class Outbox {
  readonly blobs = new Map<string, Buffer>()
  constructor(readonly project: ProjectFile) {}

  /** A value too big to inline becomes a blob reference. */
  private blobbed(v: unknown): unknown {
    if (Buffer.isBuffer(v) && v.length > INLINE_BYTES) {
      const hash = sha256(v)
      this.blobs.set(hash, v)
      return { $blob: hash }
    }
    if (typeof v === 'string' && v.length > INLINE_BYTES) {
      const data = Buffer.from(v, 'utf8')
      const hash = sha256(data)
      this.blobs.set(hash, data)
      return { $blob: hash, text: true }
    }
    return v
  }

  private full(row: Row): Row {
    const out: Row = {}
    for (const [k, v] of Object.entries(row)) out[k] = this.blobbed(v)
    return encode(out)
  }

  /** An import marker expanded into what another copy needs to hold the same rows. */
  expand(c: Change): SyncChange {
    if (!(c.soft && c.b === null)) return c
    const row = this.project.stmt(`SELECT * FROM ${q(c.t)} WHERE id = ?`).get(c.id) as Row | undefined
    // Gone (a later deletion or the file damaged): the marker alone; the copy that receives it ignores it.
    if (!row) return c
    const owned: { t: string; row: Row }[] = []
    for (const o of OWNED[c.t] ?? [])
      for (const r of this.project.stmt(`SELECT * FROM ${q(o.t)} WHERE ${o.where}`).all(c.id) as Row[]) owned.push({ t: o.t, row: this.full(r) })
    return { ...c, a: this.full({ ...row, deleted_at: null }), owned }
  }

  /**
   * One operation as the server stores it; a blind member's codings go in a second, scoped part.
   * A pulled operation sent again (repairing a server restored from a backup) keeps its author
   * and scope.
   */
  toServer(op: LocalOp, author: string, blindScope: string | null): OutgoingOp[] {
    // The privacy key never leaves this copy (decision 0033).
    const travels = (c: Change): boolean => !KEPT_LOCAL.has(c.t)
    if (op.origin !== 'local') {
      const changes = (JSON.parse(op.changes) as Change[]).filter(travels).map((c) => this.expand(c))
      return [
        {
          opId: op.id,
          replicaId: op.replica,
          localSeq: null,
          hlc: op.hlc,
          actor: op.actor,
          author: op.author ?? op.actor,
          kind: op.kind,
          summary: op.summary,
          message: op.message ?? null,
          scope: op.scope,
          changes: JSON.stringify({ schema: LATEST_MIGRATION, changes } satisfies Envelope)
        }
      ]
    }
    const changes = (JSON.parse(op.changes) as Change[]).filter(travels).map((c) => this.expand(c))
    const base = { replicaId: op.replica, localSeq: op.seq, hlc: op.hlc, actor: op.actor, author, kind: op.kind, summary: op.summary, message: op.message ?? null }
    const envelope = (cs: SyncChange[]): string => JSON.stringify({ schema: LATEST_MIGRATION, changes: cs } satisfies Envelope)
    if (!blindScope) return [{ ...base, opId: op.id, scope: null, changes: envelope(changes) }]
    const open = changes.filter((c) => !BLIND_TABLES.has(c.t))
    const hidden = changes.filter((c) => BLIND_TABLES.has(c.t))
    const out: OutgoingOp[] = [{ ...base, opId: op.id, scope: null, changes: envelope(open) }]
    if (hidden.length) out.push({ ...base, opId: partId(op.id), scope: blindScope, changes: envelope(hidden) })
    return out
  }
}

/** Blob references in a pulled operation's changes (for fetching before the apply transaction). */
export function blobRefs(changes: SyncChange[]): Set<string> {
  const out = new Set<string>()
  const scan = (row: Row | null | undefined): void => {
    if (!row) return
    for (const v of Object.values(row))
      if (v && typeof v === 'object' && typeof (v as { $blob?: unknown }).$blob === 'string') out.add((v as { $blob: string }).$blob)
  }
  for (const c of changes) {
    scan(c.a)
    scan(c.b)
    for (const o of c.owned ?? []) scan(o.row)
  }
  return out
}

/** What the local log keeps of a pulled operation: the changes without bulky payloads (as markers). */
export function compactForLog(changes: SyncChange[]): Change[] {
  return changes.map((c) => {
    if (c.soft && c.b === null) return { t: c.t, id: c.id, b: null, a: { deleted_at: null }, soft: true }
    const { owned: _owned, ...rest } = c
    void _owned
    return rest
  })
}
