import { describe, expect, it } from 'vitest'
import type { DemoCoding, DemoInterview } from '../../../src/main/demo/content/types'
import { interview as t05 } from '../../../src/main/demo/content/transcripts/t05'
import { interview as t06 } from '../../../src/main/demo/content/transcripts/t06'
import { interview as t07 } from '../../../src/main/demo/content/transcripts/t07'
import { interview as t08 } from '../../../src/main/demo/content/transcripts/t08'

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
    file: 't05',
    interview: t05,
    name: 'Intervista 05 – Coordinatrice Cittadella del welfare',
    caseName: 'Elena Greco',
    date: '2023-05-09',
    speakers: ['INT', 'R']
  },
  {
    file: 't06',
    interview: t06,
    name: 'Intervista 06 – Titolare Forno San Siro',
    caseName: 'Roberto Gallo',
    date: '2023-05-16',
    speakers: ['Intervistatore', 'Roberto Gallo']
  },
  {
    file: 't07',
    interview: t07,
    name: 'Intervista 07 – Referente Comune di Milano',
    caseName: 'Paola Ricci',
    date: '2023-05-30',
    speakers: ['INT', 'R']
  },
  {
    file: 't08',
    interview: t08,
    name: 'Intervista 08 – Sindacato Lavoratori Uniti Milano',
    caseName: 'Giorgio Conti',
    date: '2023-06-13',
    speakers: ['Intervistatore', 'Giorgio Conti']
  }
]

const EMOJI = /\p{Extended_Pictographic}/u

function countOccurrences(text: string, quote: string): number {
  let n = 0
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) n++
  return n
}

/** UTF-16 span of the coding's quote in the text (its `occurrence`-th match). */
function span(text: string, c: DemoCoding): [number, number] {
  let at = -1
  for (let k = 0; k < (c.occurrence ?? 1); k++) at = text.indexOf(c.quote.normalize('NFC'), at + 1)
  return [at, at + c.quote.normalize('NFC').length]
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
    expect(text).toMatch(/^Progetto MIRE – Valutazione\nIntervista semi-strutturata\n/)
    expect(text).toMatch(/\[\d{2}:\d{2}:\d{2}\]/)
    expect(text).toContain('\n\n')
    for (const speaker of c.speakers) {
      const turn = new RegExp(`^(\\[\\d{2}:\\d{2}:\\d{2}\\] )?${speaker}: \\S`, 'gm')
      expect((text.match(turn) ?? []).length, speaker).toBeGreaterThanOrEqual(15)
    }
    const stamped = text.match(/^\[\d{2}:\d{2}:\d{2}\] \S/gm) ?? []
    expect(stamped.length).toBeGreaterThanOrEqual(5)
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
    expect(codings.some((x) => x.quote.includes('’'))).toBe(true)
    expect(codings.some((x) => /[àèéìòù]/.test(x.quote))).toBe(true)
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
    expect(agreeing.length / marco.length).toBeLessThan(0.9)
    expect(identical.length).toBeGreaterThanOrEqual(5)
    expect(identical.length).toBeLessThan(agreeing.length)
    expect(differentCode.length).toBeGreaterThanOrEqual(3)
    expect(marcoOnly.length).toBeGreaterThanOrEqual(1)
    expect(giuliaOnly.length).toBeGreaterThanOrEqual(1)
  })
})

describe('demo transcripts 05–08, shared features', () => {
  it('use capital accented letters', () => {
    const all = cases.map((c) => c.interview.transcript.text).join('\n')
    expect(all).toContain('É')
    expect(all).toContain('È')
  })

  it('quote the employee message with its emoji in t06', () => {
    expect(t06.transcript.text).toMatch(EMOJI)
    const withEmoji = t06.codings.filter((c) => EMOJI.test(c.quote))
    expect(withEmoji.length).toBeGreaterThanOrEqual(1)
    expect(new Set(withEmoji.map((c) => c.coder)).size).toBe(2)
  })

  it('keep each interviewee in one transcript only', () => {
    for (const c of cases) {
      for (const other of cases) {
        if (other !== c) expect(other.interview.transcript.caseName).not.toBe(c.caseName)
      }
    }
  })
})
