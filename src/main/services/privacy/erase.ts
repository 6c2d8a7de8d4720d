import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { ErasureCertificateDto, ErasurePreviewDto, ErasureRemovedDto } from '../../../shared/privacy-results'
import { EsitiError } from '../../../shared/errors'
import { crashPoint } from '../../db/crash-point'
import { newId, nowIso } from '../../db/ids'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import { tableExists, wordsOf } from './detect/roster'
import { identifierAttributes, identifierVariables, rawValues } from './identifiers'
import { replacer } from './pseudonymise'
import { compactFile, projectFiles, purgeLog, scanFiles } from './purge'
import { removeRows, rewriteRawTexts, scrubColumns } from './scrub'
import { remapStructure, rewrite } from './remap'
import { fold, nameKey } from './text/tokens'
import { countWords } from '../transcripts/source-service'
import { textHash } from '../text/normalise'

/**
 * The right to erasure: one person taken out of the project for good. Their interviews and their
 * case go, mentions of them elsewhere are blanked in new versions of the texts, their attribute
 * values, register participations and questionnaire rows are removed, the operation log forgets the
 * images that held them, and the file is rewritten without free pages. This is the one destructive
 * action Esiti does not let the user undo (the window says so before it starts).
 */
export const ERASED = '[omissis]'

interface Person {
  name: string
  cases: { id: string; name: string }[]
  persons: string[]
  /** Names and identifiers to remove wherever they appear. */
  needles: string[]
  /** Text variants replaced by the ERASED mark. */
  variants: string[]
}

function findPerson(ctx: Ctx, name: string): Person {
  const p = ctx.project
  const key = nameKey(name)
  if (!key || wordsOf(name).length === 0) throw new EsitiError('INVALID_INPUT', 'privacy.eraseNoName')
  const cases = (p.stmt('SELECT id, name FROM cases').all() as { id: string; name: string }[]).filter((c) => nameKey(c.name) === key)
  const persons = tableExists(p, 'persons') ? (p.stmt('SELECT id, name FROM persons').all() as { id: string; name: string }[]).filter((r) => nameKey(r.name) === key).map((r) => r.id) : []
  const words = name.normalize('NFC').trim().split(/\s+/)
  const variants = new Set([name.normalize('NFC').trim()])
  if (words.length >= 2) {
    variants.add([...words.slice(1), words[0]].join(' '))
    // The surname alone, unless somebody else in the project bears it too.
    const last = words.at(-1)!
    const others = (p.stmt('SELECT name FROM cases').all() as { name: string }[]).filter((c) => nameKey(c.name) !== key && wordsOf(c.name).includes(fold(last)))
    if (last.length >= 3 && others.length === 0) variants.add(last)
  }
  const needles = new Set<string>([name.normalize('NFC').trim()])
  // The person's identifiers kept as case attributes (e-mail, phone…) are looked for too.
  for (const a of identifierAttributes(p))
    for (const c of cases)
      for (const r of p.stmt('SELECT value FROM case_values WHERE attribute_id = ? AND case_id = ?').all(a.id, c.id) as { value: string | null }[])
        if (r.value) needles.add(r.value)
  for (const r of p.stmt('SELECT real_text FROM privacy_key WHERE real_key = ?').all(key) as { real_text: string }[]) needles.add(r.real_text)
  return { name: name.normalize('NFC').trim(), cases, persons, needles: [...needles], variants: [...variants] }
}

/** Rows of questionnaires that are the person's: a direct identifier equal to the name or one of their identifiers. */
function questionnaireRows(ctx: Ctx, person: Person): Map<string, { rows: number[]; values: string[] }> {
  const out = new Map<string, { rows: number[]; values: string[] }>()
  const wanted = new Set(person.needles.map((n) => nameKey(n)))
  for (const v of identifierVariables(ctx).filter((x) => x.direct)) {
    const col = rawValues(ctx, v.datasetId, v.variableId)
    if (!col) continue
    const entry = out.get(v.datasetId) ?? { rows: [], values: [] }
    col.forEach((x, i) => {
      if ((typeof x === 'string' || typeof x === 'number') && wanted.has(nameKey(String(x))) && !entry.rows.includes(i)) entry.rows.push(i)
    })
    if (entry.rows.length) out.set(v.datasetId, entry)
  }
  // Every identifier value of those rows is looked for afterwards too (their e-mail, phone…).
  for (const [datasetId, entry] of out) {
    for (const v of identifierVariables(ctx, datasetId).filter((x) => x.direct)) {
      const col = rawValues(ctx, datasetId, v.variableId)
      if (!col) continue
      for (const r of entry.rows) {
        const x = col[r]
        if (typeof x === 'string' || typeof x === 'number') entry.values.push(String(x))
      }
    }
  }
  return out
}

/** What an erasure would remove, without removing it. */
export function previewErasure(ctx: Ctx, name: string): ErasurePreviewDto {
  const person = findPerson(ctx, name)
  const p = ctx.project
  const own = person.cases.flatMap((c) => (p.stmt('SELECT id FROM sources WHERE case_id = ?').all(c.id) as { id: string }[]).map((r) => r.id))
  const rep = replacer(new Map(person.variants.map((v) => [nameKey(v), ERASED])))
  let mentions = 0
  for (const s of p.stmt('SELECT id, text FROM sources').all() as { id: string; text: string }[])
    if (!own.includes(s.id) && rep(s.text) !== s.text) mentions++
  const rows = [...questionnaireRows(ctx, person).values()].reduce((n, e) => n + e.rows.length, 0)
  const found = person.cases.length + person.persons.length + own.length + mentions + rows > 0
  return { person: person.name, found, cases: person.cases.length, participants: person.persons.length, sources: own.length, mentions, questionnaireRows: rows }
}

export async function erasePerson(ctx: Ctx, name: string): Promise<ErasureCertificateDto> {
  const p = ctx.project
  if (!previewErasure(ctx, name).found) {
    // An erasure interrupted after its transaction (the rows are gone, the free pages may still hold
    // them): asking again finishes it.
    if (p.meta(COMPACT_PENDING) !== undefined) return finishErasure(ctx, findPerson(ctx, name), lastRemoved(p), 0)
    // A name found nowhere (a typo) must not leave a certificate that says it was erased.
    throw new EsitiError('NOT_FOUND', 'privacy.eraseNotFound', { person: name.normalize('NFC').trim() })
  }
  const person = findPerson(ctx, name)
  const rows = questionnaireRows(ctx, person)
  for (const e of rows.values()) person.needles.push(...e.values)
  person.needles.push(...ownIdentifiers(p, person))
  const variantPairs = new Map<string, string>()
  for (const v of [...person.variants, ...person.needles]) if (v.length >= 2) variantPairs.set(nameKey(v), ERASED)
  const blank = replacer(variantPairs)
  const removed: ErasureRemovedDto = {
    sources: 0,
    mentions: 0,
    cases: 0,
    attributeValues: 0,
    participants: 0,
    participations: 0,
    questionnaireRows: 0,
    answersBlanked: 0,
    textsBlanked: 0,
    keyEntries: 0,
    rules: 0,
    logEntries: 0
  }
  let activities = 0
  const db = p.sqlite
  db.pragma('secure_delete = ON')
  const deletedIds: string[] = []
  p.tx(() => {
    // Their own interviews (sources linked to their case), and any hidden original of those.
    // Their turns in group interviews (case segments elsewhere) are blanked with the mentions below.
    const spans = new Map<string, [number, number][]>()
    for (const c of person.cases)
      for (const g of db.prepare('SELECT source_id, start, "end" FROM case_segments WHERE case_id = ?').all(c.id) as { source_id: string; start: number; end: number }[])
        spans.set(g.source_id, [...(spans.get(g.source_id) ?? []), [g.start, g.end]])
    for (const c of person.cases) {
      for (const s of db.prepare('SELECT id FROM sources WHERE case_id = ?').all(c.id) as { id: string }[]) {
        deleteSourceChain(p, s.id, deletedIds)
        removed.sources++
      }
      removed.attributeValues += (db.prepare('SELECT COUNT(*) n FROM case_values WHERE case_id = ?').get(c.id) as { n: number }).n
      db.prepare("DELETE FROM memos WHERE target_kind = 'case' AND target_id = ?").run(c.id)
      db.prepare('DELETE FROM cases WHERE id = ?').run(c.id)
      deletedIds.push(c.id)
      removed.cases++
    }
    // Mentions in other texts: a new version with the mentions blanked, the old text deleted.
    for (const s of db.prepare('SELECT id, text FROM sources').all() as { id: string; text: string }[]) {
      if (deletedIds.includes(s.id)) continue
      if (blank(s.text) === s.text && !spans.has(s.id)) continue
      blankSource(p, s.id, variantPairs, deletedIds, spans.get(s.id))
      removed.mentions++
    }
    if (person.persons.length) {
      for (const id of person.persons) {
        const acts = db.prepare('SELECT COUNT(*) n FROM participations WHERE person_id = ?').get(id) as { n: number }
        activities += acts.n
        removed.participations += db.prepare('DELETE FROM participations WHERE person_id = ?').run(id).changes
        removed.participants += db.prepare('DELETE FROM persons WHERE id = ?').run(id).changes
        deletedIds.push(id)
      }
    }
    for (const [datasetId, e] of rows) removed.questionnaireRows += removeRows(p, datasetId, e.rows)
    for (const d of db.prepare('SELECT id FROM datasets WHERE parent_id IS NULL').all() as { id: string }[]) removed.answersBlanked += rewriteRawTexts(p, d.id, blank)
    removed.textsBlanked = scrubColumns(p, blank)
    const keyIds = (db.prepare('SELECT id, real_text FROM privacy_key').all() as { id: string; real_text: string }[]).filter((k) => variantPairs.has(nameKey(k.real_text)))
    for (const k of keyIds) db.prepare('DELETE FROM privacy_key WHERE id = ?').run(k.id)
    removed.keyEntries = keyIds.length
    deletedIds.push(...keyIds.map((k) => k.id))
    for (const r of db.prepare('SELECT id, text FROM privacy_rules').all() as { id: string; text: string }[])
      if (blank(r.text) !== r.text) removed.rules += db.prepare('DELETE FROM privacy_rules WHERE id = ?').run(r.id).changes
    const purge = purgeLog(p, [...person.variants, ...person.needles], deletedIds)
    removed.logEntries = purge.emptied
    db.prepare('INSERT INTO privacy_erasures (id, at, actor, removed) VALUES (?, ?, ?, ?)').run(newId(), nowIso(), ctx.actor, JSON.stringify(removed))
    // Until the file is compacted, deleted rows linger in free pages: the mark says an erasure must finish.
    db.prepare('INSERT OR REPLACE INTO meta (id, value) VALUES (?, ?)').run(COMPACT_PENDING, nowIso())
    crashPoint('erase:in-transaction')
  })
  crashPoint('erase:before-compaction')
  return finishErasure(ctx, person, removed, activities)
}

const COMPACT_PENDING = 'privacy.compact_pending'

/** Key kinds that are a person's own identifiers (not other people or organisations they mention). */
const IDENTIFIER_KEY_KINDS = ['email', 'phone', 'taxcode', 'vat', 'iban', 'address', 'birthdate']

/**
 * Identifiers in the pseudonym key (e-mail, phone, tax code…) that only the person's own interviews
 * hold: theirs, so they go with them (key entries, history images, the byte scan). Without this a
 * pseudonymised interviewee's e-mail stayed in the key after their erasure. A value another text
 * also holds is left alone: it may be someone else's.
 */
function ownIdentifiers(p: ProjectFile, person: Person): string[] {
  const db = p.sqlite
  const own = new Set<string>()
  for (const c of person.cases) {
    let ids = (db.prepare('SELECT id FROM sources WHERE case_id = ?').all(c.id) as { id: string }[]).map((r) => r.id)
    while (ids.length) {
      const next: string[] = []
      for (const id of ids) {
        if (own.has(id)) continue
        own.add(id)
        const row = db.prepare('SELECT version_of FROM sources WHERE id = ?').get(id) as { version_of: string | null } | undefined
        if (row?.version_of) next.push(row.version_of)
      }
      ids = next
    }
  }
  if (own.size === 0) return []
  const texts = db.prepare('SELECT id, text FROM sources').all() as { id: string; text: string }[]
  const mine = texts.filter((t) => own.has(t.id)).map((t) => t.text.normalize('NFC').toLowerCase())
  const others = texts.filter((t) => !own.has(t.id)).map((t) => t.text.normalize('NFC').toLowerCase())
  const rows = db
    .prepare(`SELECT group_id, real_text, surrogate FROM privacy_key WHERE kind IN (${IDENTIFIER_KEY_KINDS.map(() => '?').join(', ')})`)
    .all(...IDENTIFIER_KEY_KINDS) as { group_id: string; real_text: string; surrogate: string }[]
  // The real value in an original, or its surrogate in a pseudonymised version (the original may be
  // destroyed already): either marks the entry as coming from the person's interviews.
  const forms = (r: { real_text: string; surrogate: string }): string[] => [r.real_text, r.surrogate].map((x) => x.normalize('NFC').toLowerCase()).filter((x) => x.length >= 4)
  const inMine = new Set<string>()
  const inOthers = new Set<string>()
  for (const r of rows)
    for (const v of forms(r)) {
      if (mine.some((t) => t.includes(v))) inMine.add(r.group_id)
      if (others.some((t) => t.includes(v))) inOthers.add(r.group_id)
    }
  const groups = new Set([...inMine].filter((g) => !inOthers.has(g)))
  return rows.filter((r) => groups.has(r.group_id)).map((r) => r.real_text)
}

/** What the last erasure removed (to certify an erasure finished after an interruption). */
function lastRemoved(p: ProjectFile): ErasureRemovedDto {
  const r = p.sqlite.prepare('SELECT removed FROM privacy_erasures ORDER BY at DESC LIMIT 1').get() as { removed: string } | undefined
  return JSON.parse(r?.removed ?? '{}') as ErasureRemovedDto
}

/** Compacts the file (free pages, write-ahead log), scans its bytes and writes the certificate. */
function finishErasure(ctx: Ctx, person: Person, removed: ErasureRemovedDto, activities: number): ErasureCertificateDto {
  const p = ctx.project
  compactFile(p)
  p.sqlite.prepare('DELETE FROM meta WHERE id = ?').run(COMPACT_PENDING)
  p.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  const files = projectFiles(p.path)
  const looked = [...new Set([person.name, ...person.needles.filter((n) => n.length >= 4)])]
  const found = scanFiles(files, looked).map((f) => `${path.basename(f.file)}`)
  const copiesOutside = scanFiles(backupsBeside(p.path), [person.name]).map((f) => f.file)
  const sha256 = createHash('sha256').update(fs.readFileSync(p.path)).digest('hex')
  return {
    person: person.name,
    project: p.path,
    at: nowIso(),
    actor: ctx.actor,
    removed,
    activities,
    scan: { files: files.map((f) => path.basename(f)), looked: looked.length, found: [...new Set(found)] },
    copiesOutside: [...new Set(copiesOutside)],
    sha256
  }
}

function backupsBeside(file: string): string[] {
  const dir = path.dirname(file)
  const base = path.basename(file)
  try {
    return fs.readdirSync(dir).filter((f) => f.startsWith(`${base}.`) && f.endsWith('.esiti') && f !== base).map((f) => path.join(dir, f))
  } catch {
    return []
  }
}

/** Deletes a source and every version it came from (their texts hold the person as well). */
function deleteSourceChain(p: ProjectFile, id: string, deleted: string[]): void {
  let cur: string | null = id
  while (cur && !deleted.includes(cur)) {
    const row = p.sqlite.prepare('SELECT version_of FROM sources WHERE id = ?').get(cur) as { version_of: string | null } | undefined
    p.sqlite.prepare("DELETE FROM memos WHERE target_kind = 'source' AND target_id = ?").run(cur)
    p.sqlite.prepare('DELETE FROM sources WHERE id = ?').run(cur)
    deleted.push(cur)
    cur = row?.version_of ?? null
  }
}

/**
 * Replaces a source by a version with the person's mentions blanked (inside the erasure's
 * transaction): the new row is written under a temporary name, codings, case segments, memos and
 * decisions move to it with their offsets remapped, the old row is deleted, the new one takes its name.
 */
function blankSource(p: ProjectFile, id: string, pairs: Map<string, string>, deleted: string[], spans: [number, number][] = []): void {
  const db = p.sqlite
  const s = db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as {
    id: string
    name: string
    kind: string
    text: string
    encoding: string | null
    structure: string | null
    case_id: string | null
    imported_at: string
    imported_by: string | null
    deleted_at: string | null
    version_of: string | null
  }
  const folded = fold(s.text)
  // What the person said (their case segments in a group interview) goes whole.
  const reps: { start: number; end: number; with: string }[] = spans
    .filter(([a, b]) => a >= 0 && b <= s.text.length && b > a)
    .sort((x, y) => x[0] - y[0])
    .filter((x, i, all) => i === 0 || x[0] >= all[i - 1][1])
    .map(([start, end]) => ({ start, end, with: ERASED }))
  for (const k of [...pairs.keys()].sort((a, b) => b.length - a.length)) {
    for (let i = folded.indexOf(k); i >= 0; i = folded.indexOf(k, i + k.length)) {
      const end = i + k.length
      if (/[\p{L}\p{N}]/u.test(folded[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(folded[end] ?? '')) continue
      if (!reps.some((r) => i < r.end && end > r.start)) reps.push({ start: i, end, with: ERASED })
    }
  }
  if (reps.length === 0) return
  const r = rewrite(s.text, reps)
  const replaceIn = replacer(pairs)
  const remapped = remapStructure(s.structure, r, replaceIn)
  let structure: string | null = null
  try {
    structure = remapped ? JSON.stringify({ ...JSON.parse(remapped), words: countWords(r.text) }) : null
  } catch {
    structure = null
  }
  const id2 = newId()
  db.prepare(
    `INSERT INTO sources (id, name, kind, text, text_hash, chars, encoding, structure, case_id, imported_at, imported_by, deleted_at, version_of, pseudonymised_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`
  ).run(id2, `${id2} (erasing)`, s.kind, r.text, textHash(r.text), r.text.length, s.encoding, structure, s.case_id, s.imported_at, s.imported_by, s.deleted_at, nowIso())
  for (const c of db.prepare('SELECT id, start, "end" FROM codings WHERE source_id = ?').all(id) as { id: string; start: number; end: number }[]) {
    const start = r.mapStart(c.start)
    const end = Math.max(start + 1, r.mapEnd(c.end))
    db.prepare('UPDATE codings SET source_id = ?, start = ?, "end" = ?, quote = ? WHERE id = ?').run(id2, start, end, r.text.slice(start, end), c.id)
  }
  for (const g of db.prepare('SELECT id, start, "end" FROM case_segments WHERE source_id = ?').all(id) as { id: string; start: number; end: number }[]) {
    const start = r.mapStart(g.start)
    db.prepare('UPDATE case_segments SET source_id = ?, start = ?, "end" = ? WHERE id = ?').run(id2, start, Math.max(start + 1, r.mapEnd(g.end)), g.id)
  }
  db.prepare("UPDATE memos SET target_id = ? WHERE target_kind = 'source' AND target_id = ?").run(id2, id)
  db.prepare('UPDATE coding_decisions SET source_id = ? WHERE source_id = ?').run(id2, id)
  // Another person's recording stays with their interview (the erased person may be named in it: counted).
  if (tableExists(p, 'media')) db.prepare('UPDATE media SET source_id = ? WHERE source_id = ?').run(id2, id)
  db.prepare('UPDATE sources SET version_of = ? WHERE version_of = ?').run(id2, id)
  db.prepare('DELETE FROM sources WHERE id = ?').run(id)
  db.prepare('UPDATE sources SET name = ? WHERE id = ?').run(replaceIn(s.name), id2)
  deleted.push(id)
}
