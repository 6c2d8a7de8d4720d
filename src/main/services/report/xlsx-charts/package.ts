import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { chartXml, type NativeChart } from './chart-xml'
import { esc } from './xml'

/*
 * exceljs writes no charts (exceljs#141), so the workbook's charts are added to the package it wrote:
 * per sheet one drawing part holding a frame per chart, each frame pointing to a chart part, with
 * the relationships and content types that tie them in (docs/decisions/0022).
 */

/** A chart frame on a sheet: its top-left cell (0-based) and its size in EMU. */
export interface SheetChart {
  sheet: string
  chart: NativeChart
  from: { col: number; row: number }
  to: { col: number; colOff: number; row: number; rowOff: number }
}

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing'
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart'
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml'
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'

const attr = (tag: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null
const unesc = (s: string): string => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/** Sheet name → its part path (xl/worksheets/sheetN.xml), from the workbook and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const wb = strFromU8(files['xl/workbook.xml'])
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'])
  const target = new Map<string, string>()
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id')
    const t = attr(m[0], 'Target')
    if (id && t) target.set(id, t.startsWith('/') ? t.slice(1) : `xl/${t}`)
  }
  const out = new Map<string, string>()
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name')
    const id = attr(m[0], 'r:id')
    if (name && id && target.has(id)) out.set(unesc(name), target.get(id)!)
  }
  return out
}

const relsPath = (part: string): string => part.replace(/([^/]+)$/, '_rels/$1.rels')

function nextId(rels: string): string {
  let n = 1
  for (const m of rels.matchAll(/Id="rId(\d+)"/g)) n = Math.max(n, Number(m[1]) + 1)
  return `rId${n}`
}

function addRel(files: Record<string, Uint8Array>, part: string, type: string, target: string): string {
  const path = relsPath(part)
  let rels = files[path]
    ? strFromU8(files[path])
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
  const id = nextId(rels)
  rels = rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${esc(target)}"/></Relationships>`)
  files[path] = strToU8(rels)
  return id
}

/** Worksheet children that must come after <drawing> (CT_Worksheet's sequence). */
const AFTER_DRAWING = ['<legacyDrawing ', '<legacyDrawing>', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>']

function insertDrawing(sheetXml: string, id: string): string {
  if (/<drawing\s/.test(sheetXml)) throw new Error('the sheet already has a drawing')
  let xml = sheetXml
  if (!/<worksheet\b[^>]*xmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
  const at = Math.min(...AFTER_DRAWING.map((t) => xml.indexOf(t)).filter((i) => i >= 0))
  return xml.slice(0, at) + `<drawing r:id="${id}"/>` + xml.slice(at)
}

function anchor(c: SheetChart, k: number, relId: string): string {
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${c.from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${c.to.col}</xdr:col><xdr:colOff>${c.to.colOff}</xdr:colOff><xdr:row>${c.to.row}</xdr:row><xdr:rowOff>${c.to.rowOff}</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="Chart ${k + 1}" descr="${esc(c.chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  )
}

function freeIndex(files: Record<string, Uint8Array>, prefix: string): () => number {
  let n = 1
  return () => {
    while (files[`${prefix}${n}.xml`]) n++
    return n++
  }
}

/**
 * Adds the charts to an xlsx package written by exceljs and returns the new package. Sheets must
 * not have a drawing of their own (the report workbook puts no images in them).
 */
export function addCharts(xlsx: Uint8Array, charts: SheetChart[], level: 1 | 6 = 1): Uint8Array {
  if (!charts.length) return xlsx
  const files = unzipSync(xlsx)
  const parts = sheetParts(files)
  let types = strFromU8(files['[Content_Types].xml'])
  const nextDrawing = freeIndex(files, 'xl/drawings/drawing')
  const nextChart = freeIndex(files, 'xl/charts/chart')
  const bySheet = new Map<string, SheetChart[]>()
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c])
  for (const [sheet, list] of bySheet) {
    const part = parts.get(sheet)
    if (!part || !files[part]) throw new Error(`sheet "${sheet}" is not in the workbook`)
    const d = nextDrawing()
    const drawingPart = `xl/drawings/drawing${d}.xml`
    files[drawingPart] = strToU8('') // reserve the name before the charts' relationships are added
    const frames = list.map((c, k) => {
      const n = nextChart()
      files[`xl/charts/chart${n}.xml`] = strToU8(chartXml(c.chart))
      types = types.replace('</Types>', `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT_CHART}"/></Types>`)
      return anchor(c, k, addRel(files, drawingPart, REL_CHART, `../charts/chart${n}.xml`))
    })
    files[drawingPart] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        frames.join('') +
        '</xdr:wsDr>'
    )
    types = types.replace('</Types>', `<Override PartName="/${drawingPart}" ContentType="${CT_DRAWING}"/></Types>`)
    const relId = addRel(files, part, REL_DRAWING, `../drawings/drawing${d}.xml`)
    files[part] = strToU8(insertDrawing(strFromU8(files[part]), relId))
  }
  files['[Content_Types].xml'] = strToU8(types)
  const zippable: Zippable = {}
  // [Content_Types].xml first, as Office writes it; stored parts keep their order after it.
  zippable['[Content_Types].xml'] = files['[Content_Types].xml']
  for (const [name, data] of Object.entries(files)) if (name !== '[Content_Types].xml') zippable[name] = data
  return zipSync(zippable, { level })
}
