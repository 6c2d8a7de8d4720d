import { englishText } from '../../../src/shared/messages'
import { describe, expect, it } from 'vitest'
import { detectLayout } from '../../../src/main/services/io/sheet/index'
import { machineName } from '../../../src/main/services/io/sheet/layout/column-names'
import { gridFromRows } from './helpers'

const cols = (l: ReturnType<typeof detectLayout>): [string, string, string | null][] => l.columns.map((c) => [c.name, c.label, c.group])

describe('detectLayout', () => {
  it('takes row 1 as header for a plain platform export (Google Forms, Italian)', () => {
    const l = detectLayout(
      gridFromRows([
        ['Informazioni cronologiche', 'Età', 'Età', 'Quanto è soddisfatto del servizio di coworking?', "Dell'utente"],
        ['12/02/2026 19.07.17', 34, 35, 'Molto', 'sì'],
        ['13/02/2026 08.00.01', 51, 52, 'Poco', 'no']
      ])
    )
    expect(l.titleRows).toEqual([])
    expect(l.headerRows).toEqual([0])
    expect([l.dataStart, l.dataEnd]).toEqual([1, 2])
    expect(l.columns.map((c) => c.name)).toEqual(['informazioni_cronologiche', 'età', 'età_2', 'quanto_è_soddisfatto_del_servizio_di', 'dell_utente'])
    expect(l.columns[3].label).toBe('Quanto è soddisfatto del servizio di coworking?')
    expect(l.warnings.map(englishText)).toEqual([])
  })

  it('finds title rows, a header with sparse group labels (no merges) and propagates the groups', () => {
    const l = detectLayout(
      gridFromRows([
        ['Tabella 3 – Esiti del questionario'],
        [],
        [null, null, 'Soddisfazione', null, null, 'Utilizzo'],
        ['ID', 'Genere', 'Orari', 'Spazi', 'Personale', 'Coworking', 'Smart working'],
        [1, 'F', 'Molto', 'Poco', 'Molto', 'sì', 'no'],
        [2, 'M', 'Poco', 'Molto', 'Abbastanza', 'no', 'sì']
      ])
    )
    expect(l.titleRows).toEqual([0])
    expect(l.headerRows).toEqual([2, 3])
    expect(l.dataStart).toBe(4)
    expect(cols(l)).toEqual([
      ['id', 'ID', null],
      ['genere', 'Genere', null],
      ['orari', 'Soddisfazione – Orari', 'Soddisfazione'],
      ['spazi', 'Soddisfazione – Spazi', 'Soddisfazione'],
      ['personale', 'Soddisfazione – Personale', 'Soddisfazione'],
      ['coworking', 'Utilizzo – Coworking', 'Utilizzo'],
      ['smart_working', 'Utilizzo – Smart working', 'Utilizzo']
    ])
  })

  it('uses merged group headers above the item row and keeps the same item names unique', () => {
    const l = detectLayout(
      gridFromRows(
        [
          ['Anagrafica', null, 'Prima ondata', null, 'Seconda ondata', null],
          ['ID', 'Comune', 'Voto', 'Note', 'Voto', 'Note'],
          [1, 'Milano', 7, 'ok', 8, 'meglio'],
          [2, 'Monza', 6, null, 9, null]
        ],
        [
          { r0: 0, c0: 0, r1: 0, c1: 1 },
          { r0: 0, c0: 2, r1: 0, c1: 3 },
          { r0: 0, c0: 4, r1: 0, c1: 5 }
        ]
      )
    )
    expect(l.headerRows).toEqual([0, 1])
    expect(cols(l)).toEqual([
      ['id', 'Anagrafica – ID', 'Anagrafica'],
      ['comune', 'Anagrafica – Comune', 'Anagrafica'],
      ['voto', 'Prima ondata – Voto', 'Prima ondata'],
      ['note', 'Prima ondata – Note', 'Prima ondata'],
      ['voto_2', 'Seconda ondata – Voto', 'Seconda ondata'],
      ['note_2', 'Seconda ondata – Note', 'Seconda ondata']
    ])
  })

  it('treats a banner merged across the table as a title, not a group', () => {
    const l = detectLayout(
      gridFromRows(
        [
          ['Indagine 2023', null, null],
          ['Nome', 'Età', 'Voto'],
          ['Anna', 30, 8]
        ],
        [{ r0: 0, c0: 0, r1: 0, c1: 2 }]
      )
    )
    expect(l.titleRows).toEqual([0])
    expect(l.headerRows).toEqual([1])
    expect(l.columns.every((c) => c.group === null)).toBe(true)
  })

  it('flags blank rows inside the data, totals and notes after it, and empty columns', () => {
    const l = detectLayout(
      gridFromRows([
        ['Comune', null, 'Aziende', 'Lavoratori'],
        ['Milano', null, 12, 340],
        [],
        ['Monza', null, 3, 41],
        ['Totale', null, 15, 381],
        [],
        ['Fonte: elaborazione su dati MIRE 2023'],
        ['(*) Dati provvisori'],
        []
      ])
    )
    expect(l.headerRows).toEqual([0])
    expect([l.dataStart, l.dataEnd]).toEqual([1, 4])
    expect(l.blankRows).toEqual([2])
    expect(l.totalRows).toEqual([4])
    expect(l.noteRows).toEqual([6, 7])
    expect(l.emptyColumns).toEqual([1])
    expect(l.columns.map((c) => c.index)).toEqual([0, 2, 3])
  })

  it('takes a long single-cell line under a wide table as a note, but not a column of long answers', () => {
    const wide = detectLayout(
      gridFromRows([
        ['ID', 'Voto', 'Commento'],
        [1, 7, 'bene'],
        [2, 8, 'molto bene'],
        ['Le percentuali sono calcolate sui rispondenti validi, esclusi i non so.']
      ])
    )
    expect(wide.noteRows).toEqual([3])
    expect(wide.dataEnd).toBe(2)
    const answers = Array.from({ length: 20 }, (_, i) => [`Risposta aperta numero ${i}, piuttosto lunga e articolata davvero`])
    const narrow = detectLayout(gridFromRows([['Commento'], ...answers]))
    expect(narrow.noteRows).toEqual([])
    expect(narrow.dataEnd).toBe(20)
  })

  it('reports a headerless numeric sheet and names columns by letter', () => {
    const l = detectLayout(
      gridFromRows([
        [1, 2, 3],
        [4, 5, 6]
      ])
    )
    expect(l.headerRows).toEqual([])
    expect([l.dataStart, l.dataEnd]).toEqual([0, 1])
    expect(l.columns.map((c) => [c.name, c.label])).toEqual([
      ['col_a', 'Column A'],
      ['col_b', 'Column B'],
      ['col_c', 'Column C']
    ])
    expect(englishText(l.warnings[0])).toMatch(/No header row/)
  })

  it('does not mistake text data after numeric rows for a header', () => {
    const l = detectLayout(gridFromRows([['2019-11-04'], ['11-04-2019'], ['00210PRG1'], ['abc']]))
    expect(l.headerRows).toEqual([])
    expect(l.dataStart).toBe(0)
  })

  it('names unlabeled columns by letter and warns', () => {
    const l = detectLayout(
      gridFromRows([
        ['Nome', null, 'Voto'],
        ['Anna', 'x', 7],
        ['Bea', 'y', 8]
      ])
    )
    expect(l.columns.map((c) => c.name)).toEqual(['nome', 'col_b', 'voto'])
    expect(l.warnings.map(englishText)).toContain('Columns B have no header: named by their letter')
  })

  it('skips a KoboToolbox HXL hashtag row under the header', () => {
    const l = detectLayout(
      gridFromRows([
        ['start', 'Comune', 'Quale servizio?/Coworking', '_uuid'],
        ['#date', '#adm2 +name', '#indicator +coworking', '#meta +id'],
        ['2023-02-12', 'Milano', '1', 'a1b2'],
        ['2023-02-13', 'Monza', '0', 'c3d4']
      ])
    )
    expect(l.headerRows).toEqual([0])
    expect([l.dataStart, l.dataEnd]).toEqual([2, 3])
    expect(l.warnings.map(englishText)).toContain('Row 2 holds HXL hashtags, not answers: it is skipped')
    expect(l.columns.map((c) => c.name)).toEqual(['start', 'comune', 'quale_servizio_coworking', 'uuid'])
  })

  it('handles an empty grid', () => {
    const l = detectLayout(gridFromRows([]))
    expect([l.dataStart, l.dataEnd, l.columns.length]).toEqual([0, -1, 0])
  })

  it('makes machine-safe names that keep Italian letters', () => {
    expect(machineName('  Città di residenza  ')).toBe('città_di_residenza')
    expect(machineName("Perché? (più risposte)")).toBe('perché_più_risposte')
    expect(machineName('2. Età')).toBe('v_2_età')
    expect(machineName('group/question')).toBe('group_question')
    expect(machineName('???')).toBe('')
    expect(machineName('Quanto è soddisfatto della qualità complessiva dei servizi?').length).toBeLessThanOrEqual(40)
  })
})
