import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Ctx } from '../services/context'
import { appendWave, importSurvey, recipeImportStep, replaceRecipe, valuesAfterSteps, type CleanValue, type ImportStep, type NewStep } from '../services/survey'
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

/** Values of variables after some steps, in memory: what the analyst sees before adding the data-driven steps. */
function valuesAfter(ctx: Ctx, dataset: string, step0: ImportStep, steps: NewStep[], names: string[]): CleanValue[][] {
  return valuesAfterSteps(ctx, dataset, [step0, ...steps], names)
}

/**
 * Employees: the 2021 export imported, the 2023 export appended as the second wave (with the column
 * mapping the reworded and reordered form needs), then the cleaning recipe, saved as one version.
 */
async function seedEmployees(ctx: Ctx, files: { employees2021: string; employees2023: string }): Promise<void> {
  const name = DEMO_DATASETS.employees
  await importSurvey(ctx, files.employees2021, { dataset: name, wave: DEMO_WAVES.first })
  const base = recipeImportStep(ctx, name).variables
  await appendWave(ctx, name, files.employees2023, { wave: DEMO_WAVES.second, map: employeeWaveMap(base) })
  const step0 = employeeImportOverride(recipeImportStep(ctx, name))
  const tidy = employeeTidySteps(base)
  const [companies, days] = valuesAfter(ctx, name, step0, tidy, [EMPLOYEE_VARS.company, EMPLOYEE_VARS.smartWorkingDays])
  const steps = [...tidy, ...companyRecodeSteps(companies), ...daysSteps(days), ...employeeFinalSteps()]
  replaceRecipe(ctx, name, [step0, ...steps])
}

async function seedCompanies(ctx: Ctx, file: string): Promise<void> {
  const name = DEMO_DATASETS.companies
  await importSurvey(ctx, file, { dataset: name, sheet: COMPANY_SHEET })
  const step0 = recipeImportStep(ctx, name)
  const tidy = companyRenames(step0.variables)
  const [employees] = valuesAfter(ctx, name, step0, tidy, [COMPANY_VARS.employees])
  const steps = [...tidy, ...employeeCountRecode(employees), ...companyFinalSteps()]
  replaceRecipe(ctx, name, [step0, ...steps])
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
