import path from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import { msg, type Msg } from '../../../../shared/messages'
import { readingAs } from '../../../files/wrong-kind'
import { readProject, type RefiProject, type RefiTextSource } from './qde-read'
import { PROJECT_NS } from './qde-write'
import { LIMITS } from '../../io/limits'
import { ZipArchive } from '../../io/zip-archive'
import { extractDocument } from '../../transcripts/extract'
import { decodeSourceText, type DecodedText } from './text-decode'
import { decodeXml, parseXml } from './xml-read'

export interface LoadedSource {
  refi: RefiTextSource
  /** Zip entry the text came from (null for inline content). */
  entry: string | null
  bytes: Buffer | null
  decoded: DecodedText | null
}

/** Everything read from a .qdpx before the project is touched. */
export interface QdpxBundle {
  file: string
  project: RefiProject
  sources: LoadedSource[]
  noteTexts: Map<string, string>
  warnings: Msg[]
}

const safeDecode = (s: string): string => {
  try {
    return decodeURI(s)
  } catch {
    return s
  }
}

/** Finds archive entries by a REFI path, tolerating schemes, folder case and missing folders. */
class EntryIndex {
  private readonly exact = new Map<string, string>()
  private readonly byBase = new Map<string, string[]>()

  constructor(names: string[]) {
    for (const n of names) {
      this.exact.set(n.toLowerCase(), n)
      const base = n.split('/').pop()!.toLowerCase()
      this.byBase.set(base, [...(this.byBase.get(base) ?? []), n])
    }
  }

  find(refiPath: string, warnings: Msg[]): string | null {
    const p = refiPath.trim()
    const scheme = /^([a-z]+):\/\/\/?/i.exec(p)
    const rest = safeDecode(scheme ? p.slice(scheme[0].length) : p).replace(/\\/g, '/')
    if (scheme && scheme[1].toLowerCase() === 'absolute')
      warnings.push(msg('refi.warn.absolutePath', { file: path.basename(rest) }))
    if (rest.split('/').includes('..')) {
      warnings.push(msg('refi.warn.pathOutside', { path: refiPath }))
      return null
    }
    const direct = this.exact.get(`sources/${rest}`.toLowerCase()) ?? this.exact.get(rest.toLowerCase())
    if (direct) return direct
    const same = this.byBase.get(rest.split('/').pop()!.toLowerCase()) ?? []
    return same.find((n) => /^sources\//i.test(n)) ?? same[0] ?? null
  }
}

/**
 * Opens a .qdpx safely and reads its project.qde, source texts and note files into memory. A file of
 * another kind (a Word document, a spreadsheet) is named as such rather than "not a valid archive".
 */
export function loadQdpx(file: string): Promise<QdpxBundle> {
  return readingAs(file, 'qdpx', () => readQdpx(file))
}

async function readQdpx(file: string): Promise<QdpxBundle> {
  // A project's texts together stay under 1 GB inflated: what one project file can reasonably hold.
  const zip = await ZipArchive.open(file, { what: 'qdpx', unsafeNames: 'skip', maxInflated: 1024 ** 3 })
  const warnings: Msg[] = []
  const text = async (entry: string): Promise<{ bytes: Buffer; decoded: DecodedText }> => {
    const bytes = await zip.readAll(entry)
    return { bytes, decoded: decodeSourceText(bytes, { file, part: entry }) }
  }
  try {
    for (const u of zip.unsafe) warnings.push(msg('refi.warn.unsafeEntry', { entry: u }))
    const qdes = zip.names.filter((n) => /\.qde$/i.test(n))
    let qde = qdes[0]
    if (qdes.length === 0) throw new EsitiError('CORRUPT_FILE', 'refi.noQde', { file: path.basename(file) })
    if (qdes.length > 1) {
      const root = qdes.find((n) => n.toLowerCase() === 'project.qde')
      if (!root) throw new EsitiError('CORRUPT_FILE', 'refi.manyQde', { n: qdes.length })
      qde = root
    }
    if (qde !== 'project.qde') warnings.push(msg('refi.warn.qdeName', { name: qde }))
    const src = { file, part: qde }
    const { root, namespace } = parseXml(decodeXml(await zip.readAll(qde, { limit: LIMITS.documentXmlBytes }), src), src)
    if (root.name !== 'Project')
      throw new EsitiError('CORRUPT_FILE', 'refi.notProject', { file: qde, root: root.name })
    if (namespace !== PROJECT_NS)
      warnings.push(namespace ? msg('refi.warn.namespace', { namespace, expected: PROJECT_NS }) : msg('refi.warn.noNamespace', { expected: PROJECT_NS }))
    const project = readProject(root)
    const index = new EntryIndex(zip.names)
    const sources: LoadedSource[] = []
    for (const s of project.sources) {
      const label = s.name ?? s.plainTextPath ?? s.guid
      let entry: string | null = null
      let bytes: Buffer | null = null
      let decoded: DecodedText | null = null
      if (s.plainTextPath) {
        entry = index.find(s.plainTextPath, warnings)
        if (entry) ({ bytes, decoded } = await text(entry))
        else if (s.content === undefined) warnings.push(msg('refi.warn.textMissing', { source: label, path: s.plainTextPath }))
      }
      if (!decoded && s.content !== undefined) decoded = { text: s.content, encoding: 'utf-8', hadBom: false }
      if (!decoded && !s.plainTextPath) warnings.push(msg('refi.warn.noText', { source: label }))
      if (decoded && !decoded.text.trim() && s.richTextPath) {
        const docx = index.find(s.richTextPath, warnings)
        if (docx) {
          const words = (await extractDocument(await zip.readAll(docx), docx)).text
          if (words.trim()) {
            decoded = { text: words, encoding: 'docx', hadBom: false }
            entry = docx
            warnings.push(msg('refi.warn.textFromDocx', { source: label }))
          }
        }
      }
      if (decoded && decoded.encoding === 'windows-1252')
        warnings.push(msg('refi.warn.windows1252', { source: label }))
      sources.push({ refi: s, entry, bytes, decoded })
    }
    const noteTexts = new Map<string, string>()
    for (const n of project.notes) {
      if (n.content !== undefined || !n.plainTextPath) continue
      const entry = index.find(n.plainTextPath, warnings)
      if (entry) noteTexts.set(n.guid, (await text(entry)).decoded.text)
      else warnings.push(msg('refi.warn.noteMissing', { note: n.name ?? n.guid, path: n.plainTextPath }))
    }
    return { file, project, sources, noteTexts, warnings }
  } finally {
    zip.close()
  }
}
