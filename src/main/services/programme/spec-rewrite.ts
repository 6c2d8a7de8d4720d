import type { Writer } from '../../db/op-log'

/** The parts of a register spec that name programme entities by their names. */
export interface NamedSpecParts {
  source: 'register'
  areas?: string[]
  orgAreas?: string[]
  kinds?: string[]
  [k: string]: unknown
}

/**
 * Applies `fn` to every register indicator's spec inside the caller's transaction and writes back
 * the ones it changed, so that renaming an area or an activity kind keeps every filter pointing at
 * it (logged with the rename, undone with it). Unreadable specs are left for the indicator to report.
 */
export function rewriteRegisterSpecs(w: Writer, fn: (spec: NamedSpecParts, code: string) => NamedSpecParts): void {
  const rows = w.project.sqlite.prepare("SELECT id, code, spec FROM indicators WHERE source_kind = 'register'").all() as {
    id: string
    code: string
    spec: string
  }[]
  for (const r of rows) {
    let spec: NamedSpecParts
    try {
      spec = JSON.parse(r.spec)
    } catch {
      continue
    }
    const next = JSON.stringify(fn(spec, r.code))
    if (next !== JSON.stringify(spec)) w.update('indicators', r.id, { spec: next })
  }
}
