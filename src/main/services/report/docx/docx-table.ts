import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx'
import type { NumberFormat, TableModelDto } from '../../../../shared/ipc/indicators'
import { localeTag } from '../../../../shared/messages'
import { tableLayout, type LayoutCell, type LayoutRow } from '../../../../shared/report/table-layout'
import { guardText } from '../cell-guard'
import type { BookText } from '../xlsx-book'

const SIZE = 17 // half-points: 8.5 pt, so a table of eight columns fits a portrait page
/** Text width of an A4 portrait page with 1.9 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 11906 - 2 * 1080
const HEADER_FILL = 'D9E1F2'
const SUPPRESSED_FILL = 'E7E6E6'
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '8EA9DB' }
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }

/** A figure as the reader's locale writes it: 45,3 % / 2,35 / 1.234. */
export function figureText(v: number, format: NumberFormat, locale: BookText['locale']): string {
  const tag = localeTag(locale)
  if (format === 'percent') return new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v / 100)
  const digits = format === 'decimal' ? 2 : 0
  return new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v)
}

function cellRuns(c: LayoutCell, small: boolean, locale: BookText['locale']): TextRun[] {
  const size = small ? SIZE - 2 : SIZE
  if (c.text !== null) return [new TextRun({ text: c.text, size, italics: small })]
  if (c.value === null || c.format === null) return []
  const runs = [new TextRun({ text: figureText(c.value, c.format, locale), size, italics: c.lowBase || small, color: c.lowBase ? '666666' : undefined })]
  if (c.letters) runs.push(new TextRun({ text: ' ' + c.letters, size, superScript: true, bold: true }))
  return runs
}

function row(r: LayoutRow, bt: BookText): TableRow {
  const small = r.kind === 'ci' || r.kind === 'n'
  const italic = small || r.kind === 'base' || r.kind === 'blockTitle'
  const label = new TableCell({
    children: [new Paragraph({ indent: small ? { left: 160 } : undefined, children: [new TextRun({ text: guardText(r.label), size: small ? SIZE - 2 : SIZE, italics: italic, bold: r.kind === 'blockTitle' })] })],
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }
  })
  const cells = r.cells.map(
    (c) =>
      new TableCell({
        children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: cellRuns(c, small, bt.locale) })],
        borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
        ...(c.suppressed ? { shading: { type: ShadingType.CLEAR, fill: SUPPRESSED_FILL, color: 'auto' } } : {})
      })
  )
  return new TableRow({ cantSplit: true, children: [label, ...cells] })
}

/** A report table as a real Word table: the header repeats on each page, rows never split. */
export function wordTable(t: TableModelDto, bt: BookText): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.header.map(
      (h, k) =>
        new TableCell({
          children: [new Paragraph({ alignment: k === 0 ? AlignmentType.LEFT : AlignmentType.CENTER, children: [new TextRun({ text: guardText(h), bold: true, size: SIZE })] })],
          shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
          borders: { top: LINE, bottom: LINE, left: NONE, right: NONE }
        })
    )
  })
  const body = tableLayout(t, bt.words, bt.locale).map((r) => row(r, bt))
  // The label column takes a third of the width (labels are sentences), the figures share the rest.
  const others = Math.max(1, t.header.length - 1)
  const first = Math.round(TEXT_WIDTH * (others > 5 ? 0.28 : 0.36))
  const rest = Math.floor((TEXT_WIDTH - first) / others)
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [first, ...Array.from({ length: others }, () => rest)],
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
    borders: { top: LINE, bottom: LINE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE }
  })
}
