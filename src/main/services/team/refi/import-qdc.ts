import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import type { RefiImportDto } from '../../../../shared/ipc/team'
import { msg, type Msg } from '../../../../shared/messages'
import { readingAs } from '../../../files/wrong-kind'
import { mutate } from '../../../db/op-log'
import type { Ctx } from '../../context'
import { RefiWriter } from './import-write'
import { readCodebook, type RefiProject } from './qde-read'
import { CODEBOOK_NS } from './qde-write'
import { decodeXml, parseXml } from './xml-read'
import { LIMITS, checkLimit } from '../../io/limits'

/** Imports a REFI-QDA codebook (.qdc) into the open project, in one undoable operation. */
export async function importQdc(ctx: Ctx, file: string): Promise<RefiImportDto> {
  const abs = path.resolve(file)
  let size: number
  try {
    size = fs.statSync(abs).size
  } catch {
    throw new EsitiError('NOT_FOUND', 'io.fileNotFound', { file: abs })
  }
  checkLimit(abs, LIMITS.partBytes, size)
  // A REFI-QDA project or a Word document chosen here is named as such, not as "invalid XML".
  const { root, namespace } = await readingAs(abs, 'qdc', () => {
    const xml = parseXml(decodeXml(fs.readFileSync(abs), { file: abs }), { file: abs })
    if (xml.root.name !== 'CodeBook')
      throw new EsitiError('CORRUPT_FILE', 'refi.notCodebook', { file: path.basename(abs), root: xml.root.name })
    return xml
  })
  const warnings: Msg[] = []
  if (namespace !== CODEBOOK_NS)
    warnings.push(namespace ? msg('refi.warn.namespace', { namespace, expected: CODEBOOK_NS }) : msg('refi.warn.noNamespace', { expected: CODEBOOK_NS }))
  const book = readCodebook(root)
  if (book.sets) warnings.push(msg('refi.warn.codeSets', { count: book.sets }))
  if (book.codes.length === 0) throw new EsitiError('INVALID_INPUT', 'refi.noCodes', { file: path.basename(abs) })
  const project: RefiProject = {
    origin: book.origin,
    users: [],
    codes: book.codes,
    variables: [],
    cases: [],
    sources: [],
    notes: [],
    links: [],
    projectNoteRefs: [],
    ignored: { sets: book.sets, graphs: 0, media: 0, pdfSelections: 0, caseCodeRefs: 0 }
  }
  const counts = mutate(ctx.project, { actor: ctx.actor, kind: 'team.qdcImport', summary: msg('refi.importCodebookOp', { file: path.basename(abs) }) }, (w) => {
    const rw = new RefiWriter(ctx, w, project, warnings)
    rw.codes(book.codes)
    rw.finish()
    return rw.counts
  })
  return { file: abs, origin: book.origin, ...counts, warnings, unanchored: 0, unanchoredSelections: [], dialects: [] }
}
