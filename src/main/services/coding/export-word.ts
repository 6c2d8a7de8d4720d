import fs from 'node:fs'
import path from 'node:path'
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx'
import { EsitiError } from '../../../shared/errors'
import type { CodeQuery, MemoDto, SegmentFilter } from '../../../shared/ipc/coding'
import { formatMessage, type Locale, type MessageKey, type MsgParams } from '../../../shared/messages'
import { formatClock } from '../../../shared/media-time'
import { checkCancelled, type Ctx } from '../context'
import { caseGrid } from './attributes'
import { listCodes } from './codes'
import { listMemos } from './memos'
import { retrieveSegments } from './retrieval'
import { publishFiles } from '../files/publish'

/*
 * Word documents for the report's annexes and for colleagues without Esiti, written with the `docx`
 * package (docs/decisions/0023): coded segments grouped by code, memos, and the codebook. Headings
 * use Word's built-in heading styles, so the navigation pane and a table of contents work.
 */

export interface WordExportResult {
  file: string
  /** Segments, memos or codes written. */
  items: number
}

interface WordOptions {
  locale?: Locale
}

// Characters XML 1.0 does not allow: a transcript may carry them from a damaged file.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Runs of text, line feeds kept as line breaks. */
function runs(text: string, style: { italics?: boolean; bold?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return text
    .replace(INVALID_XML, '')
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }))
}

const para = (children: ParagraphChild[], opts: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph =>
  new Paragraph({ children, ...opts })

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]
const heading = (text: string, level: number): Paragraph => new Paragraph({ heading: HEADINGS[Math.min(level, HEADINGS.length - 1)], children: runs(text) })

/** "Label: value" with the label in bold. */
const field = (label: string, value: string): Paragraph => para([new TextRun({ text: `${label}: `, bold: true }), ...runs(value)], { spacing: { after: 60 } })

function title(t: (k: MessageKey, p?: MsgParams) => string, key: MessageKey, project: string): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(t(key)) }),
    para(runs(t('coding.export.generated', { date: new Date().toISOString(), project }), { color: '666666', size: 18 }), { spacing: { after: 240 } })
  ]
}

async function writeDocx(doc: Document, file: string): Promise<string> {
  const abs = path.resolve(file)
  if (path.extname(abs).toLowerCase() !== '.docx') throw new EsitiError('INVALID_INPUT', 'coding.export.needDocx', { file })
  if (!fs.existsSync(path.dirname(abs))) throw new EsitiError('NOT_FOUND', 'coding.export.folderNotFound', { folder: path.dirname(abs) })
  const buffer = await Packer.toBuffer(doc)
  // Staged and moved into place: a failed or killed export leaves no half document and no temporary beside it.
  publishFiles([{ path: abs, data: buffer }])
  return abs
}

const document = (title: string, children: Paragraph[]): Document =>
  new Document({
    creator: 'Esiti',
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }]
  })

const projectName = (ctx: Ctx): string => path.basename(ctx.project.path, path.extname(ctx.project.path))

/**
 * Coded segments grouped by code (in codebook order): each quote with its source, case(s) and their
 * attribute values, coder, media time and comment.
 */
export async function exportSegmentsDocx(
  ctx: Ctx,
  file: string,
  opts: WordOptions & { query?: CodeQuery | null; filter?: SegmentFilter } = {}
): Promise<WordExportResult> {
  const locale = opts.locale ?? 'it'
  const t = (k: MessageKey, p?: MsgParams): string => formatMessage({ key: k, params: p }, locale)
  const page = retrieveSegments(ctx, { query: opts.query, filter: opts.filter })
  const grid = caseGrid(ctx)
  const values = new Map(grid.cases.map((c) => [c.id, c.values]))
  const order = new Map(listCodes(ctx).map((c, i) => [c.id, i]))
  const byCode = new Map<string, typeof page.segments>()
  for (const s of page.segments) byCode.set(s.codeId, [...(byCode.get(s.codeId) ?? []), s])
  const codes = [...byCode.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  const children: Paragraph[] = [...title(t, 'coding.export.segmentsTitle', projectName(ctx))]
  children.push(para(runs(page.total ? t('coding.export.segmentsSummary', { count: page.total }) : t('coding.export.noSegments'))))
  for (const [n, codeId] of codes.entries()) {
    if (n % 50 === 0) checkCancelled(ctx)
    const segments = byCode.get(codeId)!
    const first = segments[0]
    children.push(heading(first.codePath, 1))
    children.push(para(runs(t('coding.export.segmentsOfCode', { count: segments.length }), { color: '666666' })))
    for (const s of segments) {
      const colour = first.color.replace('#', '').toUpperCase()
      children.push(
        para(runs(`“${s.text}”`, { italics: true }), {
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: colour, space: 8 } },
          indent: { left: 240 },
          spacing: { before: 160, after: 60 }
        })
      )
      const meta: string[] = [`${t('coding.export.source')}: ${s.sourceName}`]
      if (s.cases.length) {
        const described = s.cases.map((c) => {
          const vals = grid.attributes.map((a) => values.get(c.id)?.[a.id]).filter((v): v is string => !!v)
          return vals.length ? `${c.name} (${vals.join(', ')})` : c.name
        })
        meta.push(`${t('coding.export.case')}: ${described.join('; ')}`)
      }
      meta.push(`${t('coding.export.coder')}: ${s.coderName}`)
      if (s.time !== undefined) meta.push(`${t('coding.export.time')}: ${formatClock(s.time)}`)
      children.push(para(runs(meta.join(' · '), { size: 18, color: '444444' }), { indent: { left: 240 } }))
      if (s.comment) children.push(para([new TextRun({ text: `${t('coding.export.comment')}: `, bold: true, size: 18 }), ...runs(s.comment, { size: 18 })], { indent: { left: 240 } }))
    }
  }
  return { file: await writeDocx(document(t('coding.export.segmentsTitle'), children), file), items: page.total }
}

const MEMO_ORDER: MemoDto['targetKind'][] = ['project', 'source', 'case', 'code', 'coding']

/** Every memo, grouped by what it is about (project journal, sources, cases, codes, segments). */
export async function exportMemosDocx(ctx: Ctx, file: string, opts: WordOptions = {}): Promise<WordExportResult> {
  const locale = opts.locale ?? 'it'
  const t = (k: MessageKey, p?: MsgParams): string => formatMessage({ key: k, params: p }, locale)
  const memos = listMemos(ctx)
  const children: Paragraph[] = [...title(t, 'coding.export.memosTitle', projectName(ctx))]
  if (memos.length === 0) children.push(para(runs(t('coding.export.noMemos'))))
  for (const kind of MEMO_ORDER) {
    const group = memos.filter((m) => m.targetKind === kind).sort((a, b) => (a.targetLabel ?? '').localeCompare(b.targetLabel ?? '', locale) || a.createdAt.localeCompare(b.createdAt))
    if (group.length === 0) continue
    children.push(heading(t(`coding.export.memoKind.${kind}` as MessageKey), 1))
    for (const m of group) {
      children.push(heading(m.title, 2))
      const meta: string[] = []
      if (m.targetLabel) meta.push(`${t('coding.export.memoOn')}: ${m.targetLabel}`)
      if (m.author) meta.push(`${t('coding.export.author')}: ${m.author}`)
      meta.push(`${t('coding.export.updated')}: ${new Date(m.updatedAt).toLocaleString(locale === 'it' ? 'it-IT' : 'en-GB')}`)
      children.push(para(runs(meta.join(' · '), { size: 18, color: '666666' })))
      for (const p of m.body.split(/\n{2,}/)) if (p.trim()) children.push(para(runs(p.trim()), { spacing: { after: 120 } }))
    }
  }
  return { file: await writeDocx(document(t('coding.export.memosTitle'), children), file), items: memos.length }
}

/**
 * The codebook as a reference for coders: every code in tree order (heading level = depth) with its
 * definition, when to use it and when not, its example, shortcut, links and counts, and up to
 * `examples` quotes from the data.
 */
export async function exportCodebookDocx(ctx: Ctx, file: string, opts: WordOptions & { examples?: number } = {}): Promise<WordExportResult> {
  const locale = opts.locale ?? 'it'
  const t = (k: MessageKey, p?: MsgParams): string => formatMessage({ key: k, params: p }, locale)
  const codes = listCodes(ctx)
  const examples = opts.examples ?? 2
  const children: Paragraph[] = [...title(t, 'coding.export.codebookTitle', projectName(ctx))]
  if (codes.length === 0) children.push(para(runs(t('coding.export.noCodes'))))
  for (const [n, c] of codes.entries()) {
    if (n % 50 === 0) checkCancelled(ctx)
    children.push(
      new Paragraph({
        heading: HEADINGS[Math.min(c.depth, HEADINGS.length - 1)],
        children: [new TextRun({ text: '■ ', color: c.color.replace('#', '').toUpperCase() }), ...runs(c.name)]
      })
    )
    if (c.depth > 0) children.push(para(runs(c.path, { size: 18, color: '666666' })))
    if (c.definition) children.push(field(t('coding.export.definition'), c.definition))
    if (c.whenToUse) children.push(field(t('coding.export.whenToUse'), c.whenToUse))
    if (c.whenNotToUse) children.push(field(t('coding.export.whenNotToUse'), c.whenNotToUse))
    if (c.example) children.push(field(t('coding.export.example'), c.example))
    if (c.shortcut) children.push(field(t('coding.export.shortcut'), c.shortcut))
    if (c.links.length) children.push(field(t('coding.export.links'), c.links.map((l) => l.label).join('; ')))
    children.push(field(t('coding.export.codings'), t('coding.export.codingsSummary', { own: c.codings, total: c.codingsTotal, sources: c.sources })))
    if (examples > 0 && c.codings > 0) {
      const quotes = retrieveSegments(ctx, { query: { code: c.id, subcodes: false }, limit: examples }).segments
      children.push(para([new TextRun({ text: `${t('coding.export.examplesFromData')}:`, bold: true })]))
      for (const q of quotes)
        children.push(
          para([...runs(`“${q.text.length > 400 ? q.text.slice(0, 397) + '…' : q.text}”`, { italics: true }), new TextRun({ text: ` — ${q.sourceName}`, size: 18, color: '666666' })], {
            indent: { left: 360 },
            alignment: AlignmentType.LEFT
          })
        )
    }
  }
  return { file: await writeDocx(document(t('coding.export.codebookTitle'), children), file), items: codes.length }
}
