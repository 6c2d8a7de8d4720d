import { EsitiError } from '../../../../shared/errors'
import type { VariableTable } from '../../../db/schema'
import type { Ctx } from '../../context'
import { decodeClean } from './codec'
import { activeRows, cleanBlob, ensureClean, hasWaves, loadParts, waveVariableId } from '../clean/clean-store'
import { recipeSteps, resolveDataset, variablesOf } from './dataset-rows'
import type { CleanValue, DatasetFrame, ValueLabel, VariableMeta, VariableType } from '../frame'
import { startFrame } from '../clean/base-cache'
import type { ImportStep } from '../recipe/steps'
import type { WorkVar } from '../recipe/work-frame'
import '../clean/undo-hooks'
import { storedJson, storedList } from '../../../db/stored-json'

/**
 * The read side used by indicators and exports. 'clean' (default): the recipe's result, excluded rows
 * removed, straight from the stored clean columns (decoded lazily, one column at a time). 'raw': the
 * import's own variables converted from the raw cells, every row, no cleaning step applied.
 */
export function loadDatasetFrame(ctx: Ctx, nameOrId: string, opts: { layer?: 'clean' | 'raw' } = {}): DatasetFrame {
  const ds = resolveDataset(ctx, nameOrId)
  const project = ctx.project
  if (opts.layer === 'raw') {
    const steps = recipeSteps(project, ds)
    const wave = hasWaves(project, ds) ? { id: waveVariableId(ds.id) } : null
    const { frame } = startFrame(project, ds.id, loadParts(project, ds), steps[0] as ImportStep, wave)
    return frameOf(ds.id, ds.name, ds.recipe_version, frame.n, frame.vars.map(metaOfWork), (name) => {
      const v = frame.vars.find((x) => x.name === name)
      return v ? v.values : undefined
    })
  }
  const state = ensureClean(project, ds)
  const rows = variablesOf(project, ds.id).filter((v) => v.role !== 'dropped')
  const byName = new Map(rows.map((r) => [r.name, r.id]))
  // Columns hold every row: the excluded ones are left out here.
  const active = state.excluded.length ? activeRows(state) : null
  return frameOf(ds.id, ds.name, ds.recipe_version, state.rowCount, rows.map(metaOfRow), (name) => {
    const id = byName.get(name)
    const blob = id ? cleanBlob(project, ds.id, state, id) : undefined
    if (!blob) return undefined
    const all = decodeClean(blob)
    return active ? active.map((r) => all[r]) : all
  })
}

function frameOf(
  id: string,
  name: string,
  recipeVersion: number,
  rowCount: number,
  variables: VariableMeta[],
  load: (name: string) => CleanValue[] | undefined
): DatasetFrame {
  const cache = new Map<string, CleanValue[]>()
  return {
    id,
    name,
    recipeVersion,
    rowCount,
    variables,
    column(col: string): CleanValue[] {
      let values = cache.get(col)
      if (!values) {
        values = load(col)
        if (!values) {
          const known = variables.map((v) => v.name)
          throw new EsitiError('NOT_FOUND', 'survey.variableNotFoundList', { v: col, dataset: name, names: known.length > 12 ? [...known.slice(0, 12), '…'] : known })
        }
        cache.set(col, values)
      }
      return values
    },
    release(col: string): void {
      cache.delete(col)
    }
  }
}

export function metaOfRow(r: VariableTable): VariableMeta {
  const list = <T>(s: string | null, column: string): T[] => (s ? storedList<T>(s, { table: 'variables', column, id: r.id }) : [])
  const valueLabels = list<ValueLabel>(r.value_labels, 'value_labels')
  const type = r.type as VariableType
  const d: Pick<VariableMeta, 'nonSubstantive' | 'identifier' | 'notAsked' | 'note'> = r.details ? storedJson(r.details, { table: 'variables', column: 'details', id: r.id }) : {}
  return {
    id: r.id,
    name: r.name,
    label: r.label,
    type,
    role: (r.role === 'dropped' ? 'question' : r.role) as VariableMeta['role'],
    valueLabels,
    missingCodes: list<string | number>(r.missing_codes, 'missing_codes'),
    ...(type === 'multi' ? { options: valueLabels.map((l) => String(l.value)) } : {}),
    ...(d.nonSubstantive ? { nonSubstantive: d.nonSubstantive } : {}),
    ...(d.identifier ? { identifier: d.identifier } : {}),
    ...(d.notAsked ? { notAsked: d.notAsked } : {}),
    ...(d.note ? { note: d.note } : {})
  }
}

export function metaOfWork(v: WorkVar): VariableMeta {
  return {
    id: v.id,
    name: v.name,
    label: v.label,
    type: v.type,
    role: v.role,
    valueLabels: v.valueLabels,
    missingCodes: v.missingCodes,
    ...(v.type === 'multi' ? { options: v.options ?? [] } : {}),
    ...(v.nonSubstantive ? { nonSubstantive: v.nonSubstantive } : {}),
    ...(v.identifier ? { identifier: v.identifier } : {}),
    ...(v.notAsked ? { notAsked: v.notAsked } : {}),
    ...(v.note ? { note: v.note } : {})
  }
}
