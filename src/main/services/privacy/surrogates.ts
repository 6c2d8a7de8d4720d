import { createHash } from 'node:crypto'
import type { LabelLanguageDto, SurrogateStyleDto } from '../../../shared/privacy-results'
import { newId } from '../../db/ids'
import { firstNamesOf, surnamesList } from './detect/lexicon'
import type { EntityRef, HitKind } from './detect/types'
import { fold, nameKey } from './text/tokens'

export type SurrogateStyle = SurrogateStyleDto
export type LabelLanguage = LabelLanguageDto

export const LABELS: Record<LabelLanguage, Record<HitKind, string>> = {
  it: {
    person: 'Persona',
    organisation: 'Azienda',
    email: 'Email',
    phone: 'Telefono',
    taxcode: 'Codice fiscale',
    vat: 'Partita IVA',
    iban: 'IBAN',
    address: 'Indirizzo',
    birthdate: 'Data di nascita',
    name: 'Nome'
  },
  en: {
    person: 'Person',
    organisation: 'Company',
    email: 'Email',
    phone: 'Phone',
    taxcode: 'Tax code',
    vat: 'VAT number',
    iban: 'IBAN',
    address: 'Address',
    birthdate: 'Date of birth',
    name: 'Name'
  }
}

/** One row of the key (privacy_key) about to be written. */
export interface KeyRow {
  id: string
  group_id: string
  kind: HitKind
  real_text: string
  real_key: string
  surrogate: string
  part: 'full' | 'first' | 'last'
  style: SurrogateStyle
  entity_table: string | null
  entity_id: string | null
}

/** A key row as stored. */
export interface StoredKeyRow extends KeyRow {
  created_at: string
}

const letters = (n: number): string => {
  let s = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s
  return s
}
const unletters = (s: string): number => [...s].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0)

const ORG_PREFIXES = ['Officine', 'Industrie', 'Laboratori', 'Servizi', 'Studio', 'Gruppo', 'Manifatture', 'Consorzio', 'Atelier', 'Cantieri']
const ORG_NAMES = ['Orione', 'Vega', 'Sirio', 'Altair', 'Antares', 'Rigel', 'Deneb', 'Polaris', 'Capella', 'Mizar', 'Alcor', 'Zenit', 'Meridiana', 'Levante', 'Ponente', 'Maestrale', 'Tramontana', 'Scirocco', 'Libeccio', 'Grecale']
const LEGAL_FORM = /\b(S\.?r\.?l\.?s?|S\.?p\.?A\.?|S\.?n\.?c\.?|S\.?a\.?s\.?|Onlus|Soc\.?\s+Coop\.?(?:\s+sociale)?|Scarl|APS|ODV|ETS)\s*$/i

/** A deterministic stream of numbers for one entity: preview and apply choose the same surrogate. */
function seeded(seed: string): () => number {
  let counter = 0
  return () => {
    const h = createHash('sha256').update(`${seed}\u0000${counter++}`).digest()
    return h.readUInt32BE(0) / 0x100000000
  }
}

/**
 * Chooses one surrogate per entity, consistently: an entity already in the key keeps its surrogate
 * (in every source, now and later); a new one gets the next free label, or a made-up name that no
 * text of the project contains and no other entity uses.
 */
export class SurrogatePlanner {
  private readonly byGroup = new Map<string, StoredKeyRow[]>()
  private readonly groupOfEntity = new Map<string, string>()
  private readonly used = new Set<string>()
  private readonly next: Partial<Record<HitKind, number>> = {}
  readonly added: KeyRow[] = []

  constructor(
    key: StoredKeyRow[],
    private readonly opts: {
      style: SurrogateStyle
      language: LabelLanguage
      seed: string
      /** Folded words that must not be used in a made-up name (every word of the project's texts and rosters). */
      taken: Set<string>
      /** Labels already written in some text ("[Persona 3]" typed by hand): never reused. */
      labelsInTexts: Set<string>
    }
  ) {
    for (const r of key) {
      const list = this.byGroup.get(r.group_id) ?? []
      list.push(r)
      this.byGroup.set(r.group_id, list)
      this.used.add(nameKey(r.surrogate))
      if (r.entity_table && r.entity_id) this.groupOfEntity.set(`${r.entity_table}:${r.entity_id}`, r.group_id)
      this.groupOfEntity.set(`name:${r.real_key}`, r.group_id)
      this.count(r.kind, r.surrogate)
    }
  }

  private count(kind: HitKind, surrogate: string): void {
    for (const lang of ['it', 'en'] as LabelLanguage[]) {
      const m = new RegExp(`^\\[${LABELS[lang][kind]} ([A-Z]+|\\d+)\\]$`).exec(surrogate)
      if (!m) continue
      const n = kind === 'organisation' && /^[A-Z]+$/.test(m[1]) ? unletters(m[1]) : Number(m[1])
      if (Number.isFinite(n)) this.next[kind] = Math.max(this.next[kind] ?? 0, n)
    }
  }

  /** The key group an entity belongs to (existing or new). */
  groupOf(entity: EntityRef): string {
    const direct = entity.key.startsWith('key:') ? entity.key.slice(4) : undefined
    if (direct) return direct
    const byRow = entity.table && entity.id ? this.groupOfEntity.get(`${entity.table}:${entity.id}`) : undefined
    if (byRow) return byRow
    const byName = this.groupOfEntity.get(`name:${nameKey(entity.full)}`)
    if (byName) return byName
    let g = this.groupOfEntity.get(entity.key)
    if (!g) {
      g = newId()
      this.groupOfEntity.set(entity.key, g)
    }
    return g
  }

  /** The surrogate of one mention (its entity's, or the part of it the mention names). */
  surrogateFor(entity: EntityRef, text: string): string {
    if (entity.ambiguous) return `[${LABELS[this.opts.language][entity.kind]}]`
    const group = this.groupOf(entity)
    const rows = this.byGroup.get(group) ?? []
    const key = nameKey(text)
    const exact = rows.find((r) => r.real_key === key)
    if (exact) return exact.surrogate
    const full = rows.find((r) => r.part === 'full') ?? this.create(group, entity)
    const surrogate = this.partOf(full, entity.part, text)
    if (key !== full.real_key) this.record(group, entity, text, surrogate, entity.part)
    return surrogate
  }

  private partOf(full: StoredKeyRow | KeyRow, part: EntityRef['part'], text: string): string {
    if (full.style === 'label' || full.surrogate.startsWith('[')) return full.surrogate
    // "Meccanica Vigentina" without its legal form: so is its surrogate.
    if (full.kind === 'organisation') return LEGAL_FORM.test(text) ? full.surrogate : full.surrogate.replace(LEGAL_FORM, '').trim()
    const words = full.surrogate.split(' ')
    if (part === 'first') return words[0]
    if (part === 'last') return words.slice(1).join(' ') || words[0]
    return full.surrogate
  }

  private record(group: string, entity: EntityRef, text: string, surrogate: string, part: KeyRow['part']): KeyRow {
    const row: StoredKeyRow = {
      id: newId(),
      group_id: group,
      kind: entity.kind,
      real_text: text,
      real_key: nameKey(text),
      surrogate,
      part,
      style: /^\[/.test(surrogate) ? 'label' : 'realistic',
      entity_table: entity.table ?? null,
      entity_id: entity.id ?? null,
      created_at: ''
    }
    const list = this.byGroup.get(group) ?? []
    list.push(row)
    this.byGroup.set(group, list)
    this.added.push(row)
    return row
  }

  private create(group: string, entity: EntityRef): StoredKeyRow {
    const surrogate = this.opts.style === 'realistic' && (entity.kind === 'person' || entity.kind === 'organisation') ? this.madeUp(entity) : this.label(entity.kind)
    this.used.add(nameKey(surrogate))
    return this.record(group, entity, entity.full, surrogate, 'full') as StoredKeyRow
  }

  private label(kind: HitKind): string {
    const word = LABELS[this.opts.language][kind]
    for (;;) {
      const n = (this.next[kind] ?? 0) + 1
      this.next[kind] = n
      const s = `[${word} ${kind === 'organisation' ? letters(n) : n}]`
      if (!this.opts.labelsInTexts.has(s) && !this.used.has(nameKey(s))) return s
    }
  }

  private free(word: string): boolean {
    return !this.opts.taken.has(fold(word))
  }

  private madeUp(entity: EntityRef): string {
    const rand = seeded(`${this.opts.seed}\u0000${entity.key}`)
    const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]
    for (let attempt = 0; attempt < 500; attempt++) {
      let s: string
      if (entity.kind === 'person') {
        const gender = entity.gender ?? (rand() < 0.5 ? 'F' : 'M')
        const first = pick(firstNamesOf(gender).filter((n) => !n.includes(' ')))
        const last = pick(surnamesList())
        if (!this.free(first) || !last.split(/[\s']/).every((w) => this.free(w))) continue
        s = `${first} ${last}`
      } else {
        const name = pick(ORG_NAMES)
        if (!this.free(name)) continue
        const legal = LEGAL_FORM.exec(entity.full)?.[1]
        s = `${pick(ORG_PREFIXES)} ${name}${legal ? ' ' + legal : ''}`
      }
      if (!this.used.has(nameKey(s))) return s
    }
    // Every made-up name collides with something in the texts: a label is always safe.
    return this.label(entity.kind)
  }
}

/** Labels like "[Persona 3]" already present in a text. */
export function labelsIn(text: string): string[] {
  return [...text.matchAll(/\[[^\]\n]{1,40}\]/g)].map((m) => m[0])
}
