import { describe, expect, it } from 'vitest'
import { actions, programme } from '../../../src/main/demo/content/programme'
import { companies, organisations, partners } from '../../../src/main/demo/content/organisations'
import { adoptedTargets } from '../../../src/main/demo/content/sdgs'
import { parseSdgCode } from '../../../src/main/services/sdg/sdg-framework'
import { sections } from '../../../src/main/demo/content/sections'
import { activities } from '../../../src/main/demo/content/register'
import { codebook, codePaths } from '../../../src/main/demo/content/codebook'
import { caseAttributes, cases } from '../../../src/main/demo/content/cases'

const expectedCodebook: Record<string, string[]> = {
  'Smart working': ['Benefici percepiti', 'Difficoltà e limiti', 'Strumenti e tecnologie', 'Accordi e regolamenti'],
  Coworking: ['Uso degli spazi', 'Reti e contaminazione', 'Prossimità al territorio'],
  'Welfare aziendale': ['Servizi attivati', 'Bisogni dei lavoratori', 'Costi e sostenibilità economica'],
  'Welfare territoriale': ['Rete pubblico-privato', 'Cittadella del welfare', 'Servizi di prossimità'],
  'Conciliazione vita-lavoro': ['Carichi di cura', 'Tempi e orari', 'Benessere'],
  'Genere e pari opportunità': ['Divario di genere', 'Ruolo delle donne nei processi'],
  'Sostenibilità ambientale': ['Mobilità e spostamenti', 'Consumi energetici'],
  'Governance del programma': ['Comunicazione e coinvolgimento', 'Coordinamento tra partner', 'Criticità attuative'],
  'Risultati ed esiti': ['Cambiamenti organizzativi', 'Continuità nel tempo', 'Raccomandazioni']
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/
const validIso = (d: string): boolean => isoDate.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d
const byName = new Map(organisations.map((o) => [o.name, o]))
const actionCodes = new Set(actions.map((a) => a.code))

describe('demo programme and organisations', () => {
  it('describes the programme and its three actions', () => {
    expect(programme.periodStart).toBe('2020-09-01')
    expect(programme.periodEnd).toBe('2023-06-30')
    expect(actions.map((a) => a.code)).toEqual(['SW', 'CW', 'CWF'])
    for (const a of actions) expect(a.description.length).toBeGreaterThan(100)
  })

  it('has one promoter, exactly 17 partners and 26 companies with unique names', () => {
    expect(organisations.filter((o) => o.kind === 'promoter').map((o) => o.name)).toEqual([
      'Comune di Milano – Direzione Lavoro e Welfare'
    ])
    expect(partners).toHaveLength(17)
    expect(companies).toHaveLength(26)
    expect(byName.size).toBe(organisations.length)
  })

  it('keeps size class consistent with headcount and companies in valid municipi', () => {
    for (const c of companies) {
      const n = c.employees
      expect(n, c.name).not.toBeNull()
      const expected = n! < 10 ? 'micro' : n! < 50 ? 'piccola' : n! < 250 ? 'media' : 'grande'
      expect(c.sizeClass, c.name).toBe(expected)
      expect(c.municipio, c.name).toBeGreaterThanOrEqual(1)
      expect(c.municipio, c.name).toBeLessThanOrEqual(9)
    }
    const inFiveOrSeven = companies.filter((c) => c.municipio === 5 || c.municipio === 7).length
    expect(inFiveOrSeven).toBeGreaterThan(companies.length / 2)
  })

  it('gives every organisation at least one known action', () => {
    for (const o of organisations) {
      expect(o.actions.length, o.name).toBeGreaterThan(0)
      for (const a of o.actions) expect(actionCodes.has(a), `${o.name}: ${a}`).toBe(true)
    }
  })

  it('contains the organisations the interviews refer to', () => {
    expect(byName.get('Meccanica Vigentina S.r.l.')).toMatchObject({ kind: 'company', sizeClass: 'media', employees: 120, municipio: 5, actions: ['SW', 'CWF'] })
    expect(byName.get('Logistica Chiaravalle S.p.A.')).toMatchObject({ kind: 'company', sizeClass: 'grande', employees: 260, municipio: 5, actions: ['SW'] })
    expect(byName.get('Forno San Siro S.n.c.')).toMatchObject({ kind: 'company', sizeClass: 'micro', employees: 9, municipio: 7, actions: ['CWF'] })
    expect(byName.get('Spazio Comune Barona – Impresa sociale')).toMatchObject({ kind: 'partner', municipio: 6, actions: ['CW'] })
    expect(byName.get('Cooperativa Sociale Il Ponte di Gratosoglio')).toMatchObject({ kind: 'partner', municipio: 5, actions: ['CWF'] })
    expect(byName.get('Sindacato Lavoratori Uniti Milano')).toMatchObject({ kind: 'partner', actions: ['SW', 'CWF'] })
  })
})

describe('demo SDGs and report sections', () => {
  it('adopts targets of goals 3, 4, 5, 8, 9, 11, 13, at least three each, all real 2030 Agenda targets', () => {
    const goals = new Map<number, string[]>()
    for (const code of adoptedTargets) {
      const c = parseSdgCode(code)
      expect(c, code).toMatchObject({ kind: 'target', code })
      goals.set(c!.goal, [...(goals.get(c!.goal) ?? []), code])
    }
    expect([...goals.keys()]).toEqual([3, 4, 5, 8, 9, 11, 13])
    for (const [g, codes] of goals) expect(codes.length, `goal ${g}`).toBeGreaterThanOrEqual(3)
    expect(new Set(adoptedTargets).size).toBe(adoptedTargets.length)
  })

  it('numbers six report sections 1..6 with English titles', () => {
    expect(sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6])
    for (const s of sections) {
      expect(s.titleEn.length, s.title).toBeGreaterThan(0)
      expect(s.description.length, s.title).toBeGreaterThan(50)
    }
  })
})

describe('demo monitoring register', () => {
  it('has 70 to 90 activities across all three actions', () => {
    expect(activities.length).toBeGreaterThanOrEqual(70)
    expect(activities.length).toBeLessThanOrEqual(90)
    expect(new Set(activities.map((a) => a.action))).toEqual(actionCodes)
  })

  it('uses valid ISO dates inside the programme period', () => {
    for (const a of activities) {
      expect(validIso(a.date), a.date).toBe(true)
      expect(a.date >= programme.periodStart && a.date <= programme.periodEnd, a.date).toBe(true)
    }
  })

  it('names existing partners as organisers and existing organisations as reached', () => {
    const partnerNames = new Set(partners.map((p) => p.name))
    for (const a of activities) {
      expect(partnerNames.has(a.organiser), `${a.date} organiser ${a.organiser}`).toBe(true)
      expect(a.organisations.length, `${a.date} ${a.title}`).toBeGreaterThan(0)
      expect(new Set(a.organisations).size, `${a.date} duplicate reached`).toBe(a.organisations.length)
      for (const o of a.organisations) expect(byName.has(o), `${a.date} reached ${o}`).toBe(true)
    }
  })

  it('never counts more women and men than participants, and leaves some gender unknown', () => {
    for (const a of activities) {
      expect(a.women, a.title).toBeGreaterThanOrEqual(0)
      expect(a.men, a.title).toBeGreaterThanOrEqual(0)
      expect(a.women + a.men, `${a.date} ${a.title}`).toBeLessThanOrEqual(a.participants)
    }
    expect(activities.some((a) => a.participants > a.women + a.men)).toBe(true)
  })

  it('keeps formats realistic', () => {
    for (const a of activities) {
      if (a.kind === 'webinar') {
        expect(a.mode).toBe('online')
        expect(a.participants).toBeGreaterThanOrEqual(20)
        expect(a.participants).toBeLessThanOrEqual(120)
      }
      if (a.kind === 'consulenza') expect(a.participants).toBeLessThanOrEqual(5)
      if (a.kind === 'sportello') {
        expect(a.action).toBe('CWF')
        expect([5, 7]).toContain(a.municipio)
      }
      if (a.mode === 'online') expect(a.municipio).toBeNull()
      expect(a.hours).toBeGreaterThan(0)
    }
    expect(activities.filter((a) => a.date >= '2022-03-01' && a.mode !== 'presenza').length).toBeLessThan(
      activities.filter((a) => a.date < '2022-01-01' && a.mode !== 'presenza').length
    )
  })
})

describe('demo codebook', () => {
  it('has exactly the agreed parents and children, in order', () => {
    const actual = Object.fromEntries(codebook.map((c) => [c.name, (c.children ?? []).map((k) => k.name)]))
    expect(actual).toEqual(expectedCodebook)
    expect(codebook.map((c) => c.name)).toEqual(Object.keys(expectedCodebook))
  })

  it('documents every code and gives each a distinct colour', () => {
    const all = codebook.flatMap((c) => [c, ...(c.children ?? [])])
    for (const c of all) {
      expect(c.color, c.name).toMatch(/^#[0-9A-Fa-f]{6}$/)
      for (const field of [c.definition, c.whenToUse, c.whenNotToUse, c.example]) expect(field.length, c.name).toBeGreaterThan(15)
      for (const n of c.sdgs ?? []) expect(adoptedTargets.some((t) => t.startsWith(`${n}.`)), `${c.name} sdg ${n}`).toBe(true)
      for (const a of c.actions ?? []) expect(actionCodes.has(a), `${c.name} ${a}`).toBe(true)
    }
    expect(new Set(all.map((c) => c.color.toLowerCase())).size).toBe(all.length)
  })

  it('lists parent and child paths', () => {
    const paths = codePaths()
    expect(paths).toHaveLength(35)
    expect(paths).toContain('Genere e pari opportunità')
    expect(paths).toContain('Smart working > Benefici percepiti')
    expect(paths.indexOf('Coworking')).toBeLessThan(paths.indexOf('Coworking > Uso degli spazi'))
  })
})

describe('demo cases', () => {
  it('has the eight interviewees', () => {
    expect(cases.map((c) => c.name)).toEqual([
      'Chiara Lombardi', 'Davide Russo', 'Sara Colombo', 'Luca Marino',
      'Elena Greco', 'Roberto Gallo', 'Paola Ricci', 'Giorgio Conti'
    ])
  })

  it('links cases to existing organisations with consistent attributes', () => {
    const attrByName = new Map(caseAttributes.map((a) => [a.name, a]))
    for (const c of cases) {
      expect(Object.keys(c.attributes).sort(), c.name).toEqual([...attrByName.keys()].sort())
      for (const [name, value] of Object.entries(c.attributes)) {
        const attr = attrByName.get(name)!
        if (attr.type === 'category') expect(attr.choices, `${c.name} ${name}`).toContain(value)
        if (attr.type === 'number') expect(typeof value, `${c.name} ${name}`).toBe('number')
      }
      if (c.organisation === null) {
        expect(c.attributes['Tipo organizzazione']).toBe('Libero professionista')
        continue
      }
      const org = byName.get(c.organisation)
      expect(org, c.name).toBeDefined()
      expect(c.attributes['Tipo organizzazione'], c.name).toBe(org!.orgType)
      expect(c.attributes['Classe dimensionale'], c.name).toBe(org!.sizeClass ?? 'non applicabile')
      expect(c.attributes.Municipio, c.name).toBe(String(org!.municipio))
      const azione = c.attributes.Azione
      if (azione === 'Tutte') expect(org!.actions).toEqual(['SW', 'CW', 'CWF'])
      else expect(org!.actions, c.name).toContain(azione)
    }
  })
})
