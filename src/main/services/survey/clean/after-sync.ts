import { Writer, type Change } from '../../../db/op-log'
import type { ProjectFile } from '../../../db/project-file'
import { datasetById } from '../storage/dataset-rows'
import { runRecipe, writeClean } from './clean-store'
import { syncVariables } from './variable-sync'

/**
 * After other members' operations touched questionnaires, each copy derives the rest itself: the
 * variables the winning recipe produces (their ids are derived from the recipe, so every copy gets
 * the same rows), the clean layer and the cached base columns. Unlogged: derived data, not an
 * operation anyone made. A recipe that cannot run here (it needs a variable an unfinished sync has
 * not brought yet) leaves the dataset as it was; the next sync derives it again.
 */
export function rebuildAfterSync(project: ProjectFile, changes: Change[]): string[] {
  const ids = new Set<string>()
  for (const c of changes) {
    if (c.t === 'datasets') ids.add(c.id)
    else if (c.t === 'recipes' || c.t === 'variables') {
      const row = (c.a ?? c.b) as { dataset_id?: string } | null
      const dataset =
        row?.dataset_id ??
        (project.stmt(`SELECT dataset_id FROM ${c.t} WHERE id = ?`).get(c.id) as { dataset_id: string } | undefined)?.dataset_id
      if (dataset) ids.add(dataset)
    }
  }
  const roots = new Set<string>()
  for (const id of ids) {
    const ds = datasetById(project, id)
    if (!ds) continue
    const root = ds.parent_id ? datasetById(project, ds.parent_id) : ds
    if (root && root.deleted_at === null) roots.add(root.id)
  }
  const failed: string[] = []
  for (const id of roots) {
    const ds = datasetById(project, id)!
    try {
      project.sqlite.exec('SAVEPOINT after_sync')
      const run = runRecipe(project, ds, { keepBase: true })
      syncVariables(new Writer(project, null), ds.id, run.frame)
      writeClean(project, datasetById(project, ds.id)!, run)
      project.sqlite.exec('RELEASE after_sync')
    } catch {
      project.sqlite.exec('ROLLBACK TO after_sync')
      project.sqlite.exec('RELEASE after_sync')
      failed.push(id)
    }
  }
  return failed
}
