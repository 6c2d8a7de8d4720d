import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import type { RefiImportDto } from '../../../../shared/ipc/team'
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
    throw new EsitiError('NOT_FOUND', `File not found: ${abs}`)
  }
  checkLimit(abs, LIMITS.partBytes, size)
  const { root, namespace } = parseXml(decodeXml(fs.readFileSync(abs), { file: abs }), { file: abs })
  if (root.name !== 'CodeBook')
    throw new EsitiError('CORRUPT_FILE', `${path.basename(abs)} is not a REFI-QDA codebook (root element <${root.name}>).`)
  const warnings: string[] = []
  if (namespace !== CODEBOOK_NS)
    warnings.push(`Namespace ${namespace ? `"${namespace}"` : '(none)'} instead of ${CODEBOOK_NS}: read as REFI-QDA 1.0.`)
  const book = readCodebook(root)
  if (book.sets) warnings.push(`${book.sets} code sets were not imported: Esiti has no sets.`)
  if (book.codes.length === 0) throw new EsitiError('INVALID_INPUT', `${path.basename(abs)} contains no codes.`)
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
  const counts = mutate(ctx.project, { actor: ctx.actor, kind: 'team.qdcImport', summary: `Importato codebook ${path.basename(abs)}` }, (w) => {
    const rw = new RefiWriter(ctx, w, project, warnings)
    rw.codes(book.codes)
    rw.finish()
    return rw.counts
  })
  return { file: abs, origin: book.origin, ...counts, warnings, unanchored: 0, unanchoredSelections: [], dialects: [] }
}
