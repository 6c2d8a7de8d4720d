import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ipcSessionsClosedAfterEach, ok } from '../../support/ipc-session'
import { seedProgramme } from '../../../src/main/demo/seed-programme'
import { makeCtx } from '../../../src/main/services/context'

const newSession = ipcSessionsClosedAfterEach()

async function setup(files: string[][] = [], saves: (string | null)[] = []) {
  const s = newSession(files, saves)
  const project = await s.session.open(path.join(s.dir, 'p.esiti'), true)
  seedProgramme(makeCtx(project, 'tester'))
  return { dir: s.dir, dispatch: s.dispatch, events: s.events }
}

describe('indicator IPC channels', () => {
  it('edits the register through validated channels', async () => {
    const { dispatch, events } = await setup()
    const before = ok(await dispatch('register:grid', {})).totals.activities
    const a = ok(
      await dispatch('register:create', { date: '2021-10-05', action: 'CW', kind: 'evento', title: 'Open day', participants: 30, women: 18, men: 12, organisations: ['Digitale Quinto S.r.l.'] })
    )
    expect(a.actionCode).toBe('CW')
    expect(events.some((e) => e.event === 'project:changed')).toBe(true)
    const grid = ok(await dispatch('register:grid', { action: 'CW' }))
    expect(grid.rows.some((r) => r.id === a.id)).toBe(true)
    expect(ok(await dispatch('register:grid', {})).totals.activities).toBe(before + 1)
    const upd = ok(await dispatch('register:update', { id: a.id, patch: { participants: 40 } }))
    expect(upd.participants).toBe(40)
    const bad = await dispatch('register:create', { date: '2021-10-05', action: 'CW', kind: 'evento', title: 'x', participants: 5, women: 4, men: 4 })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'INVALID_INPUT' })
    expect(ok(await dispatch('register:delete', { ids: [a.id] }))).toEqual({ deleted: 1 })
    expect(ok(await dispatch('register:import', {}))).toBeNull()
  })

  it('creates indicators, tables, chart data, the SDG overview and exports', async () => {
    const saves: (string | null)[] = []
    const { dispatch, dir } = await setup([], saves)
    saves.push(path.join(dir, 'x'))
    const def = ok(
      await dispatch('indicators:create', {
        code: 'W1',
        name: 'Webinar',
        section: 2,
        sdgs: [{ goal: 8, targets: ['8.2'] }],
        target: 5,
        spec: { source: 'register', measure: 'activities', kinds: ['webinar'] },
        disaggregations: [{ by: 'action' }]
      })
    )
    expect(def.sdgs).toEqual([{ goal: 8, targets: ['8.2'] }])
    const [res] = ok(await dispatch('indicators:compute', {}))
    expect(res).toMatchObject({ code: 'W1', status: 'ok', achievement: 'met' })
    const table = ok(await dispatch('tables:create', { section: 2, title: 'Webinar per azione', spec: { rows: 'indicators', indicators: ['W1'], by: 'action' }, chart: { type: 'bar' } }))
    expect(table.label).toBe('2.1')
    expect(table.header[0]).toBe('Indicatore')
    const chart = ok(await dispatch('tables:chart', { id: table.id }))
    expect(chart!.type).toBe('bar')
    expect(chart!.data.datasets.map((d) => d.label)).toEqual(res.breakdown.map((b) => b.group))
    expect(chart!.data.datasets.map((d) => d.data[0])).toEqual(res.breakdown.map((b) => b.value))
    const sdg = ok(await dispatch('sdg:overview', { locale: 'en' }))
    const g8 = sdg.goals.find((g) => g.number === 8)!
    expect(g8.title).toBe('Decent Work and Economic Growth')
    expect(g8.indicators.map((i) => [i.code, i.targets, i.achievement])).toEqual([['W1', ['8.2'], 'met']])
    const options = ok(await dispatch('indicators:options', {}))
    expect(options.registerMeasures).toContain('womenShare')
    // The editor offers the whole framework and marks what the programme adopted.
    expect(options.sdgs).toHaveLength(17)
    expect(options.sdgs.filter((s) => s.adopted).map((s) => s.number)).toEqual([3, 4, 5, 8, 9, 11, 13])
    expect(options.sdgs.reduce((n, s) => n + s.targets.length, 0)).toBe(169)
    expect(sdg.goals.map((g) => g.number)).toEqual([3, 4, 5, 8, 9, 11, 13])

    const exported = ok(await dispatch('report:export', { csv: true }))
    expect(exported!.file).toBe(path.join(dir, 'x.xlsx'))
    expect(exported!.tables).toBe(1)
    expect(exported!.charts).toBe(1)
    expect(fs.existsSync(path.join(dir, 'x-csv', 'Tabella_2.1.csv'))).toBe(true)
    expect(ok(await dispatch('report:export', {}))).toBeNull()
  })

  it('rejects an invalid indicator spec before touching the project', async () => {
    const { dispatch } = await setup()
    const r = await dispatch('indicators:create', { code: 'X', name: 'x', spec: { source: 'survey', statistic: 'mean' } })
    expect(r.ok).toBe(false)
    expect(ok(await dispatch('indicators:list', {}))).toEqual([])
  })
})

