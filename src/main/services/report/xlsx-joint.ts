import type ExcelJS from 'exceljs'
import type { JointDisplayDto } from '../../../shared/ipc/indicators'
import { localeTag } from '../../../shared/messages'
import { finishSheet, type BookText } from './xlsx-book'
import { headerRow, noteRow, num, text, titleCell, WRAP_TOP } from './xlsx-cells'

/** Each joint display: the indicator's figures beside the frequency of related codes and the quotes. */
export function writeJoint(ws: ExcelJS.Worksheet, displays: JointDisplayDto[], bt: BookText): Map<string, number> {
  const { L } = bt
  const at = new Map<string, number>()
  let r = 1
  titleCell(ws, r++, L.jointDisplays, 14)
  r++
  for (const d of displays) {
    at.set(d.id, r)
    titleCell(ws, r, d.title)
    ws.getCell(r, 1).alignment = WRAP_TOP
    ws.mergeCells(r, 1, r++, 4)
    const i = d.indicator
    headerRow(ws, r++, [L.name, L.value, L.n, L.missing])
    text(ws, r, 1, `${i.code} – ${i.name}`).alignment = WRAP_TOP
    num(ws, r, 2, i.status === 'ok' ? i.value : null, i.format)
    num(ws, r, 3, i.status === 'ok' ? i.n : null, 'count')
    num(ws, r++, 4, i.status === 'ok' ? i.missing : null, 'count')
    if (i.status !== 'ok') noteRow(ws, r++, `⚠ ${i.message}`, 4)
    for (const b of i.breakdown) {
      text(ws, r, 1, `${b.byLabel}: ${b.group}`).alignment = { ...WRAP_TOP, indent: 1 }
      num(ws, r, 2, b.value, i.format)
      num(ws, r++, 3, b.n, 'count')
    }
    r++
    headerRow(ws, r++, [L.mentions, L.codingsWord, L.sourcesWord, L.casesWord])
    for (const c of d.codes) {
      text(ws, r, 1, c.path).alignment = WRAP_TOP
      num(ws, r, 2, c.codings, 'count')
      num(ws, r, 3, c.sources, 'count')
      num(ws, r++, 4, c.cases, 'count')
    }
    if (d.quotes.length) {
      r++
      headerRow(ws, r++, [L.quotes, L.code, L.source, L.caseWord])
      for (const q of d.quotes) {
        text(ws, r, 1, `«${q.text}»`).alignment = WRAP_TOP
        text(ws, r, 2, q.code).alignment = WRAP_TOP
        text(ws, r, 3, q.source).alignment = WRAP_TOP
        text(ws, r++, 4, q.caseName).alignment = WRAP_TOP
      }
    }
    if (d.notes) noteRow(ws, r++, d.notes, 4)
    noteRow(ws, r++, `${L.computedAt} ${new Date(i.provenance.computedAt).toLocaleString(localeTag(bt.locale), { dateStyle: 'long', timeStyle: 'short' })}`, 4)
    r += 2
  }
  ws.getColumn(1).width = 70
  for (const c of [2, 3, 4]) ws.getColumn(c).width = 18
  ws.views = [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }]
  finishSheet(ws, bt, { columns: 4, headerRows: 1 })
  return at
}
