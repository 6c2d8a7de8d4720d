/** XML text and attribute escaping for the parts written by hand. */
export const esc = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')

/** A1 column letters of a 1-based column. */
export function colName(c: number): string {
  let s = ''
  for (let x = c; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** An absolute reference 'Sheet'!$B$5 or a range 'Sheet'!$B$5:$B$9. */
export function ref(sheet: string, c1: number, r1: number, c2 = c1, r2 = r1): string {
  const q = `'${sheet.replace(/'/g, "''")}'`
  const a = `$${colName(c1)}$${r1}`
  return c1 === c2 && r1 === r2 ? `${q}!${a}` : `${q}!${a}:$${colName(c2)}$${r2}`
}
