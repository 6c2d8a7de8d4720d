/** Colour helpers for highlights, stripes and colour-scaled matrix cells. */

export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim())
  if (!m) return [120, 120, 120]
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)]
}

export function rgba(hex: string, alpha: number): string {
  const [r, g, b] = hexToRgb(hex)
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
}

/**
 * Background of a piece of text covered by several codings: one translucent layer per coding,
 * so overlaps read darker and mixed, plus one underline per coding (innermost nearest the text).
 */
export function layeredHighlight(colours: string[]): { backgroundImage: string; boxShadow: string } {
  const layers = colours.map((c) => `linear-gradient(${rgba(c, 0.2)}, ${rgba(c, 0.2)})`)
  const lines = colours
    .slice()
    .reverse()
    .slice(0, 4)
    .map((c, i) => `inset 0 -${2 * (i + 1)}px 0 ${c}`)
  return { backgroundImage: layers.join(', '), boxShadow: lines.join(', ') }
}

/** Sequential scale from white to the accent for matrix cells; `t` in [0, 1]. */
export function scaleColour(t: number, hex = '#1f6f8b'): string {
  if (!(t > 0)) return 'transparent'
  const [r, g, b] = hexToRgb(hex)
  const k = 0.12 + 0.78 * Math.min(1, t)
  const mix = (c: number): number => Math.round(255 + (c - 255) * k)
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`
}

/** Readable text colour on a background from scaleColour. */
export const inkOn = (t: number): string => (t > 0.55 ? 'white' : '#1d2430')

export const CODE_COLOURS = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#17becf'
]
