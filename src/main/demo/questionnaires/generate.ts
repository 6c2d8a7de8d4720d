import fs from 'node:fs'
import path from 'node:path'
import { companySheet } from './companies'
import { employeeWave, type EmployeeWave } from './employees'
import { writeXlsx } from './xlsx-writer'

/** File names of the generated demo questionnaires. */
export const DEMO_FILES = {
  employees2021: 'dipendenti-2021.xlsx',
  employees2023: 'dipendenti-2023.xlsx',
  companies: 'imprese-2023.xlsx'
} as const

export type DemoFiles = Record<keyof typeof DEMO_FILES, string>

async function writeEmployees(file: string, wave: EmployeeWave): Promise<void> {
  const { header, rows } = employeeWave(wave)
  await writeXlsx(file, [{ name: 'Risposte del modulo 1', rows: [header, ...rows] }], 'Google Forms')
}

/**
 * Writes the demo questionnaires into a folder: the employees' Google Forms export for 2021 and 2023
 * and the companies' hand-made sheet. Same content on every run.
 */
export async function writeDemoQuestionnaires(dir: string): Promise<DemoFiles> {
  fs.mkdirSync(dir, { recursive: true })
  const files: DemoFiles = {
    employees2021: path.join(dir, DEMO_FILES.employees2021),
    employees2023: path.join(dir, DEMO_FILES.employees2023),
    companies: path.join(dir, DEMO_FILES.companies)
  }
  await writeEmployees(files.employees2021, '2021')
  await writeEmployees(files.employees2023, '2023')
  await writeXlsx(files.companies, [companySheet()], 'Gruppo di valutazione MIRE')
  return files
}
