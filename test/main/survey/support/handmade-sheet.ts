import { writeXlsx, type Cell } from './xlsx-writer'

/**
 * A hand-made results sheet as offices send them: a title, a two-row header with a merged group cell
 * over three Likert items, a blank row inside the data, a totals row, a "Fonte:" note, a formula
 * column, an error cell, and one date written three ways (date cell, text, serial number).
 */
export const HANDMADE_DATE = '2023-02-12'
export const HANDMADE_SERIAL = 44969

export async function writeHandmade(file: string, opts: { date1904?: boolean } = {}): Promise<void> {
  const group = "Quanto è d'accordo con le seguenti affermazioni?"
  const date = new Date(Date.UTC(2023, 1, 12))
  const rows: Cell[][] = [
    ['Indagine sul benessere organizzativo – MIRE 2023', null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ['Codice', 'Data compilazione', group, null, null, 'Ore settimanali', 'Ore mensili'],
    [null, null, 'Il lavoro agile aiuta la conciliazione', 'Il coworking è utile', 'La Cittadella è vicina', null, null],
    ['R001', date, "Molto d'accordo", "Poco d'accordo", "Abbastanza d'accordo", 36, { formula: 'F5*4', result: 144 }],
    ['R002', '12/02/2023', "Per niente d'accordo", "Molto d'accordo", "Poco d'accordo", 40, { formula: 'F6*4', result: 160 }],
    [null, null, null, null, null, null, null],
    ['R003', HANDMADE_SERIAL, "Abbastanza d'accordo", "Abbastanza d'accordo", "Per niente d'accordo", { error: '#N/A' }, { formula: 'F8*4', result: 0 }],
    ['R004', date, "Poco d'accordo", "Per niente d'accordo", "Molto d'accordo", 20, { formula: 'F9*4', result: 80 }],
    ['Totale', null, null, null, null, 96, { formula: 'SUM(G5:G9)', result: 384 }],
    [null, null, null, null, null, null, null],
    ['Fonte: elaborazione su dati MIRE – Comune di Milano', null, null, null, null, null, null]
  ]
  await writeXlsx(
    file,
    [
      { name: 'Istruzioni', rows: [['Questo file contiene i risultati.']], state: 'hidden' },
      { name: 'Risultati', rows, merges: ['A1:G1', 'C3:E3', 'A3:A4', 'B3:B4', 'F3:F4', 'G3:G4'] }
    ],
    opts
  )
}
