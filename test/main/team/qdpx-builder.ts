import fs from 'node:fs'
import path from 'node:path'
import { zipSync, strToU8 } from 'fflate'
import { tempDir } from './helpers'

export interface SelSpec {
  start: number
  end: number
  name?: string
  code?: string
  guid?: string
}
export interface SourceSpec {
  guid: string
  name: string
  path?: string
  selections: SelSpec[]
}

export const CODE_GUID = '11111111-2222-4333-8444-555555555555'
export const USER_GUID = '99999999-8888-4777-8666-555555555555'

let counter = 0
const guid = (): string => `aaaaaaaa-0000-4000-8000-${String(++counter).padStart(12, '0')}`

/** A minimal project.qde: one user, one code, the given text sources and selections. */
export function qde(opts: { origin?: string; sources: SourceSpec[]; extraCodes?: string; ns?: string; root?: string }): string {
  const src = opts.sources
    .map(
      (s) =>
        `<TextSource guid="${s.guid}" name="${s.name}" plainTextPath="${s.path ?? `internal://${s.guid}.txt`}">` +
        s.selections
          .map(
            (x) =>
              `<PlainTextSelection guid="${x.guid ?? guid()}"${x.name !== undefined ? ` name="${x.name}"` : ''} startPosition="${x.start}" endPosition="${x.end}">` +
              `<Coding guid="${guid()}" creatingUser="${USER_GUID}"><CodeRef targetGUID="${x.code ?? CODE_GUID}"/></Coding></PlainTextSelection>`
          )
          .join('') +
        '</TextSource>'
    )
    .join('')
  return (
    `<?xml version="1.0" encoding="utf-8"?>${opts.root ?? ''}<Project xmlns="${opts.ns ?? 'urn:QDA-XML:project:1.0'}" name="t" origin="${opts.origin ?? 'Test'}">` +
    `<Users><User guid="${USER_GUID}" name="Tester"/></Users>` +
    `<CodeBook><Codes><Code guid="${CODE_GUID}" name="Tema" isCodable="true"/>${opts.extraCodes ?? ''}</Codes></CodeBook>` +
    `<Sources>${src}</Sources></Project>`
  )
}

/** Writes a .qdpx with the given entries (strings are written as UTF-8). */
export function writeQdpx(entries: Record<string, string | Uint8Array>, name = 'test.qdpx', dir = tempDir()): string {
  const files: Record<string, Uint8Array> = {}
  for (const [k, v] of Object.entries(entries)) files[k] = typeof v === 'string' ? strToU8(v) : v
  const file = path.join(dir, name)
  fs.writeFileSync(file, zipSync(files))
  return file
}

/** Code point index of the n-th occurrence of a substring (what the REFI standard counts). */
export function cpIndex(text: string, needle: string): number {
  const u16 = text.indexOf(needle)
  if (u16 < 0) throw new Error(`not found: ${needle}`)
  return [...text.slice(0, u16)].length
}
export const cpLen = (s: string): number => [...s].length
