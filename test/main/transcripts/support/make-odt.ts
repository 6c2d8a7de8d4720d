import { strToU8, zipSync } from 'fflate'

export type OdtPart = string | { heading: number; text: string } | { table: string[][] } | { raw: string }

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** ODF inline content: repeated spaces as text:s, tabs as text:tab, line feeds as text:line-break. */
function inline(text: string): string {
  return text
    .split(/( {2,}|\t|\n)/)
    .filter((p) => p !== '')
    .map((p) => {
      if (p === '\t') return '<text:tab/>'
      if (p === '\n') return '<text:line-break/>'
      if (/^ {2,}$/.test(p)) return ` <text:s text:c="${p.length - 1}"/>`
      return `<text:span text:style-name="T1">${esc(p)}</text:span>`
    })
    .join('')
}

function part(p: OdtPart): string {
  if (typeof p === 'string') return `<text:p text:style-name="P1">${inline(p)}</text:p>`
  if ('heading' in p) return `<text:h text:outline-level="${p.heading}">${inline(p.text)}</text:h>`
  if ('raw' in p) return p.raw
  return `<table:table table:name="T">${p.table
    .map((row) => `<table:table-row>${row.map((c) => `<table:table-cell><text:p>${inline(c)}</text:p></table:table-cell>`).join('')}</table:table-row>`)
    .join('')}</table:table>`
}

/** A minimal OpenDocument text: mimetype (stored first), manifest and content.xml. */
export function makeOdt(parts: OdtPart[], opts: { encrypted?: boolean } = {}): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
<office:body>
  <office:text>
    <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Figura"/></text:sequence-decls>
    ${parts.map(part).join('\n    ')}
  </office:text>
</office:body>
</office:document-content>`
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${
   opts.encrypted ? '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>' : ''
 }</manifest:file-entry>
</manifest:manifest>`
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifest),
    'content.xml': strToU8(content)
  })
}
