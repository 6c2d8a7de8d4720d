import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile, type ProjectFile } from '../../../src/main/db/project-file'
import { makeCtx } from '../../../src/main/services/context'
import { computeIndicators } from '../../../src/main/services/indicators/compute-indicators'
import { programmeOverview } from '../../../src/main/services/programme/programme-service'
import { saveTemplate } from '../../../src/main/services/template/template-service'
import { writeDemoQuestionnaires } from '../../../src/main/demo/questionnaires/generate'
import { COMPANY_SHEET } from '../../../src/main/demo/questionnaires/companies'
import { DEMO_DATASETS } from '../../../src/main/demo/questionnaires/variables'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

const tmp = tempDir('esiti-template-')
const demo = path.join(tmp.dir, 'mire.esiti')
const template = path.join(tmp.dir, 'modello.esiti')
afterAll(() => tmp.cleanup())

const DATA_TABLES = ['activities', 'participations', 'persons', 'sources', 'codings', 'cases', 'case_values', 'memos', 'datasets', 'variables', 'column_data', 'coders', 'joint_displays', 'coding_decisions', 'activity_organisations', 'op_log']
const count = (p: ProjectFile, table: string) => (p.sqlite.prepare(`SELECT COUNT(*) n FROM ${table}`).get() as { n: number }).n

beforeAll(async () => {
  expect((await cli('new', demo, '--demo', '--json')).code).toBe(0)
}, 120_000)

describe('templates', () => {
  it('saves the demo structure without data or personal data', async () => {
    const r = await cli('template', 'save', demo, '--out', template, '--json')
    expect(r.stderr).toBe('')
    expect(r.json).toMatchObject({ file: template, actions: 3, sections: 6, areas: 9, activityKinds: 6 })
    expect(r.json.indicators).toBeGreaterThanOrEqual(20)
    expect(r.json.codes).toBeGreaterThan(20)
    expect(r.json.recipes).toBe(2)
    expect(r.json.coderFiltersRemoved).toBeGreaterThanOrEqual(0)
    const t = await openProjectFile(template)
    try {
      for (const table of DATA_TABLES) expect(count(t, table), table).toBe(0)
      // The partnership is structure; the companies reached are data.
      const kinds = (t.sqlite.prepare('SELECT DISTINCT kind FROM organisations ORDER BY kind').all() as { kind: string }[]).map((k) => k.kind)
      expect(kinds).toEqual(['partner', 'promoter'])
      expect(count(t, 'organisations')).toBe(18)
      expect(t.meta('template')).toBe('1')
      // No coder name survives anywhere in the indicator specs.
      const specs = (t.sqlite.prepare('SELECT spec FROM indicators').all() as { spec: string }[]).map((s) => s.spec).join('\n')
      expect(specs).not.toMatch(/Giulia|Marco/)
      expect(count(t, 'recipe_templates')).toBe(2)
      expect(count(t, 'sdg_adoptions')).toBe(28)
      expect(programmeOverview(makeCtx(t)).isTemplate).toBe(true)
    } finally {
      t.close()
    }
  })

  it('starts a new project with the structure and no data; its register indicators compute to zero', async () => {
    const file = path.join(tmp.dir, 'mire-2.esiti')
    const r = await cli('new', file, '--template', template, '--json')
    expect(r.code).toBe(0)
    expect(r.json).toMatchObject({ project: file, actions: 3, sections: 6 })
    const p = await openProjectFile(file)
    try {
      const ctx = makeCtx(p)
      const o = programmeOverview(ctx)
      expect(o.programme!.name).toBe('MIRE – Milano in Rete')
      expect(o.actions.map((a) => [a.code, a.lead])).toEqual([
        ['SW', 'Centro Studi Tempi e Lavoro'],
        ['CW', 'Fondazione Naviglio Solidale'],
        ['CWF', 'Cooperativa Sociale Il Ponte di Gratosoglio']
      ])
      expect(o.areas.map((a) => a.name)).toEqual(Array.from({ length: 9 }, (_, i) => `Municipio ${i + 1}`))
      expect(o.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6])
      expect(o.sdgs.map((g) => g.number)).toEqual([3, 4, 5, 8, 9, 11, 13])
      for (const table of DATA_TABLES) expect(count(p, table), table).toBe(0)
      expect(count(p, 'report_tables')).toBeGreaterThan(10)
      expect(count(p, 'codes')).toBeGreaterThan(20)
      expect(count(p, 'code_links')).toBeGreaterThan(5)
      expect(p.meta('template')).toBeUndefined()
      const results = computeIndicators(ctx)
      const reg = results.filter((x) => x.source === 'register' && x.status === 'ok')
      expect(reg.length).toBeGreaterThan(5)
      expect(reg.filter((x) => x.code !== 'C.1' && x.code !== 'SW.3').every((x) => x.value === 0)).toBe(true)
      // Questionnaire indicators wait for their data set: said, not computed on nothing.
      expect(results.filter((x) => x.source === 'survey').every((x) => x.status === 'error')).toBe(true)
      // Identifiers are new: nothing is shared with the template but the SDG reference rows.
      const ids = (q: ProjectFile, t: string) => new Set((q.sqlite.prepare(`SELECT id FROM ${t}`).all() as { id: string }[]).map((x) => x.id))
      const t = await openProjectFile(template, { readonly: true })
      try {
        for (const table of ['actions', 'indicators', 'codes', 'report_sections'])
          expect([...ids(p, table)].filter((id) => ids(t, table).has(id)), table).toEqual([])
        expect([...ids(p, 'sdg_targets')].filter((id) => ids(t, 'sdg_targets').has(id))).toHaveLength(169)
      } finally {
        t.close()
      }
    } finally {
      p.close()
    }
  })

  it('applies a saved cleaning recipe to the next questionnaire: its indicator then computes as in the demo', async () => {
    const file = path.join(tmp.dir, 'mire-3.esiti')
    expect((await cli('new', file, '--template', template, '--json')).code).toBe(0)
    const recipes = (await cli('template', 'recipes', file, '--json')).json.recipes
    expect(recipes.map((r: { dataset: string }) => r.dataset).sort()).toEqual(Object.values(DEMO_DATASETS).sort())
    const doc = await cli('template', 'recipe', file, DEMO_DATASETS.companies, '--json')
    expect(doc.json).toMatchObject({ format: 'esiti-recipe', dataset: DEMO_DATASETS.companies })
    const files = await writeDemoQuestionnaires(path.join(tmp.dir, 'questionari'))
    const imp = await cli('survey', 'import', file, files.companies, '--sheet', COMPANY_SHEET, '--dataset', DEMO_DATASETS.companies, '--json')
    expect(imp.code).toBe(0)
    const before = (await cli('indicators', file, '--code', 'C.2', '--json')).json.indicators[0]
    const applied = await cli('template', 'apply-recipe', file, DEMO_DATASETS.companies, '--dataset', DEMO_DATASETS.companies, '--json')
    expect(applied.stderr).toBe('')
    expect(applied.json.skipped).toEqual([])
    const after = (await cli('indicators', file, '--code', 'C.2', '--json')).json.indicators[0]
    const inDemo = (await cli('indicators', demo, '--code', 'C.2', '--json')).json.indicators[0]
    expect(after.status).toBe('ok')
    expect([after.value, after.n]).toEqual([inDemo.value, inDemo.n])
    expect(before.status === 'error' || before.value !== after.value).toBe(true)
    const missing = await cli('template', 'apply-recipe', file, 'Nessuna', '--dataset', DEMO_DATASETS.companies)
    expect(missing.stderr).toMatch(/No saved recipe for "Nessuna"/)
  }, 120_000)

  it('refuses a template that is not an Esiti project, and creates nothing', async () => {
    const notProject = path.join(tmp.dir, 'note.esiti')
    fs.writeFileSync(notProject, 'appunti della riunione, non un progetto\n'.repeat(10))
    const target = path.join(tmp.dir, 'da-modello.esiti')
    const r = await cli('new', target, '--template', notProject, '--json')
    expect(r.code).toBe(1)
    // The file is named for what it is (a text file), not only for what it is not.
    expect(r.stderr).toBe('esiti: note.esiti is not an Esiti project, so it cannot be used as a template: note.esiti is a plain-text file, not an Esiti project (.esiti).\n')
    expect(fs.existsSync(target)).toBe(false)
    const it = await cli('new', target, '--template', path.join(tmp.dir, 'manca.esiti'), '--locale', 'it')
    expect(it.stderr).toBe(`esiti: Modello non trovato: ${path.join(tmp.dir, 'manca.esiti')}\n`)
    expect(fs.existsSync(target)).toBe(false)
    const folder = await cli('new', target, '--template', tmp.dir)
    expect(folder.stderr).toMatch(/cannot be used as a template: .* is a folder, not a project file/)
    expect(fs.existsSync(target)).toBe(false)
  })

  it('writes nothing when the template file cannot be created', async () => {
    const p = await openProjectFile(demo)
    try {
      await expect(saveTemplate(makeCtx(p), path.join(tmp.dir, 'no-such-folder', 'x.esiti'))).rejects.toThrow(/Folder not found/)
      await expect(saveTemplate(makeCtx(p), path.join(tmp.dir, 'x.txt'))).rejects.toThrow(/must end with \.esiti/)
      await expect(saveTemplate(makeCtx(p), template)).rejects.toThrow(/already exists/)
    } finally {
      p.close()
    }
  })
})
