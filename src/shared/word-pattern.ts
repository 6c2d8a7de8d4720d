/**
 * A regular expression source that finds a word's forms as whole words, for keyword in context and
 * "code every hit" from the word list (search folds accents and case the same way, so "perche" also
 * finds "Perché"). Forms are runs of letters, so nothing in them needs escaping; others are dropped.
 */
export function wordPattern(forms: string[]): string | null {
  const clean = [...new Set(forms.map((f) => f.trim()).filter((f) => /^[\p{L}\p{M}]+$/u.test(f)))]
  return clean.length ? clean.sort((a, b) => b.length - a.length).join('|') : null
}
