import type ExcelJS from 'exceljs'
import { LOW_BASE } from '../../../shared/ipc/indicators'
import { hasMessage, type MessageKey } from '../../../shared/messages'
import { definitionWords } from './methods/definition-words'
import { stepSentences } from './methods/step-words'
import { dateText, numberText, quote, VariableWords } from './methods/words'
import type { DatasetInfo, ReportModel } from './report-model'
import { finishSheet, type BookText } from './xlsx-book'
import { text, titleCell, WRAP_TOP } from './xlsx-cells'

const LABEL_W = 24
const TEXT_W = 70

/** The questionnaire's variables, named by the labels of its current frame (and, for others, of the import). */
function variableWords(model: ReportModel, d: DatasetInfo | undefined, bt: BookText): VariableWords {
  const v = new VariableWords(bt)
  if (!d) return v
  try {
    for (const x of model.frames(d.name, 'clean').variables) {
      v.learn(x.name, x.label)
      v.learnScale(x.name, x.valueLabels)
    }
  } catch {
    // the frame cannot be read: the import step's labels still name the variables
  }
  return v
}

/**
 * The Methods sheet, written as a reader needs it and with nothing internal in it: each
 * questionnaire with its file, waves and current cleaning recipe (one sentence per step, with what it
 * did), each indicator's definition in words (what is counted, base, filter, weight, breakdowns), and
 * how the tables' statistics are computed. Dates are in the report's language.
 */
export function writeMethods(ws: ExcelJS.Worksheet, model: ReportModel, bt: BookText): void {
  const { locale, t } = bt
  let r = 1
  titleCell(ws, r++, t('methods.title'), 14)
  r++
  const pair = (label: string, value: string | null, opts: { bold?: boolean } = {}): void => {
    const a = text(ws, r, 1, label)
    a.font = { bold: true, size: 10, color: { argb: 'FF404040' } }
    a.alignment = WRAP_TOP
    const b = text(ws, r, 2, value ?? '')
    b.alignment = WRAP_TOP
    if (opts.bold) b.font = { bold: true }
    r++
  }
  const heading = (value: string, size = 12): void => {
    titleCell(ws, r, value, size)
    ws.getCell(r, 1).alignment = WRAP_TOP
    ws.mergeCells(r, 1, r, 2)
    r++
  }
  if (model.datasets.length) heading(t('methods.datasets'))
  for (const d of model.datasets) {
    r++
    heading(quote(d.title ?? d.name, locale), 11)
    pair(t('methods.col.file'), d.fileName)
    pair(t('methods.col.imported'), dateText(d.importedAt, locale))
    for (const w of d.waves)
      pair(t('methods.wave', { wave: w.wave ?? w.name }), t('methods.waveOf', { wave: w.wave ?? w.name, file: w.fileName ?? '', date: dateText(w.importedAt, locale), count: w.rows }))
    pair(t('methods.col.rows'), numberText(d.rows, locale))
    pair(t('methods.col.recipe'), t('methods.recipeVersion', { version: d.recipeVersion, date: dateText(d.recipeCreatedAt, locale) }))
    const sentences = stepSentences(d.steps, d.totalRows, variableWords(model, d, bt), bt)
    sentences.forEach((s, k) => pair(`${t('methods.col.step')} ${k + 1}`, s))
  }
  r++
  heading(t('methods.indicators'))
  const actions = new Map(model.results.flatMap((x) => (x.action ? [[x.action.id, x.action.name], [x.action.code, x.action.name]] : [])))
  const actionName = (key: string): string => actions.get(key) ?? key
  const byName = new Map(model.datasets.map((d) => [d.name, d]))
  for (const d of model.defs) {
    r++
    const result = model.results.find((x) => x.id === d.id)
    heading(`${d.code} – ${result?.name ?? d.name}`, 11)
    const ds = d.spec?.source === 'survey' ? byName.get(d.spec.dataset) : undefined
    const words = definitionWords(d, variableWords(model, ds, bt), actionName, bt)
    const kindKey = `methods.kind.${d.kind}`
    pair(t('methods.col.kind'), hasMessage(kindKey) ? t(kindKey as MessageKey) : d.kind)
    pair(t('methods.col.source'), d.spec?.source === 'survey' ? t('methods.source.survey', { dataset: ds?.title ?? d.spec.dataset }) : t(`methods.source.${d.sourceKind}`))
    if (d.definition) pair(t('methods.col.definition'), d.definition)
    pair(t('methods.col.computation'), words.computation)
    pair(t('methods.col.base'), words.base)
    pair(t('methods.col.filter'), words.filter)
    pair(t('methods.col.weight'), words.weight)
    pair(t('methods.col.breakdowns'), words.breakdowns)
    if (d.sdgs.length) pair(t('methods.col.sdg'), d.sdgs.map((g) => (g.targets.length ? g.targets.join(', ') : `SDG ${g.goal}`)).join('; '))
  }
  r++
  heading(t('methods.statistics'))
  for (const key of ['methods.stat.ci', 'methods.stat.tests', 'methods.stat.census'] as const) pair('•', t(key))
  pair('•', t('methods.stat.bases', { count: LOW_BASE }))
  ws.getColumn(1).width = LABEL_W
  ws.getColumn(2).width = TEXT_W
  ws.views = [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }]
  finishSheet(ws, bt, { columns: 2, headerRows: 1 })
}
