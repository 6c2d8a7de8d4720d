/**
 * Hand-written minimal PDFs for tests: one page per entry, each line drawn with Tj in an
 * uncompressed content stream with the standard Helvetica font (WinAnsi), so pdf.js finds a text layer.
 */
export function makePdf(pages: string[][], opts: { encrypt?: boolean; noText?: boolean } = {}): Buffer {
  const objects: string[] = []
  const add = (body: string): number => {
    objects.push(body)
    return objects.length
  }
  const catalog = add('') // placeholder, filled below
  const pagesObj = add('')
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const kids: number[] = []
  for (const lines of pages) {
    const ops = opts.noText
      ? '0 0 1 rg 100 100 200 200 re f'
      : ['BT', '/F1 12 Tf', '14 TL', '72 720 Td', ...lines.map((l) => `(${escapePdf(l)}) Tj T*`), 'ET'].join('\n')
    const content = add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`)
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`
      )
    )
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  let encryptRef = ''
  if (opts.encrypt) {
    // A standard security handler dictionary with a user password: readers must ask for it.
    const enc = add(
      '<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <' +
        'ab'.repeat(32) +
        '> /U <' +
        'cd'.repeat(32) +
        '> >>'
    )
    encryptRef = ` /Encrypt ${enc} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encryptRef} >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/** WinAnsi bytes for the Latin-1 range, with PDF string escapes. */
function escapePdf(s: string): string {
  return s.replace(/[\\()]/g, (c) => '\\' + c)
}
