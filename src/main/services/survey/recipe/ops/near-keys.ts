/**
 * Is one respondent's key a typing slip of another's? "mario.rossi@gmail.com" and
 * "mario.rossi@gmial.com" are; "laura.mariani" and "luca.mariani" are two people, and so are
 * "giulio.bianchi" and "giulia.bianchi". Keys are compared word by word (split at dots, spaces, @,
 * hyphens…): all words but one must be equal, and the one that differs must differ by a slip.
 * The first word of a name-like key is a first name, where a changed letter is another name, so
 * there only slips that change no letter count (two letters swapped, a letter doubled or undoubled);
 * elsewhere one edit of any kind does. Keys that differ only in digits are different people
 * (persona1 / persona2), never a slip.
 */
export function nearKeys(a: string, b: string): boolean {
  if (a === b) return false
  if (a.replace(/\d+/g, '#') === b.replace(/\d+/g, '#')) return false
  const wa = a.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const wb = b.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  // The same words with a separator more or less ("mario.rossi" / "mariorossi").
  if (wa.join('') === wb.join('')) return true
  if (wa.length !== wb.length) return false
  let differing = -1
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue
    if (differing >= 0) return false
    differing = i
  }
  if (differing < 0) return false
  const x = wa[differing]
  const y = wb[differing]
  if (/^\d+$/.test(x) || /^\d+$/.test(y)) return false
  if (Math.min(x.length, y.length) < 3) return false
  const nameLike = wa.length >= 2 && differing === 0 && /^\p{L}+$/u.test(x) && /^\p{L}+$/u.test(y)
  return nameLike ? slipWithoutNewLetter(x, y) : oneEdit(x, y)
}

/** One insertion, deletion, substitution or swap of two neighbours (Damerau distance 1). */
export function oneEdit(x: string, y: string): boolean {
  if (x === y) return false
  if (x.length === y.length) {
    let first = -1
    let diffs = 0
    for (let i = 0; i < x.length; i++)
      if (x[i] !== y[i]) {
        if (first < 0) first = i
        diffs++
      }
    if (diffs === 1) return true
    return diffs === 2 && x[first] === y[first + 1] && x[first + 1] === y[first]
  }
  if (Math.abs(x.length - y.length) !== 1) return false
  const [s, l] = x.length < y.length ? [x, y] : [y, x]
  let i = 0
  while (i < s.length && s[i] === l[i]) i++
  return s.slice(i) === l.slice(i + 1)
}

/** Two neighbours swapped, or one letter doubled or undoubled ("mraio", "giullia"): no letter changed. */
function slipWithoutNewLetter(x: string, y: string): boolean {
  if (x.length === y.length) {
    if (!oneEdit(x, y)) return false
    let i = 0
    while (x[i] === y[i]) i++
    return x[i] === y[i + 1] && x[i + 1] === y[i]
  }
  if (Math.abs(x.length - y.length) !== 1) return false
  const [s, l] = x.length < y.length ? [x, y] : [y, x]
  let i = 0
  while (i < s.length && s[i] === l[i]) i++
  if (s.slice(i) !== l.slice(i + 1)) return false
  // The extra letter repeats its neighbour.
  return l[i] === l[i - 1] || l[i] === l[i + 1]
}
