import type { Ctx } from '../context'

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

const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('it')

/**
 * Actions, organisations and the programme period, loaded once per write so that validating an
 * import of hundreds of rows does not query per cell. Look-ups accept an id, an exact name/code
 * or the same ignoring case.
 */
export class RegisterRefs {
  readonly actions: ActionRef[]
  readonly organisations: OrgRef[]
  readonly period: { start: string | null; end: string | null }
  private readonly actionKeys = new Map<string, ActionRef>()
  private readonly orgKeys = new Map<string, OrgRef>()

  constructor(ctx: Ctx) {
    const db = ctx.project.sqlite
    this.actions = db.prepare('SELECT id, code, name FROM actions ORDER BY sort, code').all() as ActionRef[]
    this.organisations = db.prepare('SELECT id, name, kind FROM organisations ORDER BY name').all() as OrgRef[]
    const p = db.prepare('SELECT period_start s, period_end e FROM programmes LIMIT 1').get() as
      | { s: string | null; e: string | null }
      | undefined
    this.period = { start: p?.s ?? null, end: p?.e ?? null }
    for (const a of this.actions) {
      this.actionKeys.set(a.id, a)
      this.actionKeys.set(fold(a.name), a)
      this.actionKeys.set(fold(a.code), a)
    }
    for (const o of this.organisations) {
      this.orgKeys.set(o.id, o)
      this.orgKeys.set(fold(o.name), o)
    }
  }

  action(key: string): ActionRef | undefined {
    return this.actionKeys.get(key) ?? this.actionKeys.get(fold(key))
  }

  organisation(key: string): OrgRef | undefined {
    return this.orgKeys.get(key) ?? this.orgKeys.get(fold(key))
  }
}
