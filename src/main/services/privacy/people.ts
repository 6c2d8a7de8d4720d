import type { KeyStatusDto, PersonHitDto } from '../../../shared/privacy-results'
import type { ProjectFile } from '../../db/project-file'
import type { Ctx } from '../context'
import { tableExists } from './detect/roster'
import { fold } from './text/tokens'

/**
 * People whose name contains `text` (any case, accents folded): person cases and the register's
 * participants who are not pseudonyms. What the erasure dialog searches before previewing.
 */
export function findPeople(ctx: Ctx, text: string, limit = 20): PersonHitDto[] {
  const p = ctx.project
  const want = fold(text.trim().normalize('NFC'))
  const out: PersonHitDto[] = []
  const seen = new Set<string>()
  const add = (name: string, kind: PersonHitDto['kind']): void => {
    const k = fold(name)
    if (seen.has(k) || (want && !k.includes(want))) return
    seen.add(k)
    out.push({ name, kind })
  }
  for (const r of p.stmt("SELECT name FROM cases WHERE kind = 'person' ORDER BY name").all() as { name: string }[]) add(r.name, 'case')
  if (tableExists(p, 'persons'))
    for (const r of p.stmt('SELECT name FROM persons WHERE pseudonym = 0 ORDER BY name').all() as { name: string }[]) add(r.name, 'participant')
  return out.sort((a, b) => a.name.localeCompare(b.name, 'it')).slice(0, limit)
}

/** How many entries the pseudonym key holds, by kind (what the key dialog shows: no real names). */
export function keyStatus(project: ProjectFile): KeyStatusDto {
  const byKind = project.stmt('SELECT kind, COUNT(*) count FROM privacy_key GROUP BY kind ORDER BY kind').all() as { kind: string; count: number }[]
  return { entries: byKind.reduce((n, k) => n + k.count, 0), byKind }
}
