import ExcelJS from 'exceljs'

/**
 * An exceljs-written questionnaire export the way evaluators receive them: an empty first sheet, a
 * hidden and a very hidden sheet, and a data sheet with a title block, a two-row header with merged
 * group labels, a blank row inside the data, a totals row and source/notes lines.
 */
export async function writeQuestionnaireWorkbook(file: string, opts: { date1904?: boolean } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook()
  wb.created = new Date(Date.UTC(2024, 0, 1))
  wb.modified = wb.created
  if (opts.date1904) wb.properties.date1904 = true

  wb.addWorksheet('Istruzioni')
  const secret = wb.addWorksheet('Segreto')
  secret.state = 'hidden'
  secret.getCell('A1').value = 'dati nascosti'
  const ws = wb.addWorksheet('Dati')
  const veryHidden = wb.addWorksheet('Lookup')
  veryHidden.state = 'veryHidden'
  veryHidden.getCell('A1').value = 'x'

  ws.getCell('A1').value = 'Indagine MIRE 2023 – soddisfazione delle aziende'
  ws.mergeCells('A1:H1')
  ws.getCell('A2').value = 'Rilevazione di marzo, Municipi 5 e 7'
  // Row 3 blank. Rows 4–5: two-row header.
  ws.getCell('A4').value = 'ID'
  ws.mergeCells('A4:A5')
  ws.getCell('B4').value = 'Data compilazione'
  ws.mergeCells('B4:B5')
  ws.getCell('C4').value = 'Genere'
  ws.mergeCells('C4:C5')
  ws.getCell('D4').value = 'Soddisfazione'
  ws.mergeCells('D4:F4')
  ws.getCell('G4').value = 'Servizi usati'
  ws.mergeCells('G4:H4')
  ;['Orari', 'Spazi', 'Personale', 'Coworking', 'Smart working'].forEach((t, i) => (ws.getRow(5).getCell(4 + i).value = t))

  const d = (y: number, m: number, day: number, h = 0, mi = 0, s = 0): Date => new Date(Date.UTC(y, m - 1, day, h, mi, s))
  const rows: ExcelJS.CellValue[][] = [
    [1, d(2023, 2, 12, 19, 7, 17), 'Femmina', 'Molto', 'Abbastanza', 'Molto', true, false],
    [2, d(2023, 2, 13), 'Maschio', 'Poco', { richText: [{ text: 'Per ' }, { font: { bold: true }, text: 'niente' }] }, 'Abbastanza', false, true],
    // row 8 left blank on purpose
    [3, d(2023, 3, 1, 8, 30), 'Non binario', { error: '#N/A' }, 'Molto', { formula: 'IF(1>0,"Poco","")', result: 'Poco' }, true, true],
    [4, d(2023, 3, 2), 'Femmina', 'Abbastanza', 'Molto', 'Molto', { text: 'sì', hyperlink: 'https://example.org' }, false]
  ]
  const put = (r: number, values: ExcelJS.CellValue[]): void => values.forEach((v, i) => (ws.getRow(r).getCell(i + 1).value = v))
  put(6, rows[0])
  put(7, rows[1])
  put(9, rows[2])
  put(10, rows[3])
  ws.getCell('A11').value = 'Totale'
  ws.getCell('G11').value = { formula: 'COUNTIF(G6:G10,TRUE)', result: 2 }
  ws.getCell('H11').value = { formula: 'COUNTIF(H6:H10,TRUE)', result: 2 }
  // Row 12 blank, then notes.
  ws.getCell('A13').value = 'Fonte: elaborazione Esiti su dati MIRE – Comune di Milano'
  ws.getCell('A14').value = '* Domanda a risposta multipla: il totale può superare il 100%.'
  // A formatted but empty area far below must not count as data.
  ws.getCell('C40').numFmt = '0.00'
  ws.getCell('C40').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }
  await wb.xlsx.writeFile(file)
}
