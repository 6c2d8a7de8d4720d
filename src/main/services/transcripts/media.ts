import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../shared/errors'
import type { MediaDto } from '../../../shared/ipc/coding'
import { nowIso } from '../../db/ids'
import { mutate } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import { checkCancelled, type Ctx } from '../context'
import { loadSource } from './source-text'
import { msg } from '../../../shared/messages'

/*
 * Audio and video recordings of transcripts, kept inside the project (decision 0024): the project
 * stays one file that plays offline anywhere, and the window reads it through the app's own
 * protocol (app://esiti/media/SOURCE-ID) with range requests, chunk by chunk.
 */

export const MEDIA_CHUNK = 1024 * 1024
export const MAX_MEDIA_BYTES = 1024 * 1024 * 1024
/** Longest answer to one range request: a player asks again for the rest. */
const MAX_RESPONSE = 4 * MEDIA_CHUNK

const TYPES: Record<string, { mime: string; sniff: (head: Buffer) => boolean }> = {
  mp3: { mime: 'audio/mpeg', sniff: (h) => h.subarray(0, 3).toString('latin1') === 'ID3' || (h[0] === 0xff && (h[1] & 0xe0) === 0xe0) },
  m4a: { mime: 'audio/mp4', sniff: (h) => h.subarray(4, 8).toString('latin1') === 'ftyp' },
  mp4: { mime: 'video/mp4', sniff: (h) => h.subarray(4, 8).toString('latin1') === 'ftyp' },
  m4v: { mime: 'video/mp4', sniff: (h) => h.subarray(4, 8).toString('latin1') === 'ftyp' },
  wav: { mime: 'audio/wav', sniff: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WAVE' },
  ogg: { mime: 'audio/ogg', sniff: (h) => h.subarray(0, 4).toString('latin1') === 'OggS' },
  opus: { mime: 'audio/ogg', sniff: (h) => h.subarray(0, 4).toString('latin1') === 'OggS' },
  webm: { mime: 'video/webm', sniff: (h) => h.readUInt32BE(0) === 0x1a45dfa3 }
}
export const MEDIA_EXTENSIONS = Object.keys(TYPES)

interface MediaRow {
  id: string
  source_id: string
  name: string
  mime: string
  size: number
  chunk_size: number
}

export function mediaOf(project: ProjectFile, sourceId: string): MediaRow | undefined {
  return project
    .stmt('SELECT id, source_id, name, mime, size, chunk_size FROM media WHERE source_id = ? AND deleted_at IS NULL ORDER BY added_at DESC LIMIT 1')
    .get(sourceId) as MediaRow | undefined
}

const toDto = (r: MediaRow): MediaDto => ({ id: r.id, name: r.name, mime: r.mime, size: r.size })

/**
 * Attaches a recording to a source, replacing the one it had (one undoable operation; undo brings the
 * previous one back). The file's kind is checked from its first bytes; it is read in chunks.
 */
export function attachMedia(ctx: Ctx, sourceId: string, file: string): MediaDto {
  const source = loadSource(ctx.project, sourceId)
  const name = path.basename(file)
  const ext = path.extname(name).slice(1).toLowerCase()
  const type = TYPES[ext]
  if (!type) throw new EsitiError('UNSUPPORTED_FILE', 'media.unsupported', { file: name, ext: ext || '?' })
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    throw new EsitiError('NOT_FOUND', 'transcripts.fileNotFound', { file })
  }
  if (stat.isDirectory()) throw new EsitiError('INVALID_INPUT', 'transcripts.isFolder', { file })
  if (stat.size === 0) throw new EsitiError('INVALID_INPUT', 'media.empty', { file: name })
  if (stat.size > MAX_MEDIA_BYTES) throw new EsitiError('TOO_LARGE', 'media.tooLarge', { file: name, mb: MAX_MEDIA_BYTES / 1024 / 1024 })
  const fd = fs.openSync(file, 'r')
  try {
    const head = Buffer.alloc(Math.min(64, stat.size))
    fs.readSync(fd, head, 0, head.length, 0)
    if (head.length < 12 || !type.sniff(head)) throw new EsitiError('UNSUPPORTED_FILE', 'media.notMedia', { file: name, ext })
    const previous = mediaOf(ctx.project, sourceId)
    return mutate(ctx.project, { actor: ctx.actor, kind: 'media.attach', summary: msg('media.op.attach', { file: name, source: source.name }) }, (w) => {
      if (previous) w.remove('media', previous.id)
      const hash = createHash('sha256')
      const id = w.insert('media', {
        source_id: sourceId,
        name,
        mime: type.mime,
        size: stat.size,
        chunk_size: MEDIA_CHUNK,
        sha256: '',
        added_at: nowIso(),
        added_by: ctx.actor
      })
      const buf = Buffer.alloc(MEDIA_CHUNK)
      for (let seq = 0, pos = 0; pos < stat.size; seq++) {
        if (seq % 16 === 0) {
          checkCancelled(ctx)
          ctx.progress.report('media', pos, stat.size)
        }
        const n = fs.readSync(fd, buf, 0, MEDIA_CHUNK, pos)
        if (n <= 0) break
        const data = Buffer.from(buf.subarray(0, n))
        hash.update(data)
        w.insertOwned('media_chunks', { media_id: id, seq, data })
        pos += n
      }
      // The hash identifies the recording (the same file attached twice); it is not a security check.
      ctx.project.stmt('UPDATE media SET sha256 = ? WHERE id = ?').run(hash.digest('hex'), id)
      return toDto({ id, source_id: sourceId, name, mime: type.mime, size: stat.size, chunk_size: MEDIA_CHUNK })
    })
  } finally {
    fs.closeSync(fd)
  }
}

/** Detaches a source's recording (undoable: the row is hidden, its chunks kept until then). */
export function detachMedia(ctx: Ctx, sourceId: string): void {
  const source = loadSource(ctx.project, sourceId)
  const m = mediaOf(ctx.project, sourceId)
  if (!m) throw new EsitiError('NOT_FOUND', 'media.notFound', { source: source.name })
  mutate(ctx.project, { actor: ctx.actor, kind: 'media.detach', summary: msg('media.op.detach', { file: m.name, source: source.name }) }, (w) => w.remove('media', m.id))
}

export interface MediaResponse {
  status: 200 | 206 | 404 | 416
  headers: Record<string, string>
  body: Buffer
}

/**
 * Answers a request for a source's recording as a media element makes it: the whole file, or one
 * byte range ("bytes=START-END", "bytes=START-", "bytes=-SUFFIX"), at most 4 MiB at a time.
 */
export function mediaResponse(project: ProjectFile, sourceId: string, range: string | null): MediaResponse {
  const m = /^[0-9a-f-]{36}$/i.test(sourceId) ? mediaOf(project, sourceId) : undefined
  if (!m) return { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('Not found') }
  const base = { 'content-type': m.mime, 'accept-ranges': 'bytes', 'cache-control': 'no-store' }
  let start = 0
  let end = m.size - 1
  let partial = false
  if (range) {
    const r = /^bytes=(\d*)-(\d*)$/.exec(range.trim())
    if (!r || (r[1] === '' && r[2] === '')) return unsatisfiable(m.size)
    if (r[1] === '') start = Math.max(0, m.size - Number(r[2]))
    else {
      start = Number(r[1])
      if (r[2] !== '') end = Math.min(end, Number(r[2]))
    }
    if (start > end || start >= m.size) return unsatisfiable(m.size)
    partial = true
  }
  if (end - start + 1 > MAX_RESPONSE) {
    end = start + MAX_RESPONSE - 1
    partial = true
  }
  const first = Math.floor(start / m.chunk_size)
  const last = Math.floor(end / m.chunk_size)
  const chunks = project
    .stmt('SELECT seq, data FROM media_chunks WHERE media_id = ? AND seq BETWEEN ? AND ? ORDER BY seq')
    .all(m.id, first, last) as { seq: number; data: Buffer }[]
  const joined = Buffer.concat(chunks.map((c) => c.data))
  const body = joined.subarray(start - first * m.chunk_size, end - first * m.chunk_size + 1)
  const headers: Record<string, string> = { ...base, 'content-length': String(body.length) }
  if (partial) headers['content-range'] = `bytes ${start}-${start + body.length - 1}/${m.size}`
  return { status: partial ? 206 : 200, headers, body }
}

const unsatisfiable = (size: number): MediaResponse => ({
  status: 416,
  headers: { 'content-range': `bytes */${size}`, 'content-type': 'text/plain' },
  body: Buffer.from('Range Not Satisfiable')
})

export const mediaDto = (project: ProjectFile, sourceId: string): MediaDto | null => {
  const m = mediaOf(project, sourceId)
  return m ? toDto(m) : null
}
