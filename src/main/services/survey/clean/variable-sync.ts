import type { Writer } from '../../../db/op-log'
import type { VariableTable } from '../../../db/schema'
import { variablesOf } from '../storage/dataset-rows'
import type { WorkFrame, WorkVar } from '../recipe/work-frame'

/**
 * Keeps the variables table equal to what the recipe produces: names, labels, types, categories and
 * missing codes as the clean layer has them. Every change goes through the Writer, so undo restores
 * the previous definitions together with the previous recipe version.
 */

type Row = Omit<VariableTable, 'id' | 'dataset_id'>

function rowOf(v: WorkVar, position: number): Row {
  return {
    position,
    name: v.name,
    label: v.label,
    type: v.type,
    role: v.dropped ? 'dropped' : v.role,
    value_labels: v.valueLabels.length ? JSON.stringify(v.valueLabels) : null,
    missing_codes: v.missingCodes.length ? JSON.stringify(v.missingCodes) : null,
    set_id: null,
    source_columns: v.columns.length ? JSON.stringify(v.columns) : null,
    derived: v.derivedBy
      ? JSON.stringify(v.derivedBy)
      : v.role === 'metadata' && v.columns.length === 0
        ? JSON.stringify({ kind: 'wave' })
        : null,
    details: detailsOf(v)
  }
}

/** What a variable carries beyond its type and categories (variables.details, migration 0006). */
export function detailsOf(v: Pick<WorkVar, 'nonSubstantive' | 'identifier' | 'notAsked' | 'note' | 'percent'>): string | null {
  const d = {
    ...(v.nonSubstantive ? { nonSubstantive: v.nonSubstantive } : {}),
    ...(v.identifier ? { identifier: v.identifier } : {}),
    ...(v.notAsked ? { notAsked: v.notAsked } : {}),
    ...(v.note ? { note: v.note } : {}),
    ...(v.percent ? { percent: v.percent } : {})
  }
  return Object.keys(d).length ? JSON.stringify(d) : null
}

/** Dropped variables keep their row (the raw layer needs it) under a name that frees theirs. */
function finalNames(frame: WorkFrame): Map<WorkVar, string> {
  const taken = new Set(frame.vars.filter((v) => !v.dropped).map((v) => v.name.toLowerCase()))
  const out = new Map<WorkVar, string>()
  for (const v of frame.vars) {
    if (!v.dropped) {
      out.set(v, v.name)
      continue
    }
    let name = v.name
    if (taken.has(name.toLowerCase())) name = `${v.name}~${v.id.slice(0, 8)}`
    taken.add(name.toLowerCase())
    out.set(v, name)
  }
  return out
}

export function syncVariables(w: Writer, datasetId: string, frame: WorkFrame, owned = false): void {
  const db = w.project.sqlite
  const existing = new Map(variablesOf(w.project, datasetId).map((r) => [r.id, r]))
  const names = finalNames(frame)
  const wanted = new Map<string, Row>()
  frame.vars.forEach((v, i) => wanted.set(v.id, { ...rowOf(v, i), name: names.get(v)! }))

  for (const [id] of existing)
    if (!wanted.has(id)) {
      // Its clean column is derived data: drop it first so the log does not copy it.
      db.prepare('DELETE FROM column_data WHERE variable_id = ?').run(id)
      w.remove('variables', id)
    }

  const patches = new Map<string, Partial<Row>>()
  for (const [id, row] of wanted) {
    const cur = existing.get(id)
    if (!cur) continue
    const patch: Partial<Row> = {}
    for (const k of Object.keys(row) as (keyof Row)[]) if (cur[k] !== row[k]) (patch as Record<string, unknown>)[k] = row[k]
    if (Object.keys(patch).length) patches.set(id, patch)
  }
  // Renames may swap names: park the renamed rows under unique names first.
  for (const [id, patch] of patches) if (patch.name !== undefined) w.update('variables', id, { name: `~${id}` })
  for (const [id, patch] of patches) w.update('variables', id, patch)

  for (const [id, row] of wanted)
    if (!existing.has(id)) {
      const full = { id, dataset_id: datasetId, ...row }
      if (owned) w.insertOwned('variables', full)
      else w.insert('variables', full)
    }
}
