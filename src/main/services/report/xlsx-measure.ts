/*
 * Text metrics for row heights and page breaks. exceljs cannot measure text and neither Excel nor
 * LibreOffice recompute a row's height on opening a file, so wrapped text overlapped the next row.
 * The estimate is deliberately generous: LibreOffice without Calibri (or its metric twin Carlito)
 * draws the text in DejaVu Sans, about a fifth wider, and a row a little too tall costs nothing.
 */

/** Excel width units (a '0' of Calibri 11) a character of this size takes, DejaVu-safe. */
const UNIT_PER_CHAR = 1.08

/** Lines a text wraps into in a column `width` units wide, at `size` points. */
export function linesIn(text: string, width: number, size = 11): number {
  const perLine = Math.max(1, (width - 1.2) / (UNIT_PER_CHAR * (size / 11)))
  let lines = 0
  for (const para of text.split('\n')) {
    let line = 0
    let count = 1
    for (const word of para.split(/\s+/).filter(Boolean)) {
      let w = word.length
      if (line > 0 && line + 1 + w <= perLine) {
        line += 1 + w
        continue
      }
      if (line > 0) count++
      // A word longer than the line breaks inside itself.
      while (w > perLine) (count++, (w -= perLine))
      line = w
    }
    lines += count
  }
  return Math.max(1, lines)
}

/** Points a row needs for `lines` lines of text at `size` points (Excel's default row is 15 pt). */
export const heightFor = (lines: number, size = 11): number => Math.max(15, Math.round(lines * size * 1.22 + 2))

/** Excel column width (units) to points, as Excel converts it for Calibri 11 (7 px per unit + 5 px padding). */
export const widthPoints = (width: number): number => (Math.trunc(width * 7 + 5) * 3) / 4

/** Points to EMU (drawing coordinates). */
export const emu = (points: number): number => Math.round(points * 12700)
