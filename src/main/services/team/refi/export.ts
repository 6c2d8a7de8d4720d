import fs from 'node:fs'
import path from 'node:path'
import { zipSync, strToU8 } from 'fflate'
import { EsitiError } from '../../../../shared/errors'
import { publishFiles } from '../../files/publish'
import type { RefiExportDto } from '../../../../shared/ipc/team'
import { nowIso } from '../../../db/ids'
import type { Ctx } from '../../context'
import { loadProjectData } from './project-data'
import { codebookXml, projectXml, refiUsers } from './qde-write'

/** Writes the file into place only once it is complete (see publishFiles). */
function writeAtomically(file: string, data: Uint8Array | string): void {
  const dir = path.dirname(file)
  if (!fs.existsSync(dir)) throw new EsitiError('NOT_FOUND', 'project.folderNotFound', { folder: dir })
  publishFiles([{ path: file, data }])
}

function checkExtension(file: string, ext: string): string {
  const abs = path.resolve(file)
  if (path.extname(abs).toLowerCase() !== ext)
    throw new EsitiError('INVALID_INPUT', 'refi.extension', { ext, file: path.basename(abs) })
  return abs
}

/**
 * REFI-QDA 1.5 project export: project.qde at the zip root and one UTF-8 text per source in
 * sources/<GUID>.txt. Offsets are written in Unicode code points, as the standard requires.
 */
export function exportQdpx(ctx: Ctx, file: string): RefiExportDto {
  const out = checkExtension(file, '.qdpx')
  const data = loadProjectData(ctx)
  const entries: Record<string, Uint8Array> = { 'project.qde': strToU8(projectXml(data, nowIso())) }
  for (const s of data.sources) entries[`sources/${s.id}.txt`] = strToU8(s.text)
  writeAtomically(out, zipSync(entries, { level: 6 }))
  return {
    file: out,
    sources: data.sources.length,
    codes: data.codes.length,
    codings: data.codings.length,
    cases: data.cases.length,
    variables: data.attributes.length,
    notes: data.memos.length,
    users: refiUsers(data).length
  }
}

/** REFI-QDA codebook export (.qdc): the code tree with colours and descriptions. */
export function exportQdc(ctx: Ctx, file: string): RefiExportDto {
  const out = checkExtension(file, '.qdc')
  const data = loadProjectData(ctx, { codebookOnly: true })
  if (data.codes.length === 0) throw new EsitiError('INVALID_INPUT', 'refi.nothingToExport')
  writeAtomically(out, codebookXml(data))
  return { file: out, sources: 0, codes: data.codes.length, codings: 0, cases: 0, variables: 0, notes: 0, users: 0 }
}
