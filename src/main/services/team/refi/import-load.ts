import path from 'node:path'
import { EsitiError } from '../../../../shared/errors'
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
  warnings: string[]
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

  find(refiPath: string, warnings: string[]): string | null {
    const p = refiPath.trim()
    const scheme = /^([a-z]+):\/\/\/?/i.exec(p)
    const rest = safeDecode(scheme ? p.slice(scheme[0].length) : p).replace(/\\/g, '/')
    if (scheme && scheme[1].toLowerCase() === 'absolute')
      warnings.push(`${path.basename(rest)}: the file is referenced by an absolute path outside the archive; looked for a copy inside it.`)
    if (rest.split('/').includes('..')) {
      warnings.push(`Path "${refiPath}" points outside the archive: ignored.`)
      return null
    }
    const direct = this.exact.get(`sources/${rest}`.toLowerCase()) ?? this.exact.get(rest.toLowerCase())
    if (direct) return direct
    const same = this.byBase.get(rest.split('/').pop()!.toLowerCase()) ?? []
    return same.find((n) => /^sources\//i.test(n)) ?? same[0] ?? null
  }
}

/** Opens a .qdpx safely and reads its project.qde, source texts and note files into memory. */
export async function loadQdpx(file: string): Promise<QdpxBundle> {
  // A project's texts together stay under 1 GB inflated: what one project file can reasonably hold.
  const zip = await ZipArchive.open(file, { what: 'qdpx', unsafeNames: 'skip', maxInflated: 1024 ** 3 })
  const warnings: string[] = []
  const text = async (entry: string): Promise<{ bytes: Buffer; decoded: DecodedText }> => {
    const bytes = await zip.readAll(entry)
    return { bytes, decoded: decodeSourceText(bytes, { file, part: entry }) }
  }
  try {
    for (const u of zip.unsafe) warnings.push(`Archive entry "${u}" points outside the archive: refused, nothing was written for it.`)
    const qdes = zip.names.filter((n) => /\.qde$/i.test(n))
    let qde = qdes[0]
    if (qdes.length === 0) throw new EsitiError('CORRUPT_FILE', 'This is not a REFI-QDA project: there is no .qde file inside.')
    if (qdes.length > 1) {
      const root = qdes.find((n) => n.toLowerCase() === 'project.qde')
      if (!root) throw new EsitiError('CORRUPT_FILE', `The archive holds ${qdes.length} .qde files and none is project.qde.`)
      qde = root
    }
    if (qde !== 'project.qde') warnings.push(`The project file is "${qde}" instead of project.qde: read anyway.`)
    const src = { file, part: qde }
    const { root, namespace } = parseXml(decodeXml(await zip.readAll(qde, { limit: LIMITS.documentXmlBytes }), src), src)
    if (root.name !== 'Project')
      throw new EsitiError('CORRUPT_FILE', `${qde} is not a REFI-QDA project (root element <${root.name}>).`)
    if (namespace !== PROJECT_NS)
      warnings.push(`Namespace ${namespace ? `"${namespace}"` : '(none)'} instead of ${PROJECT_NS}: read as REFI-QDA 1.0.`)
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
        else if (s.content === undefined) warnings.push(`Source "${label}": its text file ${s.plainTextPath} is missing from the archive.`)
      }
      if (!decoded && s.content !== undefined) decoded = { text: s.content, encoding: 'utf-8', hadBom: false }
      if (!decoded && !s.plainTextPath) warnings.push(`Source "${label}" has neither a text file nor inline text.`)
      if (decoded && !decoded.text.trim() && s.richTextPath) {
        const docx = index.find(s.richTextPath, warnings)
        if (docx) {
          const words = (await extractDocument(await zip.readAll(docx), docx)).text
          if (words.trim()) {
            decoded = { text: words, encoding: 'docx', hadBom: false }
            entry = docx
            warnings.push(`Source "${label}": the plain text was empty, the text was taken from the Word document.`)
          }
        }
      }
      if (decoded && decoded.encoding === 'windows-1252')
        warnings.push(`Source "${label}" is not valid UTF-8: read as Windows-1252.`)
      sources.push({ refi: s, entry, bytes, decoded })
    }
    const noteTexts = new Map<string, string>()
    for (const n of project.notes) {
      if (n.content !== undefined || !n.plainTextPath) continue
      const entry = index.find(n.plainTextPath, warnings)
      if (entry) noteTexts.set(n.guid, (await text(entry)).decoded.text)
      else warnings.push(`Note "${n.name ?? n.guid}": its text file ${n.plainTextPath} is missing.`)
    }
    return { file, project, sources, noteTexts, warnings }
  } finally {
    zip.close()
  }
}
