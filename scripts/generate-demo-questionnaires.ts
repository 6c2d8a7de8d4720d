/**
 * Writes the embedded demo's raw questionnaire files (the ones `esiti new --demo` imports) into a folder,
 * so that they can be opened in a spreadsheet or imported by hand:
 *
 *   npx tsx scripts/generate-demo-questionnaires.ts out/questionari
 */
import path from 'node:path'
import { writeDemoQuestionnaires } from '../src/main/demo/questionnaires/generate'

async function main(): Promise<void> {
  const dir = process.argv[2]
  if (!dir) {
    process.stderr.write('Usage: npx tsx scripts/generate-demo-questionnaires.ts <folder>\n')
    process.exit(2)
  }
  const files = await writeDemoQuestionnaires(path.resolve(dir))
  for (const f of Object.values(files)) process.stdout.write(`${f}\n`)
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`)
  process.exit(1)
})
