import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { ShareRemovedDto, ShareResultDto } from '../../../shared/privacy-results'
import { EsitiError } from '../../../shared/errors'
import { formatMessage, type Locale } from '../../../shared/messages'
import { newId, nowIso } from '../../db/ids'
import { openProjectFile, PROJECT_EXTENSION, type ProjectFile } from '../../db/project-file'
import { makeCtx, checkCancelled, type Ctx } from '../context'
import { exportReport } from '../report/excel-export'
import { exportQdpx } from '../team/refi/export'
import { tableExists } from './detect/roster'
import { identifierAttributes, identifierVariables, rawValues } from './identifiers'
import { keyRows } from './key-store'
import { previewPseudonymisation, applyPseudonymisation, replacer } from './pseudonymise'
import { compactFile, scanFilesForWords } from './purge'
import { emptyVariables, patternScrubber, rewriteRawTexts, scrubColumns } from './scrub'
import { LABELS, SurrogatePlanner } from './surrogates'
import { nameKey } from './text/tokens'
import { copyProjectTo } from './copy'
import { publishStaged } from '../files/publish'
import { crashPoint } from '../../db/crash-point'
import { decryptFileInPlace } from '../../db/encryption'

/**
 * A copy of the project that can be given to someone outside the team (a client, a reviewer, an
 * archive): pseudonymised texts only, no direct identifiers, no original files, no history, no
 * private memos, no key. It is built in a private file next to the target, checked byte by byte for
 * every real name and removed value Esiti knows of, and only then renamed into place.
 */
export interface ShareOptions {
  out: string
  /** Also write the copy as REFI-QDA (.qdpx) and the report workbook with the data (.xlsx). */
  qdpx?: string
  workbook?: string
  /** Pseudonymise (with the proposed replacements) the sources nobody reviewed, instead of leaving them out. */
  pseudonymiseRest?: boolean
  locale?: Locale
}

export async function shareProject(ctx: Ctx, opts: ShareOptions): Promise<ShareResultDto> {
  const out = path.resolve(opts.out)
  if (!out.endsWith(PROJECT_EXTENSION)) throw new EsitiError('INVALID_INPUT', 'privacy.shareExtension')
  if (out === path.resolve(ctx.project.path)) throw new EsitiError('INVALID_INPUT', 'privacy.shareSameFile')
  if (fs.existsSync(out)) throw new EsitiError('PROJECT_EXISTS', 'privacy.shareExists', { file: out })
  if (!fs.existsSync(path.dirname(out))) throw new EsitiError('NOT_FOUND', 'privacy.folderNotFound', { folder: path.dirname(out) })
  for (const extra of [opts.qdpx, opts.workbook]) if (extra && fs.existsSync(path.resolve(extra))) throw new EsitiError('PROJECT_EXISTS', 'privacy.shareExists', { file: path.resolve(extra) })

  // Everything Esiti knows to be personal, gathered from the project itself before the copy changes.
  const needles = collectNeedles(ctx)
  const targets = [out, ...(opts.qdpx ? [path.resolve(opts.qdpx)] : []), ...(opts.workbook ? [path.resolve(opts.workbook)] : [])]
  const built: ShareResultDto[] = []
  // Built in a private staging folder (its name carries this process's id, so a killed share's folder
  // is swept by the next export) and moved into place whole: nothing half-written beside the target.
  await publishStaged(targets, async ([tmp, ...extras]) => {
    const result = await buildCopy(ctx, opts, out, tmp, needles)
    await writeExtras(ctx, opts, tmp, result, extras)
    crashPoint('share:before-publish')
    built.push(result)
  })
  const [result] = built
  fs.writeFileSync(result.report, reportText(result, opts.locale ?? 'it'), 'utf8')
  ctx.progress.report('privacy:share', 4, 4)
  return result
}

/**
 * The stripped, checked copy at `tmp`. The copy of an encrypted project is built encrypted (its
 * personal data never reaches the disk in plain text) and decrypted only once stripped and compacted:
 * the shareable copy is a plain project, meant for someone without the passphrase (decision 0026),
 * and the byte scan that proves it holds no real name must read plain bytes.
 */
async function buildCopy(ctx: Ctx, opts: ShareOptions, out: string, tmp: string, needles: string[]): Promise<ShareResultDto> {
  let copy: ProjectFile | null = null
  const passphrase = ctx.project.cipherPassphrase
  try {
    ctx.progress.report('privacy:share', 0, 4)
    await copyProjectTo(ctx.project, tmp)
    crashPoint('share:copied')
    copy = await openProjectFile(tmp, { actor: ctx.actor, passphrase })
    const cctx = makeCtx(copy, ctx.actor, ctx.progress)
    const removed = strip(cctx, opts)
    checkCancelled(ctx)
    ctx.progress.report('privacy:share', 2, 4)
    copy.sqlite.pragma('journal_mode = DELETE')
    compactFile(copy)
    const kept = keptCounts(copy)
    copy.close()
    copy = null
    if (passphrase !== undefined) await decryptFileInPlace(tmp, passphrase)
    crashPoint('share:stripped')
    // The proof: none of the real names or removed values is anywhere in the file's bytes.
    ctx.progress.report('privacy:share', 3, 4)
    const leaks = scanFilesForWords([tmp], needles)
    if (leaks.length)
      throw new EsitiError('CONFLICT', 'privacy.shareLeak', { count: leaks.length, examples: leaks.slice(0, 3).map((l) => mask(l.needle)).join(', ') })
    return { file: out, report: `${out}.report.txt`, removed, kept, checked: needles.length }
  } finally {
    copy?.close()
  }
}

/** The .qdpx and the workbook, written from the checked copy to their staged paths (in the order of the targets). */
async function writeExtras(ctx: Ctx, opts: ShareOptions, tmp: string, result: ShareResultDto, staged: string[]): Promise<void> {
  if (!opts.qdpx && !opts.workbook) return
  const shared = await openProjectFile(tmp, { readonly: true })
  try {
    const sctx = makeCtx(shared, ctx.actor, ctx.progress)
    let i = 0
    if (opts.qdpx) {
      exportQdpx(sctx, staged[i++])
      result.qdpx = path.resolve(opts.qdpx)
    }
    if (opts.workbook) {
      await exportReport(sctx, { out: staged[i++], locale: opts.locale })
      result.workbook = path.resolve(opts.workbook)
    }
  } finally {
    shared.close()
  }
}

/** "Mario Rossi" → "M… R…": a leak is named without printing it whole. */
const mask = (s: string): string => s.split(/\s+/).map((w) => `${w.slice(0, 1)}…`).join(' ')

/** Real names (the key, the rosters) and the values of identifier variables and attributes. */
function collectNeedles(ctx: Ctx): string[] {
  const p = ctx.project
  const out = new Set<string>()
  const add = (s: string | null | undefined): void => {
    const t = s?.normalize('NFC').trim()
    // Very short values (initials, "SI") would match everywhere and prove nothing.
    if (t && t.length >= 4) out.add(t)
  }
  for (const r of keyRows(p)) if (r.part === 'full') add(r.real_text)
  for (const r of p.stmt("SELECT name FROM cases").all() as { name: string }[]) add(r.name)
  if (tableExists(p, 'persons')) for (const r of p.stmt('SELECT name FROM persons WHERE pseudonym = 0').all() as { name: string }[]) add(r.name)
  let values = 0
  for (const v of identifierVariables(ctx).filter((x) => x.direct)) {
    for (const x of rawValues(ctx, v.datasetId, v.variableId) ?? []) {
      if (values >= 5000) break
      if (typeof x === 'string' || typeof x === 'number') {
        add(String(x))
        values++
      }
    }
  }
  for (const a of identifierAttributes(p)) for (const r of p.stmt('SELECT value FROM case_values WHERE attribute_id = ?').all(a.id) as { value: string | null }[]) add(r.value)
  return [...out]
}

function count(p: ProjectFile, sql: string, ...params: unknown[]): number {
  return (p.sqlite.prepare(sql).get(...params) as { n: number }).n
}

/** Takes everything personal out of the copy (its own file: nothing here touches the project). */
function strip(ctx: Ctx, opts: ShareOptions): ShareRemovedDto {
  const p = ctx.project
  const db = p.sqlite
  db.pragma('secure_delete = ON')
  const removed: ShareRemovedDto = {
    sourcesLeftOut: [],
    sourcesPseudonymisedNow: [],
    originals: 0,
    originalFiles: 0,
    recordings: 0,
    history: 0,
    privateMemos: 0,
    identifierVariables: [],
    identifierAttributes: [],
    keyEntries: 0,
    rules: 0,
    casesRenamed: 0,
    organisationsRenamed: 0,
    participantsRenamed: 0,
    textsRewritten: 0,
    answersRewritten: 0,
    hiddenDatasets: 0
  }
  // Sources: a text nobody pseudonymised that still has proposed replacements is left out, or
  // pseudonymised now with the proposals when asked.
  const preview = previewPseudonymisation(ctx, {})
  const unreviewed = preview.sources.filter((s) => !s.pseudonymised && preview.hits.some((h) => h.sourceId === s.id && h.suggested))
  if (unreviewed.length && opts.pseudonymiseRest) {
    applyPseudonymisation(ctx, { sources: unreviewed.map((s) => s.id), accept: 'suggested' })
    removed.sourcesPseudonymisedNow = unreviewed.map((s) => s.name)
  } else
    for (const s of unreviewed) {
      db.prepare('DELETE FROM sources WHERE id = ?').run(s.id)
      removed.sourcesLeftOut.push(s.name)
    }
  p.tx(() => {
    removed.originals = db.prepare('DELETE FROM sources WHERE deleted_at IS NOT NULL').run().changes
    removed.originalFiles = db.prepare('UPDATE sources SET original_data = NULL, original_name = NULL, original_type = NULL WHERE original_data IS NOT NULL OR original_name IS NOT NULL').run().changes
    if (tableExists(p, 'media')) removed.recordings = db.prepare('DELETE FROM media').run().changes
    removed.privateMemos = db.prepare('DELETE FROM memos WHERE private = 1').run().changes
    removed.hiddenDatasets = db.prepare('DELETE FROM datasets WHERE deleted_at IS NOT NULL').run().changes

    // Names: every entity of the key keeps its surrogate; people and companies listed but never
    // pseudonymised get one now (labels), so that no real name is left in any table.
    const key = keyRows(p)
    const planner = new SurrogatePlanner(key, {
      style: (p.meta('privacy.style') as 'label' | 'realistic' | undefined) ?? 'label',
      language: (p.meta('privacy.labels') as 'it' | 'en' | undefined) ?? 'it',
      seed: p.meta('project_id') ?? 'esiti',
      taken: new Set(),
      labelsInTexts: new Set()
    })
    const pairs = new Map<string, string>()
    for (const r of key) pairs.set(r.real_key, r.surrogate)
    const rename = (table: 'cases' | 'organisations' | 'persons', id: string, name: string): string => {
      const s = planner.surrogateFor({ key: `${table}:${id}`, kind: table === 'organisations' ? 'organisation' : 'person', full: name, part: 'full', table, id }, name)
      pairs.set(nameKey(name), s)
      return s
    }
    // Every case: people's names, and organisations (the texts name them by their surrogate too).
    for (const c of db.prepare('SELECT id, name, kind FROM cases ORDER BY name').all() as { id: string; name: string; kind: string }[]) {
      const s = c.kind === 'person' ? rename('cases', c.id, c.name) : planner.surrogateFor({ key: `cases:${c.id}`, kind: 'organisation', full: c.name, part: 'full', table: 'cases', id: c.id }, c.name)
      pairs.set(nameKey(c.name), s)
      db.prepare('UPDATE cases SET name = ? WHERE id = ?').run(s, c.id)
      removed.casesRenamed++
    }
    const keyed = new Set(key.filter((k) => k.entity_table === 'organisations').map((k) => k.entity_id))
    for (const o of db.prepare('SELECT id, name, kind FROM organisations ORDER BY name').all() as { id: string; name: string; kind: string }[]) {
      if (o.kind !== 'company' && !keyed.has(o.id)) continue
      db.prepare('UPDATE organisations SET name = ? WHERE id = ?').run(rename('organisations', o.id, o.name), o.id)
      removed.organisationsRenamed++
    }
    if (tableExists(p, 'persons'))
      for (const r of db.prepare('SELECT id, name FROM persons ORDER BY name').all() as { id: string; name: string }[]) {
        db.prepare('UPDATE persons SET name = ?, name_key = ?, pseudonym = 1 WHERE id = ?').run(rename('persons', r.id, r.name), `pseudonym:${r.id}`, r.id)
        removed.participantsRenamed++
      }
    const byName = replacer(pairs)
    const byShape = patternScrubber(LABELS[(p.meta('privacy.labels') as 'it' | 'en' | undefined) ?? 'it'])
    const replaceIn = (s: string): string => byShape(byName(s))
    removed.textsRewritten = scrubColumns(p, replaceIn)
    for (const row of db.prepare('SELECT id, name FROM sources').all() as { id: string; name: string }[]) {
      const name = replaceIn(row.name)
      if (name !== row.name) db.prepare('UPDATE sources SET name = ? WHERE id = ?').run(name, row.id)
    }

    // Questionnaires: identifier variables emptied, open answers rewritten with the same pairs.
    for (const v of identifierVariables(ctx).filter((x) => x.direct)) {
      emptyVariables(p, v.datasetId, [v.variableId])
      removed.identifierVariables.push({ dataset: v.dataset, variable: v.variable, kind: v.kind })
    }
    for (const d of db.prepare('SELECT id FROM datasets WHERE parent_id IS NULL').all() as { id: string }[]) removed.answersRewritten += rewriteRawTexts(p, d.id, replaceIn)
    for (const a of identifierAttributes(p)) {
      db.prepare('DELETE FROM case_values WHERE attribute_id = ?').run(a.id)
      removed.identifierAttributes.push(a.name)
    }

    removed.keyEntries = db.prepare('DELETE FROM privacy_key').run().changes
    removed.rules = db.prepare('DELETE FROM privacy_rules').run().changes
    db.prepare('DELETE FROM privacy_identifiers').run()
    db.prepare('DELETE FROM privacy_erasures').run()
    removed.history = db.prepare('DELETE FROM op_log').run().changes
    db.prepare("DELETE FROM meta WHERE id LIKE 'privacy.%'").run()
    // Team sync state (issue 18): tombstones and rows set aside keep deleted content, conflicts name
    // what they are about, and the copy must not sync as its source's replica.
    for (const t of ['tombstones', 'sync_clock', 'sync_conflicts', 'sync_aside', 'sync_parked', 'sync_alias', 'sync_parts']) db.prepare(`DELETE FROM ${t}`).run()
    db.prepare("DELETE FROM meta WHERE id LIKE 'team.%' OR id LIKE 'sync.%'").run()
    db.prepare("UPDATE meta SET value = ? WHERE id = 'replica_id'").run(randomBytes(8).toString('hex'))
    // A copy is a project of its own: a new identity, and where it came from.
    db.prepare("UPDATE meta SET value = ? WHERE id = 'project_id'").run(newId())
    db.prepare('INSERT OR REPLACE INTO meta (id, value) VALUES (?, ?)').run('shared_copy_at', nowIso())
  })
  return removed
}

function keptCounts(p: ProjectFile): ShareResultDto['kept'] {
  return {
    sources: count(p, 'SELECT COUNT(*) n FROM sources WHERE deleted_at IS NULL'),
    codings: count(p, 'SELECT COUNT(*) n FROM codings'),
    cases: count(p, 'SELECT COUNT(*) n FROM cases'),
    datasets: count(p, 'SELECT COUNT(*) n FROM datasets WHERE parent_id IS NULL'),
    coders: (p.sqlite.prepare('SELECT name FROM coders ORDER BY name').all() as { name: string }[]).map((r) => r.name)
  }
}

function reportText(r: ShareResultDto, locale: Locale): string {
  const t = (key: Parameters<typeof formatMessage>[0]['key'], params: Record<string, unknown> = {}): string => formatMessage({ key, params: params as never }, locale)
  const x = r.removed
  const lines = [
    t('privacy.report.title', { file: path.basename(r.file), at: nowIso() }),
    '',
    t('privacy.report.kept', { sources: r.kept.sources, codings: r.kept.codings, cases: r.kept.cases, datasets: r.kept.datasets }),
    t('privacy.report.coders', { coders: r.kept.coders.join(', ') || '—' }),
    '',
    t('privacy.report.removedTitle'),
    ...(x.sourcesLeftOut.length ? [t('privacy.report.sourcesLeftOut', { count: x.sourcesLeftOut.length, names: x.sourcesLeftOut.join('; ') })] : []),
    ...(x.sourcesPseudonymisedNow.length ? [t('privacy.report.sourcesNow', { count: x.sourcesPseudonymisedNow.length, names: x.sourcesPseudonymisedNow.join('; ') })] : []),
    t('privacy.report.originals', { count: x.originals }),
    t('privacy.report.originalFiles', { count: x.originalFiles }),
    t('privacy.report.recordings', { count: x.recordings }),
    t('privacy.report.history', { count: x.history }),
    t('privacy.report.privateMemos', { count: x.privateMemos }),
    t('privacy.report.identifiers', { count: x.identifierVariables.length, names: x.identifierVariables.map((v) => `${v.dataset}/${v.variable} (${v.kind})`).join('; ') || '—' }),
    t('privacy.report.attributes', { count: x.identifierAttributes.length, names: x.identifierAttributes.join('; ') || '—' }),
    t('privacy.report.key', { count: x.keyEntries, rules: x.rules }),
    t('privacy.report.renamed', { cases: x.casesRenamed, organisations: x.organisationsRenamed, participants: x.participantsRenamed }),
    t('privacy.report.rewritten', { texts: x.textsRewritten, answers: x.answersRewritten }),
    '',
    t('privacy.report.checked', { count: r.checked })
  ]
  return lines.join('\n') + '\n'
}
