import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MESSAGE_PARTS, formatMessage, hasMessage } from '../../../src/shared/messages'
import { EsitiError, toErrorInfo } from '../../../src/shared/errors'
import { makeI18n } from '../../../src/renderer/src/i18n/make-i18n'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

const tmp = tempDir('esiti-msg-')
afterAll(() => tmp.cleanup())

const placeholders = (s: string): string[] =>
  [...new Set([...s.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]))].sort()
const base = (k: string): string => k.replace(/_(zero|one|two|few|many|other)$/, '')

describe('service message catalogs', () => {
  it('word every key in English and Italian, non-empty, with the same parameters and plural forms', () => {
    const problems: string[] = []
    const seen = new Map<string, string>()
    for (const [area, part] of Object.entries(MESSAGE_PARTS)) {
      const en = part.en as Record<string, string>
      const it = part.it as Record<string, string>
      for (const k of Object.keys(en)) {
        if (seen.has(k)) problems.push(`${k}: in ${seen.get(k)} and ${area}`)
        seen.set(k, area)
        if (!(k in it) && !(k.endsWith('_one') && `${base(k)}_other` in it)) problems.push(`${area}: "${k}" has no Italian`)
        if (!en[k].trim()) problems.push(`${area}: "${k}" is empty in English`)
      }
      for (const k of Object.keys(it)) {
        if (!(k in en)) problems.push(`${area}: "${k}" has no English`)
        if (!it[k].trim()) problems.push(`${area}: "${k}" is empty in Italian`)
      }
      // Parameters are compared per base key: every form of a message may use the same names.
      const params = (d: Record<string, string>): Map<string, string> => {
        const m = new Map<string, Set<string>>()
        for (const [k, v] of Object.entries(d)) for (const p of placeholders(v)) m.set(base(k), (m.get(base(k)) ?? new Set()).add(p))
        return new Map([...m].map(([k, v]) => [k, [...v].filter((p) => p !== 'count').sort().join()]))
      }
      const pe = params(en)
      const pi = params(it)
      for (const [k, v] of pe) if ((pi.get(k) ?? '') !== v) problems.push(`${area}: "${k}" uses {${v}} in English, {${pi.get(k) ?? ''}} in Italian`)
      for (const k of Object.keys(en)) if (/\s/.test(k)) problems.push(`${k}: a key has no spaces`)
    }
    expect(problems).toEqual([])
  })

  it('pick the plural form for 0, 1 and many in both languages', () => {
    const m = (count: number, locale: 'it' | 'en'): string =>
      formatMessage({ key: 'core.ambiguous', params: { what: { key: 'entity.code' }, name: 'X', count } }, locale)
    expect(m(1, 'en')).toContain('(1 match)')
    expect(m(2, 'en')).toContain('(2 matches)')
    expect(m(0, 'en')).toContain('(0 matches)')
    expect(m(1, 'it')).toContain('(1 corrispondenza)')
    expect(m(2, 'it')).toContain('(2 corrispondenze)')
    expect(m(1_000_000, 'it')).toContain('(1.000.000 corrispondenze)')
    // A nested message parameter is worded in the same language.
    expect(m(2, 'it')).toMatch(/^Codice «X»/)
    expect(m(2, 'en')).toMatch(/^Code "X"/)
  })

  it('word a sentence of several counts with a plural form for each count', () => {
    const counts = (locale: 'it' | 'en', added: number, fresh: number, known: number, banded: number): string =>
      formatMessage(
        {
          key: 'register.cli.participantsImported',
          params: {
            added: { key: 'register.cli.nParticipantsAdded', params: { count: added } },
            newPersons: { key: 'register.cli.nNewPersons', params: { count: fresh } },
            knownPersons: { key: 'register.cli.nKnownPersons', params: { count: known } },
            agesBanded: { key: 'register.cli.nAgesBanded', params: { count: banded } }
          }
        },
        locale
      )
    expect(counts('en', 1, 1, 0, 1)).toBe('Added 1 participant (1 new person, 0 already recorded; 1 age put in its band).')
    expect(counts('en', 3, 2, 1, 0)).toBe('Added 3 participants (2 new persons, 1 already recorded; 0 ages put in their band).')
    expect(counts('it', 1, 1, 0, 1)).toBe('Aggiunto 1 partecipante (1 persona nuova, 0 già registrate; 1 età ricondotta alla fascia).')
    expect(counts('it', 3, 2, 1, 0)).toBe('Aggiunti 3 partecipanti (2 persone nuove, 1 già registrata; 0 età ricondotte alla fascia).')
  })

  it('carry a key and parameters on errors; the English sentence stays for logs', () => {
    const e = new EsitiError('NOT_FOUND', 'project.notFound', { file: '/tmp/x.esiti' })
    expect(e.message).toBe('Project not found: /tmp/x.esiti')
    const info = toErrorInfo(e)
    expect(info).toMatchObject({ code: 'NOT_FOUND', key: 'project.notFound', params: { file: '/tmp/x.esiti' } })
    expect(makeI18n('it').error(info)).toBe('Progetto non trovato: /tmp/x.esiti')
    expect(makeI18n('en').error(info)).toBe('Project not found: /tmp/x.esiti')
    // A system error becomes a coded message, never raw text only.
    const disk = toErrorInfo(Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' }))
    expect(makeI18n('it').error(disk)).toBe('Il disco è pieno: non è stato scritto nulla.')
    expect(hasMessage('core.ambiguous')).toBe(true)
    expect(hasMessage('no.such.key')).toBe(false)
  })

  it('the window reports a missing key instead of hiding it', () => {
    const missing: string[] = []
    const i18n = makeI18n('it', (k) => missing.push(k))
    expect(i18n.t('nav.programme')).toBe('Programma')
    expect(i18n.t('nav.doesNotExist')).toBe('nav.doesNotExist')
    expect(missing).toEqual(['nav.doesNotExist'])
    // Numbers in parameters follow the locale without a format name.
    expect(makeI18n('en').t('top.undoWhat', { what: 12345.5 })).toBe('Undo: 12,345.5')
    expect(makeI18n('it').t('top.undoWhat', { what: 12345.5 })).toBe('Annulla: 12.345,5')
  })
})

describe('CLI --locale', () => {
  it('prints errors in English by default and in Italian with --locale it, anywhere on the line', async () => {
    const missing = path.join(tmp.dir, 'manca.esiti')
    const en = await cli('info', missing, '--json')
    expect(en.code).toBe(1)
    expect(en.stderr).toBe(`esiti: Project not found: ${missing}\n`)
    const it1 = await cli('--locale', 'it', 'info', missing, '--json')
    expect(it1.stderr).toBe(`esiti: Progetto non trovato: ${missing}\n`)
    const it2 = await cli('info', missing, '--locale=it')
    expect(it2.stderr).toBe(`esiti: Progetto non trovato: ${missing}\n`)
    const bad = await cli('info', missing, '--locale', 'fr')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--locale must be it or en/)
    const unknown = await cli('frobnicate', '--locale', 'it')
    expect(unknown.stderr).toMatch(/^esiti: comando sconosciuto «frobnicate»/)
    const file = path.join(tmp.dir, 'p.esiti')
    expect((await cli('new', file, '--json')).code).toBe(0)
    const opt = await cli('info', file, '--colour', 'red', '--locale', 'it')
    expect(opt.stderr).toMatch(/Opzione sconosciuta --colour/)
    expect(fs.existsSync(file)).toBe(true)
  })
})
