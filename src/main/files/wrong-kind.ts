import path from 'node:path'
import { EsitiError, type ErrorCode } from '../../shared/errors'
import { msg, type MessageKey } from '../../shared/messages'
import { sniffBytes, sniffFile, type FileKind } from './file-kind'

/** What a reader expects: each import names the kind of file it wanted when it gets another one. */
export type ExpectedKind = 'questionnaire' | 'spreadsheet' | 'transcript' | 'qdpx' | 'qdc' | 'project'

/**
 * Kinds each reader handles itself (its own message is the better one: a damaged .xlsx, a password):
 * for any other kind that was recognised, the user is told what the file is instead of "damaged".
 * 'unknown' and 'zip' are never "wrong": nothing better can be said than the reader's own error.
 */
const OWN: Record<ExpectedKind, FileKind[]> = {
  questionnaire: ['xlsx', 'ods', 'xls', 'sav', 'encryptedOffice', 'ole2', 'text', 'zip', 'unknown', 'empty'],
  spreadsheet: ['xlsx', 'ods', 'xls', 'encryptedOffice', 'ole2', 'text', 'zip', 'unknown', 'empty'],
  // A damaged .docx is a zip the reader calls damaged; old .doc and RTF get the reader's own advice.
  transcript: ['docx', 'odt', 'pdf', 'text', 'encryptedOffice', 'doc', 'rtf', 'zip', 'unknown', 'empty'],
  qdpx: ['qdpx', 'zip', 'unknown', 'empty'],
  qdc: ['qdc', 'xml', 'text', 'unknown', 'empty'],
  project: ['esiti', 'sqlite', 'unknown', 'empty']
}

/** A way out for the kinds people most often pick by mistake. */
function hint(actual: FileKind, expected: ExpectedKind): MessageKey | null {
  if ((expected === 'spreadsheet' || expected === 'questionnaire') && actual === 'html') return 'files.hint.saveAsXlsx'
  if (expected !== 'qdpx' && actual === 'qdpx') return 'files.hint.useRefiImport'
  if (expected !== 'project' && actual === 'esiti') return 'files.hint.openAsProject'
  return null
}

/** The error naming a file of the wrong kind, or null when the kind is one the reader speaks for. */
export function wrongKindError(fileName: string, actual: FileKind, expected: ExpectedKind): EsitiError | null {
  if (OWN[expected].includes(actual)) return null
  const params = {
    file: fileName,
    actual: msg(`files.kind.${actual}` as MessageKey),
    expected: msg(`files.expect.${expected}` as MessageKey)
  }
  // Opening a project keeps its error class (the window offers the same choices); imports get their own.
  const code: ErrorCode = expected === 'project' ? 'NOT_A_PROJECT' : 'WRONG_FILE_KIND'
  const h = hint(actual, expected)
  return h ? new EsitiError(code, 'files.wrongKindHint', { ...params, hint: msg(h) }) : new EsitiError(code, 'files.wrongKind', params)
}

/**
 * Runs a reader on a file, unless the file is recognisably of another kind (a Word document chosen as
 * a questionnaire): then that is what the user is told, instead of "damaged" or, worse, a PDF read as
 * if it were CSV text. Looking costs the first 4 KB and, for a zip, its directory. One call around a
 * reader's entry point: the reader's own checks and messages are untouched.
 */
export async function readingAs<T>(
  file: string | { bytes: Uint8Array; name: string },
  expected: ExpectedKind,
  read: () => Promise<T> | T
): Promise<T> {
  const actual = typeof file === 'string' ? await sniffFile(file) : await sniffBytes(file.bytes, file.name)
  const wrong = wrongKindError(typeof file === 'string' ? path.basename(file) : file.name, actual, expected)
  if (wrong) throw wrong
  return read()
}
