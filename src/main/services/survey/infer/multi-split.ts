/**
 * Multiple answers joined in one cell (Google Forms ", ", Microsoft Forms "a;b;"). Splitting on the
 * separator alone breaks options that contain it ("Asilo nido, scuola dell'infanzia"), so cells are
 * split greedily by the KNOWN options, longest first; unknown pieces that start in lower case continue
 * the previous piece (Italian option labels start with a capital).
 */

export class OptionSplitter {
  private readonly known: string[]
  private readonly knownSet: Set<string>
  private readonly cache = new Map<string, string[]>()
  /** Only comma-joined labels are glued: ";" and " " (Kobo names) never occur inside an option. */
  private readonly glue: boolean

  constructor(
    readonly separator: string,
    options: Iterable<string>
  ) {
    this.knownSet = new Set([...options].map((o) => o.trim()).filter(Boolean))
    this.known = [...this.knownSet].sort((a, b) => b.length - a.length)
    this.glue = separator.trim() === ','
  }

  /** The options in one cell, in cell order, without repeats; [] for an empty cell. */
  split(cell: string): string[] {
    const hit = this.cache.get(cell)
    if (hit) return hit
    const out = this.splitUncached(cell)
    if (this.cache.size < 50_000) this.cache.set(cell, out)
    return out
  }

  private splitUncached(cell: string): string[] {
    const sep = this.separator
    const sepTrim = sep.trim()
    let s = cell.trim()
    if (sepTrim && s.endsWith(sepTrim)) s = s.slice(0, -sepTrim.length).trim()
    if (!s) return []
    const pieces: { text: string; known: boolean }[] = []
    let i = 0
    while (i < s.length) {
      while (i < s.length && s[i] === ' ') i++
      if (i >= s.length) break
      let match: string | null = null
      for (const opt of this.known) {
        if (!s.startsWith(opt, i)) continue
        const end = i + opt.length
        if (end === s.length || s.startsWith(sep, end) || (sepTrim && s.startsWith(sepTrim, end))) {
          match = opt
          break
        }
      }
      if (match) {
        pieces.push({ text: match, known: true })
        i += match.length
      } else {
        let j = s.indexOf(sep, i)
        if (j < 0 && sepTrim && sepTrim !== sep) j = s.indexOf(sepTrim, i)
        if (j < 0) j = s.length
        const text = s.slice(i, j).trim()
        const prev = pieces.at(-1)
        if (this.glue && prev && !prev.known && text && /^\p{Ll}/u.test(text)) prev.text += sep + text
        else if (text) pieces.push({ text, known: false })
        i = j
      }
      if (s.startsWith(sep, i)) i += sep.length
      else if (sepTrim && s.startsWith(sepTrim, i)) i += sepTrim.length
    }
    // A lower-case piece after a known option is still a separate (new) option: options are known
    // exactly, so there is nothing to glue it to.
    const seen = new Set<string>()
    const out: string[] = []
    for (const p of pieces)
      if (!seen.has(p.text)) {
        seen.add(p.text)
        out.push(p.text)
      }
    return out
  }

  isKnown(option: string): boolean {
    return this.knownSet.has(option)
  }
}

export interface DiscoveredOptions {
  separator: string
  /** Options by decreasing frequency (ties: first seen). */
  options: string[]
  /** Respondents per option. */
  counts: Map<string, number>
  /** Cells that held two or more options. */
  multiCells: number
  /** Non-empty cells considered. */
  cells: number
  /** Share of option mentions that belong to options chosen by two or more respondents. */
  recurrence: number
}

/**
 * Finds the options of a joined column. Seeds: whole cells without the separator (respondents who
 * picked one option), plus any options already known (a previous wave); then repeatedly splits and
 * adopts pieces chosen by at least two respondents.
 */
export function discoverOptions(
  cells: Map<string, number>,
  separator: string,
  seed: Iterable<string> = []
): DiscoveredOptions {
  const sepTrim = separator.trim()
  const known = new Set<string>(seed)
  for (const [cell] of cells) {
    let s = cell.trim()
    if (sepTrim && s.endsWith(sepTrim)) s = s.slice(0, -sepTrim.length).trim()
    if (s && !s.includes(separator) && !(sepTrim && s.includes(sepTrim))) known.add(s)
  }
  let counts = new Map<string, number>()
  let order = new Map<string, number>()
  let multiCells = 0
  let total = 0
  // Hundreds of single answers mean free text: splitting by them would be quadratic and pointless.
  if (known.size > 200) return { separator, options: [...known], counts, multiCells: 0, cells: cells.size, recurrence: 0 }
  for (let round = 0; round < 4; round++) {
    const splitter = new OptionSplitter(separator, known)
    counts = new Map()
    order = new Map()
    multiCells = 0
    total = 0
    for (const [cell, n] of cells) {
      const parts = splitter.split(cell)
      if (parts.length === 0) continue
      total += n
      if (parts.length > 1) multiCells += n
      for (const p of parts) {
        counts.set(p, (counts.get(p) ?? 0) + n)
        if (!order.has(p)) order.set(p, order.size)
      }
    }
    let added = 0
    for (const [p, n] of counts)
      if (!known.has(p) && n >= 2) {
        known.add(p)
        added++
      }
    if (added === 0) break
  }
  let mentions = 0
  let recurring = 0
  for (const [, n] of counts) {
    mentions += n
    if (n >= 2) recurring += n
  }
  const options = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || order.get(a)! - order.get(b)!)
  return {
    separator,
    options,
    counts,
    multiCells,
    cells: total,
    recurrence: mentions ? recurring / mentions : 0
  }
}

/**
 * Options of labels joined by spaces (Kobo label exports: "Mensa aziendale Trasporti / navetta"), where
 * the separator also occurs inside labels, so that no piece between two spaces can be trusted. A cell
 * that the options found so far cannot spell out whole is an option itself ("Municipio 5" stays one
 * answer), or, when a known option sits at one of its ends, what is left of it is.
 */
export function discoverJoinedLabels(cells: Map<string, number>, separator: string, seed: Iterable<string> = []): DiscoveredOptions {
  const known = new Set<string>([...seed].map((o) => o.trim()).filter(Boolean))
  const distinct = [...new Set([...cells.keys()].map((c) => c.trim()).filter(Boolean))]
  if (distinct.length > 2000) return { separator, options: [], counts: new Map(), multiCells: 0, cells: 0, recurrence: 0 }
  const join = (ws: string[]): string => ws.join(separator)
  /** Can the words be cut into known options (dynamic programming over word positions)? */
  const spells = (ws: string[]): boolean => {
    const ok = new Uint8Array(ws.length + 1)
    ok[0] = 1
    for (let i = 0; i < ws.length; i++) {
      if (!ok[i]) continue
      for (let j = i + 1; j <= ws.length; j++) if (known.has(join(ws.slice(i, j)))) ok[j] = 1
    }
    return ok[ws.length] === 1
  }
  /** The words left once known options are taken off both ends. */
  const strip = (ws: string[]): string[] => {
    let from = 0
    let to = ws.length
    for (let moved = true; moved && to - from > 1; ) {
      moved = false
      for (let j = to - 1; j > from; j--)
        if (known.has(join(ws.slice(from, j)))) {
          from = j
          moved = true
          break
        }
      for (let i = from + 1; i < to && !moved; i++)
        if (known.has(join(ws.slice(i, to)))) {
          to = i
          moved = true
        }
    }
    return ws.slice(from, to)
  }
  const todo = distinct
    .map((c) => ({ c, ws: c.split(separator).filter(Boolean) }))
    .sort((a, b) => a.ws.length - b.ws.length || (cells.get(b.c) ?? 0) - (cells.get(a.c) ?? 0))
  // Fewest words first: single answers are known before the combinations that hold them.
  for (const x of todo) {
    if (known.has(x.c) || spells(x.ws)) continue
    const rest = strip(x.ws)
    // A known option at either end: what is left is an option of its own (chosen only with others);
    // otherwise the whole cell is one.
    known.add(rest.length < x.ws.length ? join(rest) : x.c)
  }
  const splitter = new OptionSplitter(separator, known)
  const counts = new Map<string, number>()
  const order = new Map<string, number>()
  let multiCells = 0
  let total = 0
  for (const [cell, n] of cells) {
    const parts = splitter.split(cell)
    if (parts.length === 0) continue
    total += n
    if (parts.length > 1) multiCells += n
    for (const p of parts) {
      counts.set(p, (counts.get(p) ?? 0) + n)
      if (!order.has(p)) order.set(p, order.size)
    }
  }
  let mentions = 0
  let recurring = 0
  for (const [, n] of counts) {
    mentions += n
    if (n >= 2) recurring += n
  }
  const options = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || order.get(a)! - order.get(b)!)
  return { separator, options, counts, multiCells, cells: total, recurrence: mentions ? recurring / mentions : 0 }
}

/**
 * Is this a multiple-answer column? Options must recur (free text with commas does not), be few, and
 * some respondents must have picked several. A trailing separator (Microsoft Forms "a;b;") is decisive.
 */
export function looksLikeMultiSelect(found: DiscoveredOptions, distinctCells: number, trailingShare: number): boolean {
  if (found.cells === 0 || found.options.length < 2) return false
  if (trailingShare >= 0.8 && found.options.length <= 60) return true
  if (found.multiCells < 2) return false
  if (found.options.length > 40) return false
  if (found.recurrence < 0.9) return false
  if (distinctCells < 3) return false
  return found.multiCells / found.cells >= 0.05
}
