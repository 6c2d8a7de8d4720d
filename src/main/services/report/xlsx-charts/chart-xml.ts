import type { NumberFormat } from '../../../../shared/ipc/indicators'
import { esc } from './xml'

/*
 * A DrawingML chart part (xl/charts/chartN.xml, ECMA-376 Part 1 §21.2) bound to worksheet cells:
 * every series names its cells (c:f) and carries the values they hold (the cache Excel and
 * LibreOffice draw before they recalculate). Elements follow the schema's order, which both readers
 * enforce.
 */

export interface ChartSeries {
  name: { ref: string; text: string }
  categories: { ref: string; texts: string[] }
  values: { ref: string; numbers: (number | null)[] }
  colour: string
}

export interface NativeChart {
  type: 'bar' | 'line'
  horizontal: boolean
  stacked: boolean
  /** Values are fractions shown as percentages: the axis runs from 0 % to 100 %. */
  percent: boolean
  format: NumberFormat
  series: ChartSeries[]
  /** Alternative text for screen readers (the table's caption). */
  title: string
}

const NUM_FMT: Record<NumberFormat, string> = { percent: '0%', count: '#,##0', decimal: '0.0' }
const LABEL_FMT: Record<NumberFormat, string> = { percent: '0.0%', count: '#,##0', decimal: '0.00' }
const FONT = (size: number, colour = '404040'): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="it-IT"/></a:p></c:txPr>`

const hex = (c: string): string => c.replace('#', '').toUpperCase()

function strRef(ref: string, texts: string[]): string {
  const pts = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${esc(t)}</c:v></c:pt>`).join('')
  return `<c:strRef><c:f>${esc(ref)}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${pts}</c:strCache></c:strRef>`
}

function numRef(ref: string, numbers: (number | null)[], format: string): string {
  // Empty (suppressed, missing) cells have no point: the chart leaves a gap.
  const pts = numbers.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('')
  return `<c:numRef><c:f>${esc(ref)}</c:f><c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${numbers.length}"/>${pts}</c:numCache></c:numRef>`
}

/** Stacked segments under 5 % have no label: it would not fit in them and would cover the axis. */
const MIN_LABELLED = 0.05

function dataLabels(c: NativeChart, s: ChartSeries): string {
  const pos = c.type === 'line' ? 't' : c.stacked ? 'ctr' : 'outEnd'
  const hidden = c.stacked && c.percent ? s.values.numbers.flatMap((v, i) => (v !== null && v < MIN_LABELLED ? [i] : [])) : []
  const deleted = hidden.map((i) => `<c:dLbl><c:idx val="${i}"/><c:delete val="1"/></c:dLbl>`).join('')
  return (
    `<c:dLbls>${deleted}<c:numFmt formatCode="${esc(LABEL_FMT[c.format])}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${FONT(800, c.stacked ? '000000' : '404040')}` +
    `<c:dLblPos val="${pos}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  )
}

function series(c: NativeChart, s: ChartSeries, i: number): string {
  const colour = hex(s.colour)
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(s.name.ref, [s.name.text])}</c:tx>`
  const cat = `<c:cat>${strRef(s.categories.ref, s.categories.texts)}</c:cat>`
  const val = `<c:val>${numRef(s.values.ref, s.values.numbers, LABEL_FMT[c.format])}</c:val>`
  if (c.type === 'line')
    return (
      `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr></c:marker>` +
      `${dataLabels(c, s)}${cat}${val}<c:smooth val="0"/></c:ser>`
    )
  return `<c:ser>${head}<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${dataLabels(c, s)}${cat}${val}</c:ser>`
}

const CAT_AX = 500100
const VAL_AX = 500200

function axes(c: NativeChart): string {
  const horizontal = c.type === 'bar' && c.horizontal
  // Horizontal bars list the rows top-down in table order: the category axis runs max→min and the
  // value axis crosses it at the maximum, so it stays at the bottom.
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>${FONT(900)}` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  const scaling = c.percent ? '<c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/>' : '<c:orientation val="minMax"/><c:min val="0"/>'
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling>${scaling}</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${esc(NUM_FMT[c.format])}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>${FONT(900)}` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/>${c.percent ? '<c:majorUnit val="0.2"/>' : ''}</c:valAx>`
  return catAx + valAx
}

export function chartXml(c: NativeChart): string {
  const body =
    c.type === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${c.series.map((s, i) => series(c, s, i)).join('')}<c:marker val="1"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>`
      : `<c:barChart><c:barDir val="${c.horizontal ? 'bar' : 'col'}"/><c:grouping val="${c.stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
        `${c.series.map((s, i) => series(c, s, i)).join('')}<c:gapWidth val="${c.stacked ? 50 : 80}"/>${c.stacked ? '<c:overlap val="100"/>' : '<c:overlap val="-10"/>'}` +
        `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>`
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>' +
    body +
    axes(c) +
    `<c:spPr><a:noFill/></c:spPr></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>${FONT(900)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="it-IT"/></a:p></c:txPr>` +
    '</c:chartSpace>'
  )
}
