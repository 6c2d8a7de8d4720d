import type { Ctx } from '../context'
import { nameKey } from '../programme/common'

interface Named {
  id: string
  name: string
}
export interface ActionRef extends Named {
  code: string
}
export interface OrgRef extends Named {
  kind: string
}

/**
 * Actions, organisations, areas, activity kinds, the participant lists and the programme period,
 * loaded once per write so that validating an import of hundreds of rows does not query per cell.
 * Look-ups accept an id, an exact name/code or the same ignoring case.
 */
export class RegisterRefs {
  readonly actions: ActionRef[]
  readonly organisations: OrgRef[]
  readonly areas: Named[]
  readonly kinds: string[]
  readonly genders: string[]
  readonly ageBands: string[]
  readonly period: { start: string | null; end: string | null }
  readonly areaLabel: string | null
  private readonly actionKeys = new Map<string, ActionRef>()
  private readonly orgKeys = new Map<string, OrgRef>()
  private readonly areaKeys = new Map<string, Named>()
  private readonly kindKeys = new Map<string, string>()

  constructor(ctx: Ctx) {
    const db = ctx.project.sqlite
    this.actions = db.prepare('SELECT id, code, name FROM actions ORDER BY sort, code').all() as ActionRef[]
    this.organisations = db.prepare('SELECT id, name, kind FROM organisations ORDER BY name').all() as OrgRef[]
    this.areas = db.prepare('SELECT id, name FROM areas ORDER BY sort, name').all() as Named[]
    this.kinds = (db.prepare('SELECT name FROM activity_kinds ORDER BY sort, name').all() as { name: string }[]).map((k) => k.name)
    const values = db.prepare('SELECT list, code FROM participant_values ORDER BY sort, code').all() as { list: string; code: string }[]
    this.genders = values.filter((v) => v.list === 'gender').map((v) => v.code)
    this.ageBands = values.filter((v) => v.list === 'ageBand').map((v) => v.code)
    const p = db.prepare('SELECT period_start s, period_end e, area_label l FROM programmes ORDER BY rowid LIMIT 1').get() as
      | { s: string | null; e: string | null; l: string | null }
      | undefined
    this.period = { start: p?.s ?? null, end: p?.e ?? null }
    this.areaLabel = p?.l ?? null
    for (const a of this.actions) {
      this.actionKeys.set(a.id, a)
      this.actionKeys.set(nameKey(a.name), a)
      this.actionKeys.set(nameKey(a.code), a)
    }
    for (const o of this.organisations) {
      this.orgKeys.set(o.id, o)
      this.orgKeys.set(nameKey(o.name), o)
    }
    for (const a of this.areas) {
      this.areaKeys.set(a.id, a)
      this.areaKeys.set(nameKey(a.name), a)
    }
    for (const k of this.kinds) this.kindKeys.set(nameKey(k), k)
  }

  action(key: string): ActionRef | undefined {
    return this.actionKeys.get(key) ?? this.actionKeys.get(nameKey(key))
  }

  organisation(key: string): OrgRef | undefined {
    return this.orgKeys.get(key) ?? this.orgKeys.get(nameKey(key))
  }

  area(key: string): Named | undefined {
    return this.areaKeys.get(key) ?? this.areaKeys.get(nameKey(key))
  }

  /** The kind as the programme spells it ("Webinar" finds "webinar"). */
  kind(key: string): string | undefined {
    return this.kindKeys.get(nameKey(key))
  }

  gender(code: string): string | undefined {
    return this.genders.find((g) => g === code) ?? this.genders.find((g) => nameKey(g) === nameKey(code))
  }

  ageBand(code: string): string | undefined {
    const norm = (s: string) => nameKey(s).replace(/[–—]/g, '-').replace(/\s+/g, '')
    return this.ageBands.find((b) => b === code) ?? this.ageBands.find((b) => norm(b) === norm(code))
  }
}
