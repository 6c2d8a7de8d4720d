import type { Statement } from 'better-sqlite3'
import { msg, type MessageKey, type Msg } from '../../../../shared/messages'
import { newId, nowIso } from '../../../db/ids'
import type { Writer } from '../../../db/op-log'
import { textHash } from '../../text/normalise'
import { checkCancelled, type Ctx } from '../../context'
import { insertCase, insertCode, insertCoder, insertCoding, insertSource } from '../rows'
import { parseCodeDescription } from './code-description'
import { normaliseGuid } from './ids'
import type { RefiCode, RefiProject, RefiValue } from './qde-read'
import { CATEGORY_MARK } from './qde-write'

export interface ImportCounts {
  sources: number
  codes: number
  codings: number
  cases: number
  variables: number
  memos: number
  coders: number
  skipped: number
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/
export const isoOr = (s: string | undefined, fallback: string): string => (s && ISO.test(s.trim()) ? s.trim() : fallback)

const HEX = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i
const colour = (c: string | undefined): string => {
  if (!c || !HEX.test(c.trim())) return '#4e79a7'
  const v = c.trim()
  return (v.length === 4 ? `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}` : v).toLowerCase()
}

const VARIABLE_TYPE: Record<string, 'text' | 'number' | 'date' | 'boolean'> = {
  Text: 'text',
  Boolean: 'boolean',
  Integer: 'number',
  Float: 'number',
  Date: 'date',
  DateTime: 'date'
}

/**
 * The id bookkeeping and row writes of one REFI import, all through one Writer (one operation).
 * Entities whose UUID is already in the project are reused, not duplicated; foreign ids that are
 * not GUIDs get fresh UUIDs (reported once).
 */
export class RefiWriter {
  readonly counts: ImportCounts = { sources: 0, codes: 0, codings: 0, cases: 0, variables: 0, memos: 0, coders: 0, skipped: 0 }
  readonly codeIds = new Map<string, string>()
  readonly codeNames = new Map<string, string>()
  readonly caseIds = new Map<string, string>()
  readonly attributeIds = new Map<string, string>()
  readonly attributeTypes = new Map<string, string>()
  private readonly foreign = new Map<string, string>()
  private readonly coderIds = new Map<string, string>()
  private nonGuid = 0
  readonly now = nowIso()

  constructor(
    readonly ctx: Ctx,
    readonly w: Writer,
    readonly project: RefiProject,
    readonly warnings: Msg[]
  ) {}

  private get db() {
    return this.ctx.project.sqlite
  }

  /** Statements run once per coding are prepared once per import (preparing costs more than running). */
  private readonly statements = new Map<string, Statement>()
  private stmt(sql: string): Statement {
    let st = this.statements.get(sql)
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)))
    return st
  }

  exists(table: string, id: string): boolean {
    return this.stmt(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined
  }

  /** Our UUID for a REFI id: the GUID itself (lower case) or a fresh UUID for anything else. */
  idFor(raw: string): string {
    const g = normaliseGuid(raw)
    if (g) return g
    let id = this.foreign.get(raw)
    if (!id) {
      id = newId()
      this.foreign.set(raw, id)
      this.nonGuid++
    }
    return id
  }

  finish(): void {
    if (this.nonGuid) this.warnings.push(msg('refi.warn.nonGuid', { count: this.nonGuid }))
  }

  coder(userGuid: string | undefined): string {
    const key = userGuid ?? ''
    const cached = this.coderIds.get(key)
    if (cached) return cached
    const user = userGuid ? this.project.users.find((u) => u.guid === userGuid) : undefined
    const name = user?.name?.trim() || (userGuid ? `Utente ${userGuid.replace(/[{}]/g, '').slice(0, 8)}` : this.ctx.actor)
    const guid = normaliseGuid(userGuid)
    let id: string | undefined
    if (guid && this.exists('coders', guid)) id = guid
    id ??= (this.db.prepare('SELECT id FROM coders WHERE name = ?').get(name) as { id: string } | undefined)?.id
    if (!id) {
      id = insertCoder(this.w, { id: guid && !this.exists('coders', guid) ? guid : newId(), name })
      this.counts.coders++
    }
    this.coderIds.set(key, id)
    return id
  }

  userName(userGuid: string | undefined): string | null {
    if (!userGuid) return null
    return this.project.users.find((u) => u.guid === userGuid)?.name?.trim() || null
  }

  /**
   * A code name Esiti accepts: one line, at most 200 characters, no " > " (the path separator),
   * unique among its siblings (a clash gets " (2)").
   */
  private codeName(raw: string, parent: string | null): string {
    let name = raw.replace(/\s+/g, ' ').trim().replaceAll(' > ', ' – ') || '(senza nome)'
    if (name.length > 190) name = name.slice(0, 189) + '…'
    const taken = (n: string): boolean => this.db.prepare('SELECT 1 FROM codes WHERE parent_id IS ? AND name = ?').get(parent, n) !== undefined
    if (!taken(name)) return name
    for (let i = 2; ; i++)
      if (!taken(`${name} (${i})`)) {
        this.warnings.push(msg('refi.warn.duplicateCode', { name, renamed: `${name} (${i})` }))
        return `${name} (${i})`
      }
  }

  /** The code tree, depth first; imported codes follow the existing ones, in file order. */
  codes(codes: RefiCode[]): void {
    let folders = 0
    const walk = (list: RefiCode[], parent: string | null): void => {
      for (const c of list) {
        const id = this.idFor(c.guid || c.name)
        this.codeIds.set(c.guid, id)
        this.codeNames.set(c.guid, c.name)
        if (this.exists('codes', id)) this.counts.skipped++
        else {
          const t = parseCodeDescription(c.description)
          insertCode(this.w, {
            id,
            name: this.codeName(c.name, parent),
            parentId: parent,
            color: colour(c.color),
            definition: t.definition,
            whenToUse: t.whenToUse,
            whenNotToUse: t.whenNotToUse,
            example: t.example,
            createdAt: this.now,
            createdBy: this.ctx.actor
          })
          this.counts.codes++
          if (!c.codable) folders++
        }
        checkCancelled(this.ctx)
        walk(c.children, id)
      }
    }
    walk(codes, null)
    if (folders) this.warnings.push(msg('refi.warn.folders', { count: folders }))
  }

  variables(): void {
    let sort = ((this.db.prepare('SELECT MAX(sort) m FROM attributes').get() as { m: number | null }).m ?? -1) + 1
    for (const v of this.project.variables) {
      const id = this.idFor(v.guid || v.name)
      const category = v.type === 'Text' && v.description?.startsWith(CATEGORY_MARK)
      const type = category ? 'category' : (VARIABLE_TYPE[v.type] ?? 'text')
      const byName = this.db.prepare('SELECT id, type FROM attributes WHERE name = ?').get(v.name) as { id: string; type: string } | undefined
      const existing = this.exists('attributes', id) ? id : byName?.id
      if (existing) {
        this.attributeIds.set(v.guid, existing)
        const t = (this.db.prepare('SELECT type FROM attributes WHERE id = ?').get(existing) as { type: string }).type
        this.attributeTypes.set(existing, t)
        if (t !== type) this.warnings.push(msg('refi.warn.variableType', { name: v.name, type: msg(`attributeType.${t}` as MessageKey) }))
        this.counts.skipped++
        continue
      }
      this.w.insert('attributes', {
        id,
        name: v.name.trim() || `Variabile ${sort + 1}`,
        type,
        choices: category ? v.description!.slice(CATEGORY_MARK.length) : null,
        sort: sort++
      })
      this.attributeIds.set(v.guid, id)
      this.attributeTypes.set(id, type)
      this.counts.variables++
    }
  }

  /** Case for each REFI case: same UUID, else same name (names are unique here), else a new one. */
  cases(): void {
    this.project.cases.forEach((c, i) => {
      const name = (c.name ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) || `Caso ${i + 1}`
      const id = this.idFor(c.guid || name)
      let target: string | undefined = this.exists('cases', id) ? id : undefined
      if (!target) {
        target = (this.db.prepare('SELECT id FROM cases WHERE name = ?').get(name) as { id: string } | undefined)?.id
        if (target) this.warnings.push(msg('refi.warn.caseJoined', { name }))
      }
      if (target) this.counts.skipped++
      else {
        target = insertCase(this.w, { id, name, description: c.description?.trim() || null, createdAt: this.now })
        this.counts.cases++
      }
      this.caseIds.set(c.guid, target)
      this.values(target, c.values, name)
    })
  }

  values(caseId: string, values: RefiValue[], label: string): void {
    for (const v of values) {
      const attributeId = this.attributeIds.get(v.variable)
      if (!attributeId) {
        this.warnings.push(msg('refi.warn.unknownVariable', { case: label, variable: v.variable }))
        continue
      }
      let value = v.value
      if (value !== null && this.attributeTypes.get(attributeId) === 'boolean')
        value = /^(true|1)$/i.test(value.trim()) ? 'true' : /^(false|0)$/i.test(value.trim()) ? 'false' : value
      const existing = this.db
        .prepare('SELECT value FROM case_values WHERE case_id = ? AND attribute_id = ?')
        .get(caseId, attributeId) as { value: string | null } | undefined
      if (existing) {
        if (existing.value !== value) this.warnings.push(msg('refi.warn.keptValue', { case: label, ours: existing.value, theirs: value }))
        continue
      }
      this.w.insert('case_values', { case_id: caseId, attribute_id: attributeId, value })
    }
  }

  /** A source: reused when the same UUID or the same text is already here, else inserted. */
  source(o: { guid: string; name: string; text: string; caseId: string | null; originalName: string | null; bytes: Buffer | null; encoding: string; importedBy: string | null }): string {
    const hash = textHash(o.text)
    let id = this.idFor(o.guid || o.name)
    const same = this.db.prepare('SELECT id, text_hash, deleted_at FROM sources WHERE id = ?').get(id) as
      | { id: string; text_hash: string; deleted_at: string | null }
      | undefined
    if (same && same.text_hash === hash && !same.deleted_at) return this.reuse(id, o.caseId)
    if (same) {
      this.warnings.push(msg('refi.warn.sourceIdClash', { name: o.name }))
      id = newId()
    }
    const byHash = this.db.prepare('SELECT id, name FROM sources WHERE text_hash = ? AND deleted_at IS NULL').get(hash) as
      | { id: string; name: string }
      | undefined
    if (byHash) {
      this.warnings.push(msg('refi.warn.sameText', { name: o.name, other: byHash.name }))
      return this.reuse(byHash.id, o.caseId)
    }
    insertSource(this.w, {
      id,
      name: this.uniqueSourceName(o.name),
      text: o.text,
      caseId: o.caseId,
      originalName: o.originalName,
      originalType: o.encoding === 'docx' ? 'docx' : 'txt',
      originalData: o.bytes,
      encoding: o.encoding,
      importedAt: this.now,
      importedBy: o.importedBy ?? this.ctx.actor
    })
    this.counts.sources++
    return id
  }

  private reuse(id: string, caseId: string | null): string {
    this.counts.skipped++
    if (caseId) {
      const cur = (this.db.prepare('SELECT case_id, chars FROM sources WHERE id = ?').get(id) as { case_id: string | null; chars: number })
      if (!cur.case_id) this.w.update('sources', id, { case_id: caseId })
      else if (cur.case_id !== caseId) this.caseSegment(caseId, id, 0, cur.chars, null)
    }
    return id
  }

  private uniqueSourceName(name: string): string {
    const taken = (n: string): boolean =>
      this.db.prepare('SELECT 1 FROM sources WHERE name = ? AND deleted_at IS NULL').get(n) !== undefined
    const base = name.replace(/\s+/g, ' ').trim().slice(0, 250) || 'Fonte importata'
    if (!taken(base)) return base
    for (let i = 2; ; i++) if (!taken(`${base} (${i})`)) return `${base} (${i})`
  }

  caseSegment(caseId: string, sourceId: string, start: number, end: number, guid: string | null): void {
    if (end <= start) return
    const id = guid ? this.idFor(guid) : newId()
    if (this.exists('case_segments', id)) return void this.counts.skipped++
    const dup = this.db
      .prepare('SELECT 1 FROM case_segments WHERE case_id = ? AND source_id = ? AND start = ? AND "end" = ?')
      .get(caseId, sourceId, start, end)
    if (!dup) this.w.insert('case_segments', { id, case_id: caseId, source_id: sourceId, start, end })
  }

  /** One coding, unless its UUID or an identical coding (source, code, coder, span) is already here. */
  coding(o: { guid: string; sourceId: string; codeId: string; coderId: string; start: number; end: number; quote: string; comment: string | null; createdAt: string }): string | null {
    const id = this.idFor(o.guid || `${o.sourceId}:${o.start}:${o.end}:${o.codeId}`)
    if (this.exists('codings', id)) return (this.counts.skipped++, id)
    const dup = this.stmt('SELECT id FROM codings WHERE source_id = ? AND code_id = ? AND coder_id = ? AND start = ? AND "end" = ?')
      .get(o.sourceId, o.codeId, o.coderId, o.start, o.end) as { id: string } | undefined
    if (dup) return (this.counts.skipped++, dup.id)
    insertCoding(this.w, { ...o, id })
    this.counts.codings++
    if (this.counts.codings % 200 === 0) checkCancelled(this.ctx)
    return id
  }
}
