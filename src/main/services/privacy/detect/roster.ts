import type { ProjectFile } from '../../../db/project-file'
import { CAPITALISED_NOT_PERSONAL, NAME_WORDS, ORGANISATION_WORDS } from '../data/common-words-it'
import { joinable, nameKey, tokenize, type Token } from '../text/tokens'
import { firstNameGenders } from './lexicon'
import type { Confidence, EntityRef, HitKind, RawHit } from './types'

/**
 * The project's own people and organisations (cases, organisations, the register's participants, the
 * speakers of transcripts, names already in the key, "always" rules): the most reliable candidates,
 * since the evaluation itself says who they are.
 */
export interface RosterVariant {
  words: string[]
  entity: EntityRef
  confidence: Confidence
  /** The mention must start with a capital letter (partial names: "Rossi", not "rossi"). */
  needsCapital: boolean
}

export interface Roster {
  byFirstWord: Map<string, RosterVariant[]>
  /** Every variant, for the overview and tests. */
  size: number
}

export function tableExists(project: ProjectFile, name: string): boolean {
  return !!project.stmt("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)
}

const LEGAL_SUFFIX = /[\s,]+(?:s\.?\s?r\.?\s?l\.?s?|s\.?\s?p\.?\s?a\.?|s\.?\s?n\.?\s?c\.?|s\.?\s?a\.?\s?s\.?|onlus|soc\.?\s+coop\.?(?:\s+sociale)?|società\s+cooperativa(?:\s+sociale)?|scarl|s\.?c\.?r\.?l\.?|aps|odv|ets)\.?\s*$/i

/** The words of a name, folded. */
export const wordsOf = (s: string): string[] => tokenize(s).map((t) => t.folded)

const ROLE_LABELS = new Set(
  'int intervistatore intervistatrice intervistato intervistata intervistatori r d i e a b c m f moderatore moderatrice relatore relatrice partecipante speaker ricercatore ricercatrice facilitatore facilitatrice domanda risposta q'.split(' ')
)

/** A speaker label that names a person ("Chiara Lombardi", "Giorgio"), not a role ("INT", "R", "Speaker 1"). */
export function personLabel(label: string): boolean {
  const toks = tokenize(label)
  if (toks.length === 0 || toks.length > 4 || /\d/.test(label)) return false
  if (toks.some((t) => ROLE_LABELS.has(t.folded) || CAPITALISED_NOT_PERSONAL.has(t.folded))) return false
  if (!toks.every((t) => t.cap)) return false
  return toks.length >= 2 || firstNameGenders().has(toks[0].folded)
}

class RosterBuilder {
  private readonly variants = new Map<string, RosterVariant[]>()
  /** Full name → the entity first listed with it: a case, a participant and a speaker with one name are one person. */
  private readonly entities = new Map<string, string>()

  add(text: string, entity: Omit<EntityRef, 'part'>, opts: { partial?: boolean; confidence?: Confidence } = {}): void {
    const words = wordsOf(text)
    if (words.length === 0) return
    const full = `${entity.kind}:${words.join(' ')}`
    const listed = this.entities.get(full)
    if (listed && listed !== entity.key) return
    this.entities.set(full, entity.key)
    this.push(words, { ...entity, part: 'full' }, opts.confidence ?? 'high', false)
    if (!opts.partial || entity.kind !== 'person' || words.length < 2) return
    const genders = firstNameGenders()
    const first = words[0]
    if (genders.has(first)) this.push([first], { ...entity, part: 'first', gender: genders.get(first) }, 'medium', true)
    const last = words.at(-1)!
    if (last.length >= 3 && !genders.has(last) && !NAME_WORDS.has(last) && !CAPITALISED_NOT_PERSONAL.has(last))
      this.push([last], { ...entity, part: 'last' }, 'medium', true)
  }

  private push(words: string[], entity: EntityRef, confidence: Confidence, needsCapital: boolean): void {
    const key = words.join(' ')
    const list = this.variants.get(key) ?? []
    const same = list.find((v) => v.entity.key === entity.key)
    if (same) return
    // Two entities with the same mention ("Mario" of two Marios): the mention is ambiguous.
    if (list.length && entity.part !== 'full') for (const v of [...list, { entity }]) v.entity.ambiguous = true
    list.push({ words, entity, confidence, needsCapital })
    this.variants.set(key, list)
  }

  build(): Roster {
    const byFirstWord = new Map<string, RosterVariant[]>()
    let size = 0
    for (const list of this.variants.values())
      for (const v of list) {
        // Full names win over partial ones with the same words (a case named just "Rossi").
        if (v.entity.part !== 'full' && list.some((o) => o.entity.part === 'full')) continue
        const arr = byFirstWord.get(v.words[0]) ?? []
        arr.push(v)
        byFirstWord.set(v.words[0], arr)
        size++
      }
    for (const arr of byFirstWord.values()) arr.sort((a, b) => b.words.length - a.words.length)
    return { byFirstWord, size }
  }
}

export interface KeyEntry {
  group: string
  kind: HitKind
  realText: string
  part: 'full' | 'first' | 'last'
  entityTable: string | null
  entityId: string | null
}

export interface AlwaysRule {
  text: string
  kind: HitKind
}

/** Builds the roster from the project's tables (and the given key entries and rules). */
export function buildRoster(project: ProjectFile, key: KeyEntry[], always: AlwaysRule[]): Roster {
  const b = new RosterBuilder()
  const orgKind = (k: string): boolean => /^(?:organi[sz]ation|organizzazione|azienda|impresa|ente|company)$/i.test(k)
  for (const c of project.stmt('SELECT id, name, kind FROM cases').all() as { id: string; name: string; kind: string }[]) {
    const kind: HitKind = orgKind(c.kind) ? 'organisation' : 'person'
    b.add(c.name, { key: `cases:${c.id}`, kind, full: c.name, table: 'cases', id: c.id }, { partial: true })
  }
  for (const o of project.stmt('SELECT id, name FROM organisations').all() as { id: string; name: string }[]) {
    const entity = { key: `organisations:${o.id}`, kind: 'organisation' as const, full: o.name, table: 'organisations' as const, id: o.id }
    b.add(o.name, entity)
    const short = o.name.replace(LEGAL_SUFFIX, '').trim()
    const words = wordsOf(short)
    if (short !== o.name && words.length && (words.length >= 2 || !NAME_WORDS.has(words[0])) && !words.every((w) => ORGANISATION_WORDS.has(w)))
      b.add(short, entity, { confidence: 'high' })
  }
  if (tableExists(project, 'persons')) {
    const rows = project.stmt('SELECT id, name FROM persons WHERE pseudonym = 0').all() as { id: string; name: string }[]
    for (const p of rows) b.add(p.name, { key: `persons:${p.id}`, kind: 'person', full: p.name, table: 'persons', id: p.id }, { partial: true })
  }
  for (const label of speakerLabels(project))
    b.add(label, { key: `name:${nameKey(label)}`, kind: 'person', full: label }, { partial: true })
  for (const k of key) {
    const table = k.entityTable === 'cases' || k.entityTable === 'organisations' || k.entityTable === 'persons' ? k.entityTable : undefined
    b.add(k.realText, { key: `key:${k.group}`, kind: k.kind, full: k.realText, ...(table ? { table, id: k.entityId ?? undefined } : {}) })
  }
  for (const r of always) b.add(r.text, { key: `rule:${nameKey(r.text)}`, kind: r.kind, full: r.text })
  return b.build()
}

/** Speaker labels of every live transcript that look like people's names. */
export function speakerLabels(project: ProjectFile): string[] {
  const out = new Set<string>()
  for (const r of project.stmt('SELECT structure FROM sources WHERE deleted_at IS NULL AND structure IS NOT NULL').all() as { structure: string }[]) {
    let turns: { speaker?: unknown }[] = []
    try {
      turns = (JSON.parse(r.structure) as { turns?: { speaker?: unknown }[] }).turns ?? []
    } catch {
      continue
    }
    for (const t of turns) if (typeof t.speaker === 'string' && personLabel(t.speaker)) out.add(t.speaker.trim())
  }
  return [...out]
}

/** Every mention of a roster entry in a tokenised text (longest first at each word). */
export function findRoster(text: string, tokens: Token[], roster: Roster): RawHit[] {
  const out: RawHit[] = []
  for (let i = 0; i < tokens.length; i++) {
    const candidates = roster.byFirstWord.get(tokens[i].folded)
    if (!candidates) continue
    for (const v of candidates) {
      const n = v.words.length
      if (i + n > tokens.length) continue
      let ok = true
      for (let k = 1; k < n && ok; k++) ok = tokens[i + k].folded === v.words[k] && joinable(text, tokens[i + k - 1].end, tokens[i + k].start)
      if (!ok) continue
      if (v.needsCapital && !tokens[i].cap) continue
      // "S.r.l.": a name written with a final full stop takes it along.
      let end = tokens[i + n - 1].end
      if (v.entity.full.endsWith('.') && text[end] === '.' && v.entity.part === 'full') end++
      out.push({ start: tokens[i].start, end, kind: v.entity.kind, confidence: v.confidence, origin: v.entity.key.startsWith('rule:') ? 'rule' : v.entity.key.startsWith('key:') ? 'key' : 'roster', entity: v.entity })
      i += n - 1
      break
    }
  }
  return out
}
