import { newId, nowIso } from '../../db/ids'
import { mutate, type Writer } from '../../db/op-log'
import type { ProjectFile } from '../../db/project-file'
import { msg } from '../../../shared/messages'

type Row = Record<string, unknown>

/** What a template carries, counted: shown after save and after "new from template". */
export interface StructureCounts {
  areas: number
  actions: number
  organisations: number
  sections: number
  sdgs: number
  activityKinds: number
  codes: number
  attributes: number
  indicators: number
  tables: number
  recipes: number
  /** Coder names taken out of coding indicators' filters: a template holds no personal data. */
  coderFiltersRemoved: number
}

const all = (p: ProjectFile, sql: string, ...args: unknown[]): Row[] => p.sqlite.prepare(sql).all(...args) as Row[]

/**
 * Copies a project's structure into another (new, empty) project inside one transaction: programme
 * details, areas, the partnership (promoter and partners, not the companies reached: those are
 * data), actions with their SDG links, adopted SDGs, report sections, activity kinds and participant
 * lists, the codebook with its links, case attribute definitions, indicator definitions, report
 * tables and the latest cleaning recipe of each questionnaire. Never: activities, persons,
 * participations, sources, codings, memos, cases, questionnaire data, coders, joint displays.
 * Every entity gets a new UUID; SDG goals and targets are matched by their code.
 */
export function copyStructure(from: ProjectFile, to: ProjectFile, actor: string): StructureCounts {
  const counts: StructureCounts = {
    areas: 0, actions: 0, organisations: 0, sections: 0, sdgs: 0, activityKinds: 0, codes: 0, attributes: 0, indicators: 0, tables: 0, recipes: 0,
    coderFiltersRemoved: 0
  }
  const ids = new Map<string, string>()
  const map = (id: unknown): string | null => (typeof id === 'string' ? (ids.get(id) ?? null) : null)
  const fresh = (id: unknown): string => {
    const n = newId()
    ids.set(id as string, n)
    return n
  }
  // SDG rows exist in both projects (migration 0005): map by goal number and target code.
  const goalIds = new Map(all(to, 'SELECT id, number FROM sdg_goals').map((g) => [g.number, g.id as string]))
  const targetIds = new Map(all(to, 'SELECT id, code FROM sdg_targets').map((t) => [t.code, t.id as string]))
  for (const g of all(from, 'SELECT id, number FROM sdg_goals')) if (goalIds.has(g.number)) ids.set(g.id as string, goalIds.get(g.number)!)
  for (const t of all(from, 'SELECT id, code FROM sdg_targets')) if (targetIds.has(t.code)) ids.set(t.id as string, targetIds.get(t.code)!)

  mutate(
    to,
    { actor, kind: 'template.copy', summary: msg('template.op.copy') },
    (w: Writer) => {
      const p = all(from, 'SELECT * FROM programmes ORDER BY rowid LIMIT 1')[0]
      if (p)
        w.insert('programmes', {
            id: fresh(p.id),
            name: p.name,
            full_name: p.full_name,
            promoter: p.promoter,
            period_start: p.period_start,
            period_end: p.period_end,
            area: p.area,
            description: p.description,
            area_label: p.area_label
          })
      for (const a of all(from, 'SELECT * FROM areas ORDER BY sort'))
        w.insert('areas', { id: fresh(a.id), name: a.name, sort: a.sort }), counts.areas++
      const partners = all(from, "SELECT * FROM organisations WHERE kind IN ('promoter', 'partner') ORDER BY name")
      for (const o of partners) {
        w.insert('organisations', {
          id: fresh(o.id),
          name: o.name,
          kind: o.kind,
          org_type: o.org_type,
          sector: o.sector,
          size_class: o.size_class,
          employees: o.employees,
          area_id: map(o.area_id),
          notes: o.notes
        })
        counts.organisations++
      }
      const actions = all(from, 'SELECT * FROM actions ORDER BY sort')
      const programmeId = p ? ids.get(p.id as string)! : actions.length ? w.insert('programmes', { name: '' }) : null
      for (const a of actions) {
        w.insert('actions', {
          id: fresh(a.id),
          programme_id: programmeId,
          code: a.code,
          name: a.name,
          description: a.description,
          sort: a.sort,
          period_start: a.period_start,
          period_end: a.period_end,
          lead_id: map(a.lead_id)
        })
        counts.actions++
      }
      for (const m of all(from, 'SELECT * FROM organisation_actions'))
        if (ids.has(m.organisation_id as string) && ids.has(m.action_id as string))
          w.insert('organisation_actions', { organisation_id: map(m.organisation_id), action_id: map(m.action_id), role: m.role, joined_on: m.joined_on })
      for (const s of all(from, 'SELECT * FROM action_sdgs'))
        if (map(s.goal_id)) w.insert('action_sdgs', { action_id: map(s.action_id), goal_id: map(s.goal_id), target_id: map(s.target_id) })
      for (const s of all(from, 'SELECT * FROM sdg_adoptions'))
        if (map(s.goal_id) && (s.target_id === null || map(s.target_id)))
          w.insert('sdg_adoptions', { goal_id: map(s.goal_id), target_id: map(s.target_id) }), counts.sdgs++
      for (const s of all(from, 'SELECT * FROM report_sections ORDER BY number'))
        w.insert('report_sections', { id: fresh(s.id), number: s.number, title: s.title, title_en: s.title_en, description: s.description }), counts.sections++

      // The lists are the template's, not the presets the new file was born with.
      for (const k of all(to, 'SELECT id FROM activity_kinds')) w.remove('activity_kinds', k.id as string)
      for (const k of all(from, 'SELECT * FROM activity_kinds ORDER BY sort')) w.insert('activity_kinds', { name: k.name, sort: k.sort }), counts.activityKinds++
      for (const v of all(to, 'SELECT id FROM participant_values')) w.remove('participant_values', v.id as string)
      for (const v of all(from, 'SELECT * FROM participant_values ORDER BY list, sort')) w.insert('participant_values', { list: v.list, code: v.code, sort: v.sort })

      // Parents before children: a code's parent is inserted first.
      const codes = all(from, 'SELECT * FROM codes')
      const placed = new Set<string>()
      while (placed.size < codes.length) {
        const before = placed.size
        for (const c of codes) {
          if (placed.has(c.id as string) || (c.parent_id !== null && !placed.has(c.parent_id as string))) continue
          w.insert('codes', {
            id: fresh(c.id),
            parent_id: map(c.parent_id),
            name: c.name,
            color: c.color,
            definition: c.definition,
            when_to_use: c.when_to_use,
            when_not_to_use: c.when_not_to_use,
            example: c.example,
            shortcut: c.shortcut,
            sort: c.sort,
            created_at: nowIso(),
            created_by: null
          })
          placed.add(c.id as string)
          counts.codes++
        }
        if (placed.size === before) break
      }
      for (const a of all(from, 'SELECT * FROM attributes ORDER BY sort'))
        w.insert('attributes', { id: fresh(a.id), name: a.name, type: a.type, choices: a.choices, sort: a.sort }), counts.attributes++

      for (const i of all(from, 'SELECT * FROM indicators ORDER BY sort')) {
        let spec = i.spec as string
        try {
          const parsed = JSON.parse(spec) as { source?: string; coders?: unknown }
          if (parsed.source === 'coding' && parsed.coders !== undefined) {
            delete parsed.coders
            spec = JSON.stringify(parsed)
            counts.coderFiltersRemoved++
          }
        } catch {
          // copied as it is: the indicator reports its unreadable spec in the new project too
        }
        w.insert('indicators', {
          id: fresh(i.id),
          code: i.code,
          name: i.name,
          name_en: i.name_en,
          definition: i.definition,
          unit: i.unit,
          kind: i.kind,
          action_id: map(i.action_id),
          section_id: map(i.section_id),
          source_kind: i.source_kind,
          spec,
          disaggregations: i.disaggregations,
          baseline: i.baseline,
          target: i.target,
          sort: i.sort,
          baseline_year: i.baseline_year,
          baseline_source: i.baseline_source,
          milestone: i.milestone,
          milestone_year: i.milestone_year,
          target_year: i.target_year,
          direction: i.direction,
          responsible_id: map(i.responsible_id)
        })
        counts.indicators++
      }
      for (const s of all(from, 'SELECT * FROM indicator_sdgs'))
        if (map(s.indicator_id) && map(s.goal_id))
          w.insert('indicator_sdgs', { indicator_id: map(s.indicator_id), goal_id: map(s.goal_id), target_id: map(s.target_id) })
      for (const l of all(from, 'SELECT * FROM code_links')) {
        const target = map(l.target_id)
        if (map(l.code_id) && target) w.insert('code_links', { code_id: map(l.code_id), target_kind: l.target_kind, target_id: target })
      }
      for (const t of all(from, 'SELECT * FROM report_tables ORDER BY sort')) {
        w.insert('report_tables', { section_id: map(t.section_id), number: t.number, title: t.title, spec: t.spec, chart: t.chart, notes: t.notes, sort: t.sort })
        counts.tables++
      }
      const recipes = new Map<string, string>()
      for (const r of all(from, 'SELECT dataset_name, steps FROM recipe_templates')) recipes.set(r.dataset_name as string, r.steps as string)
      for (const r of all(
        from,
        `SELECT d.name, r.steps FROM datasets d JOIN recipes r ON r.dataset_id = d.id AND r.version = d.recipe_version
         WHERE d.deleted_at IS NULL AND d.parent_id IS NULL`
      ))
        recipes.set(r.name as string, r.steps as string)
      for (const [name, steps] of recipes) w.insert('recipe_templates', { dataset_name: name, steps, created_at: nowIso() }), counts.recipes++
    },
    { log: false }
  )
  return counts
}
