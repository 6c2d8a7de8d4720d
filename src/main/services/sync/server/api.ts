import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { sql } from 'kysely'
import { EsitiError } from '../../../../shared/errors'
import { onServer, type TeamServer } from './connect'

/**
 * What Esiti asks of the team server: plain SQL under row-level security, no server code of its own.
 * Every function is idempotent where a sync may be cut and retried: ops and blob chunks are inserted
 * with ON CONFLICT DO NOTHING, so pushing twice leaves one copy.
 */

export interface OutgoingOp {
  opId: string
  replicaId: string
  localSeq: number | null
  hlc: string
  actor: string
  author: string
  kind: string
  summary: string
  message: string | null
  scope: string | null
  changes: string
}

/** An operation as the server holds it: as pushed, with its place in the server's order. */
export interface ServerOp extends OutgoingOp {
  seq: number
}

export interface ServerProject {
  id: string
  name: string
  createdAt: Date
  createdBy: string
  baselineHash: string | null
  baselineSeq: number
  baselineSchema: string | null
}

export interface ServerMember {
  role: string
  displayName: string | null
  isLead: boolean
  blind: boolean
  revealedAt: Date | null
  addedAt: Date
  removedAt: Date | null
  lastSyncAt: Date | null
  replicas: number
}

export const CHUNK_BYTES = 1 << 20

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex')

/** A per-project lock held to the end of the transaction: pushes of one project commit in seq order. */
const lockProject = (id: string) => sql`SELECT pg_advisory_xact_lock(hashtextextended(${'esiti:' + id}, 0))`

export async function createProject(s: TeamServer, p: { id: string; name: string; displayName: string }): Promise<void> {
  await onServer(s, async () => {
    await sql`SELECT esiti.create_project(${p.id}::uuid, ${p.name}, ${p.displayName})`.execute(s.db)
  })
}

/** The project as this role sees it; null when it does not exist or the role is not (or no longer) a member. */
export async function projectInfo(s: TeamServer, id: string): Promise<ServerProject | null> {
  return onServer(s, async () => {
    const r = await s.db.selectFrom('esiti.projects').selectAll().where('id', '=', id).executeTakeFirst()
    if (!r) return null
    return {
      id: r.id,
      name: r.name,
      createdAt: r.created_at,
      createdBy: r.created_by,
      baselineHash: r.baseline_hash,
      baselineSeq: Number(r.baseline_seq),
      baselineSchema: r.baseline_schema
    }
  })
}

export async function visibleProjects(s: TeamServer): Promise<{ id: string; name: string }[]> {
  return onServer(s, () => s.db.selectFrom('esiti.projects').select(['id', 'name']).orderBy('name').execute())
}

export async function setBaseline(s: TeamServer, id: string, hash: string, seq: number, schema: string): Promise<void> {
  await onServer(s, async () => {
    const r = await s.db
      .updateTable('esiti.projects')
      .set({ baseline_hash: hash, baseline_seq: seq, baseline_at: new Date(), baseline_schema: schema })
      .where('id', '=', id)
      .executeTakeFirst()
    if (Number(r.numUpdatedRows) !== 1) throw new EsitiError('FORBIDDEN', 'sync.notLead')
  })
}

/** Hashes already complete on the server, among `hashes`. */
export async function completeBlobs(s: TeamServer, project: string, hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set()
  return onServer(s, async () => {
    const rows = await s.db
      .selectFrom('esiti.blobs')
      .select('hash')
      .where('project_id', '=', project)
      .where('hash', 'in', hashes)
      .where('complete', '=', true)
      .execute()
    return new Set(rows.map((r) => r.hash))
  })
}

/**
 * Uploads one blob in 1 MiB chunks, each its own statement, so a cut upload resumes with the
 * chunks still missing; `complete` is set once every chunk is there. Readers use only complete blobs.
 */
export async function uploadBlob(
  s: TeamServer,
  project: string,
  data: Buffer,
  onChunk?: (done: number, total: number) => void
): Promise<string> {
  const hash = sha256(data)
  const chunks = Math.max(1, Math.ceil(data.length / CHUNK_BYTES))
  await onServer(s, async () => {
    const have = await s.db
      .selectFrom('esiti.blobs')
      .select('complete')
      .where('project_id', '=', project)
      .where('hash', '=', hash)
      .executeTakeFirst()
    if (have?.complete) return
    if (!have)
      await s.db
        .insertInto('esiti.blobs')
        .values({ project_id: project, hash, size: data.length, chunks })
        .onConflict((oc) => oc.doNothing())
        .execute()
    const present = new Set(
      (
        await s.db.selectFrom('esiti.blob_chunks').select('idx').where('project_id', '=', project).where('hash', '=', hash).execute()
      ).map((r) => r.idx)
    )
    for (let i = 0; i < chunks; i++) {
      if (!present.has(i))
        await s.db
          .insertInto('esiti.blob_chunks')
          .values({ project_id: project, hash, idx: i, data: data.subarray(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES) })
          .onConflict((oc) => oc.doNothing())
          .execute()
      onChunk?.(i + 1, chunks)
    }
    await s.db.updateTable('esiti.blobs').set({ complete: true }).where('project_id', '=', project).where('hash', '=', hash).execute()
  })
  return hash
}

/** A blob's head row; a blob the server lacks, or whose upload was cut, is not there to read. */
async function completeBlobHead(s: TeamServer, project: string, hash: string): Promise<{ size: string | number; chunks: number }> {
  const head = await s.db.selectFrom('esiti.blobs').select(['size', 'chunks', 'complete']).where('project_id', '=', project).where('hash', '=', hash).executeTakeFirst()
  if (!head || !head.complete) throw new EsitiError('NOT_FOUND', 'sync.blobMissing', { hash: hash.slice(0, 12) })
  return head
}

/** A blob's chunks in order, `per` chunks per query (one batch each): a file download holds a few chunks, not the blob. */
async function* blobChunks(s: TeamServer, project: string, hash: string, chunks: number, per: number): AsyncGenerator<{ parts: Buffer[]; done: number }> {
  for (let from = 0; from < chunks; from += per) {
    const rows = await s.db
      .selectFrom('esiti.blob_chunks')
      .select(['idx', 'data'])
      .where('project_id', '=', project)
      .where('hash', '=', hash)
      .where('idx', '>=', from)
      .where('idx', '<', from + per)
      .orderBy('idx')
      .execute()
    yield { parts: rows.map((r) => r.data), done: Math.min(from + per, chunks) }
  }
}

/** A complete blob, checked against its hash: a damaged or partial one is never used. */
export async function downloadBlob(s: TeamServer, project: string, hash: string): Promise<Buffer> {
  return onServer(s, async () => {
    const head = await completeBlobHead(s, project, hash)
    const parts: Buffer[] = []
    for await (const batch of blobChunks(s, project, hash, head.chunks, 16)) parts.push(...batch.parts)
    const data = Buffer.concat(parts)
    if (data.length !== Number(head.size) || sha256(data) !== hash)
      throw new EsitiError('CORRUPT_FILE', 'sync.blobDamaged', { hash: hash.slice(0, 12) })
    return data
  })
}

/**
 * Appends operations in one transaction under the project's lock. An operation the server already
 * has (pushed before a cut connection, or by another copy) is not inserted again: its seq is returned.
 */
export async function pushOps(s: TeamServer, project: string, ops: OutgoingOp[]): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  if (ops.length === 0) return out
  await onServer(s, () =>
    s.db.transaction().execute(async (trx) => {
      await lockProject(project).execute(trx)
      for (let i = 0; i < ops.length; i += 200) {
        const part = ops.slice(i, i + 200)
        const inserted = await trx
          .insertInto('esiti.ops')
          .values(
            part.map((o) => ({
              project_id: project,
              op_id: o.opId,
              replica_id: o.replicaId,
              local_seq: o.localSeq,
              hlc: o.hlc,
              actor: o.actor,
              author: o.author,
              kind: o.kind,
              summary: o.summary,
              message: o.message,
              scope: o.scope,
              changes: o.changes
            }))
          )
          .onConflict((oc) => oc.columns(['project_id', 'op_id']).doNothing())
          .returning(['op_id', 'seq'])
          .execute()
        for (const r of inserted) out.set(r.op_id, Number(r.seq))
        const missing = part.filter((o) => !out.has(o.opId)).map((o) => o.opId)
        if (missing.length) {
          const rows = await trx
            .selectFrom('esiti.ops')
            .select(['op_id', 'seq'])
            .where('project_id', '=', project)
            .where('op_id', 'in', missing)
            .execute()
          for (const r of rows) out.set(r.op_id, Number(r.seq))
        }
      }
    })
  )
  return out
}

const toServerOp = (r: {
  seq: string
  op_id: string
  replica_id: string
  local_seq: string | null
  hlc: string
  actor: string
  author: string
  kind: string
  summary: string
  message: string | null
  scope: string | null
  changes: string
}): ServerOp => ({
  seq: Number(r.seq),
  opId: r.op_id,
  replicaId: r.replica_id,
  localSeq: r.local_seq === null ? null : Number(r.local_seq),
  hlc: r.hlc,
  actor: r.actor,
  author: r.author,
  kind: r.kind,
  summary: r.summary,
  message: r.message,
  scope: r.scope,
  changes: r.changes
})

const OP_COLUMNS = ['seq', 'op_id', 'replica_id', 'local_seq', 'hlc', 'actor', 'author', 'kind', 'summary', 'message', 'scope', 'changes'] as const

/** Operations after `after`, in server order; only those this role may see (RLS). */
export async function pullOps(s: TeamServer, project: string, after: number, limit: number): Promise<ServerOp[]> {
  return onServer(s, async () => {
    const rows = await s.db
      .selectFrom('esiti.ops')
      .select(OP_COLUMNS)
      .where('project_id', '=', project)
      .where('seq', '>', String(after))
      .orderBy('seq')
      .limit(limit)
      .execute()
    return rows.map(toServerOp)
  })
}

/** Operations of blind members now revealed, up to `upTo` (those after it are pulled as usual). */
export async function scopedOps(s: TeamServer, project: string, scopes: string[], after: number, upTo: number, limit: number): Promise<ServerOp[]> {
  if (scopes.length === 0) return []
  return onServer(s, async () => {
    const rows = await s.db
      .selectFrom('esiti.ops')
      .select(OP_COLUMNS)
      .where('project_id', '=', project)
      .where('scope', 'in', scopes)
      .where('seq', '>', String(after))
      .where('seq', '<=', String(upTo))
      .orderBy('seq')
      .limit(limit)
      .execute()
    return rows.map(toServerOp)
  })
}

/** The op id at a seq (null if none is visible there) and the highest visible seq. */
export async function serverCursorCheck(s: TeamServer, project: string, seq: number): Promise<{ opAtCursor: string | null; maxSeq: number }> {
  return onServer(s, async () => {
    const at = seq > 0
      ? await s.db.selectFrom('esiti.ops').select('op_id').where('project_id', '=', project).where('seq', '=', String(seq)).executeTakeFirst()
      : undefined
    const max = await s.db
      .selectFrom('esiti.ops')
      .select((eb) => eb.fn.max('seq').as('m'))
      .where('project_id', '=', project)
      .executeTakeFirst()
    return { opAtCursor: at?.op_id ?? null, maxSeq: Number(max?.m ?? 0) }
  })
}

/** How many visible operations each replica has on the server. */
export async function replicaCounts(s: TeamServer, project: string): Promise<Map<string, number>> {
  return onServer(s, async () => {
    const rows = await s.db
      .selectFrom('esiti.ops')
      .select(['replica_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('project_id', '=', project)
      .groupBy('replica_id')
      .execute()
    return new Map(rows.map((r) => [r.replica_id, Number(r.n)]))
  })
}

export async function opIdsOf(s: TeamServer, project: string, replicaId: string): Promise<Set<string>> {
  return onServer(s, async () => {
    const rows = await s.db.selectFrom('esiti.ops').select('op_id').where('project_id', '=', project).where('replica_id', '=', replicaId).execute()
    return new Set(rows.map((r) => r.op_id))
  })
}

export interface ReplicaRow {
  lastLocalSeq: number
  lastOpId: string | null
  role: string
}

export async function replicaRow(s: TeamServer, project: string, replicaId: string): Promise<ReplicaRow | null> {
  return onServer(s, async () => {
    const r = await s.db
      .selectFrom('esiti.replicas')
      .select(['last_local_seq', 'last_op_id', 'role_name'])
      .where('project_id', '=', project)
      .where('replica_id', '=', replicaId)
      .executeTakeFirst()
    return r ? { lastLocalSeq: Number(r.last_local_seq), lastOpId: r.last_op_id, role: r.role_name } : null
  })
}

/** Records this replica's sync (and, after a push, the last local operation the server has). */
export async function touchReplica(
  s: TeamServer,
  project: string,
  replicaId: string,
  info: { appVersion: string; pushed?: { localSeq: number; opId: string } }
): Promise<void> {
  await onServer(s, async () => {
    const now = new Date()
    await s.db
      .insertInto('esiti.replicas')
      .values({ project_id: project, replica_id: replicaId, last_sync_at: now, app_version: info.appVersion })
      .onConflict((oc) => oc.columns(['project_id', 'replica_id']).doUpdateSet({ last_sync_at: now, app_version: info.appVersion }))
      .execute()
    if (info.pushed)
      await s.db
        .updateTable('esiti.replicas')
        .set({ last_push_at: now, last_local_seq: info.pushed.localSeq, last_op_id: info.pushed.opId })
        .where('project_id', '=', project)
        .where('replica_id', '=', replicaId)
        .where('last_local_seq', '<=', String(info.pushed.localSeq))
        .execute()
  })
}

export async function members(s: TeamServer, project: string): Promise<ServerMember[]> {
  return onServer(s, async () => {
    const rows = await sql<{
      role_name: string
      display_name: string | null
      is_lead: boolean
      blind: boolean
      revealed_at: Date | null
      added_at: Date
      removed_at: Date | null
      last_sync_at: Date | null
      replicas: string
    }>`SELECT m.role_name, m.display_name, m.is_lead, m.blind, m.revealed_at, m.added_at, m.removed_at,
              max(r.last_sync_at) AS last_sync_at, count(r.replica_id) AS replicas
         FROM esiti.members m
         LEFT JOIN esiti.replicas r ON r.project_id = m.project_id AND r.role_name = m.role_name
        WHERE m.project_id = ${project}
        GROUP BY m.role_name, m.display_name, m.is_lead, m.blind, m.revealed_at, m.added_at, m.removed_at
        ORDER BY m.is_lead DESC, m.role_name`.execute(s.db)
    return rows.rows.map((r) => ({
      role: r.role_name,
      displayName: r.display_name,
      isLead: r.is_lead,
      blind: r.blind,
      revealedAt: r.revealed_at,
      addedAt: r.added_at,
      removedAt: r.removed_at,
      lastSyncAt: r.last_sync_at,
      replicas: Number(r.replicas)
    }))
  })
}

/** Lead only (RLS): shares the project with a role, or brings back a removed member. */
export async function addMember(s: TeamServer, project: string, role: string, displayName: string | null): Promise<void> {
  await onServer(s, async () => {
    const exists = await sql<{ ok: boolean }>`SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${role}) AND pg_has_role(${role}, 'esiti_member', 'MEMBER') AS ok`.execute(s.db)
    if (!exists.rows[0]?.ok) throw new EsitiError('NOT_FOUND', 'sync.roleNotMember', { role })
    await s.db
      .insertInto('esiti.members')
      .values({ project_id: project, role_name: role, display_name: displayName })
      .onConflict((oc) => oc.columns(['project_id', 'role_name']).doUpdateSet({ removed_at: null, removed_by: null, display_name: displayName }))
      .execute()
  })
}

export async function updateMember(
  s: TeamServer,
  project: string,
  role: string,
  patch: { removed?: boolean; blind?: boolean; lead?: boolean }
): Promise<void> {
  await onServer(s, async () => {
    const set: Record<string, unknown> = {}
    if (patch.removed !== undefined) {
      set.removed_at = patch.removed ? new Date() : null
      set.removed_by = patch.removed ? s.role : null
    }
    if (patch.blind !== undefined) {
      set.blind = patch.blind
      if (!patch.blind) set.revealed_at = new Date()
    }
    if (patch.lead !== undefined) set.is_lead = patch.lead
    const r = await s.db.updateTable('esiti.members').set(set).where('project_id', '=', project).where('role_name', '=', role).executeTakeFirst()
    if (Number(r.numUpdatedRows) !== 1) throw new EsitiError('FORBIDDEN', 'sync.notLeadOrNoMember', { role })
  })
}

/** A file's SHA-256, read in chunks (a published project may be larger than memory should hold). */
export function fileHash(file: string): { hash: string; size: number } {
  const h = createHash('sha256')
  const fd = fs.openSync(file, 'r')
  const buf = Buffer.alloc(CHUNK_BYTES)
  let size = 0
  try {
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null)
      if (n <= 0) break
      h.update(buf.subarray(0, n))
      size += n
    }
  } finally {
    fs.closeSync(fd)
  }
  return { hash: h.digest('hex'), size }
}

/** Uploads a file as a blob, one chunk in memory at a time; resumes like uploadBlob. */
export async function uploadBlobFile(s: TeamServer, project: string, file: string, onChunk?: (done: number, total: number) => void): Promise<string> {
  const { hash, size } = fileHash(file)
  const chunks = Math.max(1, Math.ceil(size / CHUNK_BYTES))
  await onServer(s, async () => {
    const have = await s.db.selectFrom('esiti.blobs').select('complete').where('project_id', '=', project).where('hash', '=', hash).executeTakeFirst()
    if (have?.complete) return
    if (!have)
      await s.db.insertInto('esiti.blobs').values({ project_id: project, hash, size, chunks }).onConflict((oc) => oc.doNothing()).execute()
    const present = new Set(
      (await s.db.selectFrom('esiti.blob_chunks').select('idx').where('project_id', '=', project).where('hash', '=', hash).execute()).map((r) => r.idx)
    )
    const fd = fs.openSync(file, 'r')
    try {
      for (let i = 0; i < chunks; i++) {
        if (!present.has(i)) {
          const buf = Buffer.alloc(Math.min(CHUNK_BYTES, size - i * CHUNK_BYTES))
          fs.readSync(fd, buf, 0, buf.length, i * CHUNK_BYTES)
          await s.db.insertInto('esiti.blob_chunks').values({ project_id: project, hash, idx: i, data: buf }).onConflict((oc) => oc.doNothing()).execute()
        }
        onChunk?.(i + 1, chunks)
      }
    } finally {
      fs.closeSync(fd)
    }
    await s.db.updateTable('esiti.blobs').set({ complete: true }).where('project_id', '=', project).where('hash', '=', hash).execute()
  })
  return hash
}

/** Writes a complete blob to a file, checking its hash; a damaged download leaves no file. */
export async function downloadBlobToFile(s: TeamServer, project: string, hash: string, file: string, onChunk?: (done: number, total: number) => void): Promise<void> {
  await onServer(s, async () => {
    const head = await completeBlobHead(s, project, hash)
    const h = createHash('sha256')
    const fd = fs.openSync(file, 'w')
    let size = 0
    try {
      for await (const batch of blobChunks(s, project, hash, head.chunks, 8)) {
        for (const data of batch.parts) {
          fs.writeSync(fd, data)
          h.update(data)
          size += data.length
        }
        onChunk?.(batch.done, head.chunks)
      }
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    if (size !== Number(head.size) || h.digest('hex') !== hash) {
      fs.rmSync(file, { force: true })
      throw new EsitiError('CORRUPT_FILE', 'sync.blobDamaged', { hash: hash.slice(0, 12) })
    }
  })
}
