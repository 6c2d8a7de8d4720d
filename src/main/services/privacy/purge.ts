import fs from 'node:fs'
import type { ProjectFile } from '../../db/project-file'
import type { LogPurgeDto } from '../../../shared/privacy-results'
import { isMsg, type Msg, type MsgParam } from '../../../shared/messages'
import { fold } from './text/tokens'

/**
 * Removing personal data for good: the operation log's before/after images that still hold it, and
 * the free pages and journal where deleted rows linger until SQLite reuses them.
 */

/**
 * Empties the images of every log entry that mentions one of `needles` (names, e-mails; compared
 * folded) or `ids` (rows that no longer exist), and makes that entry and every earlier one
 * permanent: undo must never replay a change whose images are gone. Later entries stay undoable.
 * Runs inside the caller's transaction.
 */
export function purgeLog(project: ProjectFile, needles: string[], ids: string[]): LogPurgeDto {
  const folded = [...new Set(needles.map((n) => fold(n.normalize('NFC')).trim()).filter((n) => n.length >= 2))]
  const idList = [...new Set(ids)]
  if (folded.length === 0 && idList.length === 0) return { emptied: 0, discarded: 0 }
  const rows = project.stmt('SELECT seq, summary, message, changes FROM op_log ORDER BY seq').all() as {
    seq: number
    summary: string
    message: string | null
    changes: string
  }[]
  const traced: number[] = []
  const mask = (s: string): string => {
    let out = s
    const f = fold(s)
    // Same length folded: an offset in the folded summary is the offset in the summary.
    for (const n of folded) {
      let i = f.indexOf(n)
      while (i >= 0) {
        out = out.slice(0, i) + '…'.padEnd(n.length, ' ') + out.slice(i + n.length)
        i = f.indexOf(n, i + n.length)
      }
    }
    return out.replace(/… +/g, '…')
  }
  // The summary's message (migration 0004) carries the same names as parameters: they are masked
  // there too, so the entry still reads in the interface language.
  const maskParam = (v: MsgParam): MsgParam =>
    typeof v === 'string' ? mask(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? mask(x) : x)) : isMsg(v) ? maskMsg(v) : v
  const maskMsg = (m: Msg): Msg => (m.params ? { key: m.key, params: Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, maskParam(v)])) } : m)
  const maskedMessage = (raw: string | null): string | null => {
    try {
      const m = raw === null ? null : (JSON.parse(raw) as unknown)
      const masked = isMsg(m) ? JSON.stringify(maskMsg(m)) : null
      // An erased row's id is not a name to mask: a message still carrying one goes.
      return masked !== null && !idList.some((id) => masked.includes(id)) ? masked : null
    } catch {
      return null
    }
  }
  const update = project.stmt("UPDATE op_log SET changes = '[]', summary = ?, message = ?, state = 'discarded' WHERE seq = ?")
  for (const r of rows) {
    const f = fold(r.changes)
    const words = fold(r.summary + ' ' + (r.message ?? ''))
    const hit = folded.some((n) => f.includes(n)) || idList.some((id) => r.changes.includes(id) || (r.message ?? '').includes(id)) || folded.some((n) => words.includes(n))
    if (!hit) continue
    traced.push(r.seq)
    update.run(mask(r.summary), maskedMessage(r.message), r.seq)
  }
  if (traced.length === 0) return { emptied: 0, discarded: 0 }
  const last = Math.max(...traced)
  const discarded = project.stmt("UPDATE op_log SET state = 'discarded' WHERE seq <= ? AND state <> 'discarded'").run(last).changes
  return { emptied: traced.length, discarded: discarded + traced.length }
}

/**
 * Rewrites the file without free pages (VACUUM) and empties the write-ahead log, so that deleted rows
 * leave no bytes behind in the project's files. Must run outside any transaction.
 */
export function compactFile(project: ProjectFile): void {
  const db = project.sqlite
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.exec('VACUUM')
  db.pragma('wal_checkpoint(TRUNCATE)')
}

/** The project file and its journal files as they are on disk. */
export function projectFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`].filter((f) => fs.existsSync(f))
}

/** Spellings of a text its bytes may hold: as written, lower, upper, capitalised; UTF-8 and UTF-16. */
function variants(needle: string): Buffer[] {
  const n = needle.normalize('NFC')
  const forms = new Set([n, n.toLowerCase(), n.toUpperCase(), n.replace(/\p{L}+/gu, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()), n.normalize('NFD')])
  const out: Buffer[] = []
  for (const f of forms) {
    out.push(Buffer.from(f, 'utf8'))
    out.push(Buffer.from(f, 'utf16le'))
  }
  return out
}

/** Which of the needles occur anywhere in the bytes of the given files. */
export function scanFiles(files: string[], needles: string[]): { needle: string; file: string }[] {
  const found: { needle: string; file: string }[] = []
  for (const file of files) {
    const bytes = fs.readFileSync(file)
    for (const needle of needles) if (needle.trim().length >= 2 && variants(needle).some((v) => bytes.includes(v))) found.push({ needle, file })
  }
  return found
}

const WORD_BYTES = /[a-z0-9\x80-\xff]+/g

/**
 * Which needles (names, e-mails, removed values) occur in the files' bytes as whole words, case
 * ignored for Latin letters. One pass per file over its words, so a 100 MB project with thousands
 * of needles is scanned in seconds. Text is compared as the UTF-8 bytes SQLite stores.
 */
export function scanFilesForWords(files: string[], needles: string[]): { needle: string; file: string }[] {
  const byFirst = new Map<string, { needle: string; bytes: string }[]>()
  for (const needle of needles) {
    const bytes = Buffer.from(needle.normalize('NFC').toLowerCase(), 'utf8').toString('latin1').toLowerCase()
    WORD_BYTES.lastIndex = 0
    const first = WORD_BYTES.exec(bytes)
    if (!first || first.index !== 0 || bytes.length < 2) continue
    const list = byFirst.get(first[0]) ?? []
    list.push({ needle, bytes })
    byFirst.set(first[0], list)
  }
  const found: { needle: string; file: string }[] = []
  for (const file of files) {
    const hay = fs.readFileSync(file).toString('latin1').toLowerCase()
    const seen = new Set<string>()
    for (const m of hay.matchAll(WORD_BYTES)) {
      const list = byFirst.get(m[0])
      if (!list) continue
      for (const c of list) {
        if (seen.has(c.needle) || !hay.startsWith(c.bytes, m.index)) continue
        const after = hay.charCodeAt(m.index + c.bytes.length)
        if (/[a-z0-9]/.test(String.fromCharCode(after || 32)) && !/[^a-z0-9\x80-\xff]$/.test(c.bytes)) continue
        seen.add(c.needle)
        found.push({ needle: c.needle, file })
      }
    }
  }
  return found
}
