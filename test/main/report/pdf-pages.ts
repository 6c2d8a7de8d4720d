import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** Whether LibreOffice (soffice) and poppler (pdftotext) are installed: scripts/test.sh installs both. */
export const hasOffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0

/** Converts a file with LibreOffice headless into `dir` (own profile, so parallel runs do not collide). */
export function convert(file: string, format: string, dir: string): string {
  fs.mkdirSync(dir, { recursive: true })
  const profile = `file://${path.join(dir, 'lo-profile')}`
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', dir, file], { timeout: 240_000, stdio: 'pipe' })
  const out = path.join(dir, path.basename(file).replace(/\.[^.]+$/, '.' + format.split(':')[0]))
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file} to ${format}`)
  return out
}

/** The text of every page, laid out (pdftotext -layout), in page order. */
export function pageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  return text.split('\f').slice(0, -1)
}

export interface Word {
  x0: number
  y0: number
  x1: number
  y1: number
  text: string
}

const unesc = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** Every word of every page with its box (pdftotext -bbox), and each page's height. */
export function pageWords(pdf: string): { height: number; words: Word[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  return html
    .split('<page ')
    .slice(1)
    .map((p) => ({
      height: Number(/height="([\d.]+)"/.exec(p)?.[1] ?? 0),
      words: [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: unesc(m[5])
      }))
    }))
}

/**
 * Words drawn over each other: boxes that intersect across more than half a line's height. (Font
 * boxes of the lines of one paragraph touch by a point or two; text written over other text, as
 * wrapped text in a row too short for it is, overlaps by most of a line.) The header and footer bands
 * are left out: a reader may draw there what an object cut by a page break leaves.
 */
export function overlappingWords(pdf: string, band = 50): { page: number; a: string; b: string }[] {
  const out: { page: number; a: string; b: string }[] = []
  pageWords(pdf).forEach((p, i) => {
    const ws = p.words.filter((w) => w.y0 > band && w.y1 < p.height - band)
    for (let x = 0; x < ws.length; x++)
      for (let y = x + 1; y < ws.length; y++) {
        const a = ws[x]
        const b = ws[y]
        const ix = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
        const iy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)
        if (ix > 1 && iy > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) out.push({ page: i + 1, a: a.text, b: b.text })
      }
  })
  return out
}
