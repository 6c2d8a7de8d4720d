import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseSdgCode, sdgRefId, SDG_GOALS, SDG_TARGET_COUNT } from '../../../src/main/services/sdg/sdg-framework'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-project'

const tmp = tempDir('esiti-sdg-')
afterAll(() => tmp.cleanup())

/** Targets per goal in the 2030 Agenda (A/RES/70/1): 169 in all. */
const PER_GOAL = [7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19]

describe('the SDG reference data', () => {
  it('has the 17 goals and 169 targets of the 2030 Agenda, numbered as the UN numbers them', () => {
    expect(SDG_GOALS.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1))
    expect(SDG_GOALS.map((g) => g.targets.length)).toEqual(PER_GOAL)
    expect(SDG_TARGET_COUNT).toBe(169)
    for (const g of SDG_GOALS) {
      const codes = g.targets.map((t) => t.code.split('.')[1])
      const numeric = codes.filter((c) => /^\d+$/.test(c)).map(Number)
      const letters = codes.filter((c) => /^[a-z]$/.test(c))
      // Outcome targets 1…n, then means-of-implementation targets a, b, c… in order.
      expect(numeric, `goal ${g.number}`).toEqual(Array.from({ length: numeric.length }, (_, i) => i + 1))
      expect(letters, `goal ${g.number}`).toEqual('abcd'.slice(0, letters.length).split(''))
      expect(codes).toEqual([...numeric.map(String), ...letters])
      expect(g.color).toMatch(/^#[0-9A-F]{6}$/)
    }
  })

  it('words every goal and target in Italian and in English, each text its own', () => {
    const seen = new Set<string>()
    for (const g of SDG_GOALS) {
      for (const s of [g.short.it, g.short.en, g.title.it, g.title.en]) expect(s.trim().length, `goal ${g.number}`).toBeGreaterThan(8)
      for (const t of g.targets) {
        expect(t.it.length, t.code).toBeGreaterThan(40)
        expect(t.en.length, t.code).toBeGreaterThan(40)
        expect(t.it).not.toBe(t.en)
        expect(t.it, t.code).not.toMatch(/\s{2}|^\s|\s$|\.$/)
        expect(t.en, t.code).not.toMatch(/\s{2}|^\s|\s$|\.$/)
        for (const s of [t.it, t.en]) {
          expect(seen.has(s), `${t.code} repeats another target`).toBe(false)
          seen.add(s)
        }
      }
    }
  })

  it('uses the UN English text and the UNRIC Italian text (spot checks against the published wording)', () => {
    const target = (code: string) => SDG_GOALS.flatMap((g) => g.targets).find((t) => t.code === code)!
    expect(target('5.4').en).toBe(
      'Recognize and value unpaid care and domestic work through the provision of public services, infrastructure and social protection policies and the promotion of shared responsibility within the household and the family as nationally appropriate'
    )
    expect(target('8.5').en).toMatch(/^By 2030, achieve full and productive employment and decent work for all women and men/)
    expect(target('5.1').it).toBe('Porre fine, ovunque, a ogni forma di discriminazione nei confronti di donne e ragazze')
    expect(target('4.1').it).toMatch(/^Garantire entro il 2030 ad ogni ragazza e ragazzo libertà, equità e qualità/)
    expect(target('10.1').it).toContain('strato sociale più basso')
    expect(SDG_GOALS[7].short).toEqual({ it: 'Lavoro dignitoso e crescita economica', en: 'Decent Work and Economic Growth' })
    expect(SDG_GOALS[4].title.it).toBe('Raggiungere l’uguaglianza di genere ed emancipare tutte le donne e le ragazze')
    expect(SDG_GOALS[7].color).toBe('#A21942')
  })

  it('reads goal and target codes as people write them, and refuses what the Agenda does not have', () => {
    expect(parseSdgCode('5')).toEqual({ kind: 'goal', goal: 5 })
    expect(parseSdgCode(' SDG 13 ')).toEqual({ kind: 'goal', goal: 13 })
    expect(parseSdgCode('5.B')).toEqual({ kind: 'target', goal: 5, code: '5.b' })
    expect(parseSdgCode('17.19')).toEqual({ kind: 'target', goal: 17, code: '17.19' })
    for (const bad of ['18', '18.1', '0', '5.7', '5.d', '1.6', '17.20', '', 'five', '5.4.1']) expect(parseSdgCode(bad), bad).toBeNull()
  })

  it('gives every goal and target the same UUID in every project', () => {
    expect(sdgRefId('target', '5.4')).toBe(sdgRefId('target', '5.4'))
    expect(sdgRefId('target', '5.4')).not.toBe(sdgRefId('goal', '5'))
    expect(sdgRefId('goal', 5)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})

describe('esiti sdg targets', () => {
  it('lists 17 goals and 169 targets in both languages, from an empty project', async () => {
    const file = path.join(tmp.dir, 'vuoto.esiti')
    expect((await cli('new', file, '--json')).code).toBe(0)
    const en = await cli('sdg', 'targets', file, '--json')
    const it = await cli('sdg', 'targets', file, '--locale', 'it', '--json')
    for (const r of [en, it]) {
      expect(r.code).toBe(0)
      expect(r.json.goals).toHaveLength(17)
      expect(r.json.goals.reduce((n: number, g: { targets: unknown[] }) => n + g.targets.length, 0)).toBe(169)
      expect(r.json.adopted).toEqual([])
    }
    const g5en = en.json.goals[4]
    const g5it = it.json.goals[4]
    expect(g5en).toMatchObject({ goal: 5, title: 'Gender Equality', titles: { it: 'Parità di genere', en: 'Gender Equality' } })
    expect(g5it.title).toBe('Parità di genere')
    const t54 = (r: typeof en) => r.json.goals[4].targets.find((t: { code: string }) => t.code === '5.4')
    expect(t54(en).title).toMatch(/^Recognize and value unpaid care/)
    expect(t54(it).title).toMatch(/^Riconoscere e valorizzare la cura e il lavoro domestico non retribuito/)
    expect(t54(it).titles.en).toBe(t54(en).title)
    const human = await cli('sdg', 'targets', file, '--locale', 'it')
    expect(human.stdout.split('\n').filter((l) => /^\s+\S/.test(l))).toHaveLength(169)
    expect(human.stdout).toContain('5. Parità di genere')
  })

  it('adopts targets, refuses a goal or target the Agenda does not have, and writes nothing then', async () => {
    const file = path.join(tmp.dir, 'adotta.esiti')
    await cli('new', file, '--json')
    const ok = await cli('sdg', 'adopt', file, '5.4', '8.5', 'SDG 13', '--json')
    expect(ok.code).toBe(0)
    expect(ok.json.adopted).toEqual(['5.4', '8.5', '13'])
    const bad = await cli('sdg', 'adopt', file, '10.2', '18.1', '--json')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toBe('esiti: "18.1": there is no Sustainable Development Goal 18 (the 2030 Agenda has goals 1 to 17).\n')
    const badIt = await cli('sdg', 'adopt', file, '5.9', '--locale', 'it')
    expect(badIt.stderr).toMatch(/«5\.9» non è un target dell’Agenda 2030/)
    expect((await cli('sdg', 'targets', file, '--json')).json.adopted).toEqual(['5.4', '8.5', '13'])
    const drop = await cli('sdg', 'drop', file, '8.5', '--json')
    expect(drop.json.adopted).toEqual(['5.4', '13'])
    expect((await cli('undo', file, '--json')).code).toBe(0)
    expect((await cli('sdg', 'targets', file, '--json')).json.adopted).toEqual(['5.4', '8.5', '13'])
  })
})
