import { onUndoRedo, type Change } from '../../../db/op-log'
import type { ProjectFile } from '../../../db/project-file'
import { cleanState, isCurrent, runRecipe, writeClean } from './clean-store'
import { datasetById } from '../storage/dataset-rows'

/**
 * Undo and redo restore recipe versions, variable definitions and appended waves through the
 * operation log; the clean layer is derived from them, so it is recomputed here, in the same
 * transaction, for every top-level dataset the undone operation touched.
 */
function touchedDatasets(project: ProjectFile, changes: Change[]): Set<string> {
  const ids = new Set<string>()
  for (const c of changes) {
    if (c.t === 'datasets') ids.add(c.id)
    else if (c.t === 'recipes' || c.t === 'variables') {
      const row = (c.a ?? c.b) as { dataset_id?: string } | null
      if (row?.dataset_id) ids.add(row.dataset_id)
      else {
        const table = c.t
        const r = project.sqlite.prepare(`SELECT dataset_id FROM ${table} WHERE id = ?`).get(c.id) as
          | { dataset_id: string }
          | undefined
        if (r) ids.add(r.dataset_id)
      }
    }
  }
  const top = new Set<string>()
  for (const id of ids) {
    const ds = datasetById(project, id)
    if (!ds) continue
    const root = ds.parent_id ? datasetById(project, ds.parent_id) : ds
    if (root && root.deleted_at === null) top.add(root.id)
  }
  return top
}

function rebuild(project: ProjectFile, changes: Change[]): void {
  for (const id of touchedDatasets(project, changes)) {
    const ds = datasetById(project, id)!
    const state = cleanState(project, id)
    if (isCurrent(project, ds, state)) continue
    writeClean(project, ds, runRecipe(project, ds, { keepBase: true }))
  }
}

let registered = false
if (!registered) {
  registered = true
  onUndoRedo('recipes', rebuild)
  onUndoRedo('datasets', rebuild)
  onUndoRedo('variables', rebuild)
}
