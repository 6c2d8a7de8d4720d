import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { newId, nowIso } from '../src/main/db/ids'
import { openProjectFile } from '../src/main/db/project-file'
import { makeCtx } from '../src/main/services/context'
import { computeIndicators } from '../src/main/services/indicators/compute-indicators'
import { createIndicators } from '../src/main/services/indicators/indicator-service'
import { addActions } from '../src/main/services/programme/actions'
import { applyAreaPreset } from '../src/main/services/programme/areas'
import { setProgramme } from '../src/main/services/programme/details'
import { personsSummary } from '../src/main/services/register/persons-service'
import { listParticipants, setParticipants } from '../src/main/services/register/participant-service'
import { registerGrid } from '../src/main/services/register/register-service'
import { prng } from '../src/main/demo/questionnaires/prng'
import type { Report } from './run'

const ACTIVITIES = 10_000
const PER_ACTIVITY = 30
const PERSONS = 60_000

/**
 * A large register as a programme of several years would keep it: 10,000 activities with an
 * attendance list of 30 each (300,000 participations) drawn from 60,000 persons with a skewed
 * return rate, so that some come to many activities and most to one or two. Written straight into
 * the tables, then read through the services the window and the CLI use.
 */
export async function registerBench(report: Report): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-bench-register-'))
  const project = await openProjectFile(path.join(dir, 'register.esiti'), { create: true, actor: 'bench' })
  try {
    const ctx = makeCtx(project, 'bench')
    const quiet = { log: false }
    setProgramme(ctx, { name: 'Bench', periodStart: '2021-01-01', periodEnd: '2025-12-31' }, quiet)
    applyAreaPreset(ctx, 'roma-municipi', quiet)
    const actions = addActions(ctx, ['A', 'B', 'C', 'D'].map((code) => ({ code, name: `Azione ${code}` })), quiet)
    const areas = project.sqlite.prepare('SELECT id FROM areas').all() as { id: string }[]
    const rng = prng(11)
    const genders = ['F', 'M', 'F', 'M', 'NB', null]
    const bands = ['<18', '18-29', '30-54', '30-54', '55+', null]
    const kinds = ['webinar', 'incontro', 'consulenza', 'sportello', 'formazione', 'evento']
    let t = performance.now()
    const personIds: string[] = []
    project.tx(() => {
      const person = project.sqlite.prepare('INSERT INTO persons (id, name, name_key, pseudonym, gender, age_band, created_at) VALUES (?, ?, ?, 1, ?, ?, ?)')
      for (let i = 0; i < PERSONS; i++) {
        const id = newId()
        const name = `P-${String(i).padStart(6, '0')}`
        personIds.push(id)
        person.run(id, name, name.toLowerCase(), rng.pick(genders), rng.pick(bands), nowIso())
      }
      const activity = project.sqlite.prepare(
        `INSERT INTO activities (id, action_id, kind, title, date, area_id, participants, participants_women, participants_men, participants_other)
         VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0)`
      )
      const part = project.sqlite.prepare('INSERT INTO participations (id, activity_id, person_id) VALUES (?, ?, ?)')
      for (let a = 0; a < ACTIVITIES; a++) {
        const id = newId()
        const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(rng.next() * 1800) * 86400000).toISOString().slice(0, 10)
        activity.run(id, rng.pick(actions).id, rng.pick(kinds), `Attività ${a}`, day, rng.pick(areas).id, PER_ACTIVITY)
        const chosen = new Set<number>()
        // Squaring a uniform draw skews attendance towards the first persons: the "regulars".
        while (chosen.size < PER_ACTIVITY) chosen.add(Math.floor(rng.next() ** 2 * PERSONS))
        for (const p of chosen) part.run(newId(), id, personIds[p])
      }
    })
    report('register: write 10,000 activities × 30 participants (SQL, setup)', performance.now() - t, 'ms')

    t = performance.now()
    const grid = registerGrid(ctx)
    report('register: grid of 10,000 activities with persons and participations', performance.now() - t, 'ms', { target: 'reference; the window lists it' })
    report('register: distinct persons reached', grid.totals.persons, 'n', { target: `${grid.totals.participations} participations` })
    t = performance.now()
    for (const by of ['gender', 'action', 'area', 'ageBand'] as const) personsSummary(ctx, { by })
    report('register: persons summary by gender, action, area, age band (4 queries)', performance.now() - t, 'ms', { target: 'reference: < 2000 ms' })

    createIndicators(
      ctx,
      [
        { code: 'P1', name: 'Persone', spec: { source: 'register', measure: 'persons' }, disaggregations: [{ by: 'gender' }, { by: 'action' }, { by: 'area' }] },
        { code: 'P2', name: 'Partecipazioni', spec: { source: 'register', measure: 'participations' }, disaggregations: [{ by: 'gender' }, { by: 'ageBand' }, { by: 'year' }] },
        { code: 'P3', name: 'Persone formate', spec: { source: 'register', measure: 'persons', kinds: ['formazione'] }, disaggregations: [{ by: 'gender' }] }
      ],
      quiet
    )
    t = performance.now()
    const r = computeIndicators(ctx)
    report('register: 3 person indicators with 7 breakdowns over 300,000 participations', performance.now() - t, 'ms', { target: 'reference: < 2000 ms' })
    const p1 = r.find((x) => x.code === 'P1')!
    if (p1.value !== grid.totals.persons) throw new Error(`bench: indicator ${p1.value} ≠ grid ${grid.totals.persons}`)

    // Saving one list in the big register: what a user waits for after typing an attendance sheet.
    const one = grid.rows[Math.floor(grid.rows.length / 2)]
    const list = listParticipants(ctx, one.id).participants.map((p) => ({ name: p.name, pseudonym: true }))
    t = performance.now()
    setParticipants(ctx, one.id, [...list.slice(1), { name: 'P-NEW-1', pseudonym: true, gender: 'F' }])
    report('register: save one 30-person list in that register', performance.now() - t, 'ms', { target: 'reference: interactive (< 200 ms)' })
    report('register: project size', fs.statSync(path.join(dir, 'register.esiti')).size / 1e6, 'MB')
  } finally {
    project.close()
    if (process.env.ESITI_BENCH_KEEP) fs.copyFileSync(path.join(dir, 'register.esiti'), process.env.ESITI_BENCH_KEEP)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
