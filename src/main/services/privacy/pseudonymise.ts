import type { AppliedSourceDto, PreviewHitDto, PseudonymisationPreviewDto, PseudonymisationResultDto } from '../../../shared/privacy-results'
import { msg } from '../../../shared/messages'
import { EsitiError } from '../../../shared/errors'
import { newId, nowIso } from '../../db/ids'
import { mutate, type Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import { checkCancelled, isUuid, type Ctx } from '../context'
import { countWords } from '../transcripts/source-service'
import { textHash } from '../text/normalise'
import { makeDetector, type Detector } from './detect/detect'
import { wordsOf } from './detect/roster'
import type { RawHit } from './detect/types'
import { keyEntries, keyRows, rulesOf, writeKeyRows } from './key-store'
import { remapStructure, rewrite, type Replacement } from './remap'
import { SurrogatePlanner, labelsIn, type LabelLanguage, type SurrogateStyle } from './surrogates'
import { fold, nameKey, tokenize } from './text/tokens'
import { destroyOriginals } from './originals'

export interface PreviewOptions {
  /** Source names or ids; all live sources when empty. */
  sources?: string[]
  style?: SurrogateStyle
  language?: LabelLanguage
}

interface SourceRow {
  id: string
  name: string
  text: string
  structure: string | null
  case_id: string | null
  encoding: string | null
  imported_at: string
  imported_by: string | null
  version_of: string | null
}

const CONTEXT = 40

function selectSources(project: ProjectFile, refs: string[] | undefined): SourceRow[] {
  const all = project
    .stmt('SELECT id, name, text, structure, case_id, encoding, imported_at, imported_by, version_of FROM sources WHERE deleted_at IS NULL ORDER BY name, id')
    .all() as SourceRow[]
  if (!refs || refs.length === 0) return all
  return refs.map((ref) => {
    const s = all.find((r) => (isUuid(ref) && r.id === ref) || r.name === ref)
    if (!s) throw new EsitiError('NOT_FOUND', 'privacy.sourceNotFound', { source: ref })
    return s
  })
}

function settings(project: ProjectFile, opts: PreviewOptions): { style: SurrogateStyle; language: LabelLanguage } {
  const style = opts.style ?? ((project.meta('privacy.style') as SurrogateStyle | undefined) || 'label')
  const language = opts.language ?? ((project.meta('privacy.labels') as LabelLanguage | undefined) || 'it')
  if (style !== 'label' && style !== 'realistic') throw new EsitiError('INVALID_INPUT', 'privacy.badStyle', { style })
  if (language !== 'it' && language !== 'en') throw new EsitiError('INVALID_INPUT', 'privacy.badLanguage', { language })
  return { style, language }
}

/** Everything a preview and an apply share: the detector over the project and one surrogate planner. */
interface Plan {
  sources: SourceRow[]
  perSource: { source: SourceRow; hits: PreviewHitDto[]; overlapped: number; ruledOut: number }[]
  planner: SurrogatePlanner
  style: SurrogateStyle
  language: LabelLanguage
  groups: Map<string, string>
}

function plan(ctx: Ctx, opts: PreviewOptions): Plan {
  const project = ctx.project
  const { style, language } = settings(project, opts)
  const sources = selectSources(project, opts.sources)
  const corpus = (project.stmt('SELECT text FROM sources WHERE deleted_at IS NULL').all() as { text: string }[]).map((r) => r.text)
  const key = keyRows(project)
  const rules = rulesOf(project)
  const detector: Detector = makeDetector(project, {
    key: keyEntries(key),
    surrogates: key.map((k) => k.surrogate),
    always: rules.always,
    never: rules.never,
    corpus
  })
  const taken = new Set<string>()
  for (const t of corpus) for (const tok of tokenize(t)) taken.add(tok.folded)
  for (const k of key) for (const w of wordsOf(k.real_text)) taken.add(w)
  for (const list of detector.roster.byFirstWord.values()) for (const v of list) for (const w of v.words) taken.add(w)
  const labelsInTexts = new Set(corpus.flatMap(labelsIn))
  const planner = new SurrogatePlanner(key, { style, language, seed: project.meta('project_id') ?? 'esiti', taken, labelsInTexts })
  const found = sources.map((source, i) => {
    if (i % 20 === 0) {
      checkCancelled(ctx)
      ctx.progress.report('privacy:detect', i, sources.length)
    }
    return { source, ...detector.detect({ id: source.id, text: source.text }) }
  })
  // Proposed candidates are numbered first, so that accepting the proposals gives [Persona 1], [Persona 2]…
  const surrogates = new Map<RawHit, string>()
  for (const pass of [true, false])
    for (const f of found)
      for (const h of f.hits)
        if ((h.confidence !== 'low') === pass) surrogates.set(h, planner.surrogateFor(h.entity, f.source.text.slice(h.start, h.end)))
  const groups = new Map<string, string>()
  const perSource: Plan['perSource'] = found.map((f) => {
    const { source } = f
    const hits = f.hits.map((h): PreviewHitDto => {
      const id = `${source.id}:${h.start}:${h.end}`
      groups.set(id, planner.groupOf(h.entity))
      return {
        id,
        sourceId: source.id,
        source: source.name,
        start: h.start,
        end: h.end,
        text: source.text.slice(h.start, h.end),
        kind: h.kind,
        confidence: h.confidence,
        origin: h.origin,
        suggested: h.confidence !== 'low',
        surrogate: surrogates.get(h)!,
        entity: h.entity.key,
        before: source.text.slice(Math.max(0, h.start - CONTEXT), h.start),
        after: source.text.slice(h.end, h.end + CONTEXT)
      }
    })
    return { source, hits, overlapped: f.overlapped, ruledOut: f.ruledOut }
  })
  ctx.progress.report('privacy:detect', sources.length, sources.length)
  return { sources, perSource, planner, style, language, groups }
}

/** What pseudonymising would replace, with the surrogate each hit would get. Reads only. */
export function previewPseudonymisation(ctx: Ctx, opts: PreviewOptions = {}): PseudonymisationPreviewDto {
  const p = plan(ctx, opts)
  return {
    hits: p.perSource.flatMap((s) => s.hits),
    sources: p.perSource.map((s) => ({
      id: s.source.id,
      name: s.source.name,
      hits: s.hits.length,
      overlapped: s.overlapped,
      ruledOut: s.ruledOut,
      pseudonymised: s.source.version_of !== null
    })),
    style: p.style,
    language: p.language
  }
}

export interface ApplyOptions extends PreviewOptions {
  /** Which hits: every one, the suggested ones, or the listed hit ids. */
  accept: 'all' | 'suggested' | string[]
  /** Hit ids to leave out (with 'all' or 'suggested'). */
  reject?: string[]
  /** The original of each source: kept hidden in the project (default) or destroyed. */
  original?: 'keep' | 'destroy'
  /** Also rename the cases that were replaced to their surrogates. */
  renameCases?: boolean
}

/** Replaces the accepted hits with their surrogates, each source in a new version; one undoable operation. */
export function applyPseudonymisation(ctx: Ctx, opts: ApplyOptions): PseudonymisationResultDto {
  const p = plan(ctx, opts)
  const reject = new Set(opts.reject ?? [])
  const known = new Set(p.perSource.flatMap((s) => s.hits.map((h) => h.id)))
  if (Array.isArray(opts.accept)) for (const id of opts.accept) if (!known.has(id)) throw new EsitiError('CONFLICT', 'privacy.hitGone', { hit: id })
  const wanted = Array.isArray(opts.accept) ? new Set(opts.accept) : null
  const accepted = (h: PreviewHitDto): boolean =>
    !reject.has(h.id) && (wanted ? wanted.has(h.id) : opts.accept === 'all' ? true : h.suggested)

  const usedGroups = new Set<string>()
  const work = p.perSource
    .map((s) => ({ ...s, hits: s.hits.filter(accepted) }))
    .filter((s) => s.hits.length > 0)
  for (const s of work) for (const h of s.hits) usedGroups.add(p.groups.get(h.id)!)
  if (work.length === 0) return { replaced: 0, sources: [], keyAdded: 0, casesRenamed: 0, original: opts.original === 'destroy' ? 'destroyed' : 'kept', recordingsKeptWithOriginal: 0 }

  // Real text → surrogate, longest first: source names and speaker labels get the same replacements.
  const pairs = new Map<string, string>()
  for (const s of work) for (const h of s.hits) pairs.set(nameKey(h.text), h.surrogate)
  const replaceIn = replacer(pairs)
  const newRows = p.planner.added.filter((r) => usedGroups.has(r.group_id))
  const media = tableHas(ctx.project, 'media')

  const result = mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'privacy.pseudonymise', summary: msg('privacy.op.pseudonymise', { count: work.length }) },
    (w): Omit<PseudonymisationResultDto, 'original'> => {
      saveSettings(w, p.style, p.language)
      writeKeyRows(w, newRows)
      const applied: AppliedSourceDto[] = []
      let recordings = 0
      for (const s of work) {
        checkCancelled(ctx)
        applied.push(newVersion(w, s.source, s.hits, replaceIn))
        if (media) recordings += (ctx.project.stmt('SELECT COUNT(*) n FROM media WHERE source_id = ? AND deleted_at IS NULL').get(s.source.id) as { n: number }).n
      }
      const casesRenamed = opts.renameCases ? renameCases(w, newRows.filter((r) => r.entity_table === 'cases' && r.part === 'full')) : 0
      return {
        replaced: applied.reduce((n, a) => n + a.replaced, 0),
        sources: applied,
        keyAdded: newRows.length,
        casesRenamed,
        recordingsKeptWithOriginal: recordings
      }
    }
  )
  if (opts.original === 'destroy') {
    destroyOriginals(ctx, result.sources.map((s) => s.id))
    return { ...result, original: 'destroyed' }
  }
  return { ...result, original: 'kept' }
}

function tableHas(project: ProjectFile, table: string): boolean {
  return !!project.stmt("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)
}

function saveSettings(w: Writer, style: SurrogateStyle, language: LabelLanguage): void {
  for (const [id, value] of [
    ['privacy.style', style],
    ['privacy.labels', language]
  ] as const) {
    const row = w.project.stmt('SELECT value FROM meta WHERE id = ?').get(id) as { value: string } | undefined
    if (!row) w.insert('meta', { id, value })
    else if (row.value !== value) w.update('meta', id, { value })
  }
}

/** A function that replaces every known real text (whole words, any case) in a short string. */
export function replacer(pairs: Map<string, string>): (s: string) => string {
  const keys = [...pairs.keys()].filter(Boolean).sort((a, b) => b.length - a.length)
  return (s: string) => {
    if (keys.length === 0 || !s) return s
    const folded = fold(s.normalize('NFC'))
    const text = s.normalize('NFC')
    const reps: Replacement[] = []
    for (const k of keys) {
      let from = 0
      for (;;) {
        const i = folded.indexOf(k, from)
        if (i < 0) break
        const end = i + k.length
        const boundary = !/[\p{L}\p{N}]/u.test(folded[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(folded[end] ?? '')
        if (boundary && !reps.some((r) => i < r.end && end > r.start)) reps.push({ start: i, end, with: pairs.get(k)! })
        from = end
      }
    }
    return reps.length ? rewrite(text, reps).text : text
  }
}

/**
 * Writes the pseudonymised version of one source (inside the caller's transaction): the original is
 * hidden, the new text is inserted with the original's name (its names replaced too), and codings,
 * case segments, memos and review decisions move to it with their offsets remapped. Every coding's
 * new quote is checked against the old one with the same replacements applied, so an anchor can
 * never drift: a failed check aborts the whole operation.
 */
function newVersion(w: Writer, source: SourceRow, hits: PreviewHitDto[], replaceIn: (s: string) => string): AppliedSourceDto {
  const project = w.project
  const r = rewrite(source.text, hits.map((h) => ({ start: h.start, end: h.end, with: h.surrogate })))
  const codings = project.stmt('SELECT id, start, "end", quote FROM codings WHERE source_id = ?').all(source.id) as {
    id: string
    start: number
    end: number
    quote: string
  }[]
  const moved = codings.map((c) => {
    if (source.text.slice(c.start, c.end) !== c.quote)
      throw new EsitiError('CONFLICT', 'privacy.anchorBroken', { source: source.name, start: c.start, end: c.end })
    const start = r.mapStart(c.start)
    const end = r.mapEnd(c.end)
    const quote = r.text.slice(start, end)
    if (end <= start || quote !== r.expected(source.text, c.start, c.end))
      throw new EsitiError('INTERNAL', 'privacy.anchorNotCarried', { source: source.name, start: c.start, end: c.end })
    return { id: c.id, start, end, quote }
  })
  const newName = uniqueName(project, replaceIn(source.name), source.id)
  const at = nowIso()
  // Hide the original first: the new version takes its name (unique among live sources).
  w.update('sources', source.id, { deleted_at: at })
  const structure = remapStructure(source.structure, r, replaceIn)
  const withWords = structure ? JSON.stringify({ ...JSON.parse(structure), words: countWords(r.text) }) : null
  const id = w.insert('sources', {
    id: newId(),
    name: newName,
    kind: 'text',
    text: r.text,
    text_hash: textHash(r.text),
    chars: r.text.length,
    encoding: source.encoding,
    structure: withWords,
    case_id: source.case_id,
    original_name: null,
    original_type: null,
    original_data: null,
    imported_at: source.imported_at,
    imported_by: source.imported_by,
    version_of: source.id,
    pseudonymised_at: at
  })
  for (const c of moved) w.update('codings', c.id, { source_id: id, start: c.start, end: c.end, quote: c.quote })
  for (const seg of project.stmt('SELECT id, start, "end" FROM case_segments WHERE source_id = ?').all(source.id) as { id: string; start: number; end: number }[])
    w.update('case_segments', seg.id, { source_id: id, start: r.mapStart(seg.start), end: Math.max(r.mapStart(seg.start) + 1, r.mapEnd(seg.end)) })
  for (const m of project.stmt("SELECT id, title, body FROM memos WHERE target_kind = 'source' AND target_id = ?").all(source.id) as { id: string }[])
    w.update('memos', m.id, { target_id: id })
  for (const d of project.stmt('SELECT id FROM coding_decisions WHERE source_id = ?').all(source.id) as { id: string }[])
    w.update('coding_decisions', d.id, { source_id: id })
  return { id: source.id, name: source.name, newId: id, newName, replaced: hits.length, codings: moved.length }
}

function uniqueName(project: ProjectFile, base: string, self: string): string {
  const taken = (n: string): boolean => !!project.stmt('SELECT 1 FROM sources WHERE name = ? AND deleted_at IS NULL AND id <> ?').get(n, self)
  if (!taken(base)) return base
  for (let i = 2; ; i++) if (!taken(`${base} (${i})`)) return `${base} (${i})`
}

function renameCases(w: Writer, rows: { entity_id: string | null; surrogate: string }[]): number {
  let n = 0
  for (const r of rows) {
    if (!r.entity_id) continue
    const c = w.project.stmt('SELECT name FROM cases WHERE id = ?').get(r.entity_id) as { name: string } | undefined
    if (!c || c.name === r.surrogate) continue
    if (w.project.stmt('SELECT 1 FROM cases WHERE name = ? AND id <> ?').get(r.surrogate, r.entity_id)) continue
    w.update('cases', r.entity_id, { name: r.surrogate })
    n++
  }
  return n
}
