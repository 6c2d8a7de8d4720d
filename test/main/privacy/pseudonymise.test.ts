import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openProjectFile } from '../../../src/main/db/project-file'
import { INTERVIEW, PLANTED, tempProject, type CliResult } from './support'

let t: Awaited<ReturnType<typeof tempProject>>
let cli: (...args: string[]) => Promise<CliResult>
beforeEach(async () => {
  t = await tempProject()
  cli = t.cli
  expect((await cli('cases', 'add', t.project, 'Cooperativa Sole Nascente', '--kind', 'organisation')).code).toBe(0)
  const imp = await cli('transcripts', 'import', t.project, t.file('intervista.txt', INTERVIEW))
  expect(imp.code).toBe(0)
  expect((await cli('codes', 'add', t.project, 'Ruolo')).code).toBe(0)
  expect((await cli('codes', 'add', t.project, 'Contatti')).code).toBe(0)
  // A coding spanning a name that will be replaced, and one around the contacts.
  expect((await cli('code', t.project, '--source', 'intervista', '--code', 'Ruolo', '--quote', 'Giulia Bianchi e lavoro alla Cooperativa')).code).toBe(0)
  expect((await cli('code', t.project, '--source', 'intervista', '--code', 'Contatti', '--quote', 'la mail giulia.bianchi@example.it e il telefono 347 123 4567')).code).toBe(0)
  expect((await cli('code', t.project, '--source', 'intervista', '--code', 'Ruolo', '--quote', 'La rosa dei venti era il nome del laboratorio')).code).toBe(0)
})
afterEach(() => fs.rmSync(t.dir, { recursive: true, force: true }))

async function sourceText(name: string): Promise<string> {
  const r = await cli('transcripts', 'show', t.project, name)
  expect(r.code).toBe(0)
  return r.json.text as string
}

/** Every coding of the live sources, with its stored quote and the text at its offsets now. */
async function codings(): Promise<{ quote: string; atOffsets: string }[]> {
  const p = await openProjectFile(t.project, { readonly: true })
  try {
    return p.sqlite
      .prepare(
        `SELECT c.quote, substr(s.text, c.start + 1, c."end" - c.start) AS atOffsets
         FROM codings c JOIN sources s ON s.id = c.source_id WHERE s.deleted_at IS NULL ORDER BY c.start`
      )
      .all() as { quote: string; atOffsets: string }[]
  } finally {
    p.close()
  }
}

describe('pseudonymisation of transcripts', () => {
  it('the preview finds every planted identifier, and leaves names that are common words alone', async () => {
    const r = await cli('pseudonymise', t.project, '--preview')
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const hits = r.json.hits as { source: string; start: number; end: number; text: string; kind: string; surrogate: string }[]
    for (const h of hits) {
      expect(Object.keys(h)).toEqual(expect.arrayContaining(['source', 'start', 'end', 'text', 'kind', 'surrogate']))
      expect(INTERVIEW.slice(h.start, h.end)).toBe(h.text)
    }
    const byText = new Map(hits.map((h) => [h.text, h.kind]))
    expect(byText.get('Giulia Bianchi')).toBe('person')
    expect(byText.get('Cooperativa Sole Nascente')).toBe('organisation')
    expect(byText.get('RSSMRA85T10A562S')).toBe('taxcode')
    expect(byText.get('giulia.bianchi@example.it')).toBe('email')
    expect(byText.get('347 123 4567')).toBe('phone')
    expect(byText.get('Via Garibaldi 12')).toBe('address')
    expect(byText.get('Franco Neri')).toBe('person')
    expect(byText.get('Serena Galli')).toBe('person')
    expect(byText.get('Rosa Esposito')).toBe('person')
    // "rosa" and "serena" as common words are not people.
    const lower = hits.filter((h) => /^(rosa|serena)$/i.test(h.text))
    expect(lower).toEqual([])
    // Hits never overlap.
    const sorted = [...hits].sort((a, b) => a.start - b.start)
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end)
    // The same person gets the same surrogate wherever they appear; different ones differ.
    const surrogates = new Map<string, string>()
    for (const h of hits) surrogates.set(h.text, h.surrogate)
    expect(new Set([...surrogates.values()]).size).toBe(surrogates.size)
  })

  it('accepting writes a new version with no planted identifier, codings still anchored, the original kept', async () => {
    const before = await codings()
    expect(before.every((c) => c.quote === c.atOffsets)).toBe(true)
    const r = await cli('pseudonymise', t.project, '--accept', 'all')
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.json.replaced).toBeGreaterThanOrEqual(PLANTED.length - 2)
    expect(r.json.sources).toHaveLength(1)
    const text = await sourceText('intervista')
    for (const s of PLANTED) expect(text).not.toContain(s)
    // The common words survive.
    expect(text).toContain('La rosa dei venti')
    expect(text).toContain('giornata serena')
    expect(text).toMatch(/\[Indirizzo \d+\] a /)
    const after = await codings()
    expect(after).toHaveLength(3)
    for (const c of after) expect(c.atOffsets).toBe(c.quote)
    expect(after[0].quote).toMatch(/^\[Persona \d+\] e lavoro alla \[Azienda/)
    expect(after.map((c) => c.quote)).toContain('La rosa dei venti era il nome del laboratorio')
    // The original is a hidden version, never changed in place (the trigger refuses).
    const p = await openProjectFile(t.project)
    try {
      const orig = p.sqlite.prepare('SELECT id, text FROM sources WHERE deleted_at IS NOT NULL').get() as { id: string; text: string }
      expect(orig.text).toBe(INTERVIEW)
      expect(() => p.sqlite.prepare("UPDATE sources SET text = 'x' WHERE id = ?").run(orig.id)).toThrow()
    } finally {
      p.close()
    }
    const originals = await cli('privacy', 'originals', t.project)
    expect(originals.code).toBe(0)
    expect(originals.json.originals ?? originals.json).toHaveLength(1)
  })

  it('"never" rules keep a text; realistic surrogates never reuse a name of the project', async () => {
    expect((await cli('privacy', 'rules', 'add', t.project, 'Franco Neri', '--never')).code).toBe(0)
    const r = await cli('pseudonymise', t.project, '--preview', '--style', 'realistic')
    expect(r.code).toBe(0)
    const hits = r.json.hits as { text: string; kind: string; surrogate: string }[]
    expect(hits.map((h) => h.text)).not.toContain('Franco Neri')
    const words = new Set(INTERVIEW.toLowerCase().split(/[^\p{L}]+/u))
    for (const h of hits.filter((x) => x.kind === 'person')) {
      expect(h.surrogate).not.toMatch(/^\[/)
      for (const w of h.surrogate.toLowerCase().split(/\s+/)) expect(words.has(w)).toBe(false)
    }
  })

  it('a text that already holds a label gets labels that do not collide with it', async () => {
    await cli('transcripts', 'import', t.project, t.file('note.txt', 'Come diceva [Persona 1], Marco Ferrari era d’accordo.\n'))
    const r = await cli('pseudonymise', t.project, '--source', 'note', '--preview')
    expect(r.code).toBe(0)
    const marco = (r.json.hits as { text: string; surrogate: string }[]).find((h) => h.text === 'Marco Ferrari')
    expect(marco).toBeDefined()
    expect(marco!.surrogate).not.toBe('[Persona 1]')
  })

  it('refuses a bad style with a clear message and changes nothing', async () => {
    const r = await cli('pseudonymise', t.project, '--accept', 'all', '--style', 'fancy')
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/fancy/)
    expect(await sourceText('intervista')).toBe(INTERVIEW)
  })
})
