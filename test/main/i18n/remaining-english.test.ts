import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { history, undo } from '../../../src/main/db/op-log'
import { addAttribute, setCaseValues } from '../../../src/main/services/coding/attributes'
import { createCase } from '../../../src/main/services/coding/cases'
import { purgeLog } from '../../../src/main/services/privacy/purge'
import { setRule, removeRule } from '../../../src/main/services/privacy/key-store'
import { importRegister } from '../../../src/main/services/register/register-import'
import { z } from 'zod'
import { parseWith } from '../../../src/main/services/register/register-service'
import { EsitiError } from '../../../src/shared/errors'
import { formatMessage, zodErrorMsg } from '../../../src/shared/messages'
import { cli } from '../../support/cli'
import { tempProject, type TempProject } from '../indicators/helpers'

/** The last English left by #16: verb help, undo names, register import warnings, each read in Italian. */

let t: TempProject
beforeEach(async () => {
  t = await tempProject({ programme: true })
})
afterEach(() => t.close())

/** A register sheet whose last field opens a quote that never closes (the reader reads it to the end and says so). */
function registerWithOpenQuote(dir: string): string {
  const file = path.join(dir, 'registro.csv')
  fs.writeFileSync(
    file,
    'Data;Azione;Tipo;Titolo;Organizzatore;Partecipanti;Donne;Uomini;Modalità;Municipio;Note\r\n' +
      '03/02/2022;CW;evento;Open day coworking;Spazio Comune Barona – Impresa sociale;35;20;15;presenza;6;"nota lasciata aperta\r\n'
  )
  return file
}

describe('esiti --help in Italian', () => {
  it('words every verb of the overall help in Italian with --locale it, and keeps English the default', async () => {
    const it1 = await cli('--help', '--locale', 'it')
    const en = await cli('--help')
    expect(it1.code).toBe(0)
    // Each verb is a usage line followed by its summary: same verbs, summaries in the chosen language.
    const summaries = (out: string) => out.split('\n').filter((l) => l.startsWith('      '))
    const its = summaries(it1.stdout)
    const ens = summaries(en.stdout)
    expect(its.length).toBeGreaterThan(130)
    expect(its.length).toBe(ens.length)
    its.forEach((line, i) => expect(line, ens[i]).not.toBe(ens[i]))
    expect(it1.stdout).toContain('Importa l’esportazione di un questionario (.xlsx, .ods, .xls, .csv, .tsv, SPSS .sav) come dataset')
    expect(en.stdout).toContain('Import a questionnaire export (.xlsx, .ods, .xls, .csv, .tsv, SPSS .sav) as a dataset')
    expect(it1.stdout).toMatch(/Allega a una trascrizione una registrazione audio o video \(\.mp3, [^)]*\.webm\)/)
  })

  it('words one verb’s help in Italian, its usage unchanged', async () => {
    const r = await cli('register', 'import', '--help', '--locale', 'it')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      'esiti register import PROJECT FILE.xlsx|FILE.csv [--sheet NAME] [--json]\n' +
        '  Importa attività (colonne Data, Azione, Tipo, Titolo, Organizzatore, Partecipanti, Donne, Uomini, Organizzazioni, Modalità, Zona — o i nomi inglesi); tutto o niente.\n'
    )
    const sdg = await cli('sdg', 'adopt', '--help', '--locale', 'it')
    expect(sdg.stdout).toContain('esiti sdg adopt PROJECT TARGET… [--json]\n  Il programma adotta target od obiettivi SDG (per esempio 5.4 8.5')
  })
})

describe('undo entries in the interface language', () => {
  it('stores privacy rules and case edits as messages, so history and undo read in Italian', async () => {
    setRule(t.ctx, 'Gigi', 'always')
    removeRule(t.ctx, 'Gigi')
    const c = createCase(t.ctx, { name: 'Intervista 1' })
    const a = addAttribute(t.ctx, { name: 'Età', type: 'number' })
    const b = addAttribute(t.ctx, { name: 'Ruolo', type: 'text' })
    setCaseValues(t.ctx, [
      { caseId: c, attributeId: a.id, value: '41' },
      { caseId: c, attributeId: b.id, value: 'HR' }
    ])
    const ops = history(t.ctx.project, 4)
    expect(ops.map((o) => o.message && formatMessage(o.message, 'it'))).toEqual([
      'Modifica di 2 attributi dei casi',
      'Aggiunta dell’attributo «Ruolo»',
      'Aggiunta dell’attributo «Età»',
      'Aggiunta del caso «Intervista 1»'
    ])
    const rules = history(t.ctx.project, 6).slice(4)
    expect(rules.map((o) => formatMessage(o.message!, 'it'))).toEqual([
      'Rimozione della regola di riservatezza «Gigi»',
      'Regola di riservatezza: sostituire sempre «Gigi»'
    ])
    // The English sentence stays in the summary column, for logs.
    expect(rules.map((o) => o.summary)).toEqual(['Remove the privacy rule "Gigi"', 'Privacy rule: always replace "Gigi"'])
    setCaseValues(t.ctx, [{ caseId: c, attributeId: a.id, value: '42' }])
    undo(t.ctx.project, 'tester')
    expect(formatMessage(history(t.ctx.project, 1)[0].message!, 'it')).toBe('Annullamento: Modifica di un attributo di un caso')
    t.closeProject()
    const h = await cli('history', t.file, '--limit', '2', '--locale', 'it')
    expect(h.stdout).toMatch(/ Annullamento: Modifica di un attributo di un caso\n.* Modifica di un attributo di un caso\n$/)
  })

  it('names a questionnaire import with the right plural in Italian when undoing it from the CLI', async () => {
    t.closeProject()
    const csv = path.join(t.dir, 'risposte.csv')
    fs.writeFileSync(csv, 'Età;Genere\r\n41;F\r\n')
    expect((await cli('survey', 'import', t.file, csv)).code).toBe(0)
    const u = await cli('undo', t.file, '--locale', 'it')
    expect(u.stdout).toBe('Annullato: Importazione del questionario «risposte» (1 riga)\n')
  })

  it('names an entry written before summaries were messages by its stored text when undoing it', async () => {
    setRule(t.ctx, 'Gigi', 'never')
    t.ctx.project.sqlite.prepare("UPDATE op_log SET message = NULL, summary = 'Privacy rule: never' WHERE kind = 'privacy.rule'").run()
    undo(t.ctx.project, 'tester')
    expect(formatMessage(history(t.ctx.project, 1)[0].message!, 'it')).toBe('Annullamento: Privacy rule: never')
  })

  it('an erasure masks the name inside an entry’s message and keeps it readable in Italian', () => {
    setRule(t.ctx, 'Mario Rossi', 'always')
    t.ctx.project.tx(() => purgeLog(t.ctx.project, ['Mario Rossi'], []))
    const op = history(t.ctx.project, 1)[0]
    expect(op.summary).not.toMatch(/Mario|Rossi/)
    expect(formatMessage(op.message!, 'it')).toBe('Regola di riservatezza: sostituire sempre «…»')
    expect(op.state).toBe('discarded')
  })
})

describe('register import warnings as messages', () => {
  it('returns the sheet reader’s note as a code, worded in Italian by the CLI with --locale it', async () => {
    const file = registerWithOpenQuote(t.dir)
    const r = await importRegister(t.ctx, file)
    expect(r.imported).toBe(1)
    expect(r.warnings).toEqual([{ key: 'survey.read.csvQuote' }])
    t.closeProject()
    const it1 = await cli('register', 'import', t.file, file, '--locale', 'it')
    expect(it1.code).toBe(0)
    expect(it1.stdout).toBe(
      '1 attività importata.\n  ! L’ultimo campo apre delle virgolette che non si chiudono: è stato letto fino alla fine del file\n'
    )
    const json = await cli('register', 'import', t.file, file, '--json', '--locale', 'it')
    expect(json.json.warnings).toEqual([
      { key: 'survey.read.csvQuote', text: 'L’ultimo campo apre delle virgolette che non si chiudono: è stato letto fino alla fine del file' }
    ])
  })
})

describe('validation details in the reader’s language', () => {
  const schema = z.object({
    title: z.string().trim().min(1).max(5),
    n: z.number().int().min(1),
    kind: z.enum(['webinar', 'incontro']),
    tags: z.array(z.string()).max(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'core.zod.isoDate')
  })
  const ok = { title: 'corso', n: 3, kind: 'webinar', tags: [], date: '2022-03-12' }
  const worded = (input: unknown, locale: 'it' | 'en'): string => {
    const r = schema.safeParse(input)
    if (r.success) throw new Error('expected a failure')
    return formatMessage(zodErrorMsg(r.error), locale)
  }

  it('words a zod issue from its code and limits, never from zod’s English sentence', () => {
    expect(worded({ ...ok, title: 'troppo lungo' }, 'it')).toBe('title: al massimo 5 caratteri')
    expect(worded({ ...ok, title: ' ' }, 'it')).toBe('title: non può essere vuoto')
    expect(worded({ ...ok, n: 1.5 }, 'it')).toBe('n: atteso un numero intero')
    expect(worded({ ...ok, n: 0 }, 'it')).toBe('n: almeno 1')
    expect(worded({ ...ok, n: 'tre' }, 'it')).toBe('n: atteso un numero')
    expect(worded({ ...ok, kind: 'festa' }, 'it')).toBe('kind: deve essere uno tra webinar e incontro')
    expect(worded({ ...ok, tags: ['a', 'b'] }, 'it')).toBe('tags: al massimo 1 elemento')
    expect(worded({ ...ok, tags: ['a', 'b'] }, 'en')).toBe('tags: at most 1 item')
    expect(worded({ ...ok, date: '12/03/2022' }, 'it')).toBe('date: una data nella forma AAAA-MM-GG')
    expect(worded({ ...ok, date: '12/03/2022' }, 'en')).toBe('date: a date as YYYY-MM-DD')
    expect(worded({ ...ok, kind: 'festa' }, 'en')).toBe('kind: must be one of webinar and incontro')
  })

  it('gives a service’s refusal an Italian detail under its Italian sentence', () => {
    let e: unknown
    try {
      parseWith(schema, { ...ok, title: 'troppo lungo' }, 'attività')
    } catch (x) {
      e = x
    }
    expect(e).toBeInstanceOf(EsitiError)
    const it1 = formatMessage((e as EsitiError).msg, 'it')
    expect(it1).toContain('al massimo 5 caratteri')
    expect(it1).not.toMatch(/Too big|expected string/)
  })
})
