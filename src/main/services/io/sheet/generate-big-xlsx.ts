import { statSync } from 'node:fs'
import { columnLetter } from './layout/column-names'
import { StreamingZipWriter } from './zip-writer'

/**
 * Writes a large questionnaire-shaped workbook for benchmarks and stress tests: one header row of
 * Italian question texts, then `rows` responses over `cols` columns mixing a timestamp, IDs,
 * categorical answers (shared strings), Likert items, scores, decimals, dates, multi-select cells,
 * sparse free text and ~4% missing answers. Hand-written streaming XML, deterministic (seeded), and
 * zipped with StreamingZipWriter, so memory stays flat whatever the size. Returns the file size.
 */
export async function writeBigQuestionnaireXlsx(file: string, rows: number, cols: number): Promise<number> {
  const zip = new StreamingZipWriter(file)
  const sst = new SharedStrings()
  const rand = mulberry32(20230212)
  const kinds = Array.from({ length: cols }, (_, j) => columnKind(j))
  const letters = Array.from({ length: cols }, (_, j) => columnLetter(j))

  zip.file('[Content_Types].xml', CONTENT_TYPES)
  zip.file('_rels/.rels', ROOT_RELS)
  zip.file('xl/workbook.xml', WORKBOOK)
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS)
  zip.file('xl/styles.xml', STYLES)

  const sheet = zip.entry('xl/worksheets/sheet1.xml')
  sheet.write(`${XML_HEAD}<worksheet xmlns="${NS}"><dimension ref="A1:${letters[cols - 1]}${rows + 1}"/><sheetData>`)
  let line = `<row r="1">`
  for (let j = 0; j < cols; j++) line += `<c r="${letters[j]}1" t="s"><v>${sst.index(headerText(kinds[j], j))}</v></c>`
  sheet.write(line + '</row>')
  const start = 44927 // 2023-01-01
  for (let i = 0; i < rows; i++) {
    const r = i + 2
    line = `<row r="${r}">`
    for (let j = 0; j < cols; j++) {
      const cell = cellXml(kinds[j], i, rand, sst, start)
      if (cell) line += `<c r="${letters[j]}${r}"${cell}</c>`
    }
    sheet.write(line + '</row>')
  }
  sheet.write('</sheetData></worksheet>')
  sheet.end()

  const strings = zip.entry('xl/sharedStrings.xml')
  strings.write(`${XML_HEAD}<sst xmlns="${NS}" uniqueCount="${sst.list.length}">`)
  for (const s of sst.list) strings.write(`<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)
  strings.write('</sst>')
  strings.end()
  zip.close()
  return statSync(file).size
}

type Kind = 'timestamp' | 'id' | 'gender' | 'age' | 'birth' | 'district' | 'likert' | 'score' | 'hours' | 'multi' | 'yesno' | 'open'

const BLOCK: Kind[] = ['likert', 'likert', 'score', 'hours', 'multi', 'yesno', 'likert', 'open']
const FIXED: Kind[] = ['timestamp', 'id', 'gender', 'age', 'birth', 'district']

function columnKind(j: number): Kind {
  return j < FIXED.length ? FIXED[j] : BLOCK[(j - FIXED.length) % BLOCK.length]
}

const LIKERT = ["Per niente d'accordo", "Poco d'accordo", "Abbastanza d'accordo", "Molto d'accordo", 'Non so']
const GENDER = ['Femmina', 'Maschio', 'Non binario', 'Preferisco non rispondere']
const SERVICES = ['Smart working', 'Coworking', 'Cittadella del welfare', 'Formazione', 'Sportello famiglie', 'Altro']
const DISTRICTS = Array.from({ length: 9 }, (_, k) => `Municipio ${k + 1}`)
/** Every combination of SERVICES by bit mask, as Google Forms joins checkbox answers. */
const MULTI = Array.from({ length: 1 << SERVICES.length }, (_, mask) => SERVICES.filter((_s, k) => mask & (1 << k)).join(', ') || SERVICES[0])
const WORDS = 'il servizio di coworking è stato utile per conciliare lavoro e famiglia ma gli orari della cittadella del welfare potrebbero essere più flessibili nel municipio sette con più spazi per i bambini e una migliore comunicazione tra le aziende partner'.split(' ')

function headerText(kind: Kind, j: number): string {
  switch (kind) {
    case 'timestamp': return 'Informazioni cronologiche'
    case 'id': return 'ID risposta'
    case 'gender': return 'Genere'
    case 'age': return 'Età'
    case 'birth': return 'Data di nascita'
    case 'district': return 'Municipio di residenza'
    case 'likert': return `D${j}. Quanto è d'accordo con l'affermazione n. ${j}?`
    case 'score': return `D${j}. Voto da 1 a 10 al servizio`
    case 'hours': return `D${j}. Ore settimanali di lavoro agile`
    case 'multi': return `D${j}. Quali servizi ha utilizzato? (più risposte possibili)`
    case 'yesno': return `D${j}. Consiglierebbe il servizio a un collega?`
    case 'open': return `D${j}. Suggerimenti e commenti`
  }
}

/** Attributes and content of one cell, from just after `r="…"` up to (not including) `</c>`; '' when missing. */
function cellXml(kind: Kind, i: number, rand: () => number, sst: SharedStrings, start: number): string {
  if (kind !== 'id' && kind !== 'timestamp' && rand() < 0.04) return ''
  switch (kind) {
    case 'timestamp':
      return ` s="2"><v>${(start + i * 0.0037 + rand() * 0.003).toFixed(8)}</v>`
    case 'id':
      return `><v>${1000 + i}</v>`
    case 'gender':
      return sst.cell(GENDER[Math.floor(rand() * GENDER.length)])
    case 'age':
      return `><v>${18 + Math.floor(rand() * 67)}</v>`
    case 'birth':
      return ` s="1"><v>${20000 + Math.floor(rand() * 20000)}</v>`
    case 'district':
      return sst.cell(DISTRICTS[Math.floor(rand() * DISTRICTS.length)])
    case 'likert':
      return sst.cell(LIKERT[Math.floor(rand() * LIKERT.length)])
    case 'score':
      return `><v>${1 + Math.floor(rand() * 10)}</v>`
    case 'hours':
      return `><v>${Math.floor(rand() * 80) / 2}</v>`
    case 'multi': {
      let mask = 0
      for (let k = 0; k < SERVICES.length; k++) if (rand() < 0.35) mask |= 1 << k
      return sst.cell(MULTI[mask])
    }
    case 'yesno':
      return sst.cell(rand() < 0.7 ? 'Sì' : 'No')
    case 'open': {
      if (rand() < 0.6) return ''
      const n = 4 + Math.floor(rand() * 14)
      let text = `R${i}:`
      for (let k = 0; k < n; k++) text += ' ' + WORDS[Math.floor(rand() * WORDS.length)]
      return sst.cell(text)
    }
  }
}

class SharedStrings {
  readonly list: string[] = []
  private readonly map = new Map<string, number>()
  cell(s: string): string {
    return ` t="s"><v>${this.index(s)}</v>`
  }
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

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
const WORKBOOK = `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr/><sheets><sheet name="Risposte del modulo 1" sheetId="1" r:id="rId1"/></sheets></workbook>`
const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
const STYLES = `${XML_HEAD}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm:ss"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
