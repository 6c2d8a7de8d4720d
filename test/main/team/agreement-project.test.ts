import { afterEach, describe, expect, it } from 'vitest'
import { projectAgreement } from '../../../src/main/services/team/agreement/project-agreement'
import { cliJson, cli, code, newProject, seed, type CodingSpec, type TestProject } from './helpers'
import { englishText } from '../../../src/shared/messages'

let open: TestProject[] = []
afterEach(() => {
  for (const p of open) p.close()
  open = []
})

const D1 = [
  '1 2 3 3 2 1 4 1 2 . . .',
  '1 2 3 3 2 2 4 1 2 5 . 3',
  '. 3 3 3 2 3 4 2 2 5 1 .',
  '1 2 3 3 2 4 4 1 2 5 1 .'
]

/** One source of `units` paragraphs separated by blank lines; returns the paragraph spans. */
function paragraphs(units: number): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = []
  let text = ''
  for (let u = 0; u < units; u++) {
    if (u) text += '\n\n'
    const p = `Paragrafo ${u + 1}: l’intervistata descrive il servizio di welfare aziendale.`
    spans.push([text.length, text.length + p.length])
    text += p
  }
  return { text, spans }
}

/** A project whose codings reproduce a coders × units reliability table as paragraph codings. */
async function reliabilityProject(rows: string[], coders: string[]): Promise<TestProject> {
  const p = await newProject()
  const table = rows.map((r) => r.trim().split(/\s+/))
  const { text, spans } = paragraphs(table[0].length)
  const ids = seed(p.ctx, { coders, codes: ['v1', 'v2', 'v3', 'v4', 'v5'], sources: { Intervista: text } })
  const list: CodingSpec[] = []
  table.forEach((row, i) =>
    row.forEach((v, u) => {
      if (v === '.' || v === '*') return
      // Code a part of the paragraph only: the unit is the paragraph, not the exact span.
      list.push({ source: 'Intervista', code: `v${v}`, coder: coders[i], start: spans[u][0] + 3, end: spans[u][1] - 2 })
    })
  )
  code(p.ctx, ids, list)
  return p
}

describe('esiti agreement reproduces the published reference values', () => {
  it('D1 (Krippendorff 2011) at every level over paragraph units', async () => {
    const p = await reliabilityProject(D1, ['A', 'B', 'C', 'D'])
    p.close()
    const expected = { nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 }
    for (const [level, alpha] of Object.entries(expected)) {
      const r = await cliJson<{ alpha: number; units: { count: number; pairable: number; missing: number }; coders: unknown[] }>([
        'agreement', p.file, '--coders', 'A,B,C,D', '--codes', 'v1,v2,v3,v4,v5', '--unit', 'paragraph', '--level', level
      ])
      expect(r.alpha.toFixed(3)).toBe(alpha.toFixed(3))
      expect(r.units.count).toBe(12)
      expect(r.units.pairable).toBe(11)
      expect(r.units.missing).toBe(7)
      expect(r.coders).toHaveLength(4)
    }
  })

  it('D2 (3 coders × 15 units) nominal .691 and interval .811', async () => {
    const D2 = ['* * * * * 3 4 1 2 1 1 3 3 * 3', '1 * 2 1 3 3 4 3 * * * * * * *', '* * 2 1 3 4 4 * 2 1 1 3 3 * 4']
    const p = await reliabilityProject(D2, ['A', 'B', 'C'])
    const nominal = projectAgreement(p.ctx, { coders: ['A', 'B', 'C'], codes: 'v1,v2,v3,v4,v5', unit: 'paragraph' })
    expect(nominal.alpha).toBeCloseTo(0.691358, 6)
    const interval = projectAgreement(p.ctx, { coders: 'A,B,C', codes: 'v1,v2,v3,v4,v5', unit: 'paragraph', level: 'interval' })
    expect(interval.alpha).toBeCloseTo(0.810845, 6)
  })

  it('D7 NVivo character example: 85% and kappa 0.318', async () => {
    const p = await newProject()
    const ids = seed(p.ctx, { coders: ['Anna', 'Bruno'], codes: ['Benessere'], sources: { S: 'x'.repeat(1000) } })
    code(p.ctx, ids, [
      { source: 'S', code: 'Benessere', coder: 'Anna', start: 0, end: 100 },
      { source: 'S', code: 'Benessere', coder: 'Anna', start: 80, end: 150 },
      { source: 'S', code: 'Benessere', coder: 'Bruno', start: 100, end: 200 }
    ])
    p.close()
    const r = await cliJson<{
      percent: number
      kappa: number
      alpha: number | null
      perCode: { code: string; percent: number; kappa: number; pairs: { characters: Record<string, number> }[] }[]
      explanation: Record<string, { key: string; text: string }>
    }>(['agreement', p.file, '--coders', 'Anna,Bruno'])
    expect(r.percent.toFixed(3)).toBe('85.000')
    expect(r.kappa.toFixed(3)).toBe('0.318')
    expect(r.perCode).toHaveLength(1)
    expect(r.perCode[0].code).toBe('Benessere')
    expect(r.perCode[0].kappa).toBeCloseTo(0.318182, 6)
    expect(r.perCode[0].pairs[0].characters).toEqual({ total: 1000, a: 150, b: 100, both: 50, union: 200 })
    expect(r.kappa).not.toBeCloseTo(0.2131, 3)
    expect(r.explanation.kappa.text).toMatch(/NVivo/)
    expect(r.explanation.kappa.text).toMatch(/EF = \(A·B/)
  })
})

describe('esiti agreement --json reproduces the other published vectors to three decimals', () => {
  const repeat = (parts: [number, number][]): string => parts.flatMap(([v, n]) => new Array<number>(n).fill(v)).join(' ')

  it('D2 through the CLI: nominal .691, interval .811', async () => {
    const D2 = ['* * * * * 3 4 1 2 1 1 3 3 * 3', '1 * 2 1 3 3 4 3 * * * * * * *', '* * 2 1 3 4 4 * 2 1 1 3 3 * 4']
    const p = await reliabilityProject(D2, ['A', 'B', 'C'])
    p.close()
    for (const [level, alpha] of [['nominal', '0.691'], ['interval', '0.811'], ['ordinal', '0.807'], ['ratio', '0.809']]) {
      const r = await cliJson<{ alpha: number }>(['agreement', p.file, '--coders', 'A,B,C', '--codes', 'v1,v2,v3,v4,v5', '--unit', 'paragraph', '--level', level])
      expect(r.alpha.toFixed(3)).toBe(alpha)
    }
  })

  it('D4 ATLAS.ti manual: 60% agreement, alpha 0.095, Cohen 0.091 (values no = v1, yes = v2)', async () => {
    const p = await reliabilityProject(['2 2 1 1 1 1 1 1 1 1', '1 2 2 1 1 2 1 2 1 1'], ['C1', 'C2'])
    p.close()
    const r = await cliJson<{ percent: number; kappa: number; alpha: number }>(['agreement', p.file, '--coders', 'C1,C2', '--codes', 'v1,v2', '--unit', 'paragraph'])
    expect(r.percent.toFixed(3)).toBe('60.000')
    expect(r.alpha.toFixed(3)).toBe('0.095')
    expect(r.kappa.toFixed(3)).toBe('0.091')
  })

  it('D5 scikit-learn: 3 classes 0.801; weighted 0.932 / 0.941 / 0.954 as nominal / ordinal / interval', async () => {
    const p = await reliabilityProject([repeat([[1, 46], [2, 44], [3, 10]]), repeat([[1, 52], [2, 32], [3, 16]])], ['y1', 'y2'])
    p.close()
    const args = (level: string) => ['agreement', p.file, '--coders', 'y1,y2', '--codes', 'v1,v2,v3', '--unit', 'paragraph', '--level', level]
    expect((await cliJson<{ kappa: number }>(args('nominal'))).kappa.toFixed(3)).toBe('0.801')
    const q = await reliabilityProject([repeat([[1, 46], [2, 44], [3, 10]]), repeat([[1, 50], [2, 40], [3, 10]])], ['y1', 'y2'])
    q.close()
    const w = (level: string) => ['agreement', q.file, '--coders', 'y1,y2', '--codes', 'v1,v2,v3', '--unit', 'paragraph', '--level', level]
    expect((await cliJson<{ kappa: number }>(w('nominal'))).kappa.toFixed(3)).toBe('0.932')
    expect((await cliJson<{ kappa: number }>(w('ordinal'))).kappa.toFixed(3)).toBe('0.941')
    expect((await cliJson<{ kappa: number }>(w('interval'))).kappa.toFixed(3)).toBe('0.954')
  })

  it('D5 scikit-learn binary 0.348 as character-level kappa (coded / not coded per character)', async () => {
    const p = await newProject()
    const ids = seed(p.ctx, { coders: ['y1', 'y2'], codes: ['Presente'], sources: { S: 'abcdefghij'.repeat(10) } })
    // y1 = [0]*40 + [1]*60, y2 = [0]*20 + [1]*20 + [0]*10 + [1]*50, one character per label.
    code(p.ctx, ids, [
      { source: 'S', code: 'Presente', coder: 'y1', start: 40, end: 100 },
      { source: 'S', code: 'Presente', coder: 'y2', start: 20, end: 40 },
      { source: 'S', code: 'Presente', coder: 'y2', start: 50, end: 100 }
    ])
    p.close()
    const r = await cliJson<{ percent: number; kappa: number }>(['agreement', p.file, '--coders', 'y1,y2', '--unit', 'character'])
    expect(r.kappa.toFixed(3)).toBe('0.348')
    expect(r.kappa).toBeCloseTo(8 / 23, 12)
    expect(r.percent.toFixed(3)).toBe('70.000')
  })
})

describe('project agreement', () => {
  it('coded-only figures, mean per-source kappa and segments (MAXQDA)', async () => {
    const p = await newProject()
    open.push(p)
    const ids = seed(p.ctx, { coders: ['A', 'B'], codes: ['X', 'Y'], sources: { S1: 'a'.repeat(1000), S2: 'b'.repeat(500) } })
    code(p.ctx, ids, [
      { source: 'S1', code: 'X', coder: 'A', start: 0, end: 150 },
      { source: 'S1', code: 'X', coder: 'B', start: 100, end: 200 },
      { source: 'S2', code: 'X', coder: 'A', start: 10, end: 110 },
      { source: 'S2', code: 'X', coder: 'B', start: 12, end: 110 },
      { source: 'S2', code: 'Y', coder: 'A', start: 300, end: 400 }
    ])
    const r = projectAgreement(p.ctx, { coders: ['A', 'B'] })
    const x = r.perCode.find((c) => c.code === 'X')!
    // Pooled over the two sources: T = 1500, A = 250, B = 198, both = 148.
    expect(x.pairs[0].characters).toEqual({ total: 1500, a: 250, b: 198, both: 148, union: 300 })
    expect(x.percentCodedOnly).toBeCloseTo((148 / 300) * 100, 10)
    expect(x.perSource).toHaveLength(2)
    expect(x.meanSourceKappa).toBeCloseTo(((x.perSource[0].kappa ?? 0) + (x.perSource[1].kappa ?? 0)) / 2, 10)
    // S2: 98/100 overlap ≥ 90% agrees; S1: 50/200 does not.
    expect(x.segments).toMatchObject({ matched: 1, onlyFirst: 1, onlySecond: 1 })
    expect(x.segments.percent).toBeCloseTo(100 / 3, 10)
    expect(x.segments.kappa).toBeCloseTo((1 / 3 - 1 / 2) / (1 - 1 / 2), 10)
    const y = r.perCode.find((c) => c.code === 'Y')!
    expect(y.coded).toEqual([100, 0])
    expect(r.codes.map((c) => c.name)).toEqual(['X', 'Y'])
  })

  it('three coders: mean over pairs and nominal alpha over characters', async () => {
    const p = await newProject()
    open.push(p)
    const ids = seed(p.ctx, { coders: ['A', 'B', 'C'], codes: ['X'], sources: { S: 'z'.repeat(100) } })
    code(p.ctx, ids, [
      { source: 'S', code: 'X', coder: 'A', start: 0, end: 50 },
      { source: 'S', code: 'X', coder: 'B', start: 0, end: 50 },
      { source: 'S', code: 'X', coder: 'C', start: 25, end: 75 }
    ])
    const r = projectAgreement(p.ctx, { coders: 'A,B,C' })
    expect(r.pairs).toHaveLength(3)
    expect(r.pairs[0].kappa).toBe(1)
    expect(r.kappa).toBeCloseTo((1 + 2 * (r.pairs[1].kappa ?? 0)) / 3, 10)
    // Characters: 25 coded by all, 25 by A+B only, 25 by C only, 25 by none.
    const brute: number[][] = [[], [], []]
    for (let i = 0; i < 100; i++) {
      brute[0].push(i < 50 ? 1 : 0)
      brute[1].push(i < 50 ? 1 : 0)
      brute[2].push(i >= 25 && i < 75 ? 1 : 0)
    }
    const { krippendorffAlpha } = await import('../../../src/main/services/team/agreement/stats')
    expect(r.alpha).toBeCloseTo(krippendorffAlpha(brute) ?? NaN, 10)
  })

  it('several listed codes in one paragraph: the one covering most characters counts', async () => {
    const p = await newProject()
    open.push(p)
    const text = 'Primo paragrafo con parecchie parole dentro.\n\nSecondo paragrafo.'
    const ids = seed(p.ctx, { coders: ['A', 'B'], codes: ['uno', 'due'], sources: { S: text } })
    code(p.ctx, ids, [
      { source: 'S', code: 'uno', coder: 'A', start: 0, end: 5 },
      { source: 'S', code: 'due', coder: 'A', start: 6, end: 40 },
      { source: 'S', code: 'due', coder: 'B', start: 0, end: 10 },
      { source: 'S', code: 'uno', coder: 'B', start: 46, end: 60 }
    ])
    const r = projectAgreement(p.ctx, { coders: 'A,B', codes: 'uno,due', unit: 'paragraph' })
    expect(r.units?.count).toBe(2)
    expect(r.units?.values).toEqual([{ sourceId: ids.sources.S, start: 46, end: 64, values: [null, 1] }])
    expect(r.percent).toBe(100)
    expect(r.units?.pairable).toBe(1)
    expect(englishText(r.explanation.multiValue)).toMatch(/most characters/)
  })

  it('paragraph units follow the structure recognised at import (speaker turns)', async () => {
    const p = await newProject()
    open.push(p)
    const text = 'Intervista del 3 maggio.\n\nIntervistatore: Come usate lo smart working?\nMaria: Due giorni.\nIntervistatore: Bene.'
    const ids = seed(p.ctx, { coders: ['A', 'B'], codes: ['uno'], sources: { S: text } })
    const last = text.lastIndexOf('Intervistatore')
    code(p.ctx, ids, [{ source: 'S', code: 'uno', coder: 'A', start: last, end: text.length }])
    const r = projectAgreement(p.ctx, { coders: 'A,B', codes: 'uno', unit: 'paragraph' })
    // Blank lines alone would give two paragraphs; the second speaker turn starts a third.
    expect(r.units?.count).toBe(3)
    expect(r.units?.values).toEqual([{ sourceId: ids.sources.S, start: last, end: text.length, values: [1, null] }])
  })

  it('sentence units split paragraphs into sentences', async () => {
    const p = await newProject()
    open.push(p)
    const text = 'Una frase. Un’altra frase! E una terza?\n\nNuovo paragrafo.'
    const ids = seed(p.ctx, { coders: ['A', 'B'], codes: ['uno'], sources: { S: text } })
    code(p.ctx, ids, [{ source: 'S', code: 'uno', coder: 'A', start: 0, end: 5 }])
    const r = projectAgreement(p.ctx, { coders: 'A,B', codes: 'uno', unit: 'sentence' })
    expect(r.units?.count).toBe(4)
  })

  it('clear errors for bad input', async () => {
    const p = await newProject()
    const ids = seed(p.ctx, { coders: ['A', 'B'], codes: ['X'], sources: { S: 'testo' } })
    code(p.ctx, ids, [{ source: 'S', code: 'X', coder: 'A', start: 0, end: 5 }])
    p.close()
    const one = await cli(['agreement', p.file, '--coders', 'A', '--json'])
    expect(one.code).toBe(1)
    expect(one.err).toMatch(/at least two/)
    const unknown = await cli(['agreement', p.file, '--coders', 'A,Zeta'])
    expect(unknown.err).toMatch(/Coder not found: "Zeta"/)
    const unit = await cli(['agreement', p.file, '--coders', 'A,B', '--unit', 'word'])
    expect(unit.err).toMatch(/--unit must be one of/)
    const none = await cli(['agreement', p.file])
    expect(none.err).toMatch(/Missing --coders/)
  })
})
