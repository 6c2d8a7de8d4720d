/**
 * Text keys used across inference, clustering and mapping. Italian exports mix typographic and plain
 * apostrophes, accented letters and the apostrophe-accent form ("perche'", "e'"), so every comparison
 * goes through one of these keys rather than raw equality.
 */

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032]/g
const QUOTES = /[\u201C\u201D\u201E\u00AB\u00BB]/g
const SPACES = /[\s\u00A0\u2007\u202F\u200B]+/g

// Texts that need no change are the rule: these tests let them through without building a copy.
const ANY_TYPOGRAPHIC = /[\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032\u201C\u201D\u201E\u00AB\u00BB]/
const SPACING_TO_FIX = /[^\S ]|\u200B| {2}|^ | $/

/** Typographic apostrophes → ', curly quotes → ". */
export function normaliseApostrophes(s: string): string {
  if (!ANY_TYPOGRAPHIC.test(s)) return s
  return s.replace(APOSTROPHES, "'").replace(QUOTES, '"')
}

/** Trims and collapses every run of white space (including NBSP) to one space. */
export function collapseSpaces(s: string): string {
  if (!SPACING_TO_FIX.test(s)) return s
  return s.replace(SPACES, ' ').trim()
}

/** à → a, È → E, ... (NFD and drop combining marks). */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '')
}

/** Italian apostrophe-accent spelling: "perche'" / "e'" / "citta'" → the accented vowel. */
export function apostropheAccents(s: string): string {
  return s.replace(/([aeiouAEIOU])'(?=\s|$|[,.;:!?)])/g, (_m, v: string) => v + '\u0300').normalize('NFC')
}

const PLAIN_ASCII = /^[!-&(-_a-~]+(?: [!-&(-_a-~]+)*$/

/**
 * Loose key: two spellings of the same category meet here ("Sì", "si", "SI ", "Per niente d’accordo").
 * Case, accents, apostrophe style, spacing and trailing punctuation are ignored.
 */
export function looseKey(s: string): string {
  // Printable ASCII without apostrophes, backticks or extra spaces (codes, ids, most answers): the
  // space, apostrophe and accent steps below would all leave it unchanged.
  if (PLAIN_ASCII.test(s)) return s.toLowerCase().replace(/[.;:!?]+$/, '').trim()
  return foldAccents(apostropheAccents(normaliseApostrophes(collapseSpaces(s))))
    .toLowerCase()
    .replace(/[.;:!?]+$/, '')
    .trim()
}

/** OpenRefine fingerprint: lower, no punctuation, accents folded, sorted unique tokens. */
export function fingerprint(s: string): string {
  const base = foldAccents(normaliseApostrophes(s))
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Cc}]+/gu, ' ')
    .trim()
  if (!base) return ''
  return [...new Set(base.split(/\s+/))].sort().join(' ')
}

/** n-gram fingerprint: sorted unique character n-grams of the text without spaces and punctuation. */
export function ngramFingerprint(s: string, n = 2): string {
  const base = foldAccents(normaliseApostrophes(s))
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Cc}\s]+/gu, '')
  if (base.length <= n) return base
  const grams = new Set<string>()
  for (let i = 0; i + n <= base.length; i++) grams.add(base.slice(i, i + n))
  return [...grams].sort().join('')
}

const STOP_WORDS = new Set(
  (
    'il lo la i gli le un uno una di a da in con su per tra fra e ed o od che del dello della dei degli delle ' +
    'al allo alla ai agli alle dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul sulla sui ' +
    'sugli sulle col coi si ti mi ci vi ne non sei hai ha ho sono e\u0300 lei suo sua tuo tua vostra vostro ' +
    'quale quali qual come quanto quanta quanti quante cosa dell dall nell sull all l d c quest the of and or to is are you your do does what which how'
  ).split(' ')
)

/**
 * A short, readable variable name from a header: ascii lower case, words joined by "_", Italian stop
 * words dropped, at most `maxWords` words and 32 characters. Never empty.
 */
export function slugify(header: string, maxWords = 4): string {
  const words = foldAccents(normaliseApostrophes(header))
    .toLowerCase()
    .replace(/'/g, ' ')
    .replace(/[^a-z0-9_]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
  const meaningful = words.filter((w) => !STOP_WORDS.has(w))
  const chosen = (meaningful.length ? meaningful : words).slice(0, maxWords)
  let out = ''
  for (const w of chosen) {
    const next = out ? `${out}_${w}` : w
    if (next.length > 32) break
    out = next
  }
  if (!out) out = (chosen[0] ?? 'var').slice(0, 32)
  if (/^[0-9]/.test(out)) out = 'v' + out
  return out
}

/** Appends _2, _3, ... until the name is free; records it as used. */
export function uniqueName(base: string, used: Set<string>): string {
  let name = base
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}_${i}`
  used.add(name.toLowerCase())
  return name
}

/** Levenshtein distance with an early exit above `max` (returns max + 1 then). */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a.length > b.length) [a, b] = [b, a]
  let prev = new Array<number>(a.length + 1)
  let cur = new Array<number>(a.length + 1)
  for (let i = 0; i <= a.length; i++) prev[i] = i
  for (let j = 1; j <= b.length; j++) {
    cur[0] = j
    let rowMin = cur[0]
    const bj = b.charCodeAt(j - 1)
    for (let i = 1; i <= a.length; i++) {
      const cost = a.charCodeAt(i - 1) === bj ? 0 : 1
      cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + cost)
      if (cur[i] < rowMin) rowMin = cur[i]
    }
    if (rowMin > max) return max + 1
    ;[prev, cur] = [cur, prev]
  }
  return prev[a.length]
}

/** 0..1 similarity of two strings by edit distance on their loose keys. */
export function similarity(a: string, b: string): number {
  const x = looseKey(a)
  const y = looseKey(b)
  if (!x && !y) return 1
  const d = levenshtein(x, y)
  return 1 - d / Math.max(x.length, y.length)
}

const meaningfulWords = (s: string): Set<string> =>
  new Set(
    foldAccents(normaliseApostrophes(s))
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w && !STOP_WORDS.has(w))
  )

/** Jaccard overlap of the meaningful words of two headers. */
export function wordOverlap(a: string, b: string): number {
  const x = meaningfulWords(a)
  const y = meaningfulWords(b)
  if (x.size === 0 && y.size === 0) return 1
  let inter = 0
  for (const w of x) if (y.has(w)) inter++
  return inter / (x.size + y.size - inter)
}

/** Are all meaningful words of one header inside the other ("Azienda" in "Ragione sociale dell'azienda")? */
export function wordContainment(a: string, b: string): number {
  const x = meaningfulWords(a)
  const y = meaningfulWords(b)
  const [small, large] = x.size <= y.size ? [x, y] : [y, x]
  if (small.size === 0) return 0
  for (const w of small) if (!large.has(w)) return 0
  return small.size / large.size
}

const collator = new Intl.Collator('it', { numeric: true, sensitivity: 'base' })
/** Natural Italian order ("Municipio 2" before "Municipio 10"). */
export const naturalCompare = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
