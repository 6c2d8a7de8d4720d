/**
 * A REFI code has one Description; an Esiti code has a definition plus when-to-use, when-not-to-use
 * and an example. They travel as labelled paragraphs, readable in other tools and split back here.
 */
export interface CodeTexts {
  definition: string | null
  whenToUse: string | null
  whenNotToUse: string | null
  example: string | null
}

const LABELS: [keyof CodeTexts, string][] = [
  ['whenToUse', 'Quando usarlo'],
  ['whenNotToUse', 'Quando non usarlo'],
  ['example', 'Esempio']
]

export function composeCodeDescription(t: CodeTexts): string | null {
  const parts: string[] = []
  if (t.definition) parts.push(t.definition)
  for (const [key, label] of LABELS) {
    const v = t[key]
    if (v) parts.push(`${label}: ${v}`)
  }
  return parts.length ? parts.join('\n\n') : null
}

export function parseCodeDescription(description: string | null | undefined): CodeTexts {
  const out: CodeTexts = { definition: null, whenToUse: null, whenNotToUse: null, example: null }
  if (!description) return out
  const text = description.replace(/\r\n?/g, '\n')
  const re = new RegExp(`(?:^|\\n\\n)(${LABELS.map(([, l]) => l).join('|')}): `, 'g')
  const hits = [...text.matchAll(re)]
  const first = hits.length ? hits[0].index : text.length
  out.definition = text.slice(0, first) || null
  hits.forEach((h, i) => {
    const key = LABELS.find(([, l]) => l === h[1])![0]
    const from = h.index + h[0].length
    const to = i + 1 < hits.length ? hits[i + 1].index : text.length
    out[key] = text.slice(from, to) || null
  })
  return out
}
