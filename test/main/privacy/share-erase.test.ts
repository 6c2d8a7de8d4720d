import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { INTERVIEW, PLANTED, projectFiles, tempProject, tracesIn, type CliResult } from './support'

/** A questionnaire with direct identifiers (valid tax codes) and harmless answers. */
const SURVEY = [
  'id,nome,email,telefono,codice_fiscale,eta,soddisfazione,commento',
  '1,Giulia Bianchi,giulia.bianchi@example.it,347 123 4567,RSSMRA85T10A562S,34,4,Molto utile il corso',
  '2,Marco Ferrari,marco.ferrari@example.org,339 765 4321,FRRMRC80A01L219O,45,3,Bene ma lungo',
  '3,Anna Colombo,anna.colombo@example.net,328 111 2222,CLMNNA90B41F205L,29,5,Ottimo',
  ''
].join('\n')
const SURVEY_PLANTED = ['Marco Ferrari', 'marco.ferrari@example.org', '339 765 4321', 'FRRMRC80A01L219O', 'Anna Colombo', 'anna.colombo@example.net', 'CLMNNA90B41F205L']
const PRIVATE_MEMO = 'Nota riservata: la signora Bianchi ha chiesto di non essere citata'

let t: Awaited<ReturnType<typeof tempProject>>
let cli: (...args: string[]) => Promise<CliResult>
const ok = async (...args: string[]): Promise<any> => {
  const r = await cli(...args)
  expect(r.err).toBe('')
  expect(r.code).toBe(0)
  return r.json
}

beforeEach(async () => {
  t = await tempProject()
  cli = t.cli
  await ok('cases', 'add', t.project, 'Cooperativa Sole Nascente', '--kind', 'organisation')
  await ok('transcripts', 'import', t.project, t.file('intervista.txt', INTERVIEW))
  await ok('survey', 'import', t.project, t.file('questionario.csv', SURVEY), '--dataset', 'Questionario')
})
afterEach(() => fs.rmSync(t.dir, { recursive: true, force: true }))

describe('identifiers apart', () => {
  it('marks e-mails, names, phones and tax codes at import; exports leave them out unless asked', async () => {
    const ids = await ok('identifiers', t.project)
    const kinds = Object.fromEntries((ids.variables as { variable: string; kind: string }[]).map((v) => [v.variable, v.kind]))
    expect(kinds).toMatchObject({ nome: 'name', email: 'email', telefono: 'phone', codice_fiscale: 'taxcode' })
    expect(kinds.commento).toBeUndefined()
    expect(kinds.eta).toBeUndefined()
    for (const v of ids.variables) expect(Object.keys(v)).toEqual(expect.arrayContaining(['dataset', 'variable', 'kind']))

    const out = path.join(t.dir, 'dati.csv')
    await ok('survey', 'export', t.project, '--dataset', 'Questionario', '--out', out)
    const csv = fs.readFileSync(out, 'utf8')
    expect(csv.split('\n')[0]).not.toMatch(/nome|email|telefono|codice_fiscale/)
    for (const s of [...SURVEY_PLANTED, 'Giulia Bianchi', 'RSSMRA85T10A562S']) expect(csv).not.toContain(s)
    expect(csv).toContain('Molto utile il corso')

    // A correction by the user is kept and shown.
    const after = await ok('identifiers', t.project, '--dataset', 'Questionario', '--set', 'telefono', '--kind', 'none')
    expect((after.variables as { variable: string }[]).map((v) => v.variable)).not.toContain('telefono')
    // Where personal data lives, and when the team last reviewed it.
    const before = await ok('privacy', 'status', t.project)
    expect(before.reviewedAt).toBeNull()
    const places = Object.fromEntries((before.places as { key: string; count: number }[]).map((x) => [x.key, x.count]))
    expect(places).toMatchObject({ sources: 1, identifierVariables: 3, questionnaireRows: 3 })
    expect((await ok('privacy', 'reviewed', t.project)).reviewedAt).not.toBeNull()
    const bad = await cli('identifiers', t.project, '--dataset', 'Questionario', '--set', 'eta', '--kind', 'shoe-size')
    expect(bad.code).not.toBe(0)
    expect(bad.err).toMatch(/shoe-size/)
  })

  it('the key goes to a separate file protected by a passphrase, and can be removed from the project', async () => {
    await ok('pseudonymise', t.project, '--accept', 'all', '--original', 'destroy')
    const key = await ok('privacy', 'key', 'list', t.project)
    expect((key.key as { real: string }[]).map((k) => k.real)).toContain('Giulia Bianchi')
    const file = path.join(t.dir, 'chiave.esiti-key')
    process.env.ESITI_KEY_PASSPHRASE = 'una passphrase lunga'
    try {
      await ok('privacy', 'key', 'export', t.project, '--out', file)
      expect(tracesIn(file, ['Giulia Bianchi', 'Franco Neri', 'Serena Galli', 'RSSMRA85T10A562S'])).toEqual([])
      // Readable by its owner only, and nothing temporary left beside it.
      expect(fs.statSync(file).mode & 0o777).toBe(0o600)
      expect(fs.readdirSync(t.dir).filter((f) => f.startsWith('chiave'))).toEqual(['chiave.esiti-key'])
      await ok('privacy', 'key', 'remove', t.project)
      expect((await ok('privacy', 'key', 'list', t.project)).key).toEqual([])
      // Names found only in the (destroyed) original text are gone from the file's bytes with the key.
      expect(projectFiles(t.project).flatMap((f) => tracesIn(f, ['Franco Neri', 'Serena Galli', 'Rosa Esposito']))).toEqual([])
      process.env.ESITI_KEY_PASSPHRASE = 'una passphrase sbagliata'
      const wrong = await cli('privacy', 'key', 'import', t.project, file)
      expect(wrong.code).not.toBe(0)
      expect(wrong.err).toMatch(/passphrase/i)
      expect((await ok('privacy', 'key', 'list', t.project)).key).toEqual([])
      process.env.ESITI_KEY_PASSPHRASE = 'una passphrase lunga'
      const back = await ok('privacy', 'key', 'import', t.project, file)
      expect(back.imported).toBeGreaterThan(0)
      expect((await ok('privacy', 'key', 'list', t.project)).key.map((k: { real: string }) => k.real)).toContain('Giulia Bianchi')
    } finally {
      delete process.env.ESITI_KEY_PASSPHRASE
    }
  })
})

describe('a safe copy to share', () => {
  it('holds none of the planted strings anywhere in its bytes, and says what it removed', async () => {
    await ok('pseudonymise', t.project, '--accept', 'all')
    await ok('memos', 'add', t.project, '--source', 'intervista', '--body', PRIVATE_MEMO)
    const p = await openProjectFile(t.project)
    p.sqlite.prepare('UPDATE memos SET private = 1').run()
    p.close()
    const out = path.join(t.dir, 'copia.esiti')
    const r = await ok('share', t.project, '--out', out)
    expect(r.file).toBe(out)
    expect(r.removed.originals).toBe(1)
    expect(r.removed.privateMemos).toBe(1)
    expect(r.removed.identifierVariables.map((v: { variable: string }) => v.variable).sort()).toEqual(['codice_fiscale', 'email', 'nome', 'telefono'])
    expect(fs.existsSync(`${out}.report.txt`)).toBe(true)
    expect(projectFiles(out)).toEqual([out])
    expect(tracesIn(out, [...PLANTED, ...SURVEY_PLANTED, PRIVATE_MEMO])).toEqual([])
    // The copy is a working project: the pseudonymised text and the harmless answers are there.
    const text = (await ok('transcripts', 'show', out, 'intervista')).text as string
    expect(text).toMatch(/\[Persona \d+\]/)
    const csv = path.join(t.dir, 'copia.csv')
    await ok('survey', 'export', out, '--dataset', 'Questionario', '--out', csv)
    expect(fs.readFileSync(csv, 'utf8')).toContain('Bene ma lungo')
    // The project itself is unchanged.
    expect((await ok('privacy', 'key', 'list', t.project)).key.length).toBeGreaterThan(0)
  })

  it('the .qdpx and the workbook written with it hold none of the planted strings either', async () => {
    await ok('pseudonymise', t.project, '--accept', 'all')
    const out = path.join(t.dir, 'copia.esiti')
    const qdpx = path.join(t.dir, 'copia.qdpx')
    const xlsx = path.join(t.dir, 'copia.xlsx')
    const r = await ok('share', t.project, '--out', out, '--qdpx', qdpx, '--workbook', xlsx)
    expect(r.qdpx).toBe(qdpx)
    expect(r.workbook).toBe(xlsx)
    // Both are zip archives: every entry is looked at uncompressed.
    for (const zip of [qdpx, xlsx]) {
      const entries = unzipSync(fs.readFileSync(zip))
      expect(Object.keys(entries).length).toBeGreaterThan(0)
      for (const [name, bytes] of Object.entries(entries)) {
        const f = path.join(t.dir, 'entry.bin')
        fs.writeFileSync(f, bytes)
        expect({ name, found: tracesIn(f, [...PLANTED, ...SURVEY_PLANTED]) }).toEqual({ name, found: [] })
      }
    }
  })

  it('leaves out a transcript nobody pseudonymised', async () => {
    const out = path.join(t.dir, 'copia.esiti')
    const r = await ok('share', t.project, '--out', out)
    expect(r.removed.sourcesLeftOut).toEqual(['intervista'])
    expect(tracesIn(out, [...PLANTED, ...SURVEY_PLANTED])).toEqual([])
  })
})

describe('erasure', () => {
  it('removes a person from texts, cases, participants and questionnaire rows, and leaves no trace in the bytes', async () => {
    await ok('cases', 'add', t.project, 'Giulia Bianchi')
    await ok('actions', 'add', t.project, 'A1', '--name', 'Formazione')
    await ok('organisations', 'add', t.project, 'Cooperativa Sole Nascente', '--type', 'partner')
    await ok('register', 'add', t.project, '--date', '2026-03-01', '--action', 'A1', '--kind', 'formazione', '--title', 'Laboratorio', '--participant', 'Giulia Bianchi;F;Cooperativa Sole Nascente', '--participant', 'Marco Ferrari;M;Cooperativa Sole Nascente')
    const dry = await ok('erase', t.project, '--person', 'Giulia Bianchi', '--dry-run')
    expect(dry).toMatchObject({ found: true, cases: 1, participants: 1, questionnaireRows: 1 })
    const cert = await ok('erase', t.project, '--person', 'Giulia Bianchi')
    expect(cert.removed).toMatchObject({ cases: 1, participants: 1, questionnaireRows: 1, mentions: 1 })
    expect(cert.scan.found).toEqual([])
    expect(cert.sha256).toMatch(/^[0-9a-f]{64}$/)
    const traces = ['Giulia Bianchi', 'Bianchi', 'giulia.bianchi@example.it', 'RSSMRA85T10A562S', '347 123 4567']
    for (const f of projectFiles(t.project)) expect(tracesIn(f, traces)).toEqual([])
    // The others are still there.
    const text = (await ok('transcripts', 'show', t.project, 'intervista')).text as string
    expect(text).toContain('Franco Neri')
    expect(text).toContain('[omissis]')
    const csv = path.join(t.dir, 'dopo.csv')
    await ok('survey', 'export', t.project, '--dataset', 'Questionario', '--out', csv, '--identifiers', 'keep')
    const rows = fs.readFileSync(csv, 'utf8')
    expect(rows).toContain('Marco Ferrari')
    expect(rows).not.toContain('Molto utile il corso')
    const status = await ok('privacy', 'status', t.project)
    expect(status.lastErasureAt).not.toBeNull()
  })

  it.each([false, true])('takes with a pseudonymised interviewee the identifiers only their interview held, from the key too (originals destroyed first: %s)', async (destroyFirst) => {
    // Their own interview, pseudonymised (original kept): the key holds their e-mail, phone and tax code.
    await ok('cases', 'add', t.project, 'Giulia Bianchi')
    const own = INTERVIEW.replace('giulia.bianchi@example.it', 'g.bianchi.casa@example.it').replace('347 123 4567', '333 987 6543')
    await ok('transcripts', 'import', t.project, t.file('propria.txt', own), '--case', 'Giulia Bianchi')
    await ok('pseudonymise', t.project, '--accept', 'suggested')
    const key = (await ok('privacy', 'key', 'list', t.project)).key.map((k: { real: string }) => k.real)
    expect(key).toContain('g.bianchi.casa@example.it')
    expect(key).toContain('333 987 6543')
    // With the originals destroyed only the surrogates are left in her interview: still hers.
    if (destroyFirst) await ok('pseudonymise', t.project, '--destroy-originals')
    const cert = await ok('erase', t.project, '--person', 'Giulia Bianchi')
    expect(cert.scan.found).toEqual([])
    const after = (await ok('privacy', 'key', 'list', t.project)).key.map((k: { real: string }) => k.real)
    expect(after).not.toContain('g.bianchi.casa@example.it')
    expect(after).not.toContain('333 987 6543')
    expect(after).not.toContain('Giulia Bianchi')
    // Others mentioned in her interview stay in the key: they are not hers to erase.
    expect(after).toContain('Franco Neri')
    for (const f of projectFiles(t.project)) expect(tracesIn(f, ['g.bianchi.casa@example.it', '333 987 6543', '3339876543'])).toEqual([])
  })

  it('an unknown person is a clear error and changes nothing', async () => {
    const before = fs.readFileSync(t.project)
    const r = await cli('erase', t.project, '--person', 'Nessuno Qui')
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/Nessuno Qui/)
    expect(fs.readFileSync(t.project).equals(before)).toBe(true)
  })

  it('killed (kill -9) inside its transaction loses nothing; killed before compaction, asking again finishes it', async () => {
    await ok('cases', 'add', t.project, 'Giulia Bianchi')
    const root = path.resolve(__dirname, '../../..')
    const run = (crashAt: string): ReturnType<typeof spawnSync> =>
      spawnSync(path.join(root, 'node_modules', '.bin', 'node'), [path.join(root, 'bin', 'esiti.mjs'), 'erase', t.project, '--person', 'Giulia Bianchi', '--json'], {
        env: { ...process.env, ESITI_TEST_CRASH_AT: crashAt },
        encoding: 'utf8',
        timeout: 120_000
      })
    const killed = run('erase:in-transaction')
    expect(killed.signal).toBe('SIGKILL')
    // Nothing happened: the person is all there, and the project opens.
    expect(await ok('erase', t.project, '--person', 'Giulia Bianchi', '--dry-run')).toMatchObject({ found: true, cases: 1, questionnaireRows: 1, mentions: 1 })
    const late = run('erase:before-compaction')
    expect(late.signal).toBe('SIGKILL')
    expect((await ok('erase', t.project, '--person', 'Giulia Bianchi', '--dry-run')).found).toBe(false)
    // Asking again compacts the file and certifies it.
    const cert = await ok('erase', t.project, '--person', 'Giulia Bianchi')
    expect(cert.removed).toMatchObject({ cases: 1, questionnaireRows: 1 })
    expect(cert.scan.found).toEqual([])
    for (const f of projectFiles(t.project)) expect(tracesIn(f, ['Giulia Bianchi', 'giulia.bianchi@example.it', 'RSSMRA85T10A562S'])).toEqual([])
    // Once finished, the same name is unknown again.
    expect((await cli('erase', t.project, '--person', 'Giulia Bianchi')).code).not.toBe(0)
  }, 300_000)
})
