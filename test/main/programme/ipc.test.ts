import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeI18n } from '../../../src/renderer/src/i18n/make-i18n'
import type { ImportRowError } from '../../../src/shared/ipc/indicators'
import type { Msg } from '../../../src/shared/messages'
import { createProjectVia, ipcSessionsClosedAfterEach, ok } from '../../support/ipc-session'

const session = ipcSessionsClosedAfterEach()
const it_ = makeI18n('it')

describe('programme and register over IPC', () => {
  it('sets up a programme, refuses bad input with worded errors, and reports every change', async () => {
    const s = session()
    await createProjectVia(s)
    expect(ok(await s.dispatch('programme:get', {}))).toMatchObject({ programme: null, actions: [], areas: [], isTemplate: false })
    ok(await s.dispatch('programme:set', { name: 'RETI', periodStart: '2024-01-01', periodEnd: '2025-12-31' }))
    ok(await s.dispatch('areas:preset', { preset: 'roma-municipi' }))
    const a = ok(await s.dispatch('actions:create', { code: 'OR', name: 'Orientamento', sdgs: ['8.5'] }))
    const dup = await s.dispatch('actions:create', { code: 'OR', name: 'Altro' })
    expect(dup.ok).toBe(false)
    if (!dup.ok) {
      expect(dup.error.code).toBe('CONFLICT')
      expect(it_.error(dup.error)).toBe('Esiste già un’azione con codice «OR» («Orientamento»): i codici delle azioni devono essere unici.')
    }
    // The schema itself refuses what it can (an empty area name) before any service runs.
    const empty = await s.dispatch('areas:add', { names: [''] })
    expect(empty.ok).toBe(false)
    const bad = await s.dispatch('sdg:adopt', { codes: ['18.1'] })
    expect(!bad.ok && it_.error(bad.error)).toBe('«18.1»: non esiste un Obiettivo di sviluppo sostenibile 18 (l’Agenda 2030 ha gli obiettivi da 1 a 17).')
    ok(await s.dispatch('organisations:create', { name: 'Coop Il Faro', kind: 'partner', area: 'Municipio V', actions: [{ action: 'OR' }] }))
    ok(await s.dispatch('sections:create', { title: 'Risultati' }))
    ok(await s.dispatch('sdg:adopt', { codes: ['8.5', '5.4'] }))
    const view = ok(await s.dispatch('programme:get', {}))
    expect(view.actions[0]).toMatchObject({ id: a.id, sdgs: ['8.5'], organisations: 1 })
    expect(view.areas).toHaveLength(15)
    expect(view.sdgs.map((g) => g.number)).toEqual([5, 8])
    const framework = ok(await s.dispatch('sdg:framework', { locale: 'en' }))
    expect(framework.goals.reduce((n, g) => n + g.targets.length, 0)).toBe(169)
    expect(framework.adopted).toEqual(['5.4', '8.5'])
    expect(s.events.filter((e) => e.event === 'project:changed').length).toBeGreaterThanOrEqual(7)
  })

  it('records a participant list, counts persons, and words a refused row in the window language', async () => {
    const s = session()
    await createProjectVia(s)
    ok(await s.dispatch('actions:create', { code: 'OR', name: 'Orientamento' }))
    const act = ok(await s.dispatch('register:create', { date: '2024-03-01', action: 'OR', kind: 'formazione', title: 'Corso', participants: 0 }))
    const refused = await s.dispatch('register:setParticipants', {
      activityId: act.id,
      participants: [{ name: 'Anna', gender: 'F' }, { name: 'Bruno', gender: 'Z' }]
    })
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(it_.error(refused.error)).toBe('Elenco dei partecipanti, riga 2 (Bruno): il genere «Z» non è nell’elenco del programma (F, M e NB).')
      const rows = refused.error.details as ImportRowError[]
      expect(rows.map((r) => [r.row, r.problems.map((p) => it_.msg(p as Msg)).join('; ')])).toEqual([[2, 'il genere «Z» non è nell’elenco del programma (F, M e NB)']])
    }
    const list = ok(await s.dispatch('register:setParticipants', { activityId: act.id, participants: [{ name: 'Anna', gender: 'F' }, { name: 'Bruno', gender: 'M' }] }))
    expect(list.activity).toMatchObject({ participants: 2, women: 1, men: 1, listed: 2 })
    expect(ok(await s.dispatch('register:searchPersons', { text: 'ann' })).map((p) => p.name)).toEqual(['Anna'])
    const summary = ok(await s.dispatch('register:persons', { by: 'gender', locale: 'en' }))
    expect(summary.breakdown.map((b) => [b.label, b.persons])).toEqual([['Women', 1], ['Men', 1]])
    // An attendance sheet picked in the dialog: Anna is already on the list, so nothing is added.
    const csv = path.join(s.dir, 'presenze.csv')
    fs.writeFileSync(csv, 'Nome;Genere\nAnna;F\nCarla;F\n')
    s.files.push([csv])
    const again = await s.dispatch('register:importParticipants', { activityId: act.id })
    expect(!again.ok && (again.error.details as ImportRowError[]).map((r) => r.row)).toEqual([2])
    s.files.push([])
    expect(ok(await s.dispatch('register:importParticipants', { activityId: act.id }))).toBeNull()
    ok(await s.dispatch('register:addKinds', { names: ['laboratorio'] }))
    expect(ok(await s.dispatch('register:lists', {})).kinds.map((k) => k.name)).toContain('laboratorio')
  })

  it('saves a template through the save dialog and starts a project from it through the open and save dialogs', async () => {
    const s = session()
    await createProjectVia(s)
    ok(await s.dispatch('programme:set', { name: 'Modello di prova' }))
    ok(await s.dispatch('actions:create', { code: 'OR', name: 'Orientamento' }))
    const template = path.join(s.dir, 'modello.esiti')
    s.saves.push(template)
    expect(ok(await s.dispatch('template:save', {}))).toEqual({ file: template })
    s.saves.push(null)
    expect(ok(await s.dispatch('template:save', {}))).toBeNull()
    ok(await s.dispatch('project:close', {}))
    const next = path.join(s.dir, 'nuovo.esiti')
    s.files.push([template])
    s.saves.push(next)
    const opened = ok(await s.dispatch('project:create', { template: true }))
    expect(opened).toMatchObject({ path: next, name: 'Modello di prova' })
    expect(ok(await s.dispatch('programme:get', {})).actions.map((x) => x.code)).toEqual(['OR'])
    // Cancelling the template choice creates nothing.
    ok(await s.dispatch('project:close', {}))
    s.files.push([])
    expect(ok(await s.dispatch('project:create', { template: true }))).toBeNull()
  })
})
