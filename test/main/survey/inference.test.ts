import { describe, expect, it } from 'vitest'
import { parseLooseNumber, detectDecimal } from '../../../src/main/services/survey/infer/parse-number'
import { detectDateOrder, parseLooseDate } from '../../../src/main/services/survey/infer/parse-date'
import { canonicalYesNo, numericScale, recogniseScale } from '../../../src/main/services/survey/infer/scales'
import { discoverOptions, looksLikeMultiSelect, OptionSplitter } from '../../../src/main/services/survey/infer/multi-split'
import { isMissingText, isNonSubstantiveText, numericMissingCodes } from '../../../src/main/services/survey/infer/missing-codes'
import { fingerprint, looseKey, slugify } from '../../../src/main/services/survey/infer/text-norm'
import { detectPlatform, metadataType } from '../../../src/main/services/survey/import/platform'
import { inferColumn } from '../../../src/main/services/survey/infer/infer'
import { profileColumn } from '../../../src/main/services/survey/infer/column-profile'
import type { RawColumn } from '../../../src/main/services/survey/model'

function textColumn(values: (string | number | null)[]): RawColumn {
  const n = values.length
  const kind = new Uint8Array(n)
  const num = new Float64Array(n).fill(NaN)
  const text: (string | null)[] = []
  values.forEach((v, i) => {
    if (v === null) text.push(null)
    else if (typeof v === 'number') {
      kind[i] = 2
      num[i] = v
      text.push(null)
    } else {
      kind[i] = 1
      text.push(v)
    }
  })
  return { kind, num, text }
}

describe('Italian numbers', () => {
  it('parses decimal commas, thousands dots, units, currency and words', () => {
    expect(parseLooseNumber('3,5')).toBe(3.5)
    expect(parseLooseNumber('1.200')).toBe(1200)
    expect(parseLooseNumber('€ 1.200,50')).toBe(1200.5)
    expect(parseLooseNumber('1.200,50 €')).toBe(1200.5)
    expect(parseLooseNumber('45 anni')).toBe(45)
    expect(parseLooseNumber('30 minuti')).toBe(30)
    expect(parseLooseNumber('2 giorni a settimana')).toBe(2)
    expect(parseLooseNumber('due')).toBe(2)
    expect(parseLooseNumber('due e mezzo')).toBe(2.5)
    expect(parseLooseNumber('2.5')).toBe(2.5)
    expect(parseLooseNumber('circa 40')).toBe(40)
    expect(parseLooseNumber('-3')).toBe(-3)
    expect(parseLooseNumber('2-3')).toBeNull()
    expect(parseLooseNumber('boh')).toBeNull()
    expect(parseLooseNumber('')).toBeNull()
  })

  it('decides the decimal mark per column', () => {
    expect(detectDecimal(['1.200', '3,5', '2'])).toBe(',')
    expect(detectDecimal(['1.25', '3.75', '2'])).toBe('.')
    expect(parseLooseNumber('1.200', '.')).toBe(1.2)
    expect(parseLooseNumber('1,200.50', '.')).toBe(1200.5)
  })
})

describe('dates', () => {
  it('reads Google Forms Italian timestamps with dots in the time', () => {
    expect(parseLooseDate('12/02/2023 19.07.17')).toEqual({ date: '2023-02-12', time: '19:07:17' })
    expect(parseLooseDate('12/02/2023')).toEqual({ date: '2023-02-12', time: null })
    expect(parseLooseDate('2023-02-12T19:07:17.000+01:00')).toEqual({ date: '2023-02-12', time: '19:07:17' })
    expect(parseLooseDate('12 febbraio 2023')).toEqual({ date: '2023-02-12', time: null })
    expect(parseLooseDate('31/02/2023')).toBeNull()
    expect(parseLooseDate('00210PRG1')).toBeNull()
  })

  it('is day-first unless a value proves month-first', () => {
    expect(detectDateOrder(['03/04/2023', '13/04/2023'])).toBe('dmy')
    expect(detectDateOrder(['03/04/2023', '04/13/2023 5:07:17 PM'])).toBe('mdy')
    expect(parseLooseDate('2/12/2023 5:07:17 PM', 'mdy')).toEqual({ date: '2023-02-12', time: '17:07:17' })
  })
})

describe('Italian response scales', () => {
  it('orders agreement, satisfaction, frequency and quantity scales semantically', () => {
    const shuffled = ["Molto d'accordo", "Per niente d'accordo", "Abbastanza d'accordo", "Poco d'accordo", "Né d'accordo né in disaccordo"]
    expect(recogniseScale(shuffled)?.labels).toEqual([
      "Per niente d'accordo",
      "Poco d'accordo",
      "Né d'accordo né in disaccordo",
      "Abbastanza d'accordo",
      "Molto d'accordo"
    ])
    expect(recogniseScale(['Del tutto d’accordo', "Per niente d'accordo", "Molto d'accordo"])?.labels).toEqual([
      "Per niente d'accordo",
      "Molto d'accordo",
      'Del tutto d’accordo'
    ])
    expect(recogniseScale(['Fortemente d\'accordo', 'In disaccordo', "D'accordo", 'Fortemente in disaccordo', 'Neutrale'])?.labels).toEqual([
      'Fortemente in disaccordo',
      'In disaccordo',
      'Neutrale',
      "D'accordo",
      "Fortemente d'accordo"
    ])
    expect(recogniseScale(['Molto soddisfatto', 'Per niente soddisfatto', 'Abbastanza soddisfatto', 'Poco soddisfatto'])?.labels).toEqual([
      'Per niente soddisfatto',
      'Poco soddisfatto',
      'Abbastanza soddisfatto',
      'Molto soddisfatto'
    ])
    expect(recogniseScale(['Spesso', 'Mai', 'Sempre', 'A volte', 'Raramente'])?.labels).toEqual(['Mai', 'Raramente', 'A volte', 'Spesso', 'Sempre'])
    expect(recogniseScale(['Molto', 'Per nulla', 'Abbastanza', 'Poco'])?.labels).toEqual(['Per nulla', 'Poco', 'Abbastanza', 'Molto'])
    expect(recogniseScale(['Ottimo', 'Scarso', 'Buono', 'Sufficiente'])?.labels).toEqual(['Scarso', 'Sufficiente', 'Buono', 'Ottimo'])
  })

  it('recognises yes/no in any spelling and refuses unrelated labels', () => {
    expect(recogniseScale(['Sì', 'si', 'SI', 'No'])?.axis).toBe('yesno')
    expect(canonicalYesNo('SI ')).toBe('Sì')
    expect(canonicalYesNo('no')).toBe('No')
    expect(recogniseScale(['Milano', 'Roma', 'Torino'])).toBeNull()
    expect(recogniseScale(['Molto importante', 'Poco utile'])).toBeNull()
  })

  it('treats 1–5 and 0–10 ratings as scales only when the question says so', () => {
    expect(numericScale([1, 2, 3, 5], 'Valuta da 1 a 5 il servizio')).toEqual([1, 2, 3, 4, 5])
    expect(numericScale([0, 3, 8, 10], 'Voto complessivo (0-10)')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(numericScale([0, 1, 2, 5], 'Quanti giorni lavori da casa?')).toBeNull()
  })
})

describe('multiple answers in one cell', () => {
  it('splits by known options even when an option contains the separator', () => {
    const s = new OptionSplitter(', ', ['Mensa', "Asilo nido, scuola dell'infanzia", 'Palestra'])
    expect(s.split("Mensa, Asilo nido, scuola dell'infanzia, Palestra")).toEqual(['Mensa', "Asilo nido, scuola dell'infanzia", 'Palestra'])
    expect(s.split('Palestra')).toEqual(['Palestra'])
    const ms = new OptionSplitter(';', ['A b', 'C'])
    expect(ms.split('A b;C;')).toEqual(['A b', 'C'])
  })

  it('discovers options (lower-case continuation glued) and tells free text apart', () => {
    const cells = new Map<string, number>([
      ['Mensa', 3],
      ["Mensa, Asilo nido, scuola dell'infanzia", 2],
      ["Asilo nido, scuola dell'infanzia, Palestra", 2],
      ['Palestra, Mensa', 1]
    ])
    const found = discoverOptions(cells, ', ')
    expect(new Set(found.options)).toEqual(new Set(['Mensa', "Asilo nido, scuola dell'infanzia", 'Palestra']))
    expect(looksLikeMultiSelect(found, cells.size, 0)).toBe(true)
    const free = new Map<string, number>([
      ['Mi piace, ma è lontano', 1],
      ['Troppo caro, poco tempo', 1],
      ['Buono, utile', 1],
      ['Non lo uso, non serve', 1]
    ])
    expect(looksLikeMultiSelect(discoverOptions(free, ', '), free.size, 0)).toBe(false)
  })
})

describe('missing codes, keys and names', () => {
  it('knows Italian non-answers and numeric sentinels', () => {
    for (const t of ['n.d.', 'NA', 'N/A', '-']) expect(isMissingText(t), t).toBe(true)
    // Opinions withheld are answers of their own class, spelled as labels or as Kobo XML names.
    for (const t of ['Non so', 'Preferisco non rispondere', ' non saprei ', 'non_so', 'dont_know', 'prefer_not_to_say'])
      expect([isMissingText(t), isNonSubstantiveText(t)], t).toEqual([false, true])
    expect(isMissingText('No')).toBe(false)
    expect(isNonSubstantiveText('Nonna')).toBe(false)
    expect(numericMissingCodes(new Map([[1, 3], [5, 2], [99, 1]]))).toEqual([99])
    expect(numericMissingCodes(new Map([[25, 3], [65, 2], [99, 1]]))).toEqual([])
  })

  it('folds spellings and makes short names', () => {
    expect(looseKey(' Università ')).toBe(looseKey("universita'"))
    expect(fingerprint('Meccanica Vigentina S.r.l.')).toBe(fingerprint(' vigentina MECCANICA s.r.l '))
    expect(fingerprint('Università Ticinese')).toBe(fingerprint('universita ticinese'))
    expect(slugify('Quanti giorni a settimana lavori in smart working?')).toBe('giorni_settimana_lavori_smart')
    expect(slugify('Età')).toBe('eta')
  })
})

describe('platform conventions', () => {
  it('fingerprints platforms from headers', () => {
    expect(detectPlatform(['Informazioni cronologiche', 'Età'])).toBe('google-forms')
    expect(detectPlatform(['ID', 'Ora di inizio', 'Ora di completamento', 'Posta elettronica'])).toBe('microsoft-forms')
    expect(detectPlatform(['start', 'end', 'q1', '_id', '_uuid', '_submission_time', '_index'])).toBe('kobo')
    expect(detectPlatform(['id', 'submitdate', 'lastpage', 'startlanguage', 'seed'])).toBe('limesurvey')
    expect(metadataType('_uuid', 'kobo')).toBe('id')
    expect(metadataType('Start time', 'microsoft-forms')).toBe('datetime')
    expect(metadataType('start', 'google-forms')).toBeNull()
  })
})

describe('column inference', () => {
  it('types numbers stored as text, keeps "Non so" apart as a non-substantive answer', () => {
    const inf = inferColumn(profileColumn(textColumn(['3', '2,5', 'due', 4, 'Non so', null])), 'Giorni', { platform: 'generic' })
    expect(inf.type).toBe('numeric')
    expect(inf.missingCodes).toEqual([])
    expect(inf.nonSubstantive).toEqual({ values: ['Non so'], include: false })
    expect(inf.missing).toBe(1)
    expect(inf.decisions.map((d) => d.kind).sort()).toEqual(['nonSubstantive', 'type'])
  })

  it('does not split Italian decimals into options of a Google Forms checkbox question', () => {
    const answers = ['2,5', '3', '1,5', '2-3', 'variabile', '4', '0,5', 'circa 2', 'dipende', '2', '3,5', 'boh']
    const inf = inferColumn(profileColumn(textColumn(answers)), 'Quanti giorni lavori da remoto?', { platform: 'google-forms' })
    expect(inf.type).not.toBe('multi')
  })

  it('types an Italian Likert column as ordinal in scale order', () => {
    const inf = inferColumn(profileColumn(textColumn(['Spesso', 'Mai', 'Sempre', 'A volte', 'Raramente', 'Mai'])), 'Frequenza', { platform: 'generic' })
    expect(inf.type).toBe('ordinal')
    expect(inf.valueLabels.map((l) => l.value)).toEqual(['Mai', 'Raramente', 'A volte', 'Spesso', 'Sempre'])
  })

  it('keeps codes with leading zeros as text and detects e-mail ids', () => {
    expect(inferColumn(profileColumn(textColumn(['00123', '00124', '00999', '01000'])), 'Codice postale', { platform: 'generic' }).type).not.toBe('numeric')
    expect(inferColumn(profileColumn(textColumn(['a@b.it', 'c@d.it', 'e@f.com'])), 'Contatto', { platform: 'generic' }).type).toBe('id')
  })

  it('types 100,000 distinct text timestamps and text decimals as dates and numbers, past the distinct-values cap', () => {
    const pad = (n: number): string => String(n).padStart(2, '0')
    const stamps: string[] = []
    const decimals: string[] = []
    for (let i = 0; i < 100_000; i++) {
      const d = new Date(Date.UTC(2023, 1, 1) + i * 37_000)
      stamps.push(`${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}.${pad(d.getUTCMinutes())}.${pad(d.getUTCSeconds())}`)
      decimals.push(`${Math.floor(i / 7)},${pad(i % 100)}`)
    }
    const p = profileColumn(textColumn(stamps))
    expect(p.overflow).toBe(true)
    const inf = inferColumn(p, 'Informazioni cronologiche', { platform: 'generic' })
    expect(inf.type).toBe('datetime')
    expect(inf.decisions.find((d) => d.kind === 'type')?.count).toBe(100_000)
    const q = profileColumn(textColumn(decimals))
    expect(q.overflow).toBe(true)
    expect(inferColumn(q, 'Importo', { platform: 'generic' }).type).toBe('numeric')
  })
})
