import { AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx'
import type { TableModelDto } from '../../../../shared/ipc/indicators'
import { localeTag, msg, type Msg } from '../../../../shared/messages'
import { checkCancelled, type Ctx } from '../../context'
import { chartConfig } from '../chart-config'
import { chartsAvailable, renderChartPng } from '../chart-render'
import { guardText } from '../cell-guard'
import type { ReportModel } from '../report-model'
import type { BookText } from '../xlsx-book'
import { tableCaption, tableNotes } from '../xlsx-section'
import { wordTable } from './docx-table'

/** Chart images in the document: 16 × 9 cm at 96 dpi, drawn at twice that for print. */
const CHART = { width: 605, height: 340 }

async function chartImages(ctx: Ctx, tables: TableModelDto[], bt: BookText, warnings: Msg[]): Promise<Map<string, Buffer>> {
  const images = new Map<string, Buffer>()
  const wanted = tables.map((t) => ({ t, config: chartConfig(t, bt.locale) })).filter((x) => x.config)
  if (!wanted.length) return images
  const avail = await chartsAvailable()
  if (!avail.ok) {
    // A message, worded by the window or the CLI in the user's language (the report has its own).
    warnings.push(msg('report.warn.noChartRenderer', { reason: avail.reason }))
    return images
  }
  // Four at a time: each draws at once and the PNG encodings overlap on worker threads.
  for (let i = 0; i < wanted.length; i += 4) {
    checkCancelled(ctx)
    const batch = wanted.slice(i, i + 4)
    const pngs = await Promise.all(batch.map((x) => renderChartPng(x.config!, CHART)))
    batch.forEach((x, k) => images.set(x.t.id, pngs[k]))
  }
  return images
}

function tableBlock(t: TableModelDto, png: Buffer | undefined, bt: BookText): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({ keepNext: true, spacing: { before: 240, after: 80 }, children: [new TextRun({ text: guardText(tableCaption(t, bt.L)), bold: true, size: 21 })] })
  ]
  if (t.status === 'error') out.push(new Paragraph({ children: [new TextRun({ text: guardText(`⚠ ${t.message ?? bt.L.noData}`), color: 'C00000', size: 18 })] }))
  else out.push(wordTable(t, bt))
  for (const n of tableNotes(t, bt.L, bt.locale))
    out.push(new Paragraph({ spacing: { before: 40 }, children: [new TextRun({ text: guardText(n), italics: true, size: 16, color: '555555' })] }))
  if (png)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 120 },
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: CHART,
            altText: { name: `chart-${t.label}`, title: tableCaption(t, bt.L), description: tableCaption(t, bt.L) }
          })
        ]
      })
    )
  return out
}

/**
 * The report as a Word document, ready to paste into the evaluation report: for each section in
 * order, its tables as real Word tables (caption, figures, bases, intervals, notes, source) and each
 * table's chart as a picture (Word documents hold no live link to the workbook's cells).
 */
export async function writeDocx(ctx: Ctx, model: ReportModel, bt: BookText, warnings: Msg[]): Promise<Buffer> {
  const { L } = bt
  const images = await chartImages(ctx, model.tables, bt, warnings)
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: guardText(model.programme ?? L.index) })] }),
    new Paragraph({ children: [new TextRun({ text: `${L.generated} ${new Date().toLocaleDateString(localeTag(bt.locale), { dateStyle: 'long' })}`, italics: true, size: 18 })] })
  ]
  const groups = model.sections.map((s) => ({ title: `${s.number}. ${s.title}`, tables: model.tables.filter((t) => t.sectionId === s.id) }))
  const loose = model.tables.filter((t) => !t.sectionId || !model.sections.some((s) => s.id === t.sectionId))
  if (loose.length) groups.push({ title: L.others, tables: loose })
  for (const g of groups) {
    if (!g.tables.length) continue
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: children.length > 2, children: [new TextRun({ text: guardText(g.title) })] }))
    for (const t of g.tables) children.push(...tableBlock(t, images.get(t.id), bt))
  }
  const [before, after] = bt.t('report.print.pageOf').split('&P')
  const [middle, end] = after.split('&N')
  const doc = new Document({
    creator: 'Esiti',
    title: model.programme ?? L.index,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: guardText(model.programme ?? ''), size: 16, color: '777777' })] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 16, children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, end ?? ''] })] })]
          })
        },
        children
      }
    ]
  })
  return Packer.toBuffer(doc)
}
