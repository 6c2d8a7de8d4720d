import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Ctx } from '../services/context'
import type { CleanValue } from '../services/survey/frame'
import { runRecipe } from '../services/survey/clean/clean-store'
import { recipeSteps, resolveDataset, type DatasetRow } from '../services/survey/storage/dataset-rows'
import { importSurvey } from '../services/survey/import/import'
import { commitRecipe, validateSteps } from '../services/survey/recipe/service'
import type { ImportStep, NewStep } from '../services/survey/recipe/steps'
import { appendWave } from '../services/survey/import/waves'
import { companyFinalSteps, companyRenames, employeeCountRecode } from './questionnaires/company-recipe'
import { COMPANY_SHEET } from './questionnaires/companies'
import {
  companyRecodeSteps,
  daysSteps,
  employeeFinalSteps,
  employeeImportOverride,
  employeeTidySteps,
  employeeWaveMap
} from './questionnaires/employee-recipe'
import { writeDemoQuestionnaires } from './questionnaires/generate'
import { COMPANY_VARS, DEMO_DATASETS, DEMO_WAVES, EMPLOYEE_VARS } from './questionnaires/variables'

function importStepOf(ctx: Ctx, ds: DatasetRow): ImportStep {
  return recipeSteps(ctx.project, ds)[0] as ImportStep
}

/**
 * Values of variables after some steps, computed in memory (nothing written): what the analyst sees in
 * the clustering and value views before adding the data-driven steps.
 */
function valuesAfter(ctx: Ctx, ds: DatasetRow, step0: ImportStep, steps: NewStep[], names: string[]): CleanValue[][] {
  const run = runRecipe(ctx.project, ds, { steps: validateSteps([step0, ...steps]) })
  return names.map((n) => run.frame.vars.find((v) => v.name === n)?.values ?? [])
}

/**
 * Employees: the 2021 export imported, the 2023 export appended as the second wave (with the column
 * mapping the reworded and reordered form needs), then the cleaning recipe, saved as one version.
 */
async function seedEmployees(ctx: Ctx, files: { employees2021: string; employees2023: string }): Promise<void> {
  const name = DEMO_DATASETS.employees
  await importSurvey(ctx, files.employees2021, { dataset: name, wave: DEMO_WAVES.first })
  const base = importStepOf(ctx, resolveDataset(ctx, name)).variables
  await appendWave(ctx, name, files.employees2023, { wave: DEMO_WAVES.second, map: employeeWaveMap(base) })
  const ds = resolveDataset(ctx, name)
  const step0 = employeeImportOverride(importStepOf(ctx, ds))
  const tidy = employeeTidySteps(base)
  const [companies, days] = valuesAfter(ctx, ds, step0, tidy, [EMPLOYEE_VARS.company, EMPLOYEE_VARS.smartWorkingDays])
  const steps = [...tidy, ...companyRecodeSteps(companies), ...daysSteps(days), ...employeeFinalSteps()]
  commitRecipe(ctx, ds, [step0, ...steps], `Recipe of "${name}": demo cleaning (${steps.length} steps)`)
}

async function seedCompanies(ctx: Ctx, file: string): Promise<void> {
  const name = DEMO_DATASETS.companies
  await importSurvey(ctx, file, { dataset: name, sheet: COMPANY_SHEET })
  const ds = resolveDataset(ctx, name)
  const tidy = companyRenames(importStepOf(ctx, ds).variables)
  const step0 = importStepOf(ctx, ds)
  const [employees] = valuesAfter(ctx, ds, step0, tidy, [COMPANY_VARS.employees])
  const steps = [...tidy, ...employeeCountRecode(employees), ...companyFinalSteps()]
  commitRecipe(ctx, ds, [step0, ...steps], `Recipe of "${name}": demo cleaning (${steps.length} steps)`)
}

/**
 * Seeds the demo's questionnaires: the generated files are written to a temporary folder, imported
 * and cleaned through the same services the app and the CLI use, and the folder is removed.
 */
export async function seedSurvey(ctx: Ctx): Promise<void> {
  const db = ctx.project.sqlite
  const mark = (db.prepare('SELECT COALESCE(MAX(seq), 0) AS s FROM op_log').get() as { s: number }).s
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-demo-survey-'))
  try {
    const files = await writeDemoQuestionnaires(dir)
    await seedEmployees(ctx, files)
    await seedCompanies(ctx, files.companies)
    // Seeding is not undoable (see seedDemo): the survey services always log, so their entries go.
    ctx.project.tx(() => db.prepare('DELETE FROM op_log WHERE seq > ?').run(mark))
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
