import {
  REGISTER_DIMENSIONS,
  REGISTER_MEASURES,
  SURVEY_STATISTICS,
  type IndicatorOptionsDto
} from '../../../shared/ipc/indicators'
import type { Ctx } from '../context'
import { codePath } from './coding-compute'
import { loadCodings } from './coding-data'
import { adoptedCodes, sdgOrder } from '../programme/sdg-adoption'

/** What the indicator editor can pick from. */
export function indicatorOptions(ctx: Ctx): IndicatorOptionsDto {
  const db = ctx.project.sqlite
  const datasets = db.prepare('SELECT id, name, recipe_version FROM datasets WHERE deleted_at IS NULL ORDER BY name').all() as {
    id: string
    name: string
    recipe_version: number
  }[]
  const vars = db
    .prepare("SELECT dataset_id, name, label, type, role, value_labels FROM variables WHERE role != 'dropped' ORDER BY position")
    .all() as { dataset_id: string; name: string; label: string | null; type: string; role: string; value_labels: string | null }[]
  const parseLabels = (s: string | null): { value: string | number; label: string }[] => {
    try {
      return s ? (JSON.parse(s) as { value: string | number; label: string }[]) : []
    } catch {
      return []
    }
  }
  const snap = loadCodings(ctx)
  const goals = db.prepare('SELECT id, number, title FROM sdg_goals ORDER BY number').all() as { id: string; number: number; title: string }[]
  const targets = (db.prepare('SELECT goal_id, code FROM sdg_targets').all() as { goal_id: string; code: string }[]).sort((a, b) =>
    sdgOrder(a.code, b.code)
  )
  const adopted = new Set(adoptedCodes(ctx))
  return {
    datasets: datasets.map((d) => ({
      id: d.id,
      name: d.name,
      recipeVersion: d.recipe_version,
      variables: vars
        .filter((v) => v.dataset_id === d.id)
        .map((v) => ({ name: v.name, label: v.label, type: v.type, role: v.role, categories: parseLabels(v.value_labels) }))
    })),
    codes: snap.codes.map((c) => ({ id: c.id, path: codePath(snap, c.id) })).sort((a, b) => a.path.localeCompare(b.path, 'it')),
    actions: db.prepare('SELECT id, code, name FROM actions ORDER BY sort').all() as IndicatorOptionsDto['actions'],
    sections: db.prepare('SELECT id, number, title FROM report_sections ORDER BY number').all() as IndicatorOptionsDto['sections'],
    sdgs: goals.map((g) => {
      const codes = targets.filter((t) => t.goal_id === g.id).map((t) => t.code)
      const adoptedTargets = codes.filter((c) => adopted.has(c))
      return { number: g.number, title: g.title, targets: codes, adopted: adopted.has(String(g.number)) || adoptedTargets.length > 0, adoptedTargets }
    }),
    areas: (db.prepare('SELECT name FROM areas ORDER BY sort, name').all() as { name: string }[]).map((a) => a.name),
    organisations: db.prepare('SELECT id, name, kind FROM organisations ORDER BY name').all() as IndicatorOptionsDto['organisations'],
    registerMeasures: [...REGISTER_MEASURES],
    registerDimensions: [...REGISTER_DIMENSIONS],
    activityKinds: (db.prepare('SELECT name FROM activity_kinds ORDER BY sort, name').all() as { name: string }[]).map((k) => k.name),
    caseAttributes: (db.prepare('SELECT name FROM attributes ORDER BY sort, name').all() as { name: string }[]).map((a) => a.name),
    statistics: [...SURVEY_STATISTICS]
  }
}
