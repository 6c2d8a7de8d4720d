import type { Ctx } from '../context'
import { fail, nameKey } from './common'

export interface OrgRef {
  id: string
  name: string
  kind: string
}

/** Organisations by id or name (any case), loaded once per write so that imports do not query per row. */
export class OrganisationRefs {
  readonly all: OrgRef[]
  private readonly byKey = new Map<string, OrgRef>()
  constructor(ctx: Ctx) {
    this.all = ctx.project.sqlite.prepare('SELECT id, name, kind FROM organisations ORDER BY name').all() as OrgRef[]
    for (const o of this.all) {
      this.byKey.set(o.id, o)
      this.byKey.set(nameKey(o.name), o)
    }
  }
  find(ref: string): OrgRef | undefined {
    return this.byKey.get(ref) ?? this.byKey.get(nameKey(ref))
  }
  get(ref: string): OrgRef {
    const o = this.find(ref)
    if (!o) throw fail('NOT_FOUND', 'programme.organisationUnknown', { name: ref })
    return o
  }
}
