import { strToU8, zipSync } from 'fflate'

export type DocxPart =
  | string
  | { heading: number; text: string }
  | { table: string[][] }
  | { deleted: string; kept: string }

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Runs for a text: tabs become <w:tab/>, line feeds <w:br/>, text is split over two runs to mimic Word. */
function runs(text: string): string {
  return text
    .split(/(\t|\n)/)
    .filter((p) => p !== '')
    .map((p) => {
      if (p === '\t') return '<w:r><w:tab/></w:r>'
      if (p === '\n') return '<w:r><w:br/></w:r>'
      const mid = Math.floor(p.length / 2)
      const a = p.slice(0, mid)
      const b = p.slice(mid)
      return [a, b]
        .filter((x) => x)
        .map((x) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(x)}</w:t></w:r>`)
        .join('')
    })
    .join('')
}

function part(p: DocxPart): string {
  if (typeof p === 'string') return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${runs(p)}</w:p>`
  if ('heading' in p) return `<w:p><w:pPr><w:pStyle w:val="Titolo${p.heading}"/></w:pPr>${runs(p.text)}</w:p>`
  if ('deleted' in p)
    return `<w:p>${runs(p.kept)}<w:del w:id="1" w:author="x"><w:r><w:delText>${esc(p.deleted)}</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>`
  const rows = p.table
    .map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr/><w:p>${runs(cell)}</w:p></w:tc>`).join('')}</w:tr>`)
    .join('')
  return `<w:tbl><w:tblPr/>${rows}</w:tbl>`
}

/** A minimal but real .docx: content types, relationships, document and styles (Italian style ids). */
export function makeDocx(parts: DocxPart[]): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${parts
    .map(part)
    .join('\n')}<w:sectPr/></w:body></w:document>`
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normale"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titolo1"><w:name w:val="heading 1"/><w:basedOn w:val="Normale"/></w:style>
<w:style w:type="paragraph" w:styleId="Titolo2"><w:name w:val="heading 2"/><w:basedOn w:val="Normale"/></w:style>
</w:styles>`
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(styles)
  })
}

/** An "encrypted" Office file as Word writes it: a CFB container holding an EncryptedPackage stream. */
export function makeEncryptedOffice(): Uint8Array {
  const buf = Buffer.alloc(4096)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0)
  Buffer.from('EncryptionInfo', 'utf16le').copy(buf, 1024)
  Buffer.from('EncryptedPackage', 'utf16le').copy(buf, 1152)
  return buf
}
