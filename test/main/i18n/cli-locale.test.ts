import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { makeCtx } from '../../../src/main/services/context'
import { seedDemo } from '../../../src/main/demo/seed'
import { cli } from '../../support/cli'
import { sharedFixture } from '../../support/shared-fixtures'
import { tempDir } from '../../support/temp-project'

const tmp = tempDir('esiti-cli-locale-')
const demo = path.join(tmp.dir, 'mire.esiti')

beforeAll(async () => {
  const p = await openProjectFile(demo, { create: true, actor: 'test' })
  await seedDemo(makeCtx(p, 'test'))
  p.close()
})
afterAll(() => tmp.cleanup())

describe('the CLI in Italian with --locale it', () => {
  it('words help, counts and the agreement report in Italian, numbers with a decimal comma', async () => {
    const help = await cli('--help', '--locale', 'it')
    expect(help.stdout).toMatch(/^Esiti — banco di lavoro per la valutazione \(riga di comando\)\n\nUso:\n/)
    expect(help.stdout).toContain('Accordo tra codificatori: percentuale, kappa di Cohen')
    expect(help.stdout).toContain('Scrive una copia coerente del progetto')
    const info = await cli('info', demo, '--locale', 'it')
    expect(info.stdout).toMatch(/^MIRE – Milano in Rete — /)
    expect(info.stdout).toMatch(/\n {2}fonti +8\n {2}codici +\d+\n {2}codifiche +\d+\n/)
    const a = await cli('agreement', demo, '--coders', 'Giulia,Marco', '--locale', 'it')
    expect(a.code).toBe(0)
    expect(a.stdout).toMatch(/^Codificatori: Giulia, Marco — unità: caratteri\nFonti: 8, codici: \d+\nAccordo percentuale \d+,\d%   kappa -?\d,\d{3}/)
    expect(a.stdout).toContain('Kappa di Cohen sui caratteri, come in NVivo')
    const en = await cli('agreement', demo, '--coders', 'Giulia,Marco')
    expect(en.stdout).toMatch(/^Coders: Giulia, Marco — unit: characters\nSources: 8, codes: \d+\nPercent agreement \d+\.\d%/)
  })

  it('words errors of the team verbs in Italian, and names what is missing', async () => {
    const unknown = await cli('agreement', demo, '--coders', 'Giulia,Zeta', '--locale', 'it')
    expect(unknown.stderr).toBe('esiti: Codificatore «Zeta» non presente nel progetto.\n')
    const unit = await cli('agreement', demo, '--coders', 'Giulia,Marco', '--unit', 'parola', '--locale', 'it')
    expect(unit.stderr).toBe('esiti: --unit deve essere uno tra character, paragraph e sentence.\n')
    const missing = await cli('qdpx', 'import', '--locale', 'it', demo)
    expect(missing.stderr).toMatch(/^esiti: Manca (FILE\.qdpx|PROGETTO)\. Uso: esiti qdpx import/)
  })

  it('prints the warnings of a REFI-QDA import in the chosen language, and --json carries each message with its text', async () => {
    const file = sharedFixture('qdpx', 'paper_themes-maxqda24__2025-06-16_ICLS_Conf_Themes_ALL_just10.qdpx')
    const it1 = await cli('qdpx', 'import', file, demo, '--locale', 'it')
    expect(it1.code).toBe(0)
    expect(it1.stdout).toMatch(/^Importato da .*\.qdpx \(MAXQDA 24 \(Release [\d.]+\)\):\n {2}fonti \d+, codici \d+, codifiche \d+/)
    expect(it1.stdout).toMatch(/\n {2}! 2 insiemi non sono stati importati: Esiti non ha insiemi/)
    const json = await cli('qdpx', 'import', file, demo, '--json', '--locale', 'it')
    const sets = (json.json.warnings as { key: string; params: Record<string, unknown>; text: string }[]).find((w) => w.key === 'refi.warn.sets')
    expect(sets).toEqual({ key: 'refi.warn.sets', params: { count: 2 }, text: '2 insiemi non sono stati importati: Esiti non ha insiemi (usa casi o attributi).' })
    const undo = await cli('undo', demo, '--locale', 'it')
    expect(undo.stdout).toMatch(/^Annullato: Importato paper_themes-maxqda24.*\.qdpx \(REFI-QDA\)\n$/)
  })
})
