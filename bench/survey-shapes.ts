import { statSync } from 'node:fs'
import { columnLetter } from '../src/main/services/io/sheet/layout/column-names'
import { StreamingZipWriter } from '../src/main/services/io/sheet/zip-writer'

/**
 * Realistic 100,000 × 60 exports for the import bench (issue 12), written the way each platform writes
 * them, so that the bench measures the shapes users bring and not only its own generator:
 *
 * - google: Google Forms via Sheets — text timestamps ("12/02/2023 19.07.17", all distinct), an
 *   e-mail per respondent (all distinct), 30 Likert items, 15 decimals, 10 free-text answers with tens
 *   of thousands of distinct texts, gender, age and municipality;
 * - kobo: a KoboToolbox XML-value export — ISO start/end, select_one XML names, two select_multiple
 *   questions as a summary column plus one 0/1 column per option, integers, decimals, free text and
 *   the columns Kobo appends (_id, _uuid, _submission_time, …);
 * - monkey: SurveyMonkey — two header rows with each question merged over its columns, 11-digit
 *   respondent ids, date cells, single answers, two multiple answers as option-text-or-blank columns,
 *   a 15-item matrix, open-ended answers.
 *
 * Streamed XML with shared strings (as Sheets, Kobo and SurveyMonkey write them), deterministic.
 */
export type Shape = 'google' | 'kobo' | 'monkey'

type Cell = string | number | null | { date: number }

interface Column {
  header: string
  /** Row 1 over row 2, for two-row headers (SurveyMonkey). */
  group?: string | null
  cell(i: number): Cell
}

const LIKERT = ["Per niente d'accordo", "Poco d'accordo", "Né d'accordo né in disaccordo", "Abbastanza d'accordo", "Molto d'accordo"]
const MUNICIPI = Array.from({ length: 9 }, (_, k) => `Municipio ${k + 1}`)
const GENDER = ['Donna', 'Uomo', 'Non binario', 'Preferisco non rispondere']
const SERVICES = ['Mensa aziendale', 'Trasporti / navetta', 'Asilo nido', 'Palestra', 'Consulenza legale', 'Buoni pasto', 'Sportello famiglie', 'Formazione']
const FIRST = 'giulia marco laura luca anna paolo sara andrea chiara matteo elena davide francesca simone valentina alessandro martina lorenzo federica stefano'.split(' ')
const LAST = 'rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti deluca mancini costa giordano rizzo lombardi moretti'.split(' ')
const WORDS = (
  'il servizio di coworking è stato utile per conciliare lavoro e famiglia ma gli orari della cittadella del welfare potrebbero essere più ' +
  'flessibili nel municipio sette con più spazi per i bambini e una migliore comunicazione tra le aziende partner il personale è gentile ' +
  'disponibile preparato la sede è lontana dai mezzi pubblici servirebbe una navetta il parcheggio manca spesso la connessione internet è lenta ' +
  'vorrei più corsi di formazione sul digitale e sulla sicurezza il lavoro agile mi ha permesso di risparmiare tempo e denaro nei trasporti ' +
  'mia figlia frequenta il nido aziendale sono soddisfatta ottimo progetto da ripetere nei prossimi anni grazie'
).split(' ')

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

/** A free answer: 6–20 words; about half the texts of a column are distinct. */
function freeText(rand: () => number, i: number): string {
  const n = 6 + Math.floor(rand() * 15)
  let s = ''
  for (let k = 0; k < n; k++) s += (k ? ' ' : '') + WORDS[Math.floor(rand() * WORDS.length)]
  return rand() < 0.1 ? s : s.charAt(0).toUpperCase() + s.slice(1) + (i % 7 === 0 ? '.' : '')
}

function googleColumns(rand: () => number): Column[] {
  const base = Date.UTC(2023, 1, 1)
  const cols: Column[] = [
    {
      header: 'Informazioni cronologiche',
      cell: (i) => {
        const d = new Date(base + i * 37_000 + Math.floor(rand() * 30_000))
        return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}.${pad(d.getUTCMinutes())}.${pad(d.getUTCSeconds())}`
      }
    },
    { header: 'Indirizzo email', cell: (i) => `${FIRST[i % 20]}.${LAST[Math.floor(i / 20) % 20]}${Math.floor(i / 400)}@esempio.it` },
    { header: 'Genere', cell: () => GENDER[Math.floor(rand() * 4)] },
    { header: 'Età', cell: () => (rand() < 0.02 ? null : 18 + Math.floor(rand() * 50)) },
    { header: 'Municipio di residenza', cell: () => MUNICIPI[Math.floor(rand() * 9)] }
  ]
  for (let k = 1; k <= 30; k++)
    cols.push({
      header: `Quanto è d'accordo con l'affermazione ${k} sul lavoro agile?`,
      cell: () => {
        const x = rand()
        return x < 0.03 ? null : x < 0.06 ? 'Non so' : LIKERT[Math.floor(rand() * 5)]
      }
    })
  for (let k = 1; k <= 15; k++)
    cols.push({ header: `Misura ${k}: ore, costi o distanze dichiarate`, cell: () => (rand() < 0.04 ? null : Math.round(rand() * 40000) / 100) })
  for (let k = 1; k <= 10; k++) cols.push({ header: `Commento libero ${k}`, cell: (i) => (rand() < 0.45 ? null : freeText(rand, i)) })
  return cols
}

function koboColumns(rand: () => number): Column[] {
  const base = Date.UTC(2023, 1, 1)
  const iso = (t: number): string => new Date(t).toISOString().slice(0, 19) + '.000+01:00'
  const cols: Column[] = [
    { header: 'start', cell: (i) => iso(base + i * 37_000) },
    { header: 'end', cell: (i) => iso(base + i * 37_000 + 420_000) },
    { header: 'today', cell: (i) => new Date(base + i * 37_000).toISOString().slice(0, 10) },
    { header: 'deviceid', cell: (i) => `collect:${(i % 40).toString(36)}X9kq${i % 7}` },
    { header: 'username', cell: (i) => `rilevatore${i % 12}` },
    { header: 'anagrafica/genere', cell: () => ['donna', 'uomo', 'altro', 'non_risponde'][Math.floor(rand() * 4)] },
    { header: 'anagrafica/eta', cell: () => 18 + Math.floor(rand() * 60) },
    { header: 'anagrafica/municipio', cell: () => `m${1 + Math.floor(rand() * 9)}` }
  ]
  for (let k = 1; k <= 17; k++) cols.push({ header: `opinioni/d${k}`, cell: () => (rand() < 0.05 ? null : ['a1', 'a2', 'a3', 'a4', 'a5', 'non_so'][Math.floor(rand() * 6)]) })
  const codes = ['mensa', 'trasporti', 'asilo', 'palestra', 'legale', 'buoni', 'sportello', 'formazione']
  for (const q of ['servizi/usati', 'servizi/desiderati']) {
    // The summary column comes first in each row: it draws the choices its option columns then show.
    let chosen: boolean[] = []
    cols.push({
      header: q,
      cell: () => {
        chosen = codes.map(() => rand() < 0.3)
        if (!chosen.some(Boolean)) chosen[0] = true
        return codes.filter((_, k) => chosen[k]).join(' ')
      }
    })
    for (let k = 0; k < codes.length; k++) cols.push({ header: `${q}/${codes[k]}`, cell: () => (chosen[k] ? 1 : 0) })
  }
  for (let k = 1; k <= 6; k++) cols.push({ header: `attivita/n${k}`, cell: () => Math.floor(rand() * 30) })
  for (let k = 1; k <= 3; k++) cols.push({ header: `attivita/ore${k}`, cell: () => Math.round(rand() * 2000) / 10 })
  for (let k = 1; k <= 2; k++) cols.push({ header: `note/commento${k}`, cell: (i) => (rand() < 0.5 ? null : freeText(rand, i)) })
  cols.push(
    { header: '_id', cell: (i) => 40_000_000 + i },
    { header: '_uuid', cell: (i) => `7d1e${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}-3c2a-4f6e-9b1d-${pad(i, 12)}` },
    { header: '_submission_time', cell: (i) => new Date(base + i * 37_000 + 600_000).toISOString().slice(0, 19) },
    { header: '_validation_status', cell: () => null },
    { header: '__version__', cell: () => 'vR7tTqUw3XnZ' },
    { header: '_index', cell: (i) => i + 1 }
  )
  return cols
}

function monkeyColumns(rand: () => number): Column[] {
  const base = 44958 // 2023-02-01
  const cols: Column[] = [
    { header: 'Respondent ID', cell: (i) => 114_020_000_000 + i * 17 },
    { header: 'Collector ID', cell: () => 431_005_998 },
    { header: 'Start Date', cell: (i) => ({ date: base + i * 0.0004 }) },
    { header: 'End Date', cell: (i) => ({ date: base + i * 0.0004 + 0.005 }) },
    { header: 'IP Address', cell: (i) => `93.${40 + (i % 50)}.${Math.floor(i / 250) % 250}.${i % 250}` },
    { header: 'Email Address', cell: () => null },
    { header: 'First Name', cell: () => null },
    { header: 'Last Name', cell: () => null },
    { header: 'Custom Data 1', cell: () => null }
  ]
  for (let k = 1; k <= 10; k++)
    cols.push({ header: 'Response', group: k === 1 ? 'In quale municipio vivi?' : `Domanda a scelta singola ${k}`, cell: () => (rand() < 0.03 ? null : k === 1 ? MUNICIPI[Math.floor(rand() * 9)] : LIKERT[Math.floor(rand() * 5)]) })
  for (const q of ['Quali servizi di welfare utilizzi?', 'Quali servizi vorresti?']) {
    SERVICES.forEach((s, k) => cols.push({ header: s, group: k === 0 ? q : null, cell: () => (rand() < 0.3 ? s : null) }))
    cols.push({ header: 'Other (please specify)', group: null, cell: (i) => (rand() < 0.04 ? freeText(rand, i) : null) })
  }
  for (let k = 1; k <= 15; k++)
    cols.push({ header: `Affermazione ${k} sul lavoro agile`, group: k === 1 ? "Quanto sei d'accordo con queste affermazioni?" : null, cell: () => (rand() < 0.03 ? null : LIKERT[Math.floor(rand() * 5)]) })
  for (let k = 1; k <= 3; k++) cols.push({ header: 'Open-Ended Response', group: `Suggerimenti ${k}`, cell: (i) => (rand() < 0.5 ? null : freeText(rand, i)) })
  for (let k = 1; k <= 5; k++) cols.push({ header: 'Response', group: `Quante ore (${k})?`, cell: () => Math.floor(rand() * 40) })
  return cols
}

/** Writes a shape's workbook; returns the file size. */
export async function writeShapeXlsx(shape: Shape, file: string, rows: number): Promise<number> {
  const rand = mulberry32(shape === 'google' ? 12 : shape === 'kobo' ? 34 : 56)
  const cols = shape === 'google' ? googleColumns(rand) : shape === 'kobo' ? koboColumns(rand) : monkeyColumns(rand)
  const twoRows = shape === 'monkey'
  const letters = cols.map((_, j) => columnLetter(j))
  const zip = new StreamingZipWriter(file)
  const sst = new SharedStrings()
  zip.file('[Content_Types].xml', CONTENT_TYPES)
  zip.file('_rels/.rels', ROOT_RELS)
  zip.file('xl/workbook.xml', WORKBOOK)
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS)
  zip.file('xl/styles.xml', STYLES)
  const sheet = zip.entry('xl/worksheets/sheet1.xml')
  const head = twoRows ? 2 : 1
  sheet.write(`${XML_HEAD}<worksheet xmlns="${NS}"><dimension ref="A1:${letters[cols.length - 1]}${rows + head}"/><sheetData>`)
  const cellXml = (ref: string, c: Cell): string => {
    if (c === null) return ''
    if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`
    if (typeof c === 'object') return `<c r="${ref}" s="1"><v>${c.date.toFixed(8)}</v></c>`
    return `<c r="${ref}" t="s"><v>${sst.index(c)}</v></c>`
  }
  if (twoRows) {
    // Row 1: the question over its columns (metadata headers in row 1 only), row 2: the items.
    let line = '<row r="1">'
    cols.forEach((c, j) => (line += cellXml(`${letters[j]}1`, c.group === undefined ? c.header : c.group)))
    sheet.write(line + '</row>')
    line = '<row r="2">'
    cols.forEach((c, j) => (line += c.group === undefined ? '' : cellXml(`${letters[j]}2`, c.header)))
    sheet.write(line + '</row>')
  } else {
    let line = '<row r="1">'
    cols.forEach((c, j) => (line += cellXml(`${letters[j]}1`, c.header)))
    sheet.write(line + '</row>')
  }
  for (let i = 0; i < rows; i++) {
    const r = i + head + 1
    let line = `<row r="${r}">`
    for (let j = 0; j < cols.length; j++) line += cellXml(`${letters[j]}${r}`, cols[j].cell(i))
    sheet.write(line + '</row>')
  }
  sheet.write('</sheetData>')
  if (twoRows) {
    const merges: string[] = []
    for (let j = 0; j < cols.length; j++) {
      if (!cols[j].group) continue
      let k = j
      while (k + 1 < cols.length && cols[k + 1].group === null) k++
      if (k > j) merges.push(`${letters[j]}1:${letters[k]}1`)
    }
    sheet.write(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`)
  }
  sheet.write('</worksheet>')
  sheet.end()
  const strings = zip.entry('xl/sharedStrings.xml')
  strings.write(`${XML_HEAD}<sst xmlns="${NS}" uniqueCount="${sst.list.length}">`)
  for (const s of sst.list) strings.write(`<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)
  strings.write('</sst>')
  strings.end()
  zip.close()
  return statSync(file).size
}

class SharedStrings {
  readonly list: string[] = []
  private readonly map = new Map<string, number>()
  index(s: string): number {
    let i = this.map.get(s)
    if (i === undefined) {
      i = this.list.length
      this.list.push(s)
      this.map.set(s, i)
    }
    return i
  }
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
const WORKBOOK = `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr/><sheets><sheet name="Risposte" sheetId="1" r:id="rId1"/></sheets></workbook>`
const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
const STYLES = `${XML_HEAD}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="mm/dd/yyyy hh:mm:ss AM/PM"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
