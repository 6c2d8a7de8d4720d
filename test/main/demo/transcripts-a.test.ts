import { describe, expect, it } from 'vitest'
import type { DemoCoding, DemoInterview } from '../../../src/main/demo/content/types'
import { interview as t01 } from '../../../src/main/demo/content/transcripts/t01'
import { interview as t02 } from '../../../src/main/demo/content/transcripts/t02'
import { interview as t03 } from '../../../src/main/demo/content/transcripts/t03'
import { interview as t04 } from '../../../src/main/demo/content/transcripts/t04'

const CODE_PATHS = new Set([
  'Smart working > Benefici percepiti',
  'Smart working > Difficoltà e limiti',
  'Smart working > Strumenti e tecnologie',
  'Smart working > Accordi e regolamenti',
  'Coworking > Uso degli spazi',
  'Coworking > Reti e contaminazione',
  'Coworking > Prossimità al territorio',
  'Welfare aziendale > Servizi attivati',
  'Welfare aziendale > Bisogni dei lavoratori',
  'Welfare aziendale > Costi e sostenibilità economica',
  'Welfare territoriale > Rete pubblico-privato',
  'Welfare territoriale > Cittadella del welfare',
  'Welfare territoriale > Servizi di prossimità',
  'Conciliazione vita-lavoro > Carichi di cura',
  'Conciliazione vita-lavoro > Tempi e orari',
  'Conciliazione vita-lavoro > Benessere',
  'Genere e pari opportunità > Divario di genere',
  'Genere e pari opportunità > Ruolo delle donne nei processi',
  'Sostenibilità ambientale > Mobilità e spostamenti',
  'Sostenibilità ambientale > Consumi energetici',
  'Governance del programma > Comunicazione e coinvolgimento',
  'Governance del programma > Coordinamento tra partner',
  'Governance del programma > Criticità attuative',
  'Risultati ed esiti > Cambiamenti organizzativi',
  'Risultati ed esiti > Continuità nel tempo',
  'Risultati ed esiti > Raccomandazioni'
])

interface Case {
  file: string
  interview: DemoInterview
  name: string
  caseName: string
  date: string
  speakers: [string, string]
}

const cases: Case[] = [
  {
    file: 't01',
    interview: t01,
    name: 'Intervista 01 – HR Meccanica Vigentina',
    caseName: 'Chiara Lombardi',
    date: '2023-03-14',
    speakers: ['INT', 'R']
  },
  {
    file: 't02',
    interview: t02,
    name: 'Intervista 02 – Dipendente Logistica Chiaravalle',
    caseName: 'Davide Russo',
    date: '2023-03-21',
    speakers: ['Intervistatrice', 'Davide Russo']
  },
  {
    file: 't03',
    interview: t03,
    name: 'Intervista 03 – Spazio Comune Barona',
    caseName: 'Sara Colombo',
    date: '2023-04-04',
    speakers: ['INT', 'R']
  },
  {
    file: 't04',
    interview: t04,
    name: 'Intervista 04 – Libero professionista in coworking',
    caseName: 'Luca Marino',
    date: '2023-04-18',
    speakers: ['Intervistatrice', 'Luca Marino']
  }
]

const EMOJI = /\p{Extended_Pictographic}/u

function countOccurrences(text: string, quote: string): number {
  let n = 0
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) n++
  return n
}

/** UTF-16 span of the coding's quote in the text (the `occurrence`-th match). */
function span(text: string, c: DemoCoding): [number, number] {
  let at = -1
  for (let k = 0; k < (c.occurrence ?? 1); k++) at = text.indexOf(c.quote, at + 1)
  return [at, at + c.quote.length]
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length
}

describe.each(cases)('demo transcript $file', (c) => {
  const text = c.interview.transcript.text.normalize('NFC')
  const codings = c.interview.codings

  it('has the expected metadata', () => {
    expect(c.interview.transcript.name).toBe(c.name)
    expect(c.interview.transcript.caseName).toBe(c.caseName)
    expect(c.interview.transcript.date).toBe(c.date)
  })

  it('is a long, realistic Italian transcript', () => {
    const n = words(text)
    expect(n).toBeGreaterThanOrEqual(1800)
    expect(n).toBeLessThanOrEqual(2600)
    expect(text).toBe(c.interview.transcript.text)
    expect(text).not.toContain('\r')
    expect(text).toContain("'")
    expect(text).toContain('’')
    expect(text).toContain('è')
    expect(text).toMatch(/«[^»]+»/)
    expect(text).toMatch(/^Progetto MIRE/)
    expect(text).toMatch(/\[\d{2}:\d{2}:\d{2}\]/)
    expect(text).toContain('\n\n')
    for (const speaker of c.speakers) {
      const turn = new RegExp(`^(\\[\\d{2}:\\d{2}:\\d{2}\\] )?${speaker}: \\S`, 'gm')
      expect((text.match(turn) ?? []).length).toBeGreaterThanOrEqual(15)
    }
  })

  it('has codings whose quotes occur in the text', () => {
    for (const coding of codings) {
      const found = countOccurrences(text, coding.quote.normalize('NFC'))
      expect(found, coding.quote).toBeGreaterThanOrEqual(coding.occurrence ?? 1)
      if (found > 1) expect(coding.occurrence, `ambiguous quote: ${coding.quote}`).toBeDefined()
      expect(words(coding.quote), coding.quote).toBeGreaterThanOrEqual(8)
      expect(words(coding.quote), coding.quote).toBeLessThanOrEqual(60)
      expect(CODE_PATHS.has(coding.code), coding.code).toBe(true)
    }
  })

  it('has two coders with realistic amounts of codings', () => {
    const giulia = codings.filter((x) => x.coder === 'Giulia')
    const marco = codings.filter((x) => x.coder === 'Marco')
    expect(giulia.length).toBeGreaterThanOrEqual(20)
    expect(giulia.length).toBeLessThanOrEqual(30)
    expect(marco.length).toBeGreaterThanOrEqual(18)
    expect(marco.length).toBeLessThanOrEqual(28)
    expect(giulia.length + marco.length).toBe(codings.length)
    expect(codings.some((x) => x.comment && x.comment.length > 0)).toBe(true)
  })

  it('has overlapping codings with different codes by the same coder', () => {
    let pairs = 0
    for (let i = 0; i < codings.length; i++) {
      for (let j = i + 1; j < codings.length; j++) {
        const a = codings[i]
        const b = codings[j]
        if (a.coder === b.coder && a.code !== b.code && overlaps(span(text, a), span(text, b))) pairs++
      }
    }
    expect(pairs).toBeGreaterThanOrEqual(5)
  })

  it('mixes agreement and disagreement between the coders', () => {
    const giulia = codings.filter((x) => x.coder === 'Giulia')
    const marco = codings.filter((x) => x.coder === 'Marco')
    const agreeing = marco.filter((m) =>
      giulia.some((g) => g.code === m.code && overlaps(span(text, g), span(text, m)))
    )
    const identical = marco.filter((m) =>
      giulia.some((g) => g.code === m.code && g.quote === m.quote && g.occurrence === m.occurrence)
    )
    const differentCode = marco.filter(
      (m) =>
        !giulia.some((g) => g.code === m.code && overlaps(span(text, g), span(text, m))) &&
        giulia.some((g) => overlaps(span(text, g), span(text, m)))
    )
    const marcoOnly = marco.filter((m) => !giulia.some((g) => overlaps(span(text, g), span(text, m))))
    const giuliaOnly = giulia.filter((g) => !marco.some((m) => overlaps(span(text, g), span(text, m))))
    expect(agreeing.length / marco.length).toBeGreaterThanOrEqual(0.5)
    expect(agreeing.length / marco.length).toBeLessThan(0.95)
    expect(identical.length).toBeGreaterThanOrEqual(5)
    expect(identical.length).toBeLessThan(agreeing.length)
    expect(differentCode.length).toBeGreaterThanOrEqual(2)
    expect(marcoOnly.length).toBeGreaterThanOrEqual(1)
    expect(giuliaOnly.length).toBeGreaterThanOrEqual(1)
  })
})

describe('demo transcripts, shared features', () => {
  it('use capital accented letters and emoji where planned', () => {
    const all = cases.map((c) => c.interview.transcript.text).join('\n')
    expect(all).toContain('É')
    expect(all).toContain('È')
    expect(t04.transcript.text).toMatch(EMOJI)
    expect(t04.codings.some((c) => EMOJI.test(c.quote))).toBe(true)
  })

  it('quote curly apostrophes and accents in codings', () => {
    const quotes = cases.flatMap((c) => c.interview.codings.map((x) => x.quote))
    expect(quotes.some((q) => q.includes('’'))).toBe(true)
    expect(quotes.some((q) => /[àèéìòù]/.test(q))).toBe(true)
  })
})
