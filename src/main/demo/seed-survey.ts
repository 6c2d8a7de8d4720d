import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Ctx } from '../services/context'
import { runRecipe } from '../services/survey/clean-store'
import { recipeSteps, resolveDataset } from '../services/survey/dataset-rows'
import { importSurvey } from '../services/survey/import'
import { commitRecipe, validateSteps } from '../services/survey/recipe/service'
import type { ImportStep, NewStep } from '../services/survey/recipe/steps'
import { appendWave } from '../services/survey/waves'
import { companySteps } from './questionnaires/company-recipe'
import { companyRecodeSteps, employeeFinalSteps, employeeTidySteps, employeeWaveMap } from './questionnaires/employee-recipe'
import { COMPANY_SHEET } from './questionnaires/companies'
import { writeDemoQuestionnaires } from './questionnaires/generate'
import { DEMO_DATASETS, DEMO_WAVES, EMPLOYEE_VARS } from './questionnaires/variables'

function importVariables(ctx: Ctx, dataset: string): ImportStep['variables'] {
  return (recipeSteps(ctx.project, resolveDataset(ctx, dataset))[0] as ImportStep).variables
}

/**
 * Employees: the 2021 export imported, the 2023 export appended as the second wave (with the column
 * mapping the reworded form needs), then the cleaning recipe. The company recode is built from
 * clusters of the names as they read after the tidy steps, as an analyst would in the clustering view.
 */
async function seedEmployees(ctx: Ctx, files: { employees2021: string; employees2023: string }): Promise<void> {
  const name = DEMO_DATASETS.employees
  await importSurvey(ctx, files.employees2021, { dataset: name, wave: DEMO_WAVES.first })
  const base = importVariables(ctx, name)
  await appendWave(ctx, name, files.employees2023, { wave: DEMO_WAVES.second, map: employeeWaveMap(base) })
  const tidy = employeeTidySteps(base)
  const ds = resolveDataset(ctx, name)
  const before = recipeSteps(ctx.project, ds)
  const trial = runRecipe(ctx.project, ds, validateSteps([before[0], ...tidy]))
  const company = trial.frame.vars.find((v) => v.name === EMPLOYEE_VARS.company)
  const recode = companyRecodeSteps(company?.values ?? [])
  const steps: NewStep[] = [...tidy, ...recode, ...employeeFinalSteps()]
  commitRecipe(ctx, ds, [before[0], ...steps], `Recipe of "${name}": demo cleaning (${steps.length} steps)`)
}

async function seedCompanies(ctx: Ctx, file: string): Promise<void> {
  const name = DEMO_DATASETS.companies
  await importSurvey(ctx, file, { dataset: name, sheet: COMPANY_SHEET })
  const ds = resolveDataset(ctx, name)
  const before = recipeSteps(ctx.project, ds)
  const steps = companySteps(importVariables(ctx, name))
  commitRecipe(ctx, ds, [before[0], ...steps], `Recipe of "${name}": demo cleaning (${steps.length} steps)`)
}

/**
 * Seeds the demo's questionnaires: the generated files are written to a temporary folder, imported
 * and cleaned through the same services the app and the CLI use, and the folder is removed.
 */
export async function seedSurvey(ctx: Ctx): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-demo-survey-'))
  try {
    const files = await writeDemoQuestionnaires(dir)
    await seedEmployees(ctx, files)
    await seedCompanies(ctx, files.companies)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
