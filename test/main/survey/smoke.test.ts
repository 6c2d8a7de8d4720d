import path from 'node:path'
import { it } from 'vitest'
import { tempProject } from '../../support/temp-project'
import { importSurvey } from '../../../src/main/services/survey/import/import'
import { loadDatasetFrame } from '../../../src/main/services/survey/storage/store'
import { addStep, recipeView } from '../../../src/main/services/survey/recipe/service'
import { undo } from '../../../src/main/db/op-log'
import { respondents, writeGoogleForms } from './support/platform-exports'

it('smoke', async () => {
  const t = await tempProject()
  try {
    const people = respondents(40)
    const f = path.join(t.dir, 'g.xlsx')
    await writeGoogleForms(f, people, { duplicateOf: 3 })
    await importSurvey(t.ctx, f, { dataset: 'g' })
    console.log(addStep(t.ctx, 'g', { op: 'normalise', variables: '*' }))
    console.log(addStep(t.ctx, 'g', { op: 'dedupe', keys: ['indirizzo_email'], by: 'informazioni_cronologiche' }))
    console.log(addStep(t.ctx, 'g', { op: 'bin', source: 'eta', name: 'classe_eta', bins: [{ label: '<35', max: 35 }, { label: '35-49', min: 35, max: 50 }, { label: '50+', min: 50 }] }))
    console.log(addStep(t.ctx, 'g', { op: 'compute', name: 'sw_intenso', expression: 'giorni_settimana_lavori_casa >= 2.5' }))
    console.log(addStep(t.ctx, 'g', { op: 'validate', rule: { kind: 'range', variable: 'eta', min: 18, max: 40 } }))
    const fr = loadDatasetFrame(t.ctx, 'g')
    console.log(fr.rowCount, fr.variables.map(v => v.name + ':' + v.type + ':' + JSON.stringify(fr.column(v.name).slice(0, 4))).join('\n'))
    console.log(JSON.stringify(recipeView(t.ctx, 'g').steps.map(s => [s.description, s.report?.affected, s.report?.status])))
    undo(t.project, 'x')
    const fr2 = loadDatasetFrame(t.ctx, 'g')
    console.log(fr2.rowCount, fr2.recipeVersion, recipeView(t.ctx, 'g').issues)
  } finally {
    t.cleanup()
  }
})
