import type ExcelJS from 'exceljs'
import type { JointDisplayDto } from '../../../shared/ipc/indicators'
import type { Labels, Locale } from '../indicators/labels'
import { headerRow, noteRow, num, text, titleCell } from './xlsx-cells'

/** Each joint display: the indicator's figures beside the frequency of related codes and the quotes. */
export function writeJoint(ws: ExcelJS.Worksheet, displays: JointDisplayDto[], L: Labels, locale: Locale): Map<string, number> {
  const at = new Map<string, number>()
  let r = 1
  titleCell(ws, r++, L.jointDisplays, 14)
  r++
  for (const d of displays) {
    at.set(d.id, r)
    titleCell(ws, r++, d.title)
    const i = d.indicator
    headerRow(ws, r++, [L.name, L.value, L.n, L.missing])
    text(ws, r, 1, `${i.code} – ${i.name}`).alignment = { wrapText: true, vertical: 'top' }
    num(ws, r, 2, i.status === 'ok' ? i.value : null, i.format)
    num(ws, r, 3, i.status === 'ok' ? i.n : null, 'count')
    num(ws, r++, 4, i.status === 'ok' ? i.missing : null, 'count')
    if (i.status !== 'ok') noteRow(ws, r++, `⚠ ${i.message}`)
    for (const b of i.breakdown) {
      text(ws, r, 1, `   ${b.byLabel}: ${b.group}`)
      num(ws, r, 2, b.value, i.format)
      num(ws, r++, 3, b.n, 'count')
    }
    r++
    headerRow(ws, r++, [L.mentions, L.codingsWord, L.sourcesWord, L.casesWord])
    for (const c of d.codes) {
      text(ws, r, 1, c.path)
      num(ws, r, 2, c.codings, 'count')
      num(ws, r, 3, c.sources, 'count')
      num(ws, r++, 4, c.cases, 'count')
    }
    if (d.quotes.length) {
      r++
      headerRow(ws, r++, [L.quotes, L.code, L.source, L.caseWord])
      for (const q of d.quotes) {
        text(ws, r, 1, `«${q.text}»`).alignment = { wrapText: true, vertical: 'top' }
        text(ws, r, 2, q.code)
        text(ws, r, 3, q.source)
        text(ws, r++, 4, q.caseName)
      }
    }
    if (d.notes) noteRow(ws, r++, d.notes)
    noteRow(ws, r++, `${L.computedAt} ${new Date(i.provenance.computedAt).toLocaleString(locale === 'en' ? 'en-GB' : 'it-IT')}`)
    r += 2
  }
  ws.getColumn(1).width = 70
  for (const c of [2, 3, 4]) ws.getColumn(c).width = 16
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  return at
}
